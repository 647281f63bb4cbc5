using System.IO;
using System.Linq;
using ReportKit.Excel.Reports;

namespace ReportKit.Excel.Tests;

/// <summary>The công văn đôn đốc: to whom, about what, with which deadlines and reasons, and who signs it.</summary>
public sealed class ReminderDocumentTests
{
    private static readonly RejectedFile Edited = new("cb3.xlsx", "cb3", "Biểu đã bị sửa cấu trúc: dòng 12 bị xóa.");

    [Fact]
    public void It_goes_to_the_units_not_received_rejected_or_late_with_each_deadline_and_reason()
    {
        var summary = ReportDocumentTests.CommuneSummary(Edited);
        Assert.Equal(new[] { "cb2", "cb3" }, ReminderDocument.UnitsToRemind(summary).Select(s => s.Unit.Id));

        var text = ReportDocumentTests.Paragraphs(Save(summary));
        Assert.Contains("V/v đôn đốc gửi báo cáo kết quả thực hiện năm 2024", text.Take(10));
        Assert.Equal(new[] { "Kính gửi:", "- Chi bộ Thôn 2;", "- Chi bộ Thôn 3." }, text.SkipWhile(t => t != "Kính gửi:").Take(3));
        Assert.Contains("- Chi bộ Thôn 3: hạn 30/11/2024 (giả định); tệp cb3.xlsx: Biểu đã bị sửa cấu trúc: dòng 12 bị xóa.", text);
        Assert.Contains("- Chi bộ Thôn 2: hạn 30/11/2024 (giả định), gửi ngày 03/12/2024 (muộn 3 ngày).", text);
        // "vào tháng 11 hằng năm" gives no day: the deadline is the template's assumption, and the letter says so.
        Assert.Contains(text, t => t.StartsWith("Theo ", StringComparison.Ordinal) && t.Contains("chậm nhất ngày 30/11/2024 (giả định).", StringComparison.Ordinal));
        Assert.Contains("Giả định của mẫu báo cáo: " + summary.Report.Assumption, text);
        Assert.DoesNotContain(text, t => t.Contains("Chi bộ Thôn 1"));
        Assert.Contains(text, t => t.StartsWith("Đề nghị các đơn vị chưa gửi hoặc phải gửi lại khẩn trương hoàn thành, gửi báo cáo về Đảng ủy xã Tân Lập trước ngày ……", StringComparison.Ordinal));
        Assert.Equal(new[] { "Nơi nhận:", "- Như trên,", "- Lưu." }, text.SkipWhile(t => t != "Nơi nhận:").Take(3));
        Assert.DoesNotContain(text, t => t.Contains("Vân Trung Kiên"));
    }

    [Fact]
    public void A_unit_not_yet_reported_is_told_how_many_days_it_is_overdue_and_the_letter_is_valid_open_xml()
    {
        var summary = ReportDocumentTests.CommuneSummary();
        var bytes = Save(summary).ToArray();
        ReportDocumentTests.IsValid(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(summary).ToArray());
        var text = ReportDocumentTests.Paragraphs(new MemoryStream(bytes));
        Assert.Contains("Tính đến ngày 07/12/2024, Đảng ủy xã Tân Lập chưa nhận được báo cáo của các đơn vị sau:", text);
        Assert.Contains("- Chi bộ Thôn 3: hạn 30/11/2024 (giả định); chưa nộp (quá hạn 7 ngày).", text);
        Assert.Contains(text.Take(10), t => t.StartsWith("Số ", StringComparison.Ordinal) && t.EndsWith("-CV/……", StringComparison.Ordinal));
    }

    [Fact]
    public void When_every_unit_reported_on_time_there_is_nobody_to_remind()
    {
        var summary = ReportDocumentTests.CommuneSummary();
        var allOnTime = summary with { Statuses = summary.Statuses.Where(s => s.IsOnTime).ToArray() };
        Assert.Empty(ReminderDocument.UnitsToRemind(allOnTime));
        Assert.Throws<InvalidOperationException>(() => Save(allOnTime));
    }

    private static MemoryStream Save(ReportSummary summary)
    {
        var stream = new MemoryStream();
        ReminderDocument.Save(summary, stream);
        stream.Position = 0;
        return stream;
    }
}
