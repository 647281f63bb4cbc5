using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// Who enters what (<c>levels:</c> on an indicator, answer field, narrative, list or rule): the one rule of whether a unit's level enters an
/// element, and the report look-ups of <see cref="PlanQueries"/> narrowed to one level. Forms, the importer, the validator
/// and the generator all ask here, so a level's form, its import and its checks agree.
/// </summary>
public static class LevelQueries
{
    /// <summary>
    /// Whether units at <paramref name="levelId"/> enter an element scoped to <paramref name="levels"/>: every level when
    /// the element names none; a unit of no known level (a units file without levels) enters everything, since nothing
    /// tells what to leave out of its form.
    /// </summary>
    /// <param name="levels">The element's <c>levels:</c> (empty: every level).</param>
    /// <param name="levelId">The unit's level id, if known.</param>
    public static bool EntersAt(this EquatableArray<string> levels, string? levelId) =>
        levels.IsEmpty || levelId is null || levels.Contains(levelId, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="inner"/>'s levels all enter <paramref name="outer"/> (empty: every level): what a ratio, <c>max:</c> or rule may read.</summary>
    /// <param name="inner">The levels of the element that reads (empty: every level).</param>
    /// <param name="outer">The levels of the element read (empty: every level).</param>
    public static bool IsWithin(this EquatableArray<string> inner, EquatableArray<string> outer) =>
        outer.IsEmpty || (!inner.IsEmpty && inner.All(l => outer.Contains(l, StringComparer.Ordinal)));

    /// <summary>The indicators a unit at <paramref name="levelId"/> reports in <paramref name="report"/>, in table order (ratios included).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    /// <param name="levelId">The unit's level, if known (<see cref="EntersAt"/>).</param>
    public static IReadOnlyList<IndicatorSpec> IndicatorsOf(this PlanSpec plan, ReportSpec report, string? levelId) =>
        plan.IndicatorsOf(report).Where(i => i.Levels.EntersAt(levelId)).ToArray();

    /// <summary>The narratives a unit at <paramref name="levelId"/> writes in <paramref name="report"/>, in the plan's order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    /// <param name="levelId">The unit's level, if known (<see cref="EntersAt"/>).</param>
    public static IReadOnlyList<NarrativeSpec> NarrativesOf(this PlanSpec plan, ReportSpec report, string? levelId) =>
        plan.NarrativesOf(report).Where(n => n.Levels.EntersAt(levelId)).ToArray();

    /// <summary>The date, text and document fields a unit at <paramref name="levelId"/> answers in <paramref name="report"/> (<see cref="FieldTypes.AnswersOf"/>, narrowed by the field's levels).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    /// <param name="levelId">The unit's level, if known (<see cref="EntersAt"/>).</param>
    public static IReadOnlyList<IndicatorSpec> AnswersOf(this PlanSpec plan, ReportSpec report, string? levelId) =>
        plan.AnswersOf(report).Where(a => a.Levels.EntersAt(levelId)).ToArray();

    /// <summary>The row lists a unit at <paramref name="levelId"/> fills in <paramref name="report"/> (<see cref="PlanQueries.ListsOf"/>, narrowed by the list's levels).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    /// <param name="levelId">The unit's level, if known (<see cref="EntersAt"/>).</param>
    public static IReadOnlyList<ListSpec> ListsOf(this PlanSpec plan, ReportSpec report, string? levelId) =>
        plan.ListsOf(report).Where(l => l.Levels.EntersAt(levelId)).ToArray();

    /// <summary>The rules that check the report of a unit at <paramref name="levelId"/> (<see cref="PlanQueries.RulesOf"/>, narrowed by the rule's levels).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    /// <param name="levelId">The unit's level, if known (<see cref="EntersAt"/>).</param>
    public static IReadOnlyList<RuleSpec> RulesOf(this PlanSpec plan, ReportSpec report, string? levelId) =>
        plan.RulesOf(report).Where(r => r.Levels.EntersAt(levelId)).ToArray();

    /// <summary>The names of <paramref name="levels"/> as a clerk reads them (<c>Tỉnh, Huyện</c>); ids of unknown levels as written.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="levels">Level ids.</param>
    public static string LevelNames(this PlanSpec plan, EquatableArray<string> levels) =>
        string.Join(", ", levels.Select(id => plan.Levels.FirstOrDefault(l => l.Id == id)?.Name ?? id));
}
