using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// How a target (<see cref="TargetSpec"/>) is judged: one rule shared by the generated report classes
/// (<c>MeetsTargets</c>) and the summary's results, so a unit meets a target the same way in both.
/// </summary>
public static class TargetQueries
{
    /// <summary>The targets judged on a report: those whose indicator the report asks for, in the plan's order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    public static IReadOnlyList<TargetSpec> TargetsOf(this PlanSpec plan, ReportSpec report)
    {
        var asked = new HashSet<string>(plan.IndicatorsOf(report).Select(i => i.Id), System.StringComparer.Ordinal);
        return plan.Targets.Where(t => asked.Contains(t.Indicator)).ToArray();
    }

    /// <summary>The comparison a target's threshold stands for (<c>at_least</c> is <c>&gt;=</c>).</summary>
    /// <param name="comparison">The target's comparison.</param>
    public static ComparisonOperator Operator(TargetComparison comparison) => comparison switch
    {
        TargetComparison.AtLeast => ComparisonOperator.GreaterOrEqual,
        TargetComparison.Above => ComparisonOperator.Greater,
        TargetComparison.AtMost => ComparisonOperator.LessOrEqual,
        _ => ComparisonOperator.Equal,
    };

    /// <summary>Whether <paramref name="value"/> meets the threshold; null when the value is blank (not judged, never a shortfall).</summary>
    /// <param name="value">The judged value.</param>
    /// <param name="comparison">The target's comparison.</param>
    /// <param name="threshold">The threshold (the template's, or the one the plan assigns to the unit).</param>
    public static bool? Meets(decimal? value, TargetComparison comparison, decimal threshold) =>
        ExpressionParser.Compare(value, Operator(comparison), threshold);

    /// <summary>Whether enough units met a per-level target: <paramref name="met"/> of <paramref name="units"/> reach the share (false when there are no units).</summary>
    /// <param name="met">Units that met the threshold.</param>
    /// <param name="units">Units of the level judged (those that did not report count, as not having met it).</param>
    /// <param name="share">The share required (0–1).</param>
    public static bool Achieved(int met, int units, decimal share) => units > 0 && met >= share * units;
}
