using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>The Vietnamese phrases of the summary workbook: dates, states (regimes and deadlines: <see cref="ReportWording"/>). Invariant culture throughout.</summary>
internal static class SummaryWording
{
    /// <summary>
    /// Text that fits one Excel cell (32,767 characters): longer text, such as a level's narratives gathered from
    /// many units, is cut with a note saying so, rather than failing the whole workbook.
    /// </summary>
    public static string FitCell(string text)
    {
        const string Cut = " … (đã cắt bớt vì quá độ dài một ô Excel; xem báo cáo gốc)";
        var max = Writing.LayoutRules.MaxCellTextLength;
        if (text.Length <= max)
            return text;
        var keep = max - Cut.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
            keep--;
        return text.Substring(0, keep) + Cut;
    }

    /// <summary><c>15/12/2022</c>.</summary>
    public static string Date(DateOnly date) => Dates.Vietnamese(date);

    /// <summary>The keywords of every document written from a summary (workbook, báo cáo, reminder): plan, report and period ids.</summary>
    public static string Keywords(ReportSummary summary) => summary.Plan.Id + " " + summary.Report.Id + " " + summary.Period.Key;

    /// <summary>
    /// The report and its period as the sheets' subtitles and the document title say them: <c>Báo cáo năm - Năm 2024</c>;
    /// the report's name alone when it already names the period (a once-off report's period is its own title).
    /// </summary>
    public static string ReportAndPeriod(ReportSummary summary) =>
        summary.Report.Title.Contains(summary.Period.Label, StringComparison.OrdinalIgnoreCase)
            ? summary.Report.Title
            : summary.Report.Title + " - " + summary.Period.Label;

    /// <summary><c>07/04/2023</c> for a template date.</summary>
    public static string Date(CalendarDate date) => ReportWording.Date(date);

    /// <summary><c>Số liệu tính từ ngày 15/12/2022 đến ngày 14/12/2023</c>.</summary>
    public static string CutOff(DateWindow window) =>
        "Số liệu tính từ ngày " + Date(window.From) + " đến ngày " + Date(window.To);

    /// <summary>
    /// <c>Hạn báo cáo: ngày 30/11/2024; tính đến ngày 07/12/2024</c>, with one deadline per level when they differ
    /// (<c>Chi bộ: ngày 25/11/2024; Đảng ủy: ngày 30/11/2024</c>), marked <c>(giả định)</c> when the template assumed it.
    /// </summary>
    public static string DueLine(ReportSummary summary)
    {
        var deadlines = summary.Period.Deadlines;
        string due;
        if (deadlines.Count == 0)
        {
            due = "Kế hoạch không quy định hạn báo cáo";
        }
        else
        {
            var parts = deadlines.Select(d => d.LevelId is null
                ? (deadlines.Count == 1 ? "ngày " : "chung: ngày ") + Date(d.Due)
                : LevelName(summary.Plan, d.LevelId) + ": ngày " + Date(d.Due));
            due = "Hạn báo cáo " + string.Join("; ", parts) + Documents.DocumentText.DueMark(summary.Report);
        }

        return due + "; tình hình tính đến ngày " + Date(summary.AsOf);
    }

    /// <summary>A level's name, or its id when the plan has no such level.</summary>
    public static string LevelName(PlanSpec plan, string levelId) => ReportWording.LevelName(plan, levelId);

    /// <summary>
    /// Where a unit's report stands: <c>Đúng hạn</c>, <c>Muộn 2 ngày</c>, <c>Chưa nộp (quá hạn 7 ngày)</c>, <c>Chưa đến hạn</c>,
    /// <c>Không ghi ngày</c>, <c>Đã nhận</c> (no deadline applies), <c>Đã nộp, bị từ chối: …</c>; for a relayed summary,
    /// what its level counted below it.
    /// </summary>
    public static string State(UnitStatus status)
    {
        var state = status.State switch
        {
            SubmissionState.OnTime => "Đúng hạn",
            SubmissionState.Late => "Muộn " + Count(status.DaysLate) + " ngày",
            SubmissionState.ReceivedUndated => "Không ghi ngày",
            SubmissionState.Received => "Đã nhận",
            SubmissionState.Missing => status.DaysLate is { } days ? "Chưa nộp (quá hạn " + Count(days) + " ngày)" : "Chưa nộp",
            _ when status.Due is null => "Chưa nộp",
            _ => "Chưa đến hạn",
        };
        if (!status.IsReceived && status.RejectedFiles.Count > 0)
            state = "Đã nộp, bị từ chối" + (status.State == SubmissionState.Missing && status.DaysLate is { } overdue ? "; quá hạn " + Count(overdue) + " ngày" : "");
        if (status.Relay is { } relay)
            state = "Tổng hợp, " + state.ToLowerInvariant() + "; cấp dưới: nhận " + Count(relay.Overall.Actual) + "/" + Count(relay.Overall.Expected) +
                    (relay.Overall.ActualOnTime is { } onTime ? ", đúng hạn " + Count(onTime) : "");
        return state;
    }

    /// <summary>How the data cut-off window is drawn, as the generated documentation words it (<see cref="ReportWording.DataWindow"/>).</summary>
    public static string CutOffRule(ReportSpec report) =>
        ReportWording.DataWindow(report) is { } window ? "T" + window.Substring(1) : "Theo yêu cầu của báo cáo";

    /// <summary>Lines joined for one wrapped cell.</summary>
    public static string Lines(IEnumerable<string> lines) => string.Join("\n", lines);

    public static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
