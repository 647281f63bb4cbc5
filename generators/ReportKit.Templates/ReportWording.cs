using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// The Vietnamese wording of a report's regime and deadlines, in one place: the summary workbook's plan sheet
/// and the generated IntelliSense both say it this way. Invariant culture throughout.
/// </summary>
public static class ReportWording
{
    /// <summary><c>20/04/2023</c> for a template date.</summary>
    /// <param name="date">The date.</param>
    public static string Date(CalendarDate date) =>
        DataWindowQueries.Vietnamese(new System.DateTime(date.Year, date.Month, date.Day));

    /// <summary>How often a report is due: <c>Hằng năm, từ năm 2023</c>, <c>Giai đoạn 2023-2025</c>, <c>Một lần</c>.</summary>
    /// <param name="report">The report.</param>
    public static string Regime(ReportSpec report)
    {
        var kind = report.Period switch
        {
            PeriodKind.Once => "Một lần",
            PeriodKind.Month => "Hằng tháng",
            PeriodKind.Quarter => "Hằng quý",
            PeriodKind.HalfYear => "6 tháng một lần",
            PeriodKind.NineMonths => "9 tháng đầu năm",
            PeriodKind.Year => "Hằng năm",
            _ => "Giai đoạn",
        };
        if (report.Period == PeriodKind.Span)
        {
            return report.FromYear is { } first && report.ToYear is { } last ? kind + " " + Number(first) + "-" + Number(last) : kind;
        }

        if (report.Period == PeriodKind.Once)
        {
            return kind;
        }

        var from = report.FromYear is { } f ? ", từ năm " + Number(f) : string.Empty;
        var to = report.ToYear is { } t ? " đến năm " + Number(t) : string.Empty;
        return kind + from + to;
    }

    /// <summary>A deadline as the plan states it: <c>trước ngày 20/04/2023</c>, <c>vào tháng 11</c>, <c>15 ngày sau khi kết thúc kỳ chốt số liệu</c>.</summary>
    /// <param name="due">The deadline, or null when the plan sets none.</param>
    public static string Due(DueSpec? due)
    {
        if (due is null)
        {
            return "không quy định";
        }

        return due.Kind switch
        {
            DueKind.Before when due.Date is { } date => "trước ngày " + Date(date),
            DueKind.On when due.Date is { } date => "chậm nhất ngày " + Date(date),
            DueKind.InMonth => (due.Day is { } day ? "chậm nhất ngày " + Number(day) + " tháng " : "vào tháng ") + Number(due.Month) +
                               (due.Year is { } year ? "/" + Number(year) : string.Empty),
            DueKind.DaysAfterEnd => Number(due.Days) + " ngày sau khi kết thúc kỳ chốt số liệu",
            _ => "không quy định",
        };
    }

    /// <summary>
    /// The regime and every deadline, one line each: <c>Hằng năm, từ năm 2023</c>, <c>Hạn: trước ngày 20/04/2023</c>,
    /// then <c>Cấp Chi bộ: …</c> for each level with its own deadline.
    /// </summary>
    /// <param name="plan">The plan (for level names).</param>
    /// <param name="report">The report.</param>
    public static IReadOnlyList<string> RegimeLines(PlanSpec plan, ReportSpec report) =>
        new[] { Regime(report), "Hạn: " + Due(report.Due) }
            .Concat(report.Tiers.Select(t => "Cấp " + LevelName(plan, t.Level) + ": " + Due(t.Due)))
            .ToArray();

    /// <summary>A level's name, or its id when the plan has no such level.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="levelId">The level's id.</param>
    public static string LevelName(PlanSpec plan, string levelId) =>
        plan.Levels.FirstOrDefault(l => l.Id == levelId)?.Name ?? levelId;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
