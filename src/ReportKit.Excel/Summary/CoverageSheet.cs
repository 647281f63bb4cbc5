using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Nội dung</c> sheet: which content items each unit took up (✓), per indicator disaggregated by contents,
/// with the number of items covered; rows stream in tree order, the total last.
/// </summary>
internal static class CoverageSheet
{
    public const string SheetName = "Nội dung";

    /// <summary>The mark for an item reported with a value above zero.</summary>
    public const string Covered = "✓";

    /// <summary>The header of the per-indicator count column.</summary>
    public const string CountHeader = "Số nội dung đã triển khai";

    /// <summary>Whether the sheet has anything to show: the plan has contents and the report an indicator by contents.</summary>
    public static bool Applies(ReportSummary summary) => !summary.Plan.Contents.IsEmpty && ItemColumns(summary).Any();

    public static void Add(WorkbookLayout workbook, ReportSummary summary)
    {
        var sheet = workbook.AddSheet(SheetName);
        var layout = new List<(SummaryColumn Column, bool IsCount, int ItemCount)>();
        foreach (var group in ItemColumns(summary).GroupBy(c => c.IndicatorId, StringComparer.Ordinal))
        {
            var items = group.ToArray();
            layout.AddRange(items.Select(c => (c, false, 0)));
            layout.Add((items[0], true, items.Length));
        }

        var paths = new List<IReadOnlyList<string>> { new[] { "STT" }, new[] { "Đơn vị" } };
        paths.AddRange(layout.Select(l => l.IsCount
            ? (IReadOnlyList<string>)l.Column.HeaderPath.Take(LabelDepth(summary.Plan, l.Column)).Append(CountHeader + " (trên " + l.ItemCount.ToString(CultureInfo.InvariantCulture) + ")").ToArray()
            : l.Column.HeaderPath.ToArray()));

        var rows = summary.Rows.Where(r => !r.IsOwn).ToList();
        var widths = new double[paths.Count];
        widths[0] = 7;
        widths[1] = TextMeasure.FitColumnWidth(rows.Select(r => r.Label), SummaryStyles.BodyBold, 22, 40) + 1.5 * (rows.Count == 0 ? 0 : rows.Max(r => r.Depth));
        for (var i = 2; i < paths.Count; i++)
        {
            var bottom = paths[i][^1];
            widths[i] = Math.Min(14, Math.Max(8, TextMeasure.TextWidth(bottom, SummaryStyles.HeaderFont) / 6 + 1));
        }

        SheetFrame.SetWidths(sheet, widths);
        sheet.AddBlock(SheetFrame.Lines(paths.Count, new[]
        {
            ("TÌNH HÌNH TRIỂN KHAI CÁC NỘI DUNG", SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
            ("(Dấu " + Covered + ": đơn vị có báo cáo số liệu lớn hơn 0 cho nội dung đó)", SummaryStyles.TitleLine),
        }));
        sheet.AddSpace();
        var header = TableHeader.Build(paths, widths);
        var headerTop = sheet.AddBlock(header);
        var headerBottom = headerTop + header.RowCount - 1;

        var covered = summary.Coverage.ToDictionary(c => (c.UnitId ?? string.Empty, c.IndicatorId), c => c.ItemIds);
        IEnumerable<LayoutRow> Rows()
        {
            var numbering = new TreeNumbering(TreeNumbering.HasHierarchy(rows));
            for (var i = 0; i < rows.Count; i++)
            {
                var isParent = i + 1 < rows.Count && rows[i + 1].Depth > rows[i].Depth;
                yield return Row(layout, covered, rows[i], numbering.Next(rows[i].Depth), isParent);
            }

            yield return Row(layout, covered, summary.Total, string.Empty, bold: true);
        }

        sheet.AddRows(rows.Count + 1, Rows());
        sheet.Freeze = new FrozenPanes(headerBottom, 2);
        SheetFrame.PrintAsTable(sheet, headerTop, headerBottom);
    }

    private static IEnumerable<SummaryColumn> ItemColumns(ReportSummary summary)
    {
        var byContents = new HashSet<string>(
            summary.Plan.Indicators.Where(i => i.By == Disaggregation.Contents).Select(i => i.Id), StringComparer.Ordinal);
        return summary.Columns.Where(c => c.ItemId is not null && byContents.Contains(c.IndicatorId));
    }

    /// <summary>How many cells of the path name the indicator (its group and label).</summary>
    private static int LabelDepth(PlanSpec plan, SummaryColumn column)
    {
        var label = plan.Indicators.First(i => i.Id == column.IndicatorId).Label;
        return column.HeaderPath.ToList().IndexOf(label) + 1;
    }

    private static LayoutRow Row(
        List<(SummaryColumn Column, bool IsCount, int ItemCount)> layout,
        Dictionary<(string, string), EquatableArray<string>> covered,
        SummaryRow row,
        string number,
        bool bold)
    {
        var cells = new List<LayoutCell>(layout.Count + 2)
        {
            new(1, row.IsTotal ? CellValue.Blank : TreeNumbering.ToCell(number), bold ? SummaryStyles.CenteredBold : SummaryStyles.Centered),
            new(2, CellValue.Text(row.Label), (bold ? SummaryStyles.TextBold : SummaryStyles.Text) with { Indent = row.Depth }),
        };
        var unitKey = row.Unit?.Id ?? string.Empty;
        for (var i = 0; i < layout.Count; i++)
        {
            var (column, isCount, _) = layout[i];
            var items = covered.TryGetValue((unitKey, column.IndicatorId), out var list) ? list : EquatableArray<string>.Empty;
            var style = bold ? SummaryStyles.CenteredBold : SummaryStyles.Centered;
            var value = isCount
                ? CellValue.Number((double)items.Count)
                : items.Contains(column.ItemId!) ? CellValue.Text(Covered) : CellValue.Blank;
            cells.Add(new LayoutCell(i + 3, value, style));
        }

        return new LayoutRow(cells);
    }
}
