using System;

namespace ReportKit.Excel.Writing;

/// <summary>Options for saving a workbook.</summary>
public sealed class WorkbookSaveOptions
{
    /// <summary>The fixed instant written as created and modified when none is given (2000-01-01T00:00:00Z).</summary>
    public static readonly DateTime DefaultTimestamp = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The created/modified time written to the package, in UTC (for example the report's as-of date).
    /// Never the clock: the same layout and options give the same bytes.
    /// </summary>
    public DateTime Timestamp { get; init; } = DefaultTimestamp;

    /// <summary>The default options.</summary>
    public static WorkbookSaveOptions Default { get; } = new();
}
