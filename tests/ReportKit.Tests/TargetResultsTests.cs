using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>Targets judged on a summary: per level with a share, on the consolidated value, per-unit thresholds, units that did not report.</summary>
public sealed class TargetResultsTests
{
    private const string Template = """
        reportkit: 1
        plan:
          id: KeHoachHe
          kind: state
          genre: KẾ HOẠCH
          symbol: KH-BCĐ
          issuer: { name: BAN CHỈ ĐẠO HOẠT ĐỘNG HÈ TỈNH }
          title: Tổ chức hoạt động hè
        levels:
          - { id: huyen, name: Huyện }
          - { id: tinh, name: Tỉnh }
        indicators:
          - { id: so_trai_he, label: Số trại hè }
          - { id: so_hs, label: Số học sinh }
          - { id: so_hs_tham_gia, label: Số học sinh tham gia, max: so_hs }
          - { id: ty_le, label: Tỷ lệ tham gia, type: ratio, formula: so_hs_tham_gia / so_hs }
          - { id: so_toa_dam, label: Số tọa đàm cấp tỉnh }
          - { id: co_ke_hoach, label: Có kế hoạch (1 là có), max: 1 }
        reports:
          - { id: ket_qua, title: Báo cáo kết quả, period: once, assumption: Không nêu hạn }
        targets:
          - { id: trai_he, label: 4/4 huyện tổ chức trại hè, indicator: so_trai_he, at_least: 1, level: huyen, share: 1.0 }
          - { id: trai_he_70, label: 70% huyện tổ chức trại hè, indicator: so_trai_he, at_least: 1, level: huyen, share: 70% }
          - { id: tham_gia, label: trên 35% học sinh tham gia, indicator: ty_le, above: 35%, level: huyen }
          - { id: toa_dam, label: tỉnh tổ chức ít nhất 1 tọa đàm, indicator: so_toa_dam, at_least: 1, consolidated: true }
          - { id: ke_hoach, label: 100% huyện có kế hoạch, indicator: co_ke_hoach, equals: 1, level: huyen }
          - { id: khong_qua, label: không quá 2 trại mỗi huyện, indicator: so_trai_he, at_most: 2, level: huyen }
        """;

    private static readonly PlanSpec Plan = Parse(Template);

    private static PlanSpec Parse(string text)
    {
        var result = PlanTemplateParser.Parse("he.plan.yaml", text);
        return result.Plan ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    private static UnitTree Tree(int districts) => UnitTree.Create(
        new[] { new Unit("tinh", "Tỉnh", null, "tinh") }
            .Concat(Enumerable.Range(1, districts).Select(i => new Unit("h" + i, "Huyện " + i, "tinh", "huyen"))));

    private static Submission Report(string unit, params (string Indicator, decimal Value)[] values) =>
        values.Aggregate(new Submission("KeHoachHe", "ket_qua", unit, "once") { SubmittedOn = new DateOnly(2020, 8, 5) },
            (s, v) => s.WithValue(v.Indicator, v.Value));

    private static ReportSummary Summarize(UnitTree tree, IEnumerable<Submission> submissions) =>
        Consolidator.Summarize(Plan, "ket_qua", "once", tree, submissions, new DateOnly(2020, 8, 15));

    private static ReportSummary Sample() => Summarize(Tree(4), new[]
    {
        Report("h1", ("so_trai_he", 2), ("so_hs", 100), ("so_hs_tham_gia", 40), ("co_ke_hoach", 1)),
        Report("h2", ("so_trai_he", 0), ("so_hs", 100), ("so_hs_tham_gia", 35), ("co_ke_hoach", 0)),
        Report("h3", ("so_trai_he", 3), ("so_hs", 50), ("so_hs_tham_gia", 30), ("co_ke_hoach", 1), ("so_toa_dam", 1)),
        // h4 sends nothing: not judged, and counted among the units that have not met the target.
    });

    private static TargetResult Result(IReadOnlyList<TargetResult> results, string id) => results.Single(r => r.Target.Id == id);

    [Fact]
    public void Each_unit_of_the_level_is_judged_and_the_share_decides_the_whole()
    {
        var results = TargetResults.Judge(Sample());

        var trai = Result(results, "trai_he");
        Assert.Equal("Huyện", trai.LevelName);
        Assert.Equal(new[] { "h1", "h2", "h3", "h4" }, trai.Units.Select(u => u.Unit.Id));
        Assert.Equal(new bool?[] { true, false, true, null }, trai.Units.Select(u => u.Met));
        Assert.Equal((2, 4, 1), (trai.Met, trai.Total, trai.NotReported));
        Assert.Equal(50m, trai.MetPercent);
        Assert.False(trai.Achieved);
        // 2 of 4 is under 70 %.
        Assert.False(Result(results, "trai_he_70").Achieved);
    }

    [Fact]
    public void A_share_below_one_is_met_when_enough_units_meet_the_threshold()
    {
        var summary = Summarize(Tree(4), new[]
        {
            Report("h1", ("so_trai_he", 1)), Report("h2", ("so_trai_he", 1)), Report("h3", ("so_trai_he", 1)), Report("h4", ("so_trai_he", 0)),
        });

        var results = TargetResults.Judge(summary);

        Assert.True(Result(results, "trai_he_70").Achieved); // 3/4 = 75 % ≥ 70 %
        Assert.False(Result(results, "trai_he").Achieved);   // 3/4 < 100 %
    }

    [Fact]
    public void Ratios_are_judged_on_each_units_own_ratio_and_above_is_strict()
    {
        var tham = Result(TargetResults.Judge(Sample()), "tham_gia");

        // h1 40 %, h2 exactly 35 % (not above), h3 60 %, h4 blank.
        Assert.Equal(new bool?[] { true, false, true, null }, tham.Units.Select(u => u.Met));
        Assert.Equal(0.35m, tham.Target.Threshold);
    }

    [Fact]
    public void Equals_judges_a_yes_no_answer_and_at_most_a_ceiling()
    {
        var results = TargetResults.Judge(Sample());

        Assert.Equal(new bool?[] { true, false, true, null }, Result(results, "ke_hoach").Units.Select(u => u.Met));
        Assert.Equal(new bool?[] { true, true, false, null }, Result(results, "khong_qua").Units.Select(u => u.Met));
    }

    [Fact]
    public void A_consolidated_target_is_judged_on_the_total()
    {
        var toaDam = Result(TargetResults.Judge(Sample()), "toa_dam");
        Assert.Empty(toaDam.Units);
        Assert.Equal(1m, toaDam.Value);
        Assert.True(toaDam.Achieved);

        var none = Result(TargetResults.Judge(Summarize(Tree(2), new[] { Report("h1", ("so_trai_he", 1)) })), "toa_dam");
        Assert.Null(none.Value);
        Assert.Null(none.Achieved); // blank: not judged, never a shortfall
    }

    [Fact]
    public void A_shortfall_is_a_result_never_a_validation_problem()
    {
        var summary = Sample();

        Assert.DoesNotContain(summary.Problems, p => p.UnitId == "h2");
        Assert.Contains(Result(TargetResults.Judge(summary), "trai_he").Units, u => u.Unit.Id == "h2" && u.Met == false);
    }

    [Fact]
    public void A_threshold_assigned_to_a_unit_replaces_the_templates_for_that_unit()
    {
        var results = TargetResults.Judge(Sample(), new[] { new UnitTarget("h1", "trai_he", 3), new UnitTarget("h2", "trai_he", 0) });

        var trai = Result(results, "trai_he");
        Assert.Equal(new decimal[] { 3, 0, 1, 1 }, trai.Units.Select(u => u.Threshold));
        Assert.Equal(new bool?[] { false, true, true, null }, trai.Units.Select(u => u.Met));
        Assert.True(trai.HasUnitThresholds);
        Assert.False(Result(results, "trai_he_70").HasUnitThresholds);
    }

    [Theory]
    [InlineData("tinh", "trai_he", "cấp 'huyen'")]
    [InlineData("h1", "toa_dam", "số tổng hợp")]
    [InlineData("h1", "khong_co", "không có chỉ tiêu")]
    public void A_threshold_assigned_where_it_cannot_apply_is_refused(string unit, string target, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => TargetResults.Judge(Sample(), new[] { new UnitTarget(unit, target, 1) }));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_whose_indicator_the_report_does_not_ask_for_are_not_judged_on_it()
    {
        var plan = Parse(Template.Replace("assumption: Không nêu hạn }", "assumption: Không nêu hạn, indicators: [so_trai_he] }\n  - { id: khac, title: Khác, period: once, assumption: Không nêu hạn }"));

        Assert.Equal(new[] { "trai_he", "trai_he_70", "khong_qua" }, plan.TargetsOf(plan.Reports[0]).Select(t => t.Id));
    }

    // The x of x/y is a direct count of the units whose value meets the threshold; đạt is x ≥ share × y.
    [Fact]
    public void Units_met_equal_a_direct_count_over_random_submissions()
    {
        var gen =
            from districts in Gen.Int[1, 12]
            from values in Gen.Int[-1, 4].Array[districts]
            select (districts, values);
        gen.Sample(c =>
        {
            var submissions = c.values.Select((v, i) => (v, i)).Where(p => p.v >= 0)
                .Select(p => Report("h" + (p.i + 1), ("so_trai_he", p.v)));
            var results = TargetResults.Judge(Summarize(Tree(c.districts), submissions));
            var atLeastOne = c.values.Count(v => v >= 1);
            var trai = Result(results, "trai_he");
            var share = Result(results, "trai_he_70");
            var ceiling = Result(results, "khong_qua");
            return trai.Met == atLeastOne && trai.Total == c.districts && trai.NotReported == c.values.Count(v => v < 0)
                && trai.Achieved == (atLeastOne == c.districts)
                && share.Achieved == (atLeastOne >= 0.7m * c.districts)
                && ceiling.Met == c.values.Count(v => v is >= 0 and <= 2);
        });
    }
}
