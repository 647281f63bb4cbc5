using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Summary;
using ReportKit.Templates;

namespace ReportKit.Excel.Reports;

/// <summary>
/// The sentences of a báo cáo drawn from a <see cref="ReportSummary"/>: its summary line, opening, the reporting
/// situation (<c>45/50 chi bộ (90,0%) đã gửi báo cáo, 40 đúng hạn</c>), the key figures and the annex line, with
/// vi-VN numbers (<see cref="VietnameseNumbers"/>). Unit states are worded as the summary's status sheet words them.
/// </summary>
internal static class ReportSentences
{
    public const string FiguresHeading = "Kết quả chủ yếu";

    /// <summary>
    /// The summary line (trích yếu) under <c>BÁO CÁO</c>: the report's name without its leading "Báo cáo", then the
    /// period unless the name already says it: <c>kết quả thực hiện năm 2024</c>.
    /// </summary>
    public static string SummaryLine(ReportSummary summary)
    {
        var name = WithoutType(summary.Report.Title);
        var period = summary.Period.Label;
        return name.Contains(period, StringComparison.OrdinalIgnoreCase) || string.Equals(period, summary.Report.Title, StringComparison.Ordinal)
            ? name
            : name + " " + LowerFirst(period);
    }

    /// <summary><c>Thực hiện Kế hoạch số 76-KH/ĐU ngày 10/04/2023 về …, Huyện ủy báo cáo kết quả như sau:</c>.</summary>
    public static string Opening(ReportSummary summary, ConsolidatingBody body) =>
        "Thực hiện " + PlanReference(summary.Plan.Document) + ", " + (body.Name ?? DocumentText.PlaceGap) + " báo cáo " + SummaryLine(summary) + " như sau:";

    /// <summary><c>Kế hoạch số 76-KH/ĐU ngày 10/04/2023 về …</c>; a công văn <c>Công văn số …/SVHTTDL-QLVHGĐ về việc …</c>.</summary>
    public static string PlanReference(DocumentSpec plan)
    {
        var genre = plan.Genre.Trim();
        genre = genre.Length == 0 ? genre : genre.Substring(0, 1).ToUpperInvariant() + genre.Substring(1).ToLowerInvariant();
        var date = plan.Date is { } d ? " ngày " + ReportWording.Date(d) : string.Empty;
        var title = plan.Title.Trim();
        var about = plan.IsOfficialLetter()
            ? " về việc " + (title.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) ? title.Substring(3).Trim() : title)
            : " " + (title.StartsWith("về ", StringComparison.OrdinalIgnoreCase) ? title : "về " + title);
        return genre + " số " + plan.NumberAndSymbol(DocumentText.PlaceGap) + date + about;
    }

    /// <summary>
    /// The reporting situation as of the summary date: overall and per level, then who sent late, who has not sent,
    /// whose file was rejected (to send again), and who is not yet due.
    /// </summary>
    public static IReadOnlyList<string> Completeness(ReportSummary summary)
    {
        var lines = new List<string>();
        var rates = summary.Rates;
        var asOf = "Tình hình gửi báo cáo (tính đến ngày " + SummaryWording.Date(summary.AsOf) + "): ";
        if (rates.Overall.Expected == 0)
        {
            lines.Add(asOf + "không có đơn vị nào phải gửi báo cáo.");
            return lines;
        }

        if (rates.ByLevel.Count <= 1)
        {
            lines.Add(asOf + Rate(rates.Overall, rates.ByLevel.Count == 1 ? rates.ByLevel[0].ScopeName : null) + ".");
        }
        else
        {
            lines.Add(asOf + Rate(rates.Overall, null) + "; trong đó " + string.Join("; ", rates.ByLevel.Select(r => Rate(r, r.ScopeName))) + ".");
        }

        var names = summary.Tree();
        string Label(UnitStatus s) => names.LabelOrId(s.Unit.Id);
        void List(string heading, IEnumerable<string> names)
        {
            var all = names.ToArray();
            if (all.Length > 0)
                lines.Add(heading + " (" + VietnameseNumbers.Count(all.Length) + "): " + string.Join("; ", all) + ".");
        }

        var own = summary.Statuses.Where(s => s.Relay is null).ToArray();
        List("Gửi muộn", own.Where(s => s.State == SubmissionState.Late).Select(s => Label(s) + " (" + LowerFirst(SummaryWording.State(s)) + ")"));
        List("Chưa gửi báo cáo", own.Where(s => !s.IsReceived && s.RejectedFiles.Count == 0 && s.State == SubmissionState.Missing)
            .Select(s => Label(s) + (s.DaysLate is { } days ? " (quá hạn " + VietnameseNumbers.Count(days) + " ngày)" : string.Empty)));
        List("Đã gửi nhưng báo cáo bị từ chối, cần gửi lại", own.Where(s => !s.IsReceived && s.RejectedFiles.Count > 0)
            .Select(s => Label(s) + " (" + s.RejectedFiles[0].Reason.TrimEnd('.') + ")"));
        List("Chưa đến hạn", own.Where(s => s.State == SubmissionState.NotYetDue && s.RejectedFiles.Count == 0).Select(Label));
        return lines;
    }

    /// <summary>
    /// One sentence per indicator of the report, its total over all units: <c>- Số buổi sinh hoạt: 312 buổi; trong đó
    /// Giới thiệu tổng quát: 40, …</c> (the items with a value), <c>- Tỷ lệ đảng viên tham gia: 90,0%</c>; an indicator
    /// no unit reported says so.
    /// </summary>
    public static IReadOnlyList<string> Figures(ReportSummary summary)
    {
        var lines = new List<string>();
        var columns = summary.Columns;
        foreach (var indicator in summary.Plan.IndicatorsOf(summary.Report))
        {
            var items = columns.Select((c, i) => (c, i))
                .Where(p => p.c.IndicatorId == indicator.Id && p.c.ItemId is not null && summary.Total.Values[p.i] is > 0)
                .Select(p => ItemTitle(p.c) + ": " + VietnameseNumbers.Format(summary.Total.Values[p.i]!.Value))
                .ToArray();
            var index = IndexOf(columns, c => c.Key == indicator.Id && c.ItemId is null);
            if (index < 0)
            {
                // A non-additive indicator (one session under several items) has no total to state: its items only.
                if (!indicator.Additive)
                    lines.Add("- " + indicator.Label.Trim() + " (một lần có thể thuộc nhiều mục, không cộng chung): " +
                              (items.Length > 0 ? string.Join("; ", items) : "chưa có số liệu " + DocumentText.PlaceGap) + ".");
                continue;
            }

            var column = columns[index];
            var value = summary.Total.Values[index];
            var line = "- " + indicator.Label.Trim() + ": " + (value is { } v ? Value(v, column) : "chưa có số liệu " + DocumentText.PlaceGap);
            if (items.Length > 0)
                line += "; trong đó " + string.Join("; ", items);
            lines.Add(line + ".");
        }

        return lines;
    }

    /// <summary>
    /// One sentence per target, as the targets sheet judges it: <c>- Chỉ tiêu “7/7 huyện … trại hè”: 5/7 đơn vị cấp huyện
    /// đạt (71,4%); chưa đạt.</c>, or on the consolidated value <c>- Chỉ tiêu “…”: số tổng hợp 88,4%; chưa đạt.</c>
    /// </summary>
    public static IReadOnlyList<string> Targets(ReportSummary summary, IReadOnlyList<UnitTarget>? unitTargets)
    {
        var lines = new List<string>();
        foreach (var result in TargetResults.Judge(summary, unitTargets))
        {
            var level = result.LevelName ?? result.Target.Level ?? string.Empty;
            var judged = result.Target.IsConsolidated
                ? "số tổng hợp " + Summary.TargetWording.Value(summary.Plan, result)
                : Summary.TargetWording.MetOfTotal(result) + " đơn vị cấp " + LowerFirst(level) + " đạt" +
                  (result.MetPercent is { } percent ? " (" + VietnameseNumbers.Percent(percent) + ")" : "") +
                  (result.NotReported > 0 ? ", " + VietnameseNumbers.Count(result.NotReported) + " đơn vị chưa báo cáo" : "");
            lines.Add("- Chỉ tiêu “" + result.Target.Label + "”: " + judged + "; " + LowerFirst(Summary.TargetWording.Outcome(result.Achieved)) + ".");
        }

        return lines;
    }

    /// <summary><c>Kèm theo: Biểu tổng hợp kết quả thực hiện năm 2024 (tệp tong-hop_hang_nam_2024.xlsx).</c></summary>
    public static string Annex(ReportSummary summary, string? fileName) =>
        "Kèm theo: Biểu tổng hợp " + SummaryLine(summary) + (string.IsNullOrWhiteSpace(fileName) ? "" : " (tệp " + fileName!.Trim() + ")") + ".";

    /// <summary><c>45/50 chi bộ (90,0%) đã gửi báo cáo, 40 đúng hạn</c>.</summary>
    private static string Rate(ReportingRate rate, string? noun) =>
        VietnameseNumbers.Count(rate.Actual) + "/" + VietnameseNumbers.Count(rate.Expected) + " " + (noun is null ? "đơn vị" : LowerFirst(noun)) +
        (rate.Rate is { } percent ? " (" + VietnameseNumbers.Percent(percent) + ")" : string.Empty) + " đã gửi báo cáo" +
        (rate.ActualOnTime is { } onTime ? ", " + VietnameseNumbers.Count(onTime) + " đúng hạn" : string.Empty);

    private static string Value(decimal value, SummaryColumn column) =>
        column.Format == ValueFormat.Percent
            ? VietnameseNumbers.Percent(value * 100)
            : VietnameseNumbers.Format(value) + (string.IsNullOrWhiteSpace(column.Unit) ? string.Empty : " " + column.Unit!.Trim());

    private static string ItemTitle(SummaryColumn column) => column.HeaderPath.Count > 0 ? column.HeaderPath[^1] : column.Key;

    private static int IndexOf(IReadOnlyList<SummaryColumn> columns, Func<SummaryColumn, bool> match)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (match(columns[i]))
                return i;
        }

        return -1;
    }

    private static string WithoutType(string title)
    {
        var text = title.Trim();
        return text.StartsWith("Báo cáo ", StringComparison.OrdinalIgnoreCase) ? text.Substring("Báo cáo ".Length) : LowerFirst(text);
    }

    // "Năm 2024" → "năm 2024", "Chi bộ, đơn vị" → "chi bộ, đơn vị"; an abbreviation keeps its case ("UBND tỉnh").
    internal static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text.Substring(1)
            : text;
}
