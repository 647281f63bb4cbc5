using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;
using static ReportKit.Tests.Units;

namespace ReportKit.Tests;

/// <summary>
/// Roll-up from the tree: a unit that both reports and consolidates keeps its own figures apart, a missing
/// intermediate unit never hides its subtree, and a relayed summary stands for its subtree exactly once.
/// </summary>
public class RollUpTests
{
    // Both the chi bộ and the Đảng ủy owe the yearly report: the Đảng ủy reports its own activity and consolidates.
    private static readonly Templates.PlanSpec Plan = TestPlans.Plan001() with
    {
        Units = TestPlans.List(
            new Templates.UnitSpec("chi_bo", null, "Các chi bộ", "chi_bo", Templates.EquatableArray<string>.Empty, TestPlans.List("hang_nam"),
                Templates.EquatableArray<string>.Empty, TestPlans.Plan001().Location),
            new Templates.UnitSpec("dang_uy_xa", null, "Các Đảng ủy xã", "dang_uy", Templates.EquatableArray<string>.Empty, TestPlans.List("hang_nam"),
                Templates.EquatableArray<string>.Empty, TestPlans.Plan001().Location)),
    };

    private static readonly DateOnly AsOf = new(2024, 12, 31);

    /// <summary>Huyện ủy over two Đảng ủy xã with two chi bộ each.</summary>
    private static UnitTree Huyen() => UnitTree.Create(new[]
    {
        new Unit("hu", "Huyện ủy", null, "huyen_uy"),
        new Unit("du1", "Đảng ủy xã Tân Lập", "hu", "dang_uy"),
        new Unit("cb11", "Chi bộ Thôn 1", "du1", "chi_bo"),
        new Unit("cb12", "Chi bộ Thôn 2", "du1", "chi_bo"),
        new Unit("du2", "Đảng ủy xã Hòa Bình", "hu", "dang_uy"),
        new Unit("cb21", "Chi bộ Thôn 1", "du2", "chi_bo"),
        new Unit("cb22", "Chi bộ Thôn 2", "du2", "chi_bo"),
    });

    private static Submission Meetings(string unit, decimal members, decimal meetings) =>
        HangNam(unit, 2024, 11, 20).WithValue("dang_vien", members).WithValue("so_buoi", "phan_1", meetings);

    [Fact]
    public void A_unit_that_reports_and_consolidates_shows_its_own_row_and_its_total_is_children_plus_own()
    {
        var summary = Consolidator.Summarize(Plan, "hang_nam", "2024", Xa(),
            new[] { Meetings("cb1", 25, 2), Meetings("cb2", 5, 1), Meetings("du", 3, 4) }, AsOf);

        Assert.Equal(33m, summary.Value("du", "dang_vien"));
        Assert.Equal(7m, summary.Value(null, "so_buoi"));
        var own = summary.OwnRow("du")!;
        Assert.Equal("Đảng ủy xã Tân Lập (trực tiếp)", own.Label);
        Assert.Equal(1, own.Depth);
        Assert.Equal(3m, own.Values[summary.Columns.Select(c => c.Key).ToList().IndexOf("dang_vien")]);
        Assert.Equal(new[] { "du", "du", "cb1", "cb2", "thcs", "yte" }, summary.Rows.Select(r => r.Unit!.Id));
        Assert.Contains(summary.Statuses, s => s.Unit.Id == "du" && s.State == SubmissionState.OnTime);
        Assert.DoesNotContain(summary.Problems, p => p.RuleId == ProblemCodes.UnitNotExpected);
    }

    [Fact]
    public void Without_its_own_file_a_consolidating_unit_still_carries_its_children_and_its_own_part_is_missing()
    {
        var summary = Consolidator.Summarize(Plan, "hang_nam", "2024", Xa(), new[] { Meetings("cb1", 25, 2), Meetings("cb2", 5, 1) }, AsOf);

        Assert.Equal(30m, summary.Value("du", "dang_vien"));
        Assert.Equal(30m, summary.Value(null, "dang_vien"));
        Assert.Equal(SubmissionState.Missing, summary.Statuses.Single(s => s.Unit.Id == "du").State);
        Assert.StartsWith("Chưa báo cáo", summary.OwnRow("du")!.Notes);
        Assert.All(summary.OwnRow("du")!.Values, Assert.Null);
    }

    [Fact]
    public void A_missing_intermediate_unit_never_hides_the_reports_below_it()
    {
        var sent = new[] { Meetings("cb11", 10, 1), Meetings("cb12", 20, 2), Meetings("du1", 1, 1), Meetings("cb21", 30, 3), Meetings("cb22", 40, 4) };
        var summary = Consolidator.Summarize(Plan, "hang_nam", "2024", Huyen(), sent, AsOf);

        Assert.Equal(101m, summary.Value(null, "dang_vien"));
        Assert.Equal(70m, summary.Value("du2", "dang_vien"));
        Assert.Equal(SubmissionState.Missing, summary.Statuses.Single(s => s.Unit.Id == "du2").State);
        Assert.Equal((6, 5), (summary.Rates.Overall.Expected, summary.Rates.Overall.Actual));
    }

    [Fact]
    public void A_relayed_summary_stands_for_its_subtree_and_the_top_equals_consolidating_every_leaf_directly()
    {
        var leaves = new[] { Meetings("cb11", 10, 1), Meetings("cb12", 20, 2), Meetings("du1", 1, 1), Meetings("cb21", 30, 3), Meetings("cb22", 40, 4) };
        var direct = Consolidator.Summarize(Plan, "hang_nam", "2024", Huyen(), leaves, AsOf);

        // Each Đảng ủy consolidates its own subtree and passes it up.
        Submission RelayOf(string du)
        {
            var tree = UnitTree.Create(Huyen().SubtreeOf(du).Select(u => u.Id == du ? u with { ParentId = null } : u));
            var below = Consolidator.Summarize(Plan, "hang_nam", "2024", tree, leaves.Where(s => tree.Contains(s.UnitId)), AsOf);
            return below.ToSubmission(du, new DateOnly(2024, 11, 25)) with { Source = du + "_tong_hop.xlsx" };
        }

        var relayed = Consolidator.Summarize(Plan, "hang_nam", "2024", Huyen(), new[] { RelayOf("du1"), RelayOf("du2") }, AsOf);
        Assert.Equal(direct.Total.Values, relayed.Total.Values);
        Assert.Equal(direct.Row("du1").Values, relayed.Row("du1").Values);
        Assert.Equal((direct.Rates.Overall.Expected, direct.Rates.Overall.Actual, direct.Rates.Overall.ActualOnTime),
            (relayed.Rates.Overall.Expected, relayed.Rates.Overall.Actual, relayed.Rates.Overall.ActualOnTime));
        Assert.Equal(direct.Rates.ByLevel.Select(r => (r.ScopeId, r.Expected, r.Actual)), relayed.Rates.ByLevel.Select(r => (r.ScopeId, r.Expected, r.Actual)));
        var du2 = relayed.Statuses.Single(s => s.Unit.Id == "du2");
        Assert.Equal((3, 2), (du2.Relay!.Overall.Expected, du2.Relay.Overall.Actual)); // its own report was owed too
        Assert.DoesNotContain(relayed.Statuses, s => s.Unit.Id == "cb21");
        Assert.Contains("Báo cáo tổng hợp, đã nhận 2/3 báo cáo cấp dưới", relayed.Row("du2").Notes, StringComparison.Ordinal);

        // A leaf form sent again beside the relay that holds it is not counted twice.
        var twice = Consolidator.Summarize(Plan, "hang_nam", "2024", Huyen(), new[] { RelayOf("du1"), RelayOf("du2"), Meetings("cb21", 30, 3) }, AsOf);
        Assert.Equal(direct.Total.Values, twice.Total.Values);
        Assert.Contains(twice.Problems, p => p.RuleId == ProblemCodes.InRelay && p.UnitId == "cb21");
        Assert.Contains("Số liệu nằm trong báo cáo tổng hợp của Đảng ủy xã Hòa Bình", twice.Row("cb21").Notes, StringComparison.Ordinal);
    }

    [Fact]
    public void No_reported_value_ever_leaves_the_totals_whichever_units_send_and_whichever_levels_owe()
    {
        var units = Huyen().Units.Select(u => u.Id).ToArray();
        var levels = new[] { "chi_bo", "dang_uy", "huyen_uy" };
        var random = new Random(20261201);
        for (var round = 0; round < 200; round++)
        {
            // A random set of reporting levels and a random set of senders, each with a distinct power of two.
            var owing = levels.Where(_ => random.Next(2) == 0).DefaultIfEmpty("chi_bo").ToArray();
            var plan = Plan with
            {
                Units = owing.Select(l => new Templates.UnitSpec("u_" + l, null, l, l, Templates.EquatableArray<string>.Empty, TestPlans.List("hang_nam"),
                    Templates.EquatableArray<string>.Empty, Plan.Location)).ToEquatableArray(),
            };
            var senders = units.Where(_ => random.Next(3) > 0).ToArray();
            var value = new Dictionary<string, decimal>();
            var sent = senders.Select(u => Meetings(u, value[u] = 1 << Array.IndexOf(units, u), 0)).ToArray();
            var summary = Consolidator.Summarize(plan, "hang_nam", "2024", Huyen(), sent, AsOf);

            var tree = Huyen();
            var counted = senders.Where(u => owing.Contains(tree[u].LevelId)).Sum(u => value[u]);
            Assert.Equal(counted == 0 ? null : counted, summary.Value(null, "dang_vien"));
            foreach (var ignored in senders.Where(u => !owing.Contains(tree[u].LevelId)))
                Assert.Contains(summary.Problems, p => p.UnitId == ignored && p.RuleId == ProblemCodes.UnitNotExpected);
        }
    }
}

public class NoDeadlineTests
{
    [Fact]
    public void A_report_without_a_deadline_has_no_on_time_late_or_missing_figures()
    {
        var plan = TestPlans.Plan001();
        plan = plan with
        {
            Reports = plan.Reports.Select(r => r.Id == "hang_nam" ? r with { Due = null, Tiers = Templates.EquatableArray<Templates.TierSpec>.Empty } : r).ToEquatableArray(),
        };
        var summary = Consolidator.Summarize(plan, "hang_nam", "2024", Xa(),
            new[] { HangNam("cb1", 2024, 12, 30).WithValue("dang_vien", 5), HangNam("cb2", 2024, 11, 1).WithValue("dang_vien", 6) }, new DateOnly(2025, 3, 1));

        Assert.Equal(new[] { SubmissionState.Received, SubmissionState.Received, SubmissionState.NotYetDue, SubmissionState.NotYetDue },
            summary.Statuses.Select(s => s.State));
        Assert.All(summary.Statuses, s => Assert.False(s.IsOnTime));
        Assert.Null(summary.Rates.Overall.ActualOnTime);
        Assert.Null(summary.Rates.Overall.RateOnTime);
        Assert.Equal(50m, summary.Rates.Overall.Rate);
        Assert.Equal(0, summary.Rates.Overall.Missing);
        Assert.DoesNotContain("hạn", summary.Row("cb1").Notes, StringComparison.Ordinal);
    }
}
