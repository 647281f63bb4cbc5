using System.IO;
using BenchmarkDotNet.Attributes;
using ReportKit.Excel.Writing;

namespace ReportKit.Benchmarks;

/// <summary>
/// Writing a summary of units × 60 indicator cells. The baseline is SpreadCheetah writing the same numbers
/// raw; the bar is the streaming writer within 2× of it. Every write goes to memory, so the disk does not
/// take part. Each size is a class of its own because the large one runs once.
/// </summary>
public abstract class SummaryWriteBase
{
    protected const int CellsPerUnit = 60;

    /// <summary>How many units the summary has.</summary>
    protected abstract int Units { get; }

    /// <summary>SpreadCheetah alone, plain rows with one number format.</summary>
    [Benchmark(Baseline = true)]
    public long SpreadCheetahRaw()
    {
        using var output = new MemoryStream();
        SummaryWorkload.WriteRaw(output, Units, CellsPerUnit);
        return output.Length;
    }

    /// <summary>SpreadCheetah alone, the whole numbers handed over as int (what the streaming writer does).</summary>
    [Benchmark]
    public long SpreadCheetahRawIntegers()
    {
        using var output = new MemoryStream();
        SummaryWorkload.WriteRaw(output, Units, CellsPerUnit, asIntegers: true);
        return output.Length;
    }

    /// <summary>The ReportKit layout through the streaming writer (normalized, deterministic).</summary>
    [Benchmark]
    public long ReportKitStreaming()
    {
        using var output = new MemoryStream();
        SpreadCheetahWorkbookWriter.Instance.Save(SummaryWorkload.Layout(Units, CellsPerUnit), output);
        return output.Length;
    }
}

/// <summary>10,000 units × 60 cells; ClosedXML is shown for scale.</summary>
[MemoryDiagnoser]
public class SummaryWriteBenchmarks : SummaryWriteBase
{
    /// <inheritdoc/>
    protected override int Units => 10_000;

    /// <summary>The same layout through ClosedXML.</summary>
    [Benchmark]
    public long ReportKitClosedXml()
    {
        using var output = new MemoryStream();
        ClosedXmlWorkbookWriter.Instance.Save(SummaryWorkload.Layout(Units, CellsPerUnit), output);
        return output.Length;
    }
}

/// <summary>100,000 units × 60 cells, once each (ClosedXML is left out: it needs several GB here).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class SummaryWriteScaleBenchmarks : SummaryWriteBase
{
    /// <inheritdoc/>
    protected override int Units => 100_000;
}
