using System.Linq;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

// Categories and cross-tabs: the doc wording, and a cross-tab's two-level per-item class (SoCuocHop.GiaoBan.TrucTuyen).
internal static partial class ReportEmitter
{
    private static string ItemNounDoc(PlanSpec plan, IndicatorSpec indicator) => indicator.By switch
    {
        Disaggregation.Contents => "content item (nội dung)",
        Disaggregation.Forms => "form (hình thức)",
        _ => "option of category " + indicator.Dimensions[0] + " (" + plan.ItemNoun(indicator) + ")",
    };

    private static string SplitDoc(IndicatorSpec indicator) =>
        indicator.By == Disaggregation.CrossTab
            ? "Theo " + indicator.Dimensions[0] + " × " + indicator.Dimensions[1] + " (a cross-tab: row, then column)."
            : "Theo " + indicator.Dimensions[0] + " (by category).";

    /// <summary>
    /// The per-item class of a cross-tab: a property per row option holding a nested class with a property per column
    /// option (excluded combinations have none), each row with its own Total; the outer Total sums every cell.
    /// </summary>
    private static void EmitCrossTab(CSharpWriter w, PlanSpec plan, IndicatorSpec indicator)
    {
        var type = ValueType(indicator);
        var cells = plan.EnteredCellsOf(indicator);
        var rows = cells.GroupBy(c => c.Row!.Id).Select(g => (Row: g.First().Row!, Cells: g.ToArray())).ToArray();
        var dimensions = plan.DimensionsOf(indicator);
        w.Line();
        w.Summary($"{indicator.Label}: one value per combination of {dimensions[0].Id} (rows) and {dimensions[1].Id} (columns); {nameof(indicator)} {indicator.Id}.");
        w.Open($"public sealed class {ItemGroupClass(indicator)}");
        foreach (var (row, _) in rows)
        {
            w.Summary(RowDoc(row));
            w.Line($"public {RowClass(row)} {Identifiers.ToPascalCase(row.Id)} {{ get; }} = new();");
        }
        w.Line();
        w.Summary("The total over every cell, leaving out values outside the indicator's range as the validator does; blank when no cell has a value.");
        w.Line($"public {type}? {Identifiers.ItemTotal} => {Calc}.Sum({string.Join(", ", cells.Select(c => Accepted(indicator, Identifiers.ToPascalCase(c.Row!.Id) + "." + Identifiers.ToPascalCase(c.Item.Id))))});");
        var columns = IndicatorCells.ColumnsWithTotals(cells);
        w.Line();
        w.Summary("Each " + dimensions[1].Id + " option's total over the rows (Cộng theo …), leaving out values outside the indicator's range; excluded combinations never count.");
        w.Line($"public {ColumnTotalsClass} {Identifiers.ColumnTotals} => new(this);");
        w.Line();
        w.Line("internal global::System.Collections.Generic.IEnumerable<(string ItemId, decimal? Value)> __Items()");
        w.Line("{");
        foreach (var cell in cells)
            w.Line($"    yield return ({Literal(cell.ItemId)}, {Identifiers.ToPascalCase(cell.Row!.Id)}.{Identifiers.ToPascalCase(cell.Item.Id)});");
        w.Line("}");
        w.Line();
        w.Line("internal void __Set(string itemId, decimal? value)");
        w.Line("{");
        w.Line("    switch (itemId)");
        w.Line("    {");
        foreach (var cell in cells)
            w.Line($"        case {Literal(cell.ItemId)}: {Identifiers.ToPascalCase(cell.Row!.Id)}.{Identifiers.ToPascalCase(cell.Item.Id)} = {FromDecimal(indicator, "value")}; break;");
        w.Line("    }");
        w.Line("}");

        foreach (var (row, rowCells) in rows)
        {
            w.Line();
            w.Summary(RowDoc(row) + ": one value per " + dimensions[1].Id + ".");
            w.Open($"public sealed class {RowClass(row)}");
            foreach (var cell in rowCells)
            {
                w.Summary(cell.Title);
                w.Line($"public {type}? {Identifiers.ToPascalCase(cell.Item.Id)} {{ get; set; }}");
            }
            w.Line();
            w.Summary("The row's total, leaving out values outside the indicator's range; blank when no cell of the row has a value.");
            w.Line($"public {type}? {Identifiers.ItemTotal} => {Calc}.Sum({string.Join(", ", rowCells.Select(c => Accepted(indicator, Identifiers.ToPascalCase(c.Item.Id))))});");
            w.Close();
        }

        w.Line();
        w.Summary("The totals of " + indicator.Label + " per " + dimensions[1].Id + " option over the rows (" + dimensions[0].Id + ").");
        w.Open($"public sealed class {ColumnTotalsClass}");
        w.Line($"private readonly {ItemGroupClass(indicator)} _cells;");
        w.Line();
        w.Line($"internal {ColumnTotalsClass}({ItemGroupClass(indicator)} cells) => _cells = cells;");
        foreach (var column in columns)
        {
            w.Line();
            w.Summary(IndicatorCells.ColumnTotalTitle(column));
            var inColumn = cells.Where(c => c.Item.Id == column.Id);
            w.Line($"public {type}? {Identifiers.ToPascalCase(column.Id)} => {Calc}.Sum({string.Join(", ", inColumn.Select(c => Accepted(indicator, "_cells." + Identifiers.ToPascalCase(c.Row!.Id) + "." + Identifiers.ToPascalCase(c.Item.Id))))});");
        }
        w.Close();
        w.Close();
    }

    private static string ColumnTotalsClass => Identifiers.ItemGroupClass(Identifiers.ColumnTotals);

    private static string RowClass(DimensionOption row) => Identifiers.ItemGroupClass(row.Id);

    private static string RowDoc(DimensionOption row) => (row.No is null ? "" : row.No + " ") + row.Title;
}
