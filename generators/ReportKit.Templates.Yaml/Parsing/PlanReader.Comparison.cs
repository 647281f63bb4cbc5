using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates.Parsing;

/// <summary>A report's <c>compare:</c> and <c>cumulative:</c> lists (comparison with an earlier period, year-to-date).</summary>
internal sealed partial class PlanReader
{
    /// <summary>Where each listed id stands, kept until the indicators are all read (RK0090–RK0095 are told there).</summary>
    private readonly List<(string ReportId, string Key, SourceSpan KeySpan, List<(string Id, SourceSpan Span)> Items)> _comparisonLists = new();

    /// <summary>Reads one of a report's comparison lists (ids checked like the report's <c>indicators</c>, RK0009).</summary>
    private List<string> ComparisonList(Fields f, string? reportId, string key)
    {
        var ids = ReferenceList(f, key, _indicators);
        if (reportId is not null && f.KeyNode(key) is { } keyNode && f.Value(key) is YamlSequence sequence)
        {
            var items = sequence.Items.OfType<YamlScalar>().Where(s => !s.IsNull).Select(s => (Clean(s.Value), _sink.SpanOf(s))).ToList();
            _comparisonLists.Add((reportId, key, _sink.SpanOf(keyNode), items));
        }

        return ids;
    }

    /// <summary>
    /// RK0090–RK0095: a comparison needs earlier periods (no once-off or span report), a year-to-date a period shorter
    /// than the year, and each listed indicator one figure per unit that the report asks for (and, to add up over
    /// periods, a count, not a share).
    /// </summary>
    private void CheckComparisons(List<ReportSpec> reports, List<IndicatorRead> indicators)
    {
        var byId = new Dictionary<string, IndicatorSpec>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.ContainsKey(indicator.Spec.Id))
                byId[indicator.Spec.Id] = indicator.Spec;
        }

        foreach (var (reportId, key, keySpan, items) in _comparisonLists)
        {
            var report = reports.FirstOrDefault(r => r.Id == reportId);
            if (report is null)
                continue;
            if (report.Period is PeriodKind.Once or PeriodKind.Span)
            {
                _sink.Report(TemplateDiagnostics.ComparisonWithoutPeriods, keySpan, report.Id,
                    report.Period == PeriodKind.Once ? "a once-off report" : "a report over one span of years", key);
                continue;
            }

            if (key == "cumulative" && report.Period is PeriodKind.Year or PeriodKind.NineMonths)
            {
                _sink.Report(TemplateDiagnostics.CumulativeOnWholeYear, keySpan, report.Id, report.Period == PeriodKind.Year ? "year" : "nine-month");
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (id, span) in items)
            {
                if (!byId.TryGetValue(id, out var indicator))
                    continue;
                if (!seen.Add(id))
                    _sink.Report(TemplateDiagnostics.ComparedIndicatorTwice, span, id, key, report.Id);
                else if (!report.Indicators.IsEmpty && !report.Indicators.Contains(id))
                    _sink.Report(TemplateDiagnostics.ComparedIndicatorNotInReport, span, report.Id, id, key);
                else if (!PlanQueries.HasSingleFigure(indicator))
                    _sink.Report(TemplateDiagnostics.IndicatorWithoutFigure, span, id, key, report.Id);
                else if (key == "cumulative" && (indicator.Type == IndicatorType.Ratio || indicator.Format == ValueFormat.Percent))
                    _sink.Report(TemplateDiagnostics.CumulativeOnShare, span, id, report.Id,
                        indicator.Type == IndicatorType.Ratio ? "a ratio" : "a percentage");
            }
        }
    }
}
