using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>Look-ups over a plan (indicators, items, rules of a report), built once per call.</summary>
internal sealed class PlanIndex
{
    private readonly Dictionary<string, IndicatorSpec> _indicators;
    private readonly Dictionary<string, NarrativeSpec> _narratives;
    private readonly ContentOutline _outline;
    private readonly IReadOnlyList<string> _contentLeafIds;

    public PlanIndex(PlanSpec plan)
    {
        Plan = plan;
        _indicators = plan.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _narratives = plan.Narratives.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _outline = plan.Outline();
        _contentLeafIds = _outline.LeafIdsUnder(null);
    }

    public PlanSpec Plan { get; }

    /// <summary>The ids of the leaf content items with an id, in document order.</summary>
    public IReadOnlyList<string> ContentLeafIds => _contentLeafIds;

    public IndicatorSpec? Indicator(string id) => _indicators.TryGetValue(id, out var spec) ? spec : null;

    public NarrativeSpec? Narrative(string id) => _narratives.TryGetValue(id, out var spec) ? spec : null;

    public ContentItemSpec? Content(string id) => _outline.Find(id)?.Item;

    public ReportSpec? FindReport(string id) => Plan.Reports.FirstOrDefault(r => r.Id == id);

    public ReportSpec Report(string id) =>
        FindReport(id) ?? throw new ArgumentException($"Plan '{Plan.Id}' has no report '{id}'.", nameof(id));

    /// <summary>The indicators a report asks for, in the plan's table order.</summary>
    public IReadOnlyList<IndicatorSpec> IndicatorsOf(ReportSpec report) => Plan.IndicatorsOf(report);

    /// <summary>The narratives a report asks for, in the plan's order.</summary>
    public IReadOnlyList<NarrativeSpec> NarrativesOf(ReportSpec report) => Plan.NarrativesOf(report);

    /// <summary>The item ids an indicator is entered by (leaf contents or forms), in order; empty when it has one value.</summary>
    public IReadOnlyList<string> ItemIdsOf(IndicatorSpec indicator) => indicator.By switch
    {
        Disaggregation.Contents => ContentLeafIds,
        Disaggregation.Forms => Plan.Forms.Select(f => f.Id).ToArray(),
        _ => Array.Empty<string>(),
    };

    /// <summary>The item's label as a clerk reads it: <c>1.1. Giới thiệu tổng quát về Tác phẩm</c>.</summary>
    public string ItemLabel(IndicatorSpec indicator, string itemId)
    {
        var (no, title) = ItemNumberAndTitle(indicator, itemId);
        return ItemNumbering.Label(no, title);
    }

    /// <summary>The document's number and the title of a content item or form; the id as the title of an unknown one.</summary>
    public (string? No, string Title) ItemNumberAndTitle(IndicatorSpec indicator, string itemId)
    {
        if (indicator.By == Disaggregation.Forms)
            return Plan.Forms.FirstOrDefault(f => f.Id == itemId) is { } form ? (form.No, form.Title) : (null, itemId);
        return _outline.Find(itemId)?.Item is { } item ? (item.No, item.Title) : (null, itemId);
    }

    /// <summary>The leaf ids under a content group (the group itself if it is a leaf), in order.</summary>
    public IReadOnlyList<string> LeavesUnder(string? groupId) => _outline.LeafIdsUnder(groupId);

    /// <summary>The content groups above a leaf, outermost first.</summary>
    public IReadOnlyList<ContentItemSpec> GroupsAbove(string leafId) => _outline.GroupsAbove(leafId);

    /// <summary>The rules that apply to a report (see <see cref="PlanQueries.RulesOf"/>).</summary>
    public IReadOnlyList<RuleSpec> RulesOf(ReportSpec report) => Plan.RulesOf(report);

    /// <summary>Units at these levels owe the report (see <see cref="Consolidator"/>).</summary>
    public IReadOnlyCollection<string> ReportingLevels(ReportSpec report)
    {
        var levels = Plan.Units
            .Where(u => u.Level is not null && u.Reports.Contains(report.Id))
            .Select(u => u.Level!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (levels.Length > 0)
            return levels;
        return Plan.Levels.IsEmpty ? Array.Empty<string>() : new[] { Plan.Levels[0].Id };
    }

    public string? LevelName(string? levelId) =>
        levelId is null ? null : Plan.Levels.FirstOrDefault(l => l.Id == levelId)?.Name;

    public static IEnumerable<string> IndicatorIdsOf(RuleSpec rule) => PlanQueries.IndicatorIdsOf(rule);
}
