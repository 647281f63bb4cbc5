using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>What a value column holds.</summary>
public enum ColumnRole
{
    /// <summary>A value units enter (an indicator, or one content item or form of it): on the input form and in the summary.</summary>
    Entered,

    /// <summary>
    /// The total of a disaggregated indicator, or (with an <see cref="SummaryColumn.ItemId"/>) of one row or one column of a
    /// cross-tab (summary only; computed).
    /// </summary>
    Total,

    /// <summary>A ratio recomputed from its formula on each row (summary only; never entered, never averaged).</summary>
    Computed,
}

/// <summary>One value column of a report, shared by the summary table and the input form.</summary>
/// <param name="Key">A stable key: <c>dang_vien</c>, <c>so_buoi.tong_quat</c> (an item), <c>so_buoi</c> (the total of a disaggregated indicator), <c>ty_le</c>.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="ItemId">
/// The item id of an <see cref="ColumnRole.Entered"/> item column (a content item, form, category option or cross-tab cell
/// <c>row.column</c>); the row option of a cross-tab row's <see cref="ColumnRole.Total"/>, or <c>*.column</c> for a cross-tab
/// column's total over its rows (<see cref="IndicatorCells.ColumnTotalId"/>); otherwise null.
/// </param>
/// <param name="Role">Entered, total or computed.</param>
/// <param name="Header">
/// The header cells from the top: the indicator's group (if any), the indicator's label, then for an item column
/// the content groups above the item and the item (<c>1. Giới thiệu Tác phẩm</c>, <c>1.1. Giới thiệu tổng quát về Tác phẩm</c>),
/// or <c>Tổng số</c> for a total column. Paths may differ in depth; lay equal prefixes out as merged cells.
/// </param>
/// <param name="Type">The indicator's value type.</param>
/// <param name="Format">Number or percent (a percent value is a fraction: 0.96 shows as 96 %).</param>
/// <param name="Unit">The unit of measure (<c>buổi</c>, <c>người</c>), if any.</param>
public sealed record SummaryColumn(
    string Key,
    string IndicatorId,
    string? ItemId,
    ColumnRole Role,
    EquatableArray<HeaderCell> Header,
    IndicatorType Type,
    ValueFormat Format,
    string? Unit)
{
    /// <summary>The key of the entered value this column holds (meaningful for <see cref="ColumnRole.Entered"/> columns).</summary>
    public ValueKey ValueKey => new(IndicatorId, ItemId);

    /// <summary>The text of the header cells from the top (<see cref="Header"/>).</summary>
    public EquatableArray<string> HeaderPath => Header.Select(c => c.Text).ToEquatableArray();

    /// <summary>True for columns a unit fills in on its input form.</summary>
    public bool IsEntered => Role == ColumnRole.Entered;
}

/// <summary>One cell of a column's header.</summary>
/// <param name="Text">What the cell says: an indicator's group or label, a content group or item or a form as a clerk reads it
/// (<c>1.1. Giới thiệu tổng quát về Tác phẩm</c>, <see cref="ItemNumbering.Label"/>), or <c>Tổng số</c>.</param>
/// <param name="Number">
/// The document's own number of the content group, item or form the cell names (<c>1.1</c>, <see cref="ItemNumbering.Short"/>),
/// which a narrow header may show in place of <paramref name="Text"/>; null for any other cell and for an unnumbered item.
/// </param>
public sealed record HeaderCell(string Text, string? Number = null);

/// <summary>
/// The ordered value columns of a report: the one column model for the summary table and the input form.
/// Indicators come in the plan's table order; a disaggregated indicator gives its <c>Tổng số</c> column then
/// one column per leaf content item or form; a ratio gives one computed column.
/// </summary>
public static class SummaryColumns
{
    /// <summary>The header of a disaggregated indicator's total column.</summary>
    public const string TotalHeader = "Tổng số";

    /// <summary>The header of the total of one row of a cross-tab (under the row option's header).</summary>
    public const string RowTotalHeader = "Cộng";

    /// <summary>The columns of report <paramref name="reportId"/>; throws <see cref="System.ArgumentException"/> for an unknown report.</summary>
    public static IReadOnlyList<SummaryColumn> For(PlanSpec plan, string reportId)
    {
        var index = new PlanIndex(plan);
        return For(index, index.Report(reportId));
    }

    /// <summary>The columns a unit fills in on its input form (<see cref="ColumnRole.Entered"/> only), in order.</summary>
    public static IReadOnlyList<SummaryColumn> EnteredFor(PlanSpec plan, string reportId) =>
        For(plan, reportId).Where(c => c.IsEntered).ToArray();

    /// <summary>
    /// The columns a unit at <paramref name="levelId"/> fills in (<see cref="LevelQueries.EntersAt"/>: an indicator with
    /// <c>levels:</c> is entered only there; a unit of no known level fills every column).
    /// </summary>
    public static IReadOnlyList<SummaryColumn> EnteredFor(PlanSpec plan, string reportId, string? levelId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var entered = plan.Indicators.Where(i => i.Levels.EntersAt(levelId)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return EnteredFor(plan, reportId).Where(c => entered.Contains(c.IndicatorId)).ToArray();
    }

    internal static IReadOnlyList<SummaryColumn> For(PlanIndex plan, ReportSpec report)
    {
        var columns = new List<SummaryColumn>();
        foreach (var indicator in plan.IndicatorsOf(report))
        {
            var head = new List<HeaderCell>();
            if (!string.IsNullOrEmpty(indicator.Group))
                head.Add(new HeaderCell(indicator.Group!));
            head.Add(new HeaderCell(indicator.Label));
            var unit = indicator.Unit ?? (indicator.Format == ValueFormat.Percent ? "%" : null);
            SummaryColumn Column(string key, string? item, ColumnRole role, IEnumerable<HeaderCell> path) =>
                new(key, indicator.Id, item, role, path.ToEquatableArray(), indicator.Type, indicator.Format, unit);

            if (indicator.Type == IndicatorType.Ratio)
            {
                columns.Add(Column(indicator.Id, null, ColumnRole.Computed, head));
                continue;
            }

            var cells = plan.CellsOf(indicator).Entered;
            if (cells.Count == 0)
            {
                columns.Add(Column(indicator.Id, null, ColumnRole.Entered, head));
                continue;
            }

            // Items that overlap (one session under several contents) have no meaningful sum: no total column.
            if (indicator.Additive)
                columns.Add(Column(indicator.Id, null, ColumnRole.Total, head.Append(new HeaderCell(TotalHeader))));
            string? row = null;
            foreach (var cell in cells)
            {
                var path = cell.Groups.Select(g => new HeaderCell(ItemNumbering.Label(g.No, g.Title), ItemNumbering.Short(g.No))).ToArray();
                // A cross-tab row opens with its own total, under the row's header cell.
                if (cell.Row is { } rowOption && rowOption.Id != row && indicator.Additive)
                    columns.Add(Column(indicator.Id + "." + rowOption.Id, rowOption.Id, ColumnRole.Total, head.Concat(path).Append(new HeaderCell(RowTotalHeader))));
                row = cell.Row?.Id;
                var item = new HeaderCell(ItemNumbering.Label(cell.Item.No, cell.Item.Title), ItemNumbering.Short(cell.Item.No));
                columns.Add(Column(indicator.Id + "." + cell.ItemId, cell.ItemId, ColumnRole.Entered, head.Concat(path).Append(item)));
            }

            // After a cross-tab's rows, each column option's total over the rows (of the cells entered: never an excluded one).
            if (indicator.Additive)
            {
                foreach (var column in IndicatorCells.ColumnsWithTotals(cells))
                {
                    var id = IndicatorCells.ColumnTotalId(column.Id);
                    columns.Add(Column(indicator.Id + "." + id, id, ColumnRole.Total, head.Append(new HeaderCell(IndicatorCells.ColumnTotalTitle(column)))));
                }
            }
        }

        return columns;
    }
}
