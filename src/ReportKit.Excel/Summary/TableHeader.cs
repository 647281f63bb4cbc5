using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Summary;

/// <summary>
/// A multi-row table header built from one header path per column (top cell first). Adjacent columns whose
/// paths share a prefix share merged cells for it; each path's last cell reaches down to the bottom header row.
/// A path's last cell never merges sideways, so two columns with the same label stay two columns.
/// Row heights are computed from the wrapped text of every box (the writer skips multi-row merges).
/// </summary>
internal static class TableHeader
{
    private const double MinRowHeight = 15.75;

    /// <summary>The deepest path (the number of header rows).</summary>
    public static int Depth(IReadOnlyList<IReadOnlyList<string>> paths) => Math.Max(1, paths.Max(p => p.Count));

    /// <summary>
    /// The header block: columns 1..paths.Count, <see cref="Depth"/> rows, then, when <paramref name="numbers"/>
    /// is given, one row of column numbers (<c>A</c>, <c>B</c>, <c>1</c>, <c>2</c>…). A group's box never spans a
    /// column in <paramref name="pageStarts"/>: a group cut by a page break is labelled on each page.
    /// </summary>
    public static CellBlock Build(IReadOnlyList<IReadOnlyList<string>> paths, IReadOnlyList<double> widths, IReadOnlyList<string>? numbers = null,
        IReadOnlyCollection<int>? pageStarts = null)
    {
        if (paths.Count == 0 || paths.Any(p => p.Count == 0))
        {
            throw new ArgumentException("Every header column needs at least one cell.", nameof(paths));
        }

        var depth = Depth(paths);
        var block = new CellBlock();
        var boxes = new List<(CellRange Range, string Text)>();
        for (var level = 0; level < depth; level++)
        {
            var column = 0;
            while (column < paths.Count)
            {
                var path = paths[column];
                if (level >= path.Count)
                {
                    column++;
                    continue;
                }

                var terminal = level == path.Count - 1;
                var last = column;
                while (!terminal && last + 1 < paths.Count && SharesPrefix(path, paths[last + 1], level) &&
                       !(pageStarts?.Contains(last + 2) ?? false))
                {
                    last++;
                }

                var range = new CellRange(level + 1, column + 1, terminal ? depth : level + 1, last + 1);
                block.SetMerged(range, path[level], SummaryStyles.Header);
                boxes.Add((range, path[level]));
                column = last + 1;
            }
        }

        var heights = RowHeights(boxes, widths, depth);
        for (var row = 1; row <= depth; row++)
        {
            block.SetRowHeight(row, heights[row - 1]);
        }

        if (numbers is not null)
        {
            for (var c = 0; c < numbers.Count; c++)
            {
                block.Set(depth + 1, c + 1, numbers[c], SummaryStyles.ColumnNumber);
            }
        }

        return block;
    }

    /// <summary>Whether the two paths are equal up to and including <paramref name="level"/>, and <paramref name="b"/> goes deeper.</summary>
    internal static bool SharesPrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int level)
    {
        if (b.Count <= level + 1)
        {
            return false;
        }

        for (var i = 0; i <= level; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Heights so every box shows its wrapped text: single-row boxes first, then taller boxes spread any
    /// shortfall over their rows (shortest spans first, so a tall leaf does not inflate the group rows above it).
    /// </summary>
    private static double[] RowHeights(List<(CellRange Range, string Text)> boxes, IReadOnlyList<double> widths, int depth)
    {
        var heights = Enumerable.Repeat(MinRowHeight, depth).ToArray();
        foreach (var (range, text) in boxes.OrderBy(b => b.Range.RowCount))
        {
            var width = 0.0;
            for (var c = range.FirstColumn; c <= range.LastColumn; c++)
            {
                width += widths[c - 1];
            }

            var needed = TextMeasure.WrappedRowHeight(text, SummaryStyles.HeaderFont, width);
            var have = 0.0;
            for (var r = range.FirstRow; r <= range.LastRow; r++)
            {
                have += heights[r - 1];
            }

            if (needed > have)
            {
                var extra = (needed - have) / range.RowCount;
                for (var r = range.FirstRow; r <= range.LastRow; r++)
                {
                    heights[r - 1] = Math.Min(409, Math.Ceiling((heights[r - 1] + extra) * 4) / 4);
                }
            }
        }

        return heights;
    }
}
