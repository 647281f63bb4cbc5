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
        var unitName = units?.LabelOrId(submission.UnitId) ?? submission.UnitId;
        var site = new ProblemSite(submission.ReportId, submission.UnitId, submission.PeriodKey, unitName + ", " + submission.PeriodKey + ": ",
            submission.Source);

        if (submission.PlanId != plan.Id)
            return new[] { ValidationProblems.WrongPlan.Create(site, submission.PlanId, plan.Id) };
        var report = index.FindReport(submission.ReportId);
        if (report is null)
            return new[] { ValidationProblems.UnknownReport.Create(site, submission.ReportId) };
        if (ReportingCalendar.PeriodProblem(report, submission.PeriodKey) is { } why)
            return new[] { ValidationProblems.BadPeriod.Create(site, submission.PeriodKey, report.Title, why) };
        var period = ReportingCalendar.PeriodOf(report, submission.PeriodKey);

        var problems = new List<ValidationProblem>();
        if (units is not null && !units.Contains(submission.UnitId))
            problems.Add(ValidationProblems.UnknownUnit.Create(site, submission.UnitId, ""));
        problems.AddRange(Check(index, report, period, submission, unitName, submission.IsRelay ? null : units?.Find(submission.UnitId)?.LevelId).Problems);
        return problems;
    }

    /// <summary>
    /// The checks proper, for a submission already known to belong to <paramref name="report"/> and <paramref name="period"/>,
    /// from a unit at <paramref name="levelId"/> (null: unknown, or a relay, which holds every level of its subtree).
    /// </summary>
    internal static CheckedSubmission Check(PlanIndex plan, ReportSpec report, ReportingPeriod period, Submission submission, string unitName,
        string? levelId = null)
    {
        var context = unitName + ", " + LowerFirst(ReportingCalendar.Label(report, period)) + ": ";
        var site = new ProblemSite(report.Id, submission.UnitId, submission.PeriodKey, context, submission.Source);
        var problems = new List<ValidationProblem>();
        var accepted = new SortedDictionary<ValueKey, decimal>();
        var shape = plan.AtLevel(report, levelId, submission.IsRelay);

        // Values in form order (asked indicators in table order, their items in order), then whatever is left.
        foreach (var key in shape.FormOrder)
        {
            if (submission.Values.TryGetValue(key, out var entered))
                CheckValue(key, entered);
        }

        foreach (var pair in submission.Values)
        {
            if (!shape.Known.Contains(pair.Key))
                CheckValue(pair.Key, pair.Value);
        }

        void CheckValue(ValueKey key, decimal? entered)
        {
            if (entered is not { } value)
                return;
            var indicator = plan.Indicator(key.IndicatorId);
            if (indicator is null)
            {
                problems.Add(ValidationProblems.UnknownIndicator.Create(site.At(key), key, Numbers.Format(value)));
                return;
            }

            if (!shape.AskedIds.Contains(indicator.Id))
            {
                problems.Add(ValidationProblems.IndicatorNotAsked.Create(site.At(key), report.Title, Name(), Numbers.Format(value)));
                return;
            }

            if (!indicator.Levels.EntersAt(levelId))
            {
                problems.Add(ValidationProblems.NotEnteredAtLevel.Create(site.At(key), Name(), plan.Plan.LevelNames(indicator.Levels),
                    "giá trị " + Numbers.Format(value) + " không được tính."));
                return;
            }

            if (!shape.Known.Contains(key))
            {
                var wrong = key.ItemId is null
                    ? $"{Name()} phải nhập theo từng {plan.ItemNoun(indicator)}, không nhập một số chung"
                    : indicator.By == Disaggregation.None
                        ? $"{Name()} chỉ có một giá trị, không chia theo «{key.ItemId}»"
                        : plan.Cell(indicator, key.ItemId) is { Excluded: true } excluded
                            ? $"«{indicator.Label}» không có trường hợp «{excluded.Title}» (mẫu biểu loại trừ ô này)"
                            : $"«{indicator.Label}» không có {plan.ItemNoun(indicator)} «{key.ItemId}»";
                problems.Add(ValidationProblems.UnknownItem.Create(site.At(key), wrong, Numbers.Format(value)));
                return;
            }

            if (indicator.Type == IndicatorType.Ratio)
            {
                problems.Add(ValidationProblems.RatioEntered.Create(site.At(key), Name(), Expressions.Describe(indicator.Formula, plan),
                    Numbers.Format(value)));
                return;
            }

            // A relayed yes_no value counts units (Có, and beside it those that answered), not one unit's 1 or 0.
            var acceptedValues = indicator.IsYesNo() && submission.IsRelay ? new AcceptedValues(0m, null, true) : AcceptedValues.Of(indicator);
            var check = acceptedValues.Check(value);
            if (check == ValueCheck.Implausible)
            {
                problems.Add(ValidationProblems.Implausible.Create(site.At(key), Name(), Numbers.Format(value)));
                return;
            }

            if (check == ValueCheck.NotWhole)
            {
                problems.Add(ValidationProblems.NotWhole.Create(site.At(key), Name(), Numbers.Format(value)));
                return;
            }

            if (check == ValueCheck.BelowMin && acceptedValues.Min is { } min)
            {
                problems.Add(ValidationProblems.BelowMin.Create(site.At(key), Name(), Numbers.Format(value), Numbers.Format(min)));
                return;
            }

            if (check == ValueCheck.AboveMax && acceptedValues.Max is { } max)
            {
                problems.Add(ValidationProblems.AboveMax.Create(site.At(key), Name(), Numbers.Format(value), Numbers.Format(max)));
                return;
            }

            accepted[key] = value;

            // The value's name is made only for a problem: most values have none (issue 15).
            string Name() => ValueName(plan, indicator, key.ItemId);
        }

        var rows = ListValidation.Check(plan, shape, submission, site, problems, accepted);
        decimal? Total(string indicatorId) => TotalOf(plan, accepted, indicatorId);
        var valueOf = Expressions.WithRatios(plan, Total);

        foreach (var indicator in shape.EnteredNumbers)
        {
            var total = Total(indicator.Id);
            if (indicator.Required && total is null && !submission.Values.Any(p => p.Key.IndicatorId == indicator.Id && p.Value is not null))
                problems.Add(ValidationProblems.Required.Create(site.At(indicator.Id), indicator.Label));
            if (indicator.MaxIndicator is { } maxId && total is { } t && valueOf(maxId) is { } limit && t > limit)
                problems.Add(ValidationProblems.AboveIndicator.Create(site.At(indicator.Id), indicator.Label, Numbers.Format(t),
                    plan.Indicator(maxId)?.Label ?? maxId, Numbers.Format(limit)));
        }

        foreach (var rule in shape.Rules)
        {
            if (rule.Kind == RuleKind.Check)
                CheckRule(plan, rule, valueOf, site, problems);
            else if (rule.Coverage is { } coverage)
                CoverageRule(plan, rule, coverage, accepted, site, problems);
        }

        var narratives = new Dictionary<string, string>(StringComparer.Ordinal);
        var askedNarratives = shape.Narratives;
        foreach (var narrative in askedNarratives)
        {
            submission.Narratives.TryGetValue(narrative.Id, out var text);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (narrative.Required)
                    problems.Add(ValidationProblems.NarrativeRequired.Create(site.AtNarrative(narrative.Id), narrative.Label));
                continue;
            }

            var normalized = text!.Trim().Normalize(System.Text.NormalizationForm.FormC);
            // Counted only against a limit, and only past it in UTF-16 units: a text has no more characters than units.
            if (narrative.MaxLength is { } max && normalized.Length > max && new StringInfo(normalized).LengthInTextElements is var length && length > max)
                problems.Add(ValidationProblems.NarrativeTooLong.Create(site.AtNarrative(narrative.Id), narrative.Label, length, max));
            narratives[narrative.Id] = normalized;
        }

        foreach (var pair in submission.Narratives)
        {
            if (string.IsNullOrWhiteSpace(pair.Value) || askedNarratives.Any(n => n.Id == pair.Key))
                continue;
            if (shape.NarrativesOfReport.FirstOrDefault(n => n.Id == pair.Key) is { } other)
                problems.Add(ValidationProblems.NotEnteredAtLevel.Create(site.AtNarrative(pair.Key), "Phần «" + other.Label + "»",
                    plan.Plan.LevelNames(other.Levels), "nội dung này không được lưu."));
            else
                problems.Add(ValidationProblems.UnknownNarrative.Create(site.AtNarrative(pair.Key), report.Title, plan.Narrative(pair.Key)?.Label ?? pair.Key));
        }

        var answers = CheckAnswers(plan, shape, submission, site, problems);
        return new CheckedSubmission(submission, problems, accepted, narratives) { Rows = rows, Answers = answers };
    }

    /// <summary>
    /// The date, text and document answers: required ones given, each of its type, texts within their length, none unasked,
    /// and only those the unit's level answers (<see cref="LevelQueries.AnswersOf(PlanSpec, ReportSpec, string?)"/>).
    /// </summary>
    private static IReadOnlyDictionary<string, string> CheckAnswers(PlanIndex plan, ReportAtLevel shape, Submission submission, ProblemSite site,
        List<ValidationProblem> problems)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var report = shape.Report;
        var asked = shape.Answers;
        foreach (var field in asked)
        {
            submission.Answers.TryGetValue(field.Id, out var text);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (field.Required)
                    problems.Add(ValidationProblems.Required.Create(site.At(field.Id), field.Label));
                continue;
            }

            if (!FieldAnswers.TryRead(field, text!, out var canonical, out var whatToWrite))
            {
                // A relayed summary lists its units' answers, one "Unit: answer" line each, checked where they were given.
                if (submission.IsRelay)
                {
                    kept[field.Id] = text!.Normalize(System.Text.NormalizationForm.FormC).Trim();
                    continue;
                }

                problems.Add(ValidationProblems.BadAnswer.Create(site.At(field.Id), field.Label, text!.Trim(), whatToWrite));
                continue;
            }

            if (FieldAnswers.TooLong(field, canonical) is { } length)
                problems.Add(ValidationProblems.AnswerTooLong.Create(site.At(field.Id), field.Label, length, FieldTypes.MaxLengthOf(field)));
            kept[field.Id] = canonical;
        }

        foreach (var pair in submission.Answers)
        {
            if (string.IsNullOrWhiteSpace(pair.Value) || asked.Any(f => f.Id == pair.Key))
                continue;
            if (shape.AnswersOfReport.FirstOrDefault(f => f.Id == pair.Key) is { } other)
                problems.Add(ValidationProblems.NotEnteredAtLevel.Create(site.At(pair.Key), "«" + other.Label + "»", plan.Plan.LevelNames(other.Levels),
                    "câu trả lời này không được lưu."));
            else
                problems.Add(ValidationProblems.UnknownAnswer.Create(site.At(pair.Key), report.Title, plan.Indicator(pair.Key)?.Label ?? pair.Key));
        }

        return kept;
    }

    /// <summary>
    /// An indicator's total over accepted values: its single value, or the sum of its entered items (of one row of a
    /// cross-tab when <paramref name="row"/> names its option, of one column over the rows when it is a
    /// <see cref="IndicatorCells.ColumnTotalId"/>); null when nothing was entered.
    /// </summary>
    internal static decimal? TotalOf(PlanIndex plan, IReadOnlyDictionary<ValueKey, decimal> values, string indicatorId, string? row = null)
    {
        var column = IndicatorCells.ColumnOfTotal(row);
        var indicator = plan.Indicator(indicatorId);
        if (indicator is null || indicator.By == Disaggregation.None)
            return values.TryGetValue(new ValueKey(indicatorId), out var single) ? single : null;
        decimal? sum = null;
        foreach (var cell in plan.CellsOf(indicator).Entered)
        {
            var counted = column is not null ? cell.Row is not null && cell.Item.Id == column : row is null || cell.Row?.Id == row;
            if (counted && values.TryGetValue(new ValueKey(indicatorId, cell.ItemId), out var value))
                sum = (sum ?? 0) + value;
        }

        return sum;
    }

    /// <summary><c>Năm 2024</c> → <c>năm 2024</c>, for use after a comma.</summary>
    internal static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text.Substring(1);

    private static void CheckRule(PlanIndex plan, RuleSpec rule, Func<string, decimal?> valueOf, ProblemSite site, List<ValidationProblem> problems)
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
        problems.Add(ValidationProblems.CheckRule.ForRule(rule.Id).Create(site with { IndicatorId = Expressions.IndicatorIds(rule.Left).FirstOrDefault() },
            Side(rule.Left, left, plan), broken, Side(rule.Right, right, plan), Sentence(rule.Message)));
    }

    private static void CoverageRule(PlanIndex plan, RuleSpec rule, CoverageSpec coverage, IReadOnlyDictionary<ValueKey, decimal> values,
        ProblemSite site, List<ValidationProblem> problems)
    {
        var leaves = plan.LeavesUnder(coverage.Within);
        var reported = leaves.Count(item => values.TryGetValue(new ValueKey(coverage.Indicator, item), out var v) && v > 0);
        if (reported >= coverage.Min)
            return;
        var group = coverage.Within is null ? null : plan.Content(coverage.Within);
        var where = group is null ? "" : " thuộc mục «" + ItemNumbering.Label(group.No, group.Title) + "»";
        var indicator = plan.Indicator(coverage.Indicator)?.Label ?? coverage.Indicator;
        problems.Add(ValidationProblems.CoverageRule.ForRule(rule.Id).Create(site.At(coverage.Indicator, coverage.Within),
            indicator, reported, where, coverage.Min, Sentence(rule.Message)));
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
            : "«" + indicator.Label + "», " + plan.ItemNoun(indicator) + " «" + plan.ItemLabel(indicator, itemId) + "»";
}

/// <summary>A submission after checking: its problems, the values that count and its narratives (trimmed, NFC).</summary>
internal sealed record CheckedSubmission(
    Submission Submission,
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyDictionary<ValueKey, decimal> Accepted,
    IReadOnlyDictionary<string, string> Narratives)
{
    /// <summary>The rows that count, per list the report asks for (their aggregates are in <see cref="Accepted"/>, keyed by their text).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ListRow>> Rows { get; init; } = new Dictionary<string, IReadOnlyList<ListRow>>();

    /// <summary>The date, text and document answers that are kept (canonical), by field id.</summary>
    public IReadOnlyDictionary<string, string> Answers { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
