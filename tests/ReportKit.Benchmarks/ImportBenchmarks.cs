using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using BenchmarkDotNet.Attributes;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Templates;

namespace ReportKit.Benchmarks;

/// <summary>
/// Importing a batch of 1,000 filled input forms of seed 001 (Kế hoạch 76-KH/ĐU, <c>hang_nam</c> 2024, one per chi bộ).
/// The baseline is the least any importer must do: open each zip and read its sheet XML to the end with
/// <see cref="XmlReader"/>, with the same degree of parallelism as <see cref="FormImporter"/>. ClosedXML opening each
/// file is shown for scale. The bar: 2,000+ forms/s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string[] _files = Array.Empty<string>();
    private FormImportOptions _options = null!;

    [GlobalSetup]
    public void Setup() => (_files, _options) = ImportWorkload.Prepare(ImportWorkload.Forms);

    /// <summary>Open each package and read its sheet parts to the end: no interpretation at all.</summary>
    [Benchmark(Baseline = true)]
    public long ZipAndXmlReader() => ImportWorkload.ReadSheetsRaw(_files, _options.MaxDegreeOfParallelism);

    /// <summary>The importer on the whole batch: checks, values, narratives, dates, duplicates.</summary>
    [Benchmark]
    public int FormImporterImport()
    {
        var result = FormImporter.Import(_files, _options);
        if (result.Submissions.Count != _files.Length)
            throw new InvalidOperationException("forms were rejected: " + string.Join("; ", result.Problems.Take(3)));
        return result.Submissions.Count;
    }

    /// <summary>ClosedXML opening each file (no reading), in parallel too.</summary>
    [Benchmark]
    public int ClosedXmlOpen() => ImportWorkload.OpenWithClosedXml(_files, _options.MaxDegreeOfParallelism);
}

/// <summary>The 1,000 filled forms, made once and kept in the temporary folder for every benchmark process.</summary>
public static class ImportWorkload
{
    public const int Forms = 1_000;
    public const string Template = "ke-hoach-76-kh-du.plan.yaml";
    public const string Report = "hang_nam";
    public const string Period = "2024";

    public static PlanSpec Plan()
    {
        var path = ReportKit.Testing.RepoPaths.Combine("templates", Template);
        return PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan ?? throw new InvalidDataException(Template + " does not parse");
    }

    public static UnitTree Units(int count) => UnitTree.Create(
        new[] { new Unit("dang_uy", "Đảng ủy xã Hồng Phong", null, "dang_uy") }
            .Concat(Enumerable.Range(1, count).Select(i => new Unit(Id(i), "Chi bộ số " + i.ToString(CultureInfo.InvariantCulture), "dang_uy", "chi_bo"))));

    /// <summary>The files (made if missing) and the import options that expect them.</summary>
    public static (string[] Files, FormImportOptions Options) Prepare(int count)
    {
        var plan = Plan();
        var units = Units(count);
        var folder = Path.Combine(Path.GetTempPath(), "reportkit-bench-import", "v" + FormMetadata.CurrentFormatVersion + "-" + PlanFingerprint.Compute(plan, "hang_nam")[..12] + "-" + count.ToString(CultureInfo.InvariantCulture));
        var files = Enumerable.Range(1, count).Select(i => Path.Combine(folder, Id(i) + ".xlsx")).ToArray();
        var done = Path.Combine(folder, ".complete");
        if (!File.Exists(done))
        {
            Directory.CreateDirectory(folder);
            Parallel.For(1, count + 1, i => Make(plan, units[Id(i)], files[i - 1], i));
            File.WriteAllText(done, "");
        }

        return (files, new FormImportOptions(plan) { ReportId = Report, PeriodKey = Period, Units = units });
    }

    /// <summary>Opens each package and reads every worksheet part to the end; returns the nodes read.</summary>
    public static long ReadSheetsRaw(IReadOnlyList<string> files, int parallelism)
    {
        long nodes = 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true };
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
        {
            long read = 0;
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries)
            {
                if (!entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || !entry.FullName.EndsWith(".xml", StringComparison.Ordinal))
                    continue;
                using var stream = entry.Open();
                using var reader = XmlReader.Create(stream, settings);
                while (reader.Read())
                    read++;
            }

            Interlocked.Add(ref nodes, read);
        });
        return nodes;
    }

    /// <summary>
    /// The floor under every reader of these files, XML or not: opens each package and inflates every part to nowhere, in
    /// parallel; returns the bytes inflated. The importer inflates every part too (it checks each one).
    /// </summary>
    public static long InflateRaw(IReadOnlyList<string> files, int parallelism)
    {
        long bytes = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, () => new byte[16384], (file, _, buffer) =>
        {
            long read = 0;
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                    read += n;
            }

            Interlocked.Add(ref bytes, read);
            return buffer;
        }, _ => { });
        return bytes;
    }

    /// <summary>ClosedXML opening each file (no reading), in parallel; returns the sheets opened.</summary>
    public static int OpenWithClosedXml(IReadOnlyList<string> files, int parallelism)
    {
        var sheets = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
        {
            using var workbook = new XLWorkbook(file);
            Interlocked.Add(ref sheets, workbook.Worksheets.Count);
        });
        return sheets;
    }

    private static string Id(int i) => "chi_bo_" + i.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Generates the unit's form and fills every input cell its metadata names, as a clerk would in Excel.</summary>
    private static void Make(PlanSpec plan, Unit unit, string path, int seed)
    {
        InputForm.Save(plan, Report, Period, unit, path);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(InputForm.SheetName);
        foreach (var row in workbook.Worksheet(InputForm.MetadataSheetName).RowsUsed())
        {
            var (key, first, second, third) = (row.Cell(1).GetString(), row.Cell(2).GetString(), row.Cell(3).GetString(), row.Cell(4).GetString());
            switch (key)
            {
                case FormMetadata.ValueRow:
                    sheet.Cell(third).SetValue(first switch { "dang_vien" => 30 + seed % 7, "dang_vien_tham_gia" => 25 + seed % 5, _ => seed % 4 + 1 });
                    break;
                case FormMetadata.NarrativeRow:
                    sheet.Cell(second).SetValue<string>("Chi bộ đã tổ chức sinh hoạt chính trị, tư tưởng theo đúng kế hoạch; đảng viên tham gia đầy đủ.");
                    break;
                case FormMetadata.SubmittedOnRow:
                    sheet.Cell(first).SetValue(new DateTime(2024, 11, 1 + seed % 28));
                    break;
            }
        }

        workbook.Save();
    }
}

/// <summary>Where the importer's time goes, outside BenchmarkDotNet: <c>-- --import-profile</c>.</summary>
public static class ImportProfile
{
    public static int Run(string[] args)
    {
        var (files, options) = ImportWorkload.Prepare(ImportWorkload.Forms);
        if (args.Contains("--by-type"))
            return ByType(files, options);
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            ImportWorkload.ReadSheetsRaw(files, options.MaxDegreeOfParallelism);
            var raw = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            FormImporter.Import(files, options);
            var import = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            // On one thread, the allocations and the CPU time are this thread's own: robust on a busy machine.
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            FormImporter.Import(files, new FormImportOptions(options.Plan) { ReportId = options.ReportId, PeriodKey = options.PeriodKey, Units = options.Units, MaxDegreeOfParallelism = 1 });
            var serial = clock.Elapsed.TotalMilliseconds;
            var serialCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var perForm = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / files.Length;
            Console.WriteLine(FormattableString.Invariant(
                $"round {round}: raw {raw:0} ms, import {import:0} ms ({files.Length / import * 1000:0} forms/s), import on one thread {serial:0} ms ({serialCpu:0} ms CPU, process-wide), {perForm:0} KB allocated per form"));
        }


        Stages(files, options);
        return 0;
    }

    /// <summary>
    /// What the importer allocates, by type (<c>-- --import-profile --by-type</c>): the runtime's allocation ticks (one
    /// about every 100 KB allocated, naming the type of the object that crossed it) summed over a warm run on one thread.
    /// A sample, not a count: types below a few KB a form are noise.
    /// </summary>
    private static int ByType(string[] files, FormImportOptions options)
    {
        var serial = new FormImportOptions(options.Plan) { ReportId = options.ReportId, PeriodKey = options.PeriodKey, Units = options.Units, MaxDegreeOfParallelism = 1 };
        FormImporter.Import(files, serial);
        using var ticks = new AllocationTicks();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        FormImporter.Import(files, serial);
        var total = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Thread.Sleep(2000);
        var byType = ticks.Snapshot();
        Console.WriteLine(FormattableString.Invariant($"{total / 1024.0 / files.Length:0} KB allocated per form on one thread; sampled by type (KB a form):"));
        foreach (var (type, bytes) in byType.OrderByDescending(t => t.Value).Take(40))
            Console.WriteLine(FormattableString.Invariant($"{bytes / 1024.0 / files.Length,8:0.0}  {type}"));
        return 0;
    }

    /// <summary>Listens to the runtime's <c>GCAllocationTick</c> events and sums their amounts by type name.</summary>
    private sealed class AllocationTicks : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> _bytes = new();
        private volatile bool _on = true;

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
                return;
            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (_bytes)
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }

        public Dictionary<string, long> Snapshot()
        {
            _on = false;
            lock (_bytes)
                return new Dictionary<string, long>(_bytes);
        }
    }

    /// <summary>One thread, stage by stage, with the importer's own building blocks.</summary>
    private static void Stages(string[] files, FormImportOptions options)
    {
        var times = new double[6];
        var bytes = new long[6];
        var clock = new Stopwatch();
        var allocated = 0L;
        void Lap(int stage)
        {
            times[stage] += clock.Elapsed.TotalMilliseconds;
            bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            clock.Restart();
            allocated = GC.GetAllocatedBytesForCurrentThread();
        }

        // As the importer: the parts identical to ones read before in the batch are not parsed again.
        var verified = new VerifiedParts();
        foreach (var file in files)
        {
            clock.Restart();
            allocated = GC.GetAllocatedBytesForCurrentThread();
            var content = File.ReadAllBytes(file);
            Lap(0);
            using var package = SafePackage.Open(content, options, verified: verified);
            Lap(1);
            var reader = XlsxReader.Open(package, options);
            Lap(2);
            reader.SharedString(0);
            Lap(3);
            reader.AllCells(reader.Sheets.First(s => s.Name == InputForm.MetadataSheetName));
            Lap(4);
            reader.ReadCells(reader.Sheets.First(s => s.Name == InputForm.SheetName), (_, _) => false);
            Lap(5);
        }

        var names = new[] { "read file", "zip open + entry checks + [Content_Types]", "rels + workbook", "shared strings", "metadata sheet (kept reading, checked against the file's styles and strings)", "form sheet (scanned, no cell kept)" };
        Console.WriteLine("one thread, " + files.Length.ToString(CultureInfo.InvariantCulture) + " files: " +
                          string.Join(", ", names.Select((n, i) => FormattableString.Invariant($"{n} {times[i]:0} ms ({bytes[i] / 1024.0 / files.Length:0} KB a form)"))));
        clock.Restart();
        var serial = new FormImportOptions(options.Plan) { ReportId = options.ReportId, PeriodKey = options.PeriodKey, Units = options.Units, MaxDegreeOfParallelism = 1 };
        allocated = GC.GetAllocatedBytesForCurrentThread();
        FormImporter.Import(files, serial);
        var total = clock.Elapsed.TotalMilliseconds;
        var totalBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(FormattableString.Invariant(
            $"whole importer on one thread {total:0} ms ({totalBytes / 1024.0 / files.Length:0} KB a form); stages above sum to {times.Sum():0} ms ({bytes.Sum() / 1024.0 / files.Length:0} KB a form)"));
    }
}
