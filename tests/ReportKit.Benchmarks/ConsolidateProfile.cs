using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;

namespace ReportKit.Benchmarks;

/// <summary>
/// The consolidation of <c>reportkit summarize</c> alone, many times over one import (the import is 10 times its cost,
/// so <c>--summarize-profile</c> gives it one warm round a minute): <c>-- --consolidate-profile FOLDER UNITS.csv [ROUNDS] [layout]</c>,
/// the folder and unit list of <c>--summarize-profile</c>. Prints each round's time and allocations, then the median of
/// the rounds after the first; <c>layout</c> also times the summary workbook's layout after each consolidation.
/// </summary>
public static class ConsolidateProfile
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !Directory.Exists(args[1]) || !File.Exists(args[2]))
        {
            Console.Error.WriteLine("usage: --consolidate-profile FOLDER UNITS.csv [ROUNDS] [layout]");
            return 2;
        }

        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10;
        var withLayout = args.Contains("layout");
        var plan = ImportWorkload.Plan();
        var units = UnitTree.Create(File.ReadLines(args[2]).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => new Unit(f[0], f[1], f[2].Length == 0 ? null : f[2], f[3].Length == 0 ? null : f[3])));
        var imported = FormImporter.ImportFolder(args[1], new FormImportOptions(plan) { ReportId = ImportWorkload.Report, PeriodKey = ImportWorkload.Period, Units = units });
        Console.WriteLine($"{imported.Submissions.Count} received, {imported.Problems.Count} problems");
        var consolidate = new double[rounds];
        var layoutTimes = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            var summary = Consolidator.Summarize(plan, ImportWorkload.Report, ImportWorkload.Period, units, imported.Submissions, new DateOnly(2024, 12, 31), imported.Rejected);
            consolidate[round] = clock.Elapsed.TotalMilliseconds;
            var line = string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: consolidate {consolidate[round]:0} ms, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MB allocated");
            if (withLayout)
            {
                allocated = GC.GetTotalAllocatedBytes();
                clock.Restart();
                var layout = SummaryWorkbook.Build(summary, SummaryWorkbookOptions.Default);
                layoutTimes[round] = clock.Elapsed.TotalMilliseconds;
                line += string.Create(CultureInfo.InvariantCulture, $"; layout {layoutTimes[round]:0} ms, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MB allocated ({layout.Sheets.Count} sheets)");
            }

            Console.WriteLine(line);
        }

        static double Median(double[] times) => times.Skip(1).OrderBy(t => t).ElementAtOrDefault((times.Length - 1) / 2);
        Console.WriteLine(FormattableString.Invariant($"median of rounds 2-{rounds}: consolidate {Median(consolidate):0} ms") +
            (withLayout ? FormattableString.Invariant($", layout {Median(layoutTimes):0} ms") : ""));
        return 0;
    }
}
