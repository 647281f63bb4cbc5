namespace ReportKit;

/// <summary>How serious a problem in a submission is.</summary>
public enum ProblemSeverity
{
    /// <summary>Worth a look; the submission is used as it is.</summary>
    Warning,

    /// <summary>Wrong: the value (or the rule it breaks) needs correcting. See <see cref="Consolidator"/> for what is still counted.</summary>
    Error,
}

/// <summary>A problem found in a submission, located and worded for the clerk who has to fix it.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="RuleId">The plan's rule id for check and coverage rules, otherwise one of <see cref="ProblemCodes"/>.</param>
/// <param name="ReportId">The report.</param>
/// <param name="UnitId">The submitting unit.</param>
/// <param name="PeriodKey">The period key.</param>
/// <param name="IndicatorId">The indicator concerned, if any.</param>
/// <param name="ItemId">The content item or form concerned, if any.</param>
/// <param name="NarrativeId">The narrative concerned, if any.</param>
/// <param name="Message">What is wrong, in Vietnamese, naming the unit and period (<c>Chi bộ Thôn 1, năm 2024: «Số đảng viên tham gia» (30) lớn hơn «Tổng số đảng viên» (25).</c>).</param>
/// <param name="Source">Where the submission came from (<see cref="Submission.Source"/>).</param>
public sealed record ValidationProblem(
    ProblemSeverity Severity,
    string RuleId,
    string ReportId,
    string UnitId,
    string PeriodKey,
    string? IndicatorId,
    string? ItemId,
    string? NarrativeId,
    string Message,
    string? Source)
{
    /// <summary><c>source: error max_indicator: message</c>.</summary>
    public override string ToString() =>
        (Source is null ? "" : Source + ": ") + (Severity == ProblemSeverity.Error ? "error " : "warning ") + RuleId + ": " + Message;
}

/// <summary>The ids of the built-in checks (plan rules use their own ids). Stable: never renamed.</summary>
public static class ProblemCodes
{
    /// <summary>The submission belongs to another plan.</summary>
    public const string WrongPlan = "plan";

    /// <summary>The plan has no such report.</summary>
    public const string UnknownReport = "report";

    /// <summary>The period key is not a period of the report.</summary>
    public const string BadPeriod = "period";

    /// <summary>The unit is not in the unit tree.</summary>
    public const string UnknownUnit = "unit";

    /// <summary>The unit does not owe this report (its values are not counted).</summary>
    public const string UnitNotExpected = "unit.not_expected";

    /// <summary>A unit's level is not one of the plan's levels.</summary>
    public const string UnknownLevel = "unit.level";

    /// <summary>The submission is dated after the as-of date: not yet received as of that date.</summary>
    public const string SubmittedAfterAsOf = "submitted.after_as_of";

    /// <summary>The submission is dated before its period starts (counted; the date is likely a slip).</summary>
    public const string SubmittedBeforePeriod = "submitted.before_period";

    /// <summary>Two or more submissions of one unit carry the same date: the one used and the others are named.</summary>
    public const string SameDateDuplicate = "submitted.same_date";

    /// <summary>The submission's figures are already in a relayed summary of this unit or of a unit above it (not counted again).</summary>
    public const string InRelay = "relay.covered";

    /// <summary>The submission has no date: received, but never on time.</summary>
    public const string NoSubmissionDate = "submitted.no_date";

    /// <summary>An integer indicator has a fractional value (not counted).</summary>
    public const string NotWhole = "type";

    /// <summary>A value beyond any plausible count or amount (above 10^15; not counted).</summary>
    public const string Implausible = "value.implausible";

    /// <summary>A ratio was entered; ratios are computed (not counted).</summary>
    public const string RatioEntered = "ratio";

    /// <summary>The plan has no such indicator (not counted).</summary>
    public const string UnknownIndicator = "indicator.unknown";

    /// <summary>The report does not ask for this indicator (not counted).</summary>
    public const string IndicatorNotAsked = "indicator.not_asked";

    /// <summary>The content item or form is not one the indicator is entered by, or is missing (not counted).</summary>
    public const string UnknownItem = "item.unknown";

    /// <summary>A value is below the indicator's minimum.</summary>
    public const string BelowMin = "min";

    /// <summary>A value is above the indicator's constant maximum.</summary>
    public const string AboveMax = "max";

    /// <summary>An indicator exceeds the indicator it may not exceed (<c>max: dang_vien</c>).</summary>
    public const string AboveIndicator = "max_indicator";

    /// <summary>A required indicator is blank.</summary>
    public const string Required = "required";

    /// <summary>A required narrative is blank.</summary>
    public const string NarrativeRequired = "narrative.required";

    /// <summary>A narrative is longer than allowed.</summary>
    public const string NarrativeTooLong = "narrative.max_length";

    /// <summary>The plan or report has no such narrative (not kept).</summary>
    public const string UnknownNarrative = "narrative.unknown";

    /// <summary>The unit's level does not enter this indicator or narrative (<c>levels:</c>; not counted, not kept).</summary>
    public const string NotEnteredAtLevel = "levels.not_entered";

    /// <summary>A row list cell that does not hold a value of its column's type (the row is not counted).</summary>
    public const string ListBadCell = "lists.bad_cell";

    /// <summary>Rows of a list the plan or report does not have (not kept).</summary>
    public const string ListUnknown = "lists.unknown";

    /// <summary>A date, text or document answer that cannot be read as its type (not kept).</summary>
    public const string BadAnswer = "types.bad_answer";

    /// <summary>A text answer longer than its field allows.</summary>
    public const string AnswerTooLong = "types.too_long";

    /// <summary>An answer for a field the report does not ask for, or the plan does not have (not kept).</summary>
    public const string UnknownAnswer = "types.unknown_answer";
}
