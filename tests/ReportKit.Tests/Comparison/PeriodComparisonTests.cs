using System;
using System.Linq;
using Xunit;
using static ReportKit.Tests.Comparison.ComparisonPlans;

namespace ReportKit.Tests.Comparison;

public class PeriodComparisonTests
{
    private static readonly ReportKit.Templates.PlanSpec Plan = StateQuarterly();

    private static ReportSummary LastYear() => Summarize(Plan, "2024-Q2", Before(),
        Sent(Plan, "xa_1", "2024-Q2", 4, 100, 50),
        Sent(Plan, "xa_2", "2024-Q2", 6, 100, 70),
        Sent(Plan, "xa_b", "2024-Q2", 10, 200, 100));

    private static ReportSummary ThisYear() => Summarize(Plan, "2025-Q2", After(),
        Sent(Plan, "xa_a", "2025-Q2", 12, 250, 200),
        Sent(Plan, "xa_b", "2025-Q2", 8, 200, 150),
        Sent(Plan, "xa_c", "2025-Q2", 3, 50, 25));

    [Fact]
    public void A_unit_with_the_same_id_is_compared_with_its_own_row()
    {
        var now = ThisYear();
        var comparison = PeriodComparison.Compare(now, PeriodFigures.Of(LastYear()));

        var xaB = comparison.For(now, "xa_b", "so_buoi");
        Assert.Equal((8m, 10m, -2m, -20.0m), (xaB.Now!.Value, xaB.Earlier!.Value, xaB.Change!.Value, xaB.Percent!.Value));
        Assert.Equal("Quý II năm 2024", comparison.EarlierLabel);
    }

    [Fact]
    public void Merged_communes_are_summed_through_the_unit_map_and_a_new_one_is_not_comparable_never_zero()
    {
        var now = ThisYear();
        var comparison = PeriodComparison.Compare(now, PeriodFigures.Of(LastYear()), Merger());

        var merged = comparison.For(now, "xa_a", "so_buoi");
        Assert.Equal((10m, 2m, 20.0m), (merged.Earlier!.Value, merged.Change!.Value, merged.Percent!.Value));
        var created = comparison.For(now, "xa_c", "so_buoi");
        Assert.Null(created.Earlier);
        Assert.Null(created.Change);
        Assert.Equal("đơn vị chưa có ở cùng kỳ", created.NotComparable);
        // A share of two merged units is not the sum of their shares.
        Assert.Equal("tỷ lệ của các đơn vị đã hợp nhất không cộng được", comparison.For(now, "xa_a", "ty_le").NotComparable);
        // xa_b's share: 150/200 against 100/200, in points (no percent of a percent).
        var share = comparison.For(now, "xa_b", "ty_le");
        Assert.Equal((0.25m, (decimal?)null), (share.Change!.Value, share.Percent));
    }

    [Fact]
    public void Without_the_map_the_merged_commune_is_not_comparable()
    {
        var now = ThisYear();
        var comparison = PeriodComparison.Compare(now, PeriodFigures.Of(LastYear()));

        Assert.False(comparison.For(now, "xa_a", "so_buoi").IsComparable);
    }

    [Fact]
    public void The_total_compares_the_two_totals_whatever_the_units()
    {
        var now = ThisYear();
        var total = PeriodComparison.Compare(now, PeriodFigures.Of(LastYear()), Merger()).For(now, null, "so_buoi");

        Assert.Equal((23m, 20m, 3m, 15.0m), (total.Now!.Value, total.Earlier!.Value, total.Change!.Value, total.Percent!.Value));
    }

    [Fact]
    public void A_blank_today_shows_the_earlier_figure_but_no_change()
    {
        var now = Summarize(Plan, "2025-Q2", After(), Sent(Plan, "xa_b", "2025-Q2", null, 10, 5));
        var value = PeriodComparison.Compare(now, PeriodFigures.Of(LastYear())).For(now, "xa_b", "so_buoi");

        Assert.Equal(10m, value.Earlier);
        Assert.Null(value.Change);
        Assert.False(value.IsComparable);
    }

    [Fact]
    public void An_earlier_zero_gives_a_change_but_no_percent()
    {
        var before = Summarize(Plan, "2024-Q2", Before(), Sent(Plan, "xa_b", "2024-Q2", 0, 10, 5));
        var now = ThisYear();
        var value = PeriodComparison.Compare(now, PeriodFigures.Of(before)).For(now, "xa_b", "so_buoi");

        Assert.Equal((8m, (decimal?)null), (value.Change!.Value, value.Percent));
    }

    [Theory]
    [InlineData("2025-Q2", "chính kỳ đang tổng hợp")]
    [InlineData("2025-Q3", "sau kỳ đang tổng hợp")]
    [InlineData("2023-Q2", "không phải cùng kỳ năm trước (Quý II năm 2024)")]
    [InlineData("2024-Q3", "không phải cùng kỳ năm trước")]
    public void A_summary_of_another_period_is_refused_with_the_reason(string period, string reason)
    {
        var other = PeriodFigures.Of(LastYear()) with { PeriodKey = period, Source = "khac.xlsx" };

        var refused = Assert.Throws<ComparisonRefusedException>(() => PeriodComparison.Compare(ThisYear(), other));

        Assert.Contains("khac.xlsx", refused.Message);
        Assert.Contains(reason, refused.Message);
    }

    [Fact]
    public void A_summary_of_another_plan_or_report_is_refused()
    {
        var figures = PeriodFigures.Of(LastYear());

        Assert.Contains("kế hoạch “KeHoach76”", Assert.Throws<ComparisonRefusedException>(() => PeriodComparison.Compare(ThisYear(), figures with { PlanId = "KeHoach76" })).Message);
        Assert.Contains("báo cáo khác", Assert.Throws<ComparisonRefusedException>(() => PeriodComparison.Compare(ThisYear(), figures with { ReportId = "khac" })).Message);
    }

    [Fact]
    public void An_old_id_mapped_to_two_new_units_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => new UnitMap(new[] { ("xa_1", "xa_a"), ("xa_1", "xa_b") }));

        Assert.Contains("xa_1", refused.Message);
    }
}
