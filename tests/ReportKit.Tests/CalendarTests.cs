using System;
using System.Linq;
using ReportKit.Templates;
using static ReportKit.Tests.TestPlans;

namespace ReportKit.Tests;

public class CalendarTests
{
    private static readonly PlanSpec Seed001 = Plan001();

    private static ReportSpec ReportOf(PlanSpec plan, string id) => plan.Reports.Single(r => r.Id == id);

    [Fact]
    public void Seed001_trien_khai_truoc_ngay_20_4_2023_is_on_time_until_19_4()
    {
        var report = ReportOf(Seed001, "trien_khai");
        Assert.Equal(new DateOnly(2023, 4, 19), ReportingCalendar.DueDate(report, ReportingPeriod.Once));
    }

    [Fact]
    public void Seed001_hang_nam_vao_thang_11_is_due_on_the_last_day_of_november_each_year_from_2023()
    {
        var report = ReportOf(Seed001, "hang_nam");
        var periods = ReportingCalendar.Periods(report, throughYear: 2025);
        Assert.Equal(new[] { "2023", "2024", "2025" }, periods.Select(p => p.Key));
        Assert.Equal(new DateOnly(2023, 11, 30), ReportingCalendar.DueDate(report, periods[0]));
        Assert.Equal(new DateOnly(2024, 11, 30), ReportingCalendar.DueDate(report, periods[1]));
        Assert.Throws<ArgumentException>(() => ReportingCalendar.PeriodOf(report, "2022"));
    }

    [Fact]
    public void Seed001_so_ket_giai_doan_2023_2025_vao_thang_10_2025_is_due_31_10_2025()
    {
        var report = ReportOf(Seed001, "so_ket");
        var period = ReportingCalendar.PeriodOf(report, "2023-2025");
        Assert.Equal(new DateOnly(2025, 10, 31), ReportingCalendar.DueDate(report, period));
        Assert.Equal("Giai đoạn 2023-2025", period.Label);
        Assert.Throws<ArgumentException>(() => ReportingCalendar.PeriodOf(report, "2023-2024"));
    }

    [Theory]
    [InlineData("2024-03", PeriodKind.Month, "2024-02-15", "2024-03-14")]
    [InlineData("2024-01", PeriodKind.Month, "2023-12-15", "2024-01-14")]
    [InlineData("2024-Q1", PeriodKind.Quarter, "2023-12-15", "2024-03-14")]
    [InlineData("2024-Q3", PeriodKind.Quarter, "2024-06-15", "2024-09-14")]
    [InlineData("2024-H1", PeriodKind.HalfYear, "2023-12-15", "2024-06-14")]
    [InlineData("2024-H2", PeriodKind.HalfYear, "2024-06-15", "2024-12-14")]
    [InlineData("2024-9M", PeriodKind.NineMonths, "2023-12-15", "2024-09-14")]
    [InlineData("2024", PeriodKind.Year, "2023-12-15", "2024-12-14")]
    [InlineData("2023-2025", PeriodKind.Span, "2022-12-15", "2025-12-14")]
    public void Nghi_dinh_09_cut_off_windows_run_from_the_15th_of_the_month_before_to_the_14th(string key, PeriodKind kind, string from, string to)
    {
        var report = Report("r", "Báo cáo", kind, null, from: 2022, to: kind == PeriodKind.Span ? 2025 : null, cutOff: new CutOffSpec(CutOffKind.Nd09, null));
        var window = ReportingCalendar.CutOffWindow(report, ReportingPeriod.Parse(kind, key));
        Assert.Equal(new DateWindow(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), window);
    }

    [Fact]
    public void A_custom_end_day_shifts_the_window_and_a_short_month_ends_on_its_last_day()
    {
        var march = ReportingPeriod.ForMonth(2024, 3);
        Assert.Equal(new DateWindow(new(2024, 2, 26), new(2024, 3, 25)), ReportingCalendar.EndDayWindow(march, 25));
        var february = ReportingPeriod.ForMonth(2024, 2);
        Assert.Equal(new DateWindow(new(2024, 2, 1), new(2024, 2, 29)), ReportingCalendar.EndDayWindow(february, 31));
        var report = Report("r", "Báo cáo", PeriodKind.Month, null, from: 2024, cutOff: new CutOffSpec(CutOffKind.Calendar, null));
        Assert.Equal(new DateWindow(new(2024, 3, 1), new(2024, 3, 31)), ReportingCalendar.CutOffWindow(report, march));
        Assert.Null(ReportingCalendar.CutOffWindow(report, ReportingPeriod.Once));
    }

    [Fact]
    public void Tiered_deadlines_give_each_level_its_own_day_and_others_the_general_one()
    {
        var report = Plan004().Reports[0];
        var year = ReportingPeriod.ForYear(2023);
        Assert.Equal(new DateOnly(2023, 12, 16), ReportingCalendar.DueDate(report, year, "don_vi"));
        Assert.Equal(new DateOnly(2023, 12, 20), ReportingCalendar.DueDate(report, year, "so"));
        Assert.Equal(new DateOnly(2023, 12, 20), ReportingCalendar.DueDate(report, year));
        Assert.Equal(
            new[] { new LevelDeadline(null, new(2023, 12, 20)), new LevelDeadline("don_vi", new(2023, 12, 16)) },
            ReportingCalendar.Deadlines(report, year));
    }

    [Fact]
    public void Days_after_end_count_from_the_cut_off_window_end_and_on_is_inclusive()
    {
        var nd09 = Report("r", "Báo cáo", PeriodKind.Quarter, DaysAfterEnd(5), from: 2024, cutOff: new CutOffSpec(CutOffKind.Nd09, null));
        Assert.Equal(new DateOnly(2024, 3, 19), ReportingCalendar.DueDate(nd09, ReportingPeriod.ForQuarter(2024, 1)));
        var calendar = Report("r", "Báo cáo", PeriodKind.Month, DaysAfterEnd(15), from: 2024);
        Assert.Equal(new DateOnly(2024, 3, 15), ReportingCalendar.DueDate(calendar, ReportingPeriod.ForMonth(2024, 2)));
        var on = Report("r", "Báo cáo", PeriodKind.Once, On(2023, 4, 20));
        Assert.Equal(new DateOnly(2023, 4, 20), ReportingCalendar.DueDate(on, ReportingPeriod.Once));
        var day = Report("r", "Báo cáo", PeriodKind.Year, InMonth(2, day: 30), from: 2024);
        Assert.Equal(new DateOnly(2024, 2, 29), ReportingCalendar.DueDate(day, ReportingPeriod.ForYear(2024)));
    }

    [Theory]
    [InlineData(PeriodKind.Year, "2024", "Năm 2024")]
    [InlineData(PeriodKind.Quarter, "2024-Q1", "Quý I năm 2024")]
    [InlineData(PeriodKind.Quarter, "2024-Q4", "Quý IV năm 2024")]
    [InlineData(PeriodKind.HalfYear, "2024-H1", "6 tháng đầu năm 2024")]
    [InlineData(PeriodKind.HalfYear, "2024-H2", "6 tháng cuối năm 2024")]
    [InlineData(PeriodKind.NineMonths, "2024-9M", "9 tháng năm 2024")]
    [InlineData(PeriodKind.Month, "2024-03", "Tháng 3 năm 2024")]
    [InlineData(PeriodKind.Span, "2023-2025", "Giai đoạn 2023-2025")]
    public void Keys_parse_back_and_carry_vietnamese_labels(PeriodKind kind, string key, string label)
    {
        var period = ReportingPeriod.Parse(kind, key);
        Assert.Equal(key, period.Key);
        Assert.Equal(label, period.Label);
        Assert.Equal(kind, period.Kind);
    }

    [Theory]
    [InlineData(PeriodKind.Month, "2024-Q1")]
    [InlineData(PeriodKind.Month, "2024-13")]
    [InlineData(PeriodKind.Month, "2024-3")]
    [InlineData(PeriodKind.Quarter, "2024-Q5")]
    [InlineData(PeriodKind.Year, "24")]
    [InlineData(PeriodKind.Span, "2025-2023")]
    [InlineData(PeriodKind.Once, "2024")]
    public void Keys_of_another_kind_or_out_of_range_are_rejected(PeriodKind kind, string key)
    {
        Assert.False(ReportingPeriod.TryParse(kind, key, out _));
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(kind, key));
    }

    [Fact]
    public void A_one_off_report_is_labelled_by_its_title()
    {
        var report = ReportOf(Seed001, "trien_khai");
        Assert.Equal("once", ReportingPeriod.Parse(PeriodKind.Once, "once").Key);
        Assert.Equal("Báo cáo kết quả triển khai đợt sinh hoạt chính trị", ReportingCalendar.Label(report, ReportingPeriod.Once));
    }

    [Fact]
    public void Peak_dates_of_seed_001_fall_in_date_order_in_a_given_year()
    {
        var peaks = ReportingCalendar.PeakDates(Seed001, 2024);
        Assert.Equal(
            new[] { new DateOnly(2024, 2, 3), new(2024, 4, 30), new(2024, 5, 19), new(2024, 8, 19), new(2024, 9, 2), new(2024, 12, 22) },
            peaks.Select(p => p.Date));
        Assert.Equal("Ngày Thành lập Đảng", peaks[0].Label);
    }
}
