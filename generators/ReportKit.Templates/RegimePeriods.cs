using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// The periods of a year a regime may be limited to (<c>periods: [h1]</c>), by name: the template check and the runtime
/// calendar (<c>ReportingCalendar.Periods</c>, <c>PeriodOf</c>) read them here, so a name means one period everywhere.
/// Halves <c>h1 h2</c>, quarters <c>q1</c>–<c>q4</c>, months <c>m1</c>–<c>m12</c>; a phase report names its phases' ids.
/// </summary>
public static class RegimePeriods
{
    /// <summary>True when a report of this kind may list the periods it asks for.</summary>
    /// <param name="kind">The report's period kind.</param>
    public static bool CanLimit(PeriodKind kind) => kind is PeriodKind.HalfYear or PeriodKind.Quarter or PeriodKind.Month or PeriodKind.Phase;

    /// <summary>The names of the periods of a year of this kind (a phase report's are its phases' ids, not listed here).</summary>
    /// <param name="kind">The report's period kind.</param>
    public static IReadOnlyList<string> Names(PeriodKind kind) => kind switch
    {
        PeriodKind.HalfYear => new[] { "h1", "h2" },
        PeriodKind.Quarter => Enumerable.Range(1, 4).Select(q => "q" + q.ToString(CultureInfo.InvariantCulture)).ToArray(),
        PeriodKind.Month => Enumerable.Range(1, 12).Select(m => "m" + m.ToString(CultureInfo.InvariantCulture)).ToArray(),
        _ => new string[0],
    };

    /// <summary>The name of period <paramref name="number"/> (half, quarter, month) of a year of this kind: <c>h1</c>, <c>q3</c>, <c>m12</c>.</summary>
    /// <param name="kind">The report's period kind.</param>
    /// <param name="number">The half (1–2), quarter (1–4) or month (1–12).</param>
    public static string NameOf(PeriodKind kind, int number) => kind switch
    {
        PeriodKind.HalfYear => "h",
        PeriodKind.Quarter => "q",
        _ => "m",
    } + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the report asks for the period named <paramref name="name"/>: every period unless it lists some.</summary>
    /// <param name="report">The report.</param>
    /// <param name="name">The period's name (<see cref="NameOf"/>, or a phase id).</param>
    public static bool Asks(ReportSpec report, string name) => report.Periods.IsEmpty || report.Periods.Contains(name);

    /// <summary>The periods asked for, in words, for messages: <c>6 tháng đầu năm</c>, <c>quý I, quý III</c>, <c>Đợt 1</c>.</summary>
    /// <param name="report">The report.</param>
    public static string Wording(ReportSpec report) =>
        string.Join(", ", report.Periods.Select(name => report.Period switch
        {
            PeriodKind.HalfYear => name == "h1" ? "6 tháng đầu năm" : "6 tháng cuối năm",
            PeriodKind.Quarter => "quý " + new[] { "I", "II", "III", "IV" }[name[1] - '1'],
            PeriodKind.Month => "tháng " + name.Substring(1),
            _ => report.Phases.FirstOrDefault(p => p.Id == name)?.Label ?? name,
        }));
}
