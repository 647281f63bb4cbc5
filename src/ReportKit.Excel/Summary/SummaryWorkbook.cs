using System;
using System.IO;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The Excel summary of a <see cref="ReportSummary"/>, structured as the plan and its document conventions require:
/// <list type="bullet">
/// <item><c>Tổng hợp</c>: the issuer's header (Party or state), the title, the reporting period and its data cut-off
/// window, the deadline and the as-of date; the main table (STT, Đơn vị, the indicators under merged headers in the
/// plan's order with the items' own numbering and units of measure, Ghi chú) with one row per unit in tree order,
/// parents bold and children indented, and the total row; ratios recomputed from each row's own cells, never
/// averaged; the footer (Nơi nhận, Người lập biểu, signature). Landscape A4, header rows repeated, fit to width.</item>
/// <item><c>Kết quả thực hiện chỉ tiêu</c> (when the report has targets): per target the plan's wording, how it is judged,
/// the units that met it (x/y, %), đạt / chưa đạt, and per unit ✓ / ✗ (blank: not reported, not judged); the main table
/// shades the values below a target and notes them.</item>
/// <item><c>Tình hình nộp báo cáo</c>: each expected unit's deadline, date, state, file and problem counts, then
/// DHIS2's reporting rate and reporting rate on time, overall, per level and per consolidating unit.</item>
/// <item><c>Nội dung</c> (when the report has an indicator by contents): which content items each unit took up.</item>
/// <item><c>Ý kiến, kiến nghị</c> (when the report has narrative parts): what each unit wrote, per part.</item>
/// <item><c>Vấn đề</c> (when there are any): validation problems and replaced duplicate submissions.</item>
/// <item><c>Kế hoạch</c>: the plan itself for reference.</item>
/// <item>A hidden, sealed sheet (when the tree has one root): the root's consolidated result, so the workbook is also
/// that unit's submission to the level above (the relay; <c>FormImporter</c> reads it like a form).</item>
/// </list>
/// Numbers stay numbers with Excel formats (<c>#,##0</c>, <c>#,##0.0#</c>, <c>0.0%</c>); text a user typed stays
/// text. Unit-bound tables are streamed rows built lazily from the summary, so a streaming writer never holds them.
/// </summary>
public static class SummaryWorkbook
{
    /// <summary>The main sheet's name.</summary>
    public const string MainSheetName = SummaryTableSheet.SheetName;

    /// <summary>The targets sheet's name (when the report has targets).</summary>
    public const string TargetsSheetName = TargetsSheet.SheetName;

    /// <summary>The submission status sheet's name.</summary>
    public const string StatusSheetName = StatusSheet.SheetName;

    /// <summary>The content coverage sheet's name.</summary>
    public const string CoverageSheetName = CoverageSheet.SheetName;

    /// <summary>The narratives sheet's name.</summary>
    public const string NarrativeSheetName = NarrativeSheet.SheetName;

    /// <summary>The problems sheet's name.</summary>
    public const string ProblemSheetName = ProblemSheet.SheetName;

    /// <summary>The plan sheet's name.</summary>
    public const string PlanSheetName = PlanSheet.SheetName;

    /// <summary>Lays the summary out as a workbook (nothing is written yet; unit rows are built when written).</summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="options">Options; <see cref="SummaryWorkbookOptions.Default"/> if null.</param>
    public static WorkbookLayout Build(ReportSummary summary, SummaryWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= SummaryWorkbookOptions.Default;
        var workbook = new WorkbookLayout();
        workbook.Properties.Title = (options.Title == SummaryTitle.Table ? "Biểu tổng hợp: " : "Báo cáo tổng hợp: ") +
                                    SummaryWording.ReportAndPeriod(summary);
        workbook.Properties.Subject = summary.Plan.Document.Genre + " " + Documents.DocumentText.NumberLine(summary.Plan.Document) +
                                      " " + summary.Plan.Document.Title;
        workbook.Properties.Keywords = SummaryWording.Keywords(summary);
        workbook.Properties.Category = "Báo cáo tổng hợp";

        var targets = TargetResults.Judge(summary, options.UnitTargets);
        var table = SummaryTableSheet.Add(workbook, summary, options, targets);
        if (TargetsSheet.Applies(targets))
        {
            TargetsSheet.Add(workbook, summary, targets);
        }

        StatusSheet.Add(workbook, summary);
        if (CoverageSheet.Applies(summary))
        {
            CoverageSheet.Add(workbook, summary);
        }

        var answers = AnswersSheet.Applies(summary) ? AnswersSheet.Add(workbook, summary) : null;

        if (NarrativeSheet.Applies(summary))
        {
            NarrativeSheet.Add(workbook, summary);
        }

        var lists = ListSheet.AddAll(workbook, summary);

        if (ProblemSheet.Applies(summary))
        {
            ProblemSheet.Add(workbook, summary);
        }

        if (options.IncludePlanSheet)
        {
            PlanSheet.Add(workbook, summary);
        }

        if (RelaySheet.Applies(summary))
        {
            RelaySheet.Add(workbook, summary, table, lists.Prepend(answers).OfType<SealedCells>(), options.SealSecret);
        }

        return workbook;
    }

    /// <summary>
    /// Writes the summary workbook to <paramref name="path"/>, replacing the file whole or not at all; the same
    /// summary and options always give the same bytes.
    /// </summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="path">The .xlsx file to create or replace (its folder must exist).</param>
    /// <param name="options">Options; <see cref="SummaryWorkbookOptions.Default"/> if null.</param>
    public static void SaveAs(this ReportSummary summary, string path, SummaryWorkbookOptions? options = null)
    {
        options ??= SummaryWorkbookOptions.Default;
        var layout = Build(summary, options);
        WriterOf(options, layout).SaveAs(layout, path, SaveOptionsOf(options));
    }

    /// <summary>Writes the summary workbook to <paramref name="output"/> (the bytes <see cref="SaveAs"/> writes; the stream is left open).</summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="output">A writable stream.</param>
    /// <param name="options">Options; <see cref="SummaryWorkbookOptions.Default"/> if null.</param>
    public static void Save(this ReportSummary summary, Stream output, SummaryWorkbookOptions? options = null)
    {
        options ??= SummaryWorkbookOptions.Default;
        var layout = Build(summary, options);
        WriterOf(options, layout).Save(layout, output, SaveOptionsOf(options));
    }

    // Large summaries (thousands of units) stream; the two writers give the same workbook (StreamingWriterTests).
    private static IWorkbookWriter WriterOf(SummaryWorkbookOptions options, WorkbookLayout layout) => options.Writer ?? WorkbookWriters.For(layout);

    private static WorkbookSaveOptions SaveOptionsOf(SummaryWorkbookOptions options) => new() { Timestamp = options.Timestamp };
}
