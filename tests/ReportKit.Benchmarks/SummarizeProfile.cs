using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ReportKit.Excel.Import;
using ReportKit.Excel.Reports;
using ReportKit.Excel.Summary;

namespace ReportKit.Benchmarks;

/// <summary>
/// Where <c>reportkit summarize</c> spends its time and memory, stage by stage, with the calls the command makes
/// (Stopwatch, outside BenchmarkDotNet): <c>-- --summarize-profile FOLDER UNITS.csv [ROUNDS] [nolive]</c> for a folder
/// of filled forms of seed 001, <c>hang_nam</c> 2024, and the unit list they were made for (<c>id,name,parent,level</c>,
/// no quoted fields, as <c>scripts/bench-office-cycle.sh</c> writes it). Each stage runs <c>ROUNDS</c> times (2 by
/// default; the second, warm, round is the one to read for time, the first for memory: the command runs once). Each round
/// starts with the floor: the same files' zips opened and their sheets passed over by an XmlReader, nothing interpreted.
/// </summary>
/// <remarks>
/// Memory per stage: a sampler (every 10 ms) reads the process's resident set (<c>/proc/self/status</c>: VmRSS, and of it
/// RssAnon, the anonymous memory, against RssFile, mapped files such as the runtime's own libraries) and the GC's committed
/// memory (<see cref="GCMemoryInfo.TotalCommittedBytes"/> of the latest collection); each stage prints their peaks and the
/// peak of RssAnon minus committed (native memory: zlib's inflaters, the runtime's own, malloc's arenas). After the stage,
/// the heap per generation as the latest collection left it, then the live heap after a full collection outside the
/// stage's time (<c>nolive</c> leaves that collection out, so the next stage starts as it would in the command).
/// </remarks>
public static class SummarizeProfile
{
    public static int Run(string[] args)
    {
        if (args.Length < 3 || !Directory.Exists(args[1]) || !File.Exists(args[2]))
        {
            Console.Error.WriteLine("usage: --summarize-profile FOLDER UNITS.csv [ROUNDS] [nolive]");
            return 2;
        }

        var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;
        var live = !args.Contains("nolive");
        var plan = ImportWorkload.Plan();
        var units = UnitTree.Create(File.ReadLines(args[2]).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .Select(f => new Unit(f[0], f[1], f[2].Length == 0 ? null : f[2], f[3].Length == 0 ? null : f[3])));
        var target = Path.Combine(Path.GetTempPath(), "reportkit-summarize-profile-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".xlsx");
        var report = Path.ChangeExtension(target, ".docx");
        using var sampler = new MemorySampler();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"start: {sampler.Now()}; server GC {System.Runtime.GCSettings.IsServerGC}, latency {System.Runtime.GCSettings.LatencyMode}, conserve {AppContext.GetData("GCConserveMemory") ?? "-"}"));
        for (var round = 1; round <= rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetTotalAllocatedBytes();
            sampler.Reset();
            string Lap()
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var allocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0;
                var peaks = sampler.Peaks();
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                var gens = string.Join("/", Enumerable.Range(0, 5).Select(g => (info.GenerationInfo[g].SizeAfterBytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture)));
                var gcs = $"gc0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, after last gc gen0/1/2/LOH/POH {gens} MB, fragmented {info.FragmentedBytes / 1048576.0:0} MB";
                var end = sampler.Now();
                // Live after the stage (a full collection, outside the stage's time): what the stage keeps.
                var liveMb = live ? (GC.GetTotalMemory(forceFullCollection: true) / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB live after" : "";
                var lap = string.Create(CultureInfo.InvariantCulture, $"{elapsed:0} ms, {allocatedMb:0} MB allocated; peak {peaks}; end {end}; {liveMb} [{gcs}]");
                clock.Restart();
                allocated = GC.GetTotalAllocatedBytes();
                sampler.Reset();
                return lap;
            }

            // The floors any importer of these files stands on, in the same round, in parallel as the importer runs: every
            // part inflated to nowhere; then each zip opened and an XmlReader passed over its sheets, interpreting nothing
            // (ImportBenchmarks' baseline).
            var files = Directory.GetFiles(args[1], "*.xlsx");
            ImportWorkload.InflateRaw(files, Environment.ProcessorCount);
            Console.WriteLine($"round {round}:");
            Console.WriteLine($"  inflate      {Lap()} (every part of every zip inflated, nothing read)");
            ImportWorkload.ReadSheetsRaw(files, Environment.ProcessorCount);
            Console.WriteLine($"  raw read     {Lap()} (zip + XmlReader over the sheets, no checks)");
            ImportResult? imported = FormImporter.ImportFolder(args[1], new FormImportOptions(plan) { ReportId = ImportWorkload.Report, PeriodKey = ImportWorkload.Period, Units = units });
            Console.WriteLine($"  {imported.Submissions.Count} received, {imported.Problems.Count} problems");
            Console.WriteLine($"  import       {Lap()}");
            var summary = Consolidator.Summarize(plan, ImportWorkload.Report, ImportWorkload.Period, units, imported!.Submissions, new DateOnly(2024, 12, 31), imported.Rejected);
            // As the command does: the submissions are let go once the summary is made.
            imported = null;
            Console.WriteLine($"  consolidate  {Lap()}");
            var layout = SummaryWorkbook.Build(summary, SummaryWorkbookOptions.Default);
            Console.WriteLine($"  layout alone {Lap()} ({layout.Sheets.Count} sheets)");
            layout = null;
            summary.SaveAs(target);
            Console.WriteLine($"  layout+write {Lap()}");
            ReportDocument.SaveAs(summary, report);
            Console.WriteLine($"  báo cáo      {Lap()}");
            File.Delete(target);
            File.Delete(report);
            GC.KeepAlive(summary);
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        return 0;
    }

    /// <summary>Samples the resident set and the GC's committed memory every 10 ms, keeping the peaks since the last reset.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly Thread _thread;
        private readonly object _gate = new();
        private volatile bool _stop;
        private long _rss, _anon, _committed, _native;

        public MemorySampler()
        {
            _thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
            _thread.Start();
        }

        public void Reset()
        {
            lock (_gate)
                _rss = _anon = _committed = _native = 0;
        }

        /// <summary>Peaks since the last reset: RSS, RssAnon, GC committed, RssAnon − committed (each at its own moment).</summary>
        public string Peaks()
        {
            Sample();
            lock (_gate)
                return string.Create(CultureInfo.InvariantCulture, $"RSS {Mb(_rss)}, anon {Mb(_anon)}, committed {Mb(_committed)}, anon−committed {Mb(_native)} MB");
        }

        /// <summary>Now: RSS (anon + file), GC committed.</summary>
        public string Now()
        {
            var (rss, anon, file) = Status();
            var committed = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes;
            return string.Create(CultureInfo.InvariantCulture, $"RSS {Mb(rss)} (anon {Mb(anon)}, file {Mb(file)}), committed {Mb(committed)} MB");
        }

        public void Dispose()
        {
            _stop = true;
            _thread.Join();
        }

        private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

        private void Loop()
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(10);
            }
        }

        private void Sample()
        {
            var (rss, anon, _) = Status();
            var committed = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes;
            lock (_gate)
            {
                _rss = Math.Max(_rss, rss);
                _anon = Math.Max(_anon, anon);
                _committed = Math.Max(_committed, committed);
                _native = Math.Max(_native, anon - committed);
            }
        }

        private static (long Rss, long Anon, long File) Status()
        {
            long rss = 0, anon = 0, file = 0;
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    rss = Kb(line);
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    anon = Kb(line);
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                    file = Kb(line);
            }

            return (rss, anon, file);
        }

        private static long Kb(string line) => long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}
