using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using ReportKit.Excel.Writing;

namespace ReportKit.Benchmarks;

/// <summary>
/// One write in a fresh process, reporting its peak working set (BenchmarkDotNet's MemoryDiagnoser
/// counts allocations, not the peak). Run: <c>-- --peak raw|streaming|closedxml UNITS CELLS</c>.
/// The file goes to a temporary folder and is deleted.
/// </summary>
public static class PeakMemory
{
    public static int Run(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: --peak raw|streaming|closedxml UNITS CELLS");
            return 2;
        }

        var writer = args[1];
        var units = int.Parse(args[2], CultureInfo.InvariantCulture);
        var cells = int.Parse(args[3], CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), "reportkit-peak-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".xlsx");
        var clock = Stopwatch.StartNew();
        switch (writer)
        {
            case "raw":
                using (var file = File.Create(path))
                {
                    SummaryWorkload.WriteRaw(file, units, cells);
                }

                break;
            case "streaming":
                SpreadCheetahWorkbookWriter.Instance.SaveAs(SummaryWorkload.Layout(units, cells), path);
                break;
            case "closedxml":
                ClosedXmlWorkbookWriter.Instance.SaveAs(SummaryWorkload.Layout(units, cells), path);
                break;
            default:
                Console.Error.WriteLine("unknown writer " + writer);
                return 2;
        }

        clock.Stop();
        var size = new FileInfo(path).Length;
        File.Delete(path);
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{writer} {units}x{cells}: {clock.Elapsed.TotalSeconds:F2} s, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, " +
            $"GC heap peak (last GC) {gc.HeapSizeBytes / 1048576.0:F0} MB, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB, file {size / 1048576.0:F1} MB"));
        return 0;
    }
}
