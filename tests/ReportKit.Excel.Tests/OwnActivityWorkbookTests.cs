using System;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Summary;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The summary workbook of a tree where a unit both reports and consolidates (a Phòng Văn hóa huyện with its own
/// activities and the xã centres below it), another passes up a relayed summary, and one file was rejected.
/// </summary>
public sealed class OwnActivityWorkbookTests
{
    private static readonly DateOnly AsOf = new(2023, 12, 28);

    /// <summary>Seed 004 (Sở VHTTDL), whose đơn vị level reports; built for the tests and for rendering.</summary>
    public static (ReportSummary Summary, string Path) Build()
    {
        var plan = SummaryFixtures.Plan("cong-van-svhttdl-qlvhgd");
        var report = plan.Reports[0];
        var tree = UnitTree.Create(new[]
        {
            new Unit("so", "Sở Văn hóa, Thể thao và Du lịch", null, "so"),
            new Unit("phong_a", "Phòng Văn hóa và Thông tin huyện Hữu Lũng", "so", "don_vi"),
            new Unit("xa_1", "Trung tâm Văn hóa xã Hồ Sơn", "phong_a", "don_vi"),
            new Unit("xa_2", "Trung tâm Văn hóa xã Minh Sơn", "phong_a", "don_vi"),
            new Unit("phong_b", "Phòng Văn hóa và Thông tin huyện Chi Lăng", "so", "don_vi"),
            new Unit("tt_tp", "Trung tâm Văn hóa, Thể thao thành phố", "so", "don_vi"),
        });
        var columns = SummaryColumns.EnteredFor(plan, report.Id);
        Submission Sent(string unit, int day, decimal n) =>
            columns.Aggregate(new Submission(plan.Id, report.Id, unit, "once") { SubmittedOn = new DateOnly(2023, 12, day), Source = unit + ".xlsx" },
                (s, c) => s.WithValue(c.ValueKey, n));

        // Chi Lăng consolidated its own communes and passes that summary up.
        var chiLang = UnitTree.Create(new[]
        {
            new Unit("phong_b", "Phòng Văn hóa và Thông tin huyện Chi Lăng", null, "don_vi"),
            new Unit("xa_b1", "Trung tâm Văn hóa xã Quang Lang", "phong_b", "don_vi"),
            new Unit("xa_b2", "Trung tâm Văn hóa xã Chi Lăng", "phong_b", "don_vi"),
        });
        var below = Consolidator.Summarize(plan, report.Id, "once", chiLang, new[] { Sent("phong_b", 15, 2), Sent("xa_b1", 16, 3) }, new DateOnly(2023, 12, 18));
        var relay = below.ToSubmission("phong_b", below.AsOf) with { Source = "tong-hop-chi-lang.xlsx" };

        var summary = Consolidator.Summarize(plan, report.Id, "once", tree,
            new[] { Sent("phong_a", 18, 1), Sent("xa_1", 19, 10), Sent("tt_tp", 22, 100), relay }, AsOf,
            new[] { new RejectedFile("xa_2.xlsx", "xa_2", "Ô E39 không còn cạnh nhãn «Số bài thu hoạch»: biểu đã bị chèn/xóa hàng.") });
        var path = System.IO.Path.Combine(RepoPaths.NewTempFolder("own-activity"), "tong-hop-so.xlsx");
        summary.SaveAs(path);
        return (summary, path);
    }

    [Fact]
    public void The_workbook_shows_the_own_row_the_relayed_row_and_the_rejected_file()
    {
        var (summary, path) = Build();
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        IXLRangeRow Row(string label) => sheet.RowsUsed().Single(r => r.Cell(2).GetString() == label).AsRange().Row(1);
        var firstValue = summary.Columns.Select((c, i) => (c, i)).First(p => p.c.IsEntered).i + 3;

        Assert.Equal(1, Row("Phòng Văn hóa và Thông tin huyện Hữu Lũng (trực tiếp)").Cell(firstValue).GetDouble());
        Assert.Equal(11, Row("Phòng Văn hóa và Thông tin huyện Hữu Lũng").Cell(firstValue).GetDouble());
        Assert.Equal(5, Row("Phòng Văn hóa và Thông tin huyện Chi Lăng").Cell(firstValue).GetDouble());
        Assert.Equal(116, Row(SummaryRow.TotalLabel).Cell(firstValue).GetDouble());
        var notes = sheet.LastColumnUsed()!.ColumnNumber();
        Assert.StartsWith("Đã nộp, bị từ chối: Ô E39", Row("Trung tâm Văn hóa xã Minh Sơn").Cell(notes).GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Báo cáo tổng hợp, đã nhận 2/3 báo cáo cấp dưới", Row("Phòng Văn hóa và Thông tin huyện Chi Lăng").Cell(notes).GetString(), StringComparison.Ordinal);

        var status = workbook.Worksheet(SummaryWorkbook.StatusSheetName);
        Assert.Contains(status.CellsUsed(), c => c.GetString() == "Tổng hợp, đúng hạn; cấp dưới: nhận 2/3, đúng hạn 2");
        Assert.Contains(status.CellsUsed(), c => c.GetString() == "Đã nộp, bị từ chối; quá hạn 8 ngày");
        Assert.Contains(status.CellsUsed(), c => c.GetString() == "TỆP ĐÃ NỘP NHƯNG BỊ TỪ CHỐI");
        Assert.Contains(status.CellsUsed(), c => c.GetString() == "1. Trung tâm Văn hóa xã Minh Sơn — tệp “xa_2.xlsx”: Ô E39 không còn cạnh nhãn «Số bài thu hoạch»: biểu đã bị chèn/xóa hàng.");
        var overall = status.RowsUsed().First(r => r.Cell(2).GetString() == "Chung");
        // Hữu Lũng (own + 2 centres), the city centre, and Chi Lăng's 3 as it counted them: 7 owed, 5 received.
        Assert.Equal((7.0, 5.0), (overall.Cell(3).GetDouble(), overall.Cell(4).GetDouble()));
    }
}
