using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates.Parsing;

/// <summary>A report's <c>outline:</c>, the đề cương of its báo cáo (RK0111–RK0113).</summary>
internal sealed partial class PlanReader
{
    /// <summary>Where each outline and each id in it stands, kept until the plan is whole.</summary>
    private readonly List<(string ReportId, SourceSpan KeySpan, List<(string Part, string Kind, string Id, SourceSpan Span)> Items)> _outlines = new();

    /// <summary>The kinds of element a part holds: its key, the word messages use, and its id table.</summary>
    private (string Key, string Kind, IdTable Table)[] OutlineKinds() => new[]
    {
        ("narratives", "narrative", _narratives), ("indicators", "indicator", _indicators), ("lists", "list", _lists), ("targets", "target", _targets),
    };

    private List<OutlinePartSpec> ReadOutline(Fields report, string? reportId)
    {
        var items = new List<(string Part, string Kind, string Id, SourceSpan Span)>();
        var parts = ReadList(report, "outline", "outline part", (node, where, _) =>
        {
            var f = ElementFields(node, where, "a mapping such as { no: II, title: Kết quả thực hiện, indicators: [so_buoi], narratives: [ket_qua] }",
                TemplateKeys.OutlinePart);
            if (f is null)
                return null;
            var no = Text(f, "no");
            var title = Text(f, "title", required: true);
            var rates = Bool(f, "rates") ?? false;
            var held = OutlineKinds().Select(k => (k.Kind, Ids: ReferenceList(f, k.Key, k.Table))).ToArray();
            foreach (var (key, kind, _) in OutlineKinds())
            {
                if (f.Value(key) is YamlSequence sequence)
                {
                    foreach (var scalar in sequence.Items.OfType<YamlScalar>().Where(s => !s.IsNull))
                        items.Add((title ?? where, kind, Clean(scalar.Value), _sink.SpanOf(scalar)));
                }
            }

            return title is null
                ? null
                : new OutlinePartSpec(no, title, rates, held[0].Ids.ToEquatableArray(), held[1].Ids.ToEquatableArray(), held[2].Ids.ToEquatableArray(),
                    held[3].Ids.ToEquatableArray(), _sink.SpanOf(f.Map));
        });
        if (reportId is not null && report.KeyNode("outline") is { } keyNode)
            _outlines.Add((reportId, _sink.SpanOf(keyNode), items));
        return parts;
    }

    /// <summary>
    /// RK0111: a part holds what its report does not have; RK0112: an element is in two parts; RK0113: an element of
    /// the report is in no part, so its báo cáo would leave it out.
    /// </summary>
    private void CheckOutlines(PlanSpec plan)
    {
        foreach (var (reportId, keySpan, items) in _outlines)
        {
            var report = plan.Reports.FirstOrDefault(r => r.Id == reportId);
            if (report is null)
                continue;
            var has = new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["narrative"] = plan.NarrativesOf(report).Select(n => n.Id).ToArray(),
                ["indicator"] = plan.IndicatorsOf(report).Select(i => i.Id).ToArray(),
                ["list"] = plan.ListsOf(report).Select(l => l.Id).ToArray(),
                ["target"] = plan.TargetsOf(report).Select(t => t.Id).ToArray(),
            };
            var placed = new Dictionary<(string Kind, string Id), string>();
            foreach (var (part, kind, id, span) in items)
            {
                if (!Declared(kind, id))
                    continue;  // an unknown or invalid id is RK0009 or RK0010 already
                if (!has[kind].Contains(id, StringComparer.Ordinal))
                    _sink.Report(TemplateDiagnostics.OutlineElementNotInReport, span, part, report.Id, kind, id);
                else if (placed.TryGetValue((kind, id), out var first))
                    _sink.Report(TemplateDiagnostics.OutlineElementTwice, span, kind, id, report.Id, first, part);
                else
                    placed[(kind, id)] = part;
            }

            foreach (var (kind, ids) in has.Select(p => (p.Key, p.Value)))
            {
                foreach (var id in ids.Where(i => !placed.ContainsKey((kind, i))))
                    _sink.Report(TemplateDiagnostics.OutlineElementMissing, keySpan, kind, id, report.Id);
            }
        }
    }

    private bool Declared(string kind, string id) => OutlineKinds().First(k => k.Kind == kind).Table.Ids.Contains(id);
}
