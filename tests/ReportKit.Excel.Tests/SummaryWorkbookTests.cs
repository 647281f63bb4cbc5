using System.Collections.Generic;
using System.Globalization;
using ReportKit.Excel.Writing;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Summary;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>The summary workbook of every seed template's sample data.</summary>
public sealed class SummaryWorkbookTests
{
    private static readonly string[] TemplateNames =
    {
        "ke-hoach-76-kh-du",
        "cong-van-svhttdl-qlvhgd",
        "ke-hoach-98-kh-tu",
        "ke-hoach-duk-xay-dung-dang",
    };

    public static TheoryData<string> Templates() => new(TemplateNames);

    /// <summary>The first sample period of every report of every seed template.</summary>
    public static TheoryData<string, string> TemplateReports()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in TemplateNames)
        {
            foreach (var report in SummaryFixtures.Plan(template).Reports)
            {
                data.Add(template, report.Id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TemplateReports))]
    public void Every_report_of_every_seed_saves_valid_and_byte_identical(string template, string reportId)
    {
        var summary = SummaryFixtures.FirstPeriodSummary(template, reportId);
        var folder = RepoPaths.NewTempFolder("summary");
        var path = Path.Combine(folder, "tong-hop.xlsx");
        summary.SaveAs(path);
        var first = File.ReadAllBytes(path);
        summary.SaveAs(path);
        var second = File.ReadAllBytes(path);
        using var stream = new MemoryStream();
        summary.Save(stream);

        Assert.Equal(first, second);
        Assert.Equal(first, stream.ToArray());
        OpenXmlAssert.IsValid(path);
        Assert.Single(Directory.GetFiles(folder));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Seed_summary_renders_as_its_snapshot(string template)
    {
        var summary = SummaryFixtures.MainSummary(template);
        using var stream = new MemoryStream();
        summary.Save(stream);
        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream), SnapshotNameExtension.Create(template));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Total_row_is_the_sum_of_the_root_rows_and_of_the_reporting_units(string template)
    {
        var summary = SummaryFixtures.MainSummary(template);
        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var totalRow = SummaryFixtures.TotalRow(sheet);
        var firstUnitRow = totalRow - summary.Rows.Count;
        var expected = summary.Statuses.Select(s => s.Unit.Id).ToHashSet();
        var checkedColumns = 0;
        for (var i = 0; i < summary.Columns.Count; i++)
        {
            if (summary.Columns[i].Role == ColumnRole.Computed)
            {
                continue;
            }

            var column = 3 + i;
            double SumOf(System.Func<SummaryRow, bool> which) => summary.Rows.Select((r, k) => (r, k)).Where(p => which(p.r))
                .Sum(p => sheet.Cell(firstUnitRow + p.k, column).IsEmpty() ? 0 : sheet.Cell(firstUnitRow + p.k, column).GetDouble());
            var total = sheet.Cell(totalRow, column);
            var roots = SumOf(r => r.Depth == 0);
            var reporting = SumOf(r => expected.Contains(r.Unit!.Id));
            Assert.Equal(roots, total.IsEmpty() ? 0 : total.GetDouble(), 6);
            Assert.Equal(reporting, total.IsEmpty() ? 0 : total.GetDouble(), 6);
            checkedColumns++;
        }

        Assert.True(checkedColumns > 0);
        Assert.Equal("Tổng cộng", sheet.Cell(totalRow, 2).GetString());
        Assert.True(sheet.Cell(totalRow, 2).Style.Font.Bold);
    }

    [Theory]
    [InlineData("ke-hoach-76-kh-du")]
    [InlineData("ke-hoach-duk-xay-dung-dang")]
    public void Percent_of_the_total_is_computed_from_the_totals_not_averaged(string template)
    {
        var summary = SummaryFixtures.MainSummary(template);
        var ratioIndex = summary.Columns.Select((c, i) => (c, i)).Single(p => p.c.Role == ColumnRole.Computed && p.c.Format == ValueFormat.Percent).i;
        var indicator = summary.Plan.Indicators.Single(x => x.Id == summary.Columns[ratioIndex].IndicatorId);
        var formula = Assert.IsType<BinaryExpr>(indicator.Formula);
        var numerator = summary.Columns.Select((c, i) => (c, i)).Single(p => p.c.IndicatorId == ((IndicatorRefExpr)formula.Left).Id && p.c.ItemId is null).i;
        var denominator = summary.Columns.Select((c, i) => (c, i)).Single(p => p.c.IndicatorId == ((IndicatorRefExpr)formula.Right).Id && p.c.ItemId is null).i;

        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var totalRow = SummaryFixtures.TotalRow(sheet);
        var cell = sheet.Cell(totalRow, 3 + ratioIndex);
        var n = CellReference.A1(totalRow, 3 + numerator);
        var d = CellReference.A1(totalRow, 3 + denominator);
        Assert.Equal($"IFERROR({n}/{d},\"\")", cell.FormulaA1);
        Assert.Equal("0.0%", cell.Style.NumberFormat.Format);

        var fromTotals = sheet.Cell(totalRow, 3 + numerator).GetDouble() / sheet.Cell(totalRow, 3 + denominator).GetDouble();
        Assert.Equal((double)summary.Total.Values[ratioIndex]!.Value, fromTotals, 9);
        var unitRatios = summary.Rows.Where(r => summary.Statuses.Any(s => s.Unit.Id == r.Unit!.Id) && r.Values[ratioIndex] is not null)
            .Select(r => (double)r.Values[ratioIndex]!.Value).ToArray();
        Assert.True(unitRatios.Length > 1);
        Assert.NotEqual(unitRatios.Average(), fromTotals, 6);
    }

    [Fact]
    public void Header_groups_indicators_under_merged_cells_with_units_of_measure_and_item_numbers()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var group = sheet.CellsUsed().Single(c => c.GetString() == "Đảng viên tham gia");
        Assert.True(group.IsMerged());
        Assert.Equal(3, group.MergedRange().ColumnCount());
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Số buổi sinh hoạt chính trị, tư tưởng (buổi)");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Tỷ lệ đảng viên tham gia (%)");
        // An item title too long for two lines in its narrow column shows its number; the title is in the legend under the table.
        var item = sheet.CellsUsed().Single(c => c.GetString() == "1.1" && c.Address.ColumnNumber > 2);
        Assert.True(item.Address.RowNumber < SummaryFixtures.TotalRow(sheet));
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("Ghi chú các cột: ", StringComparison.Ordinal) &&
                                                c.GetString().Contains("1.1. Giới thiệu tổng quát về Tác phẩm; ", StringComparison.Ordinal));
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "1. Giới thiệu Tác phẩm" && c.IsMerged() && c.MergedRange().ColumnCount() == 2);
        // The header band is a few lines, not half a page (it was about 200 pt of wrapped titles).
        var headerTop = sheet.CellsUsed().First(c => c.GetString() == "STT").Address.RowNumber;
        Assert.InRange(sheet.Rows(headerTop, item.Address.RowNumber).Sum(r => r.Height), 0, 140);
        // "vào tháng 11 hằng năm": the data run to the deadline 30/11, never past it to 31/12.
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("(Số liệu tính từ ngày 01/01/2023 đến ngày 30/11/2023; hạn báo cáo ngày 30/11/2023", StringComparison.Ordinal));
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("31/12/2023", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wide_table_prints_on_a4_as_column_pages_repeating_stt_unit_and_header_rows_at_91_percent_or_more()
    {
        // Seed 004: 32 columns, which fit to one A4 width printed at 3.7–6 pt.
        var summary = SummaryFixtures.MainSummary("cong-van-svhttdl-qlvhgd");
        using var stream = new MemoryStream();
        summary.Save(stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var headerTop = sheet.CellsUsed().First(c => c.GetString() == "STT").Address.RowNumber;
        var numbersRow = sheet.CellsUsed().First(c => c.GetString() == "A" && c.Address.ColumnNumber == 1).Address.RowNumber;

        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.InRange(sheet.PageSetup.Scale, 91, 100);
        Assert.Equal(XLPageOrderValues.OverThenDown, sheet.PageSetup.PageOrder);
        Assert.NotEmpty(sheet.PageSetup.ColumnBreaks);
        Assert.Equal(numbersRow, sheet.SheetView.SplitRow);
        Assert.Equal(2, sheet.SheetView.SplitColumn);
        Assert.Equal(30 / 25.4, sheet.PageSetup.Margins.Left, 3);

        // Anchored as Excel writes them (LibreOffice ignores an unanchored 11:15).
        stream.Position = 0;
        var text = WorkbookText.Render(stream);
        Assert.Contains($"repeat $A:$B,${headerTop}:${numbersRow} page-columns-from ", text, StringComparison.Ordinal);

        // Every page break falls where a header group ends: no header box spans two pages.
        var header = new CellRange(headerTop, 1, numbersRow - 1, sheet.LastColumnUsed()!.ColumnNumber());
        foreach (var merge in sheet.MergedRanges.Where(m => m.FirstCell().Address.RowNumber >= header.FirstRow && m.LastCell().Address.RowNumber <= header.LastRow))
        {
            foreach (var start in sheet.PageSetup.ColumnBreaks.Select(b => b + 1))
            {
                Assert.False(merge.FirstColumn().ColumnNumber() < start && merge.LastColumn().ColumnNumber() >= start,
                    $"header box {merge.RangeAddress} spans the page break before column {start}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A3_prints_the_table_on_fewer_pages_and_the_narrow_sheets_stay_one_page_wide(string template)
    {
        var summary = SummaryFixtures.MainSummary(template);
        using var a4 = SummaryFixtures.Open(summary);
        using var a3 = SummaryFixtures.Open(summary, new SummaryWorkbookOptions { Paper = PaperSize.A3 });
        var a3Sheet = a3.Worksheet(SummaryWorkbook.MainSheetName);
        Assert.Equal(XLPaperSize.A3Paper, a3Sheet.PageSetup.PaperSize);
        // Never more column pages than on A4, and fewer wherever A4 needs three or more (seed duk needs two on both).
        var a4Breaks = a4.Worksheet(SummaryWorkbook.MainSheetName).PageSetup.ColumnBreaks.Count;
        Assert.True(a3Sheet.PageSetup.ColumnBreaks.Count <= a4Breaks);
        if (a4Breaks >= 2)
            Assert.True(a3Sheet.PageSetup.ColumnBreaks.Count < a4Breaks);

        var plan = a4.Worksheet(PlanSheet.SheetName);
        Assert.Empty(plan.PageSetup.ColumnBreaks);
        Assert.InRange(plan.PageSetup.Scale, 91, 100);
        foreach (var other in a4.Worksheets.Where(w => w.Visibility == XLWorksheetVisibility.Visible))
        {
            Assert.Equal(XLPageOrientation.Landscape, other.PageSetup.PageOrientation);
        }
    }

    [Fact]
    public void A_value_breaking_a_rule_is_shaded_with_its_note_and_counted_on_the_total_row()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var flagged = summary.Problems.Where(p => p.Severity == ProblemSeverity.Error && p.IndicatorId is not null).ToList();
        Assert.NotEmpty(flagged); // the sample has a unit whose figures break a rule
        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var totalRow = SummaryFixtures.TotalRow(sheet);
        var notesColumn = sheet.LastColumnUsed()!.ColumnNumber();

        var shaded = sheet.CellsUsed().Where(c => c.Style.Fill.BackgroundColor.Color.ToArgb() == unchecked((int)0xFFFCE4D6)).ToList();
        Assert.NotEmpty(shaded);
        foreach (var cell in shaded)
        {
            // Still a figure (counted in the totals), and its row says why it is shaded.
            Assert.True(cell.DataType == XLDataType.Number, cell.Address + " is no longer a number");
            Assert.Contains("Số liệu cần xem lại", sheet.Cell(cell.Address.RowNumber, notesColumn).GetString(), StringComparison.Ordinal);
        }

        Assert.Contains("Gồm " + shaded.Count + " số liệu cần xem lại", sheet.Cell(totalRow, notesColumn).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_additive_indicator_by_contents_has_its_items_but_no_total_column()
    {
        // Seed 001: a session counts under every content it took up, so the items sum to more sessions than were held.
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        Assert.False(summary.Plan.Indicators.Single(i => i.Id == "so_buoi_noi_dung").Additive);
        Assert.DoesNotContain(summary.Columns, c => c.IndicatorId == "so_buoi_noi_dung" && c.Role == ColumnRole.Total);
        Assert.Contains(summary.Columns, c => c.IndicatorId == "so_buoi_noi_dung" && c.Role == ColumnRole.Entered);
        Assert.Contains(summary.Columns, c => c.IndicatorId == "so_buoi" && c.Role == ColumnRole.Total); // additive by forms keeps it
    }

    [Fact]
    public void Text_a_user_typed_stays_text()
    {
        var typed = new[] { "=HYPERLINK(\"http://x\")", "+84 912 345", "-Chi bộ 1", "@Thôn 2", "0123" };
        var summary = SummaryFixtures.WithTypedText(typed);
        using var workbook = SummaryFixtures.Open(summary);
        var cells = workbook.Worksheets.SelectMany(s => s.CellsUsed()).ToArray();
        foreach (var text in typed)
        {
            var found = cells.Where(c => c.GetString() == text).ToArray();
            Assert.True(found.Length >= 3, text + " should appear as a unit name (twice) and as a narrative");
            Assert.All(found, c =>
            {
                Assert.False(c.HasFormula, c.Address + " became a formula");
                Assert.Equal(XLDataType.Text, c.DataType);
            });
        }

        Assert.Contains(cells, c => c.GetString() == "'=cmd|' /C calc'!A0" || c.GetString() == "=cmd|' /C calc'!A0");
        Assert.DoesNotContain(cells, c => c.HasFormula && c.FormulaA1.Contains("cmd", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_sheet_lists_each_expected_unit_and_the_dhis2_rates()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.StatusSheetName);
        var states = sheet.Column(6).CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.Contains("Đúng hạn", states);
        Assert.Contains(states, s => s.StartsWith("Muộn ", StringComparison.Ordinal) && s.EndsWith(" ngày", StringComparison.Ordinal));
        Assert.Contains(states, s => s.StartsWith("Chưa nộp", StringComparison.Ordinal));
        var header = sheet.Column(1).CellsUsed().First(c => c.GetString() == "STT").Address.RowNumber;
        var listed = Enumerable.Range(header + 1, summary.Statuses.Count).Select(r => sheet.Cell(r, 2).GetString()).ToArray();
        Assert.Equal(summary.Statuses.Count, sheet.Cell(header + summary.Statuses.Count, 1).GetDouble());
        Assert.True(sheet.Cell(header + summary.Statuses.Count + 1, 1).IsEmpty());
        Assert.Equal(listed.Length, listed.Distinct().Count()); // units sharing a name are told apart by their parent

        var overall = sheet.CellsUsed().Single(c => c.GetString() == "Chung").Address.RowNumber;
        Assert.Equal(summary.Rates.Overall.Expected, sheet.Cell(overall, 3).GetDouble());
        Assert.Equal(summary.Rates.Overall.Actual, sheet.Cell(overall, 4).GetDouble());
        Assert.Equal((double?)summary.Rates.Overall.ActualOnTime, sheet.Cell(overall, 5).GetDouble());
        Assert.Equal($"IF(C{overall}=0,\"\",D{overall}/C{overall})", sheet.Cell(overall, 8).FormulaA1);
        Assert.Equal($"IF(C{overall}=0,\"\",E{overall}/C{overall})", sheet.Cell(overall, 9).FormulaA1);
    }

    [Fact]
    public void Optional_sheets_appear_only_when_they_have_something_to_show()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var names = SummaryWorkbook.Build(summary).Sheets.Select(s => s.Name).ToArray();
        // The hidden relay sheet last: the tree has one root, so the workbook is also its submission upward.
        Assert.Equal(new[] { "Tổng hợp", "Tình hình nộp báo cáo", "Nội dung", "Ý kiến, kiến nghị", "Vấn đề", "Kế hoạch", "_reportkit" }, names);

        var clean = summary with { Problems = System.Array.Empty<ValidationProblem>(), Replaced = System.Array.Empty<ReplacedSubmission>() };
        var withoutPlan = SummaryWorkbook.Build(clean, new SummaryWorkbookOptions { IncludePlanSheet = false }).Sheets.Select(s => s.Name);
        Assert.Equal(new[] { "Tổng hợp", "Tình hình nộp báo cáo", "Nội dung", "Ý kiến, kiến nghị", "_reportkit" }, withoutPlan);
    }

    [Fact]
    public void Unit_rows_are_a_lazily_streamed_band()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var sheet = SummaryWorkbook.Build(summary).Sheets[0];
        var unitBand = sheet.Bands.Single(b => b.RowCount == summary.Rows.Count && b.Source is not null);
        Assert.IsNotAssignableFrom<ICollection<LayoutRow>>(unitBand.Source);
        Assert.IsNotAssignableFrom<IReadOnlyCollection<LayoutRow>>(unitBand.Source);
    }

    [Fact]
    public void Table_title_and_timestamp_follow_the_options()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-98-kh-tu");
        var options = new SummaryWorkbookOptions { Title = SummaryTitle.Table, Timestamp = new DateTime(2024, 12, 7, 0, 0, 0, DateTimeKind.Utc), PreparerName = "Nguyễn Văn A" };
        using var stream = new MemoryStream();
        summary.Save(stream, options);
        stream.Position = 0;
        var text = WorkbookText.Render(stream);
        Assert.Contains("text \"BIỂU TỔNG HỢP\"", text, StringComparison.Ordinal);
        Assert.Contains("created: \"2024-12-07T00:00:00Z\"", text, StringComparison.Ordinal);
        Assert.Contains("text \"NGƯỜI LẬP BIỂU\"", text, StringComparison.Ordinal);
        Assert.Contains("text \"Nguyễn Văn A\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrative_longer_than_an_excel_cell_is_cut_with_a_note_and_the_workbook_still_saves()
    {
        var plan = SummaryFixtures.Plan("ke-hoach-76-kh-du");
        var data = SampleData.Create(plan, 1);
        var period = data.Periods.First(p => p.ReportId == "hang_nam");
        var longText = string.Concat(Enumerable.Repeat("Chi bộ đã quán triệt đầy đủ nội dung. ", 1_200)); // about 45,000 characters
        var submissions = data.Submissions
            .Select(s => s.ReportId == "hang_nam" && s.PeriodKey == period.PeriodKey ? s.WithNarrative("ket_qua", longText) : s)
            .ToList();
        var summary = Consolidator.Summarize(plan, "hang_nam", period.PeriodKey, data.Units, submissions, period.AsOf);

        using var workbook = SummaryFixtures.Open(summary);

        var cell = workbook.Worksheet(SummaryWorkbook.NarrativeSheetName).CellsUsed().First(c => c.GetString().StartsWith("Chi bộ đã quán triệt", StringComparison.Ordinal));
        Assert.True(cell.GetString().Length <= 32_767);
        Assert.EndsWith("xem báo cáo gốc)", cell.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_of_thousands_of_units_streams_and_stays_a_valid_workbook()
    {
        var plan = SummaryFixtures.Plan("ke-hoach-76-kh-du");
        var units = new List<Unit> { new("huyen", "Huyện ủy", null, "huyen_uy"), new("xa", "Đảng ủy xã", "huyen", "dang_uy") };
        var submissions = new List<Submission>();
        for (var i = 1; i <= 3_000; i++)
        {
            var id = "cb" + i.ToString(CultureInfo.InvariantCulture);
            units.Add(new Unit(id, "Chi bộ số " + i.ToString(CultureInfo.InvariantCulture), "xa", "chi_bo"));
            submissions.Add(new Submission(plan.Id, "hang_nam", id, "2024") { SubmittedOn = new DateOnly(2024, 11, 20) }
                .WithValue("dang_vien", 20 + (i % 7)).WithValue("dang_vien_tham_gia", 18 + (i % 3)).WithValue("so_buoi", "toa_dam", 1));
        }

        var summary = Consolidator.Summarize(plan, "hang_nam", "2024", UnitTree.Create(units), submissions, new DateOnly(2024, 12, 15));
        var path = Path.Combine(RepoPaths.NewTempFolder("large-summary"), "tong-hop.xlsx");
        summary.SaveAs(path);

        Assert.IsType<SpreadCheetahWorkbookWriter>(WorkbookWriters.For(SummaryWorkbook.Build(summary)));
        OpenXmlAssert.IsValid(path);
        using var workbook = new XLWorkbook(path);
        Assert.Contains(workbook.Worksheet(SummaryWorkbook.MainSheetName).CellsUsed(), c => c.GetString() == "Chi bộ số 3000");
    }

    [Theory]
    [InlineData("CÔNG VĂN", "SVHTTDL-QLVHGĐ", "BC-SVHTTDL")]
    [InlineData("KẾ HOẠCH", "KH-UBND", "BC-UBND")]
    public void A_state_summary_is_a_report_of_the_issuer_whatever_the_plan_genre(string genre, string symbol, string expected)
    {
        var summary = SummaryFixtures.MainSummary("cong-van-svhttdl-qlvhgd");
        var plan = summary.Plan with { Document = summary.Plan.Document with { Genre = genre, Symbol = symbol } };

        // The plan's issuer consolidating: its abbreviation comes from the plan's symbol.
        var issuer = ConsolidatingBody.Unknown with { Name = plan.Document.Issuer.Name };
        var document = SummaryDocument.For(summary with { Plan = plan }, ConsolidatingBody.Of(summary with { Plan = plan }, issuer));

        Assert.Equal(expected, document.Symbol);
        Assert.Equal("BÁO CÁO", document.Genre);
        Assert.Null(document.Number);
    }
}

/// <summary>Summaries of the seed templates' sample data.</summary>
internal static class SummaryFixtures
{
    public static PlanSpec Plan(string template)
    {
        var path = Path.Combine(RepoPaths.Templates, template + ".plan.yaml");
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        return result.Plan ?? throw new InvalidOperationException(template + " does not parse.");
    }

    /// <summary>The summary of the first sample period of <paramref name="reportId"/>.</summary>
    public static ReportSummary FirstPeriodSummary(string template, string reportId)
    {
        var plan = Plan(template);
        var data = SampleData.Create(plan, 1);
        var report = plan.Reports.Single(r => r.Id == reportId);
        var period = data.Periods.FirstOrDefault(p => p.ReportId == reportId);
        var key = period?.PeriodKey ?? ReportingCalendar.Periods(report, 2024)[0].Key;
        var asOf = period?.AsOf ?? new DateOnly(2024, 12, 31);
        return Consolidator.Summarize(plan, reportId, key, data.Units, data.Submissions, asOf);
    }

    /// <summary>The period the sample gave its errors and duplicate to (a periodic report first), else the first.</summary>
    public static ReportSummary MainSummary(string template)
    {
        var plan = Plan(template);
        var data = SampleData.Create(plan, 1);
        var summaries = data.Periods.Select(p => Consolidator.Summarize(plan, p.ReportId, p.PeriodKey, data.Units, data.Submissions, p.AsOf)).ToArray();
        return summaries.FirstOrDefault(s => s.Replaced.Count > 0) ?? summaries[0];
    }

    public static XLWorkbook Open(ReportSummary summary, SummaryWorkbookOptions? options = null)
    {
        var stream = new MemoryStream();
        summary.Save(stream, options);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    public static int TotalRow(IXLWorksheet sheet) =>
        sheet.Column(2).CellsUsed().Single(c => c.GetString() == SummaryRow.TotalLabel).Address.RowNumber;

    /// <summary>A plan-76 summary whose unit names, narratives and file name start with characters Excel would read as a formula or a number.</summary>
    public static ReportSummary WithTypedText(IReadOnlyList<string> typed)
    {
        var plan = Plan("ke-hoach-76-kh-du");
        var units = new List<Unit> { new("dang_uy", "Đảng ủy xã", null, "dang_uy") };
        units.AddRange(typed.Select((name, i) => new Unit("u" + i, name, "dang_uy", "chi_bo")));
        var tree = UnitTree.Create(units);
        var submissions = typed.Select((text, i) => new Submission(plan.Id, "hang_nam", "u" + i, "2024")
        {
            SubmittedOn = new DateOnly(2024, 11, 20),
            Source = i == 0 ? "=cmd|' /C calc'!A0" : "u" + i + ".xlsx",
        }.WithValue("dang_vien", 10 + i).WithValue("dang_vien_tham_gia", 9).WithNarrative("ket_qua", text)).ToArray();
        return Consolidator.Summarize(plan, "hang_nam", "2024", tree, submissions, new DateOnly(2024, 12, 7));
    }
}
