using System;
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
    public static string Date(CalendarDate date) => Date(CalendarRules.ToDateTime(date));

    /// <summary><c>30/11/2023</c>, as Vietnamese documents write a day (the runtime's <c>Dates.Vietnamese</c> too).</summary>
    /// <param name="date">The day.</param>
    public static string Date(DateTime date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The data window of a report in words, for documentation (the generated report class, the summary's plan
    /// sheet): <c>từ ngày 01/01 đến ngày 30/11 hằng năm (đến hạn báo cáo)</c>,
    /// <c>từ ngày 15/12 năm trước đến ngày 14/12 hằng năm (chốt số liệu theo Nghị định 09/2019/NĐ-CP)</c>,
    /// <c>từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ (…)</c>; a one-off report's stated dates
    /// (<c>từ ngày 01/06/2021 đến ngày 15/08/2021 (thời gian thực hiện)</c>), a phase report's phases
    /// (<c>theo từng đợt: Đợt 1 từ ngày … đến ngày …; …</c>); null for a one-off report without dates.
    /// </summary>
    /// <param name="report">The report.</param>
    public static string? DataWindow(ReportSpec report)
    {
        if (report.Period == PeriodKind.Once)
            return report.Window is { } window ? Window(window) + " (thời gian thực hiện)" : null;
        if (report.Period == PeriodKind.Phase)
            return "theo từng đợt: " + string.Join("; ", report.Phases.Where(p => RegimePeriods.Asks(report, p.Id)).Select(p => p.Label + " " + Window(p.Window)));
        var rule = report.CutOff.Kind switch
        {
            CutOffKind.Calendar => "theo kỳ báo cáo",
            CutOffKind.Nd09 => "chốt số liệu theo Nghị định 09/2019/NĐ-CP",
            _ => "chốt số liệu ngày " + (report.CutOff.EndDay ?? 0).ToString(CultureInfo.InvariantCulture) +
                 (report.CutOff.By is { } by ? " theo " + by : ""),
        };
        if (DataWindowQueries.FirstPeriod(report) is not { } fit)
        {
            var endDay = DataWindowQueries.EndDay(report);
            return report.CutOff.Kind == CutOffKind.Calendar
                ? "từ ngày đầu đến ngày cuối kỳ (" + rule + ")"
                : "từ ngày " + (endDay + 1).ToString(CultureInfo.InvariantCulture) + " của tháng trước kỳ đến ngày " +
                  endDay.ToString(CultureInfo.InvariantCulture) + " của tháng cuối kỳ (" + rule + ")";
        }

        var recurring = report.Period != PeriodKind.Span;
        string Day(DateTime d) => recurring
            ? d.ToString("dd/MM", CultureInfo.InvariantCulture) + (d.Year < report.FromYear ? " năm trước" : "")
            : Date(d);
        var why = fit.EndsOnDeadline
            ? "đến hạn báo cáo" + (fit.DeadlineLevel is null ? "" : " của cấp " + fit.DeadlineLevel)
            : rule;
        return "từ ngày " + Day(fit.From) + " đến ngày " + Day(fit.To) + (recurring ? " hằng năm" : "") + " (" + why + ")";
    }

    /// <summary>A dated window: <c>từ ngày 01/06/2021 đến ngày 15/08/2021</c>.</summary>
    /// <param name="window">The window.</param>
    public static string Window(DatedWindowSpec window) => "từ ngày " + Date(window.From) + " đến ngày " + Date(window.To);

    /// <summary>How often a report is due: <c>Hằng năm, từ năm 2023</c>, <c>Giai đoạn 2023-2025</c>, <c>Một lần</c>, <c>Theo đợt</c>;
    /// a regime limited to some periods says which (<c>6 tháng một lần (chỉ 6 tháng đầu năm), từ năm 2024</c>).</summary>
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
            PeriodKind.Phase => "Theo đợt",
            _ => "Giai đoạn",
        };
        if (!report.Periods.IsEmpty)
            kind += " (chỉ " + RegimePeriods.Wording(report) + ")";
        if (report.Period == PeriodKind.Span)
        {
            return report.FromYear is { } first && report.ToYear is { } last ? kind + " " + Number(first) + "-" + Number(last) : kind;
        }

        if (report.Period is PeriodKind.Once or PeriodKind.Phase)
        {
            return kind;
        }

        var from = report.FromYear is { } f ? ", từ năm " + Number(f) : string.Empty;
        var to = report.ToYear is { } t ? " đến năm " + Number(t) : string.Empty;
        return kind + from + to;
    }

    /// <summary>A deadline as the plan states it: <c>trước ngày 20/04/2023</c>, <c>vào tháng 11</c>, <c>15 ngày sau khi kết thúc kỳ chốt số liệu</c>.</summary>
    /// <param name="due">The deadline, or null when the plan sets none.</param>
    public static string Due(DueSpec? due) => Due(null, null, due);

    /// <summary>
    /// A deadline as the plan states it, in the words of its report and plan: <c>15 ngày sau khi kết thúc đợt</c> for a
    /// phase report, <c>… kết thúc thời gian thực hiện</c> for a one-off report's dates, <c>7 ngày sau Lễ kỷ niệm … (26/03/2025)</c>.
    /// </summary>
    /// <param name="plan">The plan (for event labels), or null.</param>
    /// <param name="report">The report (for what <c>days_after_end</c> counts from), or null.</param>
    /// <param name="due">The deadline, or null when the plan sets none.</param>
    public static string Due(PlanSpec? plan, ReportSpec? report, DueSpec? due)
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
            DueKind.DaysAfterEnd => Number(due.Days) + " ngày sau khi kết thúc " + report?.Period switch
            {
                PeriodKind.Phase => "đợt",
                PeriodKind.Once => "thời gian thực hiện",
                _ => "kỳ chốt số liệu",
            },
            DueKind.DaysAfterEvent when due.Date is { } day =>
                Number(due.Days) + " ngày sau " + (plan?.Events.FirstOrDefault(e => e.Id == due.Event) is { } named
                    ? named.Label + " (" + Date(day) + ")"
                    : "ngày " + Date(day)),
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
        new[] { Regime(report), "Hạn: " + Due(plan, report, report.Due) }
            .Concat(report.Tiers.Select(t => "Cấp " + LevelName(plan, t.Level) + ": " + Due(plan, report, t.Due)))
            .ToArray();

    /// <summary>A level's name, or its id when the plan has no such level.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="levelId">The level's id.</param>
    public static string LevelName(PlanSpec plan, string levelId) =>
        plan.Levels.FirstOrDefault(l => l.Id == levelId)?.Name ?? levelId;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
