using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// How a yes_no column reads in the summary table: a unit's own answer as <c>Có</c>/<c>Không</c>; a row that counts
/// several units (a parent, a relayed summary, the total) as <c>x/y đơn vị (p %)</c> (<see cref="YesNoCounts.Describe"/>).
/// </summary>
internal sealed class YesNoCells
{
    private readonly HashSet<string> _single;

    public YesNoCells(ReportSummary summary)
    {
        // A row is one unit's own answer when it is an own-activity row or a leaf whose report is its own (not relayed).
        var relayed = new HashSet<string>(summary.Statuses.Where(s => s.Relay is not null).Select(s => s.Unit.Id), StringComparer.Ordinal);
        var rows = summary.Rows;
        _single = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var leaf = !(i + 1 < rows.Count && rows[i + 1].Depth > rows[i].Depth);
            if (rows[i].Unit is { } unit && !rows[i].IsOwn && leaf && !relayed.Contains(unit.Id))
                _single.Add(unit.Id);
        }
    }

    /// <summary>Whether the report has a yes_no field.</summary>
    public static bool HasAny(ReportSummary summary) => summary.Columns.Any(c => c.Type == IndicatorType.YesNo);

    public string Text(SummaryRow row, SummaryColumn column, decimal value)
    {
        var single = row.IsOwn || (row.Unit is { } unit && _single.Contains(unit.Id));
        if (single && FieldAnswers.YesNoWord(value) is { } word)
            return word;
        var answered = row.YesNoAnswered is { } counts && counts.TryGetValue(column.IndicatorId, out var n) ? n : 0;
        return YesNoCounts.Describe(value, answered);
    }
}
