using System;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A summary compared with the same period of the year before, read from that period's summary workbook: the sealed
/// figures read back exactly, a touched or foreign workbook is refused in Vietnamese, and the compared summary still
/// relays to the level above.
/// </summary>
public sealed class ComparisonWorkbookTests
{
    private readonly string _folder = RepoPaths.NewTempFolder("comparison");

    [Fact]
    public void An_earlier_summary_workbook_reads_back_as_its_figures_per_unit()
    {
        var (earlier, _) = ComparisonFixtures.Seed001Years();
        var path = Save(earlier, "tong-hop_2023.xlsx");

        var figures = FormImporter.ReadSummaryFigures(path, earlier.Plan, earlier.Report.Id);

        var expected = PeriodFigures.Of(earlier);
        Assert.Equal(("2023", "tong-hop_2023.xlsx"), (figures.PeriodKey, figures.Source));
        Assert.Equal(expected.ColumnKeys, figures.ColumnKeys);
        Assert.Equal(expected.Total, figures.Total);
        Assert.Equal(expected.Rows.Select(r => (r.UnitId, r.UnitName, r.IsOwn, string.Join(";", r.Values))),
            figures.Rows.Select(r => (r.UnitId, r.UnitName, r.IsOwn, string.Join(";", r.Values))));
    }

    [Fact]
    public void The_compared_summary_renders_as_its_snapshot()
    {
        var (summary, options) = ComparisonFixtures.Compared();
        using var stream = new MemoryStream();
        summary.Save(stream, options);
        stream.Position = 0;

        var text = WorkbookText.Render(stream);

        Assert.Contains("So với cùng kỳ (Năm 2023)", text);
        Snapshot.Match(text);
    }

    [Fact]
    public void A_compared_summary_still_relays_to_the_level_above_with_the_same_figures()
    {
        var (summary, options) = ComparisonFixtures.Compared();
        var path = Path.Combine(_folder, "so-sanh.xlsx");
        summary.SaveAs(path, options);

        var imported = FormImporter.Import(new[] { path }, new FormImportOptions(summary.Plan) { ReportId = summary.Report.Id, PeriodKey = summary.Period.Key });

        Assert.Empty(imported.Problems);
        Assert.Equal(summary.ToSubmission(summary.Rows[0].Unit!.Id, summary.AsOf) with { Source = "so-sanh.xlsx" }, Assert.Single(imported.Submissions));
    }

    [Fact]
    public void An_edited_earlier_summary_is_refused_at_its_cell()
    {
        var (earlier, _) = ComparisonFixtures.Seed001Years();
        var path = Save(earlier, "tong-hop_2023.xlsx");
        FormsTestKit.Edit(path, workbook =>
        {
            var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
            var total = SummaryFixtures.TotalRow(sheet);
            sheet.Cell(total, 3).SetValue(sheet.Cell(total, 3).GetDouble() + 1);
        });

        var refused = Assert.Throws<ComparisonRefusedException>(() => FormImporter.ReadSummaryFigures(path, earlier.Plan, earlier.Report.Id));

        Assert.StartsWith("Không dùng được tệp “tong-hop_2023.xlsx” để so sánh: Ô C", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_form_or_a_workbook_not_made_by_ReportKit_is_refused()
    {
        var (earlier, _) = ComparisonFixtures.Seed001Years();
        var form = Path.Combine(_folder, "bieu-nhap.xlsx");
        InputForm.Save(earlier.Plan, earlier.Report.Id, "2023", earlier.Statuses[0].Unit, form);
        var plain = Path.Combine(_folder, "khac.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            workbook.AddWorksheet("Sheet1").Cell(1, 1).SetValue(1);
            workbook.SaveAs(plain);
        }

        Assert.Contains("không phải biểu tổng hợp", Assert.Throws<ComparisonRefusedException>(() => FormImporter.ReadSummaryFigures(form, earlier.Plan, earlier.Report.Id)).Message);
        Assert.Contains("không phải biểu tổng hợp do ReportKit tạo", Assert.Throws<ComparisonRefusedException>(() => FormImporter.ReadSummaryFigures(plain, earlier.Plan, earlier.Report.Id)).Message);
    }

    [Fact]
    public void A_summary_of_another_report_is_refused()
    {
        var plan = SummaryFixtures.Plan("ke-hoach-76-kh-du");
        var other = SummaryFixtures.FirstPeriodSummary("ke-hoach-76-kh-du", "so_ket");
        var path = Save(other, "so-ket.xlsx");

        var refused = Assert.Throws<ComparisonRefusedException>(() => FormImporter.ReadSummaryFigures(path, plan, "hang_nam"));

        Assert.Contains("so-ket.xlsx", refused.Message);
    }

    private string Save(ReportSummary summary, string name)
    {
        var path = Path.Combine(_folder, name);
        summary.SaveAs(path);
        return path;
    }
}

/// <summary>Seed 001's yearly report in its two sample years, 2024 compared with 2023.</summary>
internal static class ComparisonFixtures
{
    public static (ReportSummary Earlier, ReportSummary Now) Seed001Years()
    {
        var plan = SummaryFixtures.Plan("ke-hoach-76-kh-du");
        var data = SampleData.Create(plan, 1);
        var years = data.Periods.Where(p => p.ReportId == "hang_nam").ToArray();
        ReportSummary Of(SamplePeriod p) => Consolidator.Summarize(plan, p.ReportId, p.PeriodKey, data.Units, data.Submissions, p.AsOf);
        return (Of(years[0]), Of(years[1]));
    }

    /// <summary>The 2024 summary and the options that compare it with 2023.</summary>
    public static (ReportSummary Summary, SummaryWorkbookOptions Options) Compared()
    {
        var (earlier, now) = Seed001Years();
        return (now, new SummaryWorkbookOptions { Comparison = PeriodComparison.Compare(now, PeriodFigures.Of(earlier)) });
    }
}
