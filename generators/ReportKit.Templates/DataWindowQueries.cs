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
        var lastMonth = report.Period == PeriodKind.NineMonths ? 9 : 12;
        DateTime from, to;
        if (report.CutOff.Kind == CutOffKind.Calendar)
        {
            from = new DateTime(first, 1, 1);
            to = new DateTime(last, lastMonth, DateTime.DaysInMonth(last, lastMonth));
        }
        else
        {
            var endDay = report.CutOff.Kind == CutOffKind.Nd09 ? 14 : report.CutOff.EndDay ?? 14;
            to = new DateTime(last, lastMonth, Math.Min(endDay, DateTime.DaysInMonth(last, lastMonth)));
            from = new DateTime(first - 1, 12, Math.Min(endDay, 31)).AddDays(1);
        }

        DateTime? deadline = null;
        string? level = null;
        DueSpec? due = null;
        if (report.Due is not null)
            (deadline, due) = (LastOnTimeDay(report.Due, last, to), report.Due);
        foreach (var tier in report.Tiers)
        {
            var day = LastOnTimeDay(tier.Due, last, to);
            if (deadline is null || day < deadline)
                (deadline, level, due) = (day, tier.Level, tier.Due);
        }

        return new DataWindowFit(from, to, deadline, level, due);
    }

    /// <summary>
    /// The data window of a report in words, for documentation (the generated report class, the summary's plan
    /// sheet): <c>từ ngày 01/01 đến ngày 30/11 hằng năm (đến hạn báo cáo)</c>,
    /// <c>từ ngày 15/12 năm trước đến ngày 14/12 hằng năm (chốt số liệu theo Nghị định 09/2019/NĐ-CP)</c>,
    /// <c>từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ (…)</c>; null for a one-off report.
    /// </summary>
    /// <param name="report">The report.</param>
    public static string? Describe(ReportSpec report)
    {
        if (report.Period == PeriodKind.Once)
            return null;
        var rule = report.CutOff.Kind switch
        {
            CutOffKind.Calendar => "theo kỳ báo cáo",
            CutOffKind.Nd09 => "chốt số liệu theo Nghị định 09/2019/NĐ-CP",
            _ => "chốt số liệu ngày " + (report.CutOff.EndDay ?? 0).ToString(CultureInfo.InvariantCulture),
        };
        if (FirstPeriod(report) is not { } fit)
        {
            var endDay = report.CutOff.Kind == CutOffKind.Nd09 ? 14 : report.CutOff.EndDay ?? 14;
            return report.CutOff.Kind == CutOffKind.Calendar
                ? "từ ngày đầu đến ngày cuối kỳ (" + rule + ")"
                : "từ ngày " + (endDay + 1).ToString(CultureInfo.InvariantCulture) + " của tháng trước kỳ đến ngày " +
                  endDay.ToString(CultureInfo.InvariantCulture) + " của tháng cuối kỳ (" + rule + ")";
        }

        var recurring = report.Period != PeriodKind.Span;
        string Day(DateTime d) => recurring
            ? d.ToString("dd/MM", CultureInfo.InvariantCulture) + (d.Year < report.FromYear ? " năm trước" : "")
            : Vietnamese(d);
        var why = fit.EndsOnDeadline
            ? "đến hạn báo cáo" + (fit.DeadlineLevel is null ? "" : " của cấp " + fit.DeadlineLevel)
            : rule;
        return "từ ngày " + Day(fit.From) + " đến ngày " + Day(fit.To) + (recurring ? " hằng năm" : "") + " (" + why + ")";
    }

    /// <summary><c>30/11/2023</c>.</summary>
    /// <param name="date">The day.</param>
    public static string Vietnamese(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    // The last on-time day, as ReportingCalendar.Resolve counts it.
    private static DateTime LastOnTimeDay(DueSpec due, int lastYear, DateTime windowEnd)
    {
        switch (due.Kind)
        {
            case DueKind.Before when due.Date is { } before:
                return new DateTime(before.Year, before.Month, before.Day).AddDays(-1);
            case DueKind.On when due.Date is { } on:
                return new DateTime(on.Year, on.Month, on.Day);
            case DueKind.InMonth when due.Month is { } month:
                var year = due.Year ?? lastYear;
                var days = DateTime.DaysInMonth(year, month);
                return new DateTime(year, month, Math.Min(due.Day ?? days, days));
            default:
                return windowEnd.AddDays(due.Days ?? 0);
        }
    }
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
