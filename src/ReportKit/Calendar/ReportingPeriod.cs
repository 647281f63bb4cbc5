using System;
using System.Globalization;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// One reporting period of a report: a month, quarter, half-year, nine months, year, a multi-year span,
/// a phase (đợt) of a phase report, or the single period of a one-off report. Its <see cref="Key"/> is a stable string
/// used in file names and input forms (<c>2024</c>, <c>2024-Q1</c>, <c>2024-H1</c>, <c>2024-9M</c>, <c>2024-03</c>,
/// <c>2023-2025</c>, a phase's id <c>dot_1</c>, <c>once</c>); <see cref="Parse"/> reads it back. A phase's dates and
/// label are its report's (<see cref="ReportingCalendar.StatedWindow"/>, <see cref="ReportingCalendar.Label"/>).
/// </summary>
public sealed record ReportingPeriod
{
    /// <summary>The key of the single period of a one-off report.</summary>
    public const string OnceKey = "once";

    private ReportingPeriod(PeriodKind kind, int firstYear, int lastYear, int number, string? phaseId = null)
    {
        Kind = kind;
        FirstYear = firstYear;
        LastYear = lastYear;
        Number = number;
        PhaseId = phaseId;
    }

    /// <summary>The phase's id for a <see cref="PeriodKind.Phase"/> period; null for other kinds.</summary>
    public string? PhaseId { get; }

    /// <summary>What kind of period this is.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The year the period starts in (0 for a one-off report or a phase).</summary>
    public int FirstYear { get; }

    /// <summary>The year the period ends in: the span's last year, otherwise <see cref="FirstYear"/> (0 for a one-off report).</summary>
    public int LastYear { get; }

    /// <summary>The month (1–12), quarter (1–4) or half (1–2); 0 for other kinds.</summary>
    public int Number { get; }

    /// <summary>The period of a one-off report.</summary>
    public static ReportingPeriod Once { get; } = new(PeriodKind.Once, 0, 0, 0);

    /// <summary>The phase (đợt) <paramref name="phaseId"/> of a phase report.</summary>
    /// <exception cref="ArgumentException">The id is not a template id.</exception>
    public static ReportingPeriod ForPhase(string phaseId) =>
        Identifiers.IsValidId(phaseId ?? throw new ArgumentNullException(nameof(phaseId)))
            ? new(PeriodKind.Phase, 0, 0, 0, phaseId)
            : throw new ArgumentException($"'{phaseId}' is not a phase id (a letter, then letters, digits or '_').", nameof(phaseId));

    /// <summary>A calendar year.</summary>
    public static ReportingPeriod ForYear(int year) => new(PeriodKind.Year, CheckYear(year), year, 0);

    /// <summary>Quarter <paramref name="quarter"/> (1–4) of <paramref name="year"/>.</summary>
    public static ReportingPeriod ForQuarter(int year, int quarter) =>
        new(PeriodKind.Quarter, CheckYear(year), year, CheckRange(quarter, 1, 4, nameof(quarter)));

    /// <summary>Half <paramref name="half"/> (1 = first six months, 2 = last six months) of <paramref name="year"/>.</summary>
    public static ReportingPeriod ForHalfYear(int year, int half) =>
        new(PeriodKind.HalfYear, CheckYear(year), year, CheckRange(half, 1, 2, nameof(half)));

    /// <summary>The first nine months of <paramref name="year"/>.</summary>
    public static ReportingPeriod ForNineMonths(int year) => new(PeriodKind.NineMonths, CheckYear(year), year, 0);

    /// <summary>Month <paramref name="month"/> (1–12) of <paramref name="year"/>.</summary>
    public static ReportingPeriod ForMonth(int year, int month) =>
        new(PeriodKind.Month, CheckYear(year), year, CheckRange(month, 1, 12, nameof(month)));

    /// <summary>A multi-year span (giai đoạn), <paramref name="firstYear"/> to <paramref name="lastYear"/> inclusive.</summary>
    public static ReportingPeriod ForSpan(int firstYear, int lastYear)
    {
        CheckYear(firstYear);
        CheckYear(lastYear);
        if (lastYear < firstYear)
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, "A span must not end before it starts.");
        return new(PeriodKind.Span, firstYear, lastYear, 0);
    }

    /// <summary>The stable key: <c>2024</c>, <c>2024-Q1</c>, <c>2024-H1</c>, <c>2024-9M</c>, <c>2024-03</c>, <c>2023-2025</c>, <c>once</c>.</summary>
    public string Key => Kind switch
    {
        PeriodKind.Once => OnceKey,
        PeriodKind.Year => Year4(FirstYear),
        PeriodKind.Quarter => Year4(FirstYear) + "-Q" + Number.ToString(CultureInfo.InvariantCulture),
        PeriodKind.HalfYear => Year4(FirstYear) + "-H" + Number.ToString(CultureInfo.InvariantCulture),
        PeriodKind.NineMonths => Year4(FirstYear) + "-9M",
        PeriodKind.Month => Year4(FirstYear) + "-" + Number.ToString("D2", CultureInfo.InvariantCulture),
        PeriodKind.Phase => PhaseId!,
        _ => Year4(FirstYear) + "-" + Year4(LastYear),
    };

    /// <summary>
    /// The Vietnamese label: <c>Năm 2024</c>, <c>Quý I năm 2024</c>, <c>6 tháng đầu năm 2024</c>,
    /// <c>6 tháng cuối năm 2024</c>, <c>9 tháng năm 2024</c>, <c>Tháng 3 năm 2024</c>,
    /// <c>Giai đoạn 2023-2025</c>; a one-off period has no label of its own (<c>Báo cáo một lần</c>):
    /// <see cref="ReportingCalendar.Label"/> uses the report's title instead, and a phase's label is its report's
    /// (<see cref="ReportingCalendar.Label"/>; here <c>Đợt dot_1</c>).
    /// </summary>
    public string Label
    {
        get
        {
            var year = FirstYear.ToString(CultureInfo.InvariantCulture);
            return Kind switch
            {
                PeriodKind.Once => "Báo cáo một lần",
                PeriodKind.Year => "Năm " + year,
                PeriodKind.Quarter => "Quý " + ItemNumbering.Roman(Number) + " năm " + year,
                PeriodKind.HalfYear => (Number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year,
                PeriodKind.NineMonths => "9 tháng năm " + year,
                PeriodKind.Month => "Tháng " + Number.ToString(CultureInfo.InvariantCulture) + " năm " + year,
                PeriodKind.Phase => "Đợt " + PhaseId,
                _ => "Giai đoạn " + year + "-" + LastYear.ToString(CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>The first month of the period (1–12), or 0 for a one-off report.</summary>
    internal int FirstMonth => CalendarRules.FirstMonth(Kind, Number);

    /// <summary>The last month of the period (1–12), or 0 for a one-off report.</summary>
    internal int LastMonth => CalendarRules.LastMonth(Kind, Number);

    /// <summary>
    /// The calendar period (1st of its first month to the last day of its last month); null for a one-off report and a
    /// phase, whose dates are their report's (<see cref="ReportingCalendar.StatedWindow"/>).
    /// </summary>
    public DateWindow? CalendarWindow => Kind is PeriodKind.Once or PeriodKind.Phase ? null : Window(CutOffKind.Calendar, 0);

    /// <summary>The name of this period within its year for a regime limited to some periods (<c>h1</c>, <c>q3</c>, <c>m12</c>, a phase's id); null for other kinds.</summary>
    internal string? RegimeName => Kind switch
    {
        PeriodKind.HalfYear or PeriodKind.Quarter or PeriodKind.Month => RegimePeriods.NameOf(Kind, Number),
        PeriodKind.Phase => PhaseId,
        _ => null,
    };

    /// <summary>The window a cut-off rule draws over the period's months (<see cref="CalendarRules.Window"/>); not for a one-off report.</summary>
    internal DateWindow Window(CutOffKind cutOff, int endDay)
    {
        var (from, to) = CalendarRules.Window(cutOff, endDay, FirstYear, FirstMonth, LastYear, LastMonth);
        return new DateWindow(from.ToDateOnly(), to.ToDateOnly());
    }

    /// <summary>
    /// Reads a key back for a report of the given kind. Throws <see cref="FormatException"/> when the key
    /// is not a key of that kind (<c>2024-Q1</c> is not a month key).
    /// </summary>
    public static ReportingPeriod Parse(PeriodKind kind, string key) =>
        TryParse(kind, key, out var period)
            ? period!
            : throw new FormatException($"'{key}' is not a {kind} period key (expected {ExampleKey(kind)}).");

    /// <summary>Reads a key back; false when it is not a key of the given kind.</summary>
    public static bool TryParse(PeriodKind kind, string? key, out ReportingPeriod? period)
    {
        period = null;
        if (key is null)
            return false;
        if (kind == PeriodKind.Once)
        {
            period = key == OnceKey ? Once : null;
            return period is not null;
        }

        if (kind == PeriodKind.Phase)
        {
            period = Identifiers.IsValidId(key) ? ForPhase(key) : null;
            return period is not null;
        }

        if (key.Length < 4 || !TryYear(key.Substring(0, 4), out var year))
            return false;
        var rest = key.Substring(4);
        switch (kind)
        {
            case PeriodKind.Year when rest.Length == 0:
                period = ForYear(year);
                break;
            case PeriodKind.Quarter when rest.Length == 3 && rest[0] == '-' && rest[1] == 'Q' && rest[2] >= '1' && rest[2] <= '4':
                period = ForQuarter(year, rest[2] - '0');
                break;
            case PeriodKind.HalfYear when rest is "-H1" or "-H2":
                period = ForHalfYear(year, rest[2] - '0');
                break;
            case PeriodKind.NineMonths when rest == "-9M":
                period = ForNineMonths(year);
                break;
            case PeriodKind.Month when rest.Length == 3 && rest[0] == '-' && IsDigit(rest[1]) && IsDigit(rest[2]):
                var month = ((rest[1] - '0') * 10) + (rest[2] - '0');
                if (month is >= 1 and <= 12)
                    period = ForMonth(year, month);
                break;
            case PeriodKind.Span when rest.Length == 5 && rest[0] == '-' && TryYear(rest.Substring(1), out var lastYear) && lastYear >= year:
                period = ForSpan(year, lastYear);
                break;
        }

        return period is not null;
    }

    /// <summary>The key.</summary>
    public override string ToString() => Key;

    private static string ExampleKey(PeriodKind kind) => kind switch
    {
        PeriodKind.Once => "'once'",
        PeriodKind.Year => "'2024'",
        PeriodKind.Quarter => "'2024-Q1'",
        PeriodKind.HalfYear => "'2024-H1' or '2024-H2'",
        PeriodKind.NineMonths => "'2024-9M'",
        PeriodKind.Month => "'2024-03'",
        PeriodKind.Phase => "a phase id such as 'dot_1'",
        _ => "'2023-2025'",
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool TryYear(string text, out int year)
    {
        year = 0;
        if (text.Length != 4)
            return false;
        foreach (var c in text)
        {
            if (!IsDigit(c))
                return false;
            year = (year * 10) + (c - '0');
        }

        return year is >= MinYear and <= MaxYear;
    }

    private static string Year4(int year) => year.ToString("D4", CultureInfo.InvariantCulture);


    // One year of margin each side: a Nghị định 09 window starts in December of the year before.
    private const int MinYear = 2;
    private const int MaxYear = 9998;

    private static int CheckYear(int year) =>
        CheckRange(year, MinYear, MaxYear, nameof(year));

    private static int CheckRange(int value, int min, int max, string name) =>
        value < min || value > max ? throw new ArgumentOutOfRangeException(name, value, $"Must be {min}–{max}.") : value;
}
