using System.Collections.Generic;
using System;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Writing;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>What the summary workbook calls itself (Tên loại).</summary>
public enum SummaryTitle
{
    /// <summary><c>BÁO CÁO TỔNG HỢP</c>: the summary is sent as a report.</summary>
    Report,

    /// <summary><c>BIỂU TỔNG HỢP</c>: the summary is a table attached to a report.</summary>
    Table,
}

/// <summary>Options for <see cref="SummaryWorkbook"/>. The defaults give the same bytes on every run.</summary>
public sealed class SummaryWorkbookOptions
{
    /// <summary>The default options.</summary>
    public static SummaryWorkbookOptions Default { get; } = new();

    /// <summary>
    /// The title: <c>BIỂU TỔNG HỢP</c> with <c>(Kèm theo Báo cáo số …)</c> under it (default: the workbook is the annex
    /// of the office's báo cáo), or <c>BÁO CÁO TỔNG HỢP</c>.
    /// </summary>
    public SummaryTitle Title { get; init; } = SummaryTitle.Table;

    /// <summary>
    /// The paper the tables print on, landscape. A4 (default): a table too wide to print its smallest text at 10 pt
    /// is cut into pages at its column groups, each repeating STT, Đơn vị and the header rows; A3 for an office
    /// that prefers the table on one sheet (it is still cut if even A3 is too narrow).
    /// </summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>
    /// The document that heads and signs the summary (issuing body, number, place and date, recipients,
    /// signature). Null: a report (<c>BÁO CÁO</c>, <c>Số    -BC/ĐU</c>) of the consolidating body (<see cref="Body"/>),
    /// with number and day left blank to be filled when it is registered and signed. An office that issues the
    /// summary under its own number passes its own identity here.
    /// </summary>
    public DocumentSpec? Document { get; init; }

    /// <summary>
    /// The body that consolidates and signs (header, Nơi nhận, signature) when <see cref="Document"/> is null.
    /// Null: <see cref="ConsolidatingBody.Of"/> the summary (its root unit; no signer's name, a blank line to sign).
    /// </summary>
    public ConsolidatingBody? Body { get; init; }

    /// <summary>
    /// Thresholds the plan assigns per unit (the units file's <c>targets</c> column), in place of the template's for those
    /// units; null or empty: every unit is judged against the template's thresholds.
    /// </summary>
    public IReadOnlyList<UnitTarget>? UnitTargets { get; init; }

    /// <summary>The name printed under <c>NGƯỜI LẬP BIỂU</c>, if known (left blank to sign by hand).</summary>
    public string? PreparerName { get; init; }

    /// <summary>Whether to add the <c>Kế hoạch</c> sheet (the plan itself, for reference). On by default.</summary>
    public bool IncludePlanSheet { get; init; } = true;

    /// <summary>
    /// The created/modified time written to the file (UTC). Default: the fixed <see cref="WorkbookSaveOptions.DefaultTimestamp"/>,
    /// never the clock, so two runs give identical bytes.
    /// </summary>
    public DateTime Timestamp { get; init; } = WorkbookSaveOptions.DefaultTimestamp;

    /// <summary>
    /// An optional secret mixed into the relay seal (the hidden sheet that lets the level above import this workbook);
    /// the importer must be given the same one (<c>FormImportOptions.SealSecret</c>). Null: the fixed default.
    /// </summary>
    public string? SealSecret { get; init; }

    /// <summary>
    /// Whom the summary is passed up to, as its relay line names it (the root's parent in a fuller tree,
    /// <see cref="UnitTree.RecipientOf"/>). Null: the level above the root's in the plan, else the plan's issuer.
    /// </summary>
    public string? SendTo { get; init; }

    /// <summary>
    /// The comparison with the same period of the year before (<see cref="PeriodComparison.Compare"/>): "Cùng kỳ",
    /// "Tăng/giảm" and "Tăng/giảm (%)" columns for the report's <c>compare</c> indicators. Null: none.
    /// </summary>
    public PeriodComparison? Comparison { get; init; }

    /// <summary>The year-to-date (<see cref="ReportKit.YearToDate.Compute"/>): a "Lũy kế từ đầu năm" column per <c>cumulative</c> indicator. Null: none.</summary>
    public YearToDate? YearToDate { get; init; }

    /// <summary>The writer; null: <see cref="WorkbookWriters.For"/> (ClosedXML, or the streaming writer for large summaries).</summary>
    public IWorkbookWriter? Writer { get; init; }
}
