using System;
using System.Globalization;

namespace ReportKit.Templates;

/// <summary>
/// How a report's data window meets its deadline, read off the template at build time: for the template check
/// (RK0031) and the generated documentation. The rule itself, and the dates forms and summaries print, are
/// <c>ReportKit.ReportingCalendar.CutOffWindow</c>: the cut-off window, ending on the period's earliest deadline
/// when that comes first.
/// </summary>
/// <remarks>
/// Only yearly, nine-month and span reports can have a deadline inside their window: the other periodic reports
/// are due <c>days_after_end</c> (RK0012), which never comes before the window ends, and a one-off report has no
/// window. Every year of a yearly or nine-month report meets its deadline the same way (the window ends in
/// September or December, a deadline in the same year), so the first period stands for all of them.
/// </remarks>
public static class DataWindowQueries
{
    /// <summary>
    /// The first period's data window and earliest deadline; null for a report whose deadline can never come
    /// before its window ends (one-off, monthly, quarterly, half-yearly) or whose years are missing.
    /// </summary>
    /// <param name="report">The report.</param>
    public static DataWindowFit? FirstPeriod(ReportSpec report)
    {
        if (report.Period is not (PeriodKind.Year or PeriodKind.NineMonths or PeriodKind.Span) || report.FromYear is not { } first)
            return null;
        var last = report.Period == PeriodKind.Span ? report.ToYear ?? first : first;
        var (from, to) = CalendarRules.Window(report.CutOff.Kind, EndDay(report),
            first, CalendarRules.FirstMonth(report.Period, 0), last, CalendarRules.LastMonth(report.Period, 0));

        DateTime? deadline = null;
        string? level = null;
        DueSpec? due = null;
        if (report.Due is not null && CalendarRules.LastOnTimeDay(report.Due, last, to) is { } general)
            (deadline, due) = (general, report.Due);
        foreach (var tier in report.Tiers)
        {
            if (CalendarRules.LastOnTimeDay(tier.Due, last, to) is { } day && (deadline is null || day < deadline))
                (deadline, level, due) = (day, tier.Level, tier.Due);
        }

        return new DataWindowFit(from, to, deadline, level, due);
    }

    // The end day of the cut-off window (a Nghị định 09 window's, or the stated one); the reader always states one for end_day.
    internal static int EndDay(ReportSpec report) =>
        report.CutOff.Kind == CutOffKind.EndDay ? report.CutOff.EndDay ?? CalendarRules.Nd09EndDay : CalendarRules.Nd09EndDay;
}

/// <summary>The first period's data window as the cut-off rule draws it, and the earliest deadline of that period.</summary>
/// <param name="From">The window's first day.</param>
/// <param name="StatedTo">The window's last day by the cut-off rule alone.</param>
/// <param name="Deadline">The earliest last on-time day (general or tier); null when the report states no deadline.</param>
/// <param name="DeadlineLevel">The level whose tier gives <see cref="Deadline"/>; null for the general deadline.</param>
/// <param name="DeadlineDue">The due rule that gives <see cref="Deadline"/>.</param>
public sealed record DataWindowFit(DateTime From, DateTime StatedTo, DateTime? Deadline, string? DeadlineLevel, DueSpec? DeadlineDue)
{
    /// <summary>True when the deadline comes before the cut-off rule's window ends, so the data window ends on the deadline.</summary>
    public bool EndsOnDeadline => Deadline < StatedTo;

    /// <summary>True when the deadline comes before the window even starts: no data window fits (RK0031).</summary>
    public bool DeadlineBeforeStart => Deadline < From;

    /// <summary>The last day of the data window forms and summaries print.</summary>
    public DateTime To => EndsOnDeadline ? Deadline!.Value : StatedTo;
}
