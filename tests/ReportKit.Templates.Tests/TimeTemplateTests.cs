using System.Linq;

namespace ReportKit.Templates.Tests;

/// <summary>Time as plans state it, read from Valid/time.plan.yaml: events, dated windows, phases, limited regimes.</summary>
public class TimeTemplateTests
{
    private static PlanSpec Time()
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Valid("time"));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    private static ReportSpec Report(string id) => Time().Reports.Single(r => r.Id == id);

    [Fact]
    public void An_event_is_read_with_its_date_and_a_phase_bounded_by_it_ends_on_that_date()
    {
        var plan = Time();
        var ceremony = Assert.Single(plan.Events);
        Assert.Equal(("le_ky_niem", "Lễ kỷ niệm 50 năm Ngày Giải phóng", new CalendarDate(2025, 3, 26)), (ceremony.Id, ceremony.Label, ceremony.Date));

        var phases = Report("theo_dot").Phases;
        Assert.Equal(new[] { "dot_1", "dot_2", "dot_3" }, phases.Select(p => p.Id));
        Assert.Equal(new DatedWindowSpec(new CalendarDate(2025, 3, 1), new CalendarDate(2025, 3, 26), null, "le_ky_niem"), phases[0].Window);
        Assert.Equal(PeriodKind.Phase, Report("theo_dot").Period);
    }

    [Fact]
    public void A_one_off_report_keeps_its_dates_and_a_deadline_after_an_event_carries_the_event_date()
    {
        var he = Report("he");
        Assert.Equal(new DatedWindowSpec(new CalendarDate(2020, 6, 1), new CalendarDate(2020, 7, 31)), he.Window);
        Assert.Equal((DueKind.DaysAfterEnd, 15), (he.Due!.Kind, he.Due.Days!.Value));
        Assert.Null(he.FromYear);

        var due = Report("sau_le").Due!;
        Assert.Equal((DueKind.DaysAfterEvent, 7, "le_ky_niem", new CalendarDate(2025, 3, 26)), (due.Kind, due.Days!.Value, due.Event, due.Date!.Value));
    }

    [Fact]
    public void Periods_of_a_limited_regime_are_kept_in_the_calendars_order_and_a_cut_off_names_its_regulation()
    {
        Assert.Equal(new[] { "dot_2", "dot_3" }, Report("dot_2_va_3").Periods);
        var half = Report("sau_thang");
        Assert.Equal(new[] { "h1" }, half.Periods);
        Assert.Equal(new CutOffSpec(CutOffKind.EndDay, 25, "Thông tư 01/2020/TT-VPCP"), half.CutOff);
    }

    [Fact]
    public void The_wording_says_the_phases_the_dates_and_the_deadline_as_the_plan_states_them()
    {
        var plan = Time();
        Assert.Equal("theo từng đợt: Đợt 1 từ ngày 01/03/2025 đến ngày 26/03/2025; Đợt 2 từ ngày 01/04/2025 đến ngày 30/04/2025; Đợt 3 từ ngày 01/08/2025 đến ngày 02/09/2025",
            ReportWording.DataWindow(Report("theo_dot")));
        Assert.Equal("từ ngày 01/06/2020 đến ngày 31/07/2020 (thời gian thực hiện)", ReportWording.DataWindow(Report("he")));
        Assert.Equal(new[] { "Theo đợt", "Hạn: 15 ngày sau khi kết thúc đợt" }, ReportWording.RegimeLines(plan, Report("theo_dot")));
        Assert.Equal("Hạn: 7 ngày sau Lễ kỷ niệm 50 năm Ngày Giải phóng (26/03/2025)", ReportWording.RegimeLines(plan, Report("sau_le"))[1]);
        Assert.Equal("Hạn: 15 ngày sau khi kết thúc thời gian thực hiện", ReportWording.RegimeLines(plan, Report("he"))[1]);
        Assert.Equal("6 tháng một lần (chỉ 6 tháng đầu năm), từ năm 2024", ReportWording.Regime(Report("sau_thang")));
        Assert.Equal("từ ngày 26 của tháng trước kỳ đến ngày 25 của tháng cuối kỳ (chốt số liệu ngày 25 theo Thông tư 01/2020/TT-VPCP)",
            ReportWording.DataWindow(Report("sau_thang")));
    }

    [Fact]
    public void A_template_without_time_keys_keeps_the_defaults_so_its_generated_spec_is_unchanged()
    {
        var rich = TemplateFiles.ParseFile(TemplateFiles.Valid("rich")).Plan!;
        Assert.True(rich.Events.IsEmpty);
        Assert.All(rich.Reports, r => Assert.True(r.Window is null && r.Phases.IsEmpty && r.Periods.IsEmpty && r.CutOff.By is null));
    }
}
