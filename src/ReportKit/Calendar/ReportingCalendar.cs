using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// Reporting periods, data cut-off windows, deadlines and peak dates of a plan's reports.
/// Pure functions of the plan and the period: no clock is read anywhere (callers pass an <c>asOf</c> date
/// where one matters) and nothing depends on the machine's culture or time zone.
/// </summary>
/// <remarks>
/// <para>Cut-off windows (<see cref="CutOffKind"/>):</para>
/// <list type="bullet">
/// <item><see cref="CutOffKind.Calendar"/>: the calendar period (1/1–31/12 for a year).</item>
/// <item><see cref="CutOffKind.Nd09"/>: Nghị định 09/2019/NĐ-CP Điều 12 — from the 15th of the month before the
/// period's first month to the 14th of its last month: month 15/2–14/3 (March), quarter 15/12–14/3 (Q1),
/// first half 15/12 previous year–14/6, second half 15/6–14/12, year 15/12 previous year–14/12.
/// Nine months (15/12 previous year–14/9) and spans (15/12 before the first year–14/12 of the last) are not
/// in Nghị định 09: they are this library's assumption by the same rule.</item>
/// <item><see cref="CutOffKind.EndDay"/>: the same rule with another end day E: from the day after E of the month
/// before to day E of the last month (a month shorter than E ends on its last day), so consecutive windows tile.</item>
/// </list>
/// <para>
/// The data window a form or summary prints (<see cref="CutOffWindow"/>) never ends after the report's deadline:
/// it is the window above, cut short at the earliest deadline of the period (the general one and every tier's),
/// so that a report sent on time can hold all of its data. A Party plan that states no cut-off (Hướng dẫn and
/// kế hoạch of the Party are not bound by Nghị định 09) thus reports from the period start to the deadline
/// ("số liệu tính đến thời điểm báo cáo": 01/01–30/11 for a yearly report due in November). All levels share one
/// window (Nghị định 09/2019 k9 Đ8: "thời gian chốt số liệu báo cáo thống nhất chung cho các đối tượng"), so
/// the chi bộ's figures and the Đảng ủy's consolidation of them cover the same days, and it ends by the earliest
/// tier deadline. A template that <em>states</em> a cut-off ending after its deadline is rejected (RK0031), so
/// only a default window is ever cut short.
/// </para>
/// <para>
/// A one-off report has no period, hence no window, unless it states its dates (<c>from: 2020-06-01, to: 2020-07-31</c>):
/// those are its window. A phase (đợt) of a phase report is its own window. Stated dates are never drawn by a cut-off
/// rule; a deadline inside them is refused in the template (RK0031), and <c>days_after_end</c> counts from their end.
/// A regime limited to some periods (<c>periods: [h1]</c>) has only those (<see cref="Periods"/>, <see cref="PeriodOf"/>).
/// </para>
/// </remarks>
public static class ReportingCalendar
{
    /// <summary>The end day of a Nghị định 09/2019 data cut-off window (the 14th).</summary>
    public const int Nd09EndDay = CalendarRules.Nd09EndDay;

    /// <summary>
    /// The data window of <paramref name="period"/> (<c>Số liệu tính từ ngày … đến ngày …</c>), as every form and summary
    /// prints it: the report's cut-off window (<see cref="StatedWindow"/>), ending on the period's earliest deadline
    /// (<see cref="EarliestDeadline"/>) when that comes first. Null for a one-off report.
    /// </summary>
    /// <exception cref="InvalidOperationException">The earliest deadline comes before the window starts (RK0031 in a template).</exception>
    public static DateWindow? CutOffWindow(ReportSpec report, ReportingPeriod period)
    {
        if (StatedWindow(report, period) is not { } window)
            return null;
        // How a window meets its deadline is the plan model's rule (DataWindowFit), the one the template check uses.
        var fit = new DataWindowFit(window.From.ToDateTime(TimeOnly.MinValue), window.To.ToDateTime(TimeOnly.MinValue),
            EarliestDeadline(report, period)?.ToDateTime(TimeOnly.MinValue), null, null);
        if (fit.DeadlineBeforeStart)
            throw new InvalidOperationException(
                $"Report '{report.Id}', {period.Key}: the deadline {Dates.Vietnamese(fit.Deadline!.Value.ToDateOnly())} comes before its data window starts ({Dates.Vietnamese(window.From)}).");
        return new DateWindow(window.From, fit.To.ToDateOnly());
    }

    /// <summary>
    /// The earliest last on-time day of <paramref name="period"/> over the report's general deadline and its tiers;
    /// null when the report states no deadline. The data window (<see cref="CutOffWindow"/>) ends on or before it.
    /// </summary>
    public static DateOnly? EarliestDeadline(ReportSpec report, ReportingPeriod period)
    {
        DateOnly? earliest = null;
        foreach (var deadline in Deadlines(report, period))
        {
            if (earliest is null || deadline.Due < earliest)
                earliest = deadline.Due;
        }

        return earliest;
    }

    /// <summary>
    /// The window the report's cut-off rule draws for <paramref name="period"/> (calendar, Nghị định 09 or an end day),
    /// before it is fitted to the deadline; <c>days_after_end</c> deadlines count from its last day. Null for a
    /// one-off report. What forms and summaries print is <see cref="CutOffWindow"/>.
    /// </summary>
    public static DateWindow? StatedWindow(ReportSpec report, ReportingPeriod period)
    {
        if (period.Kind == PeriodKind.Once)
            return report.Window is { } window ? new DateWindow(window.From.ToDateOnly(), window.To.ToDateOnly()) : null;
        if (period.Kind == PeriodKind.Phase)
        {
            var phase = report.Phases.FirstOrDefault(p => p.Id == period.PhaseId)
                ?? throw new InvalidOperationException($"Report '{report.Id}' has no phase '{period.PhaseId}'.");
            return new DateWindow(phase.Window.From.ToDateOnly(), phase.Window.To.ToDateOnly());
        }

        var endDay = report.CutOff.Kind == CutOffKind.EndDay
            ? report.CutOff.EndDay ?? throw new InvalidOperationException($"Report '{report.Id}': cut-off 'end_day' has no day.")
            : Nd09EndDay;
        return period.Window(report.CutOff.Kind, endDay);
    }

    /// <summary>
    /// The window ending on day <paramref name="endDay"/> of the period's last month and starting the day after
    /// day <paramref name="endDay"/> of the month before its first month.
    /// </summary>
    internal static DateWindow EndDayWindow(ReportingPeriod period, int endDay)
    {
        if (period.Kind == PeriodKind.Once)
            throw new ArgumentException("A one-off report has no period to cut off.", nameof(period));
        return period.Window(CutOffKind.EndDay, endDay);
    }

    /// <summary>
    /// The last day a submission for <paramref name="period"/> counts as on time, for a unit at level
    /// <paramref name="levelId"/>: the level's tier deadline if the report has one, otherwise the report's own.
    /// Null when the report states no deadline.
    /// </summary>
    public static DateOnly? DueDate(ReportSpec report, ReportingPeriod period, string? levelId = null)
    {
        var tier = levelId is null ? null : report.Tiers.FirstOrDefault(t => t.Level == levelId);
        var due = tier?.Due ?? report.Due;
        return due is null ? null : Resolve(due, report, period);
    }

    /// <summary>
    /// The report's deadlines for <paramref name="period"/>: the general one (level null) if stated, then one per tier
    /// in the template's order.
    /// </summary>
    public static IReadOnlyList<LevelDeadline> Deadlines(ReportSpec report, ReportingPeriod period)
    {
        var list = new List<LevelDeadline>();
        if (report.Due is not null)
            list.Add(new LevelDeadline(null, Resolve(report.Due, report, period)));
        foreach (var tier in report.Tiers)
            list.Add(new LevelDeadline(tier.Level, Resolve(tier.Due, report, period)));
        return list;
    }

    /// <summary>
    /// Turns a due rule into the last on-time day of <paramref name="period"/> (the rule: <see cref="CalendarRules.LastOnTimeDay"/>;
    /// <c>days_after_end</c> counts from the end of <see cref="StatedWindow"/>). Throws <see cref="InvalidOperationException"/>
    /// when the rule lacks what it needs.
    /// </summary>
    public static DateOnly Resolve(DueSpec due, ReportSpec report, ReportingPeriod period)
    {
        // A one-off report and a phase have no year of their own: their deadlines are dates, or count from their dates.
        var yearless = period.Kind is PeriodKind.Once or PeriodKind.Phase;
        // Only days_after_end counts from the window: another deadline does not need the cut-off rule to be whole.
        var windowEnd = due.Kind == DueKind.DaysAfterEnd ? StatedWindow(report, period)?.To.ToDateTime(TimeOnly.MinValue) : null;
        var day = CalendarRules.LastOnTimeDay(due, yearless ? null : period.LastYear, windowEnd);
        return day?.ToDateOnly() ?? throw new InvalidOperationException($"Report '{report.Id}': " + due.Kind switch
        {
            DueKind.Before or DueKind.On when due.Date is null => $"a '{due.Kind}' deadline has no date.",
            DueKind.InMonth when due.Month is null => "a 'month' deadline has no month.",
            DueKind.InMonth => "a one-off report's 'month' deadline needs a year (month: 2025-10).",
            DueKind.DaysAfterEnd when due.Days is null => "'days_after_end' has no number of days.",
            DueKind.DaysAfterEvent => "'days_after_event' has no number of days or no event date.",
            _ => "a one-off report has no period end to count 'days_after_end' from.",
        });
    }

    /// <summary>The Vietnamese label of the period; for a one-off report, the report's title; for a phase, its label (<c>Đợt 1</c>).</summary>
    public static string Label(ReportSpec report, ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Once => report.Title,
        PeriodKind.Phase => report.Phases.FirstOrDefault(p => p.Id == period.PhaseId)?.Label ?? period.Label,
        _ => period.Label,
    };

    /// <summary>
    /// The periods of <paramref name="report"/> in order: the single period of a one-off report, the span of a
    /// milestone report, the phases of a phase report, or every period from <see cref="ReportSpec.FromYear"/> through
    /// <see cref="ReportSpec.ToYear"/> (or <paramref name="throughYear"/> when unbounded or earlier); of a regime
    /// limited to some periods (<see cref="ReportSpec.Periods"/>), only those.
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> Periods(ReportSpec report, int throughYear)
    {
        switch (report.Period)
        {
            case PeriodKind.Once:
                return new[] { ReportingPeriod.Once };
            case PeriodKind.Span:
                return new[] { SpanOf(report) };
            case PeriodKind.Phase:
                return report.Phases.Where(p => RegimePeriods.Asks(report, p.Id)).Select(p => ReportingPeriod.ForPhase(p.Id)).ToArray();
        }

        var from = report.FromYear ?? throw new InvalidOperationException($"Report '{report.Id}': a periodic report needs 'from'.");
        var to = Math.Min(report.ToYear ?? throughYear, throughYear);
        var periods = new List<ReportingPeriod>();
        for (var year = from; year <= to; year++)
        {
            switch (report.Period)
            {
                case PeriodKind.Month:
                    for (var m = 1; m <= 12; m++)
                        periods.Add(ReportingPeriod.ForMonth(year, m));
                    break;
                case PeriodKind.Quarter:
                    for (var q = 1; q <= 4; q++)
                        periods.Add(ReportingPeriod.ForQuarter(year, q));
                    break;
                case PeriodKind.HalfYear:
                    periods.Add(ReportingPeriod.ForHalfYear(year, 1));
                    periods.Add(ReportingPeriod.ForHalfYear(year, 2));
                    break;
                case PeriodKind.NineMonths:
                    periods.Add(ReportingPeriod.ForNineMonths(year));
                    break;
                default:
                    periods.Add(ReportingPeriod.ForYear(year));
                    break;
            }
        }

        return periods.Where(p => RegimePeriods.Asks(report, p.RegimeName!)).ToList();
    }

    /// <summary>
    /// Reads <paramref name="periodKey"/> as a period of <paramref name="report"/> and checks it is one the report
    /// has (a year within from–to, the span the report names, one of its phases, a period its regime asks for).
    /// Throws <see cref="ArgumentException"/> otherwise, its message <see cref="PeriodProblem"/>'s Vietnamese reason.
    /// </summary>
    public static ReportingPeriod PeriodOf(ReportSpec report, string periodKey) =>
        TryPeriodOf(report, periodKey, out var period, out var problem) ? period! : throw new ArgumentException(problem, nameof(periodKey));

    /// <summary>
    /// Why <paramref name="periodKey"/> is not a period of <paramref name="report"/>, in Vietnamese for a clerk
    /// (<c>chế độ báo cáo chỉ yêu cầu 6 tháng đầu năm; 6 tháng cuối năm 2024 không phải báo cáo</c>); null when it is one.
    /// The one rule behind the validator's <c>period</c> problem, the importer's refusal and the CLI's <c>--period</c>.
    /// </summary>
    public static string? PeriodProblem(ReportSpec report, string? periodKey) =>
        TryPeriodOf(report, periodKey, out _, out var problem) ? null : problem;

    private static bool TryPeriodOf(ReportSpec report, string? periodKey, out ReportingPeriod? period, out string problem)
    {
        problem = "";
        if (!ReportingPeriod.TryParse(report.Period, periodKey, out period))
        {
            problem = report.Period == PeriodKind.Phase
                ? "báo cáo này tính theo đợt: " + PhaseList(report)
                : "kỳ của báo cáo này viết như " + ExampleKey(report.Period);
            return false;
        }

        if (report.Period == PeriodKind.Span && report.FromYear is not null && report.ToYear is not null && period != SpanOf(report))
            problem = "báo cáo này chỉ có kỳ " + SpanOf(report).Key;
        else if (report.Period == PeriodKind.Phase && !report.Phases.Any(p => p.Id == periodKey))
            problem = "báo cáo này không có đợt «" + periodKey + "»; các đợt: " + PhaseList(report);
        else if (report.Period is not (PeriodKind.Once or PeriodKind.Span or PeriodKind.Phase)
                 && (period!.FirstYear < (report.FromYear ?? int.MinValue) || period.LastYear > (report.ToYear ?? int.MaxValue)))
            problem = "báo cáo này chỉ tính " + (report.ToYear is { } to ? $"các năm {report.FromYear}–{to}" : $"từ năm {report.FromYear}");
        else if (period!.RegimeName is { } name && !RegimePeriods.Asks(report, name))
            problem = "chế độ báo cáo chỉ yêu cầu " + RegimePeriods.Wording(report) + "; " + Label(report, period) + " không phải báo cáo";
        if (problem.Length == 0)
            return true;
        period = null;
        return false;
    }

    private static string PhaseList(ReportSpec report) =>
        string.Join(", ", report.Phases.Where(p => RegimePeriods.Asks(report, p.Id)).Select(p => p.Id + " (" + p.Label + ")"));

    private static string ExampleKey(PeriodKind kind) => kind switch
    {
        PeriodKind.Once => ReportingPeriod.OnceKey,
        PeriodKind.Quarter => "2024-Q1",
        PeriodKind.HalfYear => "2024-H1",
        PeriodKind.NineMonths => "2024-9M",
        PeriodKind.Month => "2024-03",
        PeriodKind.Span => "2023-2025",
        _ => "2024",
    };

    /// <summary>The plan's peak dates in <paramref name="year"/>, in date order (29/02 is skipped in a common year).</summary>
    public static IReadOnlyList<PeakDate> PeakDates(PlanSpec plan, int year) =>
        plan.PeakDates
            .Where(p => p.Month is >= 1 and <= 12 && p.Day >= 1 && p.Day <= DateTime.DaysInMonth(year, p.Month))
            .Select(p => new PeakDate(new DateOnly(year, p.Month, p.Day), p.Label))
            .OrderBy(p => p.Date)
            .ToArray();

    private static ReportingPeriod SpanOf(ReportSpec report) =>
        ReportingPeriod.ForSpan(
            report.FromYear ?? throw new InvalidOperationException($"Report '{report.Id}': a span needs 'from'."),
            report.ToYear ?? throw new InvalidOperationException($"Report '{report.Id}': a span needs 'to'."));
}
