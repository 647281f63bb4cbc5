using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using System.Xml.Linq;
using ReportKit.Excel.Layout;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;
using LayoutHorizontal = ReportKit.Excel.Layout.HorizontalAlignment;
using LayoutVertical = ReportKit.Excel.Layout.VerticalAlignment;
using SheetCell = SpreadCheetah.Cell;

namespace ReportKit.Excel.Writing;

/// <summary>
/// Writes a <see cref="WorkbookLayout"/> with SpreadCheetah 1.28, a forward-only writer: streamed bands
/// are enumerated once and written row by row, so memory does not grow with the number of rows. The
/// file matches <see cref="ClosedXmlWorkbookWriter"/>'s as <see cref="Inspection.WorkbookText"/> shows it
/// (same values, styles, merges, sizes, freezing, validations, protection, print setup, names and
/// properties). What SpreadCheetah cannot write (quote prefixes, unlocked cells, justified text, defined
/// names and print titles, sheet protection, print setup, full recalculation on load, the remaining core
/// properties) is added while the package is normalized, by small edits of the workbook, styles and core
/// parts and a streaming splice of each sheet part. Differences from the ClosedXML file: text is stored
/// inline rather than in the shared-string table, and validation bounds are written as SpreadCheetah
/// formats them (whole-number bounds rounded inwards to integers, which accepts the same numbers), and a
/// sheet password with characters outside ASCII is hashed from its UTF-16 code units, which may not be
/// the hash ClosedXML writes for it (ASCII passwords give the same hash).
/// </summary>
public sealed class SpreadCheetahWorkbookWriter : IWorkbookWriter
{
    /// <summary>Day 0 of Excel's 1900 date system as it is stored (so 1900-03-01 is 61).</summary>

    /// <summary>The shared instance (the writer has no state).</summary>
    public static SpreadCheetahWorkbookWriter Instance { get; } = new();

    /// <inheritdoc/>
    public void SaveAs(WorkbookLayout layout, string path, WorkbookSaveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        options ??= WorkbookSaveOptions.Default;
        PackageSaving.SaveAs(path, raw => WriteRaw(layout, raw), options, layout.Properties.Author);
    }

    /// <inheritdoc/>
    public void Save(WorkbookLayout layout, Stream output, WorkbookSaveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        options ??= WorkbookSaveOptions.Default;
        PackageSaving.Save(output, raw => WriteRaw(layout, raw), options, layout.Properties.Author);
    }

    private static PackageNormalizer.PackageEdits WriteRaw(WorkbookLayout layout, Stream raw)
    {
        layout.Check();
        var options = new SpreadCheetahOptions
        {
            // The package is recompressed once more when it is normalized.
            CompressionLevel = SpreadCheetahCompressionLevel.Fastest,
            DefaultFont = new DefaultFont { Name = CellFont.Default.Name, Size = CellFont.Default.Size },

            // Dates are written as serial numbers with an explicit format, like ClosedXML does.
            DefaultDateTimeFormat = null,
            DocumentProperties = new SpreadCheetah.Metadata.DocumentProperties { Author = layout.Properties.Author },
        };

        var sheetEdits = new Dictionary<string, Action<Stream, Stream>>(StringComparer.Ordinal);
        var spreadsheet = Wait(Spreadsheet.CreateNewAsync(raw, options));
        using (spreadsheet)
        {
            var styles = new StyleRegistry(spreadsheet);
            for (var index = 0; index < layout.Sheets.Count; index++)
            {
                var sheet = layout.Sheets[index];
                new SheetWriter(spreadsheet, sheet, styles).Write();
                var splice = WorkbookParts.SheetSplice(sheet);
                sheetEdits["xl/worksheets/sheet" + (index + 1).ToString(CultureInfo.InvariantCulture) + ".xml"] = splice.Apply;
            }

            Wait(spreadsheet.FinishAsync());
            return new PackageNormalizer.PackageEdits
            {
                Compression = CompressionLevel.Fastest,
                Streams = sheetEdits,
                Documents = new Dictionary<string, Func<XDocument, XDocument>>(StringComparer.Ordinal)
                {
                    ["xl/workbook.xml"] = workbook => WorkbookParts.EditWorkbook(workbook, layout),
                    ["xl/styles.xml"] = stylesheet => WorkbookParts.EditStyles(stylesheet, styles.Extras),
                    ["docProps/core.xml"] = _ => WorkbookParts.CoreProperties(layout.Properties),
                },
            };
        }
    }

    /// <summary>SpreadCheetah's API is asynchronous; writing to a memory stream completes synchronously.</summary>
    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    private static T Wait<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    /// <summary>Writes one sheet's rows, merges and validations.</summary>
    private sealed class SheetWriter
    {
        private static readonly HashSet<(int Row, int Column)> NoAnchors = new();
        private readonly Spreadsheet _spreadsheet;
        private readonly SheetLayout _sheet;
        private readonly StyleRegistry _styles;
        private SheetCell[] _cells = new SheetCell[64];

        // Columns of the current row covered by a merge, and the style they copy from its anchor.
        private int[] _coveredStamp = new int[64];
        private StyleId?[] _coveredStyle = new StyleId?[64];
        private int _stamp;

        public SheetWriter(Spreadsheet spreadsheet, SheetLayout sheet, StyleRegistry styles)
        {
            _spreadsheet = spreadsheet;
            _sheet = sheet;
            _styles = styles;
        }

        public void Write()
        {
            var options = new WorksheetOptions();
            foreach (var (column, width) in _sheet.ColumnWidths)
            {
                options.Column(column).Width = LayoutRules.SavedColumnWidth(width);
            }

            if (_sheet.Freeze is { } freeze)
            {
                options.FrozenRows = freeze.Rows > 0 ? freeze.Rows : null;
                options.FrozenColumns = freeze.Columns > 0 ? freeze.Columns : null;
            }

            options.Visibility = _sheet.Visibility == SheetVisibility.Hidden ? WorksheetVisibility.Hidden : WorksheetVisibility.Visible;
            if (!_sheet.ShowGridLines)
            {
                options.ShowGridlines = false;
            }

            Wait(_spreadsheet.StartWorksheetAsync(_sheet.Name, options));
            foreach (var band in _sheet.Bands)
            {
                WriteBand(band);
            }

            foreach (var rule in _sheet.Validations)
            {
                _spreadsheet.AddDataValidation(rule.Range.ToString(), Validation(rule));
            }
        }

        private void WriteBand(SheetBand band)
        {
            var multiRowMerges = band.MultiRowMerges.ToList();
            var anchors = NoAnchors;
            Dictionary<(int Row, int Column), StyleId?>? covered = null;
            if (multiRowMerges.Count > 0)
            {
                // Only fixed blocks have multi-row merges, and blocks are small: their covered cells are listed up front.
                anchors = new HashSet<(int, int)>(multiRowMerges.Select(m => (m.FirstRow, m.FirstColumn)));
                covered = new Dictionary<(int, int), StyleId?>();
                foreach (var merge in multiRowMerges)
                {
                    merge.Validate(nameof(merge));
                    var anchor = band.Block!.Get(merge.FirstRow - band.FirstRow + 1, merge.FirstColumn);
                    var style = anchor is { } cell ? _styles.Get(cell.Column, cell.Style, cell.Value) : null;
                    for (var r = merge.FirstRow; r <= merge.LastRow; r++)
                    {
                        for (var c = merge.FirstColumn; c <= merge.LastColumn; c++)
                        {
                            if (r != merge.FirstRow || c != merge.FirstColumn)
                            {
                                covered[(r, c)] = style;
                            }
                        }
                    }
                }
            }

            var rowNumber = band.FirstRow;
            foreach (var row in band.Rows())
            {
                WriteRow(row, rowNumber, anchors, covered);
                rowNumber++;
            }

            foreach (var merge in multiRowMerges)
            {
                _spreadsheet.MergeCells(merge.ToString());
            }
        }

        private void WriteRow(LayoutRow row, int rowNumber, HashSet<(int, int)> anchors, Dictionary<(int, int), StyleId?>? covered)
        {
            LayoutRules.CheckColumnOrder(row, rowNumber);
            var cells = row.CellSpan;
            var lastColumn = cells.Length > 0 ? cells[^1].Column : 0;
            var coveredColumns = MarkCovered(row, rowNumber, covered);
            if (coveredColumns == 0 && lastColumn == cells.Length)
            {
                // The common table row: columns 1..n, one cell each, nothing merged.
                EnsureCapacity(lastColumn);
                for (var i = 0; i < cells.Length; i++)
                {
                    _cells[i] = Convert(in cells[i], rowNumber);
                }
            }
            else
            {
                lastColumn = Math.Max(lastColumn, coveredColumns);
                EnsureCapacity(lastColumn);
                var next = 0;
                for (var column = 1; column <= lastColumn; column++)
                {
                    var hasCell = next < cells.Length && cells[next].Column == column;
                    if (coveredColumns > 0 && _coveredStamp[column] == _stamp)
                    {
                        // Excel draws a merged range's borders from every cell on its edge: they all get the anchor's style.
                        _cells[column - 1] = _coveredStyle[column] is { } anchorStyle ? new SheetCell((string?)null, anchorStyle) : default;
                    }
                    else
                    {
                        _cells[column - 1] = hasCell ? Convert(in cells[next], rowNumber) : default;
                    }

                    if (hasCell)
                    {
                        next++;
                    }
                }
            }

            var height = row.Height ?? LayoutRules.WrappedRowHeight(_sheet, row, rowNumber, anchors);
            var memory = new ReadOnlyMemory<SheetCell>(_cells, 0, lastColumn);
            Wait(height is { } points
                ? _spreadsheet.AddRowAsync(memory, new RowOptions { Height = points })
                : _spreadsheet.AddRowAsync(memory));

            foreach (var span in row.Merges)
            {
                var merge = new CellRange(rowNumber, span.First, rowNumber, span.Last);
                merge.Validate(nameof(row));
                _spreadsheet.MergeCells(merge.ToString());
            }
        }

        /// <summary>Marks the row's columns covered by a merge; returns the last one (0 when none).</summary>
        private int MarkCovered(LayoutRow row, int rowNumber, Dictionary<(int Row, int Column), StyleId?>? covered)
        {
            if (row.Merges.Count == 0 && covered is null)
            {
                return 0;
            }

            _stamp++;
            var last = 0;
            foreach (var span in row.Merges)
            {
                LayoutCell? anchor = null;
                foreach (var cell in row.Cells)
                {
                    if (cell.Column == span.First)
                    {
                        anchor = cell;
                        break;
                    }
                }

                var style = anchor is { } a ? _styles.Get(a.Column, a.Style, a.Value) : null;
                for (var column = span.First + 1; column <= span.Last; column++)
                {
                    Cover(column, style);
                }

                last = Math.Max(last, span.Last);
            }

            if (covered is not null)
            {
                foreach (var ((r, column), style) in covered)
                {
                    if (r == rowNumber)
                    {
                        Cover(column, style);
                        last = Math.Max(last, column);
                    }
                }
            }

            return last;
        }

        private void Cover(int column, StyleId? style)
        {
            if (column >= _coveredStamp.Length)
            {
                var size = Math.Max(column + 1, _coveredStamp.Length * 2);
                Array.Resize(ref _coveredStamp, size);
                Array.Resize(ref _coveredStyle, size);
            }

            _coveredStamp[column] = _stamp;
            _coveredStyle[column] = style;
        }

        private void EnsureCapacity(int columns)
        {
            if (columns > _cells.Length)
            {
                Array.Resize(ref _cells, Math.Max(columns, _cells.Length * 2));
            }

            if (columns >= _coveredStamp.Length)
            {
                var size = Math.Max(columns + 1, _coveredStamp.Length * 2);
                Array.Resize(ref _coveredStamp, size);
                Array.Resize(ref _coveredStyle, size);
            }
        }

        /// <summary>
        /// The cell as SpreadCheetah takes it. Numbers, the bulk of a summary, take the short path: every
        /// other kind is built out of line, so this method's frame stays small (SpreadCheetah's cells are
        /// large structs, and each one the method could build is a stack slot zeroed on every call).
        /// </summary>
        private SheetCell Convert(in LayoutCell cell, int rowNumber)
        {
            var style = _styles.Get(cell.Column, cell.Style, cell.Value);
            return cell.Value.Kind == CellValueKind.Number
                ? Number(cell.Value.NumberValue, style)
                : NotNumber(cell.Value, style, rowNumber, cell.Column);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static SheetCell NotNumber(CellValue value, StyleId? style, int rowNumber, int column)
        {
            switch (value.Kind)
            {
                case CellValueKind.Blank:
                    return style is null ? default : new SheetCell((string?)null, style);
                case CellValueKind.Text when value.TextValue.Length == 0:
                    return style is null ? default : new SheetCell((string?)null, style); // as ClosedXML: an empty text is a blank cell
                case CellValueKind.Text:
                    // A string DataCell is always written as text: never parsed, never a formula.
                    LayoutRules.CheckTextLength(value, rowNumber, column);
                    return new SheetCell(value.TextValue, style);
                case CellValueKind.Date:
                    return new SheetCell(ExcelDates.Serial(value.DateValue), style);
                case CellValueKind.Formula:
                    return new SheetCell(new Formula(value.TextValue), style);
                default:
                    throw new InvalidOperationException("Unknown cell value kind " + value.Kind + ".");
            }
        }

        /// <summary>
        /// A whole number in int range goes to SpreadCheetah as an int: it writes the same digits as for the
        /// double (both invariant, shortest form) several times faster. Negative zero stays a double ("-0").
        /// </summary>
        private static SheetCell Number(double number, StyleId? style)
        {
            var whole = (int)number;
            return whole == number && (whole != 0 || !double.IsNegative(number))
                ? new SheetCell(whole, style)
                : new SheetCell(number, style);
        }

        private static DataValidation Validation(DataValidationRule rule)
        {
            var (min, max) = (rule.Minimum, rule.Maximum);
            var validation = rule.Kind switch
            {
                // Whole-number bounds round inwards: the same whole numbers pass.
                ValidationKind.WholeNumber => min is { } lo && max is { } hi ? DataValidation.IntegerBetween(Up(lo), Down(hi))
                    : min is { } lo2 ? DataValidation.IntegerGreaterThanOrEqualTo(Up(lo2))
                    : DataValidation.IntegerLessThanOrEqualTo(Down(max!.Value)),
                ValidationKind.Decimal => min is { } dlo && max is { } dhi ? DataValidation.DecimalBetween(dlo, dhi)
                    : min is { } dlo2 ? DataValidation.DecimalGreaterThanOrEqualTo(dlo2)
                    : DataValidation.DecimalLessThanOrEqualTo(max!.Value),
                ValidationKind.List => DataValidation.ListValues(rule.ListItems, true),
                _ => min is { } tlo && max is { } thi ? DataValidation.TextLengthBetween(Up(tlo), Down(thi))
                    : min is { } tlo2 ? DataValidation.TextLengthGreaterThanOrEqualTo(Up(tlo2))
                    : DataValidation.TextLengthLessThanOrEqualTo(Down(max!.Value)),
            };
            validation.IgnoreBlank = true;
            validation.ShowErrorAlert = true;
            validation.ErrorType = ValidationErrorType.Blocking;
            validation.ErrorTitle = rule.ErrorTitle;
            validation.ErrorMessage = rule.ErrorMessage;
            validation.ShowInputMessage = rule.Prompt is not null;
            if (rule.Prompt is not null)
            {
                validation.InputTitle = rule.PromptTitle ?? string.Empty;
                validation.InputMessage = rule.Prompt;
            }

            return validation;

            static int Up(double bound) => (int)Math.Clamp(Math.Ceiling(bound), int.MinValue, int.MaxValue);
            static int Down(double bound) => (int)Math.Clamp(Math.Floor(bound), int.MinValue, int.MaxValue);
        }
    }

    /// <summary>
    /// One SpreadCheetah style per distinct (style, quote prefix, default date format), registered under
    /// a hidden name so SpreadCheetah keeps styles apart that differ only in what it cannot express
    /// (locking, quote prefix, justification); those are added to the stylesheet afterwards.
    /// </summary>
    private sealed class StyleRegistry
    {
        private readonly Spreadsheet _spreadsheet;
        private readonly Dictionary<(CellStyle Style, bool QuotePrefix, bool DefaultDate), StyleId?> _ids = new();

        // The last style seen in each column: table rows repeat their column's style instance.
        private LastStyle[] _last = new LastStyle[64];

        public StyleRegistry(Spreadsheet spreadsheet)
        {
            _spreadsheet = spreadsheet;
        }

        /// <summary>Cell formats (by index) that need what SpreadCheetah cannot write.</summary>
        public List<WorkbookParts.FormatExtras> Extras { get; } = new();

        public StyleId? Get(int column, CellStyle style, in CellValue value)
        {
            var quotePrefix = LayoutRules.NeedsQuotePrefix(value);
            var defaultDate = value.Kind == CellValueKind.Date && style.NumberFormat is null;
            var flags = (byte)((quotePrefix ? 1 : 0) | (defaultDate ? 2 : 0));
            var last = _last;
            if ((uint)column < (uint)last.Length)
            {
                ref readonly var seen = ref last[column];
                if (ReferenceEquals(seen.Style, style) && seen.Flags == flags)
                {
                    return seen.Id;
                }
            }

            var key = (style, quotePrefix, defaultDate);
            if (!_ids.TryGetValue(key, out var id))
            {
                id = Register(style, quotePrefix, defaultDate);
                _ids[key] = id;
            }

            if (column >= _last.Length)
            {
                Array.Resize(ref _last, Math.Max(column + 1, _last.Length * 2));
            }

            _last[column] = new LastStyle(style, flags, id);
            return id;
        }

        private StyleId? Register(CellStyle style, bool quotePrefix, bool defaultDate)
        {
            if (style == CellStyle.Default && !quotePrefix && !defaultDate)
            {
                return null; // the workbook's default format
            }

            var format = style.NumberFormat ?? (defaultDate ? CellStyle.DefaultDateFormat : null);
            var sheetStyle = new Style
            {
                Font = new Font
                {
                    Name = style.Font.Name,
                    Size = style.Font.Size,
                    Bold = style.Font.Bold,
                    Italic = style.Font.Italic,
                    Underline = style.Font.Underline ? Underline.Single : Underline.None,
                },
                Alignment = new Alignment
                {
                    Horizontal = style.Horizontal switch
                    {
                        LayoutHorizontal.Left => SpreadCheetah.Styling.HorizontalAlignment.Left,
                        LayoutHorizontal.Center => SpreadCheetah.Styling.HorizontalAlignment.Center,
                        LayoutHorizontal.Right => SpreadCheetah.Styling.HorizontalAlignment.Right,
                        _ => SpreadCheetah.Styling.HorizontalAlignment.None, // General; Justify is added afterwards
                    },
                    Vertical = style.Vertical switch
                    {
                        LayoutVertical.Top => SpreadCheetah.Styling.VerticalAlignment.Top,
                        LayoutVertical.Center => SpreadCheetah.Styling.VerticalAlignment.Center,
                        _ => SpreadCheetah.Styling.VerticalAlignment.Bottom,
                    },
                    WrapText = style.Wrap,
                    Indent = style.Indent,
                },
                Border = new Border
                {
                    Left = Edge(style.Borders, CellBorders.Left),
                    Right = Edge(style.Borders, CellBorders.Right),
                    Top = Edge(style.Borders, CellBorders.Top),
                    Bottom = Edge(style.Borders, CellBorders.Bottom),
                },
                Format = format is null ? null : NumberFormat.Custom(format),
            };
            if (style.FillColor is { } fill)
            {
                sheetStyle.Fill = new Fill { Color = FillColor(fill) };
            }

            var name = "rk" + (_ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            var id = _spreadsheet.AddStyle(sheetStyle, name, null);
            var extras = new WorkbookParts.FormatExtras(id.Id, quotePrefix, !style.Locked, style.Horizontal == LayoutHorizontal.Justify);
            if (extras.Any)
            {
                Extras.Add(extras);
            }

            return id;
        }

        /// <summary>A column's last style, its value flags (quote prefix, default date) and the id they gave.</summary>
        private readonly record struct LastStyle(CellStyle? Style, byte Flags, StyleId? Id);

        private static EdgeBorder Edge(CellBorders borders, CellBorders edge) =>
            new() { BorderStyle = (borders & edge) != 0 ? BorderStyle.Thin : BorderStyle.None };

        private static System.Drawing.Color FillColor(string fill)
        {
            if (fill.Length != 6 || !int.TryParse(fill, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            {
                throw new InvalidOperationException("A fill colour is six hex digits RRGGBB, not '" + fill + "'.");
            }

            return System.Drawing.Color.FromArgb(255, (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }
    }
}
