using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;

namespace ReportKit.Benchmarks;

/// <summary>
/// Where <c>reportkit summarize</c> spends its time, stage by stage, with the calls the command makes (Stopwatch,
/// outside BenchmarkDotNet): <c>-- --summarize-profile FOLDER UNITS.csv</c> for a folder of filled forms of seed 001,
/// <c>hang_nam</c> 2024, and the unit list they were made for (<c>id,name,parent,level</c>, no quoted fields, as
/// <c>scripts/bench-office-cycle.sh</c> writes it). Each stage runs twice; the second (warm) round is the one to read.
/// </summary>
public static class SummarizeProfile
{
    public static int Run(string[] args)
    {
        if (args.Length != 3 || !Directory.Exists(args[1]) || !File.Exists(args[2]))
        {
            Console.Error.WriteLine("usage: --summarize-profile FOLDER UNITS.csv");
            return 2;
        }

        var plan = ImportWorkload.Plan();
        var units = UnitTree.Create(File.ReadLines(args[2]).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => new Unit(f[0], f[1], f[2].Length == 0 ? null : f[2], f[3].Length == 0 ? null : f[3])));
        var target = Path.Combine(Path.GetTempPath(), "reportkit-summarize-profile-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".xlsx");
        for (var round = 1; round <= 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetTotalAllocatedBytes();
            string Lap()
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var allocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0;
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                var gcs = $"gc0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, heap {info.HeapSizeBytes / 1048576.0:0} MB, LOH {info.GenerationInfo[3].SizeAfterBytes / 1048576.0:0} MB, committed {info.TotalCommittedBytes / 1048576.0:0} MB";
                // Live after the stage (a full collection, outside the stage's time): what the stage keeps.
                var liveMb = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
                var lap = string.Create(CultureInfo.InvariantCulture, $"{elapsed:0} ms, {allocatedMb:0} MB allocated, {liveMb:0} MB live after [{gcs}]");
                clock.Restart();
                allocated = GC.GetTotalAllocatedBytes();
                return lap;
            }

            var imported = FormImporter.ImportFolder(args[1], new FormImportOptions(plan) { ReportId = ImportWorkload.Report, PeriodKey = ImportWorkload.Period, Units = units });
            var import = Lap();
            var summary = Consolidator.Summarize(plan, ImportWorkload.Report, ImportWorkload.Period, units, imported.Submissions, new DateOnly(2024, 12, 31), imported.Rejected);
            var consolidate = Lap();
            var layout = SummaryWorkbook.Build(summary, SummaryWorkbookOptions.Default);
            var build = Lap();
            summary.SaveAs(target);
            var save = Lap();
            File.Delete(target);
            Console.WriteLine($"round {round}: {imported.Submissions.Count} received, {imported.Problems.Count} problems; import {import}; consolidate {consolidate}; " +
                              $"summary layout alone {build}; summary layout + write {save} ({layout.Sheets.Count} sheets)");
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        return 0;
    }
}
