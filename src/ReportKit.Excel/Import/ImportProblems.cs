using System.Collections.Generic;
using System.Globalization;

namespace ReportKit.Excel.Import;

/// <summary>
/// One kind of import problem: its stable code, severity, a short title and a message format
/// (<see cref="string.Format(System.IFormatProvider, string, object[])"/> placeholders <c>{0}</c>…, the same convention
/// as <c>TemplateDiagnosticDescriptor</c> and Roslyn's <c>DiagnosticDescriptor</c>).
/// </summary>
/// <param name="Code">One of <see cref="ImportProblemCodes"/>.</param>
/// <param name="Severity">Whether the file is rejected.</param>
/// <param name="Title">A short title for the whole kind (English, for documentation).</param>
/// <param name="MessageFormat">What is wrong and what to do, in Vietnamese, with <c>{0}</c>… placeholders, formatted under the invariant culture.</param>
public sealed record ImportProblemDescriptor(string Code, ImportSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>The message for <paramref name="args"/>.</summary>
    public string Format(params object[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    /// <summary>A problem of this kind in <paramref name="file"/>, at <paramref name="sheet"/> and <paramref name="cell"/> when known.</summary>
    internal ImportProblem Create(string file, string? sheet, string? cell, params object[] args) =>
        new(file, sheet, cell, Code, Format(args), Severity);

    /// <summary>The rejection of the whole file for a problem of this kind (an error), at <paramref name="sheet"/> and <paramref name="cell"/> when known.</summary>
    internal FormRejectedException Reject(string? sheet, string? cell, params object[] args) => new(this, Format(args), sheet, cell);
}

/// <summary>
/// The catalogue of import problems (<see cref="FormImporter"/>): one place for each problem's code, severity and
/// wording. The codes are <see cref="ImportProblemCodes"/> and never change.
/// </summary>
public static class ImportProblems
{
    /// <summary>Refused, so fill in the original form again (the end of layout problems).</summary>
    private const string Refill = " không nhận biểu này. Hãy điền lại vào biểu gốc.";

    /// <summary><see cref="ImportProblemCodes.AmbiguousPackage"/>: {0} what the package has twice or out of place.</summary>
    public static readonly ImportProblemDescriptor AmbiguousPackage = new(
        ImportProblemCodes.AmbiguousPackage, ImportSeverity.Error, "Ambiguous package",
        "Tệp có {0}; chương trình khác có thể hiển thị số liệu khác với số liệu được đọc. Tệp bị từ chối; hãy gửi lại đúng tệp biểu nhập.");

    /// <summary><see cref="ImportProblemCodes.BadSharedString"/>: {0} the cell.</summary>
    public static readonly ImportProblemDescriptor BadSharedString = new(
        ImportProblemCodes.BadSharedString, ImportSeverity.Error, "Shared string out of range",
        "Ô {0} trỏ tới một chuỗi không có trong tệp (tệp đã bị sửa ngoài Excel); giá trị của ô không đọc được;" + Refill);

    /// <summary><see cref="ImportProblemCodes.BadNumber"/>: {0} the cell, {1} what it holds.</summary>
    public static readonly ImportProblemDescriptor BadNumber = new(
        ImportProblemCodes.BadNumber, ImportSeverity.Error, "Number Excel cannot hold",
        "Ô {0} chứa giá trị “{1}” mà Excel không lưu được như một số (tệp đã bị sửa ngoài Excel);" + Refill);

    /// <summary><see cref="ImportProblemCodes.HiddenFormat"/>: {0} the cell and what it is, {1} its number format, {2} the value it holds.</summary>
    public static readonly ImportProblemDescriptor HiddenFormat = new(
        ImportProblemCodes.HiddenFormat, ImportSeverity.Error, "Number format hides the value",
        "{0} được định dạng “{1}” nên Excel hiển thị khác với giá trị ô đang giữ ({2}); biểu nhập không được đổi định dạng ô;" + Refill);

    /// <summary><see cref="ImportProblemCodes.RelayMalformed"/>: {0} what is wrong with the relayed summary's hidden data.</summary>
    public static readonly ImportProblemDescriptor RelayMalformed = new(
        ImportProblemCodes.RelayMalformed, ImportSeverity.Error, "Relayed summary data malformed",
        "Trang dữ liệu của biểu tổng hợp không đầy đủ hoặc sai định dạng ({0}). Hãy gửi lại đúng tệp tổng hợp do ReportKit tạo.");

    /// <summary>
    /// <see cref="ImportProblemCodes.RelayEdited"/>: {0} the cell, {1} what it is (its label, or its sheet), {2} what it
    /// holds now (and the sealed figure).
    /// </summary>
    public static readonly ImportProblemDescriptor RelayEdited = new(
        ImportProblemCodes.RelayEdited, ImportSeverity.Error, "Relayed summary figure edited",
        "Ô {0} {1} đã bị sửa{2}. Không sửa biểu tổng hợp; nếu số liệu sai, hãy sửa ở biểu của đơn vị cấp dưới và tổng hợp lại.");

    /// <summary><see cref="ImportProblemCodes.RelayRowEdited"/>: {0} the sheet, {1} the first changed row, {2} how many rows changed.</summary>
    public static readonly ImportProblemDescriptor RelayRowEdited = new(
        ImportProblemCodes.RelayRowEdited, ImportSeverity.Error, "Relayed summary table edited",
        "Bảng của trang “{0}” đã bị sửa từ hàng {1} ({2} hàng khác bản đã tổng hợp: sửa số liệu, hoặc chèn, xóa hàng, cột). " +
        "Không sửa biểu tổng hợp; hãy gửi lại đúng tệp đã tổng hợp.");

    /// <summary><see cref="ImportProblemCodes.FileTooLarge"/>: {0} the file's size, {1} the limit, in MB.</summary>
    public static readonly ImportProblemDescriptor FileTooLarge = new(
        ImportProblemCodes.FileTooLarge, ImportSeverity.Error, "File too large",
        "Tệp quá lớn ({0} MB, tối đa {1} MB); biểu nhập đã điền thường chỉ vài chục KB. Hãy gửi đúng tệp biểu nhập.");

    /// <summary><see cref="ImportProblemCodes.OtherFormat"/>: {0} how to save this kind of file as an .xlsx (<see cref="FormImporter"/>, by extension).</summary>
    public static readonly ImportProblemDescriptor OtherFormat = new(
        ImportProblemCodes.OtherFormat, ImportSeverity.Error, "Not an .xlsx file",
        "{0}");

    /// <summary><see cref="ImportProblemCodes.FileUnreadable"/>: the file could not be read from disk.</summary>
    public static readonly ImportProblemDescriptor FileUnreadable = new(
        ImportProblemCodes.FileUnreadable, ImportSeverity.Error, "File unreadable",
        "Không đọc được tệp (tệp đang mở ở chương trình khác, đã bị xóa hoặc không có quyền đọc).");

    /// <summary><see cref="ImportProblemCodes.OleFile"/>: an old .xls workbook, or an encrypted .xlsx.</summary>
    public static readonly ImportProblemDescriptor OleFile = new(
        ImportProblemCodes.OleFile, ImportSeverity.Error, "Old or encrypted workbook",
        "Tệp là bảng tính Excel cũ (.xls) hoặc đã đặt mật khẩu mở tệp. Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx.");

    /// <summary><see cref="ImportProblemCodes.NotXlsx"/>: not a zip package ({0}: what is missing, with its leading <c>: </c>, or nothing).</summary>
    public static readonly ImportProblemDescriptor NotXlsx = new(
        ImportProblemCodes.NotXlsx, ImportSeverity.Error, "Not an Excel workbook",
        "Tệp không phải bảng tính Excel (.xlsx){0}. Hãy gửi đúng tệp biểu nhập đã điền.");

    /// <summary><see cref="ImportProblemCodes.Corrupt"/>: a damaged or truncated package ({0}: what is damaged).</summary>
    public static readonly ImportProblemDescriptor Corrupt = new(
        ImportProblemCodes.Corrupt, ImportSeverity.Error, "Damaged file",
        "Tệp bị hỏng{0}. Hãy gửi lại tệp.");

    /// <summary><see cref="ImportProblemCodes.ZipBomb"/>: a part expands far beyond any real form ({0}: what the file has).</summary>
    public static readonly ImportProblemDescriptor ZipBomb = new(
        ImportProblemCodes.ZipBomb, ImportSeverity.Error, "Zip bomb",
        "Tệp có {0}; tệp bị từ chối để bảo vệ hệ thống.");

    /// <summary><see cref="ImportProblemCodes.Macro"/>: the workbook contains macros.</summary>
    public static readonly ImportProblemDescriptor Macro = new(
        ImportProblemCodes.Macro, ImportSeverity.Error, "Macros",
        "Tệp có macro (mã VBA); biểu nhập không được chứa macro. Hãy dùng đúng biểu được gửi và lưu dạng .xlsx.");

    /// <summary><see cref="ImportProblemCodes.ExternalLink"/>: the workbook links to other workbooks.</summary>
    public static readonly ImportProblemDescriptor ExternalLink = new(
        ImportProblemCodes.ExternalLink, ImportSeverity.Error, "External links",
        "Tệp có liên kết tới bảng tính khác; biểu nhập không được chứa liên kết ngoài. Hãy nhập giá trị trực tiếp vào ô.");

    /// <summary><see cref="ImportProblemCodes.Dtd"/>: {0} the XML part that declares a DTD.</summary>
    public static readonly ImportProblemDescriptor Dtd = new(
        ImportProblemCodes.Dtd, ImportSeverity.Error, "DTD in an XML part",
        "Tệp chứa khai báo DTD trong phần “{0}” (bảng tính Excel thông thường không có); tệp bị từ chối để bảo vệ hệ thống.");

    /// <summary><see cref="ImportProblemCodes.MalformedXml"/>: {0} the malformed XML part.</summary>
    public static readonly ImportProblemDescriptor MalformedXml = new(
        ImportProblemCodes.MalformedXml, ImportSeverity.Error, "Malformed XML part",
        "Tệp bị hỏng: không đọc được phần “{0}”. Hãy gửi lại tệp.");

    /// <summary>
    /// <see cref="ImportProblemCodes.SheetTooLarge"/>: {0} what is too large (a sheet, the file), {1} of what, {2} the limit,
    /// {3} what may not be added besides data (with its trailing space), or nothing.
    /// </summary>
    public static readonly ImportProblemDescriptor SheetTooLarge = new(
        ImportProblemCodes.SheetTooLarge, ImportSeverity.Error, "Sheet too large",
        "{0} có quá nhiều {1} (hơn {2}); biểu nhập không được thêm {3}dữ liệu ngoài biểu.");

    /// <summary><see cref="ImportProblemCodes.NoMetadata"/>: {0} the hidden metadata sheet's name.</summary>
    public static readonly ImportProblemDescriptor NoMetadata = new(
        ImportProblemCodes.NoMetadata, ImportSeverity.Error, "No form metadata",
        "Không tìm thấy trang dữ liệu của biểu: tệp không phải biểu nhập do ReportKit tạo, hoặc trang ẩn “{0}” đã bị xóa. Hãy dùng đúng biểu được gửi.");

    /// <summary><see cref="ImportProblemCodes.BadMetadata"/>: {0} what is wrong with the metadata.</summary>
    public static readonly ImportProblemDescriptor BadMetadata = new(
        ImportProblemCodes.BadMetadata, ImportSeverity.Error, "Form metadata malformed",
        "Trang dữ liệu của biểu không đầy đủ hoặc sai định dạng ({0}). Hãy dùng đúng biểu được gửi.");

    /// <summary><see cref="ImportProblemCodes.Tampered"/>: {0} which kind of file, {1} the hidden sheet, {2} what to do.</summary>
    public static readonly ImportProblemDescriptor Tampered = new(
        ImportProblemCodes.Tampered, ImportSeverity.Error, "Metadata edited (seal broken)",
        "Trang dữ liệu của {0} đã bị sửa (mã niêm phong không khớp). Không sửa trang ẩn “{1}”; hãy {2}.");

    /// <summary><see cref="ImportProblemCodes.FormatVersion"/>: {0} which kind of file, {1} its format version, {2} the version read, {3} what to do.</summary>
    public static readonly ImportProblemDescriptor FormatVersion = new(
        ImportProblemCodes.FormatVersion, ImportSeverity.Error, "Incompatible format version",
        "{0} được tạo theo định dạng phiên bản {1}, chương trình này đọc phiên bản {2}. Hãy {3}.");

    /// <summary><see cref="ImportProblemCodes.WrongPlan"/>: {0} the form's plan, {1} the plan being consolidated.</summary>
    public static readonly ImportProblemDescriptor WrongPlan = new(
        ImportProblemCodes.WrongPlan, ImportSeverity.Error, "Form of another plan",
        "Biểu thuộc kế hoạch “{0}”, không phải kế hoạch “{1}” đang tổng hợp.");

    /// <summary><see cref="ImportProblemCodes.WrongRevision"/>: {0} the form's revision, {1} the plan's.</summary>
    public static readonly ImportProblemDescriptor WrongRevision = new(
        ImportProblemCodes.WrongRevision, ImportSeverity.Error, "Form of another plan revision",
        "Biểu được tạo từ phiên bản {0} của mẫu kế hoạch, hiện dùng phiên bản {1}. Hãy nhận biểu mới và điền lại.");

    /// <summary><see cref="ImportProblemCodes.PlanChanged"/>: the template changed since the form was made.</summary>
    public static readonly ImportProblemDescriptor PlanChanged = new(
        ImportProblemCodes.PlanChanged, ImportSeverity.Error, "Plan template changed",
        "Mẫu kế hoạch đã thay đổi sau khi biểu được tạo. Hãy nhận biểu mới và điền lại.");

    /// <summary><see cref="ImportProblemCodes.WrongReport"/>: {0} the form's report.</summary>
    public static readonly ImportProblemDescriptor WrongReport = new(
        ImportProblemCodes.WrongReport, ImportSeverity.Error, "Form of another report",
        "Biểu dành cho báo cáo “{0}”, không phải báo cáo đang tổng hợp.");

    /// <summary>
    /// <see cref="ImportProblemCodes.WrongPeriod"/>: {0} the form's period (a key that is no period of the report, or the
    /// period the form is for), {1} what it is not (a period of the report, or the period being consolidated).
    /// </summary>
    public static readonly ImportProblemDescriptor WrongPeriod = new(
        ImportProblemCodes.WrongPeriod, ImportSeverity.Error, "Form of another period",
        "{0} không phải {1}.");

    /// <summary><see cref="ImportProblemCodes.UnknownUnit"/>: {0} the form's unit.</summary>
    public static readonly ImportProblemDescriptor UnknownUnit = new(
        ImportProblemCodes.UnknownUnit, ImportSeverity.Error, "Unknown unit",
        "Đơn vị “{0}” của biểu không có trong danh sách đơn vị. Hãy kiểm tra lại biểu được gửi cho đơn vị nào.");

    /// <summary><see cref="ImportProblemCodes.CellMapMismatch"/>: the form's cells do not match the report.</summary>
    public static readonly ImportProblemDescriptor CellMapMismatch = new(
        ImportProblemCodes.CellMapMismatch, ImportSeverity.Error, "Form cells do not match the report",
        "Các ô nhập của biểu không khớp với các chỉ tiêu của báo cáo. Hãy nhận biểu mới và điền lại.");

    /// <summary><see cref="ImportProblemCodes.MissingSheet"/>: {0} the sheet, {1} of which kind of file (or nothing), {2} what to do.</summary>
    public static readonly ImportProblemDescriptor MissingSheet = new(
        ImportProblemCodes.MissingSheet, ImportSeverity.Error, "Sheet missing",
        "Không tìm thấy trang tính “{0}”{1} (đã bị xóa hoặc đổi tên). Hãy {2}.");

    /// <summary><see cref="ImportProblemCodes.DuplicateUnit"/>: {0} the unit, {1} how many forms, {2} their files.</summary>
    public static readonly ImportProblemDescriptor DuplicateUnit = new(
        ImportProblemCodes.DuplicateUnit, ImportSeverity.Warning, "Several forms of one unit",
        "Đơn vị “{0}” có {1} biểu cho cùng kỳ ({2}); khi tổng hợp, biểu có ngày báo cáo muộn nhất được dùng.");

    /// <summary><see cref="ImportProblemCodes.BlankForm"/>: nothing filled in, so not counted as a report.</summary>
    public static readonly ImportProblemDescriptor BlankForm = new(
        ImportProblemCodes.BlankForm, ImportSeverity.Warning, "Blank form",
        "Biểu chưa điền số liệu, lời văn hay ngày báo cáo: không tính là đã nộp.");

    /// <summary>
    /// <see cref="ImportProblemCodes.Moved"/>: {0} the cell, {1} how it stood to its anchor, {2} the anchor's text, {3}
    /// where the anchor is now, {4} what was done to the form.
    /// </summary>
    public static readonly ImportProblemDescriptor Moved = new(
        ImportProblemCodes.Moved, ImportSeverity.Error, "Rows or columns inserted or deleted",
        "Ô {0} không còn {1} «{2}» ({3}): biểu đã bị {4};" + Refill);

    /// <summary><see cref="ImportProblemCodes.LabelEdited"/>: {0} which label or text, {1} what it is now.</summary>
    public static readonly ImportProblemDescriptor LabelEdited = new(
        ImportProblemCodes.LabelEdited, ImportSeverity.Error, "Label or fixed text edited",
        "{0}, {1}. Không sửa nội dung cố định của biểu;" + Refill);

    /// <summary><see cref="ImportProblemCodes.UnitLineEdited"/>: {0} the cell, {1} the unit the form was made for, {2} what it is now.</summary>
    public static readonly ImportProblemDescriptor UnitLineEdited = new(
        ImportProblemCodes.UnitLineEdited, ImportSeverity.Error, "Unit line edited",
        "Dòng đơn vị báo cáo ở ô {0} đã bị sửa: biểu được lập cho «{1}», {2}. Mỗi đơn vị điền đúng biểu được gửi cho mình;" + Refill);

    /// <summary><see cref="ImportProblemCodes.ComputedOverwritten"/>: {0} what happened to the computed cell, {1} what not to do.</summary>
    public static readonly ImportProblemDescriptor ComputedOverwritten = new(
        ImportProblemCodes.ComputedOverwritten, ImportSeverity.Error, "Computed cell overwritten",
        "{0}. Không {1} các ô tổng số, tỷ lệ màu xám;" + Refill);

    /// <summary><see cref="ImportProblemCodes.Formula"/>: {0} the cell, {1} what belongs there instead.</summary>
    public static readonly ImportProblemDescriptor Formula = new(
        ImportProblemCodes.Formula, ImportSeverity.Error, "Formula where a value belongs",
        "{0} chứa công thức; {1}.");

    /// <summary><see cref="ImportProblemCodes.NotANumber"/>: {0} the cell, {1} what it holds instead.</summary>
    public static readonly ImportProblemDescriptor NotANumber = new(
        ImportProblemCodes.NotANumber, ImportSeverity.Error, "Not a number",
        "{0} phải là số, nhưng {1}.");

    /// <summary><see cref="ImportProblemCodes.NumberAsText"/>: {0} the cell, {1} the text typed, {2} the number read.</summary>
    public static readonly ImportProblemDescriptor NumberAsText = new(
        ImportProblemCodes.NumberAsText, ImportSeverity.Warning, "Number typed as text",
        "{0} có số được gõ dưới dạng chữ “{1}”; đã đọc là {2}. Lần sau hãy nhập số vào ô (không gõ dấu nháy ' hay khoảng trắng) để Excel nhận là số.");

    /// <summary><see cref="ImportProblemCodes.NotWhole"/>: {0} the cell, {1} the value.</summary>
    public static readonly ImportProblemDescriptor NotWhole = new(
        ImportProblemCodes.NotWhole, ImportSeverity.Error, "Not a whole number",
        "{0} phải là số nguyên, không được có phần thập phân ({1}).");

    /// <summary><see cref="ImportProblemCodes.Negative"/>: {0} the cell, {1} the value.</summary>
    public static readonly ImportProblemDescriptor Negative = new(
        ImportProblemCodes.Negative, ImportSeverity.Error, "Negative count",
        "{0} không được là số âm ({1}).");

    /// <summary><see cref="ImportProblemCodes.BelowMinimum"/>: {0} the cell, {1} the minimum, {2} the value.</summary>
    public static readonly ImportProblemDescriptor BelowMinimum = new(
        ImportProblemCodes.BelowMinimum, ImportSeverity.Error, "Below the minimum",
        "{0} phải từ {1} trở lên ({2}).");

    /// <summary><see cref="ImportProblemCodes.AboveMaximum"/>: {0} the cell, {1} the maximum, {2} the value.</summary>
    public static readonly ImportProblemDescriptor AboveMaximum = new(
        ImportProblemCodes.AboveMaximum, ImportSeverity.Error, "Above the maximum",
        "{0} không được lớn hơn {1} ({2}).");

    /// <summary><see cref="ImportProblemCodes.ErrorValue"/>: {0} the cell, {1} the error value, {2} what to enter.</summary>
    public static readonly ImportProblemDescriptor ErrorValue = new(
        ImportProblemCodes.ErrorValue, ImportSeverity.Error, "Excel error value",
        "{0} đang báo lỗi {1}; hãy {2}.");

    /// <summary><see cref="ImportProblemCodes.ListBadChoice"/>: {0} the cell, {1} what it holds, {2} the choices.</summary>
    public static readonly ImportProblemDescriptor ListBadChoice = new(
        ImportProblemCodes.ListBadChoice, ImportSeverity.Error, "Not one of the choices",
        "{0} ghi “{1}”, không phải một lựa chọn; hãy ghi một trong: {2}.");

    /// <summary><see cref="ImportProblemCodes.BadDate"/>: {0} the cell.</summary>
    public static readonly ImportProblemDescriptor BadDate = new(
        ImportProblemCodes.BadDate, ImportSeverity.Error, "Not a date",
        "{0} phải là ngày theo dạng ngày/tháng/năm (ví dụ 20/11/2024).");

    /// <summary><see cref="ImportProblemCodes.DateAsText"/>: {0} the cell, {1} the text typed, {2} the day read.</summary>
    public static readonly ImportProblemDescriptor DateAsText = new(
        ImportProblemCodes.DateAsText, ImportSeverity.Warning, "Date typed as text",
        "{0} có ngày được gõ dưới dạng chữ “{1}”; đã đọc là ngày {2}. Lần sau hãy nhập ngày vào ô theo dạng ngày/tháng/năm để Excel nhận là ngày.");

    /// <summary><see cref="ImportProblemCodes.NoDate"/>: {0} the date cell.</summary>
    public static readonly ImportProblemDescriptor NoDate = new(
        ImportProblemCodes.NoDate, ImportSeverity.Warning, "No report date",
        "Chưa ghi ngày báo cáo ở ô {0}; báo cáo sẽ không được tính là đúng hạn.");

    /// <summary><see cref="ImportProblemCodes.TooLong"/>: {0} the cell, {1} its length, {2} the limit.</summary>
    public static readonly ImportProblemDescriptor TooLong = new(
        ImportProblemCodes.TooLong, ImportSeverity.Error, "Narrative too long",
        "{0} dài {1} ký tự, vượt giới hạn {2} ký tự.");

    /// <summary><see cref="ImportProblemCodes.ExcludedCell"/>: {0} the cell, {1} what it holds.</summary>
    public static readonly ImportProblemDescriptor ExcludedCell = new(
        ImportProblemCodes.ExcludedCell, ImportSeverity.Error, "Value in an excluded cross-tab cell",
        "{0} là trường hợp không thể phát sinh (ô xám, đã khóa) nhưng có giá trị “{1}”; hãy xóa giá trị ở ô này, số liệu (nếu có) nhập vào đúng ô của trường hợp đó.");

    /// <summary><see cref="ImportProblemCodes.BadYesNo"/>: {0} the cell, {1} what it holds.</summary>
    public static readonly ImportProblemDescriptor BadYesNo = new(
        ImportProblemCodes.BadYesNo, ImportSeverity.Error, "Neither Có nor Không",
        "{0} đang ghi “{1}”, không phải Có hoặc Không; hãy chọn Có hoặc Không trong danh sách của ô.");

    /// <summary><see cref="ImportProblemCodes.BadAnswer"/>: {0} the cell, {1} what it holds, {2} why and what to write.</summary>
    public static readonly ImportProblemDescriptor BadAnswer = new(
        ImportProblemCodes.BadAnswer, ImportSeverity.Error, "Answer not of its field's type",
        "{0} đang ghi “{1}”: {2}.");

    /// <summary>Every descriptor, in the order of <see cref="ImportProblemCodes"/>.</summary>
    public static IReadOnlyList<ImportProblemDescriptor> All { get; } = new[]
    {
        AmbiguousPackage, BadSharedString, BadNumber, HiddenFormat, RelayMalformed, RelayEdited, RelayRowEdited, FileTooLarge, OtherFormat, FileUnreadable, OleFile, NotXlsx, Corrupt, ZipBomb,
        Macro, ExternalLink, Dtd, MalformedXml, SheetTooLarge, NoMetadata, BadMetadata, Tampered, FormatVersion, WrongPlan,
        WrongRevision, PlanChanged, WrongReport, WrongPeriod, UnknownUnit, CellMapMismatch, MissingSheet, DuplicateUnit, BlankForm,
        Moved, LabelEdited, UnitLineEdited, ComputedOverwritten, Formula, NotANumber, NumberAsText, NotWhole, Negative, BelowMinimum,
        AboveMaximum, ErrorValue, BadDate, DateAsText, NoDate, TooLong,
        ExcludedCell,
        ListBadChoice,
        BadYesNo, BadAnswer,
    };
}
