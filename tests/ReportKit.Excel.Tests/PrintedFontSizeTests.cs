using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellStyle = ReportKit.Excel.Layout.CellStyle;
using PageMargins = DocumentFormat.OpenXml.Spreadsheet.PageMargins;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// No printed text of any seed summary or form is smaller than 10 pt on the paper: measured twice, as Excel prints
/// (the sheet's print scale × every font its cells use) and as LibreOffice prints (the height of every word on every
/// page of its PDF, against a 10 pt line printed at 100 %).
/// </summary>
public sealed class PrintedFontSizeTests
{
    private const double MinPoints = 10;

    /// <summary>Every seed report's first-period summary (A4 and A3) and one form per seed and level.</summary>
    private static IEnumerable<(string Name, WorkbookLayout Layout)> Workbooks()
    {
        var templates = Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").Select(f => Path.GetFileName(f)[..^".plan.yaml".Length])
            .OrderBy(t => t, StringComparer.Ordinal).ToList();
        foreach (var (template, reportId) in templates.SelectMany(t => SummaryFixtures.Plan(t).Reports.Select(r => (t, r.Id))))
        {
            var summary = SummaryFixtures.FirstPeriodSummary(template, reportId);
            yield return ($"{template}_{reportId}_A4", SummaryWorkbook.Build(summary));
            yield return ($"{template}_{reportId}_A3", SummaryWorkbook.Build(summary, new SummaryWorkbookOptions { Paper = PaperSize.A3 }));
        }

        // The widest table: a summary with the columns of a comparison with the year before.
        var (compared, comparedOptions) = ComparisonFixtures.Compared();
        yield return ("ke-hoach-76-kh-du_hang_nam_compared_A4", SummaryWorkbook.Build(compared, comparedOptions));

        foreach (var template in templates)
        {
            var plan = SummaryFixtures.Plan(template);
            var sample = SampleData.Create(plan, 1);
            var period = FormsTestKit.PeriodOf(sample);
            var owing = Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units).Select(id => sample.Units[id]);
            foreach (var unit in owing.GroupBy(u => u.LevelId).Select(g => g.First()))
            {
                yield return ($"{template}_form_{unit.LevelId}", InputForm.Build(plan, period.ReportId, period.PeriodKey, unit));
            }
        }
    }

    [Fact]
    public void Every_printed_sheet_prints_its_smallest_font_at_10_pt_or_more_as_excel_scales_it()
    {
        var failures = new List<string>();
        foreach (var (name, layout) in Workbooks())
        {
            using var stream = new MemoryStream();
            ClosedXmlWorkbookWriter.Instance.Save(layout, stream);
            stream.Position = 0;
            failures.AddRange(ExcelPrintedSizes(stream).Where(s => s.Points < MinPoints - 1e-9)
                .Select(s => $"{name} «{s.Sheet}»: {s.Points:0.0} pt (scale {s.Scale} %)"));
        }

        Assert.True(failures.Count == 0, "printed below 10 pt:\n" + string.Join("\n", failures));
    }

    [OfficeFact]
    public void Every_printed_page_shows_no_word_smaller_than_10_pt_text_in_libreoffice()
    {
        OfficeTools.Ensure();
        var work = RepoPaths.NewTempFolder("printed-size");
        var files = new List<string>();
        foreach (var (name, layout) in Workbooks())
        {
            var path = Path.Combine(work, name + ".xlsx");
            ClosedXmlWorkbookWriter.Instance.SaveAs(layout, path);
            files.Add(path);
        }

        var reference = Path.Combine(work, "_reference.xlsx");
        ClosedXmlWorkbookWriter.Instance.SaveAs(ReferenceWorkbook(), reference);
        files.Add(reference);

        var pdfs = ConvertToPdf(work, files);
        var referenceHeight = Words(pdfs["_reference"]).Min(w => w.Height);
        var failures = new List<string>();
        foreach (var (name, pdf) in pdfs.Where(p => p.Key != "_reference").OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var words = Words(pdf);
            Assert.NotEmpty(words);
            var smallest = words.MinBy(w => w.Height)!;
            var points = MinPoints * smallest.Height / referenceHeight;
            if (points < MinPoints - 0.05)
            {
                failures.Add($"{name}, trang {smallest.Page}: «{smallest.Text}» in ở {points:0.0} pt");
            }
        }

        Directory.Delete(work, recursive: true);
        Assert.True(failures.Count == 0, "chữ in nhỏ hơn 10 pt:\n" + string.Join("\n", failures));
    }

    /// <summary>Per visible sheet: the print scale Excel uses × the smallest font of its cells.</summary>
    internal static IEnumerable<(string Sheet, int Scale, double Points)> ExcelPrintedSizes(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbookPart = document.WorkbookPart!;
        var fonts = workbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().Select(f => f.FontSize?.Val?.Value ?? 11).ToArray();
        var formats = workbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().Select(f => (int)(f.FontId?.Value ?? 0)).ToArray();
        var results = new List<(string, int, double)>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>().Where(s => s.State?.Value != SheetStateValues.Hidden))
        {
            var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
            var setup = worksheet.GetFirstChild<PageSetup>();
            var scale = (int)(setup?.Scale?.Value ?? 100);
            if (worksheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value == true)
            {
                scale = Math.Min(scale, FitToWidthScale(worksheet, setup));
            }

            var smallest = worksheet.Descendants<Cell>().Where(c => c.CellValue is not null || c.InlineString is not null)
                .Select(c => fonts[formats[(int)(c.StyleIndex?.Value ?? 0)]]).DefaultIfEmpty(12).Min();
            results.Add((sheet.Name!.Value!, scale, smallest * scale / 100));
        }

        return results;
    }

    /// <summary>Excel's scale for "fit to 1 page wide": the printable width over the columns' printed width, at most 100 %.</summary>
    private static int FitToWidthScale(Worksheet worksheet, PageSetup? setup)
    {
        var margins = worksheet.GetFirstChild<PageMargins>()!;
        var landscape = setup?.Orientation?.Value == OrientationValues.Landscape;
        var (shortSide, longSide) = setup?.PaperSize?.Value == 8 ? (297.0, 420.0) : (210.0, 297.0);
        var paper = (landscape ? longSide : shortSide) * 72 / 25.4;
        var printable = paper - (margins.Left!.Value + margins.Right!.Value) * 72;
        var lastColumn = worksheet.Descendants<Cell>().Select(c => CellReference.Parse(c.CellReference!.Value!).Column).DefaultIfEmpty(1).Max();
        var widths = new double[lastColumn + 1];
        Array.Fill(widths, 9.140625);
        foreach (var column in worksheet.Descendants<Column>())
        {
            for (var c = (int)column.Min!.Value; c <= Math.Min(lastColumn, (int)column.Max!.Value); c++)
            {
                widths[c] = column.Width!.Value;
            }
        }

        var total = widths.Skip(1).Sum() * ColumnPages.PointsPerWidthUnit;
        return Math.Min(100, (int)Math.Floor(100 * printable / total));
    }

    /// <summary>One line of 10 pt Times New Roman at 100 %, the yardstick for word heights in the PDFs.</summary>
    private static WorkbookLayout ReferenceWorkbook()
    {
        var workbook = new WorkbookLayout();
        var sheet = workbook.AddSheet("Mẫu");
        sheet.SetColumnWidth(1, 60);
        var block = new CellBlock();
        block.Set(1, 1, "Chữ mẫu cỡ 10 pt: Đảng ủy, đơn vị, báo cáo", new CellStyle(CellFont.Times(MinPoints)));
        sheet.AddBlock(block);
        return workbook;
    }

    private static Dictionary<string, string> ConvertToPdf(string work, IReadOnlyList<string> files)
    {
        var output = Path.Combine(work, "pdf");
        var result = ProcessRunner.Run("/usr/bin/soffice", new[]
        {
            "--headless", "-env:UserInstallation=file://" + Path.Combine(work, "profile"), "--convert-to", "pdf", "--outdir", output,
        }.Concat(files), work, timeout: TimeSpan.FromMinutes(10));
        var pdfs = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Path.Combine(output, Path.GetFileNameWithoutExtension(f) + ".pdf"));
        Assert.True(result.ExitCode == 0 && pdfs.Values.All(File.Exists), "LibreOffice did not convert every workbook to PDF:\n" + result.All);
        return pdfs;
    }

    private sealed record Word(int Page, string Text, double Height);

    /// <summary>Every word of every page with its box height in points (<c>pdftotext -bbox</c>, poppler-utils).</summary>
    private static List<Word> Words(string pdf)
    {
        var html = Path.ChangeExtension(pdf, ".html");
        var result = ProcessRunner.Run(PdfToText(), new[] { "-bbox", pdf, html }, Path.GetDirectoryName(pdf)!);
        Assert.True(result.ExitCode == 0, "pdftotext failed:\n" + result.All);
        var words = new List<Word>();
        var page = 0;
        foreach (var line in File.ReadLines(html))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
            }

            var match = WordPattern.Match(line);
            if (match.Success)
            {
                var top = double.Parse(match.Groups["yMin"].Value, CultureInfo.InvariantCulture);
                var bottom = double.Parse(match.Groups["yMax"].Value, CultureInfo.InvariantCulture);
                words.Add(new Word(page, System.Net.WebUtility.HtmlDecode(match.Groups["text"].Value), bottom - top));
            }
        }

        return words;
    }

    private static readonly Regex WordPattern = new(
        "<word xMin=\"[^\"]+\" yMin=\"(?<yMin>[^\"]+)\" xMax=\"[^\"]+\" yMax=\"(?<yMax>[^\"]+)\">(?<text>[^<]*)</word>", RegexOptions.CultureInvariant);

    /// <summary>pdftotext, installed with poppler-utils when missing (as scripts/render-workbook.sh does).</summary>
    private static string PdfToText()
    {
        const string tool = "/usr/bin/pdftotext";
        if (!File.Exists(tool))
        {
            var install = ProcessRunner.Run("/usr/bin/flock", new[]
            {
                "/tmp/reportkit-apt.lock", "sh", "-c", "apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 poppler-utils",
            }, Path.GetTempPath(), new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" }, TimeSpan.FromMinutes(10));
            Assert.True(install.ExitCode == 0 && File.Exists(tool), "could not install poppler-utils:\n" + install.All);
        }

        return tool;
    }
}
