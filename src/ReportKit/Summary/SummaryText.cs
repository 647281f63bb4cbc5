using System.Globalization;
using System.Linq;
using System.Text;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>The canonical text rendering of a <see cref="ReportSummary"/>: invariant, one fact per line, "\n" line ends.</summary>
internal static class SummaryText
{
    public static string Render(ReportSummary summary)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        string Value(decimal? value) => value is { } v ? Numbers.Format(v) : "";

        var period = summary.Period;
        Line($"Kế hoạch {summary.Plan.Id}, báo cáo {summary.Report.Id}: {summary.Report.Title}");
        Line($"Kỳ {period.Key}: {period.Label}");
        Line("Chốt số liệu: " + (period.CutOff?.ToString() ?? "không có"));
        foreach (var deadline in period.Deadlines)
            Line($"Hạn {(deadline.LevelId is null ? "chung" : "cấp " + deadline.LevelId)}: {Dates.Iso(deadline.Due)}");
        Line("Tính đến: " + Dates.Iso(summary.AsOf));

        Line("");
        Line("# Cột");
        foreach (var column in summary.Columns)
            Line($"{column.Key} [{column.Role}, {column.Type}, {column.Format}{(column.Unit is null ? "" : ", " + column.Unit)}]: {string.Join(" / ", column.HeaderPath)}");

        Line("");
        Line("# Bảng tổng hợp");
        foreach (var row in summary.Rows.Append(summary.Total))
        {
            var cells = summary.Columns.Select((c, i) => (c, v: row.Values[i])).Where(p => p.v is not null).Select(p => $"{p.c.Key}={Value(p.v)}");
            var answered = row.YesNoAnswered is { Count: > 0 } counts ? " [trả lời " + string.Join(" ", counts.Select(c => c.Key + "=" + c.Value)) + "]" : "";
            Line($"{new string(' ', 2 * row.Depth)}{row.Label}{(row.Unit is null ? "" : " (" + row.Unit.Id + ")")}: {string.Join(" ", cells)}{answered}{(row.Notes.Length == 0 ? "" : " | " + row.Notes)}");
        }

        Line("");
        Line("# Tình trạng nộp");
        foreach (var s in summary.Statuses)
            Line($"{s.Unit.Id}: {s.State}, hạn {(s.Due is { } d ? Dates.Iso(d) : "-")}, nộp {(s.SubmittedOn is { } o ? Dates.Iso(o) : "-")}" +
                 $"{(s.DaysLate is { } l ? ", " + l + " ngày" : "")}{(s.Source is null ? "" : ", " + s.Source)}{(s.Errors + s.Warnings > 0 ? $", {s.Errors} lỗi, {s.Warnings} cảnh báo" : "")}" +
                 $"{(s.Relay is { } relay ? ", " + relay : "")}{string.Concat(s.RejectedFiles.Select(f => ", bị từ chối " + f.File))}");

        Line("");
        Line("# Tỷ lệ báo cáo");
        foreach (var r in new[] { summary.Rates.Overall }.Concat(summary.Rates.ByLevel).Concat(summary.Rates.ByUnit))
            Line($"{r.ScopeId} {r.ScopeName}: dự kiến {r.Expected}, nhận {r.Actual}, đúng hạn {(r.ActualOnTime is { } onTime ? onTime.ToString(CultureInfo.InvariantCulture) : "-")}, thiếu {r.Missing}, chưa đến hạn {r.NotYetDue}, tỷ lệ {Value(r.Rate)}%, đúng hạn {Value(r.RateOnTime)}%");

        Line("");
        Line("# Nội dung đã báo cáo");
        foreach (var c in summary.Coverage)
            Line($"{c.UnitId ?? SummaryRow.TotalLabel} {c.IndicatorId}: {string.Join(", ", c.ItemIds)}");

        Line("");
        Line("# Lời văn");
        foreach (var n in summary.Narratives)
            Line($"{n.UnitId} {n.NarrativeId}: {n.Text.Replace("\n", " / ")}");
        if (summary.ListRows.Count > 0)
        {
            Line("");
            Line("# Danh sách");
            foreach (var r in summary.ListRows)
                Line($"{r.UnitId} {r.ListId}[{r.Number}]: {r.Row}");
        }

        if (summary.Answers is not null && summary.Plan.AnswersOf(summary.Report).Count > 0)
        {
            Line("");
            Line("# Trả lời");
            foreach (var a in summary.AnswerList)
                Line($"{a.UnitId} {a.FieldId}: {a.Answer.Replace("\n", " / ")}");
        }

        Line("");
        Line("# Bản nộp bị thay thế");
        foreach (var r in summary.Replaced)
            Line($"{r.Replaced.UnitId}: {r.Replaced.Source ?? "?"} ({(r.Replaced.SubmittedOn is { } a ? Dates.Iso(a) : "-")}) → {r.Kept.Source ?? "?"} ({(r.Kept.SubmittedOn is { } b ? Dates.Iso(b) : "-")})");

        Line("");
        Line("# Tệp bị từ chối");
        foreach (var r in summary.Rejected)
            Line($"{r.UnitId ?? "?"}: {r.File}: {r.Reason}");

        Line("");
        Line("# Vấn đề");
        foreach (var p in summary.Problems)
            Line(p.ToString());
        return text.ToString();
    }
}
