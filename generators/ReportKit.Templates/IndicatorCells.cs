using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>One option of a dimension an indicator is split by: a leaf content item, a form or a category option.</summary>
/// <param name="Id">Its id.</param>
/// <param name="No">The document's number, if any (content items and forms).</param>
/// <param name="Title">Its text as written.</param>
public sealed record DimensionOption(string Id, string? No, string Title);

/// <summary>One dimension an indicator is split by.</summary>
/// <param name="Id"><c>contents</c>, <c>forms</c> or a category id.</param>
/// <param name="Noun">How a clerk names one of its options in a sentence: <c>nội dung</c>, <c>hình thức</c>, or the category's title.</param>
/// <param name="Options">Its options in order (the leaf content items, the forms, the category's options).</param>
public sealed record IndicatorDimension(string Id, string Noun, EquatableArray<DimensionOption> Options);

/// <summary>One cell an indicator's values are entered in: one option, or one combination of a cross-tab.</summary>
/// <param name="ItemId">
/// The item id its values are kept under (<c>ValueKey.ItemId</c>): the option's id, or <c>&lt;row&gt;.&lt;column&gt;</c> for a
/// cross-tab (<see cref="IndicatorCells.CellId"/>).
/// </param>
/// <param name="Groups">
/// What stands above the cell in a header or outline, outermost first: the content groups above a content leaf, and for a
/// cross-tab also the option of the first dimension (the row).
/// </param>
/// <param name="Item">The option the cell itself names: the leaf, form or option, or a cross-tab's column option.</param>
/// <param name="Row">For a cross-tab, the option of the first dimension; null otherwise.</param>
/// <param name="Excluded">A cross-tab combination the template excludes (cannot occur): never entered.</param>
public sealed record IndicatorCell(string ItemId, EquatableArray<DimensionOption> Groups, DimensionOption Item, DimensionOption? Row, bool Excluded)
{
    /// <summary>The cell as one line of text: the option's title, or <c>Row – Column</c> for a cross-tab.</summary>
    public string Title => Row is null ? Item.Title : Row.Title + " – " + Item.Title;

    /// <summary>The document's number of a single option; null for a cross-tab cell (it has two).</summary>
    public string? No => Row is null ? Item.No : null;
}

/// <summary>
/// The one home for "the items of an indicator": what it is split by and the cells it is entered in, for every kind of
/// <c>by:</c> (contents, forms, a category, a cross-tab of two). The generator, the validator, the roll-up, the summary's
/// columns and the input form all read cells from here, so a category or a cross-tab goes through the same code as contents.
/// </summary>
public static class IndicatorCells
{
    /// <summary>The <c>by:</c> name of the content dimension.</summary>
    public const string Contents = "contents";

    /// <summary>The <c>by:</c> name of the form dimension.</summary>
    public const string Forms = "forms";

    /// <summary>The item id of a cross-tab cell: <c>&lt;row&gt;.&lt;column&gt;</c>.</summary>
    /// <param name="row">The option of the first dimension.</param>
    /// <param name="column">The option of the second.</param>
    public static string CellId(string row, string column) => row + "." + column;

    /// <summary>
    /// The item id of a cross-tab's total of one column option over every row: <c>*.&lt;column&gt;</c> (the
    /// <see cref="CellId"/> of the column with every row; no option id holds <c>*</c>). Summed from the entered cells, so
    /// the excluded combinations never count.
    /// </summary>
    /// <param name="column">The option of the second dimension.</param>
    public static string ColumnTotalId(string column) => CellId(AnyRow, column);

    /// <summary>The column option of a <see cref="ColumnTotalId"/>; null for any other item id.</summary>
    /// <param name="itemId">An item id.</param>
    public static string? ColumnOfTotal(string? itemId) =>
        itemId is not null && itemId.StartsWith(AnyRow + ".", StringComparison.Ordinal) ? itemId.Substring(AnyRow.Length + 1) : null;

    private const string AnyRow = "*";

    /// <summary>
    /// How a cross-tab column's total over its rows is titled (the summary's header, the form's row, the báo cáo):
    /// <c>Cộng theo Trực tuyến</c>.
    /// </summary>
    /// <param name="column">The option of the cross-tab's second dimension.</param>
    public static string ColumnTotalTitle(DimensionOption column) =>
        "Cộng theo " + ItemNumbering.Label((column ?? throw new ArgumentNullException(nameof(column))).No, column.Title);

    /// <summary>
    /// The column options of a cross-tab that have a cell among <paramref name="enteredCells"/>, in order: each has a total
    /// over the rows (<see cref="ColumnTotalId"/>; a column whose every combination is excluded has none). Empty for an
    /// indicator that is not a cross-tab.
    /// </summary>
    /// <param name="enteredCells">The cells entered (<see cref="EnteredCellsOf"/>, or those a form shows).</param>
    public static IReadOnlyList<DimensionOption> ColumnsWithTotals(IEnumerable<IndicatorCell> enteredCells) =>
        enteredCells.Where(c => c.Row is not null && !c.Excluded).Select(c => c.Item).Distinct().ToArray();

    /// <summary>The ids of the dimensions an indicator is split by, in <c>by:</c> order; empty for a single value.</summary>
    /// <param name="indicator">The indicator.</param>
    public static IReadOnlyList<string> DimensionIdsOf(IndicatorSpec indicator) => indicator.By switch
    {
        Disaggregation.Contents => new[] { Contents },
        Disaggregation.Forms => new[] { Forms },
        Disaggregation.Category or Disaggregation.CrossTab => indicator.Dimensions.ToArray(),
        _ => Array.Empty<string>(),
    };

    /// <summary>The dimensions an indicator is split by, in <c>by:</c> order; empty for a single value.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">One of its indicators.</param>
    public static IReadOnlyList<IndicatorDimension> DimensionsOf(this PlanSpec plan, IndicatorSpec indicator) =>
        DimensionIdsOf(indicator).Select(id => Dimension(plan, id, null)).ToArray();

    /// <summary>
    /// Every cell of an indicator in entry order (row by row for a cross-tab), the excluded ones included and flagged;
    /// empty for a single value.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">One of its indicators.</param>
    public static IReadOnlyList<IndicatorCell> CellsOf(this PlanSpec plan, IndicatorSpec indicator)
    {
        var ids = DimensionIdsOf(indicator);
        if (ids.Count == 0)
            return Array.Empty<IndicatorCell>();
        var outline = ids.Contains(Contents) ? plan.Outline() : null;
        var first = Dimension(plan, ids[0], outline);
        EquatableArray<DimensionOption> GroupsOf(string dimension, DimensionOption option) =>
            dimension == Contents
                ? outline!.GroupsAbove(option.Id).Select(g => new DimensionOption(g.Id ?? "", g.No, g.Title)).ToEquatableArray()
                : EquatableArray<DimensionOption>.Empty;
        if (ids.Count == 1)
            return first.Options.Select(o => new IndicatorCell(o.Id, GroupsOf(ids[0], o), o, null, false)).ToArray();

        var second = Dimension(plan, ids[1], outline);
        var excluded = new HashSet<(string, string)>(indicator.Exclude.Select(e => (e.Row, e.Column)));
        var cells = new List<IndicatorCell>(first.Options.Count * second.Options.Count);
        foreach (var row in first.Options)
        {
            var groups = GroupsOf(ids[0], row).Append(row).ToEquatableArray();
            foreach (var column in second.Options)
                cells.Add(new IndicatorCell(CellId(row.Id, column.Id), groups, column, row, excluded.Contains((row.Id, column.Id))));
        }

        return cells;
    }

    /// <summary>The cells values are entered in (the excluded ones left out), in order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">One of its indicators.</param>
    public static IReadOnlyList<IndicatorCell> EnteredCellsOf(this PlanSpec plan, IndicatorSpec indicator) =>
        plan.CellsOf(indicator).Where(c => !c.Excluded).ToArray();

    /// <summary>How a clerk names one cell of the indicator in a sentence: <c>nội dung</c>, <c>hình thức</c>, a category's title, <c>ô</c> for a cross-tab.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">One of its indicators.</param>
    public static string ItemNoun(this PlanSpec plan, IndicatorSpec indicator)
    {
        var ids = DimensionIdsOf(indicator);
        return ids.Count switch
        {
            0 => "nội dung",
            1 => Dimension(plan, ids[0], null, withOptions: false).Noun,
            _ => "ô",
        };
    }

    private static IndicatorDimension Dimension(PlanSpec plan, string id, ContentOutline? outline, bool withOptions = true)
    {
        switch (id)
        {
            case Contents:
                return new IndicatorDimension(id, "nội dung", !withOptions ? EquatableArray<DimensionOption>.Empty :
                    (outline ?? plan.Outline()).Leaves.Select(l => new DimensionOption(l.Item.Id!, l.Item.No, l.Item.Title)).ToEquatableArray());
            case Forms:
                return new IndicatorDimension(id, "hình thức", plan.Forms.Select(f => new DimensionOption(f.Id, f.No, f.Title)).ToEquatableArray());
            default:
                var category = plan.Categories.FirstOrDefault(c => c.Id == id);
                return category is null
                    ? new IndicatorDimension(id, id, EquatableArray<DimensionOption>.Empty)
                    : new IndicatorDimension(id, LowerFirst(category.Title),
                        category.Options.Select(o => new DimensionOption(o.Id, null, o.Title)).ToEquatableArray());
        }
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;
}
