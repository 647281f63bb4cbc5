using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>What every summary sheet shares: title lines, print setup, header and footer zones.</summary>
internal static class SheetFrame
{
    /// <summary>Lines merged across <paramref name="columns"/> columns (the writer sizes wrapped rows).</summary>
    public static CellBlock Lines(int columns, IEnumerable<(string Text, CellStyle Style)> lines)
    {
        var block = new CellBlock();
        var row = 0;
        foreach (var (text, style) in lines)
        {
            row++;
            if (columns > 1)
            {
                block.SetMerged(new CellRange(row, 1, row, columns), text, style);
            }
            else
            {
                block.Set(row, 1, text, style);
            }
        }

        return block;
    }

    /// <summary>
    /// Landscape A4, margins per Nghị định 30, the table header repeated on every page, printed at the largest scale
    /// that fits the width and never below <see cref="ColumnPages.MinPrintedFontSize"/> for the sheet's smallest text
    /// (a table too wide for that is cut into pages at its column boundaries).
    /// </summary>
    public static void PrintAsTable(SheetLayout sheet, int headerFirstRow, int headerLastRow)
    {
        SetTablePaper(sheet.Print, PaperSize.A4);
        // The working sheets (status, contents, narratives, problems) take the narrower table margins; one still too
        // wide repeats its first two columns (STT and the unit or kind) on each page.
        sheet.Print.Margins = PageMargins.Table;
        var widths = Enumerable.Range(1, sheet.ColumnWidths.Count == 0 ? 1 : sheet.ColumnWidths.Keys.Max()).Select(sheet.ColumnWidth).ToArray();
        var repeat = widths.Length > 3 ? 2 : 0;
        ColumnPages.Plan(widths, sheet.Print, repeat, new int[widths.Length], SummaryStyles.SmallestFontSize).ApplyTo(sheet.Print, repeat);
        sheet.Print.RepeatRows(headerFirstRow, headerLastRow);
    }

    /// <summary>Like <see cref="PrintAsTable(SheetLayout, int, int)"/> with pages already planned (<see cref="TablePrint"/>).</summary>
    public static void PrintAsTable(SheetLayout sheet, int headerFirstRow, int headerLastRow, ColumnPages pages, int repeatColumns)
    {
        pages.ApplyTo(sheet.Print, repeatColumns);
        sheet.Print.RepeatRows(headerFirstRow, headerLastRow);
    }

    /// <summary>
    /// The pages of a table on <paramref name="paper"/> (landscape, Nghị định 30 margins) whose columns have the given
    /// header paths: the first <paramref name="repeatColumns"/> repeat on every page; a page breaks where the
    /// neighbouring columns share the shortest header prefix (a group boundary before a sub-group boundary); the last
    /// page holds at least <paramref name="lastPage"/> (the block under the table, see <see cref="ColumnPages.Plan"/>).
    /// </summary>
    public static ColumnPages TablePrint(SheetLayout sheet, PaperSize paper, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<string>> paths, int repeatColumns,
        (double Width, int Columns)? lastPage = null)
    {
        SetTablePaper(sheet.Print, paper);
        var costs = new int[paths.Count];
        for (var c = 1; c < paths.Count; c++)
        {
            costs[c] = SharedPrefix(paths[c - 1], paths[c]);
        }

        return ColumnPages.Plan(widths, sheet.Print, repeatColumns, costs, SummaryStyles.SmallestFontSize, lastPage);
    }

    private static void SetTablePaper(PrintSetup print, PaperSize paper)
    {
        print.Paper = paper;
        print.Orientation = PageOrientation.Landscape;
        print.Margins = PageMargins.Decree30;
        print.CenterHorizontally = true;
    }

    private static int SharedPrefix(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = 0;
        while (shared < a.Count - 1 && shared < b.Count - 1 && string.Equals(a[shared], b[shared], StringComparison.Ordinal))
        {
            shared++;
        }

        return shared;
    }

    /// <summary>
    /// Sets the widths of columns 1..n, rounded up to a tenth: rounding down could leave a fitted text a hair too
    /// wide for its column, and the row would get a second line.
    /// </summary>
    public static void SetWidths(SheetLayout sheet, IReadOnlyList<double> widths)
    {
        for (var c = 0; c < widths.Count; c++)
        {
            sheet.SetColumnWidth(c + 1, Math.Min(255, Math.Ceiling(Math.Round(widths[c] * 10, 6)) / 10));
        }
    }

    /// <summary>
    /// Splits columns into consecutive zones, each at least as wide as its need where the columns allow; where they are
    /// too narrow, the zone's widest column is widened (the equally widest share it). Of all splits, the one that widens least, then the one
    /// whose first zones take the fewest columns (the rest go to the last). Returns the columns per zone.
    /// </summary>
    public static int[] Zones(double[] widths, params double[] needs)
    {
        if (widths.Length < needs.Length)
        {
            throw new ArgumentException("Fewer columns than zones.", nameof(widths));
        }

        var counts = BestSplit(widths, needs, 0, 0).Counts;
        var start = 0;
        for (var zone = 0; zone < needs.Length; zone++)
        {
            var end = start + counts[zone] - 1;
            var width = 0.0;
            for (var c = start; c <= end; c++)
            {
                width += widths[c];
            }

            if (width < needs[zone])
            {
                // The widest column takes the shortfall (the unit column, not STT); columns equally widest share it, so
                // a zone over a run of equal figure columns keeps them equal (one of them three times as wide read as
                // a different kind of column).
                var widest = Enumerable.Range(start, end - start + 1).Max(c => widths[c]);
                var shared = Enumerable.Range(start, end - start + 1).Where(c => Math.Abs(widths[c] - widest) < 1e-9).ToArray();
                foreach (var c in shared)
                {
                    widths[c] = Math.Min(255, widths[c] + (needs[zone] - width) / shared.Length);
                }
            }

            start = end + 1;
        }

        return counts;
    }

    /// <summary>The split of columns <paramref name="start"/>.. into zones <paramref name="zone"/>.. that falls least short of their needs.</summary>
    private static (double Shortfall, int[] Counts) BestSplit(double[] widths, double[] needs, int start, int zone)
    {
        if (zone == needs.Length - 1)
        {
            var rest = widths.Skip(start).Sum();
            return (Math.Max(0, needs[zone] - rest), new[] { widths.Length - start });
        }

        (double Shortfall, int[] Counts)? best = null;
        var width = 0.0;
        var remainingZones = needs.Length - zone - 1;
        for (var count = 1; start + count <= widths.Length - remainingZones; count++)
        {
            width += widths[start + count - 1];
            var next = BestSplit(widths, needs, start + count, zone + 1);
            var shortfall = Math.Max(0, needs[zone] - width) + next.Shortfall;
            // Strictly less (with a hair for rounding): of equals, the fewest columns in this zone.
            if (best is null || shortfall < best.Value.Shortfall - 1e-9)
            {
                best = (shortfall, new[] { count }.Concat(next.Counts).ToArray());
            }
        }

        return best!.Value;
    }

    /// <summary>The widest of the lines in the header's left zone (issuing body, number) and right zone (national or Party title, date).</summary>
    public static (double Left, double Right) HeaderNeeds(DocumentSpec document) => DocumentBlocks.HeaderNeeds(document);

    /// <summary>
    /// The narrowest a footer zone is made (layout width units): 24 units are 144 pt, which print 46 mm wide even at the
    /// smallest scale a summary takes (91 %), so "Nơi nhận", "NGƯỜI LẬP BIỂU" and the signer's block each keep a legible
    /// width however short their own lines are (a "……" placeholder, a two-line recipient list).
    /// </summary>
    public const double MinFooterZoneWidth = 24;

    /// <summary>The widest lines of the footer's zones: recipients, the preparer, the signature (each at least <see cref="MinFooterZoneWidth"/>).</summary>
    public static (double Recipients, double Preparer, double Signature) FooterNeeds(DocumentSpec document, string? preparerName)
    {
        var recipients = DocumentText.RecipientLines(document).Select(l => Width(l, CellFont.Times(11)))
            .Append(Width(DocumentText.RecipientsLabel, CellFont.Times(12, bold: true, italic: true))).Max();
        var signFont = CellFont.Times(14, bold: true);
        var preparer = Math.Max(Width(DocumentText.PreparerLabel, signFont), preparerName is null ? 0 : Width(preparerName, signFont));
        var signature = new[] { document.Signature?.Capacity ?? string.Empty, document.Signature?.Title ?? string.Empty, document.Signature?.Name ?? string.Empty }
            .Select(t => Width(DocumentText.Upper(t), signFont)).Max();
        return (Math.Max(MinFooterZoneWidth, recipients), Math.Max(MinFooterZoneWidth, preparer), Math.Max(MinFooterZoneWidth, signature));
    }

    private static double Width(string text, CellFont font) => TextMeasure.ColumnWidthFor(text, font);
}
