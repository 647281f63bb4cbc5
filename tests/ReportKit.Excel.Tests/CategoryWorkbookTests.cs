using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A cross-tab with an excluded combination (templates/examples/tong-dieu-tra-nong-thon-2025.plan.yaml, số phiếu by đối tượng ×
/// hình thức, no household by Webform) through the form, the import and the summary.
/// </summary>
public sealed class CategoryWorkbookTests
{
    private const string Example = "examples/tong-dieu-tra-nong-thon-2025.plan.yaml";

    private static readonly InputFormOptions Options = new() { SaveOptions = new WorkbookSaveOptions { Timestamp = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc) } };

    private static (PlanSpec Plan, SampleDataSet Sample, SamplePeriod Period) Sample()
    {
        var plan = FormsTestKit.Plan(Example);
        var sample = SampleData.Create(plan, 7);
        return (plan, sample, sample.Periods[0]);
    }

    private static string BlankForm(string folder)
    {
        var (plan, sample, period) = Sample();
        var unitId = Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units)[0];
        var path = Path.Combine(folder, unitId + ".xlsx");
        InputForm.Save(plan, period.ReportId, period.PeriodKey, sample.Units[unitId], path, Options);
        return path;
    }

    [Fact]
    public void Cross_tab_form_renders_as_its_snapshot()
    {
        var path = BlankForm(RepoPaths.NewTempFolder("category-form"));
        Snapshot.Match(WorkbookText.Render(path), SnapshotNameExtension.Create("tong-dieu-tra-nong-thon-2025"));
    }

    [Fact]
    public void Cross_tab_summary_renders_as_its_snapshot()
    {
        var (plan, sample, period) = Sample();
        var summary = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, sample.Submissions, period.AsOf);
        using var stream = new MemoryStream();
        summary.Save(stream);
        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream), SnapshotNameExtension.Create("tong-dieu-tra-nong-thon-2025"));
    }

    [Fact]
    public void The_bao_cao_states_each_row_with_its_cells_then_the_column_totals()
    {
        var (plan, sample, period) = Sample();
        var summary = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, sample.Submissions, period.AsOf);

        var line = Assert.Single(ReportKit.Excel.Reports.ReportSentences.Figures(summary));

        // Every row under its own title (never a bare "Cộng"), its cells in parentheses, then hình thức summed over the rows.
        Assert.DoesNotContain("Cộng:", line);
        Assert.Contains("52 phiếu; trong đó Hộ dân cư, hộ sản xuất nông nghiệp, lâm nghiệp, thủy sản: 8 (Phỏng vấn trực tiếp (bằng phiếu điện tử hoặc giấy): 8); "
            + "Doanh nghiệp, hợp tác xã, trang trại hoạt động trong lĩnh vực NLTS: 15 (Phỏng vấn trực tiếp (bằng phiếu điện tử hoặc giấy): 9, "
            + "Thu thập gián tiếp qua phiếu điện tử (Webform) do đơn vị tự khai báo: 6); ", line);
        Assert.EndsWith("; cộng theo hình thức thu thập thông tin: Phỏng vấn trực tiếp (bằng phiếu điện tử hoặc giấy): 33, "
            + "Thu thập gián tiếp qua phiếu điện tử (Webform) do đơn vị tự khai báo: 19.", line);
    }

    [Fact]
    public void Form_greys_and_locks_the_excluded_cell_and_asks_for_every_other()
    {
        var path = BlankForm(RepoPaths.NewTempFolder("category-excluded"));
        var rows = FormsTestKit.MetadataRows(path);
        var excluded = Assert.Single(rows, r => r[0] == "excluded");
        Assert.Equal(new[] { "so_phieu", "ho.webform" }, excluded[1..3]);
        var entered = rows.Where(r => r[0] == "value").Select(r => r[2]).ToArray();
        Assert.Equal(7, entered.Length);
        Assert.DoesNotContain("ho.webform", entered);
        Assert.Contains("doanh_nghiep.webform", entered);

        using var workbook = new XLWorkbook(path);
        var cell = workbook.Worksheet(InputForm.SheetName).Cell(excluded[3]);
        Assert.True(cell.Style.Protection.Locked);
        Assert.Equal("BFBFBF", cell.Style.Fill.BackgroundColor.Color.ToArgb().ToString("X8")[2..]);
    }

    [Fact]
    public void A_value_typed_in_the_excluded_cell_is_refused_at_that_cell()
    {
        var folder = RepoPaths.NewTempFolder("category-excluded-typed");
        var path = BlankForm(folder);
        var address = FormsTestKit.MetadataRows(path).Single(r => r[0] == "excluded")[3];
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(InputForm.SheetName).Cell(address).SetValue(12));
        var (plan, sample, period) = Sample();

        var result = FormImporter.ImportFolder(folder, new FormImportOptions(plan) { ReportId = period.ReportId, PeriodKey = period.PeriodKey, Units = sample.Units });

        Assert.Empty(result.Submissions);
        var problem = Assert.Single(result.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal(ImportProblemCodes.ExcludedCell, problem.Code);
        Assert.Equal((InputForm.SheetName, address), (problem.Sheet, problem.Cell));
        Assert.Contains("không thể phát sinh", problem.Message);
    }

    /// <summary>Forms of every expected unit filled from the sample submissions, imported: the same summary as summarizing directly.</summary>
    [Fact]
    public void Filled_cross_tab_forms_import_to_the_same_summary_as_the_original_submissions()
    {
        var (plan, sample, period) = Sample();
        var originals = sample.Submissions.Where(s => s.ReportId == period.ReportId && s.PeriodKey == period.PeriodKey)
            .Where(s => s.Values.All(v => v.Value is not { } value || (value >= 0 && value == decimal.Truncate(value)))).ToArray();
        Assert.Contains(originals, s => s.Values.Any(v => v.Key.ItemId == "doanh_nghiep.webform" && v.Value > 0));
        var blanks = RepoPaths.NewTempFolder("category-blank");
        var filled = RepoPaths.NewTempFolder("category-filled");
        foreach (var unitId in Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units))
            InputForm.Save(plan, period.ReportId, period.PeriodKey, sample.Units[unitId], Path.Combine(blanks, unitId + ".xlsx"));
        foreach (var submission in originals)
        {
            var path = Path.Combine(filled, submission.Source!);
            File.Copy(Path.Combine(blanks, submission.UnitId + ".xlsx"), path);
            FormsTestKit.Fill(path, submission);
        }

        var result = FormImporter.ImportFolder(filled, new FormImportOptions(plan) { ReportId = period.ReportId, PeriodKey = period.PeriodKey, Units = sample.Units });

        Assert.Empty(result.RejectedFiles);
        Assert.Equal(originals.Length, result.Submissions.Count);
        var before = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, originals, period.AsOf);
        var after = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, result.Submissions, period.AsOf);
        Assert.Equal(before.ToText(), after.ToText());
        // Each row of the cross-tab has its own total, and the overall total adds the rows.
        var columns = before.Columns.Select((c, i) => (c, i)).ToArray();
        var rowTotals = columns.Where(x => x.c.Role == ColumnRole.Total && x.c.ItemId is not null && IndicatorCells.ColumnOfTotal(x.c.ItemId) is null).ToArray();
        Assert.Equal(new[] { "ho", "doanh_nghiep", "ubnd_xa", "quoc_phong" }, rowTotals.Select(x => x.c.ItemId));
        var overall = columns.Single(x => x.c.Role == ColumnRole.Total && x.c.ItemId is null).i;
        Assert.Equal(before.Total.Values[overall], rowTotals.Sum(x => before.Total.Values[x.i] ?? 0));
        foreach (var (column, index) in rowTotals)
        {
            var cells = columns.Where(x => x.c.Role == ColumnRole.Entered && x.c.ItemId!.StartsWith(column.ItemId + ".", StringComparison.Ordinal));
            Assert.Equal(before.Total.Values[index], cells.Sum(x => before.Total.Values[x.i] ?? 0));
        }

        // Each option of the second category has its total over the rows, after the rows; webform has no cell in the row "ho".
        var columnTotals = columns.Where(x => IndicatorCells.ColumnOfTotal(x.c.ItemId) is not null).ToArray();
        Assert.Equal(new[] { "*.phong_van", "*.webform" }, columnTotals.Select(x => x.c.ItemId));
        Assert.Equal(new[] { "Cộng theo Phỏng vấn trực tiếp (bằng phiếu điện tử hoặc giấy)", "Cộng theo Thu thập gián tiếp qua phiếu điện tử (Webform) do đơn vị tự khai báo" },
            columnTotals.Select(x => x.c.HeaderPath[^1]));
        Assert.True(columnTotals[0].i > columns.Last(x => x.c.Role == ColumnRole.Entered).i);
        foreach (var row in before.Rows.Append(before.Total))
        {
            foreach (var (column, index) in columnTotals)
            {
                var option = IndicatorCells.ColumnOfTotal(column.ItemId)!;
                var parts = columns.Where(x => x.c.Role == ColumnRole.Entered && x.c.ItemId!.EndsWith("." + option, StringComparison.Ordinal))
                    .Select(x => row.Values[x.i]).Where(v => v is not null).ToArray();
                Assert.Equal(parts.Length == 0 ? null : parts.Sum(), row.Values[index]);
            }

            var sums = columnTotals.Select(x => row.Values[x.i]).Where(v => v is not null).ToArray();
            Assert.Equal(sums.Length == 0 ? null : sums.Sum(), row.Values[overall]);
        }

        // Rolled up: a parent's column totals are the sums of its children's (the total row's, of the roots').
        var rows = before.Rows.ToArray();
        var parents = 0;
        for (var r = -1; r < rows.Length; r++)
        {
            var depth = r < 0 ? -1 : rows[r].Depth;
            var children = rows.Skip(r + 1).TakeWhile(x => x.Depth > depth).Where(x => x.Depth == depth + 1).ToArray();
            if (children.Length == 0)
                continue;
            parents++;
            var parent = r < 0 ? before.Total : rows[r];
            foreach (var (_, index) in columnTotals)
            {
                var parts = children.Select(x => x.Values[index]).Where(v => v is not null).ToArray();
                Assert.Equal(parts.Length == 0 ? null : parts.Sum(), parent.Values[index]);
            }
        }

        Assert.True(parents > 1, "the sample has parents below the total");
    }
}
