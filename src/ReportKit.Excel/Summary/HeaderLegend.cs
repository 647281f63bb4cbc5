using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Summary;

/// <summary>
/// Keeps the table header a band of a few lines, as an office prints it: a header box whose text would wrap to more
/// than <see cref="MaxLines"/> lines at its width (one more per extra header row it spans) shows a short form, and the
/// full text goes to a legend under the table (<c>Ghi chú các cột: 1.1. Giới thiệu tổng quát về Tác phẩm; …</c>).
/// The short form of a numbered content group, item or form is the document's own number (<c>1.1</c>, from the column's
/// structured header, <see cref="HeaderCell.Number"/>, never read back out of the text); of any other text a letter
/// mark (<c>(a)</c>), which cannot be mistaken for an item number or for the column numbers under the header.
/// The same text always gets the same short form, so merged group headers still merge.
/// </summary>
internal sealed class HeaderLegend
{
    /// <summary>The lines a one-row header box may take before its text goes to the legend.</summary>
    public const int MaxLines = 2;

    public const string Heading = "Ghi chú các cột:";

    private readonly Dictionary<string, string> _short = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly List<string> _entries = new();
    private int _marks;

    /// <summary>The legend entries (<c>1.1. Giới thiệu …</c>, <c>(a) Số bài viết …</c>), in the order the headers are read.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>The characters a legend row gathers before the next entry starts a new row.</summary>
    private const int ParagraphLength = 240;

    /// <summary>
    /// The legend as printed rows: <c>Ghi chú các cột: 1.1. …; 1.2. …;</c> then further rows of entries, each row
    /// ending in <c>;</c>, the last in <c>.</c>.
    /// </summary>
    public IReadOnlyList<string> Paragraphs()
    {
        var rows = new List<string>();
        var row = new System.Text.StringBuilder(Heading);
        foreach (var entry in _entries)
        {
            if (row.Length > 0 && row.Length + entry.Length > ParagraphLength && row.ToString() != Heading)
            {
                rows.Add(row.Append(';').ToString());
                row.Clear();
            }
            else if (row.Length > 0)
            {
                row.Append(row.ToString() == Heading ? " " : "; ");
            }

            row.Append(entry);
        }

        rows.Add(row.Append('.').ToString());
        return rows;
    }

    /// <summary>Whether <paramref name="text"/> fits a header box <paramref name="width"/> wide spanning <paramref name="rows"/> header rows.</summary>
    public static bool Fits(string text, double width, int rows = 1) =>
        TextMeasure.LineCount(text, SummaryStyles.HeaderFont, width) <= MaxLines + rows - 1 &&
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => TextMeasure.ColumnWidthFor(w, SummaryStyles.HeaderFont) <= width);

    /// <summary>
    /// The most lines a header box may wrap to when the table prints with its whole header texts (<see cref="WholeWidths"/>):
    /// a small table shows its headers in full rather than marks and a legend, in a band a little taller.
    /// </summary>
    public const int MaxWholeLines = 4;

    /// <summary>
    /// The widths at which every header box shows its whole text within <paramref name="lines"/> lines (one more per
    /// extra header row a column's last box spans), no word broken: each column at least as wide as
    /// <paramref name="widths"/>, a column's own box first, then each group box, deepest first, spreading what it lacks
    /// over its columns. Cheap and bounded: one pass over the boxes, each measured over at most two steps per unit of
    /// its one-line width.
    /// </summary>
    public static double[] WholeWidths(IReadOnlyList<IReadOnlyList<HeaderCell>> paths, IReadOnlyList<double> widths, int lines)
    {
        var depth = paths.Max(p => p.Count);
        var texts = paths.Select(p => p.Select(c => c.Text).ToArray()).ToArray();
        var whole = widths.ToArray();
        for (var column = 0; column < paths.Count; column++)
            whole[column] = Math.Max(whole[column], NarrowestWidth(texts[column][^1], lines + depth - paths[column].Count));

        for (var level = depth - 2; level >= 0; level--)
        {
            var column = 0;
            while (column < paths.Count)
            {
                if (level >= paths[column].Count - 1)
                {
                    column++;
                    continue;
                }

                var last = column;
                while (last + 1 < paths.Count && TableHeader.SharesPrefix(texts[column], texts[last + 1], level))
                    last++;
                var have = 0.0;
                for (var c = column; c <= last; c++)
                    have += whole[c];
                var lacking = NarrowestWidth(texts[column][level], lines) - have;
                for (var c = column; lacking > 0 && c <= last; c++)
                    whole[c] += lacking / (last - column + 1);
                column = last + 1;
            }
        }

        return whole;
    }

    /// <summary>The narrowest width (in half units) showing <paramref name="text"/> within <paramref name="lines"/> lines, no word broken.</summary>
    private static double NarrowestWidth(string text, int lines)
    {
        var oneLine = TextMeasure.ColumnWidthFor(text, SummaryStyles.HeaderFont);
        var width = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextMeasure.ColumnWidthFor(w, SummaryStyles.HeaderFont))
            .DefaultIfEmpty(0).Max();
        for (width = Math.Ceiling(width * 2) / 2; width < oneLine; width += 0.5)
        {
            if (TextMeasure.LineCount(text, SummaryStyles.HeaderFont, width) <= lines)
                return width;
        }

        return oneLine;
    }

    /// <summary>The widest short form a column may have to show (<c>(aa)</c>, or an item number).</summary>
    public static double ShortWidth(HeaderCell cell) => TextMeasure.ColumnWidthFor(cell.Number ?? "(aa)", SummaryStyles.HeaderFont);

    /// <summary>
    /// The header as printed: each box (laid out as <see cref="TableHeader"/> merges them) keeps its text when it
    /// <see cref="Fits"/> the box's width, else shows its short form.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Shorten(IReadOnlyList<IReadOnlyList<HeaderCell>> paths, IReadOnlyList<double> widths)
    {
        var depth = paths.Max(p => p.Count);
        var texts = paths.Select(p => p.Select(c => c.Text).ToArray()).ToArray();
        var shown = paths.Select(p => new string[p.Count]).ToArray();
        for (var column = 0; column < paths.Count; column++)
        {
            for (var level = 0; level < paths[column].Count; level++)
            {
                var terminal = level == paths[column].Count - 1;
                var width = widths[column];
                for (var next = column + 1; !terminal && next < paths.Count && TableHeader.SharesPrefix(texts[column], texts[next], level); next++)
                    width += widths[next];
                for (var previous = column - 1; !terminal && previous >= 0 && TableHeader.SharesPrefix(texts[column], texts[previous], level); previous--)
                    width += widths[previous];
                var rows = terminal ? depth - level : 1;
                shown[column][level] = Shorten(paths[column][level], width, rows);
            }
        }

        return shown;
    }

    private string Shorten(HeaderCell cell, double width, int rows)
    {
        var text = cell.Text;
        if (_short.TryGetValue(text, out var known))
            return known;
        if (Fits(text, width, rows))
            return text;

        // A number already standing for another text (1.1 of contents and 1.1 of forms) would be ambiguous: mark it instead.
        var shortText = cell.Number is { } number && !_taken.Contains(number) ? number : Mark(++_marks);
        _entries.Add(cell.Number == shortText ? text : shortText + " " + text);
        _short[text] = shortText;
        _taken.Add(shortText);
        return shortText;
    }

    /// <summary>(a) … (z), (aa), (ab) …</summary>
    private static string Mark(int n)
    {
        var letters = string.Empty;
        for (; n > 0; n = (n - 1) / 26)
            letters = (char)('a' + (n - 1) % 26) + letters;
        return "(" + letters + ")";
    }
}
