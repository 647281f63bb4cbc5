using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Writing;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

/// <summary>
/// The input form a unit fills in for one report and period: one workbook per unit and period, with the unit's own
/// header (its superior body over its name, the convention's title), the title <c>BIỂU NHẬP SỐ LIỆU</c>, the unit, period, cut-off window and deadline, instructions in
/// Vietnamese, the table of values to enter (one row per entered column of <see cref="SummaryColumns.EnteredFor(PlanSpec, string, string?)"/> for the unit's level),
/// the narrative parts, the report date and room to sign.
/// </summary>
/// <remarks>
/// <para>Only the yellow input cells are unlocked; each carries a data validation (whole numbers ≥ the indicator's
/// minimum, decimals within its bounds, text up to the narrative's length). Totals of disaggregated indicators and
/// ratios are locked formulas. The sheet is protected.</para>
/// <para>A hidden sheet (<see cref="MetadataSheetName"/>) records the plan id, revision and
/// <see cref="PlanFingerprint"/>, the report, period and unit, a format version, the address of every input
/// cell with the address and text of its label, the unit line, the fixed texts and the formulas of the computed cells
/// (<see cref="FormMetadata"/>), sealed with an HMAC so that editing any of it is detected by <see cref="Import.FormImporter"/>,
/// which also rejects a form whose rows or columns were inserted or deleted, or whose labels or totals were edited. The seal
/// detects slips and casual edits; it is not a security boundary: anyone with this library (and the secret, if one
/// is set) can produce a validly sealed form for any unit.</para>
/// </remarks>
public static partial class InputForm
{
    /// <summary>The name of the sheet the unit fills in.</summary>
    public const string SheetName = "Biểu nhập";

    /// <summary>The name of the hidden sheet holding the form's metadata.</summary>
    public const string MetadataSheetName = "_reportkit";

    /// <summary>The form's title.</summary>
    public const string Title = "BIỂU NHẬP SỐ LIỆU";

    /// <summary>The fill of cells a unit may edit (light yellow).</summary>
    public const string InputFill = "FFF2CC";

    /// <summary>Excel's limit on characters in a cell: the length limit of a narrative without its own.</summary>
    public const int MaxTextLength = ClosedXmlWorkbookWriter.MaxCellTextLength;

    private const int ColumnCount = 5;
    private const int ValueColumn = 5;
    private const string ComputedFill = "F2F2F2";
    private const string HeaderFill = "DDEBF7";
    private const double NarrativeRowHeight = 150;

    /// <summary>The form's smallest text (table, instructions, hints): what its print scale keeps at 10 pt or more.</summary>
    private const double SmallestFontSize = 12;

    /// <summary>The height of each blank row left to sign in, in points (three make 2.5 cm).</summary>
    internal const double SignatureSpaceRowHeight = 24;

    private static readonly CellStyle Plain = CellStyle.Default;
    private static readonly CellStyle Line = new(CellFont.Times(13), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true);
    private static readonly CellStyle Instruction = new(CellFont.Times(12), HorizontalAlignment.Left, VerticalAlignment.Top, Wrap: true);
    private static readonly CellStyle SectionTitle = new(CellFont.Times(13, bold: true), HorizontalAlignment.Left, VerticalAlignment.Center);
    private static readonly CellStyle TableHeader = new(CellFont.Times(12, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All, FillColor: HeaderFill);
    private static readonly CellStyle Number = new(CellFont.Times(12), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All);
    private static readonly CellStyle Label = new(CellFont.Times(12), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All);
    private static readonly CellStyle UnitOfMeasure = Number;
    private static readonly CellStyle Input = new(CellFont.Times(12), HorizontalAlignment.Right, VerticalAlignment.Center, Borders: CellBorders.All, FillColor: InputFill, Locked: false);
    private static readonly CellStyle Computed = new(CellFont.Times(12, bold: true), HorizontalAlignment.Right, VerticalAlignment.Center, Borders: CellBorders.All, FillColor: ComputedFill);

    /// <summary>The input form of report <paramref name="reportId"/>, period <paramref name="periodKey"/>, for <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentException">The plan has no such report, or the key is not one of its periods.</exception>
    public static WorkbookLayout Build(PlanSpec plan, string reportId, string periodKey, Unit unit, InputFormOptions? options = null) =>
        Build(plan, reportId, periodKey, unit, options, null, DocumentBlocks.CommitteeOf(unit?.Name));

    /// <summary>
    /// The form, with <paramref name="rowHeights"/> (sheet row → points) set on the form's sheet before its page breaks are
    /// placed, signed for <paramref name="committee"/> (<see cref="DocumentBlocks.CommitteeOf"/> the unit's name):
    /// <see cref="InputFormStamper"/> lays out a template with the heights a unit's stamped texts need, and the committee
    /// its key carries, for a probe whose name is a placeholder.
    /// </summary>
    internal static WorkbookLayout Build(PlanSpec plan, string reportId, string periodKey, Unit unit, InputFormOptions? options,
        IReadOnlyDictionary<int, double>? rowHeights, string? committee)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reportId);
        ArgumentNullException.ThrowIfNull(periodKey);
        ArgumentNullException.ThrowIfNull(unit);
        options ??= InputFormOptions.Default;
        var report = plan.Reports.FirstOrDefault(r => r.Id == reportId)
            ?? throw new ArgumentException($"Plan '{plan.Id}' has no report '{reportId}'.", nameof(reportId));
        var period = ReportingCalendar.PeriodOf(report, periodKey);

        var workbook = new WorkbookLayout();
        workbook.Properties.Title = Title + " - " + report.Title;
        workbook.Properties.Subject = DocumentText.NumberLine(plan.Document);
        workbook.Properties.Keywords = "ReportKit " + plan.Id + " " + report.Id + " " + period.Key + " " + unit.Id;

        var sheet = workbook.AddSheet(SheetName);
        var texts = new List<FixedCell>();
        // The header's two zones (columns A:B and C:E) hold the level's heading and the national or Party title on one line;
        // the widths depend on the level only (forms of one level share them, InputFormStamper stamps each unit's copy), so a
        // unit's own name, or a recipient, longer than its level's wraps in its zone.
        var (leftNeed, rightNeed) = DocumentBlocks.HeaderNeeds(LevelHeading(plan, unit.LevelId));
        sheet.SetColumnWidths(1, 7, Math.Max(33, Math.Ceiling(leftNeed) - 7), 14, 12, Math.Max(16, Math.Ceiling(rightNeed) - 26));
        sheet.Print.Orientation = PageOrientation.Portrait;
        sheet.Print.Paper = PaperSize.A4;
        sheet.Print.CenterHorizontally = true;
        SetListColumnWidths(sheet, plan, report, unit.LevelId);
        var widths = Enumerable.Range(1, FormColumnCount(plan, report, unit.LevelId)).Select(sheet.ColumnWidth).ToArray();
        // A form prints one page wide, never cut into column pages: portrait when its five columns fit there at a legible
        // scale; landscape when a list adds columns (they would not fit a portrait page at a readable size) or when the
        // five do not fit (a state header with a long issuer beside the Quốc hiệu).
        var pages = ColumnPages.Plan(widths, sheet.Print, 0, new int[widths.Length], SmallestFontSize);
        if (widths.Length > ColumnCount || pages.PageStarts.Count > 0)
        {
            sheet.Print.Orientation = PageOrientation.Landscape;
            pages = ColumnPages.Plan(widths, sheet.Print, 0, new int[widths.Length], SmallestFontSize);
        }

        pages.ApplyTo(sheet.Print, 0);
        var keepTogether = new List<(int First, int Last)>();
        sheet.Protection = new SheetProtection(options.Password);

        var geometry = new BlockGeometry(ColumnCount, 2);
        sheet.AddBlock(DocumentBlocks.Header(UnitHeading(plan, unit, options.SendTo), geometry, numberLine: false, wrap: true));
        sheet.AddSpace();
        var titleTop = sheet.AddBlock(TitleBlock(report));
        texts.Add(Fixed(titleTop + 1, 1, report.Title));
        sheet.AddSpace();

        var due = ReportingCalendar.DueDate(report, period, unit.LevelId);
        var identity = IdentityLines(report, period, unit, due);
        var identityTop = sheet.AddBlock(Lines(identity));
        var unitLine = Fixed(identityTop, 1, identity[0].Text);
        texts.AddRange(identity.Skip(1).Select((line, i) => Fixed(identityTop + 1 + i, 1, line.Text)));
        sheet.AddSpace();

        var table = new FormTable(plan, report, options.IncludeRatios, unit.LevelId);
        sheet.AddBlock(InstructionsBlock(plan, report, plan.NarrativesOf(report, unit.LevelId), table, due, options.SendTo, plan.ListsOf(report, unit.LevelId).Count > 0));
        sheet.AddSpace();

        // The parts present are numbered in order (a list-only report has no "I. SỐ LIỆU").
        var parts = 0;
        string Part(string title) => ItemNumbering.Roman(++parts) + ". " + title;
        IReadOnlyList<ValueCell> valueCells = Array.Empty<ValueCell>();
        IReadOnlyList<FormulaCell> formulaCells = Array.Empty<FormulaCell>();
        if (table.Indicators.Count > 0)
        {
            var sectionRow = sheet.AddBlock(Lines((Part("SỐ LIỆU"), SectionTitle)));
            var tableTop = sheet.NextRow;
            CellBlock tableBlock;
            (tableBlock, valueCells, formulaCells) = table.Render(tableTop, sheet);
            sheet.AddBlock(tableBlock);
            keepTogether.Add((sectionRow, Math.Min(sheet.NextRow - 1, tableTop + 2))); // the title, the table's header and first rows
            texts.AddRange(FormTable.Headers.Select(h => Fixed(tableTop, h.Column, h.Text)));
        }

        var answers = plan.AnswersOf(report, unit.LevelId);
        var answerCells = AddAnswers(sheet, answers, answers.Count > 0 ? Part("THÔNG TIN TRIỂN KHAI") : string.Empty, texts, keepTogether);
        valueCells = valueCells.Concat(answerCells).ToArray();
        var narrativeCells = new List<NarrativeCell>();
        var narratives = plan.NarrativesOf(report, unit.LevelId);
        if (narratives.Count > 0)
        {
            sheet.AddSpace();
            var first = sheet.AddBlock(Lines((Part("NỘI DUNG BÁO CÁO"), SectionTitle)));
            for (var i = 0; i < narratives.Count; i++)
            {
                // Each heading stays with its box (the section's title with the first).
                first = i == 0 ? first : sheet.NextRow;
                narrativeCells.Add(AddNarrative(sheet, narratives[i], i + 1, texts));
                keepTogether.Add((first, sheet.NextRow - 1));
            }
        }

        var lists = plan.ListsOf(report, unit.LevelId);
        var listRows = AddLists(sheet, plan, lists, lists.Count > 0 ? Part("DANH SÁCH") : string.Empty, texts, keepTogether);
        sheet.AddSpace();
        var dateRow = sheet.NextRow;
        var dateBlock = new CellBlock();
        dateBlock.SetMerged(new CellRange(1, 1, 1, ValueColumn - 1), DateLabel,
            new CellStyle(CellFont.Times(12, bold: true), HorizontalAlignment.Right, VerticalAlignment.Center));
        dateBlock.Set(1, ValueColumn, CellValue.Blank, Input with { NumberFormat = CellStyle.DefaultDateFormat, Horizontal = HorizontalAlignment.Center });
        sheet.AddBlock(dateBlock);
        var dateCell = CellRange.Cell(dateRow, ValueColumn);
        sheet.AddValidation(new DataValidationRule(dateCell, ValidationKind.Decimal, ExcelSerial(new DateOnly(2000, 1, 1)), ExcelSerial(new DateOnly(2099, 12, 31)),
            "Ngày không hợp lệ", "Nhập ngày báo cáo theo dạng ngày/tháng/năm, ví dụ 20/11/2024.", "Ngày báo cáo", "Ngày đơn vị gửi báo cáo (ngày/tháng/năm)."));

        sheet.AddSpace();
        sheet.AddBlock(SignatureBlock(plan, unit.LevelId, committee));
        keepTogether.Add((dateRow, sheet.NextRow - 1));
        foreach (var (row, height) in rowHeights ?? new Dictionary<int, double>())
        {
            var band = sheet.Bands.First(b => b.FirstRow <= row && row < b.FirstRow + b.RowCount);
            band.Block!.SetRowHeight(row - band.FirstRow + 1, height);
        }

        PageRows.KeepTogether(sheet, keepTogether);

        var metadata = new FormMetadata(FormMetadata.CurrentFormatVersion, plan.Id, plan.Revision, PlanFingerprint.Compute(plan, report.Id),
            report.Id, period.Key, unit.Id, SheetName, dateCell.ToString(), valueCells, narrativeCells)
        {
            SubmittedOnLabel = Fixed(dateRow, 1, DateLabel),
            UnitLine = unitLine,
            Texts = texts.OrderBy(t => CellReference.Parse(t.Address)).ToArray(),
            Formulas = formulaCells,
            Excluded = table.ExcludedCells,
            ListRows = listRows,
        };
        FormMetadata.AddSheet(workbook, MetadataSheetName, metadata.Entries(), options.SealSecret, options.Password);
        return workbook;
    }

    /// <summary>Builds the form and saves it to <paramref name="path"/> atomically (same inputs, same bytes).</summary>
    public static void Save(PlanSpec plan, string reportId, string periodKey, Unit unit, string path, InputFormOptions? options = null)
    {
        var layout = Build(plan, reportId, periodKey, unit, options);
        ClosedXmlWorkbookWriter.Instance.SaveAs(layout, path, options?.SaveOptions);
    }

    /// <summary>Builds the form and writes it to <paramref name="output"/> (the bytes <see cref="Save(PlanSpec, string, string, Unit, string, InputFormOptions?)"/> writes).</summary>
    public static void Save(PlanSpec plan, string reportId, string periodKey, Unit unit, Stream output, InputFormOptions? options = null)
    {
        var layout = Build(plan, reportId, periodKey, unit, options);
        ClosedXmlWorkbookWriter.Instance.Save(layout, output, options?.SaveOptions);
    }

    /// <summary>A file name for the form: <c>{unit}_{report}_{period}.xlsx</c> from ids, made safe (<see cref="SafeFileName"/>).</summary>
    public static string FileName(string reportId, string periodKey, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return SafeFileName.From(unit.Id + "_" + reportId + "_" + periodKey) + ".xlsx";
    }

    /// <summary>The Excel serial number of a date (1900 date system).</summary>
    internal static double ExcelSerial(DateOnly date) => ExcelDates.Serial(date);

    /// <summary>
    /// The serials a date cell's validation admits: the years the importer reads (<see cref="Dates.FirstYear"/>–
    /// <see cref="Dates.LastYear"/>, one rule for the form and the import), from March 1900, since Excel's serials before
    /// it count a 29 February 1900 that never was.
    /// </summary>
    internal static (double First, double Last) DateSerials =>
        (ExcelSerial(new DateOnly(Dates.FirstYear, 3, 1)), ExcelSerial(new DateOnly(Dates.LastYear, 12, 31)));

    internal static string Date(DateOnly date) => Dates.Vietnamese(date);

    private const string DateLabel = "Ngày báo cáo (ngày/tháng/năm):";

    /// <summary>A locked cell whose text the importer checks (<see cref="FormMetadata.Normalize"/>d as compared).</summary>
    private static FixedCell Fixed(int row, int column, string text) => new(CellReference.A1(row, column), FormMetadata.Normalize(text));

    private static CellBlock TitleBlock(ReportSpec report)
    {
        var block = new CellBlock();
        block.SetMerged(new CellRange(1, 1, 1, ColumnCount), Title, new CellStyle(CellFont.Times(15, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center));
        block.SetMerged(new CellRange(2, 1, 2, ColumnCount), report.Title, new CellStyle(CellFont.Times(14, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true));
        return block;
    }

    private static (string Text, CellStyle Style)[] IdentityLines(ReportSpec report, ReportingPeriod period, Unit unit, DateOnly? due)
    {
        var lines = new List<(string, CellStyle)>
        {
            ("Đơn vị báo cáo: " + unit.Name, Line with { Font = CellFont.Times(13, bold: true) }),
            ("Kỳ báo cáo: " + (period.Kind == PeriodKind.Once ? period.Label.ToLowerInvariant() : ReportingCalendar.Label(report, period)), Line),
        };
        if (ReportingCalendar.CutOffWindow(report, period) is { } window)
        {
            lines.Add(("Số liệu tính từ ngày " + Date(window.From) + " đến ngày " + Date(window.To), Line));
        }

        lines.Add((due is { } day ? "Hạn gửi báo cáo: chậm nhất ngày " + Date(day) + DocumentText.DueMark(report) : "Hạn gửi báo cáo: kế hoạch không quy định thời hạn", Line));
        if (DocumentText.AssumptionNote(report) is { } assumption)
        {
            lines.Add((assumption, Line with { Font = CellFont.Times(12, italic: true), Wrap = true }));
        }

        return lines.ToArray();
    }

    private static CellBlock InstructionsBlock(PlanSpec plan, ReportSpec report, IReadOnlyList<NarrativeSpec> narratives, FormTable table, DateOnly? due, string? sendTo,
        bool hasLists = false)
    {
        var steps = new List<string>
        {
            "Đơn vị chỉ nhập vào các ô màu vàng (cột “Số liệu”, các ô nội dung và ngày báo cáo); các ô khác đã được khóa.",
            "Chỉ tiêu đếm (buổi, người, tin, bài…) nhập số nguyên không âm: 0, 1, 2…; không phát sinh thì ghi 0, không có số liệu thì để trống.",
        };
        if (table.HasDecimals)
        {
            steps.Add("Chỉ tiêu có số lẻ nhập số thập phân, không kèm chữ hay đơn vị tính.");
        }

        var computed = (table.HasTotals, table.HasRatios) switch
        {
            (true, true) => "Các ô tổng số và tỷ lệ (%) màu xám được tính tự động, không phải nhập.",
            (true, false) => "Các ô tổng số màu xám được tính tự động, không phải nhập.",
            (false, true) => "Các ô tỷ lệ (%) màu xám được tính tự động, không phải nhập.",
            _ => null,
        };
        if (computed is not null)
        {
            steps.Add(computed);
        }

        if (table.Indicators.Any(i => !i.Exclude.IsEmpty))
        {
            steps.Add("Các ô màu xám đậm là trường hợp không thể phát sinh: để trống, không nhập.");
        }

        if (narratives.Count > 0)
        {
            steps.Add(narratives.Any(n => n.MaxLength is not null)
                ? "Phần nội dung ghi vào ô lớn dưới mỗi mục, không vượt quá số ký tự ghi ở mục đó."
                : "Phần nội dung ghi vào ô lớn dưới mỗi mục.");
        }

        if (hasLists)
        {
            steps.Add("Phần danh sách ghi mỗi dòng một mục, từ dòng 1 trở đi; dòng không dùng để trống.");
        }

        steps.Add("Ghi ngày báo cáo ở cuối biểu theo dạng ngày/tháng/năm.");
        steps.Add("Không thêm, xóa dòng, cột hoặc trang tính; không đổi tên trang tính; không nhập công thức.");
        sendTo = string.IsNullOrWhiteSpace(sendTo) ? plan.Document.Issuer.Name.Trim() : sendTo.Trim();
        steps.Add(due is { } day
            ? "Gửi biểu về " + sendTo + " chậm nhất ngày " + Date(day) + DocumentText.DueMark(report) + "."
            : "Gửi biểu về " + sendTo + " theo yêu cầu.");

        var lines = new List<(string, CellStyle)> { ("Hướng dẫn:", Line with { Font = CellFont.Times(12, bold: true, italic: true) }) };
        lines.AddRange(steps.Select((step, i) => ((i + 1).ToString(CultureInfo.InvariantCulture) + ". " + step, Instruction)));
        return Lines(lines.ToArray());
    }

    private static CellBlock Lines(params (string Text, CellStyle Style)[] lines)
    {
        var block = new CellBlock();
        for (var i = 0; i < lines.Length; i++)
        {
            block.SetMerged(new CellRange(i + 1, 1, i + 1, ColumnCount), lines[i].Text, lines[i].Style);
        }

        return block;
    }

    private static NarrativeCell AddNarrative(SheetLayout sheet, NarrativeSpec narrative, int number, List<FixedCell> texts)
    {
        var limit = Math.Min(narrative.MaxLength ?? MaxTextLength, MaxTextLength);
        var notes = new List<string>();
        if (narrative.Required)
        {
            notes.Add("bắt buộc");
        }

        if (narrative.MaxLength is not null)
        {
            notes.Add("tối đa " + limit.ToString(CultureInfo.InvariantCulture) + " ký tự");
        }

        var block = new CellBlock();
        var heading = narrative.Label + (notes.Count > 0 ? " (" + string.Join("; ", notes) + ")" : string.Empty);
        block.Set(1, 1, number.ToString(CultureInfo.InvariantCulture) + ".", new CellStyle(CellFont.Times(12, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center));
        block.SetMerged(new CellRange(1, 2, 1, ColumnCount), heading, new CellStyle(CellFont.Times(12, bold: true), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true));
        var inputRow = 2;
        if (!string.IsNullOrWhiteSpace(narrative.Hint))
        {
            block.SetMerged(new CellRange(2, 2, 2, ColumnCount), narrative.Hint!.Trim(), new CellStyle(CellFont.Times(12, italic: true), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true));
            inputRow = 3;
        }

        block.SetMerged(new CellRange(inputRow, 2, inputRow, ColumnCount), CellValue.Blank,
            Input with { Horizontal = HorizontalAlignment.Left, Vertical = VerticalAlignment.Top, Wrap = true });
        block.SetRowHeight(inputRow, NarrativeRowHeight);
        var top = sheet.AddBlock(block);
        var cell = CellRange.Cell(top + inputRow - 1, 2);
        if (inputRow == 3)
        {
            texts.Add(Fixed(top + 1, 2, narrative.Hint!));
        }

        sheet.AddValidation(DataValidationRule.TextLengthAtMost(new CellRange(cell.FirstRow, 2, cell.FirstRow, ColumnCount), limit,
            "Nội dung “" + narrative.Label + "” tối đa " + limit.ToString(CultureInfo.InvariantCulture) + " ký tự."));
        return new NarrativeCell(narrative.Id, cell.ToString(), Fixed(top, 2, heading));
    }

    /// <summary>
    /// The heading of a unit's form (Hướng dẫn 36, Nghị định 30): the unit's superior body over the unit itself (upper case),
    /// the convention's title on the right, place and day left to fill; no plan number (the form is the unit's, not the
    /// plan). The superior body is <paramref name="sendTo"/> (the unit's parent, <see cref="UnitTree.RecipientOf"/>), or
    /// the plan's issuer when the caller names nobody.
    /// </summary>
    private static DocumentSpec UnitHeading(PlanSpec plan, Unit unit, string? sendTo) =>
        Heading(plan, unit.Name, string.IsNullOrWhiteSpace(sendTo) ? plan.Document.Issuer.Name : sendTo);

    /// <summary>
    /// The heading the form's columns are sized for: the plan's issuer over the unit's level. It depends on the level
    /// only, so forms of one level have one layout whatever the unit's name (<see cref="UnitHeading"/> wraps if longer).
    /// </summary>
    private static DocumentSpec LevelHeading(PlanSpec plan, string? levelId) =>
        Heading(plan, plan.Levels.FirstOrDefault(l => l.Id == levelId)?.Name, plan.Document.Issuer.Name);

    private static DocumentSpec Heading(PlanSpec plan, string? issuer, string? parent) => plan.Document with
    {
        Genre = "BÁO CÁO",
        Number = null,
        Symbol = string.Empty,
        Issuer = new IssuerSpec(string.IsNullOrWhiteSpace(issuer) ? "……………………" : issuer!, parent),
        Place = null,
        Date = null,
        Year = null,
    };

    /// <summary>The preparer on the left; on the right who signs for the unit (<see cref="DocumentBlocks.UnitSignature"/>).</summary>
    private static CellBlock SignatureBlock(PlanSpec plan, string? levelId, string? committee)
    {
        var block = new CellBlock();
        var bold = new CellStyle(CellFont.Times(13, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center);
        var italic = new CellStyle(CellFont.Times(12, italic: true), HorizontalAlignment.Center, VerticalAlignment.Center);
        var (capacity, title) = DocumentBlocks.UnitSignature(plan.Document.Kind, plan.Levels.FirstOrDefault(l => l.Id == levelId)?.Name, committee);
        var row = 1;
        block.SetMerged(new CellRange(1, 1, 1, 2), "NGƯỜI LẬP BIỂU", bold);
        block.SetMerged(new CellRange(2, 1, 2, 2), "(Ký, ghi rõ họ tên)", italic);
        if (capacity is not null)
        {
            block.SetMerged(new CellRange(row, 3, row, ColumnCount), capacity, bold);
            row++;
        }

        block.SetMerged(new CellRange(row, 3, row, ColumnCount), title, bold);
        block.SetMerged(new CellRange(row + 1, 3, row + 1, ColumnCount), "(Ký, ghi rõ họ tên, đóng dấu)", italic);
        block.AddRows(DocumentBlocks.SignatureSpaceRows);
        // Room to sign and stamp: 2.5 cm or more under "(Ký, ghi rõ họ tên, đóng dấu)", not three plain text rows.
        for (var space = 1; space <= DocumentBlocks.SignatureSpaceRows; space++)
            block.SetRowHeight(row + 1 + space, SignatureSpaceRowHeight);
        return block;
    }

    /// <summary>The table of values: rows for groups, indicators, content groups and items, laid out before cells are placed.</summary>
    private sealed partial class FormTable
    {
        private readonly PlanSpec _plan;
        private readonly bool _includeRatios;

        public FormTable(PlanSpec plan, ReportSpec report, bool includeRatios, string? levelId)
        {
            _plan = plan;
            _includeRatios = includeRatios;
            // A unit's form holds only what its level enters (levels:), LevelQueries.
            var entered = SummaryColumns.EnteredFor(plan, report.Id, levelId);
            Indicators = plan.IndicatorsOf(report, levelId)
                .Where(i => i.Type != IndicatorType.Ratio ? entered.Any(c => c.IndicatorId == i.Id) : includeRatios && RatioInputsPresent(i, entered))
                .ToArray();
            Entered = entered;
        }

        public IReadOnlyList<IndicatorSpec> Indicators { get; }

        public IReadOnlyList<SummaryColumn> Entered { get; }

        public bool HasDecimals => Indicators.Any(i => i.Type == IndicatorType.Decimal);

        public bool HasTotals => Entered.Any(c => c.ItemId is not null && Indicators.Any(i => i.Id == c.IndicatorId && i.Additive));

        /// <summary>The cells of excluded cross-tab combinations: greyed and locked, recorded so a value typed there is refused.</summary>
        public List<ValueCell> ExcludedCells { get; } = new();

        public bool HasRatios => Indicators.Any(i => i.Type == IndicatorType.Ratio);

        /// <summary>The header row of the table: where each heading stands.</summary>
        public static readonly (int Column, string Text)[] Headers = { (1, "STT"), (2, "Chỉ tiêu"), (4, "Đơn vị tính"), (ValueColumn, "Số liệu") };

        public (CellBlock Block, IReadOnlyList<ValueCell> Cells, IReadOnlyList<FormulaCell> Formulas) Render(int top, SheetLayout sheet)
        {
            var block = new CellBlock();
            foreach (var (column, text) in Headers)
            {
                if (column == 2)
                {
                    block.SetMerged(new CellRange(1, 2, 1, 3), text, TableHeader);
                }
                else
                {
                    block.Set(1, column, text, TableHeader);
                }
            }

            var row = 2;
            var cells = new List<ValueCell>();
            var formulas = new List<FormulaCell>();
            var indicatorCells = new Dictionary<string, string>(StringComparer.Ordinal);
            var ratios = new List<(IndicatorSpec Indicator, int Row)>();
            var groups = Indicators.Select(i => i.Group ?? string.Empty).Distinct(StringComparer.Ordinal).ToArray();
            var grouped = groups.Length > 1 || groups[0].Length > 0;
            var groupNumber = 0;
            foreach (var group in groups)
            {
                var number = 0;
                if (grouped)
                {
                    groupNumber++;
                    block.Set(row, 1, ItemNumbering.Roman(groupNumber), Number with { Font = CellFont.Times(12, bold: true) });
                    block.SetMerged(new CellRange(row, 2, row, 3), group.Length > 0 ? group : "Chỉ tiêu khác", Label with { Font = CellFont.Times(12, bold: true) });
                    block.Set(row, 4, CellValue.Blank, UnitOfMeasure);
                    block.Set(row, ValueColumn, CellValue.Blank, Label);
                    row++;
                }

                foreach (var indicator in Indicators.Where(i => (i.Group ?? string.Empty) == group))
                {
                    number++;
                    var unit = indicator.Unit ?? (indicator.Format == ValueFormat.Percent ? "%" : null);
                    block.Set(row, 1, number.ToString(CultureInfo.InvariantCulture), Number);
                    block.SetMerged(new CellRange(row, 2, row, 3), indicator.Label, Label);
                    block.Set(row, 4, unit ?? string.Empty, UnitOfMeasure);
                    var indicatorRow = row;
                    var sheetRow = top + row - 1;
                    indicatorCells[indicator.Id] = CellReference.A1(sheetRow, ValueColumn);
                    row++;
                    if (indicator.Type == IndicatorType.Ratio)
                    {
                        ratios.Add((indicator, indicatorRow));
                        continue;
                    }

                    var columns = Entered.Where(c => c.IndicatorId == indicator.Id).ToArray();
                    if (columns.Length == 1 && columns[0].ItemId is null)
                    {
                        block.Set(indicatorRow, ValueColumn, CellValue.Blank, InputStyle(indicator));
                        cells.Add(new ValueCell(columns[0].ValueKey, CellReference.A1(sheetRow, ValueColumn), Fixed(sheetRow, 2, indicator.Label)));
                        sheet.AddValidation(Validation(indicator, CellRange.Cell(sheetRow, ValueColumn)));
                        continue;
                    }

                    var entered = columns.Select(c => c.ItemId!).ToHashSet(StringComparer.Ordinal);
                    var total = RenderCells(block, ref row, top, sheet, indicator, unit, entered, cells, formulas);
                    if (total is null)
                    {
                        // Items that overlap (one session under several contents, additive: false) have no total, as in the summary.
                        block.Set(indicatorRow, ValueColumn, CellValue.Blank, Label);
                        continue;
                    }

                    block.Set(indicatorRow, ValueColumn, CellValue.Formula(total), Computed with { NumberFormat = NumberFormat(indicator) });
                    formulas.Add(new FormulaCell(CellReference.A1(sheetRow, ValueColumn), total, Fixed(sheetRow, 2, indicator.Label)));
                }
            }

            foreach (var (ratio, ratioRow) in ratios)
            {
                var formula = ExcelFormulas.Ratio(ratio.Formula!, id => indicatorCells[id]);
                block.Set(ratioRow, ValueColumn, CellValue.Formula(formula),
                    Computed with { NumberFormat = ratio.Format == ValueFormat.Percent ? "0.0%" : "#,##0.##" });
                var sheetRow = top + ratioRow - 1;
                formulas.Add(new FormulaCell(CellReference.A1(sheetRow, ValueColumn), formula, Fixed(sheetRow, 2, ratio.Label)));
            }

            return (block, cells, formulas.OrderBy(f => CellReference.Parse(f.Address)).ToArray());
        }

        private bool RatioInputsPresent(IndicatorSpec ratio, IReadOnlyList<SummaryColumn> entered) =>
            ratio.Formula is not null && ExpressionParser.IndicatorIds(ratio.Formula).All(id => entered.Any(c => c.IndicatorId == id))
            && ExpressionParser.Aggregates(ratio.Formula).Count == 0; // a figure over a list's rows is the summary's to compute

        private static string DocumentNumber(string? no) => ItemNumbering.Cell(no);

        private static string? NumberFormat(IndicatorSpec indicator) => indicator.Type == IndicatorType.Integer ? "#,##0" : null;

        private static CellStyle InputStyle(IndicatorSpec indicator) =>
            indicator.IsYesNo() ? Input with { Horizontal = HorizontalAlignment.Center } : Input with { NumberFormat = NumberFormat(indicator) };

        private static DataValidationRule Validation(IndicatorSpec indicator, CellRange cell)
        {
            var label = "“" + indicator.Label + "”";
            if (indicator.IsYesNo())
            {
                return DataValidationRule.OneOf(cell, new[] { FieldAnswers.Yes, FieldAnswers.No }, label + ": " + FieldAnswers.YesNoHint + ".", Prompt(indicator));
            }

            var accepted = AcceptedValues.Of(indicator);
            var (lowest, highest) = Bounds(accepted);
            if (accepted.WholeNumbers)
            {
                var min = accepted.Min ?? 0m;
                var message = label + ": nhập số nguyên" + (min == 0 ? " không âm (0, 1, 2…)." : " từ " + Format(min) + " trở lên.");
                return new DataValidationRule(cell, ValidationKind.WholeNumber, lowest, highest, "Giá trị không hợp lệ",
                    accepted.Max is { } max ? message.TrimEnd('.') + ", không quá " + Format(max) + "." : message, "Hướng dẫn", Prompt(indicator));
            }

            var text = label + ": nhập một số" + (accepted.Min is { } low ? " từ " + Format(low) : string.Empty) + (accepted.Max is { } high ? " đến " + Format(high) : string.Empty) + ".";
            return new DataValidationRule(cell, ValidationKind.Decimal, lowest, highest, "Giá trị không hợp lệ", text, "Hướng dẫn", Prompt(indicator));
        }

        /// <summary>
        /// The bounds of an indicator's cell data validation, from <see cref="AcceptedValues"/>: a decimal cell is bounded by
        /// the plausibility bound too; a whole-number cell only by the indicator's own range, since Excel writers hold
        /// whole-number bounds as 32-bit integers (a 10^15 bound would refuse counts the validator accepts).
        /// </summary>
        internal static (double? Lowest, double? Highest) Bounds(AcceptedValues accepted) =>
            accepted.WholeNumbers
                ? ((double?)(accepted.Min ?? 0m), (double?)accepted.Max)
                : ((double)accepted.Lowest, (double)accepted.Highest);

        private static string? Prompt(IndicatorSpec indicator) =>
            string.IsNullOrWhiteSpace(indicator.Note) ? null : indicator.Note!.Trim().Length > 255 ? indicator.Note!.Trim()[..254] + "…" : indicator.Note!.Trim();

        private static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
    }
}
