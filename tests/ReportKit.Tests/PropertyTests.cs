using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;

namespace ReportKit.Tests;

/// <summary>Properties of consolidation over random unit trees and random (duplicated, shuffled) submissions.</summary>
public class PropertyTests
{
    private static readonly Templates.PlanSpec Plan = TestPlans.Plan001();
    private static readonly DateOnly Due = new(2024, 11, 30);
    private static readonly DateOnly AsOf = new(2024, 12, 20);
    private static readonly string[] Items = { "tong_quat", "gia_tri", "phan_1", "phan_2", "phan_3" };

    /// <summary>A random forest (each unit's parent drawn among the earlier ones, or none) and submissions from any unit, some twice.</summary>
    private static readonly Gen<Scenario> Scenarios =
        from parents in Gen.Int[0, 1000].Array[1, 20]
        from drafts in Gen.Select(Gen.Int[0, 19], Gen.Int[-15, 15], Gen.Int[-1, 40].Array[7]).Array[0, 40]
        from shuffleSeed in Gen.Int
        select Build(parents, drafts, shuffleSeed);

    [Fact]
    public void Every_row_is_the_sum_of_the_leaf_submissions_below_it_for_every_summable_column()
    {
        Scenarios.Sample(scenario =>
        {
            var summary = scenario.Summarize(scenario.Submissions);
            var tree = UnitTree.Create(scenario.Units);
            var kept = tree.Units.Where(u => tree.IsLeaf(u.Id))
                .Select(u => scenario.Submissions.Where(s => s.UnitId == u.Id)
                    .OrderBy(s => s.SubmittedOn).ThenBy(s => s.Source, StringComparer.Ordinal).LastOrDefault())
                .Where(s => s is not null)
                .ToDictionary(s => s!.UnitId, s => s!);
            foreach (var column in summary.Columns.Where(c => c.Role != ColumnRole.Computed))
            {
                decimal? Expected(IEnumerable<Unit> scope)
                {
                    var values = scope.Where(u => kept.ContainsKey(u.Id))
                        .SelectMany(u => kept[u.Id].Values.Where(v => v.Key.IndicatorId == column.IndicatorId && (column.ItemId is null || v.Key.ItemId == column.ItemId)))
                        .Where(v => v.Value is not null)
                        .Select(v => v.Value!.Value)
                        .ToArray();
                    return values.Length == 0 ? null : values.Sum();
                }

                foreach (var root in tree.Roots)
                    Assert.Equal(Expected(tree.SubtreeOf(root.Id)), summary.Value(root.Id, column.Key));
                Assert.Equal(Expected(tree.Units), summary.Value(null, column.Key));
            }
        }, iter: 200);
    }

    [Fact]
    public void Rates_stay_within_0_and_100_and_on_time_never_exceeds_received()
    {
        Scenarios.Sample(scenario =>
        {
            var rates = scenario.Summarize(scenario.Submissions).Rates;
            foreach (var rate in rates.ByUnit.Append(rates.Overall).Concat(rates.ByLevel))
            {
                Assert.InRange(rate.Rate ?? 0, 0m, 100m);
                Assert.InRange(rate.RateOnTime ?? 0, 0m, rate.Rate ?? 0);
                Assert.Equal(rate.Expected == 0, rate.Rate is null);
            }
        }, iter: 200);
    }

    [Fact]
    public void A_late_submission_is_never_counted_on_time()
    {
        Scenarios.Sample(scenario =>
        {
            foreach (var status in scenario.Summarize(scenario.Submissions).Statuses)
            {
                if (status.SubmittedOn > status.Due)
                    Assert.Equal((SubmissionState.Late, false, status.SubmittedOn!.Value.DayNumber - Due.DayNumber), (status.State, status.IsOnTime, status.DaysLate!.Value));
                if (status.IsOnTime)
                    Assert.True(status.SubmittedOn <= status.Due);
            }
        }, iter: 200);
    }

    [Fact]
    public void The_order_of_submissions_changes_nothing()
    {
        Scenarios.Sample(scenario =>
        {
            var shuffled = scenario.Submissions.ToArray();
            new Random(scenario.ShuffleSeed).Shuffle(shuffled);
            Assert.Equal(scenario.Summarize(scenario.Submissions).ToText(), scenario.Summarize(shuffled).ToText());
            Assert.Equal(scenario.Summarize(scenario.Submissions).ToText(), scenario.Summarize(scenario.Submissions.Reverse().ToArray()).ToText());
        }, iter: 200);
    }

    private static Scenario Build(int[] parents, (int Unit, int Offset, int[] Values)[] drafts, int shuffleSeed)
    {
        string Id(int i) => "u" + i.ToString("D2", CultureInfo.InvariantCulture);
        var units = parents.Select((draw, i) =>
        {
            var parent = draw % (i + 1);
            return new Unit(Id(i), "Đơn vị " + i.ToString(CultureInfo.InvariantCulture), parent == i ? null : Id(parent), null);
        }).ToArray();

        var submissions = drafts.Select((draft, n) =>
        {
            var submission = new Submission(Plan.Id, "hang_nam", Id(draft.Unit % units.Length), "2024")
            {
                SubmittedOn = Due.AddDays(draft.Offset),
                Source = "s" + n.ToString("D2", CultureInfo.InvariantCulture),
            };
            for (var i = 0; i < Items.Length; i++)
                submission = submission.WithValue("so_buoi", Items[i], Blank(draft.Values[i]));
            return submission.WithValue("dang_vien", Blank(draft.Values[5])).WithValue("dang_vien_du", Blank(draft.Values[6]));
        }).ToArray();
        return new Scenario(units, submissions, shuffleSeed);
    }

    private static decimal? Blank(int value) => value < 0 ? null : value;

    internal sealed record Scenario(Unit[] Units, Submission[] Submissions, int ShuffleSeed)
    {
        public ReportSummary Summarize(IEnumerable<Submission> submissions) =>
            Consolidator.Summarize(Plan, "hang_nam", "2024", UnitTree.Create(Units), submissions, AsOf);

        public override string ToString() =>
            string.Join("; ", Units.Select(u => u.Id + "<" + (u.ParentId ?? "-"))) + " | " + string.Join(" | ", Submissions.Select(s => s.ToString().Replace("\n", ", ")));
    }
}
