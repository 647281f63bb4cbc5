using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>One row of a row list in a summary: which unit sent it and its number in that unit's list.</summary>
/// <param name="UnitId">The unit whose submission holds the row (for a relayed row, the unit that relayed it).</param>
/// <param name="ListId">The list.</param>
/// <param name="Number">Its number (STT) in that unit's list, from 1.</param>
/// <param name="Row">The row; <see cref="ListRow.ReportedBy"/> names the unit below that reported it, for a relayed row.</param>
public sealed record UnitListRow(string UnitId, string ListId, int Number, ListRow Row);

/// <summary>Gathers the rows of a report's lists from the kept submissions, in tree order (<see cref="Consolidator"/>).</summary>
internal static class ListSummary
{
    public static IReadOnlyList<UnitListRow> Gather(PlanIndex plan, ReportSpec report, UnitTree units, Func<string, CheckedSubmission?> keptOf)
    {
        var result = new List<UnitListRow>();
        foreach (var list in plan.Plan.ListsOf(report))
        {
            foreach (var unit in units.Units)
            {
                if (keptOf(unit.Id) is not { } kept || !kept.Rows.TryGetValue(list.Id, out var rows))
                    continue;
                result.AddRange(rows.Select((row, i) => new UnitListRow(unit.Id, list.Id, i + 1, row)));
            }
        }

        return result;
    }
}
