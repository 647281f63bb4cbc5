using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Summary;
using ReportKit.Templates;

namespace ReportKit.Excel.Reports;

/// <summary>
/// The công văn đôn đốc (.docx) a consolidating body sends the units whose report it does not have: not received
/// (overdue, or not yet due), rejected (to correct and send again, with why), and received after the deadline (to
/// keep to it next time), each with its own deadline. Header, <c>V/v</c>, Kính gửi, Nơi nhận and signature per
/// convention (Hướng dẫn 36-HD/VPTW or Nghị định 30/2020/NĐ-CP), issued by <see cref="ConsolidatingBody"/>; the
/// date to send by is left blank for the office to set. The same summary and options always give the same bytes.
/// </summary>
public static class ReminderDocument
{
    /// <summary>The units a reminder goes to, in tree order: not received (with or without a rejected file) or received late.</summary>
    /// <param name="summary">The consolidated report.</param>
    public static IReadOnlyList<UnitStatus> UnitsToRemind(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Statuses.Where(s => !s.IsReceived || s.State == SubmissionState.Late).ToArray();
    }

    /// <summary>Writes the reminder to <paramref name="path"/>, replacing the file whole or not at all.</summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="path">The .docx file to create or replace (its folder must exist).</param>
    /// <param name="options">Options; <see cref="ReportDocumentOptions.Default"/> if null.</param>
    /// <exception cref="InvalidOperationException">No unit is to be reminded (<see cref="UnitsToRemind"/> is empty).</exception>
    public static void SaveAs(ReportSummary summary, string path, ReportDocumentOptions? options = null)
    {
        options ??= ReportDocumentOptions.Default;
        WordWriter.SaveAs(Layout(summary, options), path, options.Timestamp);
    }

    /// <summary>Writes the reminder to <paramref name="output"/> (the bytes <see cref="SaveAs"/> writes; the stream is left open).</summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="output">A writable stream.</param>
    /// <param name="options">Options; <see cref="ReportDocumentOptions.Default"/> if null.</param>
    /// <exception cref="InvalidOperationException">No unit is to be reminded.</exception>
    public static void Save(ReportSummary summary, Stream output, ReportDocumentOptions? options = null)
    {
        options ??= ReportDocumentOptions.Default;
        WordWriter.Save(Layout(summary, options), output, options.Timestamp);
    }

    internal static WordLayout Layout(ReportSummary summary, ReportDocumentOptions options)
    {
        var units = UnitsToRemind(summary);
        if (units.Count == 0)
            throw new InvalidOperationException("Mọi đơn vị đã gửi báo cáo đúng hạn: không có đơn vị nào cần đôn đốc.");
        var body = options.Body ?? ConsolidatingBody.Of(summary);
        var bodyName = body.Name ?? DocumentText.PlaceGap;
        var report = ReportSentences.SummaryLine(summary);
        var document = SummaryDocument.ReminderFor(summary, body, "đôn đốc gửi báo cáo " + report);
        var names = summary.Tree();
        var blocks = new List<WordBlock> { OfficialBlocks.Header(document) };
        blocks.Add(new WordParagraph(Array.Empty<WordRun>(), SpaceAfter: 12));
        var addressees = units.Count <= 5 ? units.Select(s => names.LabelOrId(s.Unit.Id)).ToArray() : new[] { "Các đơn vị có tên dưới đây" };
        blocks.AddRange(OfficialBlocks.SendTo(addressees));

        var plan = summary.Plan.Document;
        var due = summary.Period.Due is { } general ? " chậm nhất ngày " + SummaryWording.Date(general) + DocumentText.DueMark(summary.Report) : string.Empty;
        blocks.Add(OfficialBlocks.Body("Theo " + ReportSentences.PlanReference(plan) + ", các đơn vị gửi báo cáo " + report + " về " + bodyName + due +
                                       (summary.Period.Deadlines.Count > 1 ? " (hạn của từng cấp nêu dưới đây)" : string.Empty) + "."));
        if (DocumentText.AssumptionNote(summary.Report) is { } assumption)
            blocks.Add(OfficialBlocks.Body(assumption, italic: true));

        var missing = units.Where(s => !s.IsReceived && s.RejectedFiles.Count == 0).ToArray();
        if (missing.Length > 0)
        {
            blocks.Add(OfficialBlocks.Body("Tính đến ngày " + SummaryWording.Date(summary.AsOf) + ", " + bodyName + " chưa nhận được báo cáo của các đơn vị sau:"));
            blocks.AddRange(missing.Select(s => OfficialBlocks.Body("- " + names.LabelOrId(s.Unit.Id) + ": " + Deadline(summary, s) + "; " + LowerState(s) + ".")));
        }

        var rejected = units.Where(s => !s.IsReceived && s.RejectedFiles.Count > 0).ToArray();
        if (rejected.Length > 0)
        {
            blocks.Add(OfficialBlocks.Body("Báo cáo của các đơn vị sau đã gửi nhưng không tiếp nhận được, cần sửa theo nội dung nêu dưới đây và gửi lại:"));
            blocks.AddRange(rejected.Select(s => OfficialBlocks.Body("- " + names.LabelOrId(s.Unit.Id) + ": " + Deadline(summary, s) + "; " +
                                                                     string.Join("; ", s.RejectedFiles.Select(f => "tệp " + f.File + ": " + f.Reason.TrimEnd('.'))) + ".")));
        }

        var late = units.Where(s => s.State == SubmissionState.Late).ToArray();
        if (late.Length > 0)
        {
            blocks.Add(OfficialBlocks.Body("Các đơn vị sau đã gửi báo cáo sau thời hạn:"));
            blocks.AddRange(late.Select(s => OfficialBlocks.Body("- " + names.LabelOrId(s.Unit.Id) + ": " + Deadline(summary, s) +
                                                                 (s.SubmittedOn is { } on ? ", gửi ngày " + SummaryWording.Date(on) : string.Empty) + " (" + LowerState(s) + ").")));
        }

        if (missing.Length + rejected.Length > 0)
            blocks.Add(OfficialBlocks.Body("Đề nghị các đơn vị chưa gửi hoặc phải gửi lại khẩn trương hoàn thành, gửi báo cáo về " + bodyName +
                                           " trước ngày " + DocumentText.PlaceGap + " (điền vào đúng biểu nhập đã nhận, không thêm, bớt dòng, cột)."));
        if (late.Length > 0)
            blocks.Add(OfficialBlocks.Body("Các đơn vị gửi báo cáo muộn rút kinh nghiệm, bảo đảm thời hạn ở các kỳ báo cáo sau."));
        blocks.Add(OfficialBlocks.Body(bodyName + " đề nghị các đơn vị quan tâm thực hiện./."));
        blocks.AddRange(OfficialBlocks.Footer(document));
        return new WordLayout(
            "Công văn đôn đốc: " + SummaryWording.ReportAndPeriod(summary),
            document.Genre + " " + DocumentText.NumberLine(document),
            SummaryWording.Keywords(summary),
            blocks);
    }

    private static string Deadline(ReportSummary summary, UnitStatus status) =>
        status.Due is { } due ? "hạn " + SummaryWording.Date(due) + DocumentText.DueMark(summary.Report) : "kế hoạch không quy định hạn";

    private static string LowerState(UnitStatus status) => ReportSentences.LowerFirst(SummaryWording.State(status));
}
