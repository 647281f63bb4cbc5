using System;
using System.Linq;
using System.Collections.Generic;
using System.Xml;

namespace ReportKit.Excel.Import;

/// <summary>A cell as stored: its type attribute, raw value or inline text, and whether it holds a formula.</summary>
/// <param name="Type">The <c>t</c> attribute (<c>s</c>, <c>str</c>, <c>inlineStr</c>, <c>n</c>, <c>b</c>, <c>e</c>, <c>d</c>), or null for a number.</param>
/// <param name="Value">The <c>&lt;v&gt;</c> text, or the inline string's text.</param>
/// <param name="HasFormula">Whether the cell has an <c>&lt;f&gt;</c> element.</param>
/// <param name="Formula">The formula's text (empty for a cell sharing another cell's formula).</param>
/// <param name="Style">The <c>s</c> attribute: the index of its cell format (its number format among them), 0 when absent.</param>
internal readonly record struct RawCell(string? Type, string? Value, bool HasFormula, string? Formula = null, int Style = 0);

/// <summary>A sheet of the workbook: its name and part.</summary>
internal sealed record SheetEntry(string Name, string PartName, string? State);

/// <summary>
/// Reads just enough of an .xlsx with <see cref="XmlReader"/>: the workbook's sheets and their parts, the shared
/// strings, and the cells of chosen sheets, within row and cell budgets. No Excel library is involved.
/// </summary>
internal sealed class XlsxReader
{
    private readonly SafePackage _package;
    private readonly FormImportOptions _options;
    private List<string>? _sharedStrings;
    private IReadOnlyList<string>? _numberFormats;
    private string? _stylesPart;
    private string? _sharedStringsPart;
    private readonly Dictionary<string, Dictionary<(int Row, int Column), RawCell>> _wholeSheets = new(StringComparer.OrdinalIgnoreCase);

    private XlsxReader(SafePackage package, FormImportOptions options)
    {
        _package = package;
        _options = options;
    }

    public IReadOnlyList<SheetEntry> Sheets { get; private set; } = Array.Empty<SheetEntry>();

    /// <summary>Whether dates count from 1904 (old Mac workbooks).</summary>
    public bool Date1904 { get; private set; }

    public static XlsxReader Open(SafePackage package, FormImportOptions options)
    {
        var reader = new XlsxReader(package, options);
        reader.ReadWorkbook();
        return reader;
    }

    /// <summary>
    /// The number format code a cell style shows its value with (<c>General</c> when the style or the styles part is
    /// missing; the built-in codes Excel does not write out are named by id, <c>builtin:9</c>).
    /// </summary>
    public string NumberFormatOf(int style)
    {
        _numberFormats ??= ReadNumberFormats();
        if (style < 0 || style >= _numberFormats.Count)
            return "General";
        return _numberFormats[style];
    }

    private IReadOnlyList<string> ReadNumberFormats()
    {
        if (_stylesPart is null)
            return Array.Empty<string>();
        try
        {
            // Every form of a report has the same styles part: its reading is kept for the batch (VerifiedParts).
            return _package.ReadXml(_stylesPart, "number formats", ParseNumberFormats) ?? Array.Empty<string>();
        }
        catch (XmlException)
        {
            throw _package.XmlProblem(_stylesPart);
        }
    }

    /// <summary>The number format of each cell format of a styles part, checked as Excel reads it.</summary>
    private static IReadOnlyList<string> ParseNumberFormats(XmlReader reader)
    {
        var custom = new Dictionary<int, string>();
        var byStyle = new List<string>();
        // Only the numFmts list's formats and the cellXfs list's formats count (dxfs have numFmts of their own).
        PartShape.SpreadsheetRoot(reader, "styleSheet");
        string? list = null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new List<(int Font, int Fill, int Border, int Style)>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            if (reader.Depth == 1)
                list = PartShape.IsSpreadsheet(reader) ? reader.LocalName : null;
            // The lists read hold their own elements only, as Excel's schema has it.
            if (list is "numFmts" or "cellXfs" && reader.Depth > 1 && !(PartShape.IsSpreadsheet(reader) && (reader.Depth, list, reader.LocalName) is
                    (2, "numFmts", "numFmt") or (2, "cellXfs", "xf") or (3, "cellXfs", "alignment" or "protection")))
                throw new XmlException("unexpected element in " + list);
            if (reader.Depth == 1 || !PartShape.IsSpreadsheet(reader))
                continue;
            // A number format is an id and a code; two of one id would leave it to chance which a cell shows.
            if (reader.Depth == 2 && list == "numFmts" &&
                (reader.GetAttribute("formatCode") is not { } formatCode || reader.GetAttribute("numFmtId") is null || !custom.TryAdd(Index(reader, "numFmtId"), formatCode)))
                throw new XmlException("bad numFmt");
            else if (reader.Depth == 2 && list == "cellXfs" && reader.LocalName == "xf")
            {
                var formatId = Index(reader, "numFmtId");
                byStyle.Add(custom.TryGetValue(formatId, out var code) ? code : BuiltInFormat(formatId));
                used.Add((Index(reader, "fontId"), Index(reader, "fillId"), Index(reader, "borderId"), Index(reader, "xfId")));
            }
            else if (reader.Depth == 2 && list is "fonts" or "fills" or "borders" or "cellStyleXfs")
                counts[list] = counts.GetValueOrDefault(list) + 1;
        }

        // A cell format naming a font, fill, border or style the file does not have is one Excel repairs away.
        if (used.Any(u => u.Font >= counts.GetValueOrDefault("fonts", 1) || u.Fill >= counts.GetValueOrDefault("fills", 1) ||
                          u.Border >= counts.GetValueOrDefault("borders", 1) || u.Style >= counts.GetValueOrDefault("cellStyleXfs", 1)))
            throw new XmlException("a cell format refers to what the styles do not have");
        return byStyle.ToArray();
    }

    /// <summary>An index attribute of a cell format: absent is 0; anything but a whole number is a malformed part.</summary>
    private static int Index(XmlReader reader, string attribute) => reader.GetAttribute(attribute) switch
    {
        null => 0,
        var written when int.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) => index,
        _ => throw new XmlException("bad " + attribute),
    };

    private static string BuiltInFormat(int id) => id switch
    {
        0 => "General",
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        _ => "builtin:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The shared string at <paramref name="index"/>, or null when out of range.</summary>
    public string? SharedString(int index)
    {
        _sharedStrings ??= ReadSharedStrings();
        return index >= 0 && index < _sharedStrings.Count ? _sharedStrings[index] : null;
    }

    /// <summary>
    /// Every cell of a sheet, read once and kept (<see cref="ReadCells(SheetEntry, Func{int, int, bool}, List{string}?, int)"/> with every cell wanted): the metadata sheet is
    /// read both to tell a relayed summary from a form and to read either's sealed rows. Not to be changed by the caller.
    /// The metadata sheet of every form of a report is the same part byte for byte (its texts are shared strings, which
    /// differ): its reading is kept for the batch (<see cref="VerifiedParts"/>), and what it refers to in other parts
    /// (cell formats, shared strings) is checked against this file's own, as the reading checks them.
    /// </summary>
    public IReadOnlyDictionary<(int Row, int Column), RawCell> AllCells(SheetEntry sheet)
    {
        if (!_wholeSheets.TryGetValue(sheet.PartName, out var cells))
        {
            var whole = _package.ReadXml(sheet.PartName, "whole sheet", reader => ReadWholeSheet(sheet, reader)) ?? throw MissingContent(sheet);
            CheckReferences(sheet, whole);
            cells = whole.Cells;
            _wholeSheets[sheet.PartName] = cells;
        }

        return cells;
    }

    /// <summary>
    /// A whole sheet as read: its cells, and the style and value checks that refer to other parts, in the order the
    /// reading made them (<see cref="CheckReferences"/> makes them again for a file whose sheet is this one's copy).
    /// </summary>
    private sealed record WholeSheet(Dictionary<(int Row, int Column), RawCell> Cells, CellCheck[] Checks);

    /// <summary>
    /// A check of a row's or cell's reference into another part: its style (a cell format of the styles part), and for a
    /// cell its value (a shared string the file has). <paramref name="WrittenStyle"/>: the style as written when it is not
    /// the number's plain digits (a leading zero), for the problem's message.
    /// </summary>
    private readonly record struct CellCheck(int Row, int Column, int Style, bool IsCell, string? WrittenStyle = null);

    private WholeSheet ReadWholeSheet(SheetEntry sheet, XmlReader reader)
    {
        var checks = new List<CellCheck>();
        var cells = ReadSheetCells(sheet, reader, static (_, _) => true, null, 0, checks);
        return new WholeSheet(cells, checks.ToArray());
    }

    /// <summary>
    /// The checks <see cref="ReadCells(SheetEntry, Func{int, int, bool}, List{string}?, int)"/> makes against this file's styles and shared strings, made again in the same
    /// order on a kept reading (the checks of the sheet's own shape are the bytes', and passed when it was kept).
    /// </summary>
    private void CheckReferences(SheetEntry sheet, WholeSheet whole)
    {
        foreach (var check in whole.Checks)
        {
            if (check.Style >= 0)
                CheckStyle(sheet, check.Row, check.Column, check.Style, check.WrittenStyle ?? check.Style.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (check.IsCell)
                CheckValue(sheet, check.Row, check.Column, whole.Cells[(check.Row, check.Column)]);
        }
    }

    private static FormRejectedException MissingContent(SheetEntry sheet) =>
        ImportProblems.Corrupt.Reject(sheet.Name, null, ": thiếu nội dung của trang tính “" + sheet.Name + "”");

    /// <summary>
    /// The cells of a sheet, keyed by (row, column); only those <paramref name="wanted"/> accepts are kept, but every
    /// row and cell counts against the budgets. A value hidden under a merged range is refused here, unless the caller
    /// gives <paramref name="merges"/> to have the ranges and refuse later (<see cref="RefuseHiddenValues"/>), after the
    /// checks that tell a clerk more (a moved row hides values under merges as a side effect). <paramref name="capacity"/>:
    /// how many cells are expected to be kept, when known.
    /// </summary>
    public Dictionary<(int Row, int Column), RawCell> ReadCells(SheetEntry sheet, Func<int, int, bool> wanted, List<string>? merges = null, int capacity = 0)
    {
        using var reader = _package.OpenXml(sheet.PartName) ?? throw MissingContent(sheet);
        return ReadSheetCells(sheet, reader, wanted, merges, capacity, null);
    }

    /// <summary>
    /// <see cref="ReadCells(SheetEntry, Func{int, int, bool}, List{string}?, int)"/> from an open reader, recording in
    /// <paramref name="checks"/> (unless null) the checks made against other parts, in order (<see cref="CheckReferences"/>).
    /// </summary>
    private Dictionary<(int Row, int Column), RawCell> ReadSheetCells(SheetEntry sheet, XmlReader reader, Func<int, int, bool> wanted, List<string>? merges, int capacity,
        List<CellCheck>? checks)
    {
        var refuseNow = merges is null;
        merges ??= new List<string>();
        var cells = new Dictionary<(int, int), RawCell>(capacity);
        var rows = 0;
        var cellCount = 0;
        var row = 0;
        var column = 0;
        // Where the reading is inside sheetData: the local name of the open element at each depth (the shape allows
        // seven levels), the depth of sheetData, and of an extension list being passed over.
        var open = new string[8];
        var attribute = new char[AttributeBuffer];
        var dataDepth = -1;
        var seenData = false;
        var extensionDepth = int.MaxValue;
        try
        {
            PartShape.SpreadsheetRoot(reader, "worksheet");
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var depth = reader.Depth;
                if (depth > extensionDepth)
                    continue;
                extensionDepth = int.MaxValue;
                if (dataDepth < 0 || depth <= dataDepth)
                {
                    // Outside sheetData nothing is read but the ranges; a second sheetData would be a second set of cells.
                    dataDepth = -1;
                    PartShape.RequireRanges(reader);
                    if (reader.LocalName == "mergeCell" && PartShape.IsSpreadsheet(reader))
                        merges.Add(reader.GetAttribute("ref")!);
                    if (depth == 1 && reader.LocalName == "sheetData" && PartShape.IsSpreadsheet(reader))
                    {
                        if (seenData)
                            throw new XmlException("two sheetData");
                        seenData = true;
                        if (!reader.IsEmptyElement)
                        {
                            dataDepth = depth;
                            open[0] = "sheetData";
                        }
                    }

                    continue;
                }

                var level = depth - dataDepth;
                if (level >= open.Length)
                    throw new XmlException("too deep");
                PartShape.RequireChild(reader, open[level - 1]);
                open[level] = reader.LocalName;
                if (reader.LocalName == "extLst")
                {
                    extensionDepth = depth;
                    continue;
                }

                if (reader.LocalName == "row")
                {
                    if (++rows > _options.MaxRows)
                    {
                        throw TooLarge(sheet, _options.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture) + " dòng");
                    }

                    // Rows in ascending order, as Excel writes and demands; a row out of order or twice is refused.
                    var number = TryAttribute(reader, "r", attribute, out var r)
                        ? int.TryParse(r, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= Layout.CellRange.MaxRow
                            ? n
                            : throw new XmlException("bad row number")
                        : row + 1;
                    if (number <= row)
                        throw Disordered(sheet, Layout.CellReference.A1(number, 1), "dòng " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ghi hai lần hoặc sai thứ tự");
                    row = number;
                    column = 0;
                    Style(sheet, row, 1, reader, attribute, checks, isCell: false);
                }
                else if (reader.LocalName == "c")
                {
                    if (++cellCount > _options.MaxCells)
                    {
                        throw TooLarge(sheet, _options.MaxCells.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ô");
                    }

                    // A cell of its row, after the one before: Excel refuses a cell twice, out of order, or in another row.
                    var cellColumn = column + 1;
                    if (TryAttribute(reader, "r", attribute, out var reference))
                    {
                        if (!TryParseReference(reference, out var cellRow, out cellColumn) || reference.IndexOfAnyInRange('a', 'z') >= 0)
                            throw new XmlException("bad cell reference");
                        if (cellRow != row)
                            throw Disordered(sheet, reference.ToString(), "ô " + reference.ToString() + " nằm trong dòng " + row.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    if (cellColumn <= column || cellColumn > Layout.CellRange.MaxColumn)
                        throw Disordered(sheet, Layout.CellReference.A1(row, Math.Min(cellColumn, Layout.CellRange.MaxColumn)),
                            "ô " + Layout.CellReference.A1(row, Math.Min(cellColumn, Layout.CellRange.MaxColumn)) + " ghi hai lần hoặc sai thứ tự");
                    column = cellColumn;
                    var type = TryAttribute(reader, "t", attribute, out var written)
                        ? PartShape.CellType(written) ?? throw new XmlException("bad cell type")
                        : null;
                    var isWanted = wanted(row, column);
                    var style = Style(sheet, row, column, reader, attribute, checks, isWanted);

                    // Most cells of a form are labels and borders: reading only the wanted ones saves their value strings.
                    // An unwanted cell's children (v, f, is, t, r) are checked by this loop: none is a row or a c.
                    if (isWanted)
                    {
                        var cell = ReadCell(reader, type) with { Style = style };
                        CheckValue(sheet, row, column, cell);
                        cells[(row, column)] = cell;
                    }
                }
            }
        }
        catch (XmlException)
        {
            throw _package.XmlProblem(sheet.PartName);
        }

        if (refuseNow)
            RefuseHiddenValues(sheet, cells, merges);
        return cells;
    }

    /// <summary>
    /// A value in a merged range other than its first cell: Excel and LibreOffice show only the first cell, so the unit's
    /// leader would sign a form that looks blank where the importer reads a number. Refused at the hidden cell.
    /// </summary>
    public static void RefuseHiddenValues(SheetEntry sheet, Dictionary<(int Row, int Column), RawCell> cells, List<string> merges)
    {
        foreach (var merge in merges)
        {
            // Two ends, "A1:B2": one colon, each side a reference (parsed where it stands).
            var colon = merge.IndexOf(':');
            if (colon < 0 || merge.IndexOf(':', colon + 1) >= 0 ||
                !TryParseReference(merge.AsSpan(0, colon), out var top, out var left) || !TryParseReference(merge.AsSpan(colon + 1), out var bottom, out var right))
                continue;
            // Look at whichever is fewer, the merge's cells or the cells read: a summary has thousands of small merges.
            var area = (long)(bottom - top + 1) * (right - left + 1);
            if (area <= cells.Count)
            {
                for (var row = top; row <= bottom; row++)
                for (var column = left; column <= right; column++)
                    RefuseHidden(sheet, cells, merge, top, left, row, column);
            }
            else
            {
                foreach (var (row, column) in cells.Keys)
                    if (row >= top && row <= bottom && column >= left && column <= right)
                        RefuseHidden(sheet, cells, merge, top, left, row, column);
            }
        }
    }

    /// <summary>Refuses the cell (<paramref name="row"/>, <paramref name="column"/>) of a merge when it is not the first and holds a value.</summary>
    private static void RefuseHidden(SheetEntry sheet, Dictionary<(int Row, int Column), RawCell> cells, string merge, int top, int left, int row, int column)
    {
        if ((row, column) != (top, left) && cells.TryGetValue((row, column), out var cell) && (cell.HasFormula || !string.IsNullOrEmpty(cell.Value)))
        {
            var address = Layout.CellReference.A1(row, column);
            throw Disordered(sheet, address, "ô " + address + " có giá trị nhưng nằm trong vùng gộp " + merge +
                                             ", nên Excel không hiển thị; hãy gửi lại biểu gốc");
        }
    }

    /// <summary>
    /// Checks the sheets a reading did not need as it checks those it read (<see cref="ReadCells(SheetEntry, Func{int, int, bool}, List{string}?, int)"/>: the shape, the order
    /// of rows and cells, the budgets): Excel refuses the whole file when one sheet is damaged, so the importer does.
    /// </summary>
    public void CheckUnreadSheets()
    {
        foreach (var sheet in Sheets.Where(s => !_package.WasParsed(s.PartName)))
            ReadCells(sheet, static (_, _) => false);
    }

    /// <summary>
    /// A value a cell cannot really hold is refused at the cell, never read as blank or as something else: a shared
    /// string the file does not have, a number that is not finite (NaN, infinities, beyond a double).
    /// </summary>
    private void CheckValue(SheetEntry sheet, int row, int column, RawCell cell)
    {
        if (cell.Type == "s" && !cell.HasFormula && cell.Value is not null &&
            !(int.TryParse(cell.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && SharedString(index) is not null))
        {
            var address = Layout.CellReference.A1(row, column);
            throw ImportProblems.BadSharedString.Reject(sheet.Name, address, address);
        }

        if (cell.Type is null or "n" && !cell.HasFormula && !string.IsNullOrEmpty(cell.Value) &&
            !(double.TryParse(cell.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)))
        {
            var address = Layout.CellReference.A1(row, column);
            throw ImportProblems.BadNumber.Reject(sheet.Name, address, address, cell.Value!.Length <= 40 ? cell.Value : cell.Value[..40] + "…");
        }
    }

    /// <summary>
    /// A cell's or row's style (<c>s</c>): an index of the styles part's cell formats. One the file does not have is
    /// refused at the cell: Excel would repair the file and show the cell with another format than the one checked.
    /// </summary>
    private int Style(SheetEntry sheet, int row, int column, XmlReader reader, char[] buffer, List<CellCheck>? checks, bool isCell)
    {
        if (!TryAttribute(reader, "s", buffer, out var written))
        {
            if (isCell)
                checks?.Add(new CellCheck(row, column, -1, isCell));
            return 0;
        }

        var style = int.TryParse(written, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
        CheckStyle(sheet, row, column, style, written);
        checks?.Add(new CellCheck(row, column, style, isCell, written.Length > 1 && written[0] == '0' ? written.ToString() : null));
        return style;
    }

    /// <summary>Refuses a style (-1: not a number) that is no cell format of the styles part (<see cref="Style"/>).</summary>
    private void CheckStyle(SheetEntry sheet, int row, int column, int style, ReadOnlySpan<char> written)
    {
        _numberFormats ??= ReadNumberFormats();
        if (style >= 0 && style < Math.Max(1, _numberFormats.Count))
            return;
        var address = Layout.CellReference.A1(row, column);
        throw ImportProblems.AmbiguousPackage.Reject(sheet.Name, address, "ô " + address + " dùng định dạng “" + (written.Length <= 20 ? written.ToString() : written[..20].ToString() + "…") + "” mà tệp không có");
    }

    /// <summary>
    /// The longest attribute value <see cref="TryAttribute"/> reads whole: a cell's or row's <c>r</c>, <c>s</c> and
    /// <c>t</c> are a dozen characters at most when valid.
    /// </summary>
    private const int AttributeBuffer = 64;

    /// <summary>
    /// An attribute's value read into <paramref name="buffer"/> (no string is made: a sheet has thousands of cells, each
    /// with its <c>r</c>, <c>s</c> and <c>t</c>), false when absent; the reader stays on its element. A value longer than
    /// the buffer is given cut to the buffer's length plus one character (a '\0', never valid in XML), so it parses as
    /// nothing valid.
    /// </summary>
    private static bool TryAttribute(XmlReader reader, string name, char[] buffer, out ReadOnlySpan<char> value)
    {
        if (!reader.MoveToAttribute(name))
        {
            value = default;
            return false;
        }

        var length = reader.ReadValueChunk(buffer, 0, buffer.Length - 1);
        if (length == buffer.Length - 1 && reader.ReadValueChunk(buffer, length, 1) > 0)
            buffer[length++] = '\0';
        reader.MoveToElement();
        value = buffer.AsSpan(0, length);
        return true;
    }

    private static FormRejectedException Disordered(SheetEntry sheet, string address, string what) =>
        ImportProblems.AmbiguousPackage.Reject(sheet.Name, address, what + " (trang “" + sheet.Name + "”)");

    private static FormRejectedException TooLarge(SheetEntry sheet, string limit) =>
        ImportProblems.SheetTooLarge.Reject(sheet.Name, null, "Trang tính “" + sheet.Name + "”", "dòng hoặc ô", limit, "dòng hay ");

    /// <summary>
    /// A cell's content: at most one formula, one <c>&lt;v&gt;</c> and one <c>&lt;is&gt;</c>, direct children of the cell
    /// (<see cref="PartShape"/>). A second one is refused: which one a program shows is an accident.
    /// </summary>
    private static RawCell ReadCell(XmlReader reader, string? type)
    {
        if (reader.IsEmptyElement)
        {
            return new RawCell(type, null, false);
        }

        var depth = reader.Depth;
        string? value = null;
        string? formula = null;
        var hasFormula = false;
        var values = 0;
        var inlines = 0;
        var positioned = false;

        // ReadElementContentAsString and Skip leave the reader on the next node: it must not be skipped.
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                throw new XmlException("text outside v");
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // Everything below the cell's children is consumed by them: a child element here is the cell's own.
            PartShape.RequireChild(reader, "c");
            switch (reader.LocalName)
            {
                case "f":
                    if (hasFormula)
                        throw new XmlException("two formulas");
                    hasFormula = true;
                    formula = reader.ReadElementContentAsString();
                    positioned = true;
                    break;
                // An inline-string cell's value is its <is>, any other cell's its <v> (as Excel and ClosedXML read
                // them): the other element is ignored, never taken for the value.
                case "v":
                    values++;
                    var content = reader.ReadElementContentAsString();
                    positioned = true;
                    if (type != "inlineStr")
                        value = content;
                    break;
                case "is":
                    inlines++;
                    var text = ReadRichText(reader, "is");
                    if (type == "inlineStr")
                        value = text;
                    break;
                default:
                    reader.Skip();
                    positioned = true;
                    break;
            }

            if (values > 1 || inlines > 1)
                throw new XmlException("two values");
        }

        return new RawCell(type, value, hasFormula, formula);
    }

    /// <summary>The text of an <c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>: its <c>&lt;t&gt;</c> runs, without phonetic runs.</summary>
    private static string ReadRichText(XmlReader reader, string element)
    {
        if (reader.IsEmptyElement)
        {
            throw new XmlException("a string without text");
        }

        var depth = reader.Depth;
        string? single = null;
        System.Text.StringBuilder? text = null;
        var positioned = false;
        var plain = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            // Text is in t elements only: characters beside them are no text Excel shows.
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                throw new XmlException("text outside t");
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // Direct children are the text's (t, r, rPh, phoneticPr); below, only a run's t and rPr (the rest is skipped).
            PartShape.RequireChild(reader, reader.Depth == depth + 1 ? element : "r");
            if (reader.LocalName is "rPh" or "rPr" or "phoneticPr")
            {
                reader.Skip();
                positioned = true;
            }
            else if (reader.LocalName == "t")
            {
                // A plain t is the whole text, or the string is made of runs: one plain t beside any other text is
                // outside the schema, and readers disagree on it (ClosedXML keeps the first t), so it is refused.
                if (reader.Depth == depth + 1 && (single is not null || text is not null))
                    throw new XmlException("a string with more than one plain text");
                if (reader.Depth != depth + 1 && plain)
                    throw new XmlException("a string with both plain text and runs");
                plain |= reader.Depth == depth + 1;
                var run = reader.ReadElementContentAsString();
                positioned = true;
                if (single is null && text is null)
                {
                    single = run;
                }
                else
                {
                    text ??= new System.Text.StringBuilder(single);
                    text.Append(run);
                }
            }
        }

        // A string without any t: written by no spreadsheet program, and ClosedXML-based readers fail on it.
        return text?.ToString() ?? single ?? throw new XmlException("a string without text");
    }

    internal static bool TryParseReference(ReadOnlySpan<char> reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > Layout.CellRange.MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        for (; i < reference.Length; i++)
        {
            if (!char.IsAsciiDigit(reference[i]))
            {
                return false;
            }

            row = row * 10 + (reference[i] - '0');
            if (row > Layout.CellRange.MaxRow)
            {
                return false;
            }
        }

        return row > 0;
    }

    private void ReadWorkbook()
    {
        var workbookPart = OfficeDocumentPart();
        var relationships = ReadRelationships(RelationshipsPartOf(workbookPart), Folder(workbookPart));
        var sheets = new List<SheetEntry>();
        try
        {
            // Every form of a report has the same workbook part: its reading is kept for the batch (VerifiedParts).
            var workbook = _package.ReadXml(workbookPart, "workbook", ParseWorkbook) ?? throw SafePackage.Corrupt();
            Date1904 = workbook.Date1904;
            foreach (var (name, id, state) in workbook.Sheets)
            {
                // A sheet without a worksheet part is one Excel refuses, never one to pass over.
                if (!relationships.TryGetValue(id, out var target) || !target.Type.EndsWith("/worksheet", StringComparison.Ordinal))
                    throw new XmlException("a sheet without its name or part");
                sheets.Add(new SheetEntry(name, target.Part, state));
            }
        }
        catch (XmlException)
        {
            throw _package.XmlProblem(workbookPart);
        }

        foreach (var (_, target) in relationships)
        {
            if (target.Type.EndsWith("/sharedStrings", StringComparison.Ordinal))
            {
                _sharedStringsPart = target.Part;
            }
            else if (target.Type.EndsWith("/styles", StringComparison.Ordinal))
            {
                _stylesPart = target.Part;
            }
        }

        if (sheets.GroupBy(sheet => sheet.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai trang tính cùng tên “" + twice.Key + "”");
        }

        Sheets = sheets;
    }

    /// <summary>The sheets a workbook part lists (name, relationship id, state) and its date system.</summary>
    private sealed record WorkbookSheets(IReadOnlyList<(string Name, string RelationshipId, string? State)> Sheets, bool Date1904);

    /// <summary>
    /// A workbook part read as Excel reads it: the sheet children of its one sheets element, each named by Excel's rule,
    /// with a relationship id, a sheet id of its own and a known state. Depends on the part's bytes alone, so its reading
    /// can be kept for identical parts; the relationships are resolved by the caller.
    /// </summary>
    private static WorkbookSheets ParseWorkbook(XmlReader reader)
    {
        var sheets = new List<(string, string, string?)>();
        var date1904 = false;
        // The sheets are the sheet children of the one sheets element: a second list, or another element in it, is no workbook Excel reads.
        PartShape.SpreadsheetRoot(reader, "workbook");
        var inSheets = false;
        var seenSheets = false;
        var sheetIds = new HashSet<uint>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 1)
            {
                inSheets = reader.LocalName == "sheets" && PartShape.IsSpreadsheet(reader);
                if (inSheets && seenSheets)
                    throw new XmlException("two sheets lists");
                seenSheets |= inSheets;
                if (reader.LocalName == "workbookPr" && PartShape.IsSpreadsheet(reader))
                    date1904 = reader.GetAttribute("date1904") switch
                    {
                        "1" or "true" => true,
                        null or "0" or "false" => false,
                        _ => throw new XmlException("bad date1904"),
                    };
            }
            else if (reader.Depth == 2 && inSheets)
            {
                if (reader.LocalName != "sheet" || !PartShape.IsSpreadsheet(reader))
                    throw new XmlException("unexpected element in sheets");
                var name = reader.GetAttribute("name");
                // Excel's rule for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end.
                if (name is not null && (name.Length is 0 or > 31 || name.IndexOfAny(new[] { ':', '\\', '/', '?', '*', '[', ']' }) >= 0 ||
                                         name.StartsWith('\'') || name.EndsWith('\'')))
                    throw new XmlException("bad sheet name");
                var id = RelationshipId(reader);
                // A sheet without a name or a worksheet part is one Excel refuses, never one to pass over.
                if (name is null || id is null)
                    throw new XmlException("a sheet without its name or part");
                if (!uint.TryParse(reader.GetAttribute("sheetId"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sheetId) ||
                    sheetId == 0 || !sheetIds.Add(sheetId))
                    throw new XmlException("bad sheetId");
                var state = reader.GetAttribute("state");
                if (state is not (null or "visible" or "hidden" or "veryHidden"))
                    throw new XmlException("bad sheet state");
                sheets.Add((name, id, state));
            }
            else if (inSheets)
            {
                throw new XmlException("unexpected element in a sheet");
            }
        }

        return new WorkbookSheets(sheets.ToArray(), date1904);
    }

    private string OfficeDocumentPart()
    {
        var documents = ReadRelationships("_rels/.rels", string.Empty).Values
            .Where(target => target.Type.EndsWith("/officeDocument", StringComparison.Ordinal))
            .ToList();
        if (documents.Count > 1)
        {
            throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai bảng tính lồng nhau");
        }

        if (documents.Count == 1 && _package.Has(documents[0].Part))
        {
            return documents[0].Part;
        }

        throw ImportProblems.NotXlsx.Reject(null, null, "");
    }

    /// <summary>The internal relationships of a relationship part by id (none when there is no such part), targets resolved.</summary>
    private Dictionary<string, (string Type, string Part)> ReadRelationships(string partName, string folder)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        // Read and checked (shape, one target per id) when the package was opened.
        foreach (var relationship in _package.Relationships(partName) ?? Array.Empty<PackageRelationship>())
        {
            if (relationship.IsInternal)
                result[relationship.Id] = (relationship.Type, Resolve(folder, relationship.Target));
        }

        return result;
    }

    private List<string> ReadSharedStrings()
    {
        var strings = new List<string>();
        if (_sharedStringsPart is null)
        {
            return strings;
        }

        using var reader = _package.OpenXml(_sharedStringsPart);
        if (reader is null)
        {
            return strings;
        }

        try
        {
            PartShape.SpreadsheetRoot(reader, "sst");
            var inExtension = false;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                // The strings are the root's si children (each read whole); anything else but an extension list is not SpreadsheetML.
                if (reader.Depth > 1 && inExtension)
                    continue;
                inExtension = reader.Depth == 1 && reader.LocalName == "extLst" && PartShape.IsSpreadsheet(reader);
                if (inExtension)
                    continue;
                if (reader.Depth != 1 || reader.LocalName != "si" || !PartShape.IsSpreadsheet(reader))
                    throw new XmlException("unexpected element " + reader.LocalName + " in sst");
                {
                    if (strings.Count >= _options.MaxCells)
                    {
                        throw ImportProblems.SheetTooLarge.Reject(null, null, "Tệp", "chuỗi văn bản", _options.MaxCells, "");
                    }

                    strings.Add(ReadRichText(reader, "si"));
                }
            }
        }
        catch (XmlException)
        {
            throw _package.XmlProblem(_sharedStringsPart);
        }

        return strings;
    }

    private static string? RelationshipId(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }

        string? id = null;
        do
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                id = reader.Value;
            }
        }
        while (reader.MoveToNextAttribute());

        reader.MoveToElement();
        return id;
    }

    private static string RelationshipsPartOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? "_rels/" + part + ".rels" : part[..slash] + "/_rels/" + part[(slash + 1)..] + ".rels";
    }

    private static string Folder(string part)
    {
        var slash = part.LastIndexOf('/');
        return slash < 0 ? string.Empty : part[..(slash + 1)];
    }

    /// <summary>A relationship target as a part name: absolute (<c>/xl/…</c>) or relative to the source's folder, <c>..</c> resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
