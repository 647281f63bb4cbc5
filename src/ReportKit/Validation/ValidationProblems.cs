using System.Collections.Generic;
using System.Globalization;

namespace ReportKit;

/// <summary>
/// One kind of validation problem: its stable code, severity, a short title and a message format
/// (<see cref="string.Format(System.IFormatProvider, string, object[])"/> placeholders <c>{0}</c>…, the same convention
/// as <c>TemplateDiagnosticDescriptor</c> and Roslyn's <c>DiagnosticDescriptor</c>).
/// </summary>
/// <param name="Code">One of <see cref="ProblemCodes"/>, or a plan rule's id (<see cref="ValidationProblems.CheckRule"/>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Title">A short title for the whole kind (English, for documentation).</param>
/// <param name="MessageFormat">
/// The message in Vietnamese with <c>{0}</c>… placeholders, formatted under the invariant culture; every message is
/// preceded by the unit and period it is about (<c>Chi bộ Thôn 1, năm 2024: </c>).
/// </param>
public sealed record ValidationProblemDescriptor(string Code, ProblemSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>The message for <paramref name="args"/>, without the unit and period in front.</summary>
    public string Format(params object[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    /// <summary>A problem of this kind about <paramref name="site"/>.</summary>
    internal ValidationProblem Create(ProblemSite site, params object[] args) =>
        new(Severity, Code, site.ReportId, site.UnitId, site.PeriodKey, site.IndicatorId, site.ItemId, site.NarrativeId,
            site.Context + Format(args), site.Source);
}

/// <summary>
/// What a validation problem is about: the report, unit and period, the words naming them in front of the message
/// (<c>Chi bộ Thôn 1, năm 2024: </c>), the submission's source, and the indicator, item or narrative concerned.
/// </summary>
internal sealed record ProblemSite(string ReportId, string UnitId, string PeriodKey, string Context, string? Source)
{
    public string? IndicatorId { get; init; }

    public string? ItemId { get; init; }

    public string? NarrativeId { get; init; }

    /// <summary>The same site, about one value (an indicator, and its item if any).</summary>
    public ProblemSite At(string indicatorId, string? itemId = null) => this with { IndicatorId = indicatorId, ItemId = itemId };

    /// <summary>The same site, about one entered value.</summary>
    public ProblemSite At(ValueKey key) => At(key.IndicatorId, key.ItemId);

    /// <summary>The same site, about one narrative.</summary>
    public ProblemSite AtNarrative(string narrativeId) => this with { NarrativeId = narrativeId };

    /// <summary>The same site, for another submission (its source).</summary>
    public ProblemSite From(string? source) => this with { Source = source };
}

/// <summary>
/// The catalogue of validation problems (<see cref="SubmissionValidator"/>, <see cref="Consolidator"/>): one place for
/// each built-in check's code, severity and wording. The codes are <see cref="ProblemCodes"/> and never change.
/// </summary>
public static class ValidationProblems
{
    /// <summary><see cref="ProblemCodes.WrongPlan"/>: the submission belongs to another plan.</summary>
    public static readonly ValidationProblemDescriptor WrongPlan = new(
        ProblemCodes.WrongPlan, ProblemSeverity.Error, "Submission of another plan",
        "báo cáo thuộc kế hoạch «{0}», không phải «{1}».");

    /// <summary><see cref="ProblemCodes.UnknownReport"/>: the plan has no such report.</summary>
    public static readonly ValidationProblemDescriptor UnknownReport = new(
        ProblemCodes.UnknownReport, ProblemSeverity.Error, "Unknown report",
        "kế hoạch không có báo cáo «{0}».");

    /// <summary><see cref="ProblemCodes.BadPeriod"/>: the period key is not a period of the report ({2}: why, <see cref="ReportingCalendar.PeriodProblem"/>).</summary>
    public static readonly ValidationProblemDescriptor BadPeriod = new(
        ProblemCodes.BadPeriod, ProblemSeverity.Error, "Not a period of the report",
        "kỳ báo cáo «{0}» không phải một kỳ của «{1}»: {2}.");

    /// <summary>
    /// <see cref="ProblemCodes.UnknownUnit"/>: the unit is not in the unit tree ({1}: what follows for the summary,
    /// <c>; báo cáo không được tính</c>, or nothing).
    /// </summary>
    public static readonly ValidationProblemDescriptor UnknownUnit = new(
        ProblemCodes.UnknownUnit, ProblemSeverity.Error, "Unknown unit",
        "đơn vị «{0}» không có trong danh sách đơn vị{1}.");

    /// <summary><see cref="ProblemCodes.UnitNotExpected"/>: the unit does not owe this report (its values are not counted).</summary>
    public static readonly ValidationProblemDescriptor UnitNotExpected = new(
        ProblemCodes.UnitNotExpected, ProblemSeverity.Warning, "Unit does not owe the report",
        "đơn vị không thuộc diện phải nộp «{0}» (số liệu được cộng từ các đơn vị cấp dưới); số liệu của báo cáo này không được tính.");

    /// <summary><see cref="ProblemCodes.UnknownLevel"/>: a unit's level is not one of the plan's levels.</summary>
    public static readonly ValidationProblemDescriptor UnknownLevel = new(
        ProblemCodes.UnknownLevel, ProblemSeverity.Warning, "Unknown level",
        "cấp «{0}» không có trong kế hoạch.");

    /// <summary><see cref="ProblemCodes.SubmittedAfterAsOf"/>: dated after the as-of date, so not yet received.</summary>
    public static readonly ValidationProblemDescriptor SubmittedAfterAsOf = new(
        ProblemCodes.SubmittedAfterAsOf, ProblemSeverity.Warning, "Submitted after the as-of date",
        "báo cáo ghi ngày nộp {0}, sau ngày tổng hợp {1}; chưa được tính.");

    /// <summary><see cref="ProblemCodes.SubmittedBeforePeriod"/>: dated before its period starts (counted).</summary>
    public static readonly ValidationProblemDescriptor SubmittedBeforePeriod = new(
        ProblemCodes.SubmittedBeforePeriod, ProblemSeverity.Warning, "Submitted before the period starts",
        "báo cáo ghi ngày nộp {0}, trước khi kỳ báo cáo bắt đầu ({1}); vẫn được tính, hãy kiểm tra lại ngày.");

    /// <summary><see cref="ProblemCodes.SameDateDuplicate"/>: several submissions of one unit with the same date.</summary>
    public static readonly ValidationProblemDescriptor SameDateDuplicate = new(
        ProblemCodes.SameDateDuplicate, ProblemSeverity.Warning, "Several submissions with the same date",
        "có {0} báo cáo cùng ngày nộp {1} ({2}); dùng «{3}» (tên tệp xếp sau cùng), các bản còn lại không được tính. " +
        "Nếu không đúng, hãy bỏ bản không dùng khỏi thư mục và tổng hợp lại.");

    /// <summary>
    /// <see cref="ProblemCodes.InRelay"/>: the figures are already in a relayed summary ({0}: what is covered, {1}: whose
    /// summary, {2}: what is not counted again, with its trailing space, or nothing).
    /// </summary>
    public static readonly ValidationProblemDescriptor InRelay = new(
        ProblemCodes.InRelay, ProblemSeverity.Warning, "Already in a relayed summary",
        "{0} đã nằm trong báo cáo tổng hợp {1}; {2}không được cộng thêm.");

    /// <summary><see cref="ProblemCodes.NoSubmissionDate"/>: no date, so received but never on time.</summary>
    public static readonly ValidationProblemDescriptor NoSubmissionDate = new(
        ProblemCodes.NoSubmissionDate, ProblemSeverity.Warning, "Submission without a date",
        "báo cáo không ghi ngày nộp; được tính là đã nhận nhưng không đúng hạn.");

    /// <summary><see cref="ProblemCodes.NotWhole"/>: a fractional value of an integer indicator (not counted).</summary>
    public static readonly ValidationProblemDescriptor NotWhole = new(
        ProblemCodes.NotWhole, ProblemSeverity.Error, "Not a whole number",
        "{0} phải là số nguyên, đã nhập {1}; giá trị này không được tính.");

    /// <summary><see cref="ProblemCodes.Implausible"/>: a value above 10^15 (not counted).</summary>
    public static readonly ValidationProblemDescriptor Implausible = new(
        ProblemCodes.Implausible, ProblemSeverity.Error, "Implausibly large value",
        "{0} có giá trị {1}, lớn bất thường (quá 10^15); giá trị này không được tính.");

    /// <summary><see cref="ProblemCodes.RatioEntered"/>: a ratio was entered; ratios are computed (not counted).</summary>
    public static readonly ValidationProblemDescriptor RatioEntered = new(
        ProblemCodes.RatioEntered, ProblemSeverity.Error, "Ratio entered",
        "{0} được tính tự động ({1}), không nhập; giá trị {2} đã nhập không được tính.");

    /// <summary><see cref="ProblemCodes.UnknownIndicator"/>: the plan has no such indicator (not counted).</summary>
    public static readonly ValidationProblemDescriptor UnknownIndicator = new(
        ProblemCodes.UnknownIndicator, ProblemSeverity.Error, "Unknown indicator",
        "chỉ tiêu «{0}» không có trong kế hoạch; giá trị {1} không được tính.");

    /// <summary><see cref="ProblemCodes.IndicatorNotAsked"/>: the report does not ask for this indicator (not counted).</summary>
    public static readonly ValidationProblemDescriptor IndicatorNotAsked = new(
        ProblemCodes.IndicatorNotAsked, ProblemSeverity.Error, "Indicator not asked by the report",
        "«{0}» không có chỉ tiêu {1}; giá trị {2} không được tính.");

    /// <summary>
    /// <see cref="ProblemCodes.UnknownItem"/>: the content item or form is not one the indicator is entered by, or is
    /// missing ({0}: what is wrong with the value; not counted).
    /// </summary>
    public static readonly ValidationProblemDescriptor UnknownItem = new(
        ProblemCodes.UnknownItem, ProblemSeverity.Error, "Unknown or missing item",
        "{0}; giá trị {1} không được tính.");

    /// <summary><see cref="ProblemCodes.BelowMin"/>: below the indicator's minimum (not counted).</summary>
    public static readonly ValidationProblemDescriptor BelowMin = new(
        ProblemCodes.BelowMin, ProblemSeverity.Error, "Below the minimum",
        "{0} ({1}) nhỏ hơn mức thấp nhất cho phép ({2}); giá trị này không được tính.");

    /// <summary><see cref="ProblemCodes.AboveMax"/>: above the indicator's constant maximum (not counted).</summary>
    public static readonly ValidationProblemDescriptor AboveMax = new(
        ProblemCodes.AboveMax, ProblemSeverity.Error, "Above the maximum",
        "{0} ({1}) lớn hơn mức cao nhất cho phép ({2}); giá trị này không được tính.");

    /// <summary><see cref="ProblemCodes.AboveIndicator"/>: an indicator exceeds the one it may not exceed (kept, flagged).</summary>
    public static readonly ValidationProblemDescriptor AboveIndicator = new(
        ProblemCodes.AboveIndicator, ProblemSeverity.Error, "Above the indicator it may not exceed",
        "«{0}» ({1}) lớn hơn «{2}» ({3}).");

    /// <summary><see cref="ProblemCodes.Required"/>: a required indicator is blank.</summary>
    public static readonly ValidationProblemDescriptor Required = new(
        ProblemCodes.Required, ProblemSeverity.Error, "Required indicator blank",
        "chưa nhập «{0}».");

    /// <summary><see cref="ProblemCodes.NarrativeRequired"/>: a required narrative is blank.</summary>
    public static readonly ValidationProblemDescriptor NarrativeRequired = new(
        ProblemCodes.NarrativeRequired, ProblemSeverity.Error, "Required narrative blank",
        "chưa viết phần «{0}».");

    /// <summary><see cref="ProblemCodes.NarrativeTooLong"/>: a narrative longer than allowed.</summary>
    public static readonly ValidationProblemDescriptor NarrativeTooLong = new(
        ProblemCodes.NarrativeTooLong, ProblemSeverity.Error, "Narrative too long",
        "phần «{0}» dài {1} ký tự, quá giới hạn {2} ký tự.");

    /// <summary><see cref="ProblemCodes.UnknownNarrative"/>: the plan or report has no such narrative (not kept).</summary>
    public static readonly ValidationProblemDescriptor UnknownNarrative = new(
        ProblemCodes.UnknownNarrative, ProblemSeverity.Error, "Unknown narrative",
        "«{0}» không có phần lời văn «{1}»; nội dung này không được lưu.");

    /// <summary><see cref="ProblemCodes.ListBadCell"/>: a list cell that is not a value of its column's type; the row is not counted.</summary>
    public static readonly ValidationProblemDescriptor ListBadCell = new(
        ProblemCodes.ListBadCell, ProblemSeverity.Error, "Bad list cell",
        "danh sách «{0}», dòng {1}, cột «{2}»: «{3}» {4}; dòng này không được tính.");

    /// <summary><see cref="ProblemCodes.ListUnknown"/>: rows of a list the plan or report does not have (not kept).</summary>
    public static readonly ValidationProblemDescriptor ListUnknown = new(
        ProblemCodes.ListUnknown, ProblemSeverity.Error, "Unknown list",
        "«{0}» không có danh sách «{1}»; {2} dòng của danh sách này không được lưu.");

    /// <summary>
    /// <see cref="ProblemCodes.NotEnteredAtLevel"/>: only units at other levels enter this indicator, answer field, narrative or list ({0}: what, named;
    /// {1}: the levels that enter it; {2}: what happens to the value).
    /// </summary>
    public static readonly ValidationProblemDescriptor NotEnteredAtLevel = new(
        ProblemCodes.NotEnteredAtLevel, ProblemSeverity.Error, "Not entered at the unit's level",
        "{0} chỉ do đơn vị cấp {1} báo cáo; {2}");

    /// <summary><see cref="ProblemCodes.BadAnswer"/>: {0} the field, {1} what was given, {2} what to write instead.</summary>
    public static readonly ValidationProblemDescriptor BadAnswer = new(
        ProblemCodes.BadAnswer, ProblemSeverity.Error, "Answer not of its field's type",
        "«{0}»: «{1}» {2}; câu trả lời này không được lưu.");

    /// <summary><see cref="ProblemCodes.AnswerTooLong"/>: a text answer over its field's <c>max_length</c>.</summary>
    public static readonly ValidationProblemDescriptor AnswerTooLong = new(
        ProblemCodes.AnswerTooLong, ProblemSeverity.Error, "Answer too long",
        "«{0}» dài {1} ký tự, quá giới hạn {2} ký tự; ghi ngắn lại.");

    /// <summary><see cref="ProblemCodes.UnknownAnswer"/>: an answer for a field not asked (not kept).</summary>
    public static readonly ValidationProblemDescriptor UnknownAnswer = new(
        ProblemCodes.UnknownAnswer, ProblemSeverity.Error, "Answer to a field not asked",
        "«{0}» không hỏi «{1}»; câu trả lời này không được lưu.");

    /// <summary>
    /// A plan's check rule broken (<c>check: a &lt;= b</c>); its code is the rule's id (<see cref="ForRule"/>):
    /// {0} and {2} the two sides, {1} how they compare, {3} the rule's message as a sentence, or nothing.
    /// </summary>
    public static readonly ValidationProblemDescriptor CheckRule = new(
        "check", ProblemSeverity.Error, "Check rule broken",
        "{0} {1} {2}.{3}");

    /// <summary>
    /// A plan's coverage rule not met; its code is the rule's id (<see cref="ForRule"/>): {0} the indicator, {1} how many
    /// contents were reported, {2} within which group, {3} the minimum, {4} the rule's message as a sentence, or nothing.
    /// </summary>
    public static readonly ValidationProblemDescriptor CoverageRule = new(
        "coverage", ProblemSeverity.Error, "Coverage rule not met",
        "«{0}» mới có {1} nội dung{2} được báo cáo (cần ít nhất {3}).{4}");

    /// <summary>Every built-in descriptor, in the order of <see cref="ProblemCodes"/> (plan rules excluded).</summary>
    public static IReadOnlyList<ValidationProblemDescriptor> All { get; } = new[]
    {
        WrongPlan, UnknownReport, BadPeriod, UnknownUnit, UnitNotExpected, UnknownLevel, SubmittedAfterAsOf, SubmittedBeforePeriod,
        SameDateDuplicate, InRelay, NoSubmissionDate, NotWhole, Implausible, RatioEntered, UnknownIndicator, IndicatorNotAsked,
        UnknownItem, BelowMin, AboveMax, AboveIndicator, Required, NarrativeRequired, NarrativeTooLong, UnknownNarrative,
        NotEnteredAtLevel,
        ListBadCell, ListUnknown,
        BadAnswer, AnswerTooLong, UnknownAnswer,
    };

    /// <summary>The descriptors of plan rules (<see cref="CheckRule"/>, <see cref="CoverageRule"/>), whose codes are the rules' ids.</summary>
    public static IReadOnlyList<ValidationProblemDescriptor> PlanRules { get; } = new[] { CheckRule, CoverageRule };

    /// <summary>A plan-rule descriptor (<see cref="CheckRule"/> or <see cref="CoverageRule"/>) under the code of rule <paramref name="ruleId"/>.</summary>
    internal static ValidationProblemDescriptor ForRule(this ValidationProblemDescriptor kind, string ruleId) => kind with { Code = ruleId };
}
