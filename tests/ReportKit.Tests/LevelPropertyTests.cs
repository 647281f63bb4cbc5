using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>
/// Properties of consolidation when indicators are entered only at some levels (<c>levels:</c>), over random plans
/// (each indicator scoped to the commune level, the province level or none), random trees and random submissions that
/// also hold values their unit's level does not enter.
/// </summary>
public sealed class LevelPropertyTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 20);
    private static readonly string[] Scopes = { "", "xa", "tinh" };

    /// <summary>A plan of one to five indicators, each scoped by a draw (0: every level, 1: xã, 2: tỉnh).</summary>
    private static PlanSpec PlanOf(int[] scopes)
    {
        var text = new StringBuilder("""
            reportkit: 1
            plan: { id: KeHoachCap, kind: state, genre: KẾ HOẠCH, issuer: { name: UBND TỈNH }, title: thử }
            levels: [ { id: xa, name: Xã }, { id: tinh, name: Tỉnh } ]
            units:
              - { id: cac_xa, name: Các xã, level: xa, reports: [nam] }
              - { id: tinh, name: Tỉnh, level: tinh, reports: [nam] }
            indicators:

            """);
        for (var i = 0; i < scopes.Length; i++)
        {
            var scope = Scopes[scopes[i]];
            text.Append("  - { id: c").Append(i.ToString(CultureInfo.InvariantCulture)).Append(", label: Chỉ tiêu ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(scope.Length == 0 ? "" : ", levels: [" + scope + "]").Append(" }\n");
        }

        text.Append("reports:\n  - { id: nam, title: Năm, period: year, from: 2024, due: { month: 12, day: 15 } }\n");
        var result = PlanTemplateParser.Parse("cap.plan.yaml", text.ToString());
        return result.Plan ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    internal sealed record Scenario(PlanSpec Plan, Unit[] Units, Submission[] Submissions)
    {
        public override string ToString() =>
            string.Join(", ", Plan.Indicators.Select(i => i.Id + "[" + string.Join(",", i.Levels) + "]")) + " | " +
            string.Join("; ", Units.Select(u => u.Id + ":" + u.LevelId + "<" + (u.ParentId ?? "-"))) + " | " +
            string.Join(" | ", Submissions.Select(s => s.ToString().Replace("\n", ", ", StringComparison.Ordinal)));
    }

    /// <summary>A forest whose roots are provinces and the rest communes; every unit sends one report holding every indicator, some blank.</summary>
    private static readonly Gen<Scenario> Scenarios =
        from scopes in Gen.Int[0, 2].Array[1, 5]
        from parents in Gen.Int[0, 1000].Array[1, 12]
        from values in Gen.Int[-1, 30].Array[5].Array[12]
        select Build(scopes, parents, values);

    private static Scenario Build(int[] scopes, int[] parents, int[][] values)
    {
        var plan = PlanOf(scopes);
        string Id(int i) => "u" + i.ToString("D2", CultureInfo.InvariantCulture);
        var units = parents.Select((draw, i) =>
        {
            var parent = draw % (i + 1);
            return parent == i ? new Unit(Id(i), "Tỉnh " + i, null, "tinh") : new Unit(Id(i), "Xã " + i, Id(parent), "xa");
        }).ToArray();
        var submissions = units.Select((unit, i) =>
        {
            var submission = new Submission(plan.Id, "nam", unit.Id, "2024") { SubmittedOn = new DateOnly(2024, 12, 10), Source = unit.Id + ".xlsx" };
            foreach (var (indicator, j) in plan.Indicators.Select((x, j) => (x, j)))
                submission = submission.WithValue(indicator.Id, values[i][j] < 0 ? null : values[i][j]);
            return submission;
        }).ToArray();
        return new Scenario(plan, units, submissions);
    }

    [Fact]
    public void A_figure_sums_only_the_units_whose_level_enters_it_and_stays_blank_where_none_does()
    {
        Scenarios.Sample(scenario =>
        {
            var tree = UnitTree.Create(scenario.Units);
            var summary = Consolidator.Summarize(scenario.Plan, "nam", "2024", tree, scenario.Submissions, AsOf);
            var byUnit = scenario.Submissions.ToDictionary(s => s.UnitId);
            foreach (var indicator in scenario.Plan.Indicators)
            {
                decimal? Expected(IEnumerable<Unit> scope)
                {
                    var entered = scope.Where(u => indicator.Levels.EntersAt(u.LevelId))
                        .Select(u => byUnit[u.Id][indicator.Id]).Where(v => v is not null).Select(v => v!.Value).ToArray();
                    return entered.Length == 0 ? null : entered.Sum();
                }

                foreach (var unit in tree.Units)
                    Assert.Equal(Expected(tree.SubtreeOf(unit.Id)), summary.Value(unit.Id, indicator.Id));
                Assert.Equal(Expected(tree.Units), summary.Value(null, indicator.Id));
            }

            // Every value a level does not enter is told, once, and never counted.
            var refused = scenario.Submissions.Sum(s => scenario.Plan.Indicators.Count(i => s[i.Id] is not null && !i.Levels.EntersAt(tree[s.UnitId].LevelId)));
            Assert.Equal(refused, summary.Problems.Count(p => p.RuleId == ProblemCodes.NotEnteredAtLevel));
        }, iter: 200);
    }

    [Fact]
    public void Each_level_enters_exactly_the_columns_scoped_to_it()
    {
        Gen.Int[0, 2].Array[1, 5].Sample(scopes =>
        {
            var plan = PlanOf(scopes);
            foreach (var level in new[] { "xa", "tinh" })
            {
                var expected = plan.Indicators.Where(i => i.Levels.IsEmpty || i.Levels.Contains(level)).Select(i => i.Id);
                Assert.Equal(expected, SummaryColumns.EnteredFor(plan, "nam", level).Select(c => c.IndicatorId));
            }

            Assert.Equal(plan.Indicators.Select(i => i.Id), SummaryColumns.EnteredFor(plan, "nam", null).Select(c => c.IndicatorId));
        }, iter: 100);
    }
}
