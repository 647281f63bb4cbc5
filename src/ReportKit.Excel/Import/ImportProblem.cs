using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Import;

/// <summary>Whether a problem keeps the file out.</summary>
public enum ImportSeverity
{
    /// <summary>The file is rejected; nothing from it is imported.</summary>
    Error,

    /// <summary>The file is imported; the clerk should still look.</summary>
    Warning,
}

/// <summary>A problem found in one imported file, located as precisely as possible, in words a clerk understands.</summary>
/// <param name="File">The file name (without its folder).</param>
/// <param name="Sheet">The sheet, when the problem is in one.</param>
/// <param name="Cell">The cell (A1), when the problem is in one.</param>
/// <param name="Code">A stable English code (<see cref="ImportProblemCodes"/>).</param>
/// <param name="Message">What is wrong and what to do, in Vietnamese.</param>
/// <param name="Severity">Whether the file is rejected.</param>
/// <param name="UnitId">The unit the file comes from, when its sealed data could be read; null otherwise.</param>
public sealed record ImportProblem(string File, string? Sheet, string? Cell, string Code, string Message, ImportSeverity Severity = ImportSeverity.Error,
    string? UnitId = null)
{
    /// <summary><c>file.xlsx [Biểu nhập!E31] cell.negative: …</c></summary>
    public override string ToString()
    {
        var where = Sheet is null ? string.Empty : " [" + Sheet + (Cell is null ? string.Empty : "!" + Cell) + "]";
        return File + where + " " + (Severity == ImportSeverity.Warning ? "warning " : string.Empty) + Code + ": " + Message;
    }
}

/// <summary>The stable codes of <see cref="ImportProblem"/>.</summary>
public static class ImportProblemCodes
{
    /// <summary>The package is ambiguous: two parts of one name, a part name outside the package, two workbooks, two sheets of one name.</summary>
    public const string AmbiguousPackage = "file.ambiguous";

    /// <summary>A cell points at a shared string the file does not have.</summary>
    public const string BadSharedString = "cell.bad_shared_string";

    /// <summary>A cell holds a number Excel cannot hold (not a finite number).</summary>
    public const string BadNumber = "cell.bad_number";

    /// <summary>A value cell's number format shows another number than the cell holds (scaled, rounded, hidden, as text).</summary>
    public const string HiddenFormat = "cell.hidden_format";

    /// <summary>A relayed summary workbook's hidden data is malformed.</summary>
    public const string RelayMalformed = "relay.malformed";

    /// <summary>A figure of a relayed summary workbook was edited (the cell differs from the sealed figure).</summary>
    public const string RelayEdited = "relay.edited";

    /// <summary>A row of a relayed summary workbook's table was edited, inserted or deleted.</summary>
    public const string RelayRowEdited = "relay.row_edited";

    /// <summary>The file is larger than <see cref="FormImportOptions.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "file.too_large";

    /// <summary>
    /// Not an .xlsx by its name (.ods, .xls, .xlsm, .csv, .pdf …); the message says how to save it as Excel (.xlsx).
    /// Spreadsheet lock files (<c>~$…</c>, <c>.~lock.…#</c>) are not files of the batch and get no problem.
    /// </summary>
    public const string OtherFormat = "file.other_format";

    /// <summary>The file could not be read from disk.</summary>
    public const string FileUnreadable = "file.unreadable";

    /// <summary>An OLE compound file: an old .xls workbook, or an .xlsx encrypted with a password.</summary>
    public const string OleFile = "file.ole";

    /// <summary>Not a zip package at all (random bytes, a PDF, a renamed document).</summary>
    public const string NotXlsx = "file.not_xlsx";

    /// <summary>A damaged or truncated package.</summary>
    public const string Corrupt = "file.corrupt";

    /// <summary>A part expands far beyond any real form (a zip bomb).</summary>
    public const string ZipBomb = "file.zip_bomb";

    /// <summary>The workbook contains macros (vbaProject.bin or a macro-enabled content type).</summary>
    public const string Macro = "file.macro";

    /// <summary>The workbook links to other workbooks.</summary>
    public const string ExternalLink = "file.external_link";

    /// <summary>An XML part declares a DTD (entity expansion, "billion laughs").</summary>
    public const string Dtd = "xml.dtd";

    /// <summary>An XML part is malformed.</summary>
    public const string MalformedXml = "xml.malformed";

    /// <summary>A sheet has more rows or cells than a form can have.</summary>
    public const string SheetTooLarge = "sheet.too_large";

    /// <summary>The hidden metadata sheet is missing: not a ReportKit form, or the sheet was deleted.</summary>
    public const string NoMetadata = "form.no_metadata";

    /// <summary>The metadata is incomplete or malformed.</summary>
    public const string BadMetadata = "form.bad_metadata";

    /// <summary>The metadata does not match its seal: it was edited.</summary>
    public const string Tampered = "form.tampered";

    /// <summary>The form was made by a newer or older, incompatible format.</summary>
    public const string FormatVersion = "form.format_version";

    /// <summary>The form belongs to another plan.</summary>
    public const string WrongPlan = "form.wrong_plan";

    /// <summary>The form was made from another revision of the plan template.</summary>
    public const string WrongRevision = "form.wrong_revision";

    /// <summary>Same plan and revision, but the template was changed since the form was made.</summary>
    public const string PlanChanged = "form.plan_changed";

    /// <summary>The form is for another report than the one being imported.</summary>
    public const string WrongReport = "form.wrong_report";

    /// <summary>The form is for another period than the one being imported.</summary>
    public const string WrongPeriod = "form.wrong_period";

    /// <summary>The form's unit is not in the unit tree.</summary>
    public const string UnknownUnit = "form.unknown_unit";

    /// <summary>The form's cells do not match the report's values and narratives.</summary>
    public const string CellMapMismatch = "form.cell_map";

    /// <summary>The sheet the unit fills in is missing (deleted or renamed).</summary>
    public const string MissingSheet = "form.missing_sheet";

    /// <summary>The same form (plan, report, period, unit) appears in another file of the batch; both are kept for the consolidator to choose.</summary>
    public const string DuplicateUnit = "form.duplicate_unit";

    /// <summary>The form came back with nothing filled in: not counted as a report (a warning).</summary>
    public const string BlankForm = "form.blank";

    /// <summary>
    /// A cell of the form is no longer where the form put it (its label, heading or fixed text now stands in another row
    /// or column): rows or columns were inserted or deleted, so values would land under the wrong indicators.
    /// </summary>
    public const string Moved = "form.moved";

    /// <summary>A label, heading or other locked text of the form was edited.</summary>
    public const string LabelEdited = "form.label_edited";

    /// <summary>The line naming the unit (<c>Đơn vị báo cáo: …</c>) was edited.</summary>
    public const string UnitLineEdited = "form.unit_line_edited";

    /// <summary>A computed cell (a total or a ratio) was overwritten, cleared or its formula edited.</summary>
    public const string ComputedOverwritten = "form.computed_overwritten";

    /// <summary>A cell holds a formula where a value belongs.</summary>
    public const string Formula = "cell.formula";

    /// <summary>Text (or a true/false value) in a number cell.</summary>
    public const string NotANumber = "cell.not_a_number";

    /// <summary>A plain number typed as text (<c>'12</c>, <c> 12 </c>, <c>2,5</c>): read as the number (a warning).</summary>
    public const string NumberAsText = "cell.number_as_text";

    /// <summary>A decimal in a whole-number cell.</summary>
    public const string NotWhole = "cell.not_whole";

    /// <summary>A negative count.</summary>
    public const string Negative = "cell.negative";

    /// <summary>A number below the indicator's minimum.</summary>
    public const string BelowMinimum = "cell.below_min";

    /// <summary>A number above the indicator's constant maximum.</summary>
    public const string AboveMaximum = "cell.above_max";

    /// <summary>An Excel error value (#DIV/0!, #VALUE! …).</summary>
    public const string ErrorValue = "cell.error";

    /// <summary>The report date is not a date.</summary>
    public const string BadDate = "cell.bad_date";

    /// <summary>The report date typed as text in an unambiguous form (<c>20/11/2024</c>, <c>2024-11-20</c>): read as that day (a warning).</summary>
    public const string DateAsText = "cell.date_as_text";

    /// <summary>The report date was left blank (the report then never counts as on time).</summary>
    public const string NoDate = "cell.no_date";

    /// <summary>A narrative longer than its limit.</summary>
    public const string TooLong = "cell.too_long";

    /// <summary>A value in the greyed cell of a cross-tab combination the template excludes (cannot occur).</summary>
    public const string ExcludedCell = "category.excluded_cell";

    /// <summary>A row list cell that is none of its column's choices (Có/Không, or a form or content item).</summary>
    public const string ListBadChoice = "lists.bad_choice";

    /// <summary>A yes_no cell that holds neither Có nor Không.</summary>
    public const string BadYesNo = "types.bad_yes_no";

    /// <summary>A text or document answer that is not of its field's type (a line break in a text, a document without số, ký hiệu or ngày).</summary>
    public const string BadAnswer = "types.bad_answer";
}

/// <summary>The outcome of importing a batch of files.</summary>
/// <param name="Submissions">The accepted submissions, in file name order; <see cref="Submission.Source"/> is the file name.</param>
/// <param name="Problems">Every problem, by file name, then in the order found.</param>
/// <param name="Files">Every file looked at, by name.</param>
public sealed record ImportResult(IReadOnlyList<Submission> Submissions, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Files)
{
    /// <summary>The files that were rejected (with at least one error), by name.</summary>
    public IReadOnlyList<string> RejectedFiles =>
        Problems.Where(p => p.Severity == ImportSeverity.Error).Select(p => p.File).Distinct().ToArray();

    /// <summary>
    /// The rejected files as the consolidator takes them (<see cref="Consolidator.Summarize"/>): each with the unit it
    /// comes from when known, and its first error, so the summary shows the unit as having sent a file that was refused.
    /// </summary>
    public IReadOnlyList<RejectedFile> Rejected =>
        Problems.Where(p => p.Severity == ImportSeverity.Error)
            .GroupBy(p => p.File)
            .Select(g => new RejectedFile(g.Key, g.Select(p => p.UnitId).FirstOrDefault(u => u is not null), g.First().Message))
            .ToArray();

    /// <summary>The problems of one file.</summary>
    public IReadOnlyList<ImportProblem> ProblemsOf(string file) => Problems.Where(p => p.File == file).ToArray();
}
