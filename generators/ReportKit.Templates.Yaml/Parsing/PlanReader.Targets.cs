using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates.Parsing;

// Targets (chỉ tiêu): what a plan says units shall achieve, judged on the summary (docs/template-format.md, "targets").
internal sealed partial class PlanReader
{
    private readonly IdTable _targets = new("target");

    private static readonly (string Key, TargetComparison Value)[] TargetComparisons =
    {
        ("at_least", TargetComparison.AtLeast), ("above", TargetComparison.Above),
        ("at_most", TargetComparison.AtMost), ("equals", TargetComparison.EqualTo),
    };

    private sealed class TargetRead
    {
        public TargetRead(TargetSpec spec, YamlNode indicatorNode)
        {
            Spec = spec;
            IndicatorNode = indicatorNode;
        }

        public TargetSpec Spec { get; }

        public YamlNode IndicatorNode { get; }
    }

    private TargetRead? ReadTarget(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: trai_he, label: 100% huyện tổ chức trại hè, indicator: so_trai_he, at_least: 1, level: huyen, share: 1.0 }",
            TemplateKeys.Target, _targets);
        if (f is null)
            return null;

        var id = DeclareId(f, _targets, required: true);
        var label = Text(f, "label", required: true);
        var note = Text(f, "note");
        var name = id ?? where;

        // The judged value is an indicator's; a narrative is text, which no threshold can judge.
        var indicator = Id(f, "indicator", required: true);
        if (indicator is not null)
        {
            if (_narratives.Contains(indicator))
                _sink.Report(TemplateDiagnostics.TargetOnNonNumber, _sink.SpanOf(f.Value("indicator")!), name, indicator, "a narrative part (text)");
            else
                _references.Add((_indicators, indicator, _sink.SpanOf(f.Value("indicator")!), where));
        }

        var given = TargetComparisons.Where(c => f.Has(c.Key)).ToArray();
        (TargetComparison Comparison, decimal Value)? threshold = null;
        if (given.Length != 1)
        {
            var found = given.Length == 0 ? "it gives none" : "it gives " + string.Join(" and ", given.Select(g => "'" + g.Key + "'"));
            var at = given.Length == 0 ? _sink.SpanOf(f.Map) : _sink.SpanOf(f.KeyNode(given[1].Key)!);
            _sink.Report(TemplateDiagnostics.TargetThreshold, at, name, found);
        }
        else if (Fraction(f, given[0].Key) is { } value)
        {
            threshold = (given[0].Value, value);
        }

        var level = Reference(f, "level", _levels);
        var share = Fraction(f, "share");
        if (share is not null && (share < 0m || share > 1m))
        {
            _sink.Report(TemplateDiagnostics.TargetShareOutOfRange, _sink.SpanOf(f.Value("share")!), name, Clean(((YamlScalar)f.Value("share")!).Value));
            share = null;
        }

        var consolidated = Bool(f, "consolidated") ?? false;
        var scopeKey = f.KeyNode("level") ?? f.KeyNode("share");
        if (consolidated && scopeKey is not null)
        {
            _sink.Report(TemplateDiagnostics.TargetShareAndConsolidated, _sink.SpanOf(scopeKey), name, scopeKey.Value.Trim());
            return null;
        }

        if (!consolidated && level is null)
        {
            if (!f.Has("level"))
                _sink.Report(TemplateDiagnostics.TargetWithoutScope, _sink.SpanOf(f.KeyNode("share") ?? (YamlNode)f.Map), name);
            return null;
        }

        if (id is null || label is null || indicator is null || threshold is null)
            return null;
        var spec = new TargetSpec(id, label, indicator, threshold.Value.Comparison, threshold.Value.Value,
            consolidated ? null : level, consolidated ? null : share ?? 1m, note, _sink.SpanOf(f.Map));
        return new TargetRead(spec, f.Value("indicator")!);
    }

    /// <summary>A number, or a percent written as plans write it (<c>35%</c> is 0.35).</summary>
    private decimal? Fraction(Fields f, string key)
    {
        var text = Text(f, key, expected: "a number or a percent");
        if (text is null)
            return null;
        var percent = text.EndsWith("%", StringComparison.Ordinal);
        if (TryParseDecimal(percent ? text.Substring(0, text.Length - 1) : text, out var value))
            return percent ? value / 100m : value;
        WrongType(f, key, "a number ('.' as the decimal point) or a percent such as 100%", f.Value(key)!);
        return null;
    }

    /// <summary>A target whose indicator no report asks for would never be judged (and a summary never shows it).</summary>
    private void CheckTargets(List<TargetRead> targets, List<IndicatorRead> indicators, List<ReportSpec> reports)
    {
        var known = new HashSet<string>(indicators.Select(i => i.Spec.Id), StringComparer.Ordinal);
        foreach (var target in targets.Where(t => known.Contains(t.Spec.Indicator)))
        {
            var asked = reports.Any(r => r.Indicators.IsEmpty || r.Indicators.Contains(target.Spec.Indicator));
            if (!asked)
                _sink.Report(TemplateDiagnostics.TargetIndicatorInNoReport, _sink.SpanOf(target.IndicatorNode), target.Spec.Id, target.Spec.Indicator);
        }
    }
}
