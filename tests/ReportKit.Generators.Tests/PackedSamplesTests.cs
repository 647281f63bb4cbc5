using System;
using System.Collections.Generic;
using System.IO;
using System.Diagnostics;
using System.Linq;
using ReportKit.Testing;
using Xunit.Abstractions;

namespace ReportKit.Generators.Tests;

// samples/ is an app outside the solution (root `dotnet test` would build it before any package exists). This test
// packs ReportKit and ReportKit.Excel into the shared temporary feed and runs the samples' own tests against it, as
// CI would: a copy of samples/ (no stale bin/ or obj/), a nuget.config naming only that feed beside the usual
// sources, and a packages folder of its own, so no cached ReportKit package can stand in for the one just packed.
[Collection(PackedFeed.Collection)]
public sealed class PackedSamplesTests
{
    private static readonly string Samples = RepoPaths.Combine("samples");
    private static readonly string[] NotCopied = { "bin", "obj", "__mismatch__", "TestResults", "out" };

    private readonly PackedFeed _feed;
    private readonly ITestOutputHelper _output;

    public PackedSamplesTests(PackedFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Fact]
    public void The_samples_build_against_the_packed_packages_and_their_tests_pass_with_the_committed_snapshot()
    {
        var snapshots = Directory.GetFiles(Path.Combine(Samples, "ReportKit.Samples.Tests", "__snapshots__"), "*.snap");
        Assert.NotEmpty(snapshots);
        var clock = Stopwatch.StartNew();
        _feed.AddExcel();
        _output.WriteLine($"ReportKit.Excel packed in {clock.Elapsed.TotalSeconds:0} s");
        clock.Restart();
        var copy = RepoPaths.NewTempFolder("samples");
        CopyTree(Samples, copy);
        _feed.WriteNuGetConfig(copy);

        var run = ProcessRunner.Run("dotnet",
            new[] { "test", "ReportKit.Samples.Tests", "--nologo", "-p:ReportKitVersion=" + PackedFeed.Version,
                    "-p:RestorePackagesPath=" + Path.Combine(copy, "packages") },
            copy,
            // A missing snapshot fails instead of being written: only the committed one counts.
            new Dictionary<string, string> { ["SNAPSHOOTER_STRICT_MODE"] = "true" },
            timeout: TimeSpan.FromMinutes(8));

        _output.WriteLine($"samples restored, built and tested in {clock.Elapsed.TotalSeconds:0} s");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("Failed:     0", run.StandardOutput);
        Assert.DoesNotContain("Passed:     0,", run.StandardOutput);
        // The app carried the packed packages, not a project reference or a cached copy.
        Assert.True(Directory.Exists(Path.Combine(copy, "packages", "reportkit.excel", PackedFeed.Version)), run.All);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from).Where(d => !NotCopied.Contains(Path.GetFileName(d))))
            CopyTree(directory, Directory.CreateDirectory(Path.Combine(to, Path.GetFileName(directory))).FullName);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
