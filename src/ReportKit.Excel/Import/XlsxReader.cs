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
    private List<string>? _numberFormats;
    private string? _stylesPart;
    private string? _sharedStringsPart;

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

    private List<string> ReadNumberFormats()
    {
        var custom = new Dictionary<int, string>();
        var byStyle = new List<string>();
        if (_stylesPart is null || _package.OpenXml(_stylesPart) is not { } reader)
            return byStyle;
        using (reader)
        {
            try
            {
                var inCellXfs = false;
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
                        inCellXfs = false;
                    if (reader.NodeType != XmlNodeType.Element)
                        continue;
                    if (reader.LocalName == "numFmt" &&
                        int.TryParse(reader.GetAttribute("numFmtId"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                        custom[id] = reader.GetAttribute("formatCode") ?? "";
                    else if (reader.LocalName == "cellXfs" && !reader.IsEmptyElement)
                        inCellXfs = true;
                    else if (inCellXfs && reader.LocalName == "xf")
                    {
                        var formatId = int.TryParse(reader.GetAttribute("numFmtId"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 0;
                        byStyle.Add(custom.TryGetValue(formatId, out var code) ? code : BuiltInFormat(formatId));
                    }
                }
            }
            catch (XmlException)
            {
                throw _package.XmlProblem(_stylesPart);
            }
        }

        return byStyle;
    }

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
    /// The cells of a sheet, keyed by (row, column); only those <paramref name="wanted"/> accepts are kept, but every
    /// row and cell counts against the budgets.
    /// </summary>
    public Dictionary<(int Row, int Column), RawCell> ReadCells(SheetEntry sheet, Func<int, int, bool> wanted)
    {
        var cells = new Dictionary<(int, int), RawCell>();
        using var reader = _package.OpenXml(sheet.PartName) ?? throw ImportProblems.Corrupt.Reject(sheet.Name, null,
            ": thiếu nội dung của trang tính “" + sheet.Name + "”");
        var rows = 0;
        var cellCount = 0;
        var row = 0;
        var column = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "row")
                {
                    if (++rows > _options.MaxRows)
                    {
                        throw TooLarge(sheet, _options.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture) + " dòng");
                    }

                    row = int.TryParse(reader.GetAttribute("r"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    column = 0;
                }
                else if (reader.LocalName == "c")
                {
                    if (++cellCount > _options.MaxCells)
                    {
                        throw TooLarge(sheet, _options.MaxCells.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ô");
                    }

                    var reference = reader.GetAttribute("r");
                    if (reference is not null && TryParseReference(reference, out var cellRow, out var cellColumn))
                    {
                        row = cellRow;
                        column = cellColumn;
                    }
                    else
                    {
                        column++;
                    }

                    // Most cells of a form are labels and borders: reading only the wanted ones saves their value strings.
                    // An unwanted cell's children (v, f, is, t, r) are passed over by this loop: none is a row or a c.
                    if (wanted(row, column))
                    {
                        var style = int.TryParse(reader.GetAttribute("s"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
                        var cell = ReadCell(reader, reader.GetAttribute("t")) with { Style = style };
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

        return cells;
    }

    /// <summary>
    /// A value a cell cannot really hold is refused at the cell, never read as blank or as something else: a shared
    /// string the file does not have, a number that is not finite (NaN, infinities, beyond a double).
    /// </summary>
    private void CheckValue(SheetEntry sheet, int row, int column, RawCell cell)
    {
        var address = Layout.CellReference.A1(row, column);
        if (cell.Type == "s" && !cell.HasFormula && cell.Value is not null &&
            !(int.TryParse(cell.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && SharedString(index) is not null))
        {
            throw ImportProblems.BadSharedString.Reject(sheet.Name, address, address);
        }

        if (cell.Type is null or "n" && !cell.HasFormula && !string.IsNullOrEmpty(cell.Value) &&
            !(double.TryParse(cell.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)))
        {
            throw ImportProblems.BadNumber.Reject(sheet.Name, address, address, cell.Value!.Length <= 40 ? cell.Value : cell.Value[..40] + "…");
        }
    }

    private static FormRejectedException TooLarge(SheetEntry sheet, string limit) =>
        ImportProblems.SheetTooLarge.Reject(sheet.Name, null, "Trang tính “" + sheet.Name + "”", "dòng hoặc ô", limit, "dòng hay ");

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
        var positioned = false;

        // ReadElementContentAsString and Skip leave the reader on the next node: it must not be skipped.
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "f":
                    hasFormula = true;
                    formula = reader.ReadElementContentAsString();
                    positioned = true;
                    break;
                // An inline-string cell's value is its <is>, any other cell's its <v> (as Excel and ClosedXML read
                // them): the other element is ignored, never taken for the value.
                case "v":
                    var content = reader.ReadElementContentAsString();
                    positioned = true;
                    if (type != "inlineStr")
                        value = content;
                    break;
                case "is":
                    var text = ReadRichText(reader);
                    if (type == "inlineStr")
                        value = text;
                    break;
            }
        }

        return new RawCell(type, value, hasFormula, formula);
    }

    /// <summary>The text of an <c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>: its <c>&lt;t&gt;</c> runs, without phonetic runs.</summary>
    private static string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? single = null;
        System.Text.StringBuilder? text = null;
        var positioned = false;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
            {
                break;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "rPh")
            {
                reader.Skip();
                positioned = true;
            }
            else if (reader.LocalName == "t")
            {
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

        return text?.ToString() ?? single ?? string.Empty;
    }

    internal static bool TryParseReference(string reference, out int row, out int column)
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
        using (var reader = _package.OpenXml(workbookPart) ?? throw SafePackage.Corrupt())
        {
            try
            {
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (reader.LocalName == "workbookPr")
                    {
                        var date1904 = reader.GetAttribute("date1904");
                        Date1904 = date1904 is "1" or "true";
                    }
                    else if (reader.LocalName == "sheet")
                    {
                        var name = reader.GetAttribute("name");
                        var id = RelationshipId(reader);
                        if (name is not null && id is not null && relationships.TryGetValue(id, out var target))
                        {
                            sheets.Add(new SheetEntry(name, target.Part, reader.GetAttribute("state")));
                        }
                    }
                }
            }
            catch (XmlException)
            {
                throw _package.XmlProblem(workbookPart);
            }
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

    private Dictionary<string, (string Type, string Part)> ReadRelationships(string partName, string folder)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = _package.OpenXml(partName);
        if (reader is null)
        {
            return result;
        }

        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" &&
                    reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target &&
                    !string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
                {
                    result[id] = (reader.GetAttribute("Type") ?? string.Empty, Resolve(folder, target));
                }
            }
        }
        catch (XmlException)
        {
            throw _package.XmlProblem(partName);
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
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
                {
                    if (strings.Count >= _options.MaxCells)
                    {
                        throw ImportProblems.SheetTooLarge.Reject(null, null, "Tệp", "chuỗi văn bản", _options.MaxCells, "");
                    }

                    strings.Add(ReadRichText(reader));
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
