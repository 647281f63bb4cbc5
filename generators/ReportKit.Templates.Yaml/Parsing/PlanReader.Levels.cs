using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates.Parsing;

// Who enters what (levels: on indicators, narratives and rules), and the checks on what an indicator reads that
// authors met: required on a computed ratio (RK0033), max: limits in a cycle (RK0034), an element reading an
// indicator its levels do not enter (RK0035).
internal sealed partial class PlanReader
{
    /// <summary>The <c>levels:</c> of an indicator, narrative or rule (empty: every level); <c>levels: []</c> is RK0032.</summary>
    private EquatableArray<string> ReadLevelScope(Fields f)
    {
        var levels = ReferenceList(f, "levels", _levels);
        if (WritesEmptyList(f, "levels"))
            _sink.Report(TemplateDiagnostics.EmptyLevelScope, _sink.SpanOf(f.Value("levels")!), f.Where);
        return levels.ToEquatableArray();
    }

    /// <summary>Whether the key is written as an empty list (<c>indicators: []</c>), which says "none" rather than leaving the key out.</summary>
    private static bool WritesEmptyList(Fields f, string key) => f.Value(key) is YamlSequence { Items.Count: 0 };

    private void CheckLevelsAndLimits(List<IndicatorRead> indicators, List<RuleRead> rules)
    {
        var byId = new Dictionary<string, IndicatorRead>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.ContainsKey(indicator.Spec.Id))
                byId[indicator.Spec.Id] = indicator;
        }

        foreach (var indicator in indicators)
        {
            var spec = indicator.Spec;
            if (spec.Type == IndicatorType.Ratio && spec.Required && indicator.RequiredKey is { } requiredKey)
            {
                var operands = spec.Formula is null ? "" : string.Join(", ", ExpressionParser.IndicatorIds(spec.Formula).Distinct());
                _sink.Report(TemplateDiagnostics.RequiredComputed, _sink.SpanOf(requiredKey), spec.Id, operands);
            }

            var what = "indicator '" + spec.Id + "'";
            if (spec.Formula is not null)
                CheckReadLevels(what, spec.Levels, ExpressionParser.IndicatorIds(spec.Formula), byId, indicator.FormulaNode ?? indicator.IdNode);
            if (spec.MaxIndicator is { } maxId)
                CheckReadLevels(what, spec.Levels, new[] { maxId }, byId, indicator.MaxNode ?? indicator.IdNode);
        }

        foreach (var rule in rules)
        {
            var node = rule.CheckNode ?? rule.CoverageIndicatorNode;
            if (node is not null)
                CheckReadLevels("rule '" + rule.Spec.Id + "'", rule.Spec.Levels, PlanQueries.IndicatorIdsOf(rule.Spec), byId, node);
        }

        CheckMaxCycles(indicators, byId);
    }

    /// <summary>RK0035 for each indicator <paramref name="reads"/> that some level of <paramref name="levels"/> does not enter.</summary>
    private void CheckReadLevels(string what, EquatableArray<string> levels, IEnumerable<string> reads, Dictionary<string, IndicatorRead> byId, YamlNode at)
    {
        foreach (var id in reads.Distinct(StringComparer.Ordinal))
        {
            if (byId.TryGetValue(id, out var read) && !levels.IsWithin(read.Spec.Levels))
            {
                _sink.Report(TemplateDiagnostics.ReadsNarrowerLevels, _sink.SpanOf(at), what,
                    levels.IsEmpty ? "every level" : "levels [" + string.Join(", ", levels) + "]", id, "[" + string.Join(", ", read.Spec.Levels) + "]");
            }
        }
    }

    /// <summary>RK0034 once per cycle of <c>max:</c> references, at the <c>max</c> of the cycle's last indicator in template order.</summary>
    private void CheckMaxCycles(List<IndicatorRead> indicators, Dictionary<string, IndicatorRead> byId)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!order.ContainsKey(indicators[i].Spec.Id))
                order[indicators[i].Spec.Id] = i;
        }

        foreach (var start in indicators)
        {
            // Each indicator has at most one max: the chain from it is a path that either ends or loops.
            var path = new List<string>();
            string? id = start.Spec.Id;
            while (id is not null && !done.Contains(id) && !path.Contains(id, StringComparer.Ordinal) && byId.TryGetValue(id, out var read))
            {
                path.Add(id);
                id = read.Spec.MaxIndicator;
            }

            if (id is not null && path.Contains(id, StringComparer.Ordinal))
            {
                var cycle = path.Skip(path.IndexOf(id)).ToList();
                var last = cycle.OrderBy(c => order[c]).Last();
                var rotated = cycle.Skip(cycle.IndexOf(last)).Concat(cycle.Take(cycle.IndexOf(last))).Append(last);
                var culprit = byId[last];
                _sink.Report(TemplateDiagnostics.MaxCycle, _sink.SpanOf(culprit.MaxNode ?? culprit.IdNode), last, string.Join(" ≤ ", rotated));
            }

            done.UnionWith(path);
        }
    }
}
