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

    /// <summary>The first year a written date may have (<see cref="FromParts"/>, <see cref="InRange"/>).</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year a written date may have (<see cref="FromParts"/>, <see cref="InRange"/>).</summary>
    public const int LastYear = 2200;

    /// <summary>
    /// The date a document writes as day, month and year, or null when there is none: 30/2 is not a date, and a year
    /// outside 1900–2200 is a typing slip rather than a plan's date. The one rule every reader of written dates uses.
    /// </summary>
    /// <param name="day">The day as written.</param>
    /// <param name="month">The month as written.</param>
    /// <param name="year">The year as written (four digits).</param>
    public static DateOnly? FromParts(int day, int month, int year) =>
        year is >= FirstYear and <= LastYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>
    /// Whether a date already read (an ISO answer, a date cell's serial) keeps to <see cref="FromParts"/>'s years,
    /// 1900–2200: 05/05/0205 or 2999 is a typing slip, refused as a date written so would be.
    /// </summary>
    /// <param name="date">The date read.</param>
    public static bool InRange(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    /// <summary>The template date as a <see cref="DateOnly"/>.</summary>
    public static DateOnly ToDateOnly(this CalendarDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>The day of a <see cref="DateTime"/> the plan model's calendar rules (<see cref="CalendarRules"/>) give.</summary>
    internal static DateOnly ToDateOnly(this DateTime date) => DateOnly.FromDateTime(date);
}
