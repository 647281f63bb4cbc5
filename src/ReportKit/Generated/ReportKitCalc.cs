using System;
using System.Linq;
using System.ComponentModel;
using ReportKit.Templates;

namespace ReportKit.Generated;

/// <summary>
/// Arithmetic used by the code the ReportKit generator emits (ratios, totals, compiled rules), with the
/// runtime's own semantics: a blank operand gives a blank, division by zero or overflow gives a blank, never
/// a wrong number. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ReportKitCalc
{
    /// <summary><paramref name="a"/> + <paramref name="b"/>; blank if either is blank or on overflow.</summary>
    public static decimal? Add(decimal? a, decimal? b) => Evaluate('+', a, b);

    /// <summary><paramref name="a"/> − <paramref name="b"/>; blank if either is blank or on overflow.</summary>
    public static decimal? Sub(decimal? a, decimal? b) => Evaluate('-', a, b);

    /// <summary><paramref name="a"/> × <paramref name="b"/>; blank if either is blank or on overflow.</summary>
    public static decimal? Mul(decimal? a, decimal? b) => Evaluate('*', a, b);

    /// <summary><paramref name="a"/> ÷ <paramref name="b"/>; blank if either is blank, on division by zero or on overflow.</summary>
    public static decimal? Div(decimal? a, decimal? b) => Evaluate('/', a, b);

    /// <summary>The sum of the values given; blank when none is given, or when it does not fit a <see cref="long"/>.</summary>
    public static long? Sum(params long?[] values)
    {
        decimal? total = null;
        foreach (var value in values)
        {
            if (value is { } v)
                total = (total ?? 0m) + v;
        }

        return total is { } t && t >= long.MinValue && t <= long.MaxValue ? (long)t : null;
    }

    /// <summary>The sum of the values given; blank when none is given or on overflow.</summary>
    public static decimal? Sum(params decimal?[] values)
    {
        decimal? total = null;
        foreach (var value in values)
        {
            if (value is { } v)
                total = Add(total ?? 0m, v);
            if (value is not null && total is null)
                return null;
        }

        return total;
    }

    /// <summary>
    /// The value if the validator would count it (<see cref="AcceptedValues"/>): within the indicator's effective
    /// <paramref name="min"/> and <paramref name="max"/> and not implausibly large; otherwise blank.
    /// </summary>
    public static decimal? Accepted(decimal? value, decimal? min, decimal? max) =>
        value is { } v && new AcceptedValues(min, max, WholeNumbers: false).Accepts(v) ? v : null;

    /// <summary>The whole-number form of <see cref="Accepted(decimal?, decimal?, decimal?)"/>.</summary>
    public static long? Accepted(long? value, decimal? min, decimal? max) =>
        Accepted((decimal?)value, min, max) is null ? null : value;

    /// <summary>
    /// A whole number as <see cref="long"/>, the type of generated whole-number properties: every value the validator
    /// accepts (up to <see cref="AcceptedValues.MaxMagnitude"/>) fits. Blank for a blank, a fraction or a number
    /// beyond <see cref="long"/>.
    /// </summary>
    public static long? ToLong(decimal? value) =>
        value is { } v && AcceptedValues.IsWhole(v) && v >= long.MinValue && v <= long.MaxValue ? (long)v : null;

    /// <summary>A yes_no property as its stored value: 1 for Có (true), 0 for Không (false), blank for blank.</summary>
    public static decimal? FromBool(bool? value) => value is { } v ? (v ? 1m : 0m) : null;

    /// <summary>A stored yes_no value as the property: true for 1, false for 0, blank for anything else (which validation rejects).</summary>
    public static bool? ToBool(decimal? value) => value == 1m ? true : value == 0m ? false : null;

    /// <summary>A date property as its answer (<c>yyyy-MM-dd</c>); blank for blank.</summary>
    public static string? DateAnswer(DateOnly? value) => value is { } v ? Dates.Iso(v) : null;

    /// <summary>A date answer as the property; blank when blank or not an ISO date (which validation rejects).</summary>
    public static DateOnly? ToDate(string? answer) =>
        DateOnly.TryParseExact(answer?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>A document answer as the property; blank when blank or not a reference (which validation rejects).</summary>
    public static DocumentReference? ToDocument(string? answer) => DocumentReference.TryParse(answer, out var reference) ? reference : null;

    /// <summary>Whether a rule holds; true when it cannot be judged yet (a side is blank), as the validator does.</summary>
    public static bool Holds(decimal? left, ComparisonOperator op, decimal? right) =>
        ExpressionParser.Compare(left, op, right) ?? true;

    /// <summary>Whether a target is met (<see cref="TargetQueries.Meets"/>); null when the value is blank.</summary>
    public static bool? Meets(decimal? value, TargetComparison comparison, decimal threshold) =>
        TargetQueries.Meets(value, comparison, threshold);

    /// <summary>False when one target is missed; else null when one is blank; else true.</summary>
    public static bool? AllMet(params bool?[] results) =>
        results.Any(r => r == false) ? false : results.Any(r => r is null) ? null : true;

    private static decimal? Evaluate(char op, decimal? a, decimal? b) =>
        a is null || b is null ? null : ExpressionParser.Evaluate(new BinaryExpr(op, new NumberExpr(a.Value), new NumberExpr(b.Value)), _ => null);
}
