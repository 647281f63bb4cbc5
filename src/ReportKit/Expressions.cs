using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>Evaluates and prints indicator expressions (ratio formulas, check rules).</summary>
internal static class Expressions
{
    /// <summary>
    /// The value of <paramref name="expr"/>, reading indicators through <paramref name="indicatorValue"/>.
    /// Null when an operand is blank, a division is by zero, or the result overflows: a ratio of nothing is blank, not 0.
    /// </summary>
    public static decimal? Evaluate(ExprSpec? expr, Func<string, decimal?> indicatorValue)
    {
        switch (expr)
        {
            case NumberExpr number:
                return number.Value;
            case IndicatorRefExpr reference:
                return indicatorValue(reference.Id);
            case BinaryExpr binary:
                var left = Evaluate(binary.Left, indicatorValue);
                var right = Evaluate(binary.Right, indicatorValue);
                if (left is not { } l || right is not { } r)
                    return null;
                try
                {
                    return binary.Op switch
                    {
                        '+' => l + r,
                        '-' => l - r,
                        '*' => l * r,
                        '/' => r == 0 ? null : l / r,
                        _ => null,
                    };
                }
                catch (OverflowException)
                {
                    return null;
                }

            default:
                return null;
        }
    }

    /// <summary>
    /// An evaluator for indicator totals where ratio indicators are computed from their formulas
    /// (recursively; a formula that refers back to itself yields blank).
    /// </summary>
    public static Func<string, decimal?> WithRatios(PlanIndex plan, Func<string, decimal?> total)
    {
        var evaluating = new HashSet<string>(StringComparer.Ordinal);
        decimal? Value(string id)
        {
            var indicator = plan.Indicator(id);
            if (indicator?.Type != IndicatorType.Ratio)
                return total(id);
            if (!evaluating.Add(id))
                return null;
            try
            {
                return Evaluate(indicator.Formula, Value);
            }
            finally
            {
                evaluating.Remove(id);
            }
        }

        return Value;
    }

    /// <summary>The indicator ids an expression refers to, left to right.</summary>
    public static IEnumerable<string> IndicatorIds(ExprSpec? expr) => expr switch
    {
        IndicatorRefExpr reference => new[] { reference.Id },
        BinaryExpr binary => IndicatorIds(binary.Left).Concat(IndicatorIds(binary.Right)),
        _ => Array.Empty<string>(),
    };

    /// <summary>The expression for a clerk: indicators by their labels in «», e.g. <c>«Số đảng viên tham gia» + 1</c>.</summary>
    public static string Describe(ExprSpec? expr, PlanIndex plan, bool nested = false) => expr switch
    {
        NumberExpr number => Numbers.Format(number.Value),
        IndicatorRefExpr reference => "«" + (plan.Indicator(reference.Id)?.Label ?? reference.Id) + "»",
        BinaryExpr binary => (nested ? "(" : "") + Describe(binary.Left, plan, true) + " " + binary.Op + " " + Describe(binary.Right, plan, true) + (nested ? ")" : ""),
        _ => "",
    };
}
