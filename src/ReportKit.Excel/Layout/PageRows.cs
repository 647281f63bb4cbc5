using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Measuring;
using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Layout;

/// <summary>
/// Manual row breaks so that runs of rows which belong together (a heading and its box, the date and the signatures)
/// never start at the foot of one page and end on the next. Row heights are the ones the writers give: set heights,
/// else the wrapped text's, else one line of the row's largest font.
/// </summary>
internal static class PageRows
{
    /// <summary>
    /// Adds a break before each run of <paramref name="keepTogether"/> (first and last sheet row, in order) that would
    /// cross a page foot, unless the run is taller than a page. The sheet must hold fixed blocks only (no streamed rows).
    /// </summary>
    public static void KeepTogether(SheetLayout sheet, IReadOnlyList<(int First, int Last)> keepTogether)
    {
        var heights = RowHeights(sheet);
        var print = sheet.Print;
        var scale = (print.Scale ?? 100) / 100.0;
        var pageHeight = (print.PaperMillimetres.Height - print.Margins.Top - print.Margins.Bottom) * 72 / 25.4 / scale;
        var used = 0.0;
        var runs = keepTogether.OrderBy(r => r.First).ToList();
        var next = 0;
        for (var row = 1; row < heights.Length; row++)
        {
            if (next < runs.Count && runs[next].First == row)
            {
                var run = runs[next++];
                var runHeight = heights.Skip(run.First).Take(run.Last - run.First + 1).Sum();
                if (used > 0 && used + runHeight > pageHeight && runHeight <= pageHeight)
                {
                    print.BreakBeforeRow(row);
                    used = 0;
                }
            }

            if (used > 0 && used + heights[row] > pageHeight)
            {
                used = 0; // the printer's own break
            }

            used += heights[row];
        }
    }

    /// <summary>Heights in points, indexed by sheet row (index 0 unused).</summary>
    private static double[] RowHeights(SheetLayout sheet)
    {
        var heights = new double[sheet.NextRow];
        foreach (var band in sheet.Bands)
        {
            if (band.Block is null)
            {
                throw new InvalidOperationException("Rows can only be kept together on a sheet of fixed blocks.");
            }

            var anchors = new HashSet<(int, int)>(band.MultiRowMerges.Select(m => (m.FirstRow, m.FirstColumn)));
            var number = band.FirstRow;
            foreach (var row in band.Rows())
            {
                var largestFont = row.Cells.Count == 0 ? CellFont.Default.Size : row.Cells.Max(c => c.Style.Font.Size);
                heights[number] = row.Height ?? Math.Max(LayoutRules.WrappedRowHeight(sheet, row, number, anchors) ?? 0, TextMeasure.RowHeight(1, largestFont));
                number++;
            }
        }

        return heights;
    }
}
