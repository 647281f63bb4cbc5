using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>The validator's check of a submission's row lists (<see cref="SubmissionValidator"/>).</summary>
internal static class ListValidation
{
    /// <summary>
    /// The rows that count, per list the report asks for (a row with a bad cell is reported and left out, rows of an
    /// unknown list are reported and not kept), and their aggregates put into <paramref name="accepted"/> under
    /// <c>ValueKey(count(list))</c>: so they roll up the tree with the values and the evaluator finds them as totals.
    /// </summary>
    /// <remarks>
    /// A unit fills only the lists its level enters (<see cref="ReportAtLevel.Lists"/>, from <see cref="LevelQueries.ListsOf(PlanSpec, ReportSpec, string?)"/>):
    /// rows of another list are refused and not kept, and that list's aggregates stay blank for it, never 0.
    /// </remarks>
    public static IReadOnlyDictionary<string, IReadOnlyList<ListRow>> Check(PlanIndex plan, ReportAtLevel shape, Submission submission,
        ProblemSite site, List<ValidationProblem> problems, IDictionary<ValueKey, decimal> accepted)
    {
        var report = shape.Report;
        var asked = shape.Lists;
        var result = new Dictionary<string, IReadOnlyList<ListRow>>(StringComparer.Ordinal);
        foreach (var list in asked)
        {
            var kept = new List<ListRow>();
            var rows = submission.RowsOf(list.Id);
            for (var i = 0; i < rows.Length; i++)
            {
                var good = true;
                foreach (var cell in rows[i].Cells.Where(c => !string.IsNullOrWhiteSpace(c.Value)))
                {
                    var column = list.Columns.FirstOrDefault(c => c.Id == cell.Key);
                    var problem = column is null ? "không thuộc cột nào của danh sách" : ListCells.Problem(plan.Plan, column, cell.Value!);
                    if (problem is null)
                        continue;
                    problems.Add(ValidationProblems.ListBadCell.Create(site, list.Label, i + 1, column?.Label ?? cell.Key, cell.Value!, problem));
                    good = false;
                }

                if (good)
                    kept.Add(rows[i]);
            }

            result[list.Id] = kept;
        }

        var ofReport = shape.ListsOfReport;
        foreach (var pair in submission.Lists.Where(l => !result.ContainsKey(l.Key) && !l.Value.IsDefaultOrEmpty))
        {
            if (ofReport.FirstOrDefault(l => l.Id == pair.Key) is { } other)
                problems.Add(ValidationProblems.NotEnteredAtLevel.Create(site, "Danh sách «" + other.Label + "»", plan.Plan.LevelNames(other.Levels),
                    pair.Value.Length + " dòng của danh sách không được tính."));
            else
                problems.Add(ValidationProblems.ListUnknown.Create(site, report.Title, plan.Plan.Lists.FirstOrDefault(l => l.Id == pair.Key)?.Label ?? pair.Key, pair.Value.Length));
        }

        // As ListCells.Aggregates, over the aggregates read once per report (ReportAtLevel).
        foreach (var (aggregate, key) in shape.ListAggregates)
        {
            if (result.TryGetValue(aggregate.ListId, out var rows) && ListCells.Aggregate(rows, aggregate) is { } value)
                accepted[new ValueKey(key)] = value;
        }
        return result;
    }
}
