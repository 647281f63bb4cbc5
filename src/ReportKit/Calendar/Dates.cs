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
    public static string Vietnamese(DateOnly date) => ReportWording.Date(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The template date as a <see cref="DateOnly"/>.</summary>
    public static DateOnly ToDateOnly(this CalendarDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>The day of a <see cref="DateTime"/> the plan model's calendar rules (<see cref="CalendarRules"/>) give.</summary>
    internal static DateOnly ToDateOnly(this DateTime date) => DateOnly.FromDateTime(date);
}
