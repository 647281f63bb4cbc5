namespace ReportKit.Templates;

// Row lists (issue 12 item 3): what a unit reports as rows (typical events, works sent to a contest, models,
// exemplary people) rather than as numbers against fixed items.

/// <summary>The value type of a row list's column.</summary>
public enum ListColumnType
{
    /// <summary>A short single-line text (a name, a place).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>A date (stored as ISO <c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary>Có / Không (stored as <c>1</c> / <c>0</c>, as a <c>yes_no</c> field's value).</summary>
    YesNo,

    /// <summary>One option of <see cref="ListColumnSpec.Choice"/> (stored as the option's id).</summary>
    Choice,
}

/// <summary>One column of a row list.</summary>
/// <param name="Id">The id, unique within its list (the generated row property's name).</param>
/// <param name="Label">The column heading as the form and the summary print it.</param>
/// <param name="Type">The value type.</param>
/// <param name="Choice">
/// For <see cref="ListColumnType.Choice"/>: what the options are, <c>forms</c> or <c>contents</c> (leaf content items);
/// any other value names a category of the plan (<c>categories:</c>), whose options are then the choices.
/// </param>
/// <param name="Location">Where it is in the template.</param>
public sealed record ListColumnSpec(string Id, string Label, ListColumnType Type, string? Choice, SourceSpan Location)
{
    /// <summary>The <see cref="Choice"/> that offers the plan's forms (hình thức).</summary>
    public const string Forms = "forms";

    /// <summary>The <see cref="Choice"/> that offers the plan's leaf content items (nội dung).</summary>
    public const string Contents = "contents";

    /// <summary>Whether <c>sum(list.column)</c> is meaningful: integer, decimal, or yes_no (which counts the Có).</summary>
    public bool IsNumeric => Type is ListColumnType.Integer or ListColumnType.Decimal or ListColumnType.YesNo;
}

/// <summary>A row list a unit fills (<c>lists:</c>): a table of up to <see cref="Rows"/> rows of typed columns.</summary>
/// <param name="Id">The id (its sheet in the summary, the generated list property and row class).</param>
/// <param name="Label">The list's heading as written (<c>Danh sách mô hình, cách làm hay</c>).</param>
/// <param name="Rows">How many blank rows the input form offers (a unit fills as many as it needs).</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Note">A hint printed under the heading on the form, if any.</param>
/// <param name="Location">Where it is in the template.</param>
/// <param name="Levels">The levels whose units fill it (<c>levels: [xa]</c>); empty: every level (<see cref="LevelQueries"/>).</param>
public sealed record ListSpec(string Id, string Label, int Rows, EquatableArray<ListColumnSpec> Columns, string? Note, SourceSpan Location,
    EquatableArray<string> Levels = default)
{
    /// <summary>The most blank rows a list may ask for on one form.</summary>
    public const int MaxRows = 500;
}

/// <summary>
/// An aggregate over a row list in a formula or rule: <c>count(list)</c> (the rows a unit filled) or
/// <c>sum(list.column)</c> (the sum of a numeric column, blank when no row has a value in it).
/// </summary>
/// <param name="ListId">The list's id.</param>
/// <param name="ColumnId">For <c>sum</c>: the column; null for <c>count</c>.</param>
public sealed record ListAggregateExpr(string ListId, string? ColumnId) : ExprSpec
{
    /// <summary>The function name of the aggregate, <c>count</c> or <c>sum</c>.</summary>
    public string Function => ColumnId is null ? "count" : "sum";

    /// <summary>The canonical text, <c>count(hoat_dong)</c> or <c>sum(hoat_dong.so_nguoi)</c>: also the key the evaluator asks its value by.</summary>
    public override string ToString() => ColumnId is null ? "count(" + ListId + ")" : "sum(" + ListId + "." + ColumnId + ")";
}
