using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Templates;
using ReportKit.Testing;
using static ReportKit.Tests.TestPlans;

namespace ReportKit.Tests;

/// <summary>
/// The data window a form or summary prints ("Số liệu tính từ ngày … đến ngày …") never ends after the
/// report's deadline: a report sent on time must be able to hold all of its data.
/// </summary>
public class DataWindowTests
{
    public static TheoryData<string> Seeds() =>
        new(Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!);

    private static PlanSpec Load(string file)
    {
        var path = Path.Combine(RepoPaths.Templates, file);
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    private static string Printed(DateWindow? window) =>
        window is { } w ? Dates.Vietnamese(w.From) + "–" + Dates.Vietnamese(w.To) : "none";

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_seed_report_prints_a_window_that_ends_after_any_of_its_deadlines(string template)
    {
        var plan = Load(template);
        var checkedPeriods = 0;
        foreach (var report in plan.Reports)
        {
            foreach (var period in ReportingCalendar.Periods(report, throughYear: 2030))
            {
                var window = ReportingCalendar.CutOffWindow(report, period);
                if (window is not { } w)
                {
                    Assert.Equal(PeriodKind.Once, period.Kind);
                    continue;
                }

                Assert.True(w.From <= w.To, $"{report.Id} {period.Key}: {Printed(window)}");
                foreach (var deadline in ReportingCalendar.Deadlines(report, period))
                    Assert.True(w.To <= deadline.Due, $"{template} {report.Id} {period.Key}: window {Printed(window)} ends after the deadline {Dates.Vietnamese(deadline.Due)} ({deadline.LevelId ?? "general"})");
                checkedPeriods++;
            }
        }

        Assert.True(checkedPeriods > 0 || plan.Reports.All(r => r.Period == PeriodKind.Once));
    }

    [Theory]
    // Seed 001, Kế hoạch 76-KH/ĐU: "báo cáo kết quả thực hiện vào tháng 11 hằng năm" (due 30/11): the data
    // run from 01/01 to 30/11, not to 31/12, which is a month after the report is sent.
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2023", "01/01/2023–30/11/2023")]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", "01/01/2024–30/11/2024")]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2028", "01/01/2028–30/11/2028")]
    // "báo cáo sơ kết giai đoạn 2023-2025 vào tháng 10/2025".
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "so_ket", "2023-2025", "01/01/2023–31/10/2025")]
    // "trước ngày 20/4/2023": a one-off report has no period, hence no window.
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "trien_khai", "once", "none")]
    // Seed 000 (assumed: yearly, due 15/12): 01/01–15/12.
    [InlineData("ke-hoach-duk-xay-dung-dang.plan.yaml", "bao_cao_ket_qua", "2023", "01/01/2023–15/12/2023")]
    [InlineData("ke-hoach-duk-xay-dung-dang.plan.yaml", "bao_cao_ket_qua", "2024", "01/01/2024–15/12/2024")]
    // Seed 004, a state công văn that asks for no report: the one assumed is a one-off report, with no window.
    [InlineData("cong-van-svhttdl-qlvhgd.plan.yaml", "ket_qua_trien_khai", "once", "none")]
    // Seed 002 (a news item): one report, no deadline, no period.
    [InlineData("ke-hoach-98-kh-tu.plan.yaml", "bao_cao_ket_qua", "once", "none")]
    public void Seed_windows_as_the_forms_and_summaries_print_them(string template, string reportId, string periodKey, string expected)
    {
        var plan = Load(template);
        var report = plan.Reports.Single(r => r.Id == reportId);
        Assert.Equal(expected, Printed(ReportingCalendar.CutOffWindow(report, ReportingCalendar.PeriodOf(report, periodKey))));
    }

    [Fact]
    public void A_party_report_due_inside_its_period_reports_from_the_period_start_to_the_deadline()
    {
        var year = ReportingPeriod.ForYear(2024);
        var november = Report("r", "Báo cáo", PeriodKind.Year, InMonth(11), from: 2024);
        Assert.Equal(new DateWindow(new(2024, 1, 1), new(2024, 11, 30)), ReportingCalendar.CutOffWindow(november, year));
        // The cut-off rule's own window is still there: days_after_end deadlines count from it.
        Assert.Equal(new DateWindow(new(2024, 1, 1), new(2024, 12, 31)), ReportingCalendar.StatedWindow(november, year));

        var nineMonths = Report("r", "Báo cáo", PeriodKind.NineMonths, InMonth(9, day: 20), from: 2024);
        Assert.Equal(new DateWindow(new(2024, 1, 1), new(2024, 9, 20)), ReportingCalendar.CutOffWindow(nineMonths, ReportingPeriod.ForNineMonths(2024)));

        var span = Report("r", "Báo cáo", PeriodKind.Span, Before(2025, 10, 1), from: 2023, to: 2025);
        Assert.Equal(new DateWindow(new(2023, 1, 1), new(2025, 9, 30)), ReportingCalendar.CutOffWindow(span, ReportingPeriod.ForSpan(2023, 2025)));
    }

    [Fact]
    public void A_window_that_ends_before_the_deadline_is_left_as_its_cut_off_draws_it()
    {
        var nd09 = Report("r", "Báo cáo", PeriodKind.Year, InMonth(12, day: 20), from: 2023, cutOff: new CutOffSpec(CutOffKind.Nd09, null));
        Assert.Equal(new DateWindow(new(2022, 12, 15), new(2023, 12, 14)), ReportingCalendar.CutOffWindow(nd09, ReportingPeriod.ForYear(2023)));
        // Ending on the deadline is on time: a report sent that day holds the day's figures.
        var onTheDay = Report("r", "Báo cáo", PeriodKind.Year, InMonth(12, day: 14), from: 2023, cutOff: new CutOffSpec(CutOffKind.Nd09, null));
        Assert.Equal(new DateWindow(new(2022, 12, 15), new(2023, 12, 14)), ReportingCalendar.CutOffWindow(onTheDay, ReportingPeriod.ForYear(2023)));
        var monthly = Report("r", "Báo cáo", PeriodKind.Month, DaysAfterEnd(0), from: 2024);
        Assert.Equal(new DateWindow(new(2024, 2, 1), new(2024, 2, 29)), ReportingCalendar.CutOffWindow(monthly, ReportingPeriod.ForMonth(2024, 2)));
        var noDeadline = Report("r", "Báo cáo", PeriodKind.Year, null, from: 2024);
        Assert.Equal(new DateWindow(new(2024, 1, 1), new(2024, 12, 31)), ReportingCalendar.CutOffWindow(noDeadline, ReportingPeriod.ForYear(2024)));
    }

    [Fact]
    public void With_tier_deadlines_every_level_prints_one_window_ending_by_the_earliest_tier()
    {
        // Chi bộ by 10/11, Đảng ủy consolidates by 20/11, the report goes up by 30/11: the Đảng ủy's figures are
        // the chi bộ's, sent by 10/11, so the one window of the period ends on 10/11.
        var report = Report("r", "Báo cáo", PeriodKind.Year, InMonth(11), from: 2024, tiers: new[]
        {
            new TierSpec("dang_uy", InMonth(11, day: 20)),
            new TierSpec("chi_bo", InMonth(11, day: 10)),
        });
        var year = ReportingPeriod.ForYear(2024);
        Assert.Equal(new DateOnly(2024, 11, 10), ReportingCalendar.EarliestDeadline(report, year));
        Assert.Equal(new DateWindow(new(2024, 1, 1), new(2024, 11, 10)), ReportingCalendar.CutOffWindow(report, year));
        foreach (var level in new string?[] { null, "chi_bo", "dang_uy" })
            Assert.True(ReportingCalendar.CutOffWindow(report, year)!.Value.To <= ReportingCalendar.DueDate(report, year, level));

        // Days-after-end tiers count from the cut-off window, so they never cut it short.
        var quarterly = Report("r", "Báo cáo", PeriodKind.Quarter, DaysAfterEnd(15), from: 2024, cutOff: new CutOffSpec(CutOffKind.Nd09, null),
            tiers: new[] { new TierSpec("chi_bo", DaysAfterEnd(2)) });
        var q1 = ReportingPeriod.ForQuarter(2024, 1);
        Assert.Equal(new DateWindow(new(2023, 12, 15), new(2024, 3, 14)), ReportingCalendar.CutOffWindow(quarterly, q1));
        Assert.Equal(new DateOnly(2024, 3, 16), ReportingCalendar.DueDate(quarterly, q1, "chi_bo"));
    }

    [Fact]
    public void A_deadline_before_the_window_starts_is_refused_rather_than_printed()
    {
        var span = Report("r", "Báo cáo", PeriodKind.Span, InMonth(10, year: 2022), from: 2023, to: 2025);
        var error = Assert.Throws<InvalidOperationException>(() => ReportingCalendar.CutOffWindow(span, ReportingPeriod.ForSpan(2023, 2025)));
        Assert.Contains("31/10/2022", error.Message);
    }
}
