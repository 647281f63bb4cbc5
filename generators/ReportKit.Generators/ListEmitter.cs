using System.Linq;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

/// <summary>
/// Emits the row lists (<c>lists:</c>): one row class per list in the plan class (<c>MoHinhRow</c>, a property per
/// column: <c>string?</c>, <c>long?</c>, <c>decimal?</c>, <c>DateOnly?</c>, <c>bool?</c>; a choice is the option's
/// id), and on each report class that asks for the list a <c>List&lt;MoHinhRow&gt;</c> property and its conversions.
/// </summary>
internal static class ListEmitter
{
    private const string Rk = "global::ReportKit.";
    private const string Cells = "global::ReportKit.ListCells";

    public static void EmitRowClass(CSharpWriter w, ListSpec list)
    {
        var className = Identifiers.ListRowClass(list.Id);
        w.Line();
        w.Summary($"One row of the list «{list.Label}» ({list.Id}); a blank cell is null.");
        w.Open($"public sealed record {className}");
        foreach (var column in list.Columns)
        {
            w.Summary(column.Label + column.Choice switch
            {
                null => "",
                ListColumnSpec.Forms or ListColumnSpec.Contents => " (the id of one of the " + column.Choice + ")",
                var category => " (the id of an option of the category " + category + ")",
            });
            w.Line($"public {TypeOf(column)}? {Identifiers.ToPascalCase(column.Id)} {{ get; init; }}");
        }

        w.Line();
        w.Line("/// <summary>For a row a consolidated result carried up: the unit below that reported it; null for a unit's own row.</summary>");
        w.Line("public string? ReportedBy { get; init; }");
        w.Line();
        w.Line("/// <summary>The row as the engine holds it (canonical cells).</summary>");
        w.Open($"public {Rk}ListRow ToRow()");
        w.Line($"var row = new {Rk}ListRow {{ ReportedBy = ReportedBy }};");
        for (var i = 0; i < list.Columns.Count; i++)
        {
            var column = list.Columns[i];
            w.Line($"row = row.With({Literal(column.Id)}, {ToCell(column, Identifiers.ToPascalCase(column.Id), "__v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))});");
        }
        w.Line("return row;");
        w.Close();
        w.Line();
        w.Line("/// <summary>Reads a row the engine holds; a cell that is not of its column's type (which validation rejects) is left blank.</summary>");
        w.Open($"public static {className} FromRow({Rk}ListRow row)");
        w.Line("if (row is null) throw new global::System.ArgumentNullException(nameof(row));");
        w.Line($"return new {className}");
        w.Line("{");
        foreach (var column in list.Columns)
            w.Line($"    {Identifiers.ToPascalCase(column.Id)} = {FromCell(column, "row[" + Literal(column.Id) + "]")},");
        w.Line("    ReportedBy = row.ReportedBy,");
        w.Line("};");
        w.Close();
        w.Close();
    }

    public static void EmitListProperty(CSharpWriter w, ListSpec list)
    {
        w.Line();
        w.Summary($"{list.Label}: the rows the unit fills (the form offers {list.Rows}).");
        w.Line($"public global::System.Collections.Generic.List<{Identifiers.ListRowClass(list.Id)}> {Identifiers.ToPascalCase(list.Id)} {{ get; }} = new();");
        w.Line();
        w.Line($"private global::System.Collections.Generic.IEnumerable<{Rk}ListRow> __{Identifiers.ToPascalCase(list.Id)}Rows() =>");
        w.Line($"    global::System.Linq.Enumerable.Select({Identifiers.ToPascalCase(list.Id)}, r => r.ToRow());");
    }

    public static void EmitToSubmission(CSharpWriter w, ListSpec list) =>
        w.Line($"submission = submission.WithRows({Literal(list.Id)}, __{Identifiers.ToPascalCase(list.Id)}Rows());");

    public static void EmitFromSubmission(CSharpWriter w, ListSpec list) =>
        w.Line($"foreach (var __row in submission.RowsOf({Literal(list.Id)})) report.{Identifiers.ToPascalCase(list.Id)}.Add({Identifiers.ListRowClass(list.Id)}.FromRow(__row));");

    /// <summary>An aggregate compiled: the runtime's one evaluation over the typed rows, or null when the report has no such list.</summary>
    public static string Aggregate(PlanSpec plan, ReportSpec report, ListAggregateExpr aggregate, string owner) =>
        plan.ListsOf(report).Any(l => l.Id == aggregate.ListId)
            ? $"{Cells}.Aggregate({owner}__{Identifiers.ToPascalCase(aggregate.ListId)}Rows(), new global::ReportKit.Templates.ListAggregateExpr({Literal(aggregate.ListId)}, {Literal(aggregate.ColumnId)}))"
            : "(decimal?)null";

    private static string TypeOf(ListColumnSpec column) => column.Type switch
    {
        ListColumnType.Integer => "long",
        ListColumnType.Decimal => "decimal",
        ListColumnType.Date => "global::System.DateOnly",
        ListColumnType.YesNo => "bool",
        _ => "string",
    };

    // Locals start with "__", which no PascalCase id can, so they never clash with a template's names.
    private static string ToCell(ListColumnSpec column, string value, string local) => column.Type switch
    {
        ListColumnType.Integer => $"{value} is {{ }} {local} ? {Cells}.Of((decimal){local}) : null",
        ListColumnType.Text or ListColumnType.Choice => value,
        _ => $"{value} is {{ }} {local} ? {Cells}.Of({local}) : null",
    };

    private static string FromCell(ListColumnSpec column, string cell) => column.Type switch
    {
        ListColumnType.Integer => $"global::ReportKit.Generated.ReportKitCalc.ToLong({Cells}.Number({cell}))",
        ListColumnType.Decimal => $"{Cells}.Number({cell})",
        ListColumnType.Date => $"{Cells}.Date({cell})",
        ListColumnType.YesNo => $"{cell} == {Cells}.Yes ? true : {cell} == {Cells}.No ? false : null",
        _ => cell,
    };
}
