using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// What the validator reads off the plan to check a submission of one report from one level, own report or relay:
/// read once per <see cref="PlanIndex"/> (<see cref="PlanIndex.AtLevel"/>), not once a submission, since 10,000 forms
/// ask the plan the same questions (issue 15).
/// </summary>
internal sealed class ReportAtLevel
{
    public ReportAtLevel(PlanIndex plan, ReportSpec report, string? levelId, bool relay)
    {
        Report = report;
        Asked = plan.IndicatorsOf(report);
        AskedIds = new HashSet<string>(Asked.Select(i => i.Id), StringComparer.Ordinal);
        EnteredNumbers = plan.Plan.IndicatorsOf(report, levelId).Where(i => i.Type != IndicatorType.Ratio).ToArray();

        // Values in form order: asked indicators in table order, their items in order.
        var formOrder = new List<ValueKey>();
        foreach (var indicator in Asked)
        {
            var items = plan.ItemIdsOf(indicator);
            if (items.Count == 0)
                formOrder.Add(new ValueKey(indicator.Id));
            if (indicator.IsYesNo() && relay)
                formOrder.Add(YesNoCounts.Answered(indicator.Id));
            else
                formOrder.AddRange(items.Select(item => new ValueKey(indicator.Id, item)));
        }

        FormOrder = formOrder;
        Known = new HashSet<ValueKey>(formOrder);
        Rules = plan.Plan.RulesOf(report, levelId);
        Narratives = plan.Plan.NarrativesOf(report, levelId);
        NarrativesOfReport = plan.NarrativesOf(report);
        Answers = plan.Plan.AnswersOf(report, levelId);
        AnswersOfReport = plan.Plan.AnswersOf(report);
        Lists = plan.Plan.ListsOf(report, levelId);
        ListsOfReport = plan.Plan.ListsOf(report);
        ListAggregates = ListCells.AggregatesAsked(plan.Plan, report);
    }

    public ReportSpec Report { get; }

    /// <summary>The indicators the report asks for, in table order (<see cref="PlanIndex.IndicatorsOf"/>), and their ids.</summary>
    public IReadOnlyList<IndicatorSpec> Asked { get; }

    public HashSet<string> AskedIds { get; }

    /// <summary>The indicators the level enters, ratios left out (they are computed): those checked for required and <c>max: indicator</c>.</summary>
    public IReadOnlyList<IndicatorSpec> EnteredNumbers { get; }

    /// <summary>The value keys of the form, in form order, and the same as a set.</summary>
    public IReadOnlyList<ValueKey> FormOrder { get; }

    public HashSet<ValueKey> Known { get; }

    /// <summary>The rules that check the level's report (<see cref="LevelQueries.RulesOf(PlanSpec, ReportSpec, string?)"/>).</summary>
    public IReadOnlyList<RuleSpec> Rules { get; }

    /// <summary>The narratives the level writes, and all those of the report.</summary>
    public IReadOnlyList<NarrativeSpec> Narratives { get; }

    public IReadOnlyList<NarrativeSpec> NarrativesOfReport { get; }

    /// <summary>The answer fields the level answers, and all those of the report.</summary>
    public IReadOnlyList<IndicatorSpec> Answers { get; }

    public IReadOnlyList<IndicatorSpec> AnswersOfReport { get; }

    /// <summary>The row lists the level fills, and all those of the report.</summary>
    public IReadOnlyList<ListSpec> Lists { get; }

    public IReadOnlyList<ListSpec> ListsOfReport { get; }

    /// <summary>The list aggregates evaluated for the report (<see cref="ListCells.AggregatesAsked"/>).</summary>
    public IReadOnlyList<(ListAggregateExpr Aggregate, string Key)> ListAggregates { get; }
}
