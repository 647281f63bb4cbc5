namespace ReportKit.Templates;

/// <summary>How a target compares a value with its threshold.</summary>
public enum TargetComparison
{
    /// <summary><c>at_least</c>: the value is at least the threshold (<c>ít nhất</c>, <c>tối thiểu</c>).</summary>
    AtLeast,

    /// <summary><c>above</c>: the value is above the threshold (<c>trên 35%</c>).</summary>
    Above,

    /// <summary><c>at_most</c>: the value is at most the threshold (<c>không quá</c>, <c>dưới hoặc bằng</c>).</summary>
    AtMost,

    /// <summary><c>equals</c>: the value equals the threshold (a <c>yes_no</c> answer of 1 meets <c>equals: 1</c>).</summary>
    EqualTo,
}

/// <summary>
/// A target (chỉ tiêu) the plan states, judged on the consolidated summary: either each unit of a level against the
/// threshold, with the share of those units that must meet it ("7/7 huyện tổ chức trại hè", "100% xã"), or the
/// consolidated value of the summary's total ("toàn tỉnh tổ chức ít nhất 1 tọa đàm"). A shortfall is a result shown in
/// the summary, never a validation error.
/// </summary>
/// <param name="Id">The id.</param>
/// <param name="Label">The plan's wording of the target, as written.</param>
/// <param name="Indicator">The indicator judged (its total when disaggregated; a ratio's computed value).</param>
/// <param name="Comparison">How the value is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">The threshold, in the indicator's own terms (a percent ratio's is a fraction: 0.35 for 35%).</param>
/// <param name="Level">The level whose units are each judged; null for a target on the consolidated value.</param>
/// <param name="Share">The share (0–1) of the level's units that must meet the threshold (1 for "7/7", "100%"); null for a target on the consolidated value.</param>
/// <param name="Note">Where the wording comes from, or how the template reads it, if worth saying.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record TargetSpec(
    string Id,
    string Label,
    string Indicator,
    TargetComparison Comparison,
    decimal Threshold,
    string? Level,
    decimal? Share,
    string? Note,
    SourceSpan Location)
{
    /// <summary>True when the target judges the consolidated value of the summary's total, not each unit of a level.</summary>
    public bool IsConsolidated => Level is null;
}
