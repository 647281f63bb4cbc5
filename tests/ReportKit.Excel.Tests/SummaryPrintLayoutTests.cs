using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ClosedXML.Excel;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Summary;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// How the summary table prints (docs/printing.md): whole header texts when the table fits one page wide with them,
/// else numbers or marks and a legend; a title band of a few lines; A3 for the widest seed; long unit names wrapped.
/// </summary>
public sealed class SummaryPrintLayoutTests
{
    private const string LegendStart = "Ghi chú các cột:";

    private static string SamplesTemplate => RepoPaths.Combine("samples", "ReportKit.Samples", "templates", "cong-van-63-hts.plan.yaml");

    [Fact]
    public void A_small_table_that_fits_one_page_wide_shows_its_whole_headers_and_no_legend()
    {
        // The samples' table: three value columns, which showed "(a) (b) (c)" and a legend though the page had room.
        var summary = SummaryOf(File.ReadAllText(SamplesTemplate));
        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);

        var headerRow = sheet.CellsUsed().Single(c => c.GetString() == "STT").Address.RowNumber;
        var headers = sheet.Row(headerRow).CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.Equal(new[]
        {
            "STT", "Đơn vị", "Số huyện, quận đã thành lập Hội (huyện, quận)", "Số xã, phường đã thành lập Hội (xã, phường)",
            "Số Hội cấp huyện được công nhận là thành viên của MTTQ cùng cấp (Hội)", "Ghi chú",
        }, headers);
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().StartsWith(LegendStart, StringComparison.Ordinal));
        // One page wide at a scale that prints its 11 pt headers at 10 pt or more.
        Assert.Empty(sheet.PageSetup.ColumnBreaks);
        Assert.InRange(sheet.PageSetup.Scale, ColumnPages.MinScale(SummaryStyles.SmallestFontSize), 100);
        // Each whole header wraps to a few lines, not a column of single words.
        Assert.InRange(sheet.Row(headerRow).Height, 15, 4 * 11 * 1.3125 + 3);
    }

    [Fact]
    public void A_wide_table_still_shows_numbers_or_marks_and_the_legend()
    {
        // Seed 001: 20 value columns with long item titles, cut into column pages on A4.
        using var workbook = SummaryFixtures.Open(SummaryFixtures.MainSummary("ke-hoach-76-kh-du"));
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        Assert.NotEmpty(sheet.PageSetup.ColumnBreaks);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "1.1" && c.Address.ColumnNumber > 2);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith(LegendStart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sixty_columns_of_long_titles_are_laid_out_quickly_in_marks_and_a_legend()
    {
        // A search for whole headers without a bound once hung the tests: this one must end, and soon.
        var indicators = new StringBuilder("indicators:\n");
        for (var i = 1; i <= 60; i++)
        {
            indicators.Append("  - id: chi_tieu_").Append(i).Append('\n')
                .Append("    label: \"Số lượt cán bộ, đảng viên, quần chúng nhân dân được tuyên truyền, phổ biến, quán triệt nội dung số ")
                .Append(i).Append(" của kế hoạch trong kỳ báo cáo\"\n")
                .Append("    unit: lượt người\n");
        }

        var text = File.ReadAllText(SamplesTemplate);
        var start = text.IndexOf("\nindicators:", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\nnarratives:", StringComparison.Ordinal) + 1;
        var summary = SummaryOf(text[..start] + indicators + text[end..]);

        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => SummaryFixtures.Open(summary));
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == build, "the 60-column summary took more than a minute to lay out");
        clock.Stop();
        using var workbook = await build;
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        Assert.NotEmpty(sheet.PageSetup.ColumnBreaks);
        Assert.InRange(sheet.PageSetup.Scale, ColumnPages.MinScale(SummaryStyles.SmallestFontSize), 100);
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "(a)");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith(LegendStart, StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"laid out in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [InlineData("ke-hoach-76-kh-du", "Báo cáo kết quả thực hiện – Kỳ báo cáo: Năm 2023", 145)]
    [InlineData("cong-van-svhttdl-qlvhgd", "Báo cáo kết quả triển khai thực hiện thông tin, tuyên truyền về công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2023", 215)]
    // (Seed 004's report name, 130 characters, wraps to four lines over the first page's value columns, which leave room
    // on the last page for the block under the table; its header rows, 47 pt, were 149 pt: page 1 holds more rows.)
    public void The_annex_heads_its_table_in_a_band_of_a_few_lines(string template, string name, double maxBand)
    {
        using var workbook = SummaryFixtures.Open(SummaryFixtures.MainSummary(template));
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var headerRow = sheet.CellsUsed().First(c => c.GetString() == "STT").Address.RowNumber;
        var band = sheet.Rows(1, headerRow - 1).ToList();

        // Letterhead without a number of its own (the annex carries the report's: "Kèm theo Báo cáo số …"), the title,
        // the report's name with its period, the annex line, and one line of data window and deadline.
        Assert.DoesNotContain(band.SelectMany(r => r.CellsUsed()), c => c.GetString().StartsWith("Số", StringComparison.Ordinal));
        var lines = band.SelectMany(r => r.CellsUsed()).Select(c => c.GetString()).ToList();
        var title = lines.IndexOf("BIỂU TỔNG HỢP");
        Assert.True(title >= 0);
        // The period on the name's line, unless the name says it ("… năm 2023").
        Assert.Equal(name, lines[title + 1]);
        Assert.StartsWith("(Kèm theo Báo cáo số ", lines[title + 2], StringComparison.Ordinal);
        // The data window, when the report has one (seed 004's one-off report has none), and the deadline.
        Assert.Matches(@"^\((Số liệu tính từ ngày .+; h|H)ạn báo cáo .+\)$", lines[title + 3]);
        Assert.Equal(title + 4, lines.Count);
        // The report's assumption is printed too, under the table (both seeds here assume their deadline).
        Assert.Contains(sheet.CellsUsed(), c => c.GetString().StartsWith("Giả định của mẫu báo cáo: ", StringComparison.Ordinal) &&
                                                c.Address.RowNumber > headerRow);

        // Every row of the band has the height its text needs, and the band is 140–170 pt (it was 207–212; docs/printing.md).
        Assert.All(band, r => Assert.True(r.Height > 0));
        Assert.InRange(band.Sum(r => r.Height), 80, maxBand);
    }

    [Fact]
    public void The_widest_seed_prints_one_page_wide_on_a3_at_10_pt_or_more()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-duk-xay-dung-dang");
        using var stream = new MemoryStream();
        summary.Save(stream, new SummaryWorkbookOptions { Paper = PaperSize.A3 });
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        Assert.Equal(XLPaperSize.A3Paper, sheet.PageSetup.PaperSize);
        Assert.Empty(sheet.PageSetup.ColumnBreaks);

        stream.Position = 0;
        var printed = PrintedFontSizeTests.ExcelPrintedSizes(stream).Single(s => s.Sheet == SummaryWorkbook.MainSheetName);
        Assert.True(printed.Points >= 10, $"smallest text prints at {printed.Points:0.0} pt (scale {printed.Scale} %)");
    }

    [Fact]
    public void A_long_unit_name_wraps_in_a_taller_row_never_clipped()
    {
        var name = "Chi bộ Trường Trung học cơ sở và Trung học phổ thông liên cấp Nguyễn Văn Trỗi thuộc Đảng bộ xã Tân Lập, huyện Hữu Lũng, tỉnh Lạng Sơn";
        Assert.InRange(name.Length, 110, 140);
        var summary = SummaryFixtures.WithTypedText(new[] { name, "Chi bộ 2" });
        using var workbook = SummaryFixtures.Open(summary);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);

        var cell = sheet.Column(2).CellsUsed().Single(c => c.GetString() == name);
        Assert.True(cell.Style.Alignment.WrapText);
        Assert.False(cell.Style.Alignment.ShrinkToFit);
        var lines = (int)Math.Ceiling(Measuring.TextMeasure.TextWidth(name, SummaryStyles.Text.Font) / sheet.Column(2).Width);
        Assert.True(lines >= 3, $"{lines} lines");
        // Tall enough for every line of 12 pt text: nothing is cut at the cell's bottom.
        Assert.True(cell.WorksheetRow().Height >= lines * 12 * 1.3125, $"row {cell.WorksheetRow().Height} pt for {lines} lines");
        var other = sheet.Column(2).CellsUsed().Single(c => c.GetString() == "Chi bộ 2");
        Assert.True(cell.WorksheetRow().Height > other.WorksheetRow().Height);
    }

    /// <summary>Every summary of the bundled templates (seeds and examples, each report's first period) and the compared one.</summary>
    private static IEnumerable<(string Name, ReportSummary Summary, SummaryWorkbookOptions? Options)> BundledSummaries()
    {
        foreach (var path in RepoPaths.BundledTemplatePaths())
        {
            var template = Path.GetRelativePath(RepoPaths.Templates, path).Replace('\\', '/')[..^".plan.yaml".Length];
            foreach (var report in SummaryFixtures.Plan(template).Reports)
            {
                yield return ($"{template} {report.Id}", SummaryFixtures.FirstPeriodSummary(template, report.Id), null);
            }
        }

        var (compared, comparedOptions) = ComparisonFixtures.Compared();
        yield return ("ke-hoach-76-kh-du hang_nam compared", compared, comparedOptions);
    }

    [Fact]
    public void The_block_under_the_table_keeps_nơi_nhận_the_preparer_and_the_signature_each_at_a_legible_width()
    {
        // The cross-tab's last column page held only "(g)" and Ghi chú: the block was squeezed into them and
        // NGƯỜI LẬP BIỂU dropped. Each of the three must print, and at least 45 mm wide on the paper.
        const double MinMillimetres = 45;
        var failures = new List<string>();
        foreach (var (name, summary, options) in BundledSummaries())
        {
            using var workbook = SummaryFixtures.Open(summary, options);
            var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
            var scale = sheet.PageSetup.Scale is > 0 and var s ? s : 100;
            double Millimetres(IXLCell cell)
            {
                var range = cell.IsMerged() ? cell.MergedRange().RangeAddress : cell.AsRange().RangeAddress;
                var units = Enumerable.Range(range.FirstAddress.ColumnNumber, range.LastAddress.ColumnNumber - range.FirstAddress.ColumnNumber + 1)
                    .Sum(c => sheet.Column(c).Width);
                return units * ColumnPages.PointsPerWidthUnit * scale / 100 * 25.4 / 72;
            }

            var recipients = sheet.CellsUsed().SingleOrDefault(c => c.GetString() == "Nơi nhận:");
            var preparer = sheet.CellsUsed().SingleOrDefault(c => c.GetString() == "NGƯỜI LẬP BIỂU");
            if (recipients is null || preparer is null)
            {
                failures.Add($"{name}: {(recipients is null ? "no Nơi nhận " : "")}{(preparer is null ? "no NGƯỜI LẬP BIỂU" : "")}");
                continue;
            }

            // The signature: right of the preparer, on the preparer's row (the title; the capacity may be on the row above).
            var signature = sheet.Row(preparer.Address.RowNumber).CellsUsed()
                .Where(c => c.Address.ColumnNumber > preparer.Address.ColumnNumber && !(c.IsMerged() && c.MergedRange().Contains(preparer)))
                .OrderBy(c => c.Address.ColumnNumber).FirstOrDefault();
            if (signature is null)
            {
                failures.Add($"{name}: no signature right of NGƯỜI LẬP BIỂU");
                continue;
            }

            foreach (var (part, cell) in new[] { ("Nơi nhận", recipients), ("NGƯỜI LẬP BIỂU", preparer), ("chữ ký", signature) })
            {
                var mm = Millimetres(cell);
                if (mm < MinMillimetres)
                    failures.Add($"{name}: {part} at {cell.Address} prints {mm:0} mm wide (scale {scale} %)");
            }

            // The three side by side, left to right, on one page's columns: the last column page when the table is cut.
            if (!(recipients.Address.ColumnNumber < preparer.Address.ColumnNumber))
                failures.Add($"{name}: Nơi nhận not left of NGƯỜI LẬP BIỂU");
            if (sheet.PageSetup.ColumnBreaks.Count > 0 && recipients.Address.ColumnNumber <= sheet.PageSetup.ColumnBreaks.Max())
                failures.Add($"{name}: the block starts at {recipients.Address}, before the last column page");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The summary of a template's first sample period.</summary>
    private static ReportSummary SummaryOf(string yaml)
    {
        var result = PlanTemplateParser.Parse(SamplesTemplate, yaml);
        var plan = result.Plan ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        var data = SampleData.Create(plan, 1);
        var period = data.Periods.First();
        return Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, data.Units, data.Submissions, period.AsOf);
    }
}
