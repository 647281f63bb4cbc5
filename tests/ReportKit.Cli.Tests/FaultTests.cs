using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using ReportKit.Excel.Import;
using ReportKit.Excel.Tests;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// Faults while writing: a process killed mid-write, a read-only folder, a full disk. Outputs already there stay
/// intact, nothing partial appears under a final name, and the clerk is told in Vietnamese (exit 4).
/// </summary>
public sealed class FaultTests : IClassFixture<OfficeWorkflow>
{
    private readonly OfficeWorkflow _office;

    public FaultTests(OfficeWorkflow office) => _office = office;

    [Fact]
    public void Summarize_killed_at_any_point_leaves_the_previous_summary_or_the_whole_new_one_and_its_litter_is_ignored()
    {
        var folder = RepoPaths.NewTempFolder("cli-kill");
        File.Copy(Path.Combine(_office.Folder, "units.csv"), Path.Combine(folder, "units.csv"));
        CopyFolder(_office.FormsFolder, Path.Combine(folder, "forms"));
        var target = Path.Combine(folder, "tong-hop.xlsx");
        var previous = new byte[] { 1, 2, 3 };

        foreach (var delay in new[] { 150, 400, 700, 1000, 1300, 1700, 2200, 3000 })
        {
            File.WriteAllBytes(target, previous);
            var arguments = OfficeWorkflow.SummarizeArguments("tong-hop.xlsx").Append("--force").ToArray();
            RunKilledAfter(folder, arguments, delay);

            var now = File.ReadAllBytes(target);
            Assert.True(now.SequenceEqual(previous) || Cli.Files(_office.Folder)["tong-hop.xlsx"] == Cli.Files(folder)["tong-hop.xlsx"],
                $"after a kill at {delay} ms the summary is neither the previous file nor the whole new one");
            Assert.DoesNotContain(Directory.EnumerateFiles(folder), f => f.EndsWith(".xlsx", System.StringComparison.Ordinal) &&
                Path.GetFileName(f) != "tong-hop.xlsx" && !f.Contains("forms", System.StringComparison.Ordinal));
        }

        // Temporary files a killed write left in a folder of forms are not taken for forms.
        File.WriteAllBytes(Path.Combine(folder, "forms", ".tong-hop.xlsx.0123456789abcdef0123456789abcdef.tmp"), new byte[] { 80, 75 });
        var again = Cli.Run(folder, OfficeWorkflow.SummarizeArguments("tong-hop-2.xlsx"));
        Assert.DoesNotContain(".tmp", again.StandardOutput + again.StandardError, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_killed_midway_leave_only_whole_forms_under_their_names()
    {
        foreach (var delay in new[] { 600, 1200, 2000 })
        {
            var folder = RepoPaths.NewTempFolder("cli-kill-forms");
            File.Copy(Path.Combine(_office.Folder, "units.csv"), Path.Combine(folder, "units.csv"));
            RunKilledAfter(folder, new[] { "forms", Cli.Seed001, "--report", OfficeWorkflow.Report, "--period", OfficeWorkflow.Period, "--units", "units.csv", "--out", "forms/" }, delay);
            var written = Directory.Exists(Path.Combine(folder, "forms"))
                ? Directory.EnumerateFiles(Path.Combine(folder, "forms")).Where(f => f.EndsWith(".xlsx", System.StringComparison.Ordinal)).ToArray()
                : System.Array.Empty<string>();
            var imported = FormImporter.Import(written, new FormImportOptions(FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml")));
            // A blank form is a warning only: every file under a final name is a whole, readable form.
            Assert.DoesNotContain(imported.Problems, p => p.Severity == ImportSeverity.Error);
        }
    }

    [RootFact]
    public void A_read_only_output_folder_is_told_in_vietnamese_with_exit_4_and_nothing_is_written()
    {
        using var mount = Mount.Tmpfs("ro,size=1m");
        var result = Cli.Run(_office.Folder, SummarizeTo(Path.Combine(mount.Path, "tong-hop.xlsx")));
        Cli.ExitCode(4, result);
        Assert.Contains("thư mục chỉ đọc hoặc không có quyền ghi", result.StandardError, System.StringComparison.Ordinal);
        Assert.Contains(Path.Combine(mount.Path, "tong-hop.xlsx"), result.StandardError, System.StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(mount.Path));
    }

    [RootFact]
    public void A_full_disk_is_told_with_exit_4_and_the_previous_summary_is_intact()
    {
        using var mount = Mount.Tmpfs("size=12k");
        var target = Path.Combine(mount.Path, "tong-hop.xlsx");
        File.WriteAllBytes(target, new byte[] { 7, 7, 7 });
        var result = Cli.Run(_office.Folder, SummarizeTo(target).Append("--force").ToArray());
        Cli.ExitCode(4, result);
        Assert.Contains("ổ đĩa đã đầy", result.StandardError, System.StringComparison.Ordinal);
        Assert.Equal(new byte[] { 7, 7, 7 }, File.ReadAllBytes(target));
        Assert.Equal(new[] { "tong-hop.xlsx" }, Directory.EnumerateFiles(mount.Path).Select(Path.GetFileName));
    }

    private static string[] SummarizeTo(string target) =>
        OfficeWorkflow.SummarizeArguments("x.xlsx").Select(a => a == "x.xlsx" ? target : a).ToArray();

    private static void RunKilledAfter(string folder, string[] arguments, int milliseconds)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Cli.Assembly);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(milliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}

/// <summary>A tmpfs mounted for one test (root only), unmounted after.</summary>
internal sealed class Mount : System.IDisposable
{
    private Mount(string path) => Path = path;

    public string Path { get; }

    public static Mount Tmpfs(string options)
    {
        var path = RepoPaths.NewTempFolder("mount");
        var result = ProcessRunner.Run("mount", new[] { "-t", "tmpfs", "-o", options, "tmpfs", path }, path, timeout: System.TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, "mount failed: " + result.All);
        return new Mount(path);
    }

    public void Dispose() => ProcessRunner.Run("umount", new[] { Path }, System.IO.Path.GetTempPath(), timeout: System.TimeSpan.FromSeconds(30));

    /// <summary>Null when this process may mount file systems; the reason otherwise.</summary>
    public static string? Unavailable()
    {
        if (!System.OperatingSystem.IsLinux() || System.Environment.UserName != "root")
            return "needs root on Linux to mount a tmpfs";
        return null;
    }
}

/// <summary>A fact that mounts file systems: skipped where the tests do not run as root on Linux.</summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Mount.Unavailable() is { } reason)
            Skip = reason;
    }
}
