using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Tổng hợp</c> sheet: document header, title, period, the main table (STT, Đơn vị, the indicators under
/// merged headers, Ghi chú) with one streamed row per unit and the total row, then the footer.
/// </summary>
internal static class SummaryTableSheet
{
    public const string SheetName = "Tổng hợp";

    /// <summary>Column 1: STT; column 2: Đơn vị; then the value columns; then Ghi chú.</summary>
    private const int FirstValueColumn = 3;

    /// <summary>STT and Đơn vị repeat on every printed page.</summary>
    private const int RepeatedColumns = 2;

    /// <summary>The unit column's width when the table is cut into pages (names wrap).</summary>
    private const double PagedUnitColumnWidth = 28;

    /// <summary>The widest the notes column grows into a last page's spare room.</summary>
    private const double MaxPagedNotesWidth = 80;

    /// <summary>Adds the main sheet; returns where its unit rows and value columns are (for the relay seal).</summary>
    public static TablePlacement Add(WorkbookLayout workbook, ReportSummary summary, SummaryWorkbookOptions options, IReadOnlyList<TargetResult>? targets = null)
    {
        var sheet = workbook.AddSheet(SheetName);
        var document = options.Document ?? SummaryDocument.For(summary, options.Body);
        var columns = summary.Columns;
        var earlier = EarlierPeriodColumns.For(summary, options);
        var notesColumn = FirstValueColumn + columns.Count + earlier.Count;
        var columnCount = notesColumn;

        var fullPaths = new List<IReadOnlyList<HeaderCell>> { new[] { new HeaderCell("STT") }, new[] { new HeaderCell("Đơn vị") } };
        fullPaths.AddRange(columns.Select(c => HeaderPath(summary.Plan, c)));
        fullPaths.AddRange(earlier.Paths);
        fullPaths.Add(new[] { new HeaderCell("Ghi chú") });

        var widths = ColumnWidths(summary, fullPaths);
        earlier.SetWidths(widths, FirstValueColumn - 1 + columns.Count);
        var legend = new HeaderLegend();
        // The block under the table (remarks, legend, Nơi nhận, NGƯỜI LẬP BIỂU, the signature) prints on the last
        // column page, over that page's own columns: the page breaks leave it room for its three zones (Frame.TailNeed).
        var tail = Frame.TailNeed(document, options.PreparerName);
        IReadOnlyList<IReadOnlyList<string>> paths;
        ColumnPages pages;
        if (WholeHeaders(sheet, options, fullPaths, widths, document) is { } whole)
        {
            // Printed with its whole header texts the table fits one page wide at a legible size: no marks, no legend.
            (widths, paths, pages) = whole;
        }
        else
        {
            paths = legend.Shorten(fullPaths, widths);
            pages = SheetFrame.TablePrint(sheet, options.Paper, widths, paths, RepeatedColumns, tail);
        }

        if (pages.PageStarts.Count > 0 && widths[1] > PagedUnitColumnWidth)
        {
            // Cut into pages, the unit column prints on every one: long names wrap rather than take room from the figures.
            widths[1] = PagedUnitColumnWidth;
            pages = SheetFrame.TablePrint(sheet, options.Paper, widths, paths, RepeatedColumns, tail);
        }

        // Zones may widen columns, which may move page breaks: settle both (a second pass is enough in practice).
        var frame = Frame.Place(widths, pages, document, options.PreparerName);
        for (var pass = 0; pass < 3; pass++)
        {
            var replanned = SheetFrame.TablePrint(sheet, options.Paper, frame.Widths, paths, RepeatedColumns, tail);
            if (replanned.PageStarts.SequenceEqual(pages.PageStarts))
            {
                pages = replanned;
                break;
            }

            pages = replanned;
            frame = Frame.Place(widths, pages, document, options.PreparerName);
        }

        widths = frame.Widths;
        if (pages.PageStarts.Count > 0)
        {
            // The notes take what the last page has to spare, so a long note wraps to fewer lines (at the same scale):
            // after the footer's zones have widened what they need, so the spare is what is truly left.
            widths[^1] = Math.Max(widths[^1], Math.Min(MaxPagedNotesWidth, widths[^1] + Math.Floor(pages.SpareOnLastPage(widths, RepeatedColumns))));
            pages = SheetFrame.TablePrint(sheet, options.Paper, widths, paths, RepeatedColumns, tail);
            frame = Frame.Place(widths, pages, document, options.PreparerName);
            widths = frame.Widths;
        }

        var paged = pages.PageStarts.Count > 0;
        var (firstPage, tailFirst, headerLeftColumns, footerZones) = (frame.FirstPage, frame.TailFirst, frame.HeaderLeftColumns, frame.FooterZones);
        SheetFrame.SetWidths(sheet, widths);

        // An annex carries the number of the report it is attached to ("Kèm theo Báo cáo số …"), not one of its own.
        var annex = options.Title == SummaryTitle.Table;
        sheet.AddBlock(OneLineRows(DocumentBlocks.Header(document, new BlockGeometry(firstPage, headerLeftColumns), numberLine: !annex)));
        sheet.AddSpace(1, BandGap);
        sheet.AddBlock(LinesOver(paged ? RepeatedColumns + 1 : 1, firstPage, TitleLines(summary, options, document)));
        sheet.AddSpace(1, BandGap);

        var numbers = new List<string> { "A", "B" };
        numbers.AddRange(Enumerable.Range(1, columns.Count + earlier.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        numbers.Add("C");
        var header = TableHeader.Build(paths, widths, numbers, pages.PageStarts);
        var headerTop = sheet.AddBlock(header);
        var headerBottom = headerTop + header.RowCount - 1;

        var firstUnitRow = sheet.NextRow;
        var cells = new RowCells(summary, notesColumn, targets, earlier);
        var rows = summary.Rows;
        sheet.AddRows(rows.Count, UnitRows(cells, rows, firstUnitRow));
        sheet.AddRows(1, new[] { cells.Row(summary.Total, sheet.NextRow, "", isBold: true, isTotal: true) });

        var remarks = new List<(string, CellStyle)>();
        if (RelaySheet.Applies(summary) &&
            (options.SendTo ?? UnitTree.LevelAbove(summary.Plan, summary.Rows[0].Unit!.LevelId)) is { } sendTo)
        {
            remarks.Add(("Tệp này đồng thời là báo cáo tổng hợp của " + summary.Rows[0].Unit!.Name + " gửi " + sendTo + ": gửi nguyên tệp, không sửa số liệu " +
                         "(cấp trên nhập trực tiếp tệp này; tệp đã bị sửa sẽ không được nhận).", SummaryStyles.Remark));
        }

        remarks.AddRange(earlier.Remarks().Select(r => (r, SummaryStyles.Remark)));
        // What the plan's text does not say and the template assumed, in the remarks under the table (not only on the
        // plan sheet); the deadline line above the table is marked "(giả định)" when the deadline is the assumption. Not
        // in the band over the table: an assumption runs to several lines, and page 1 would lose that many unit rows.
        if (DocumentText.AssumptionNote(summary.Report) is { } assumption)
        {
            remarks.Add((assumption, SummaryStyles.Remark));
        }

        if (remarks.Count > 0)
        {
            sheet.AddSpace();
            sheet.AddBlock(LinesOver(tailFirst, columnCount, remarks));
        }

        if (legend.Entries.Count > 0)
        {
            // Run on as a printed form's "Ghi chú" (a line per entry would take a page's rows), in rows of a few entries
            // each, so a page can still break between them.
            sheet.AddSpace();
            sheet.AddBlock(LinesOver(tailFirst, columnCount, legend.Paragraphs().Select(p => (p, SummaryStyles.Remark))));
        }

        sheet.AddSpace();
        sheet.AddBlock(Footer(document, tailFirst, columnCount, footerZones, options.PreparerName));

        sheet.Freeze = new FrozenPanes(headerBottom, RepeatedColumns);
        SheetFrame.PrintAsTable(sheet, headerTop, headerBottom, pages, RepeatedColumns);
        return new TablePlacement(firstUnitRow, FirstValueColumn, cells.FormulaColumns);
    }

    /// <summary>
    /// The table with its whole header texts when it then prints one page wide at the sheet's scale (never below
    /// 10 pt) with the document's header and footer over it: each box wrapped to the fewest lines, from
    /// <see cref="HeaderLegend.MaxLines"/> to <see cref="HeaderLegend.MaxWholeLines"/>, that fit. Null when none does
    /// (the header then shows numbers or marks and the legend). At most three tries, each computed once.
    /// </summary>
    private static (double[] Widths, IReadOnlyList<IReadOnlyList<string>> Paths, ColumnPages Pages)? WholeHeaders(SheetLayout sheet,
        SummaryWorkbookOptions options, IReadOnlyList<IReadOnlyList<HeaderCell>> fullPaths, double[] widths, DocumentSpec document)
    {
        IReadOnlyList<IReadOnlyList<string>> texts = fullPaths.Select(p => (IReadOnlyList<string>)p.Select(c => c.Text).ToArray()).ToArray();
        for (var lines = HeaderLegend.MaxLines; lines <= HeaderLegend.MaxWholeLines; lines++)
        {
            var whole = HeaderLegend.WholeWidths(fullPaths, widths, lines);
            var pages = SheetFrame.TablePrint(sheet, options.Paper, whole, texts, RepeatedColumns);
            if (pages.PageStarts.Count > 0)
                continue;
            // The header and footer zones may widen columns: still one page wide with them.
            var framed = Frame.Place(whole, pages, document, options.PreparerName).Widths;
            if (SheetFrame.TablePrint(sheet, options.Paper, framed, texts, RepeatedColumns).PageStarts.Count == 0)
                return (whole, texts, pages);
        }

        return null;
    }

    /// <summary>
    /// Where the document's parts go on a table cut into pages read across, then down. STT and Đơn vị print on every
    /// page with whatever rows 1.. hold there, so the issuer's block takes exactly those two columns (a letterhead on
    /// each page) and the title the first page's other columns; remarks and the footer go to the last page (at least
    /// two columns: with fewer, from the page before), where the table ends.
    /// </summary>
    private sealed record Frame(double[] Widths, int FirstPage, int TailFirst, int HeaderLeftColumns, int[] FooterZones)
    {
        /// <summary>
        /// What the last column page must hold for the footer: three columns (Nơi nhận, NGƯỜI LẬP BIỂU, the signature)
        /// as wide as the three zones need together. A last page of one or two narrow columns (the cross-tab's "(g)" and
        /// Ghi chú) squeezed the block into them and dropped NGƯỜI LẬP BIỂU; the breaks now move left instead
        /// (<see cref="ColumnPages.Plan"/>), at group boundaries and without adding a page.
        /// </summary>
        public static (double Width, int Columns) TailNeed(DocumentSpec document, string? preparerName)
        {
            var (recipients, preparer, signature) = SheetFrame.FooterNeeds(document, preparerName);
            return (recipients + preparer + signature, 3);
        }

        public static Frame Place(double[] planned, ColumnPages pages, DocumentSpec document, string? preparerName)
        {
            var widths = (double[])planned.Clone();
            var columnCount = widths.Length;
            var firstPage = pages.FirstPageLastColumn;
            var tailFirst = pages.LastPageFirstColumn;
            if (pages.PageStarts.Count > 0 && columnCount - tailFirst + 1 < 2)
            {
                tailFirst = pages.PageStarts.Count > 1 ? pages.PageStarts[^2] : RepeatedColumns + 1;
            }

            var (headerLeft, headerRight) = SheetFrame.HeaderNeeds(document);
            int headerLeftColumns;
            if (pages.PageStarts.Count > 0)
            {
                ZonesOf(widths, 1, RepeatedColumns, headerLeft);
                ZonesOf(widths, RepeatedColumns + 1, firstPage, headerRight);
                headerLeftColumns = RepeatedColumns;
            }
            else
            {
                headerLeftColumns = ZonesOf(widths, 1, columnCount, headerLeft, headerRight)[0];
            }

            var (recipients, preparer, signature) = SheetFrame.FooterNeeds(document, preparerName);
            var footerZones = columnCount - tailFirst + 1 >= 3
                ? ZonesOf(widths, tailFirst, columnCount, recipients, preparer, signature)
                : ZonesOf(widths, tailFirst, columnCount, recipients, signature);
            return new Frame(widths, firstPage, tailFirst, headerLeftColumns, footerZones);
        }
    }

    /// <summary>Zones over columns <paramref name="first"/>..<paramref name="last"/> (widening them where needed), as counts.</summary>
    private static int[] ZonesOf(double[] widths, int first, int last, params double[] needs)
    {
        var part = widths[(first - 1)..last];
        var zones = SheetFrame.Zones(part, needs);
        Array.Copy(part, 0, widths, first - 1, part.Length);
        return zones;
    }

    /// <summary>Lines merged over columns <paramref name="first"/>..<paramref name="last"/>.</summary>
    private static CellBlock LinesOver(int first, int last, IEnumerable<(string, CellStyle)> lines)
    {
        var block = SheetFrame.Lines(last - first + 1, lines);
        return first == 1 ? block : new CellBlock().Place(block, 1, first);
    }

    /// <summary>The footer over columns <paramref name="first"/>..<paramref name="last"/>: shifted right when it sits on the table's last page.</summary>
    private static CellBlock Footer(DocumentSpec document, int first, int last, int[] zones, string? preparerName)
    {
        var geometry = new BlockGeometry(last - first + 1, zones[0]);
        var footer = DocumentBlocks.Footer(document, geometry, zones.Length == 3 ? zones[1] : 0, preparerName);
        return first == 1 ? footer : new CellBlock().Place(footer, 1, first);
    }

    /// <summary>The report's own header path, with the unit of measure after the indicator's label: <c>Số buổi sinh hoạt (buổi)</c>.</summary>
    internal static IReadOnlyList<HeaderCell> HeaderPath(PlanSpec plan, SummaryColumn column)
    {
        var path = column.Header.ToList();
        if (string.IsNullOrWhiteSpace(column.Unit))
        {
            return path;
        }

        var indicator = plan.Indicators.FirstOrDefault(i => i.Id == column.IndicatorId);
        var labelIndex = indicator is null ? -1 : path.FindIndex(c => c.Text == indicator.Label && c.Number is null);
        if (labelIndex < 0)
        {
            labelIndex = path.Count - 1;
        }

        path[labelIndex] = path[labelIndex] with { Text = path[labelIndex].Text + " (" + column.Unit!.Trim() + ")" };
        return path;
    }

    /// <summary>
    /// Each row of <paramref name="block"/> without a height gets the height of one line of its largest font (a
    /// letterhead line at 14 pt needs 18.5 pt): Excel would print it in a default 15.75 pt row, LibreOffice as it
    /// measures. A wrapped cell's row is left to the writer, which sizes it for its lines.
    /// </summary>
    private static CellBlock OneLineRows(CellBlock block)
    {
        for (var row = 1; row <= block.RowCount; row++)
        {
            if (block.RowHeights.ContainsKey(row))
                continue;
            var cells = Enumerable.Range(1, block.ColumnCount).Select(c => block.Get(row, c)).Where(c => c is not null).Select(c => c!.Value).ToList();
            if (cells.Count > 0 && cells.All(c => !c.Style.Wrap))
                block.SetRowHeight(row, TextMeasure.RowHeight(1, cells.Max(c => c.Style.Font.Size)));
        }

        return block;
    }

    /// <summary>The height of the gap rows around the title, in points: a third of a line, not a whole empty row.</summary>
    private const double BandGap = 6;

    /// <summary>
    /// The title band in four lines at most, as an annex is headed: the kind (<c>BIỂU TỔNG HỢP</c>), the report's name
    /// with its period on the title's second line (unless the name says it), <c>(Kèm theo Báo cáo số …)</c>, then the data window, the deadline
    /// and the day the table was made in one line of brackets.
    /// </summary>
    private static IEnumerable<(string, CellStyle)> TitleLines(ReportSummary summary, SummaryWorkbookOptions options, DocumentSpec document)
    {
        yield return (options.Title == SummaryTitle.Table ? "BIỂU TỔNG HỢP" : "BÁO CÁO TỔNG HỢP", SummaryStyles.Title);
        // A title that already names its period ("… năm 2023") is not followed by "Kỳ báo cáo: Năm 2023".
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        yield return (vietnamese.CompareInfo.IndexOf(summary.Report.Title, summary.Period.Label, CompareOptions.IgnoreCase) >= 0
            ? summary.Report.Title
            : summary.Report.Title + " – Kỳ báo cáo: " + summary.Period.Label, SummaryStyles.Subtitle);
        if (options.Title == SummaryTitle.Table)
        {
            yield return (DocumentText.AnnexLine(document), SummaryStyles.TitleLine);
        }

        var due = SummaryWording.DueLine(summary);
        yield return (summary.Period.CutOff is { } window
            ? "(" + SummaryWording.CutOff(window) + "; " + char.ToLower(due[0], vietnamese) + due[1..] + ")"
            : "(" + due + ")", SummaryStyles.TitleLine);
    }

    /// <summary>
    /// Widths from what the columns hold: the unit names (with their indent), the notes, and for value columns
    /// the header's bottom cell (wrapped to a few lines) and the widest number.
    /// </summary>
    private static double[] ColumnWidths(ReportSummary summary, IReadOnlyList<IReadOnlyList<HeaderCell>> paths)
    {
        var depth = paths.Max(p => p.Count);
        var rows = summary.Rows;
        var widths = new double[paths.Count];
        widths[0] = Math.Max(5, TextMeasure.ColumnWidthFor(SttSample(rows), SummaryStyles.Body));
        var maxDepth = rows.Count == 0 ? 0 : rows.Max(r => r.Depth);
        widths[1] = TextMeasure.FitColumnWidth(rows.Select(r => r.Label).Append(SummaryRow.TotalLabel), SummaryStyles.BodyBold, 22, 40) + maxDepth * Writing.LayoutRules.IndentWidth;
        for (var i = 0; i < summary.Columns.Count; i++)
        {
            var path = paths[FirstValueColumn - 1 + i];
            widths[FirstValueColumn - 1 + i] = ValueColumnWidth(path[^1], depth - path.Count + 1, summary, i);
        }

        // A tenth more for the notes: a note that LibreOffice breaks onto a second line would be cut off in its one-line row.
        widths[^1] = 1.1 * TextMeasure.FitColumnWidth(rows.Select(r => r.Notes).Append(summary.Total.Notes), SummaryStyles.Note.Font, 14, 26);
        return widths;
    }

    /// <summary>The narrowest value column: five digits of the body font.</summary>
    private const double MinValueWidth = 6;

    /// <summary>The widest a value column grows to keep its header's text in place (wider, the text goes to the legend).</summary>
    private const double MaxWidthForHeader = 11;

    /// <summary>
    /// A value column as narrow as its figures allow: its header's bottom cell keeps its text when that fits
    /// <see cref="HeaderLegend.MaxLines"/> lines (one more per header row it spans) within <see cref="MaxWidthForHeader"/>,
    /// else the column shows the cell's number or mark and the text goes to the legend. Narrow columns keep a wide
    /// table on few printed pages at a legible size.
    /// </summary>
    private static double ValueColumnWidth(HeaderCell bottomHeader, int headerRows, ReportSummary summary, int index)
    {
        double floor;
        if (summary.Columns[index].Type == IndicatorType.YesNo)
        {
            // Words, not digits: "2/3 đơn vị (66,67 %)" on one line.
            var cells = new YesNoCells(summary);
            floor = Math.Min(26, summary.Rows.Append(summary.Total).Where(r => r.Values[index] is not null)
                .Select(r => TextMeasure.ColumnWidthFor(cells.Text(r, summary.Columns[index], r.Values[index]!.Value), SummaryStyles.Body) + 1)
                .DefaultIfEmpty(8).Max());
        }
        else
        {
            var widestNumber = summary.Rows.Append(summary.Total).Select(r => r.Values[index]).Where(v => v is not null)
                .Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(0).Max();
            var digits = widestNumber < 1 ? 1 : Math.Floor(Math.Log10((double)widestNumber)) + 1;
            var number = digits + Math.Floor((digits - 1) / 3) + 3; // separators, padding
            floor = Math.Max(MinValueWidth, summary.Columns[index].Format == ValueFormat.Percent ? Math.Max(number, 7.5) : number);
        }

        for (var width = floor; width <= MaxWidthForHeader; width += 0.5)
        {
            if (HeaderLegend.Fits(bottomHeader.Text, width, headerRows))
                return width;
        }

        return Math.Max(floor, HeaderLegend.ShortWidth(bottomHeader));
    }

    private static string SttSample(IReadOnlyList<SummaryRow> rows) => rows.Count switch
    {
        0 => "0",
        _ => new string('8', Math.Max(3, (int)Math.Floor(Math.Log10(rows.Count)) + 3)),
    };

    /// <summary>The unit rows, built one at a time as the writer asks for them.</summary>
    private static IEnumerable<LayoutRow> UnitRows(RowCells cells, IReadOnlyList<SummaryRow> rows, int firstRow)
    {
        var numbering = new TreeNumbering(TreeNumbering.HasHierarchy(rows));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var isParent = i + 1 < rows.Count && rows[i + 1].Depth > row.Depth;
            yield return cells.Row(row, firstRow + i, numbering.Next(row.Depth), isParent, isTotal: false);
        }
    }

    /// <summary>Builds the cells of one table row; the styles and ratio formulas are prepared once per column.</summary>
    private sealed class RowCells
    {
        private readonly IReadOnlyList<SummaryColumn> _columns;
        private readonly int _notesColumn;
        private readonly CellStyle[] _plain;
        private readonly CellStyle[] _bold;
        private readonly Func<int, string>?[] _formulas;
        private readonly CellStyle[] _flaggedStyle;
        private readonly Dictionary<string, List<(int Column, string Note)>> _flagged;
        private readonly int _flaggedCount;
        private readonly Dictionary<string, List<(int Column, int TargetNo)>> _shortfalls;
        private readonly EarlierPeriodColumns _earlier;

        public RowCells(ReportSummary summary, int notesColumn, IReadOnlyList<TargetResult>? targets, EarlierPeriodColumns earlier)
        {
            _earlier = earlier;
            _columns = summary.Columns;
            _notesColumn = notesColumn;
            _plain = _columns.Select(c => SummaryStyles.Number(SummaryStyles.FormatOf(summary.Plan, c), bold: false)).ToArray();
            _bold = _columns.Select(c => SummaryStyles.Number(SummaryStyles.FormatOf(summary.Plan, c), bold: true)).ToArray();
            _flaggedStyle = _plain.Select(style => style with { FillColor = SummaryStyles.FlaggedFill }).ToArray();
            _formulas = RatioFormulas.For(summary.Plan, _columns, FirstValueColumn);
            (_flagged, _flaggedCount) = Flagged(summary);
            _shortfalls = targets is null ? new() : TargetShortfalls.Of(summary, targets);
            _yesNo = new YesNoCells(summary);
        }

        private readonly YesNoCells _yesNo;

        /// <summary>
        /// The values that break a rule, per unit: the value column and the rule's words. They stay in the totals (the
        /// rule may be what is wrong) but are shaded, with the note in the Ghi chú column, which prints.
        /// </summary>
        private static (Dictionary<string, List<(int, string)>>, int) Flagged(ReportSummary summary)
        {
            var flagged = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
            var count = 0;
            var rows = summary.Rows;
            var leafUnits = rows.Where((r, i) => r.Unit is not null && !(i + 1 < rows.Count && rows[i + 1].Depth > r.Depth))
                .ToDictionary(r => r.Unit!.Id, StringComparer.Ordinal);
            foreach (var problem in summary.Problems.Where(p => p.Severity == ProblemSeverity.Error && p.IndicatorId is not null))
            {
                var column = -1;
                for (var i = 0; i < summary.Columns.Count && column < 0; i++)
                {
                    var c = summary.Columns[i];
                    if (c.IndicatorId == problem.IndicatorId && c.ItemId == problem.ItemId && c.Role != ColumnRole.Computed)
                        column = i;
                }

                if (column < 0 || !leafUnits.TryGetValue(problem.UnitId, out var row) || row.Values[column] is null)
                    continue;
                if (!flagged.TryGetValue(problem.UnitId, out var list))
                    flagged[problem.UnitId] = list = new List<(int, string)>();
                if (list.Any(f => f.Item1 == column))
                    continue;
                // "Chi bộ 1, năm 2024: «A» (30) lớn hơn «B» (25)." names the unit and period its row already shows.
                var colon = problem.Message.IndexOf(": ", StringComparison.Ordinal);
                list.Add((column, "Số liệu cần xem lại (tô màu, vẫn được cộng): " + (colon >= 0 ? problem.Message[(colon + 2)..] : problem.Message)));
                count++;
            }

            return (flagged, count);
        }

        /// <summary>Per value column, true when its cells are written as formulas.</summary>
        public IReadOnlyList<bool> FormulaColumns => _formulas.Select(f => f is not null).ToArray();

        public LayoutRow Row(SummaryRow row, int sheetRow, string number, bool isBold, bool isTotal)
        {
            var cells = new LayoutCell[_columns.Count + _earlier.Count + 3];
            if (isTotal)
            {
                cells[0] = new LayoutCell(1, CellValue.Blank, SummaryStyles.CenteredBold);
                cells[1] = new LayoutCell(2, row.Label, SummaryStyles.CenteredBold with { Wrap = true });
            }
            else
            {
                cells[0] = new LayoutCell(1, TreeNumbering.ToCell(number), isBold ? SummaryStyles.CenteredBold : SummaryStyles.Centered);
                var name = (isBold ? SummaryStyles.TextBold : SummaryStyles.Text) with { Indent = row.Depth };
                cells[1] = new LayoutCell(2, CellValue.Text(row.Label), name);
            }

            var flags = !isBold && !isTotal && row.Unit is { } unit && _flagged.TryGetValue(unit.Id, out var found) ? found : null;
            var shortfalls = !row.IsOwn && _shortfalls.TryGetValue(row.Unit?.Id ?? string.Empty, out var missed) ? missed : null;
            for (var i = 0; i < _columns.Count; i++)
            {
                var style = isBold ? _bold[i] : flags is not null && flags.Any(f => f.Column == i) ? _flaggedStyle[i] : _plain[i];
                if (shortfalls is not null && shortfalls.Any(f => f.Column == i))
                    style = style with { FillColor = SummaryStyles.ShortfallFill };
                var value = row.Values[i] is { } v
                    ? _formulas[i] is { } formula ? CellValue.Formula(formula(sheetRow))
                    : _columns[i].Type == IndicatorType.YesNo ? CellValue.Text(_yesNo.Text(row, _columns[i], v))
                    : CellValue.Number(v)
                    : CellValue.Blank;
                cells[i + 2] = new LayoutCell(FirstValueColumn + i, value, style);
            }

            _earlier.Cells(row, FirstValueColumn + _columns.Count, isBold).ToArray().CopyTo(cells, _columns.Count + 2);

            var notes = new List<string>();
            if (row.Notes.Length > 0)
                notes.Add(row.Notes);
            if (flags is not null)
                notes.AddRange(flags.Select(f => f.Note));
            if (shortfalls is not null)
                notes.Add(TargetShortfalls.Note(shortfalls));
            notes.AddRange(_earlier.Notes(row));
            if (isTotal && _flaggedCount > 0)
                notes.Add("Gồm " + _flaggedCount.ToString(CultureInfo.InvariantCulture) + " số liệu cần xem lại (ô tô màu)");
            var text = string.Join("; ", notes);
            cells[^1] = new LayoutCell(_notesColumn, CellValue.Text(text.Length == 0 ? null : text), isBold ? SummaryStyles.NoteBold : SummaryStyles.Note);
            return new LayoutRow(cells);
        }
    }
}

/// <summary>
/// STT in tree order: roots I, II … (1, 2 … when there is no hierarchy), their children 1, 2 …, deeper
/// levels 1.1, 1.2 … Computed in one pass, so rows can be streamed.
/// </summary>
internal sealed class TreeNumbering
{
    private readonly bool _hierarchy;
    private readonly List<int> _counters = new();

    public TreeNumbering(bool hierarchy)
    {
        _hierarchy = hierarchy;
    }

    /// <summary>True when the tree has more than one level.</summary>
    public static bool HasHierarchy(IReadOnlyList<SummaryRow> rows) => rows.Any(r => r.Depth > 0);

    /// <summary>A plain count is a number; <c>I</c> or <c>1.2</c> is text.</summary>
    public static CellValue ToCell(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? CellValue.Number((double)n) : CellValue.Text(number);

    public string Next(int depth)
    {
        while (_counters.Count > depth + 1)
        {
            _counters.RemoveAt(_counters.Count - 1);
        }

        while (_counters.Count < depth + 1)
        {
            _counters.Add(0);
        }

        _counters[depth]++;
        if (!_hierarchy)
        {
            return _counters[0].ToString(CultureInfo.InvariantCulture);
        }

        if (depth == 0)
        {
            return ItemNumbering.Roman(_counters[0]);
        }

        return string.Join(".", _counters.Skip(1).Take(depth).Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }
}
