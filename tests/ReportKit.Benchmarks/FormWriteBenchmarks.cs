using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Writing;

namespace ReportKit.Benchmarks;

/// <summary>
/// Writing the input forms of seed 001 (Kế hoạch 76-KH/ĐU, <c>hang_nam</c> 2024) for many chi bộ, each to its own file
/// (temporary file, flushed to disk, renamed: what <c>reportkit forms</c> does), in parallel on every core. The
/// baseline is the limit: the same bytes copied into the files the same way. ClosedXML laying out and writing each
/// form anew is today's path; the stamper lays out once per level and stamps each unit's copy. Times are per form.
/// Run in process (a rebuilt boilerplate project times out on busy cores):
/// <c>-- --filter '*FormWriteBenchmarks*' --inProcess --warmupCount 2 --iterationCount 6</c>.
/// </summary>
[MemoryDiagnoser]
public class FormWriteBenchmarks
{
    /// <summary>Forms per operation of the fast paths.</summary>
    public const int Forms = 2_000;

    /// <summary>Forms per operation of ClosedXML (slow: fewer, the time is per form all the same).</summary>
    public const int ClosedXmlForms = 30;

    private FormWorkload _workload = null!;

    [GlobalSetup]
    public void Setup() => _workload = new FormWorkload(Forms);

    [GlobalCleanup]
    public void Cleanup() => _workload.Dispose();

    /// <summary>The limit: each unit's bytes (stamped beforehand) written to its file the way a form is.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Forms)]
    public void CopySameBytes() => _workload.Copy(Forms);

    /// <summary>A new stamper (its templates written by ClosedXML within the operation), every unit stamped.</summary>
    [Benchmark(OperationsPerInvoke = Forms)]
    public void Stamped() => _workload.Stamp(Forms);

    /// <summary>Today's path before the stamper: <see cref="InputForm.Save(Templates.PlanSpec, string, string, Unit, string, InputFormOptions?)"/> per unit.</summary>
    [Benchmark(OperationsPerInvoke = ClosedXmlForms)]
    public void ClosedXmlPerUnit() => _workload.ClosedXml(ClosedXmlForms);
}

/// <summary>The forms workload, shared by the benchmark, its peak-memory run and the smoke test.</summary>
public sealed class FormWorkload : IDisposable
{
    private readonly Templates.PlanSpec _plan = ImportWorkload.Plan();
    private readonly Unit[] _units;
    private readonly byte[][] _bytes;
    private readonly InputFormOptions _options = new() { SendTo = "Đảng ủy xã Hồng Phong" };

    /// <summary>Units 1..<paramref name="count"/> (chi bộ of one đảng ủy), and a folder to write their forms into.</summary>
    public FormWorkload(int count, bool prepareCopies = true)
    {
        _units = ImportWorkload.Units(count).Units.Where(u => u.LevelId == "chi_bo").ToArray();
        Folder = Path.Combine(Path.GetTempPath(), "reportkit-bench-forms-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(Folder);
        _bytes = new byte[prepareCopies ? _units.Length : 0][];
        if (prepareCopies)
        {
            var stamper = new InputFormStamper(_plan);
            Parallel.For(0, _units.Length, i =>
            {
                using var stream = new MemoryStream();
                stamper.Save(ImportWorkload.Report, ImportWorkload.Period, _units[i], stream, _options);
                _bytes[i] = stream.ToArray();
            });
        }
    }

    /// <summary>Where the forms go.</summary>
    public string Folder { get; }

    public void Copy(int count) =>
        Parallel.For(0, count, i => PackageSaving.WriteAtomically(PathOf(i), file => file.Write(_bytes[i])));

    /// <summary>Stamps <paramref name="count"/> forms with a new stamper; returns how many ClosedXML wrote.</summary>
    public int Stamp(int count)
    {
        var stamper = new InputFormStamper(_plan);
        Parallel.For(0, count, i => stamper.Save(ImportWorkload.Report, ImportWorkload.Period, _units[i], PathOf(i), _options));
        if (stamper.FormsStamped != count)
        {
            throw new InvalidOperationException("only " + stamper.FormsStamped + " of " + count + " forms were stamped");
        }

        return stamper.FormsLaidOut;
    }

    public void ClosedXml(int count) =>
        Parallel.For(0, count, i => InputForm.Save(_plan, ImportWorkload.Report, ImportWorkload.Period, _units[i], PathOf(i), _options));

    /// <summary>Whether the stamped file of unit <paramref name="i"/> has the bytes ClosedXML writes for it.</summary>
    public bool SameAsClosedXml(int i)
    {
        using var reference = new MemoryStream();
        InputForm.Save(_plan, ImportWorkload.Report, ImportWorkload.Period, _units[i], reference, _options);
        return reference.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(i)));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private string PathOf(int i) => Path.Combine(Folder, _units[i].Id + ".xlsx");

    /// <summary>
    /// One run in a fresh process, its peak working set: <c>-- --forms-peak stamped|closedxml|copy FORMS</c> (copy
    /// stamps the bytes first, untimed, so its peak includes holding them all).
    /// </summary>
    public static int Peak(string[] args)
    {
        if (args.Length != 3 || !int.TryParse(args[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: --forms-peak stamped|closedxml|copy FORMS");
            return 2;
        }

        using var workload = new FormWorkload(count, prepareCopies: args[1] == "copy");
        var clock = Stopwatch.StartNew();
        switch (args[1])
        {
            case "stamped":
                workload.Stamp(count);
                clock.Stop();
                if (!workload.SameAsClosedXml(0) || !workload.SameAsClosedXml(count - 1))
                {
                    Console.Error.WriteLine("a stamped form differs from the one ClosedXML writes");
                    return 1;
                }

                break;
            case "closedxml":
                workload.ClosedXml(count);
                break;
            case "copy":
                workload.Copy(count);
                break;
            default:
                Console.Error.WriteLine("unknown path " + args[1]);
                return 2;
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"forms {args[1]} x{count}: {clock.Elapsed.TotalSeconds:F2} s ({count / clock.Elapsed.TotalSeconds:F0} forms/s), peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB"));
        return 0;
    }
}
