using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellRange = ReportKit.Excel.Layout.CellRange;
using CellReference = ReportKit.Excel.Layout.CellReference;

namespace ReportKit.Excel.Inspection;

/// <summary>
/// A canonical, stable text rendering of any .xlsx file, for snapshot tests and reviews: document
/// properties and defined names, then per sheet (in tab order, with its visibility) the columns and
/// rows whose size is set, frozen panes, the used cells in row-major order (address, type, invariant
/// value, formula, and the style where it differs from the workbook's default), merges, data
/// validations, protection (with the unlocked cells) and print setup. Lines end with <c>\n</c>.
/// It reads the package itself (not through ClosedXML), so it shows what any Excel writer produced.
/// </summary>
public static class WorkbookText
{
    /// <summary>Renders the workbook at <paramref name="path"/>.</summary>
    public static string Render(string path)
    {
        using var stream = File.OpenRead(path);
        return Render(stream);
    }

    /// <summary>Renders the workbook in <paramref name="stream"/> (readable and seekable; left open).</summary>
    public static string Render(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook part.");
        var output = new StringBuilder();
        var renderer = new Renderer(workbookPart, output);
        RenderProperties(document, output);
        renderer.RenderWorkbook();
        return output.ToString();
    }

    private static void RenderProperties(SpreadsheetDocument document, StringBuilder output)
    {
        output.Append("properties\n");
        var core = document.CoreFilePropertiesPart;
        if (core is null)
        {
            return;
        }

        using var stream = core.GetStream();
        var root = XDocument.Load(stream).Root;
        if (root is null)
        {
            return;
        }

        foreach (var element in root.Elements().OrderBy(e => e.Name.LocalName, StringComparer.Ordinal))
        {
            output.Append("  ").Append(element.Name.LocalName).Append(": ").Append(Quote(element.Value)).Append('\n');
        }
    }

    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private sealed class Renderer
    {
        private readonly WorkbookPart _workbookPart;
        private readonly StringBuilder _output;
        private readonly StyleTable _styles;
        private readonly List<string> _sharedStrings;

        public Renderer(WorkbookPart workbookPart, StringBuilder output)
        {
            _workbookPart = workbookPart;
            _output = output;
            _styles = new StyleTable(workbookPart.WorkbookStylesPart?.Stylesheet);
            _sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(item => item.Text?.Text ?? string.Concat(item.Descendants<Text>().Select(t => t.Text)))
                .ToList() ?? new List<string>();
        }

        public void RenderWorkbook()
        {
            var workbook = _workbookPart.Workbook;
            var sheets = workbook.Sheets?.Elements<Sheet>().ToList() ?? new List<Sheet>();
            var names = workbook.DefinedNames?.Elements<DefinedName>().ToList() ?? new List<DefinedName>();

            _output.Append("names\n");
            foreach (var name in names
                .Where(n => n.Name?.Value != "_xlnm.Print_Titles")
                .OrderBy(n => n.Name?.Value, StringComparer.Ordinal)
                .ThenBy(n => n.LocalSheetId?.Value ?? uint.MaxValue))
            {
                _output.Append("  ").Append(name.Name?.Value).Append(" = ").Append(name.Text);
                if (name.LocalSheetId?.Value is { } local && local < sheets.Count)
                {
                    _output.Append(" (sheet ").Append(Quote(sheets[(int)local].Name?.Value ?? string.Empty)).Append(')');
                }

                if (name.Hidden?.Value == true)
                {
                    _output.Append(" (hidden)");
                }

                _output.Append('\n');
            }

            for (var index = 0; index < sheets.Count; index++)
            {
                var sheet = sheets[index];
                var state = sheet.State?.Value switch
                {
                    null => "visible",
                    { } s when s == SheetStateValues.Hidden => "hidden",
                    { } s when s == SheetStateValues.VeryHidden => "very hidden",
                    _ => "visible",
                };
                _output.Append("sheet ").Append(Quote(sheet.Name?.Value ?? string.Empty)).Append(' ').Append(state).Append('\n');
                if (sheet.Id?.Value is { } id && _workbookPart.GetPartById(id) is WorksheetPart worksheetPart)
                {
                    var printTitles = names.FirstOrDefault(n => n.Name?.Value == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == (uint)index)?.Text;
                    RenderSheet(worksheetPart.Worksheet, printTitles);
                }
                else
                {
                    _output.Append("  (not a worksheet)\n");
                }
            }
        }

        private void RenderSheet(Worksheet worksheet, string? printTitles)
        {
            RenderColumns(worksheet);
            var rows = worksheet.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? new List<Row>();
            RenderRows(rows);
            RenderFrozen(worksheet);
            var merges = worksheet.GetFirstChild<MergeCells>()?.Elements<MergeCell>()
                .Select(m => ParseRange(m.Reference?.Value ?? string.Empty))
                .OrderBy(r => r.FirstRow).ThenBy(r => r.FirstColumn).ToList() ?? new List<CellRange>();
            var unlocked = RenderCells(rows, merges);
            if (merges.Count > 0)
            {
                _output.Append("  merges\n");
                foreach (var merge in merges)
                {
                    _output.Append("    ").Append(merge.ToString()).Append('\n');
                }
            }

            RenderValidations(worksheet);
            RenderProtection(worksheet, unlocked);
            RenderPrint(worksheet, printTitles);
        }

        private void RenderColumns(Worksheet worksheet)
        {
            // Excel's default width (8.43 characters plus padding) unless the sheet names another;
            // a column range at the default width is only carrying a style and is left out.
            var defaultWidth = worksheet.GetFirstChild<SheetFormatProperties>()?.DefaultColumnWidth?.Value ?? 9.140625;
            var columns = worksheet.GetFirstChild<Columns>()?.Elements<Column>()
                .Where(c => (c.Width?.Value is { } w && Math.Abs(w - defaultWidth) > 1e-6) || c.Hidden?.Value == true)
                .OrderBy(c => c.Min?.Value ?? 0).ToList();
            if (columns is null || columns.Count == 0)
            {
                return;
            }

            _output.Append("  columns\n");
            foreach (var column in columns)
            {
                var min = (int)(column.Min?.Value ?? 1);
                var max = (int)(column.Max?.Value ?? (uint)min);
                _output.Append("    ").Append(CellReference.ColumnLetters(min));
                if (max != min)
                {
                    _output.Append(':').Append(CellReference.ColumnLetters(max));
                }

                if (column.Width?.Value is { } width)
                {
                    _output.Append(" width ").Append(Number(Math.Round(width, 2)));
                }

                if (column.Hidden?.Value == true)
                {
                    _output.Append(" hidden");
                }

                _output.Append('\n');
            }
        }

        private void RenderRows(List<Row> rows)
        {
            var set = rows.Where(r => r.CustomHeight?.Value == true || r.Hidden?.Value == true).ToList();
            if (set.Count == 0)
            {
                return;
            }

            _output.Append("  rows\n");
            foreach (var row in set.OrderBy(r => r.RowIndex?.Value ?? 0))
            {
                _output.Append("    ").Append(row.RowIndex?.Value.ToString(CultureInfo.InvariantCulture));
                if (row.CustomHeight?.Value == true && row.Height?.Value is { } height)
                {
                    _output.Append(" height ").Append(Number(Math.Round(height, 2)));
                }

                if (row.Hidden?.Value == true)
                {
                    _output.Append(" hidden");
                }

                _output.Append('\n');
            }
        }

        private void RenderFrozen(Worksheet worksheet)
        {
            var pane = worksheet.GetFirstChild<SheetViews>()?.Elements<SheetView>().FirstOrDefault()?.GetFirstChild<Pane>();
            if (pane?.State?.Value is { } state && (state == PaneStateValues.Frozen || state == PaneStateValues.FrozenSplit))
            {
                _output.Append("  frozen rows ").Append(Number(pane.VerticalSplit?.Value ?? 0))
                    .Append(" columns ").Append(Number(pane.HorizontalSplit?.Value ?? 0)).Append('\n');
            }
        }

        /// <summary>Renders the cells; returns the unlocked cells (for the protection section).</summary>
        private List<(int Row, int Column)> RenderCells(List<Row> rows, List<CellRange> merges)
        {
            var covered = new HashSet<(int, int)>();
            foreach (var merge in merges.Where(m => (long)m.RowCount * m.ColumnCount <= 100_000))
            {
                for (var r = merge.FirstRow; r <= merge.LastRow; r++)
                {
                    for (var c = merge.FirstColumn; c <= merge.LastColumn; c++)
                    {
                        if (r != merge.FirstRow || c != merge.FirstColumn)
                        {
                            covered.Add((r, c));
                        }
                    }
                }
            }

            var unlocked = new List<(int Row, int Column)>();
            var lines = new List<string>();
            var rowNumber = 0;
            foreach (var row in rows)
            {
                rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
                var columnNumber = 0;
                var pendingBlank = (First: 0, Last: 0, Style: string.Empty);
                foreach (var cell in row.Elements<Cell>())
                {
                    columnNumber = cell.CellReference?.Value is { } reference ? CellReference.Parse(reference).Column : columnNumber + 1;
                    var styleIndex = (int)(cell.StyleIndex?.Value ?? 0);
                    if (!_styles.IsLocked(styleIndex))
                    {
                        unlocked.Add((rowNumber, columnNumber));
                    }

                    if (covered.Contains((rowNumber, columnNumber)))
                    {
                        continue;
                    }

                    var style = _styles.Describe(styleIndex);
                    var value = DescribeValue(cell, styleIndex);
                    if (value is null)
                    {
                        if (style.Length == 0)
                        {
                            continue;
                        }

                        // Styled blank cells (table borders, input cells) collapse into runs.
                        if (pendingBlank.First > 0 && pendingBlank.Last == columnNumber - 1 && pendingBlank.Style == style)
                        {
                            pendingBlank.Last = columnNumber;
                            continue;
                        }

                        FlushBlank(lines, rowNumber, pendingBlank);
                        pendingBlank = (columnNumber, columnNumber, style);
                        continue;
                    }

                    FlushBlank(lines, rowNumber, pendingBlank);
                    pendingBlank = (0, 0, string.Empty);
                    lines.Add(CellReference.A1(rowNumber, columnNumber) + " " + value + (style.Length > 0 ? " {" + style + "}" : string.Empty));
                }

                FlushBlank(lines, rowNumber, pendingBlank);
            }

            if (lines.Count > 0)
            {
                _output.Append("  cells\n");
                foreach (var line in lines)
                {
                    _output.Append("    ").Append(line).Append('\n');
                }
            }

            return unlocked;
        }

        private static void FlushBlank(List<string> lines, int row, (int First, int Last, string Style) blank)
        {
            if (blank.First == 0)
            {
                return;
            }

            var range = new CellRange(row, blank.First, row, blank.Last);
            lines.Add(range + " blank {" + blank.Style + "}");
        }

        private string? DescribeValue(Cell cell, int styleIndex)
        {
            var type = cell.DataType?.Value;
            var raw = cell.CellValue?.Text;
            var formula = cell.CellFormula;
            string? cached = null;
            if (type == CellValues.SharedString)
            {
                // A shared-string cell without a value is how some writers leave a styled blank.
                cached = raw is null ? null
                    : int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                        ? "text " + Quote(_sharedStrings[index])
                        : "text (missing shared string " + raw + ")";
            }
            else if (type == CellValues.InlineString)
            {
                var inline = cell.InlineString;
                cached = "text " + Quote(inline?.Text?.Text ?? string.Concat(inline?.Descendants<Text>().Select(t => t.Text) ?? Enumerable.Empty<string>()));
            }
            else if (raw is not null)
            {
                if (type == CellValues.String)
                {
                    cached = "text " + Quote(raw);
                }
                else if (type == CellValues.Boolean)
                {
                    cached = "bool " + (raw == "1" ? "TRUE" : "FALSE");
                }
                else if (type == CellValues.Error)
                {
                    cached = "error " + raw;
                }
                else if (type == CellValues.Date)
                {
                    cached = "date " + raw;
                }
                else if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    cached = _styles.IsDateFormat(styleIndex) && number is >= 0 and < 2958466
                        ? "date " + FormatSerialDate(number)
                        : "number " + Number(number);
                }
                else
                {
                    cached = "number " + Quote(raw);
                }
            }

            if (formula is not null)
            {
                var text = formula.Text;
                var shown = string.IsNullOrEmpty(text)
                    ? "formula (shared " + formula.SharedIndex?.Value.ToString(CultureInfo.InvariantCulture) + ")"
                    : "formula =" + text;
                return cached is null ? shown : shown + " -> " + cached;
            }

            return cached;
        }

        private static string FormatSerialDate(double serial)
        {
            // Excel's 1900 system (serial 60 is the fictitious 29 Feb 1900); DateTime.FromOADate matches it from 61 on.
            var date = DateTime.FromOADate(serial);
            return Math.Abs(serial - Math.Floor(serial)) < 1e-9
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }

        private void RenderValidations(Worksheet worksheet)
        {
            var validations = worksheet.GetFirstChild<DataValidations>()?.Elements<DataValidation>().ToList();
            if (validations is null || validations.Count == 0)
            {
                return;
            }

            var lines = new List<string>();
            foreach (var validation in validations)
            {
                var line = new StringBuilder();
                var references = string.Join(" ", (validation.SequenceOfReferences?.Items ?? new List<StringValue>())
                    .Select(s => s.Value ?? string.Empty).OrderBy(s => s, StringComparer.Ordinal));
                line.Append(references).Append(' ').Append(validation.Type?.InnerText ?? "none");
                var op = validation.Operator?.InnerText ?? "between";
                if (validation.Type?.Value is { } kind && kind != DataValidationValues.List && kind != DataValidationValues.Custom && kind != DataValidationValues.None)
                {
                    line.Append(' ').Append(op);
                }

                if (validation.Formula1?.Text is { Length: > 0 } f1)
                {
                    line.Append(' ').Append(f1);
                }

                if (validation.Formula2?.Text is { Length: > 0 } f2)
                {
                    line.Append(" and ").Append(f2);
                }

                if (validation.AllowBlank?.Value == true)
                {
                    line.Append(" allowBlank");
                }

                if (validation.ShowErrorMessage?.Value == true)
                {
                    line.Append(" error(").Append(validation.ErrorStyle?.InnerText ?? "stop").Append(")=")
                        .Append(Quote((validation.ErrorTitle?.Value ?? string.Empty) + ": " + (validation.Error?.Value ?? string.Empty)));
                }

                if (validation.ShowInputMessage?.Value == true && !string.IsNullOrEmpty(validation.Prompt?.Value))
                {
                    line.Append(" prompt=").Append(Quote((validation.PromptTitle?.Value ?? string.Empty) + ": " + (validation.Prompt?.Value ?? string.Empty)));
                }

                lines.Add(line.ToString());
            }

            _output.Append("  validations\n");
            foreach (var line in lines.OrderBy(l => l, StringComparer.Ordinal))
            {
                _output.Append("    ").Append(line).Append('\n');
            }
        }

        private void RenderProtection(Worksheet worksheet, List<(int Row, int Column)> unlocked)
        {
            var protection = worksheet.GetFirstChild<SheetProtection>();
            if (protection?.Sheet?.Value != true)
            {
                if (unlocked.Count > 0)
                {
                    _output.Append("  not protected; unlocked ").Append(CollapseCells(unlocked)).Append('\n');
                }

                return;
            }

            var hasPassword = protection.Password is not null || protection.HashValue is not null;
            var flags = protection.GetAttributes()
                .Where(a => a.LocalName is not ("sheet" or "password" or "algorithmName" or "hashValue" or "saltValue" or "spinCount"))
                .OrderBy(a => a.LocalName, StringComparer.Ordinal)
                .Select(a => a.LocalName + "=" + a.Value);
            _output.Append("  protection sheet").Append(hasPassword ? " password" : string.Empty);
            foreach (var flag in flags)
            {
                _output.Append(' ').Append(flag);
            }

            _output.Append('\n');
            _output.Append("    unlocked ").Append(unlocked.Count == 0 ? "(none)" : CollapseCells(unlocked)).Append('\n');
        }

        /// <summary>Cells as rectangles: runs within a row, then equal runs on consecutive rows joined.</summary>
        private static string CollapseCells(List<(int Row, int Column)> cells)
        {
            var runs = new List<CellRange>();
            foreach (var group in cells.Distinct().GroupBy(c => c.Row).OrderBy(g => g.Key))
            {
                var columns = group.Select(c => c.Column).OrderBy(c => c).ToList();
                var start = columns[0];
                var previous = start;
                foreach (var column in columns.Skip(1).Append(int.MaxValue))
                {
                    if (column == previous + 1)
                    {
                        previous = column;
                        continue;
                    }

                    runs.Add(new CellRange(group.Key, start, group.Key, previous));
                    start = previous = column;
                }
            }

            var rectangles = new List<CellRange>();
            foreach (var run in runs)
            {
                var index = rectangles.FindIndex(r => r.LastRow == run.FirstRow - 1 && r.FirstColumn == run.FirstColumn && r.LastColumn == run.LastColumn);
                if (index >= 0)
                {
                    rectangles[index] = rectangles[index] with { LastRow = run.LastRow };
                }
                else
                {
                    rectangles.Add(run);
                }
            }

            return string.Join(" ", rectangles.OrderBy(r => r.FirstRow).ThenBy(r => r.FirstColumn).Select(r => r.ToString()));
        }

        private void RenderPrint(Worksheet worksheet, string? printTitles)
        {
            var setup = worksheet.GetFirstChild<PageSetup>();
            var margins = worksheet.GetFirstChild<PageMargins>();
            var options = worksheet.GetFirstChild<PrintOptions>();
            var fitToPage = worksheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value == true;
            if (setup is null && margins is null && options is null && printTitles is null)
            {
                return;
            }

            var line = new StringBuilder("  print");
            if (setup is not null)
            {
                var paper = setup.PaperSize?.Value ?? 1;
                line.Append(" paper ").Append(paper switch { 9u => "A4", 8u => "A3", 1u => "Letter", 5u => "Legal", _ => "#" + paper.ToString(CultureInfo.InvariantCulture) });
                line.Append(' ').Append(setup.Orientation?.Value == OrientationValues.Landscape ? "landscape" : setup.Orientation?.Value == OrientationValues.Portrait ? "portrait" : "default-orientation");
                if (setup.Scale?.Value is { } scale && scale != 100)
                {
                    line.Append(" scale ").Append(scale.ToString(CultureInfo.InvariantCulture));
                }
            }

            if (fitToPage)
            {
                line.Append(" fit ").Append((setup?.FitToWidth?.Value ?? 1).ToString(CultureInfo.InvariantCulture))
                    .Append(" wide ").Append((setup?.FitToHeight?.Value ?? 1).ToString(CultureInfo.InvariantCulture)).Append(" tall");
            }

            if (options?.HorizontalCentered?.Value == true)
            {
                line.Append(" centered");
            }

            if (setup?.PageOrder?.Value == PageOrderValues.OverThenDown)
            {
                line.Append(" over-then-down");
            }

            if (printTitles is not null)
            {
                // 'Sheet'!$A:$B,'Sheet'!$11:$15 → $A:$B,$11:$15 (a sheet name may itself hold a comma).
                var ranges = System.Text.RegularExpressions.Regex.Matches(printTitles, "!([^,!]+)(?=,|$)").Select(m => m.Groups[1].Value).ToList();
                line.Append(" repeat ").Append(ranges.Count > 0 ? string.Join(",", ranges) : printTitles);
            }

            if (worksheet.GetFirstChild<ColumnBreaks>() is { } columnBreaks)
            {
                line.Append(" page-columns-from ").Append(string.Join(",", columnBreaks.Elements<Break>()
                    .Select(b => CellReference.ColumnLetters((int)(b.Id?.Value ?? 0) + 1))));
            }

            if (worksheet.GetFirstChild<RowBreaks>() is { } rowBreaks)
            {
                line.Append(" page-rows-from ").Append(string.Join(",", rowBreaks.Elements<Break>()
                    .Select(b => ((b.Id?.Value ?? 0) + 1).ToString(CultureInfo.InvariantCulture))));
            }

            if (margins is not null)
            {
                line.Append(" margins(mm) top ").Append(Millimetres(margins.Top?.Value))
                    .Append(" bottom ").Append(Millimetres(margins.Bottom?.Value))
                    .Append(" left ").Append(Millimetres(margins.Left?.Value))
                    .Append(" right ").Append(Millimetres(margins.Right?.Value))
                    .Append(" header ").Append(Millimetres(margins.Header?.Value))
                    .Append(" footer ").Append(Millimetres(margins.Footer?.Value));
            }

            _output.Append(line).Append('\n');
        }

        private static string Millimetres(double? inches) => inches is { } value ? Number(Math.Round(value * 25.4, 1)) : "?";

        private static CellRange ParseRange(string reference)
        {
            var parts = reference.Split(':');
            var first = CellReference.Parse(parts[0]);
            var last = parts.Length > 1 ? CellReference.Parse(parts[1]) : first;
            return new CellRange(first.Row, first.Column, last.Row, last.Column);
        }
    }
}
