using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Writing;

/// <summary>
/// Writes a <see cref="WorkbookLayout"/> with ClosedXML 0.95.4. Text always goes in through the typed
/// setter as text (ClosedXML's <c>Value = string</c> would turn <c>0123</c> into 123 and
/// <c>2021-02-03</c> into a date), and text starting with <c>= + - @</c> also gets Excel's quote prefix,
/// so it stays text even when a user edits the cell. Only <see cref="CellValueKind.Formula"/> values
/// become formulas. The saved package is normalized for byte-identical output.
/// </summary>
public sealed class ClosedXmlWorkbookWriter : IWorkbookWriter
{
    /// <summary>Excel's limit on characters in one cell.</summary>
    public const int MaxCellTextLength = LayoutRules.MaxCellTextLength;

    /// <summary>The shared instance (the writer has no state).</summary>
    public static ClosedXmlWorkbookWriter Instance { get; } = new();

    /// <inheritdoc/>
    public void SaveAs(WorkbookLayout layout, string path, WorkbookSaveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        options ??= WorkbookSaveOptions.Default;
        PackageSaving.SaveAs(path, raw =>
        {
            WriteRaw(layout, raw, options);
            return PackageNormalizer.PackageEdits.None;
        }, options, layout.Properties.Author);
    }

    /// <inheritdoc/>
    public void Save(WorkbookLayout layout, Stream output, WorkbookSaveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        options ??= WorkbookSaveOptions.Default;
        PackageSaving.Save(output, raw =>
        {
            WriteRaw(layout, raw, options);
            return PackageNormalizer.PackageEdits.None;
        }, options, layout.Properties.Author);
    }

    private static void WriteRaw(WorkbookLayout layout, Stream raw, WorkbookSaveOptions options)
    {
        layout.Check();
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = CellFont.Default.Name;
        workbook.Style.Font.FontSize = CellFont.Default.Size;
        workbook.FullCalculationOnLoad = true;
        WriteProperties(workbook, layout.Properties, options);

        var styles = new StyleCache();
        foreach (var sheet in layout.Sheets)
        {
            WriteSheet(workbook.Worksheets.Add(sheet.Name), sheet, styles);
        }

        var firstVisible = layout.Sheets.First(s => s.Visibility == SheetVisibility.Visible);
        foreach (var worksheet in workbook.Worksheets)
        {
            var active = worksheet.Name == firstVisible.Name;
            worksheet.TabActive = active;
            worksheet.TabSelected = active;
        }

        foreach (var name in layout.DefinedNames)
        {
            var named = workbook.NamedRanges.Add(name.Name, CellReference.SheetPrefix(name.SheetName) + name.Range.ToAbsolute());
            named.Visible = !name.Hidden;
        }

        workbook.SaveAs(raw, new SaveOptions
        {
            ValidatePackage = false,
            EvaluateFormulasBeforeSaving = false,
            GenerateCalculationChain = false,
        });
        SetNormalFont(raw, layout);
    }

    /// <summary>
    /// ClosedXML 0.95.4 always writes Calibri 11 as the Normal style's font. Excel measures column
    /// widths in digits of that font and gives it to every unstyled cell, so it is set to Times New
    /// Roman 12 here, matching <see cref="TextMeasure"/> and the documents' conventions.
    /// </summary>
    private static void SetNormalFont(Stream raw, WorkbookLayout layout)
    {
        raw.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(raw, true);
        WritePrintTitles(document, layout);
        var stylesheet = document.WorkbookPart?.WorkbookStylesPart?.Stylesheet;
        var font = stylesheet?.Fonts?.Elements<DocumentFormat.OpenXml.Spreadsheet.Font>().FirstOrDefault();
        if (stylesheet is null || font is null)
        {
            throw new InvalidOperationException("ClosedXML wrote no stylesheet with a default font.");
        }

        font.FontName = new DocumentFormat.OpenXml.Spreadsheet.FontName { Val = CellFont.Default.Name };
        font.FontSize = new DocumentFormat.OpenXml.Spreadsheet.FontSize { Val = CellFont.Default.Size };
        font.FontFamilyNumbering = new DocumentFormat.OpenXml.Spreadsheet.FontFamilyNumbering { Val = 1 }; // roman (serif)
        stylesheet.Save();
    }

    private static void WriteProperties(XLWorkbook workbook, DocumentProperties properties, WorkbookSaveOptions options)
    {
        var timestamp = DateTime.SpecifyKind(options.Timestamp, DateTimeKind.Unspecified);
        workbook.Properties.Author = properties.Author;
        workbook.Properties.LastModifiedBy = properties.Author;
        workbook.Properties.Title = properties.Title;
        workbook.Properties.Subject = properties.Subject;
        workbook.Properties.Keywords = properties.Keywords;
        workbook.Properties.Comments = properties.Description;
        workbook.Properties.Category = properties.Category;
        workbook.Properties.Created = timestamp;
        workbook.Properties.Modified = timestamp;
    }

    private static void WriteSheet(IXLWorksheet worksheet, SheetLayout sheet, StyleCache styles)
    {
        worksheet.Visibility = sheet.Visibility == SheetVisibility.Hidden ? XLWorksheetVisibility.Hidden : XLWorksheetVisibility.Visible;
        worksheet.ShowGridLines = sheet.ShowGridLines;
        foreach (var (column, width) in sheet.ColumnWidths)
        {
            worksheet.Column(column).Width = width;
        }

        foreach (var band in sheet.Bands)
        {
            WriteBand(worksheet, sheet, band, styles);
        }

        if (sheet.Freeze is { } freeze)
        {
            worksheet.SheetView.Freeze(freeze.Rows, freeze.Columns);
        }

        WritePrintSetup(worksheet.PageSetup, sheet.Print);
        foreach (var rule in sheet.Validations)
        {
            WriteValidation(worksheet, rule);
        }

        if (sheet.Protection is { } protection)
        {
            var allowed = XLSheetProtectionElements.SelectLockedCells | XLSheetProtectionElements.SelectUnlockedCells;
            if (protection.AllowFormatColumns)
            {
                allowed |= XLSheetProtectionElements.FormatColumns;
            }

            if (protection.AllowFormatRows)
            {
                allowed |= XLSheetProtectionElements.FormatRows;
            }

            // The legacy hash: the modern ones add a random salt, which would break byte-identical output.
            worksheet.Protect(protection.Password ?? string.Empty, XLProtectionAlgorithm.Algorithm.SimpleHash, allowed);
        }
    }

    private static void WriteBand(IXLWorksheet worksheet, SheetLayout sheet, SheetBand band, StyleCache styles)
    {
        var multiRowMerges = band.MultiRowMerges.ToList();
        var mergeAnchors = new HashSet<(int, int)>(multiRowMerges.Select(m => (m.FirstRow, m.FirstColumn)));
        var rowNumber = band.FirstRow;
        foreach (var row in band.Rows())
        {
            WriteRow(worksheet, sheet, rowNumber, row, mergeAnchors, styles);
            rowNumber++;
        }

        foreach (var merge in multiRowMerges)
        {
            Merge(worksheet, merge);
        }
    }

    private static void WriteRow(IXLWorksheet worksheet, SheetLayout sheet, int rowNumber, LayoutRow row, HashSet<(int, int)> multiRowAnchors, StyleCache styles)
    {
        LayoutRules.CheckColumnOrder(row, rowNumber);
        foreach (var cell in row.Cells)
        {
            var target = worksheet.Cell(rowNumber, cell.Column);
            WriteValue(target, cell.Value);
            styles.Apply(target, cell.Style, LayoutRules.NeedsQuotePrefix(cell.Value), cell.Value.Kind == CellValueKind.Date);
        }

        foreach (var span in row.Merges)
        {
            Merge(worksheet, new CellRange(rowNumber, span.First, rowNumber, span.Last));
        }

        if ((row.Height ?? LayoutRules.WrappedRowHeight(sheet, row, rowNumber, multiRowAnchors)) is { } points)
        {
            worksheet.Row(rowNumber).Height = points;
        }
    }

    private static void Merge(IXLWorksheet worksheet, CellRange merge)
    {
        merge.Validate(nameof(merge));
        var range = worksheet.Range(merge.FirstRow, merge.FirstColumn, merge.LastRow, merge.LastColumn);
        range.Merge(false);

        // Excel draws a merged range's borders from every cell on its edge: give them all the anchor's style.
        var anchorStyle = worksheet.Cell(merge.FirstRow, merge.FirstColumn).Style;
        foreach (var cell in range.Cells())
        {
            if (cell.Address.RowNumber != merge.FirstRow || cell.Address.ColumnNumber != merge.FirstColumn)
            {
                cell.Style = anchorStyle;
            }
        }
    }

    private static void WriteValue(IXLCell target, CellValue value)
    {
        switch (value.Kind)
        {
            case CellValueKind.Blank:
                break;
            case CellValueKind.Text:
                LayoutRules.CheckTextLength(value, target.Address.RowNumber, target.Address.ColumnNumber);
                target.SetValue(value.TextValue);
                target.DataType = XLDataType.Text;
                break;
            case CellValueKind.Number:
                target.SetValue(value.NumberValue);
                break;
            case CellValueKind.Date:
                target.SetValue(value.DateValue.ToDateTime(TimeOnly.MinValue));
                break;
            case CellValueKind.Formula:
                target.FormulaA1 = value.TextValue;
                break;
            default:
                throw new InvalidOperationException("Unknown cell value kind " + value.Kind + ".");
        }
    }

    private static void WritePrintSetup(IXLPageSetup page, PrintSetup print)
    {
        page.PaperSize = print.Paper == PaperSize.A3 ? XLPaperSize.A3Paper : XLPaperSize.A4Paper;
        page.PageOrientation = print.Orientation == PageOrientation.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.Margins.Top = LayoutRules.Inches(print.Margins.Top);
        page.Margins.Bottom = LayoutRules.Inches(print.Margins.Bottom);
        page.Margins.Left = LayoutRules.Inches(print.Margins.Left);
        page.Margins.Right = LayoutRules.Inches(print.Margins.Right);
        page.Margins.Header = LayoutRules.Inches(print.Margins.Header);
        page.Margins.Footer = LayoutRules.Inches(print.Margins.Footer);
        page.CenterHorizontally = print.CenterHorizontally;
        if (print.FitToWidth)
        {
            page.FitToPages(1, 0);
        }

        if (print.Scale is { } scale)
        {
            page.Scale = scale;
        }

        page.PageOrder = print.OverThenDown ? XLPageOrderValues.OverThenDown : XLPageOrderValues.DownThenOver;
        foreach (var column in print.ColumnBreaks)
        {
            page.AddVerticalPageBreak(column - 1);
        }

        foreach (var row in print.RowBreaks)
        {
            page.AddHorizontalPageBreak(row - 1);
        }

        // Print titles are written after saving (SetNormalFont): ClosedXML 0.95.4 writes them unanchored (11:15).
    }

    /// <summary>Each sheet's print titles as Excel writes them (<see cref="LayoutRules.PrintTitles"/>), before the other names.</summary>
    private static void WritePrintTitles(DocumentFormat.OpenXml.Packaging.SpreadsheetDocument document, WorkbookLayout layout)
    {
        var workbook = document.WorkbookPart?.Workbook ?? throw new InvalidOperationException("ClosedXML wrote no workbook part.");
        var titles = new List<DocumentFormat.OpenXml.Spreadsheet.DefinedName>();
        for (var index = 0; index < layout.Sheets.Count; index++)
        {
            if (LayoutRules.PrintTitles(layout.Sheets[index].Name, layout.Sheets[index].Print) is { } text)
            {
                titles.Add(new DocumentFormat.OpenXml.Spreadsheet.DefinedName(text) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)index });
            }
        }

        if (titles.Count == 0)
        {
            return;
        }

        var names = workbook.DefinedNames;
        if (names is null)
        {
            names = new DocumentFormat.OpenXml.Spreadsheet.DefinedNames();
            workbook.InsertAfter(names, workbook.Sheets);
        }

        foreach (var title in Enumerable.Reverse(titles))
        {
            names.PrependChild(title);
        }

        workbook.Save();
    }

    private static void WriteValidation(IXLWorksheet worksheet, DataValidationRule rule)
    {
        var range = rule.Range;
        var validation = worksheet.Range(range.FirstRow, range.FirstColumn, range.LastRow, range.LastColumn).SetDataValidation();
        if (rule.Kind == ValidationKind.List)
        {
            validation.List("\"" + string.Join(",", rule.ListItems) + "\"", true);
        }
        else
        {
            Criteria(validation, rule);
        }

        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = rule.ErrorTitle;
        validation.ErrorMessage = rule.ErrorMessage;
        if (rule.Prompt is not null)
        {
            validation.ShowInputMessage = true;
            validation.InputTitle = rule.PromptTitle ?? string.Empty;
            validation.InputMessage = rule.Prompt;
        }
    }

    private static void Criteria(IXLDataValidation validation, DataValidationRule rule)
    {
        var criteria = rule.Kind switch
        {
            ValidationKind.WholeNumber => (IXLValidationCriteria)validation.WholeNumber,
            ValidationKind.Decimal => validation.Decimal,
            _ => validation.TextLength,
        };
        var minimum = rule.Minimum is { } min ? min.ToString("R", CultureInfo.InvariantCulture) : null;
        var maximum = rule.Maximum is { } max ? max.ToString("R", CultureInfo.InvariantCulture) : null;
        if (minimum is not null && maximum is not null)
        {
            criteria.Between(minimum, maximum);
        }
        else if (minimum is not null)
        {
            criteria.EqualOrGreaterThan(minimum);
        }
        else
        {
            criteria.EqualOrLessThan(maximum!);
        }
    }

    /// <summary>
    /// Styles each distinct (style, quote prefix) once, then copies it to other cells: assigning a
    /// whole style is far cheaper in ClosedXML than setting its properties one by one.
    /// </summary>
    private sealed class StyleCache
    {
        private readonly Dictionary<(CellStyle Style, bool QuotePrefix, bool IsDate), IXLStyle> _styles = new();

        public void Apply(IXLCell cell, CellStyle style, bool quotePrefix, bool isDate)
        {
            var key = (style, quotePrefix, isDate && style.NumberFormat is null);
            if (_styles.TryGetValue(key, out var known))
            {
                cell.Style = known;
                return;
            }

            Describe(cell.Style, style, quotePrefix, key.Item3);
            _styles[key] = cell.Style;
        }

        private static void Describe(IXLStyle target, CellStyle style, bool quotePrefix, bool defaultDate)
        {
            target.Font.FontName = style.Font.Name;
            target.Font.FontSize = style.Font.Size;
            target.Font.Bold = style.Font.Bold;
            target.Font.Italic = style.Font.Italic;
            target.Font.Underline = style.Font.Underline ? XLFontUnderlineValues.Single : XLFontUnderlineValues.None;
            target.Alignment.Horizontal = style.Horizontal switch
            {
                Layout.HorizontalAlignment.Left => XLAlignmentHorizontalValues.Left,
                Layout.HorizontalAlignment.Center => XLAlignmentHorizontalValues.Center,
                Layout.HorizontalAlignment.Right => XLAlignmentHorizontalValues.Right,
                Layout.HorizontalAlignment.Justify => XLAlignmentHorizontalValues.Justify,
                _ => XLAlignmentHorizontalValues.General,
            };
            target.Alignment.Vertical = style.Vertical switch
            {
                Layout.VerticalAlignment.Top => XLAlignmentVerticalValues.Top,
                Layout.VerticalAlignment.Center => XLAlignmentVerticalValues.Center,
                _ => XLAlignmentVerticalValues.Bottom,
            };
            target.Alignment.WrapText = style.Wrap;
            if (style.Indent > 0)
            {
                target.Alignment.Indent = style.Indent;
            }

            target.Border.LeftBorder = Border(style.Borders, CellBorders.Left);
            target.Border.RightBorder = Border(style.Borders, CellBorders.Right);
            target.Border.TopBorder = Border(style.Borders, CellBorders.Top);
            target.Border.BottomBorder = Border(style.Borders, CellBorders.Bottom);
            var format = style.NumberFormat ?? (defaultDate ? CellStyle.DefaultDateFormat : null);
            if (format is not null)
            {
                target.NumberFormat.Format = format;
            }

            if (style.FillColor is { } fill)
            {
                if (fill.Length != 6 || !int.TryParse(fill, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
                {
                    throw new InvalidOperationException("A fill colour is six hex digits RRGGBB, not '" + fill + "'.");
                }

                target.Fill.PatternType = XLFillPatternValues.Solid;
                target.Fill.BackgroundColor = XLColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
            }

            target.Protection.Locked = style.Locked;
            target.IncludeQuotePrefix = quotePrefix;
        }

        private static XLBorderStyleValues Border(CellBorders borders, CellBorders edge) =>
            (borders & edge) != 0 ? XLBorderStyleValues.Thin : XLBorderStyleValues.None;
    }
}
