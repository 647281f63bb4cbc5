using System;

namespace ReportKit.Templates;

/// <summary>
/// The calendar arithmetic of reporting periods, cut-off windows and deadlines, in one place for both layers: the
/// runtime's <c>ReportingCalendar</c> (every period, as forms and summaries print it) and the template check and
/// generated documentation (<see cref="DataWindowQueries"/>, the first period). Days only, no clock, no culture;
/// the rules themselves are described on <c>ReportingCalendar</c>.
/// </summary>
public static class CalendarRules
{
    /// <summary>The end day of a Nghị định 09/2019 data cut-off window (the 14th).</summary>
    public const int Nd09EndDay = 14;

    /// <summary>The first month (1–12) of a period of this kind; 0 for a one-off report.</summary>
    /// <param name="kind">The period's kind.</param>
    /// <param name="number">The month (1–12), quarter (1–4) or half (1–2); ignored for other kinds.</param>
    public static int FirstMonth(PeriodKind kind, int number) => kind switch
    {
        PeriodKind.Once => 0,
        PeriodKind.Month => number,
        PeriodKind.Quarter => (3 * number) - 2,
        PeriodKind.HalfYear => number == 1 ? 1 : 7,
        _ => 1,
    };

    /// <summary>The last month (1–12) of a period of this kind; 0 for a one-off report.</summary>
    /// <param name="kind">The period's kind.</param>
    /// <param name="number">The month (1–12), quarter (1–4) or half (1–2); ignored for other kinds.</param>
    public static int LastMonth(PeriodKind kind, int number) => kind switch
    {
        PeriodKind.Once => 0,
        PeriodKind.Month => number,
        PeriodKind.Quarter => 3 * number,
        PeriodKind.HalfYear => number == 1 ? 6 : 12,
        PeriodKind.NineMonths => 9,
        _ => 12,
    };

    /// <summary>
    /// The window a cut-off rule draws over the months <paramref name="firstMonth"/> of <paramref name="firstYear"/> to
    /// <paramref name="lastMonth"/> of <paramref name="lastYear"/>: the calendar months, or (Nghị định 09, an end day E)
    /// from the day after day E of the month before the first month to day E of the last month, a month shorter than E
    /// ending on its last day, so consecutive windows tile.
    /// </summary>
    /// <param name="cutOffKind">The cut-off rule.</param>
    /// <param name="endDay">The end day of an <see cref="CutOffKind.EndDay"/> rule (1–31); ignored for the others.</param>
    /// <param name="firstYear">The year the period starts in.</param>
    /// <param name="firstMonth">Its first month.</param>
    /// <param name="lastYear">The year it ends in.</param>
    /// <param name="lastMonth">Its last month.</param>
    public static (DateTime From, DateTime To) Window(CutOffKind cutOffKind, int endDay, int firstYear, int firstMonth, int lastYear, int lastMonth)
    {
        if (cutOffKind == CutOffKind.Calendar)
            return (new DateTime(firstYear, firstMonth, 1), LastDay(lastYear, lastMonth));
        var day = cutOffKind == CutOffKind.Nd09 ? Nd09EndDay : endDay;
        if (day is < 1 or > 31)
            throw new ArgumentOutOfRangeException(nameof(endDay), endDay, "A day of month is 1–31.");
        var before = new DateTime(firstYear, firstMonth, 1).AddMonths(-1);
        return (DayOrLast(before.Year, before.Month, day).AddDays(1), DayOrLast(lastYear, lastMonth, day));
    }

    /// <summary>
    /// The last on-time day of a due rule: <see cref="DueKind.Before"/> D → D − 1 ("trước ngày 20/4/2023" → 19/4/2023);
    /// <see cref="DueKind.On"/> D → D; <see cref="DueKind.InMonth"/> M → day <see cref="DueSpec.Day"/> (or the last day)
    /// of month M of <see cref="DueSpec.Year"/>, else of <paramref name="periodLastYear"/>;
    /// <see cref="DueKind.DaysAfterEnd"/> N → <paramref name="statedWindowEnd"/> + N; <see cref="DueKind.DaysAfterEvent"/> N →
    /// the event's date + N. Null when the rule lacks what it
    /// needs (a date, a month, a number of days, a year or window end the period does not have).
    /// </summary>
    /// <param name="due">The due rule.</param>
    /// <param name="periodLastYear">The year the period ends in; null for a one-off report.</param>
    /// <param name="statedWindowEnd">The last day of the cut-off rule's window (a phase's, a one-off report's dated window); null when there is none.</param>
    public static DateTime? LastOnTimeDay(DueSpec due, int? periodLastYear, DateTime? statedWindowEnd)
    {
        switch (due.Kind)
        {
            case DueKind.Before:
                return due.Date is { } before ? ToDateTime(before).AddDays(-1) : null;
            case DueKind.On:
                return due.Date is { } on ? ToDateTime(on) : null;
            case DueKind.InMonth:
                if (due.Month is not { } month || (due.Year ?? periodLastYear) is not { } year)
                    return null;
                return due.Day is { } day ? DayOrLast(year, month, day) : LastDay(year, month);
            case DueKind.DaysAfterEvent:
                return due.Days is { } afterEvent && due.Date is { } eventDate ? ToDateTime(eventDate).AddDays(afterEvent) : null;
            default:
                return due.Days is { } days && statedWindowEnd is { } end ? end.AddDays(days) : null;
        }
    }

    /// <summary>Day <paramref name="day"/> of the month, or the month's last day when the month is shorter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    public static DateTime DayOrLast(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    /// <summary>The last day of the month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    public static DateTime LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The template date as a <see cref="DateTime"/> (midnight, unspecified kind).</summary>
    /// <param name="date">The date.</param>
    public static DateTime ToDateTime(CalendarDate date) => new(date.Year, date.Month, date.Day);
}
