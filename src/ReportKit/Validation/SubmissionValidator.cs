using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// Checks one submission against its plan: value types (integers must be whole, ratios are never entered),
/// known indicators, items and narratives, ranges (<c>min</c>, <c>max</c>, <c>max: indicator</c>), required values
/// and narratives (<c>max_length</c>), and the plan's check and coverage rules.
/// </summary>
/// <remarks>
/// <para>What is counted: values that cannot be right (not whole where counts are asked, a ratio entered, an unknown
/// indicator or item, outside the indicator's own <c>min</c>/<c>max</c>, such as a negative count) are excluded from
/// every sum and rule; values that break a relation (<c>max: indicator</c>, a check or coverage rule) are kept and
/// flagged, because either number may be the wrong one and only the unit can tell.</para>
/// <para>Rules read an indicator disaggregated by contents or forms as its total; a check with a blank operand is
/// skipped (nothing to compare), as DHIS2 does by default. A required indicator disaggregated by contents or forms
/// needs at least one item entered.</para>
/// </remarks>
public static class SubmissionValidator
{
    /// <summary>
    /// The problems of <paramref name="submission"/>, in form order. With <paramref name="units"/>, messages name the
    /// unit by its name and an unknown unit is an error; without, the unit id is used.
    /// </summary>
    public static IReadOnlyList<ValidationProblem> Validate(PlanSpec plan, Submission submission, UnitTree? units = null)
    {
        var index = new PlanIndex(plan);
        var unitName = units is not null && units.Contains(submission.UnitId) ? units.LabelOf(submission.UnitId) : submission.UnitId;
        ValidationProblem Stop(string code, string message) =>
            new(ProblemSeverity.Error, code, submission.ReportId, submission.UnitId, submission.PeriodKey, null, null, null,
                unitName + ", " + submission.PeriodKey + ": " + message, submission.Source);

        if (submission.PlanId != plan.Id)
            return new[] { Stop(ProblemCodes.WrongPlan, $"báo cáo thuộc kế hoạch «{submission.PlanId}», không phải «{plan.Id}».") };
        var report = index.FindReport(submission.ReportId);
        if (report is null)
            return new[] { Stop(ProblemCodes.UnknownReport, $"kế hoạch không có báo cáo «{submission.ReportId}».") };
        ReportingPeriod period;
        try
        {
            period = ReportingCalendar.PeriodOf(report, submission.PeriodKey);
        }
        catch (ArgumentException)
        {
            return new[] { Stop(ProblemCodes.BadPeriod, $"kỳ báo cáo «{submission.PeriodKey}» không phải một kỳ của «{report.Title}».") };
        }

        var problems = new List<ValidationProblem>();
        if (units is not null && !units.Contains(submission.UnitId))
            problems.Add(Stop(ProblemCodes.UnknownUnit, $"đơn vị «{submission.UnitId}» không có trong danh sách đơn vị."));
        problems.AddRange(Check(index, report, period, submission, unitName).Problems);
        return problems;
    }

    /// <summary>The checks proper, for a submission already known to belong to <paramref name="report"/> and <paramref name="period"/>.</summary>
    internal static CheckedSubmission Check(PlanIndex plan, ReportSpec report, ReportingPeriod period, Submission submission, string unitName)
    {
        var context = unitName + ", " + LowerFirst(ReportingCalendar.Label(report, period)) + ": ";
        var problems = new List<ValidationProblem>();
        var accepted = new SortedDictionary<ValueKey, decimal>();
        var asked = plan.IndicatorsOf(report);
        var askedIds = new HashSet<string>(asked.Select(i => i.Id), StringComparer.Ordinal);

        void Add(ProblemSeverity severity, string code, string? indicatorId, string? itemId, string? narrativeId, string message) =>
            problems.Add(new ValidationProblem(severity, code, report.Id, submission.UnitId, submission.PeriodKey,
                indicatorId, itemId, narrativeId, context + message, submission.Source));

        // Values in form order: asked indicators in table order, their items in order, then whatever is left.
        var formOrder = new List<ValueKey>();
        foreach (var indicator in asked)
        {
            var items = plan.ItemIdsOf(indicator);
            if (items.Count == 0)
                formOrder.Add(new ValueKey(indicator.Id));
            else
                formOrder.AddRange(items.Select(item => new ValueKey(indicator.Id, item)));
        }

        var known = new HashSet<ValueKey>(formOrder);
        var ordered = formOrder.Where(submission.Values.ContainsKey).Concat(submission.Values.Keys.Where(k => !known.Contains(k)));
        foreach (var key in ordered)
        {
            if (submission.Values[key] is not { } value)
                continue;
            var indicator = plan.Indicator(key.IndicatorId);
            if (indicator is null)
            {
                Add(ProblemSeverity.Error, ProblemCodes.UnknownIndicator, key.IndicatorId, key.ItemId, null,
                    $"chỉ tiêu «{key}» không có trong kế hoạch; giá trị {Numbers.Format(value)} không được tính.");
                continue;
            }

            var name = ValueName(plan, indicator, key.ItemId);
            if (!askedIds.Contains(indicator.Id))
            {
                Add(ProblemSeverity.Error, ProblemCodes.IndicatorNotAsked, key.IndicatorId, key.ItemId, null,
                    $"«{report.Title}» không có chỉ tiêu {name}; giá trị {Numbers.Format(value)} không được tính.");
                continue;
            }

            if (!known.Contains(key))
            {
                var message = key.ItemId is null
                    ? $"{name} phải nhập theo từng {ItemNoun(indicator)}, không nhập một số chung; giá trị {Numbers.Format(value)} không được tính."
                    : indicator.By == Disaggregation.None
                        ? $"{name} chỉ có một giá trị, không chia theo «{key.ItemId}»; giá trị {Numbers.Format(value)} không được tính."
                        : $"«{indicator.Label}» không có {ItemNoun(indicator)} «{key.ItemId}»; giá trị {Numbers.Format(value)} không được tính.";
                Add(ProblemSeverity.Error, ProblemCodes.UnknownItem, key.IndicatorId, key.ItemId, null, message);
                continue;
            }

            if (indicator.Type == IndicatorType.Ratio)
            {
                Add(ProblemSeverity.Error, ProblemCodes.RatioEntered, key.IndicatorId, key.ItemId, null,
                    $"{name} được tính tự động ({Expressions.Describe(indicator.Formula, plan)}), không nhập; giá trị {Numbers.Format(value)} đã nhập không được tính.");
                continue;
            }

            var acceptedValues = AcceptedValues.Of(indicator);
            var check = acceptedValues.Check(value);
            if (check == ValueCheck.Implausible)
            {
                Add(ProblemSeverity.Error, ProblemCodes.Implausible, key.IndicatorId, key.ItemId, null,
                    $"{name} có giá trị {Numbers.Format(value)}, lớn bất thường (quá 10^15); giá trị này không được tính.");
                continue;
            }

            if (check == ValueCheck.NotWhole)
            {
                Add(ProblemSeverity.Error, ProblemCodes.NotWhole, key.IndicatorId, key.ItemId, null,
                    $"{name} phải là số nguyên, đã nhập {Numbers.Format(value)}; giá trị này không được tính.");
                continue;
            }

            if (check == ValueCheck.BelowMin && acceptedValues.Min is { } min)
            {
                Add(ProblemSeverity.Error, ProblemCodes.BelowMin, key.IndicatorId, key.ItemId, null,
                    $"{name} ({Numbers.Format(value)}) nhỏ hơn mức thấp nhất cho phép ({Numbers.Format(min)}); giá trị này không được tính.");
                continue;
            }

            if (check == ValueCheck.AboveMax && acceptedValues.Max is { } max)
            {
                Add(ProblemSeverity.Error, ProblemCodes.AboveMax, key.IndicatorId, key.ItemId, null,
                    $"{name} ({Numbers.Format(value)}) lớn hơn mức cao nhất cho phép ({Numbers.Format(max)}); giá trị này không được tính.");
                continue;
            }

            accepted[key] = value;
        }

        decimal? Total(string indicatorId) => TotalOf(plan, accepted, indicatorId);
        var valueOf = Expressions.WithRatios(plan, Total);

        foreach (var indicator in asked.Where(i => i.Type != IndicatorType.Ratio))
        {
            var total = Total(indicator.Id);
            if (indicator.Required && total is null && !submission.Values.Any(p => p.Key.IndicatorId == indicator.Id && p.Value is not null))
                Add(ProblemSeverity.Error, ProblemCodes.Required, indicator.Id, null, null, $"chưa nhập «{indicator.Label}».");
            if (indicator.MaxIndicator is { } maxId && total is { } t && valueOf(maxId) is { } limit && t > limit)
                Add(ProblemSeverity.Error, ProblemCodes.AboveIndicator, indicator.Id, null, null,
                    $"«{indicator.Label}» ({Numbers.Format(t)}) lớn hơn «{plan.Indicator(maxId)?.Label ?? maxId}» ({Numbers.Format(limit)}).");
        }

        foreach (var rule in plan.RulesOf(report))
        {
            if (rule.Kind == RuleKind.Check)
                CheckRule(plan, rule, valueOf, Add);
            else if (rule.Coverage is { } coverage)
                CoverageRule(plan, rule, coverage, accepted, Add);
        }

        var narratives = new Dictionary<string, string>(StringComparer.Ordinal);
        var askedNarratives = plan.NarrativesOf(report);
        foreach (var narrative in askedNarratives)
        {
            submission.Narratives.TryGetValue(narrative.Id, out var text);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (narrative.Required)
                    Add(ProblemSeverity.Error, ProblemCodes.NarrativeRequired, null, null, narrative.Id, $"chưa viết phần «{narrative.Label}».");
                continue;
            }

            var normalized = text!.Trim().Normalize(System.Text.NormalizationForm.FormC);
            var length = new StringInfo(normalized).LengthInTextElements;
            if (narrative.MaxLength is { } max && length > max)
                Add(ProblemSeverity.Error, ProblemCodes.NarrativeTooLong, null, null, narrative.Id,
                    $"phần «{narrative.Label}» dài {length} ký tự, quá giới hạn {max} ký tự.");
            narratives[narrative.Id] = normalized;
        }

        foreach (var pair in submission.Narratives)
        {
            if (!string.IsNullOrWhiteSpace(pair.Value) && askedNarratives.All(n => n.Id != pair.Key))
                Add(ProblemSeverity.Error, ProblemCodes.UnknownNarrative, null, null, pair.Key,
                    $"«{report.Title}» không có phần lời văn «{plan.Narrative(pair.Key)?.Label ?? pair.Key}»; nội dung này không được lưu.");
        }

        return new CheckedSubmission(submission, problems, accepted, narratives);
    }

    /// <summary>An indicator's total over accepted values: its single value, or the sum of its entered items; null when nothing was entered.</summary>
    internal static decimal? TotalOf(PlanIndex plan, IReadOnlyDictionary<ValueKey, decimal> values, string indicatorId)
    {
        var indicator = plan.Indicator(indicatorId);
        if (indicator is null || indicator.By == Disaggregation.None)
            return values.TryGetValue(new ValueKey(indicatorId), out var single) ? single : null;
        decimal? sum = null;
        foreach (var item in plan.ItemIdsOf(indicator))
        {
            if (values.TryGetValue(new ValueKey(indicatorId, item), out var value))
                sum = (sum ?? 0) + value;
        }

        return sum;
    }

    /// <summary><c>Năm 2024</c> → <c>năm 2024</c>, for use after a comma.</summary>
    internal static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

    private static void CheckRule(PlanIndex plan, RuleSpec rule, Func<string, decimal?> valueOf,
        Action<ProblemSeverity, string, string?, string?, string?, string> add)
    {
        if (Expressions.Evaluate(rule.Left, valueOf) is not { } left || Expressions.Evaluate(rule.Right, valueOf) is not { } right)
            return;
        if (ExpressionParser.Compare(left, rule.Operator, right) != false)
            return;
        var broken = rule.Operator switch
        {
            ComparisonOperator.Less => "không nhỏ hơn",
            ComparisonOperator.LessOrEqual => "lớn hơn",
            ComparisonOperator.Greater => "không lớn hơn",
            ComparisonOperator.GreaterOrEqual => "nhỏ hơn",
            ComparisonOperator.Equal => "khác",
            _ => "bằng",
        };
        var message = Side(rule.Left, left, plan) + " " + broken + " " + Side(rule.Right, right, plan) + "." + Sentence(rule.Message);
        add(ProblemSeverity.Error, rule.Id, Expressions.IndicatorIds(rule.Left).FirstOrDefault(), null, null, message);
    }

    private static void CoverageRule(PlanIndex plan, RuleSpec rule, CoverageSpec coverage, IReadOnlyDictionary<ValueKey, decimal> values,
        Action<ProblemSeverity, string, string?, string?, string?, string> add)
    {
        var leaves = plan.LeavesUnder(coverage.Within);
        var reported = leaves.Count(item => values.TryGetValue(new ValueKey(coverage.Indicator, item), out var v) && v > 0);
        if (reported >= coverage.Min)
            return;
        var group = coverage.Within is null ? null : plan.Content(coverage.Within);
        var where = group is null ? "" : " thuộc mục «" + PlanQueries.Numbered(group.No, group.Title) + "»";
        var indicator = plan.Indicator(coverage.Indicator)?.Label ?? coverage.Indicator;
        var message = $"«{indicator}» mới có {reported} nội dung{where} được báo cáo (cần ít nhất {coverage.Min})." + Sentence(rule.Message);
        add(ProblemSeverity.Error, rule.Id, coverage.Indicator, coverage.Within, null, message);
    }

    private static string Side(ExprSpec? expr, decimal value, PlanIndex plan) =>
        expr is NumberExpr ? Numbers.Format(value) : Expressions.Describe(expr, plan) + " (" + Numbers.Format(value) + ")";

    private static string Sentence(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
            return "";
        var trimmed = message!.Trim();
        return " " + trimmed + (trimmed.EndsWith(".", StringComparison.Ordinal) || trimmed.EndsWith("!", StringComparison.Ordinal) ? "" : ".");
    }

    private static string ValueName(PlanIndex plan, IndicatorSpec indicator, string? itemId) =>
        itemId is null || indicator.By == Disaggregation.None
            ? "«" + indicator.Label + "»"
            : "«" + indicator.Label + "», " + ItemNoun(indicator) + " «" + plan.ItemLabel(indicator, itemId) + "»";

    private static string ItemNoun(IndicatorSpec indicator) => indicator.By == Disaggregation.Forms ? "hình thức" : "nội dung";
}

/// <summary>A submission after checking: its problems, the values that count and its narratives (trimmed, NFC).</summary>
internal sealed record CheckedSubmission(
    Submission Submission,
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyDictionary<ValueKey, decimal> Accepted,
    IReadOnlyDictionary<string, string> Narratives);
