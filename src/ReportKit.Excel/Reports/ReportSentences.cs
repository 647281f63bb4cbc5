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
        "Thực hiện " + PlanReference(summary.Plan.Document) + ", " + (InText(summary, body) ?? DocumentText.PlaceGap) + " báo cáo " + SummaryLine(summary) + " như sau:";

    // The body's name in running text: a name in capitals (the plan's issuer as its header prints it) is written as the
    // units file writes the root ("Đảng ủy Khối …"), not shouted in the middle of a sentence.
    private static string? InText(ReportSummary summary, ConsolidatingBody body)
    {
        if (body.Name is not { } name || name != name.ToUpperInvariant())
            return body.Name;
        var roots = summary.Rows.Where(r => !r.IsOwn && !r.IsTotal && r.Depth == 0).ToArray();
        return roots.Length == 1 ? roots[0].Unit!.Name : name;
    }

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
    /// One sentence per indicator of the report, its total over all units, worded by the template's
    /// <see cref="IndicatorSpec.Phrase"/> (<c>- Tổ chức 312 buổi sinh hoạt chính trị, tư tưởng</c>), else in the neutral
    /// form any indicator reads right in (<c>- Số buổi sinh hoạt là 312 buổi</c>, <c>- Tỷ lệ đảng viên tham gia là 90,0%</c>);
    /// then, where the summary has them, the change from the same period last year (<c>tăng 12 buổi (10,5%) so với cùng
    /// kỳ năm 2023</c>) and the year-to-date (<c>lũy kế từ đầu năm 1.020 buổi</c>); then the items with a value
    /// (<c>trong đó hội thảo: 18; …</c>). An indicator no unit reported says so; a non-additive one is stated by its items.
    /// After them, the units whose figures could not be compared, by name and why.
    /// </summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="comparison">The comparison with the same period last year, if any.</param>
    /// <param name="yearToDate">The year-to-date, if any.</param>
    /// <param name="indicatorIds">Only these indicators, in this order (an outline part's); null: the report's, in the plan's order.</param>
    public static IReadOnlyList<string> Figures(ReportSummary summary, PeriodComparison? comparison = null, YearToDate? yearToDate = null,
        IReadOnlyList<string>? indicatorIds = null)
    {
        var lines = new List<string>();
        var columns = summary.Columns;
        var indicators = summary.Plan.IndicatorsOf(summary.Report);
        if (indicatorIds is not null)
            indicators = indicatorIds.Select(id => indicators.FirstOrDefault(i => i.Id == id)).OfType<IndicatorSpec>().ToArray();
        foreach (var indicator in indicators)
        {
            var items = indicator.By == Disaggregation.CrossTab
                ? CrossTabItems(summary, indicator)
                : columns.Select((c, i) => (c, i))
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
            var line = "- " + (summary.Total.Values[index] is { } v ? Stated(indicator, column, v) : indicator.Label.Trim() + ": chưa có số liệu " + DocumentText.PlaceGap);
            if (comparison is not null && IndexOf(comparison.Columns, c => c.Key == column.Key) is var compared and >= 0)
                line += ", " + Change(comparison.Total[compared], column, SamePeriod(summary, comparison));
            if (yearToDate is not null && IndexOf(yearToDate.Columns, c => c.Key == column.Key) is var cumulative and >= 0)
                line += "; " + Cumulative(yearToDate, yearToDate.Total[cumulative], column);
            if (items.Length > 0)
                line += "; trong đó " + string.Join("; ", items);
            lines.Add(line + ".");
        }

        if (comparison is not null && indicators.Any(i => comparison.Columns.Any(c => c.Key == i.Id)))
            lines.AddRange(NotCompared(summary, comparison));
        return lines;
    }

    /// <summary>
    /// The change of a total from the same period last year: <c>tăng 12 buổi (10,5%) so với cùng kỳ năm 2023</c>
    /// (<c>… so với quý II năm 2024</c> for a shorter period), <c>giảm 2,5 điểm phần trăm so với …</c> for a percentage,
    /// <c>bằng cùng kỳ năm 2023</c>; when it cannot be compared,
    /// why (<c>không so sánh được với cùng kỳ năm 2023 (cùng kỳ không có số liệu)</c>), never a change from 0.
    /// </summary>
    internal static string Change(ComparedValue value, SummaryColumn column, string earlier)
    {
        if (value.Change is not { } change)
            return ComparedValue.NotComparableText + " với " + earlier + (value.NotComparable is { } why ? " (" + why + ")" : string.Empty);
        if (change == 0)
            return "bằng " + earlier;
        var amount = column.Format == ValueFormat.Percent
            ? VietnameseNumbers.Format(Math.Round(Math.Abs(change) * 100, 1, MidpointRounding.AwayFromZero)) + " điểm phần trăm"
            : VietnameseNumbers.Format(Math.Abs(change)) + UnitSuffix(column) +
              (value.Percent is { } percent ? " (" + VietnameseNumbers.Percent(Math.Abs(percent)) + ")" : string.Empty);
        return (change > 0 ? "tăng " : "giảm ") + amount + " so với " + earlier;
    }

    // The period compared with: "cùng kỳ năm 2023" for a year, else the period itself ("quý II năm 2024").
    private static string SamePeriod(ReportSummary summary, PeriodComparison comparison) =>
        (summary.Report.Period == PeriodKind.Year ? "cùng kỳ " : string.Empty) + LowerFirst(comparison.EarlierLabel);

    // "lũy kế từ đầu năm 1.020 buổi"; a sum some period or unit is missing from says so, so it is not read as the year-to-date.
    private static string Cumulative(YearToDate yearToDate, CumulativeValue value, SummaryColumn column)
    {
        var text = LowerFirst(YearToDate.Heading) + " " + (value.Value is { } sum ? Value(sum, column) : "chưa có số liệu");
        if (yearToDate.Missing.Count > 0)
            return text + " (chưa đầy đủ: thiếu số liệu " + string.Join(", ", yearToDate.Missing.Select(p => LowerFirst(p.Label))) + ")";
        return value.IsComplete ? text : text + " (chưa đầy đủ: có đơn vị thiếu số liệu kỳ trước)";
    }

    // "Không so sánh được với cùng kỳ năm 2023 (2): Chi bộ Thôn 4 (đơn vị chưa có ở cùng kỳ); …": each unit once, the
    // highest of a subtree that cannot be compared (its children are then in the same case), with its reasons.
    private static IEnumerable<string> NotCompared(ReportSummary summary, PeriodComparison comparison)
    {
        var names = summary.Tree();
        var units = new List<string>();
        var inside = -1;
        for (var i = 0; i < summary.Rows.Count; i++)
        {
            var row = summary.Rows[i];
            if (inside >= 0 && row.Depth > inside)
                continue;
            inside = -1;
            var reasons = comparison.Rows[i].Where(v => !v.IsComparable && v.Now is not null).Select(v => v.NotComparable!).Distinct().ToArray();
            if (reasons.Length == 0)
                continue;
            inside = row.Depth;
            units.Add((row.IsOwn ? row.Label : names.LabelOrId(row.Unit!.Id)) + " (" + string.Join(", ", reasons) + ")");
        }

        if (units.Count > 0)
            yield return "Không so sánh được với " + SamePeriod(summary, comparison) + " (" + VietnameseNumbers.Count(units.Count) + "): " + string.Join("; ", units) + ".";
    }

    // The total as the template words it: its phrase with the figure, else "label là figure unit".
    private static string Stated(IndicatorSpec indicator, SummaryColumn column, decimal value)
    {
        var figure = column.Format == ValueFormat.Percent ? VietnameseNumbers.Percent(value * 100) : VietnameseNumbers.Format(value);
        return indicator.StatePhrase(figure) is { } phrase ? UpperFirst(phrase.Trim()) : indicator.Label.Trim() + " là " + Value(value, column);
    }

    /// <summary>
    /// One sentence per target, as the targets sheet judges it: <c>- Chỉ tiêu “7/7 huyện … trại hè”: 5/7 đơn vị cấp huyện
    /// đạt (71,4%); chưa đạt.</c>, or on the consolidated value <c>- Chỉ tiêu “…”: số tổng hợp 88,4%; chưa đạt.</c>
    /// </summary>
    public static IReadOnlyList<string> Targets(ReportSummary summary, IReadOnlyList<UnitTarget>? unitTargets, IReadOnlyList<string>? targetIds = null)
    {
        var lines = new List<string>();
        var results = TargetResults.Judge(summary, unitTargets);
        if (targetIds is not null)
            results = targetIds.Select(id => results.FirstOrDefault(r => r.Target.Id == id)).OfType<TargetResult>().ToArray();
        foreach (var result in results)
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

    /// <summary>
    /// A row list, by how many rows the units sent: <c>- Danh sách mô hình tiêu biểu: 12 dòng (chi tiết tại biểu tổng hợp
    /// kèm theo).</c>; none yet says so.
    /// </summary>
    public static string ListRows(ReportSummary summary, ListSpec list)
    {
        var rows = summary.ListRows.Count(r => r.ListId == list.Id);
        return "- " + list.Label.Trim() + ": " + (rows == 0 ? "chưa đơn vị nào báo cáo." : VietnameseNumbers.Count(rows) + " dòng (chi tiết tại biểu tổng hợp kèm theo).");
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
        column.Format == ValueFormat.Percent ? VietnameseNumbers.Percent(value * 100) : VietnameseNumbers.Format(value) + UnitSuffix(column);

    private static string UnitSuffix(SummaryColumn column) => string.IsNullOrWhiteSpace(column.Unit) ? string.Empty : " " + column.Unit!.Trim();

    /// <summary>
    /// A cross-tab's figures in a sentence: each row with its total and its cells
    /// (<c>Giao ban: 12 (trực tiếp 8, trực tuyến 4)</c>), then the column totals over the rows
    /// (<c>cộng theo hình thức: Trực tiếp: 8, Trực tuyến: 4</c>); what is blank or 0 is left out. Values are the summary's own.
    /// </summary>
    private static string[] CrossTabItems(ReportSummary summary, IndicatorSpec indicator)
    {
        var columns = summary.Columns;
        decimal? ValueOf(string itemId) =>
            IndexOf(columns, c => c.IndicatorId == indicator.Id && c.ItemId == itemId) is var i and >= 0 ? summary.Total.Values[i] : null;
        var cells = summary.Plan.EnteredCellsOf(indicator);
        var items = new List<string>();
        foreach (var row in cells.GroupBy(c => c.Row!.Id))
        {
            var parts = row.Where(c => ValueOf(c.ItemId) is > 0).Select(c => c.Item.Title + ": " + VietnameseNumbers.Format(ValueOf(c.ItemId)!.Value)).ToArray();
            if (ValueOf(row.Key) is { } total and > 0)
                items.Add(row.First().Row!.Title + ": " + VietnameseNumbers.Format(total) + (parts.Length > 0 ? " (" + string.Join(", ", parts) + ")" : string.Empty));
            else if (parts.Length > 0) // a non-additive cross-tab has no row totals
                items.Add(row.First().Row!.Title + " (" + string.Join(", ", parts) + ")");
        }

        var byColumn = IndicatorCells.ColumnsWithTotals(cells)
            .Select(c => (c, v: ValueOf(IndicatorCells.ColumnTotalId(c.Id))))
            .Where(p => p.v is > 0)
            .Select(p => ItemNumbering.Label(p.c.No, p.c.Title) + ": " + VietnameseNumbers.Format(p.v!.Value))
            .ToArray();
        if (byColumn.Length > 0)
            items.Add("cộng theo " + summary.Plan.DimensionsOf(indicator)[1].Noun + ": " + string.Join(", ", byColumn));
        return items.ToArray();
    }

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

    internal static string UpperFirst(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text.Substring(1) : text;

    // "Năm 2024" → "năm 2024", "Chi bộ, đơn vị" → "chi bộ, đơn vị"; an abbreviation keeps its case ("UBND tỉnh").
    internal static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text.Substring(1)
            : text;
}
