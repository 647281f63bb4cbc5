using System;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Reports;

/// <summary>Options for <see cref="ReportDocument"/>. The defaults give the same bytes on every run.</summary>
public sealed class ReportDocumentOptions
{
    /// <summary>The default options.</summary>
    public static ReportDocumentOptions Default { get; } = new();

    /// <summary>
    /// The body that issues and signs the document (header, Nơi nhận, signature). Null: <see cref="ConsolidatingBody.Of"/>
    /// the summary, with blank lines to sign.
    /// </summary>
    public ConsolidatingBody? Body { get; init; }

    /// <summary>The file name of the biểu tổng hợp the báo cáo is sent with, named on its <c>Kèm theo</c> line, if known.</summary>
    public string? AnnexFileName { get; init; }

    /// <summary>Thresholds the plan assigns per unit (the units file's <c>targets</c> column), as the summary workbook judges them; none if null.</summary>
    public System.Collections.Generic.IReadOnlyList<UnitTarget>? UnitTargets { get; init; }

    /// <summary>The summary compared with the same period last year (as <see cref="SummaryWorkbookOptions.Comparison"/>): each compared figure's sentence says its change; none if null.</summary>
    public PeriodComparison? Comparison { get; init; }

    /// <summary>The year-to-date (as <see cref="SummaryWorkbookOptions.YearToDate"/>): each cumulative figure's sentence gives it; none if null.</summary>
    public YearToDate? YearToDate { get; init; }

    /// <summary>The created/modified time written to the file (UTC); default the fixed <see cref="WorkbookSaveOptions.DefaultTimestamp"/>, never the clock.</summary>
    public DateTime Timestamp { get; init; } = WorkbookSaveOptions.DefaultTimestamp;
}
