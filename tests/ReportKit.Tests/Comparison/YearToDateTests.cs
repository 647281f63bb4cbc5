using System;
using System.Linq;
using Xunit;
using static ReportKit.Tests.Comparison.ComparisonPlans;

namespace ReportKit.Tests.Comparison;

public class YearToDateTests
{
    [Fact]
    public void A_state_quarter_adds_the_earlier_quarters_over_the_Nghi_dinh_09_windows()
    {
        var plan = StateQuarterly();
        var q1 = Summarize(plan, "2025-Q1", After(), Sent(plan, "xa_b", "2025-Q1", 2, 10), Sent(plan, "xa_c", "2025-Q1", 1, 5));
        var q2 = Summarize(plan, "2025-Q2", After(), Sent(plan, "xa_b", "2025-Q2", 3, 20), Sent(plan, "xa_c", "2025-Q2", 4, 5));
        var q3 = Summarize(plan, "2025-Q3", After(), Sent(plan, "xa_b", "2025-Q3", 5, 30), Sent(plan, "xa_c", "2025-Q3", 6, 5));

        var ytd = YearToDate.Compute(q3, new[] { PeriodFigures.Of(q2), PeriodFigures.Of(q1) });

        Assert.Empty(ytd.Missing);
        // xa_a sent nothing this year: its year-to-date is not complete, and so neither is the whole.
        Assert.False(ytd.IsComplete);
        Assert.Equal(new[] { "2025-Q1", "2025-Q2", "2025-Q3" }, ytd.Periods.Select(p => p.Key));
        // Nghị định 09: the year's data run from 15/12 of the year before to the 14th of the quarter's last month.
        Assert.Equal(new DateWindow(new DateOnly(2024, 12, 15), new DateOnly(2025, 9, 14)), ytd.Window);
        var row = q3.Rows.Select((r, i) => (r, i)).Single(p => p.r.Unit!.Id == "xa_b").i;
        Assert.Equal(new CumulativeValue(10m, true), ytd.Rows[row][0]);
        Assert.Equal(new CumulativeValue(60m, true), ytd.Rows[row][1]);
        Assert.Equal(new CumulativeValue(21m, true), ytd.Total[0]);
    }

    [Fact]
    public void A_Party_month_runs_from_the_first_of_January()
    {
        var plan = PartyMonthly();
        var january = Summarize(plan, "2025-01", After(), Sent(plan, "xa_b", "2025-01", 1, 1));
        var february = Summarize(plan, "2025-02", After(), Sent(plan, "xa_b", "2025-02", 2, 1));

        var ytd = YearToDate.Compute(february, new[] { PeriodFigures.Of(january) });

        // The calendar window of each month; the February report is due 5 days after it ends.
        Assert.Equal(new DateWindow(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)), ytd.Window);
        Assert.Equal(new CumulativeValue(3m, true), ytd.Total[0]);
    }

    [Fact]
    public void A_missing_earlier_period_is_told_and_the_sums_are_marked_incomplete()
    {
        var plan = StateQuarterly();
        var q1 = Summarize(plan, "2025-Q1", After(), Sent(plan, "xa_b", "2025-Q1", 2, 10));
        var q3 = Summarize(plan, "2025-Q3", After(), Sent(plan, "xa_b", "2025-Q3", 5, 30));

        var ytd = YearToDate.Compute(q3, new[] { PeriodFigures.Of(q1) });

        Assert.Equal(new[] { "2025-Q2" }, ytd.Missing.Select(p => p.Key));
        Assert.False(ytd.IsComplete);
        Assert.Equal(new CumulativeValue(7m, false), ytd.Total[0]);
    }

    [Fact]
    public void A_unit_new_this_year_or_blank_in_an_earlier_period_is_incomplete_not_summed_as_zero()
    {
        var plan = StateQuarterly();
        var q1 = Summarize(plan, "2025-Q1", Before(), Sent(plan, "xa_1", "2025-Q1", 2, 10), Sent(plan, "xa_2", "2025-Q1", null, 10), Sent(plan, "xa_b", "2025-Q1", 1, 10));
        var q2 = Summarize(plan, "2025-Q2", After(), Sent(plan, "xa_a", "2025-Q2", 5, 30), Sent(plan, "xa_b", "2025-Q2", 1, 1), Sent(plan, "xa_c", "2025-Q2", 4, 4));

        var ytd = YearToDate.Compute(q2, new[] { PeriodFigures.Of(q1) }, Merger());

        CumulativeValue Of(string unit, int column) => ytd.Rows[q2.Rows.Select((r, i) => (r, i)).Single(p => p.r.Unit!.Id == unit).i][column];
        Assert.Equal(new CumulativeValue(7m, false), Of("xa_a", 0));  // xa_2 left so_buoi blank in Q1
        Assert.Equal(new CumulativeValue(50m, true), Of("xa_a", 1));  // 30 today + 10 + 10 of the two old communes
        Assert.Equal(new CumulativeValue(4m, false), Of("xa_c", 0));  // no row in Q1
        Assert.Equal(new CumulativeValue(2m, true), Of("xa_b", 0));
    }

    [Fact]
    public void The_first_period_of_the_year_is_its_own_year_to_date()
    {
        var plan = StateQuarterly();
        var q1 = Summarize(plan, "2025-Q1", After(), Sent(plan, "xa_b", "2025-Q1", 2, 10));

        var ytd = YearToDate.Compute(q1, Array.Empty<PeriodFigures>());

        Assert.Empty(ytd.Missing);
        Assert.Equal(new CumulativeValue(2m, true), ytd.Total[0]);
    }

    [Fact]
    public void A_period_given_twice_or_of_last_year_is_refused()
    {
        var plan = StateQuarterly();
        var q1 = PeriodFigures.Of(Summarize(plan, "2025-Q1", After(), Sent(plan, "xa_b", "2025-Q1", 2, 10)));
        var q2 = Summarize(plan, "2025-Q2", After(), Sent(plan, "xa_b", "2025-Q2", 3, 10));

        Assert.Contains("Hai biểu tổng hợp cùng kỳ", Assert.Throws<ComparisonRefusedException>(() => YearToDate.Compute(q2, new[] { q1, q1 })).Message);
        Assert.Throws<ComparisonRefusedException>(() => YearToDate.Compute(q2, new[] { q1 with { PeriodKey = "2024-Q2" } }));
    }

    [Fact]
    public void The_application_holding_the_submissions_gets_the_same_year_to_date()
    {
        var plan = StateQuarterly();
        var sent = new[] { Sent(plan, "xa_b", "2025-Q1", 2, 10), Sent(plan, "xa_b", "2025-Q3", 5, 30), Sent(plan, "xa_c", "2025-Q3", 1, 1) };

        var ytd = Consolidator.YearToDate(plan, "r", "2025-Q3", After(), sent, new DateOnly(2027, 1, 1));

        Assert.Equal(new[] { "2025-Q2" }, ytd.Missing.Select(p => p.Key));
        Assert.Equal(new CumulativeValue(8m, false), ytd.Total[0]);
    }
}
