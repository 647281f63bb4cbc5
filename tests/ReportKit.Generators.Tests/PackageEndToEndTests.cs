using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using ReportKit.Testing;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Packs ReportKit once into a local folder feed for the consumer tests, and ReportKit.Excel beside it when a test
/// asks for it (<see cref="AddExcel"/>). Shared by the tests of <see cref="Collection"/>, so nothing is packed twice.
/// </summary>
public sealed class PackedFeed
{
    public const string Version = "0.1.0-e2e";

    /// <summary>The test collection that shares one feed.</summary>
    public const string Collection = "packed feed";

    private readonly Lazy<string> _excel;

    public PackedFeed()
    {
        Folder = RepoPaths.NewTempFolder("feed");
        Pack(Path.Combine("src", "ReportKit", "ReportKit.csproj"));
        _excel = new Lazy<string>(() => Pack(Path.Combine("src", "ReportKit.Excel", "ReportKit.Excel.csproj")));
    }

    public string Folder { get; }

    /// <summary>The packed ReportKit package.</summary>
    public string Package => Path.Combine(Folder, "ReportKit." + Version + ".nupkg");

    /// <summary>Packs ReportKit.Excel into the feed too, the first time a test asks.</summary>
    public void AddExcel() => _ = _excel.Value;

    /// <summary>
    /// Writes a nuget.config into <paramref name="folder"/> that adds this feed to the usual sources, so a project
    /// there restores the packed packages as an app restores from its feed.
    /// </summary>
    public void WriteNuGetConfig(string folder) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="reportkit-local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);

    private string Pack(string project)
    {
        var pack = ProcessRunner.Run("dotnet",
            new[] { "pack", RepoPaths.Combine(project), "-c", "Release", "-o", Folder, "-p:Version=" + Version },
            RepoPaths.Root, timeout: TimeSpan.FromMinutes(8));
        if (pack.ExitCode != 0)
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.All);
        return project;
    }
}

[CollectionDefinition(PackedFeed.Collection)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>;

// A fresh consumer project outside the solution references the packed ReportKit by PackageReference,
// exactly as an app developer would: no ProjectReference, no analyzer wiring by hand.
[Collection(PackedFeed.Collection)]
public sealed class PackageEndToEndTests
{
    private const string BrokenTemplate =
        "reportkit: 1\nplan:\n  id: Broken\n  kind: party\n  genre: KẾ HOẠCH\n  symbol: KH/ĐU\n  title: x\n" +
        "  issuer: { name: X }\n  signature: { title: Y, name: Z }\nindicators:\n  - { id: a, label: A, type: integr }\n";

    private const string Program = """
        using System;
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var report = new Consumer.KeHoach76.HangNam("chi_bo_1", 2024)
        {
            SoBuoi = { ToaDam = 2 },
            DangVien = 20,
            DangVienThamGia = 25,
        };
        Console.WriteLine("symbol=" + Consumer.KeHoach76.Spec.Document.Symbol);
        Console.WriteLine("period=" + report.PeriodKey);
        foreach (var problem in report.Validate())
            Console.WriteLine("problem=" + problem.RuleId);
        """;

    private readonly PackedFeed _feed;

    public PackageEndToEndTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void The_package_lib_carries_the_plan_model_without_YAML_and_the_analyzer_folder_carries_the_front_end()
    {
        using var package = ZipFile.OpenRead(_feed.Package);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        var nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XDocument nuspec;
        using (var stream = nuspecEntry.Open())
            nuspec = XDocument.Load(stream);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(e => (string)e.Attribute("id")!).ToList();
        Assert.DoesNotContain("YamlDotNet", dependencies, StringComparer.OrdinalIgnoreCase);

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var lib = entries.Where(e => e.StartsWith("lib/" + framework + "/", StringComparison.Ordinal))
                .Select(Path.GetFileName).ToList();
            Assert.Contains("ReportKit.dll", lib);
            Assert.Contains("ReportKit.Templates.dll", lib);
            Assert.DoesNotContain("ReportKit.Templates.Yaml.dll", lib);
            Assert.DoesNotContain("YamlDotNet.dll", lib);
        }
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("/YamlDotNet.dll", StringComparison.Ordinal));

        var analyzers = entries.Where(e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal))
            .Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "ReportKit.Generators.dll", "ReportKit.Templates.Yaml.dll", "ReportKit.Templates.dll", "YamlDotNet.dll" }, analyzers);
    }

    [Fact]
    public void Consumer_with_a_template_builds_and_runs_code_using_the_generated_types()
    {
        var project = Consumer(("templates/ke-hoach-76.plan.yaml", File.ReadAllText(Path.Combine(RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml"))));

        var run = Dotnet(project, "run");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("symbol=KH/ĐU", run.StandardOutput);
        Assert.Contains("period=2024", run.StandardOutput);
        Assert.Contains("problem=dang_vien_tham_gia_khong_qua_tong_so", run.StandardOutput);
        // The app runs on the plan model alone: no YAML reader travels with it.
        var output = Path.Combine(project, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(output, "ReportKit.Templates.dll")));
        Assert.False(File.Exists(Path.Combine(output, "ReportKit.Templates.Yaml.dll")));
        Assert.False(File.Exists(Path.Combine(output, "YamlDotNet.dll")));
    }

    [Fact]
    public void Consumer_with_one_broken_template_gets_the_RK_error_at_file_line_col_and_keeps_the_other_types()
    {
        var project = Consumer(
            ("templates/ke-hoach-76.plan.yaml", File.ReadAllText(Path.Combine(RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml"))),
            ("templates/broken.plan.yaml", BrokenTemplate));

        var build = Dotnet(project, "build");

        Assert.NotEqual(0, build.ExitCode);
        var errors = build.All.Split('\n').Where(l => l.Contains(": error ")).Distinct().ToList();
        Assert.Contains(errors, l => l.Contains(Path.Combine("templates", "broken.plan.yaml") + "(11,30): error RK0006"));
        // Program.cs uses KeHoach76: its types still exist, so the only errors are the template's.
        Assert.All(errors, l => Assert.Contains("error RK", l));
    }

    private string Consumer(params (string Path, string Text)[] templates)
    {
        var folder = RepoPaths.NewTempFolder("consumer");
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
                <RestorePackagesPath>{Path.Combine(folder, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportKit" Version="{PackedFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        _feed.WriteNuGetConfig(folder);
        // Keep the consumer out of this repository's Directory.Build.props and central package versions.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        foreach (var (path, text) in templates)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return folder;
    }

    private static ProcessRunner.Result Dotnet(string project, string verb) =>
        ProcessRunner.Run("dotnet", new[] { verb, "--nologo" }, project, timeout: TimeSpan.FromMinutes(6));
}
