using System;
using ReportKit.Templates;

namespace ReportKit.Excel.Import;

/// <summary>What to expect of imported forms, and the limits that keep a hostile file from costing time or memory.</summary>
public sealed class FormImportOptions
{
    /// <summary>Options expecting forms of <paramref name="plan"/>.</summary>
    public FormImportOptions(PlanSpec plan)
    {
        Plan = plan ?? throw new ArgumentNullException(nameof(plan));
    }

    /// <summary>
    /// Options expecting forms of the generated report <typeparamref name="TReport"/> (its plan and report), for the
    /// typed <see cref="FormImporter.ImportFolder{TReport}(string, FormImportOptions)"/>:
    /// <c>FormImportOptions.For&lt;KeHoach76.HangNam&gt;()</c>.
    /// </summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="periodKey">The period the forms must be for; any period of the report if null.</param>
    /// <param name="units">The units that may send forms (<see cref="Units"/>); any unit if null.</param>
    public static FormImportOptions For<TReport>(string? periodKey = null, UnitTree? units = null)
        where TReport : IReportModel<TReport> =>
        new(TReport.Plan) { ReportId = TReport.Report.Id, PeriodKey = periodKey, Units = units };

    /// <summary>The plan the forms must belong to (id, revision and fingerprint are compared).</summary>
    public PlanSpec Plan { get; }

    /// <summary>The report the forms must be for; any report of the plan if null.</summary>
    public string? ReportId { get; init; }

    /// <summary>The period the forms must be for; any period of the report if null.</summary>
    public string? PeriodKey { get; init; }

    /// <summary>The unit tree; when given, a form for a unit not in it is rejected.</summary>
    public UnitTree? Units { get; init; }

    /// <summary>The secret the forms were sealed with (<see cref="Forms.InputFormOptions.SealSecret"/>), if any.</summary>
    public string? SealSecret { get; init; }

    /// <summary>Files larger than this are rejected before they are opened (default 10 MB; a filled form is tens of kilobytes).</summary>
    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The most bytes one part of the package may expand to (default 20 MB).</summary>
    public long MaxPartBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>The most bytes all parts together may expand to (default 60 MB).</summary>
    public long MaxTotalBytes { get; init; } = 60L * 1024 * 1024;

    /// <summary>The highest compression ratio a part larger than 1 MB may have (default 200; XML rarely exceeds 30).</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>The most parts a package may hold (default 1,000).</summary>
    public int MaxParts { get; init; } = 1_000;

    /// <summary>The most rows read from a sheet before it is rejected (default 5,000; a form has a few hundred).</summary>
    public int MaxRows { get; init; } = 5_000;

    /// <summary>The most cells read from a sheet, and shared strings read, before the file is rejected (default 100,000).</summary>
    public int MaxCells { get; init; } = 100_000;

    /// <summary>How many files are read at once (default: the number of processors).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
