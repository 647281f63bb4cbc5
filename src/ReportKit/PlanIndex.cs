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
    private readonly Dictionary<string, (IReadOnlyList<IndicatorCell>, IReadOnlyList<IndicatorCell>)> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<(string ReportId, string? LevelId, bool Relay), ReportAtLevel> _atLevel = new();

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

    /// <summary>The item ids an indicator is entered by (leaf contents, forms, category options, cross-tab cells), in order; empty when it has one value.</summary>
    public IReadOnlyList<string> ItemIdsOf(IndicatorSpec indicator) => CellsOf(indicator).Entered.Select(c => c.ItemId).ToArray();

    /// <summary>
    /// The cells of an indicator (<see cref="IndicatorCells.CellsOf"/>), every one with the excluded ones flagged, and those
    /// entered, built once per indicator.
    /// </summary>
    public (IReadOnlyList<IndicatorCell> All, IReadOnlyList<IndicatorCell> Entered) CellsOf(IndicatorSpec indicator)
    {
        if (!_cells.TryGetValue(indicator.Id, out var cells))
        {
            var all = indicator.By == Disaggregation.None ? Array.Empty<IndicatorCell>() : Plan.CellsOf(indicator);
            cells = (all, all.Where(c => !c.Excluded).ToArray());
            _cells[indicator.Id] = cells;
        }

        return cells;
    }

    /// <summary>What the validator reads off the plan for a submission of <paramref name="report"/> from <paramref name="levelId"/>, built once per report, level and kind.</summary>
    public ReportAtLevel AtLevel(ReportSpec report, string? levelId, bool relay)
    {
        var key = (report.Id, levelId, relay);
        if (_atLevel.TryGetValue(key, out var known) && ReferenceEquals(known.Report, report))
            return known;
        var made = new ReportAtLevel(this, report, levelId, relay);
        _atLevel[key] = made;
        return made;
    }

    /// <summary>The cell of an indicator with this item id, excluded or not; null when it has none.</summary>
    public IndicatorCell? Cell(IndicatorSpec indicator, string itemId) => CellsOf(indicator).All.FirstOrDefault(c => c.ItemId == itemId);

    /// <summary>How a clerk names one item of the indicator (<see cref="IndicatorCells.ItemNoun"/>).</summary>
    public string ItemNoun(IndicatorSpec indicator) => Plan.ItemNoun(indicator);

    /// <summary>The item's label as a clerk reads it: <c>1.1. Giới thiệu tổng quát về Tác phẩm</c>.</summary>
    public string ItemLabel(IndicatorSpec indicator, string itemId)
    {
        var (no, title) = ItemNumberAndTitle(indicator, itemId);
        return ItemNumbering.Label(no, title);
    }

    /// <summary>The document's number and the title of an item (a cross-tab cell reads <c>Row – Column</c>); the id as the title of an unknown one.</summary>
    public (string? No, string Title) ItemNumberAndTitle(IndicatorSpec indicator, string itemId) =>
        Cell(indicator, itemId) is { } cell ? (cell.No, cell.Title) : (null, itemId);

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
