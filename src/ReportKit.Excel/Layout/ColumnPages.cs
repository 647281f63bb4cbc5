using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Layout;

/// <summary>
/// How a table prints across pages: one fixed scale for the sheet and the columns that start a page. A table too wide
/// for one page at a legible size is cut into column groups (at the boundaries the caller ranks best), each page
/// repeating the first columns; the scale is then as large as the widest page allows, at most 100 %.
/// </summary>
/// <param name="Scale">The print scale in percent.</param>
/// <param name="PageStarts">The first column of each page after the first (empty when the table is one page wide).</param>
/// <param name="LastColumn">The table's last column.</param>
internal sealed record ColumnPages(int Scale, IReadOnlyList<int> PageStarts, int LastColumn)
{
    /// <summary>The smallest text size a printed page may show, in points.</summary>
    public const double MinPrintedFontSize = 10;

    /// <summary>
    /// Points per unit of saved column width: Excel and LibreOffice measure widths in digits of the Normal font
    /// (Times New Roman 12, whose digit is half an em: 6 pt).
    /// </summary>
    public const double PointsPerWidthUnit = 6;

    /// <summary>Share of the printable width planned for, so rounding in Excel's or LibreOffice's own measuring never adds a page.</summary>
    private const double Slack = 0.98;

    /// <summary>The first column of the first page.</summary>
    public int FirstPageLastColumn => PageStarts.Count == 0 ? LastColumn : PageStarts[0] - 1;

    /// <summary>The first column of the last page.</summary>
    public int LastPageFirstColumn => PageStarts.Count == 0 ? 1 : PageStarts[^1];

    /// <summary>The smallest scale (percent) at which <paramref name="smallestFontSize"/> prints at <see cref="MinPrintedFontSize"/>.</summary>
    public static int MinScale(double smallestFontSize) => Math.Min(100, (int)Math.Ceiling(100 * MinPrintedFontSize / smallestFontSize - 1e-9));

    /// <summary>The printed width of a column of the given width (as set in the layout; the writers add Excel's padding).</summary>
    public static double ColumnPoints(double width) => (Math.Min(255, width + Writing.LayoutRules.ColumnWidthPadding)) * PointsPerWidthUnit;

    /// <summary>The width between the side margins, in points.</summary>
    public static double PrintableWidth(PrintSetup print) =>
        (print.PaperMillimetres.Width - print.Margins.Left - print.Margins.Right) * 72 / 25.4;

    /// <summary>
    /// Plans the pages of a table whose columns have <paramref name="widths"/> (column 1 first), printed with
    /// <paramref name="print"/>'s paper, orientation and margins.
    /// </summary>
    /// <param name="widths">Column widths as set in the layout.</param>
    /// <param name="print">Paper, orientation and margins.</param>
    /// <param name="repeatColumns">How many leading columns repeat on every page (STT, unit).</param>
    /// <param name="breakCost">
    /// Per column (index = column − 1), how bad a page break left of it is (0: a top-level group boundary); a page
    /// ends at the cheapest break that fits without adding a page, the latest of equals.
    /// </param>
    /// <param name="smallestFontSize">The smallest font on the sheet, so the scale never prints it below <see cref="MinPrintedFontSize"/>.</param>
    /// <param name="lastPage">
    /// What the last page must hold besides its share of the table (the block printed under it: remarks, legend,
    /// recipients, preparer, signature): at least <c>Columns</c> columns of together at least <c>Width</c> (layout width
    /// units). When the planned last page is smaller, its first break moves left, still at the cheapest boundary that
    /// makes room, the latest of equals; the page count never grows (only the page before shrinks).
    /// </param>
    public static ColumnPages Plan(IReadOnlyList<double> widths, PrintSetup print, int repeatColumns, IReadOnlyList<int> breakCost, double smallestFontSize,
        (double Width, int Columns)? lastPage = null)
    {
        if (widths.Count == 0 || breakCost.Count != widths.Count || repeatColumns < 0 || repeatColumns >= widths.Count)
        {
            throw new ArgumentException("One break cost per column, and fewer repeated columns than columns.", nameof(breakCost));
        }

        var available = PrintableWidth(print) * Slack;
        var points = widths.Select(ColumnPoints).ToArray();
        var total = points.Sum();
        var minScale = MinScale(smallestFontSize);
        if (total * minScale / 100 <= available)
        {
            return new ColumnPages(ScaleFor(available, total, minScale), Array.Empty<int>(), widths.Count);
        }

        var repeated = points.Take(repeatColumns).Sum();
        var capacity = available * 100 / minScale - repeated;
        var starts = new List<int>();
        var widest = 0.0;
        var start = repeatColumns; // 0-based index of the page's first column
        while (start < widths.Count)
        {
            var end = LastFitting(points, start, capacity);
            if (end + 1 < widths.Count)
            {
                // Never more pages than the table needs; among the cuts that keep that count, the cheapest boundary
                // in the page's second half (a page at least half full), the latest of equals.
                var pagesLeft = PagesFrom(points, start, capacity);
                var cut = end + 1;
                var filled = points.Skip(start).Take(cut - start).Sum();
                for (var candidate = end + 1; candidate > start; candidate--)
                {
                    if (filled < capacity / 2)
                    {
                        break;
                    }

                    if (breakCost[candidate] < breakCost[cut] && 1 + PagesFrom(points, candidate, capacity) == pagesLeft)
                    {
                        cut = candidate;
                    }

                    filled -= points[candidate - 1];
                }

                end = cut - 1;
                starts.Add(cut + 1);
            }

            start = end + 1;
        }

        if (lastPage is { } need && starts.Count > 0)
        {
            RoomOnLastPage(widths, points, breakCost, capacity, starts, repeatColumns, need);
        }

        var bounds = new List<int> { repeatColumns + 1 };
        bounds.AddRange(starts);
        bounds.Add(widths.Count + 1);
        for (var page = 0; page + 1 < bounds.Count; page++)
        {
            widest = Math.Max(widest, repeated + points.Skip(bounds[page] - 1).Take(bounds[page + 1] - bounds[page]).Sum());
        }

        return new ColumnPages(ScaleFor(available, widest, minScale), starts, widths.Count);
    }

    /// <summary>
    /// Moves the last page's first break (1-based column in <paramref name="starts"/>) left, within the page before,
    /// to the cheapest boundary no worse than the planned one (the latest of equals) whose last page fits and holds
    /// <paramref name="need"/>; unchanged when the last page already does or no such boundary can (the footer's zones
    /// then widen the last page's columns instead).
    /// </summary>
    private static void RoomOnLastPage(IReadOnlyList<double> widths, double[] points, IReadOnlyList<int> breakCost, double capacity,
        List<int> starts, int repeatColumns, (double Width, int Columns) need)
    {
        bool Holds(int first) => widths.Count - first + 1 >= need.Columns && widths.Skip(first - 1).Sum() >= need.Width;
        var current = starts[^1];
        if (Holds(current))
        {
            return;
        }

        var pageBefore = starts.Count > 1 ? starts[^2] : repeatColumns + 1;
        int? best = null;
        for (var first = current - 1; first > pageBefore; first--)
        {
            if (points.Skip(first - 1).Sum() > capacity)
            {
                break;
            }

            // Never a worse boundary than the planned one: a group the plan kept on one page stays on one page.
            if (Holds(first) && breakCost[first - 1] <= breakCost[current - 1] && (best is null || breakCost[first - 1] < breakCost[best.Value - 1]))
            {
                best = first;
            }
        }

        if (best is { } chosen)
        {
            starts[^1] = chosen;
        }
    }

    /// <summary>
    /// How much wider (in column width units) the last page's columns could be without being wider than the widest page,
    /// so without changing the scale: room for the last column (notes) to wrap less. Zero when the table is one page wide.
    /// </summary>
    public double SpareOnLastPage(IReadOnlyList<double> widths, int repeatColumns)
    {
        if (PageStarts.Count == 0)
        {
            return 0;
        }

        var starts = new List<int> { repeatColumns + 1 };
        starts.AddRange(PageStarts);
        starts.Add(widths.Count + 1);
        var pages = starts.Zip(starts.Skip(1), (first, next) => Enumerable.Range(first, next - first).Sum(c => ColumnPoints(widths[c - 1]))).ToArray();
        return (pages.Max() - pages[^1]) / PointsPerWidthUnit;
    }

    /// <summary>Sets the scale, the page order (across, then down), the column breaks and the repeated columns.</summary>
    public void ApplyTo(PrintSetup print, int repeatColumns)
    {
        print.FitToWidth = false;
        print.Scale = Scale < 100 ? Scale : null;
        if (PageStarts.Count > 0)
        {
            print.OverThenDown = true;
            if (repeatColumns > 0)
            {
                print.RepeatColumns(1, repeatColumns);
            }

            foreach (var column in PageStarts)
            {
                print.BreakBeforeColumn(column);
            }
        }
    }

    /// <summary>The last column (0-based) of a page starting at <paramref name="start"/> that fits <paramref name="capacity"/> (at least one).</summary>
    private static int LastFitting(double[] points, int start, double capacity)
    {
        var end = start;
        var width = points[start];
        while (end + 1 < points.Length && width + points[end + 1] <= capacity)
        {
            end++;
            width += points[end];
        }

        return end;
    }

    /// <summary>The fewest pages the columns from <paramref name="start"/> need (filling each page, which is optimal).</summary>
    private static int PagesFrom(double[] points, int start, double capacity)
    {
        var pages = 0;
        for (; start < points.Length; start = LastFitting(points, start, capacity) + 1)
        {
            pages++;
        }

        return pages;
    }

    private static int ScaleFor(double available, double width, int minScale) =>
        Math.Max(minScale, Math.Min(100, (int)Math.Floor(100 * available / width)));
}
