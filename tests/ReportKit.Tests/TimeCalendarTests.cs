using System;
using System.IO;
using System.Linq;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Tests;

/// <summary>
/// Time as plans state it, through the runtime calendar, validation and consolidation: a one-off report's dates and
/// a deadline counted from them or from an event, phases as periods, a regime that asks for some periods only.
/// </summary>
public class TimeCalendarTests
{
    private static readonly PlanSpec Plan = Load();

    private static PlanSpec Load()
    {
        var path = RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "time.plan.yaml");
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    private static ReportSpec Report(string id) => Plan.Reports.Single(r => r.Id == id);

    private static UnitTree Huyen() => UnitTree.Create(new[]
    {
        new Unit("huyen", "Ủy ban nhân dân huyện", null, null),
        new Unit("xa_a", "UBND xã A", "huyen", null),
        new Unit("xa_b", "UBND xã B", "huyen", null),
    });

    private static Submission Sent(string report, string period, string unit, DateOnly on) =>
        new Submission(Plan.Id, report, unit, period) { SubmittedOn = on, Source = unit + ".xlsx" }.WithValue("so_buoi", 3);

    [Fact]
    public void A_one_off_report_with_dates_prints_them_as_its_window_and_is_due_15_days_after_they_end()
    {
        var he = Report("he");
        Assert.Equal(new DateWindow(new DateOnly(2020, 6, 1), new DateOnly(2020, 7, 31)), ReportingCalendar.CutOffWindow(he, ReportingPeriod.Once));
        Assert.Equal(new DateOnly(2020, 8, 15), ReportingCalendar.DueDate(he, ReportingPeriod.Once));
    }

    [Fact]
    public void The_status_sheet_counts_a_once_off_report_sent_by_the_computed_deadline_on_time_and_one_after_late()
    {
        var summary = Consolidator.Summarize(Plan, "he", ReportingPeriod.OnceKey, Huyen(),
            new[] { Sent("he", "once", "xa_a", new DateOnly(2020, 8, 15)), Sent("he", "once", "xa_b", new DateOnly(2020, 8, 18)) },
            new DateOnly(2020, 8, 20));

        var a = summary.Statuses.Single(s => s.Unit.Id == "xa_a");
        var b = summary.Statuses.Single(s => s.Unit.Id == "xa_b");
        Assert.Equal((SubmissionState.OnTime, new DateOnly(2020, 8, 15)), (a.State, a.Due!.Value));
        Assert.Equal((SubmissionState.Late, 3), (b.State, b.DaysLate!.Value));
        Assert.Equal(6m, summary.Value(null, "so_buoi"));
    }

    [Fact]
    public void A_deadline_after_a_named_event_counts_from_the_events_date()
    {
        Assert.Equal(new DateOnly(2025, 4, 2), ReportingCalendar.DueDate(Report("sau_le"), ReportingPeriod.Once));
        Assert.Equal(new DateWindow(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 26)), ReportingCalendar.CutOffWindow(Report("sau_le"), ReportingPeriod.Once));
    }

    [Fact]
    public void Each_phase_is_a_period_with_its_own_key_label_window_and_deadline()
    {
        var report = Report("theo_dot");
        var periods = ReportingCalendar.Periods(report, throughYear: 2030);
        Assert.Equal(new[] { "dot_1", "dot_2", "dot_3" }, periods.Select(p => p.Key));
        Assert.Equal(new[] { "Đợt 1", "Đợt 2", "Đợt 3" }, periods.Select(p => ReportingCalendar.Label(report, p)));

        var first = ReportingCalendar.PeriodOf(report, "dot_1");
        Assert.Equal(ReportingPeriod.ForPhase("dot_1"), first);
        Assert.Equal(new DateWindow(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 26)), ReportingCalendar.CutOffWindow(report, first));
        Assert.Equal(new DateOnly(2025, 4, 10), ReportingCalendar.DueDate(report, first));
        Assert.Equal(new DateOnly(2025, 9, 17), ReportingCalendar.DueDate(report, periods[2]));
    }

    [Fact]
    public void A_phase_the_report_does_not_have_or_its_regime_does_not_ask_for_is_refused_in_vietnamese()
    {
        Assert.Equal("báo cáo này không có đợt «dot_4»; các đợt: dot_1 (Đợt 1), dot_2 (Đợt 2), dot_3 (Đợt 3)",
            ReportingCalendar.PeriodProblem(Report("theo_dot"), "dot_4"));
        var limited = Report("dot_2_va_3");
        Assert.Equal(new[] { "dot_2", "dot_3" }, ReportingCalendar.Periods(limited, 2030).Select(p => p.Key));
        Assert.Equal("chế độ báo cáo chỉ yêu cầu Đợt 2, Đợt 3; Đợt 1 không phải báo cáo", ReportingCalendar.PeriodProblem(limited, "dot_1"));
        Assert.Null(ReportingCalendar.PeriodProblem(limited, "dot_3"));
    }

    [Fact]
    public void A_half_year_regime_limited_to_h1_lists_only_first_halves_and_refuses_the_second()
    {
        var report = Report("sau_thang");
        Assert.Equal(new[] { "2024-H1", "2025-H1" }, ReportingCalendar.Periods(report, throughYear: 2025).Select(p => p.Key));
        var error = Assert.Throws<ArgumentException>(() => ReportingCalendar.PeriodOf(report, "2024-H2"));
        Assert.StartsWith("chế độ báo cáo chỉ yêu cầu 6 tháng đầu năm; 6 tháng cuối năm 2024 không phải báo cáo", error.Message);
    }

    [Fact]
    public void Validation_refuses_a_submission_for_a_period_the_regime_does_not_ask_for_and_says_why()
    {
        var problems = SubmissionValidator.Validate(Plan, Sent("sau_thang", "2024-H2", "xa_a", new DateOnly(2024, 12, 30)));

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.BadPeriod, problem.RuleId);
        Assert.Contains("kỳ báo cáo «2024-H2» không phải một kỳ của «Báo cáo 6 tháng»: chế độ báo cáo chỉ yêu cầu 6 tháng đầu năm; 6 tháng cuối năm 2024 không phải báo cáo.", problem.Message);
        Assert.DoesNotContain(SubmissionValidator.Validate(Plan, Sent("sau_thang", "2024-H1", "xa_a", new DateOnly(2024, 6, 28))), p => p.RuleId == ProblemCodes.BadPeriod);
    }

    [Fact]
    public void A_cut_off_by_another_regulation_draws_its_stated_days_and_the_deadline_counts_from_them()
    {
        var report = Report("sau_thang");
        var h1 = ReportingCalendar.PeriodOf(report, "2024-H1");
        Assert.Equal(new DateWindow(new DateOnly(2023, 12, 26), new DateOnly(2024, 6, 25)), ReportingCalendar.CutOffWindow(report, h1));
        Assert.Equal(new DateOnly(2024, 6, 30), ReportingCalendar.DueDate(report, h1));
    }
}
