using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;

namespace ReportKit.Benchmarks;

/// <summary>
/// The relay at scale (issue 15, item 3): a Huyện ủy consolidating 1,000 relayed summaries, one per Đảng ủy, each the
/// summary workbook of its three chi bộ (seed 001, <c>hang_nam</c> 2024). Baselines in the same run: opening each zip
/// and reading its sheet XML to the end (the least any importer does), ClosedXML opening each file (the naive import),
/// and the importer on 1,000 filled forms (<see cref="ImportWorkload"/>), the per-unit budget the relay is held to.
/// </summary>
[MemoryDiagnoser]
public class RelayBenchmarks
{
    private string[] _relays = Array.Empty<string>();
    private FormImportOptions _options = null!;
    private string[] _forms = Array.Empty<string>();
    private FormImportOptions _formOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_relays, _options) = RelayWorkload.Prepare(RelayWorkload.Relays);
        (_forms, _formOptions) = ImportWorkload.Prepare(RelayWorkload.Relays);
    }

    /// <summary>Open each relayed summary and read its sheet parts to the end: no interpretation at all.</summary>
    [Benchmark(Baseline = true)]
    public long ZipAndXmlReader() => ImportWorkload.ReadSheetsRaw(_relays, _options.MaxDegreeOfParallelism);

    /// <summary>The importer on the relayed summaries: seal, origin, every sealed figure, row and column digest.</summary>
    [Benchmark]
    public int RelayImport() => RelayWorkload.Import(_relays, _options).Submissions.Count;

    /// <summary>The importer, then the Huyện ủy's consolidation of what it read (4,001 units).</summary>
    [Benchmark]
    public int RelayImportAndConsolidate() => RelayWorkload.Consolidate(RelayWorkload.Import(_relays, _options), _options).Rows.Count;

    /// <summary>The same number of filled forms through the importer: the per-unit budget.</summary>
    [Benchmark]
    public int FormImport() => FormImporter.Import(_forms, _formOptions).Submissions.Count;

    /// <summary>ClosedXML opening each relayed summary (no reading), in parallel too.</summary>
    [Benchmark]
    public int ClosedXmlOpen() => ImportWorkload.OpenWithClosedXml(_relays, _options.MaxDegreeOfParallelism);
}

/// <summary>The relayed summaries, made once and kept in the temporary folder for every benchmark process.</summary>
public static class RelayWorkload
{
    public const int Relays = 1_000;

    /// <summary>Chi bộ under each Đảng ủy.</summary>
    public const int Branches = 3;

    public static readonly DateOnly AsOf = new(2024, 12, 1);

    private static string Party(int i) => "dang_uy_" + i.ToString("D4", CultureInfo.InvariantCulture);

    private static string Branch(int i, int k) => Party(i) + "_cb_" + k.ToString(CultureInfo.InvariantCulture);

    /// <summary>The Huyện ủy's tree: <paramref name="count"/> Đảng ủy of <see cref="Branches"/> chi bộ each.</summary>
    public static UnitTree Units(int count) => UnitTree.Create(
        new[] { new Unit("huyen_uy", "Huyện ủy Hồng Phong", null, "huyen_uy") }
            .Concat(Enumerable.Range(1, count).SelectMany(i =>
                new[] { new Unit(Party(i), "Đảng ủy xã số " + i.ToString(CultureInfo.InvariantCulture), "huyen_uy", "dang_uy") }
                    .Concat(Enumerable.Range(1, Branches).Select(k => new Unit(Branch(i, k), "Chi bộ " + k.ToString(CultureInfo.InvariantCulture), Party(i), "chi_bo"))))));

    /// <summary>The relayed files (made if missing) and the import options of the Huyện ủy that expects them.</summary>
    public static (string[] Files, FormImportOptions Options) Prepare(int count)
    {
        var plan = ImportWorkload.Plan();
        var units = Units(count);
        var folder = Path.Combine(Path.GetTempPath(), "reportkit-bench-relay",
            "v" + RelaySheet.CurrentFormatVersion + "-" + PlanFingerprint.Compute(plan, ImportWorkload.Report)[..12] + "-" + count.ToString(CultureInfo.InvariantCulture));
        var files = Enumerable.Range(1, count).Select(i => Path.Combine(folder, Party(i) + ".xlsx")).ToArray();
        var done = Path.Combine(folder, ".complete");
        if (!File.Exists(done))
        {
            Directory.CreateDirectory(folder);
            // Three filled forms read once give real submissions; each Đảng ủy's branches send them, with figures of their own.
            var (forms, formOptions) = ImportWorkload.Prepare(Branches);
            var filled = FormImporter.Import(forms, formOptions).Submissions;
            Parallel.For(1, count + 1, i =>
            {
                var party = units[Party(i)];
                var tree = UnitTree.Create(new[] { party with { ParentId = null } }.Concat(units.ChildrenOf(party.Id)));
                var sent = filled.Select((s, k) => (s with { UnitId = Branch(i, k + 1), Source = Branch(i, k + 1) + ".xlsx" })
                    .WithValue("dang_vien", 20 + (i + k) % 17)).ToArray();
                Consolidator.Summarize(plan, ImportWorkload.Report, ImportWorkload.Period, tree, sent, AsOf).SaveAs(files[i - 1]);
            });
            File.WriteAllText(done, "");
        }

        return (files, new FormImportOptions(plan) { ReportId = ImportWorkload.Report, PeriodKey = ImportWorkload.Period, Units = units });
    }

    /// <summary>The importer on the relayed files; every one must be accepted.</summary>
    public static ImportResult Import(string[] files, FormImportOptions options)
    {
        var result = FormImporter.Import(files, options);
        if (result.Submissions.Count != files.Length || result.Submissions.Any(s => !s.IsRelay))
            throw new InvalidOperationException("relays were rejected: " + string.Join("; ", result.Problems.Take(3)));
        return result;
    }

    /// <summary>The Huyện ủy's summary of the relays; its total is what they carried, every Đảng ủy received.</summary>
    public static ReportSummary Consolidate(ImportResult imported, FormImportOptions options)
    {
        var summary = Consolidator.Summarize(options.Plan, ImportWorkload.Report, ImportWorkload.Period, options.Units!, imported.Submissions, AsOf, imported.Rejected);
        var carried = imported.Submissions.Sum(s => s.Values.TryGetValue(new ValueKey("dang_vien"), out var v) ? v ?? 0 : 0);
        if (summary.Value(null, "dang_vien") != carried || summary.Statuses.Count(s => s.IsReceived) != imported.Submissions.Count)
            throw new InvalidOperationException("the consolidation of the relays lost or invented figures");
        return summary;
    }
}

/// <summary>
/// The relay outside BenchmarkDotNet (<c>-- --relay-profile [COUNT] [FORMS]</c>, 1,000 and as many forms by default,
/// FORMS 0 for none): three rounds of the raw read, the relay import, the consolidation at the level above and the
/// import of the filled forms, in one process, so a loaded machine shows in all alike; then the relay import on one
/// thread with its allocations per file.
/// </summary>
public static class RelayProfile
{
    public static int Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : RelayWorkload.Relays;
        var formCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : count;
        var (relays, options) = RelayWorkload.Prepare(count);
        var (forms, formOptions) = formCount > 0 ? ImportWorkload.Prepare(formCount) : (Array.Empty<string>(), options);
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            ImportWorkload.ReadSheetsRaw(relays, options.MaxDegreeOfParallelism);
            var raw = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var imported = RelayWorkload.Import(relays, options);
            var import = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            RelayWorkload.Consolidate(imported, options);
            var consolidate = clock.Elapsed.TotalMilliseconds;
            var line = FormattableString.Invariant(
                $"round {round}: {count} relays: raw read {raw:0} ms, relay import {import:0} ms ({count / import * 1000:0} files/s, {import / raw:0.0}× raw), consolidate {consolidate:0} ms");
            if (forms.Length > 0)
            {
                clock.Restart();
                FormImporter.Import(forms, formOptions);
                var formImport = clock.Elapsed.TotalMilliseconds;
                line += FormattableString.Invariant(
                    $"; {forms.Length} forms import {formImport:0} ms; per file, relay import + consolidate / form import {(import + consolidate) / count / (formImport / forms.Length):0.00}×");
            }

            Console.WriteLine(line);
        }

        var serial = new FormImportOptions(options.Plan) { ReportId = options.ReportId, PeriodKey = options.PeriodKey, Units = options.Units, MaxDegreeOfParallelism = 1 };
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        RelayWorkload.Import(relays, serial);
        Console.WriteLine(FormattableString.Invariant(
            $"relay import on one thread {watch.Elapsed.TotalMilliseconds:0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / relays.Length:0} KB allocated per file; a relayed summary {relays.Average(f => new FileInfo(f).Length) / 1024.0:0} KB"));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB"));
        return 0;
    }
}
