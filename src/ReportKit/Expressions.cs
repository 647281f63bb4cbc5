using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>Evaluates and prints indicator expressions (ratio formulas, check rules).</summary>
internal static class Expressions
{
    /// <summary>The value of <paramref name="expr"/> (see <see cref="ExpressionParser.Evaluate"/>); blank when there is no expression.</summary>
    public static decimal? Evaluate(ExprSpec? expr, Func<string, decimal?> indicatorValue) =>
        expr is null ? null : ExpressionParser.Evaluate(expr, indicatorValue);

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
    public static IEnumerable<string> IndicatorIds(ExprSpec? expr) =>
        expr is null ? Array.Empty<string>() : ExpressionParser.IndicatorIds(expr);

    /// <summary>The expression for a clerk: indicators by their labels in «», e.g. <c>«Số đảng viên tham gia» + 1</c>.</summary>
    public static string Describe(ExprSpec? expr, PlanIndex plan, bool nested = false) => expr switch
    {
        NumberExpr number => Numbers.Format(number.Value),
        IndicatorRefExpr reference => "«" + (plan.Indicator(reference.Id)?.Label ?? reference.Id) + "»",
        BinaryExpr binary => (nested ? "(" : "") + Describe(binary.Left, plan, true) + " " + binary.Op + " " + Describe(binary.Right, plan, true) + (nested ? ")" : ""),
        _ => "",
    };
}
