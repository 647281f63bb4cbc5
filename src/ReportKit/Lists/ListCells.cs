using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// The one home of what a row list's cell may hold (<see cref="ListRow"/>'s canonical strings) and of the list aggregates
/// (<c>count(list)</c>, <c>sum(list.column)</c>): the validator, the importer and the generated code all read cells here.
/// </summary>
public static class ListCells
{
    /// <summary>The canonical yes_no cell for Có.</summary>
    public const string Yes = "1";

    /// <summary>The canonical yes_no cell for Không.</summary>
    public const string No = "0";

    /// <summary>
    /// Checks a canonical cell of <paramref name="column"/>: null when it is one, else why not, in Vietnamese, to follow the
    /// cell's text (<c>không phải số nguyên</c>).
    /// </summary>
    /// <param name="plan">The plan (for a choice column's options).</param>
    /// <param name="column">The column.</param>
    /// <param name="cell">The cell's canonical text (not blank).</param>
    public static string? Problem(PlanSpec plan, ListColumnSpec column, string cell)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(cell);
        switch (column.Type)
        {
            case ListColumnType.Integer:
                return TryNumber(cell, out var whole) && AcceptedValues.IsWhole(whole) && AcceptedValues.IsPlausible(whole) ? null : "không phải số nguyên";
            case ListColumnType.Decimal:
                return TryNumber(cell, out var number) && AcceptedValues.IsPlausible(number) ? null : "không phải số";
            case ListColumnType.Date:
                return DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && Dates.InRange(day)
                    ? null
                    : "không phải ngày (yyyy-MM-dd, năm " + Dates.FirstYear + "–" + Dates.LastYear + ")";
            case ListColumnType.YesNo:
                return cell is Yes or No ? null : "không phải Có/Không";
            case ListColumnType.Choice:
                var choices = plan.ChoicesOf(column);
                return choices.Any(c => c.Id == cell) ? null : "không phải một lựa chọn (" + string.Join(", ", choices.Select(c => c.Title)) + ")";
            default:
                return cell.Trim().Length == cell.Length && cell.IsNormalized() && cell.IndexOfAny(new[] { '\r', '\n' }) < 0 ? null : "không phải một dòng chữ đã chuẩn hoá";
        }
    }

    /// <summary>The number in a numeric cell (integer, decimal, yes_no), or null when blank or not a number.</summary>
    /// <param name="cell">The canonical cell.</param>
    public static decimal? Number(string? cell) => cell is not null && TryNumber(cell, out var value) ? value : null;

    /// <summary>The date in a date cell, or null.</summary>
    /// <param name="cell">The canonical cell.</param>
    public static DateOnly? Date(string? cell) =>
        cell is not null && DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The canonical cell of a number (invariant, no trailing zeros).</summary>
    /// <param name="value">The number.</param>
    public static string Of(decimal value) => Numbers.Format(value);

    /// <summary>The canonical cell of a date (ISO).</summary>
    /// <param name="value">The date.</param>
    public static string Of(DateOnly value) => Dates.Iso(value);

    /// <summary>The canonical cell of a yes/no answer.</summary>
    /// <param name="value">Có (true) or Không (false).</param>
    public static string Of(bool value) => value ? Yes : No;

    /// <summary>
    /// The value of every list aggregate the plan's formulas and rules use over a list the report asks for, keyed as the
    /// evaluator asks for it (<see cref="ListAggregateExpr.ToString"/>): <c>count</c> is the rows (0 when none),
    /// <c>sum</c> the sum of the column's values, absent when no row has one. Blank cells count for nothing, never 0.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">The report.</param>
    /// <param name="rowsOf">The rows of a list; null for a list the unit does not fill (<c>levels:</c>), whose aggregates stay blank.</param>
    public static IReadOnlyDictionary<string, decimal> Aggregates(PlanSpec plan, ReportSpec report, Func<string, IReadOnlyList<ListRow>?> rowsOf)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(rowsOf);
        var result = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (aggregate, key) in AggregatesAsked(plan, report))
        {
            if (rowsOf(aggregate.ListId) is { } rows && Aggregate(rows, aggregate) is { } value)
                result[key] = value;
        }

        return result;
    }

    /// <summary>
    /// The list aggregates <see cref="Aggregates"/> evaluates for <paramref name="report"/>: those the plan's formulas and
    /// rules use over a list the report asks for, each once, with the key the evaluator asks its value by.
    /// </summary>
    internal static IReadOnlyList<(ListAggregateExpr Aggregate, string Key)> AggregatesAsked(PlanSpec plan, ReportSpec report)
    {
        var asked = plan.ListsOf(report).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var expressions = plan.Indicators.Select(i => i.Formula).Concat(plan.Rules.SelectMany(r => new[] { r.Left, r.Right }));
        return expressions.Where(e => e is not null).SelectMany(e => ExpressionParser.Aggregates(e!)).Distinct()
            .Where(aggregate => asked.Contains(aggregate.ListId))
            .Select(aggregate => (aggregate, aggregate.ToString()))
            .ToArray();
    }

    /// <summary>
    /// One aggregate over a list's rows: <c>count</c> the rows that hold anything (0 when none), <c>sum</c> the column's
    /// values (null when no row has one). The one evaluation of list aggregates, for the engine and the generated code.
    /// </summary>
    /// <param name="rows">The list's rows.</param>
    /// <param name="aggregate">The aggregate.</param>
    public static decimal? Aggregate(IEnumerable<ListRow> rows, ListAggregateExpr aggregate)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.ColumnId is null)
            return rows.Count(r => !r.IsEmpty);
        decimal? sum = null;
        foreach (var row in rows)
        {
            if (Number(row[aggregate.ColumnId]) is { } value)
                sum = (sum ?? 0) + value;
        }

        return sum;
    }

    private static bool TryNumber(string cell, out decimal value) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
