using System;
using System.Globalization;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>Invariant date formatting and conversions, in one place (never the machine's culture).</summary>
public static class Dates
{
    /// <summary><c>2024-11-30</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>30/11/2024</c>, as Vietnamese documents write dates.</summary>
    public static string Vietnamese(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The template date as a <see cref="DateOnly"/>.</summary>
    public static DateOnly ToDateOnly(this CalendarDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Day <paramref name="day"/> of the month, or the month's last day when the month is shorter.</summary>
    internal static DateOnly DayOrLast(int year, int month, int day) =>
        new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    /// <summary>The last day of the month.</summary>
    internal static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
