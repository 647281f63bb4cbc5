using System;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>What an earlier summary is to the summary of today.</summary>
public enum EarlierPeriodRole
{
    /// <summary>The same period of the year before (<c>cùng kỳ</c>): compared with (<see cref="PeriodComparison"/>).</summary>
    SamePeriodLastYear,

    /// <summary>An earlier period of the same year: added into the year-to-date (<see cref="YearToDate"/>).</summary>
    EarlierThisYear,
}

/// <summary>An earlier summary that cannot be used for a comparison; the message says why, in Vietnamese, and what to do.</summary>
public sealed class ComparisonRefusedException : Exception
{
    /// <summary>A refusal with <paramref name="message"/>.</summary>
    public ComparisonRefusedException(string message) : base(message)
    {
    }
}

/// <summary>The one rule for which earlier summaries a summary may be compared with, and in which role.</summary>
public static class EarlierPeriods
{
    /// <summary>
    /// The role of <paramref name="earlier"/> for <paramref name="now"/>: the same period of the year before when the
    /// report compares indicators (<see cref="ReportKit.Templates.ReportSpec.Compare"/>), an earlier period of the same year when it has a
    /// year-to-date (<see cref="ReportKit.Templates.ReportSpec.Cumulative"/>). Anything else is refused: another plan or report, the same or
    /// a later period, a period neither of last year's same period nor of this year.
    /// </summary>
    /// <exception cref="ComparisonRefusedException">The earlier summary cannot be used; the message says why.</exception>
    public static EarlierPeriodRole RoleOf(ReportSummary now, PeriodFigures earlier)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(earlier);
        var file = earlier.Source is null ? "Biểu tổng hợp kỳ trước" : "Tệp “" + earlier.Source + "”";
        if (earlier.PlanId != now.Plan.Id)
            throw new ComparisonRefusedException($"{file} là biểu tổng hợp của kế hoạch “{earlier.PlanId}”, không phải “{now.Plan.Id}”: hãy chọn biểu tổng hợp của cùng báo cáo kỳ trước.");
        if (earlier.ReportId != now.Report.Id)
            throw new ComparisonRefusedException($"{file} là biểu tổng hợp của báo cáo khác (“{earlier.ReportId}”), không phải “{now.Report.Title}”: hãy chọn biểu tổng hợp của cùng báo cáo kỳ trước.");
        var report = now.Report;
        if (!ReportingPeriod.TryParse(report.Period, earlier.PeriodKey, out var period) || period is null)
            throw new ComparisonRefusedException($"{file} ghi kỳ “{earlier.PeriodKey}”, không phải một kỳ của báo cáo “{report.Title}”.");
        var today = now.Period.Period;
        var label = ReportingCalendar.Label(report, period);
        if (Order(period) == Order(today))
            throw new ComparisonRefusedException($"{file} là biểu tổng hợp của chính kỳ đang tổng hợp ({label}): hãy chọn biểu tổng hợp của kỳ trước.");
        if (Order(period) > Order(today))
            throw new ComparisonRefusedException($"{file} là biểu tổng hợp của {label}, sau kỳ đang tổng hợp ({now.Period.Label}): chỉ so sánh với kỳ trước.");
        if (period.FirstYear == today.FirstYear - 1 && period.Number == today.Number)
        {
            return report.Compare.IsEmpty
                ? throw new ComparisonRefusedException($"{file} là biểu cùng kỳ năm trước ({label}), nhưng mẫu báo cáo “{report.Title}” không so sánh chỉ tiêu nào (thêm compare: vào mẫu).")
                : EarlierPeriodRole.SamePeriodLastYear;
        }

        if (period.FirstYear == today.FirstYear)
        {
            return report.Cumulative.IsEmpty
                ? throw new ComparisonRefusedException($"{file} là biểu {label} cùng năm, nhưng mẫu báo cáo “{report.Title}” không tính lũy kế chỉ tiêu nào (thêm cumulative: vào mẫu).")
                : EarlierPeriodRole.EarlierThisYear;
        }

        throw new ComparisonRefusedException(
            $"{file} là biểu tổng hợp của {label}: không phải cùng kỳ năm trước ({ReportingCalendar.Label(report, SamePeriodLastYear(today))}) và không thuộc năm {today.FirstYear}.");
    }

    /// <summary>The same period of the year before <paramref name="period"/>.</summary>
    public static ReportingPeriod SamePeriodLastYear(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            PeriodKind.Month => ReportingPeriod.ForMonth(period.FirstYear - 1, period.Number),
            PeriodKind.Quarter => ReportingPeriod.ForQuarter(period.FirstYear - 1, period.Number),
            PeriodKind.HalfYear => ReportingPeriod.ForHalfYear(period.FirstYear - 1, period.Number),
            PeriodKind.NineMonths => ReportingPeriod.ForNineMonths(period.FirstYear - 1),
            PeriodKind.Year => ReportingPeriod.ForYear(period.FirstYear - 1),
            _ => throw new ArgumentException($"A {period.Kind} period has no same period of the year before.", nameof(period)),
        };
    }

    /// <summary>
    /// The periods of the report's year up to and including <paramref name="period"/> (month, quarter, half-year), in
    /// order: what its year-to-date adds up. Under Nghị định 09 they are the report year's windows from 15/12 of the
    /// year before; under the calendar from 01/01.
    /// </summary>
    public static ReportingPeriod[] OfYearThrough(ReportSpec report, ReportingPeriod period) =>
        ReportingCalendar.Periods(report, period.FirstYear)
            .Where(p => p.FirstYear == period.FirstYear && Order(p) <= Order(period))
            .ToArray();

    // Periods of one kind in time order: year, then the month, quarter or half.
    private static int Order(ReportingPeriod period) => (period.FirstYear * 100) + period.Number;
}
