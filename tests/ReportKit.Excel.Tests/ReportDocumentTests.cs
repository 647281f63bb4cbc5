using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Excel.Reports;
using ReportKit.Excel.Summary;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>The báo cáo (.docx) of every seed report, and whose header, Nơi nhận and signature it carries.</summary>
public sealed class ReportDocumentTests
{
    public static TheoryData<string, string> TemplateReports() => SummaryWorkbookTests.TemplateReports();

    [Theory]
    [MemberData(nameof(TemplateReports))]
    public void Seed_report_renders_as_its_snapshot(string template, string reportId)
    {
        var summary = SummaryFixtures.FirstPeriodSummary(template, reportId);
        Snapshot.Match(WordText.Render(Save(summary)), SnapshotNameExtension.Create(template, reportId));
    }

    [Theory]
    [MemberData(nameof(TemplateReports))]
    public void Seed_report_is_valid_open_xml_and_the_same_bytes_every_time(string template, string reportId)
    {
        var summary = SummaryFixtures.FirstPeriodSummary(template, reportId);
        var bytes = Save(summary).ToArray();
        IsValid(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(SummaryFixtures.FirstPeriodSummary(template, reportId)).ToArray());

        var path = Path.Combine(RepoPaths.NewTempFolder("baocao"), "bao-cao.docx");
        ReportDocument.SaveAs(summary, path);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Header_nơi_nhận_and_signature_are_the_consolidating_body_s_never_the_plan_s()
    {
        var summary = CommuneSummary();
        var text = Paragraphs(Save(summary));
        var (recipients, signature) = Footer(Save(summary));

        // The header names the root unit; the report goes to the level above it in the plan; the file copy last.
        Assert.Contains("ĐẢNG ỦY XÃ TÂN LẬP", text.Take(10));
        Assert.Equal(new[] { "Nơi nhận:", "- Huyện ủy,", "- Lưu." }, recipients);
        // No signer given: the capacity is omitted, the title and the name are blanks to fill; the plan's signer is nowhere.
        Assert.Equal("……", signature[0]);
        Assert.Equal("……", signature[^1]);
        Assert.DoesNotContain(text.Concat(signature), t => t.Contains("Vân Trung Kiên") || t.Contains("PHÓ BÍ THƯ"));

        var body = new ConsolidatingBody(null, "Đảng bộ huyện Hữu Lũng", "ĐU", "Ban Tuyên giáo Huyện ủy", "Tân Lập", "T/M Ban Thường vụ", "Bí thư", "Nguyễn Văn An");
        var options = new ReportDocumentOptions { Body = ConsolidatingBody.Of(summary, body) };
        var signed = Paragraphs(Save(summary, options));
        (recipients, signature) = Footer(Save(summary, options));
        Assert.Equal(new[] { "Nơi nhận:", "- Ban Tuyên giáo Huyện ủy,", "- Lưu." }, recipients);
        Assert.Equal(new[] { "T/M BAN THƯỜNG VỤ", "BÍ THƯ" }, signature.Take(2));
        Assert.Equal("Nguyễn Văn An", signature[^1]);
        Assert.Contains("ĐẢNG BỘ HUYỆN HỮU LŨNG", signed.Take(10));
        Assert.Contains(signed.Take(10), p => p.StartsWith("Số ", StringComparison.Ordinal) && p.EndsWith("-BC/ĐU", StringComparison.Ordinal));
        Assert.Contains(signed, p => p.StartsWith("Tân Lập, ngày    tháng    năm 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_workbook_is_headed_and_signed_by_the_same_body()
    {
        var summary = CommuneSummary();
        var body = ConsolidatingBody.Of(summary, new ConsolidatingBody(null, null, "ĐU", null, null, "T/M Ban Thường vụ", "Bí thư", "Nguyễn Văn An"));
        using var stream = new MemoryStream();
        summary.Save(stream, new SummaryWorkbookOptions { Body = body });
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var texts = workbook.Worksheet(SummaryWorkbook.MainSheetName).CellsUsed().Select(c => c.GetString()).ToArray();
        Assert.Contains("ĐẢNG ỦY XÃ TÂN LẬP", texts);
        // The annex carries the number of the body's own báo cáo (its letterhead has no number line of its own).
        Assert.Contains(texts, p => p.StartsWith("(Kèm theo Báo cáo số ", StringComparison.Ordinal) && p.EndsWith("-BC/ĐU)", StringComparison.Ordinal));
        Assert.Contains("- Huyện ủy,", texts);
        Assert.Contains("Nguyễn Văn An", texts);
        Assert.DoesNotContain(texts, t => t.Contains("Vân Trung Kiên") || t == "ĐẢNG ỦY XÃ");
    }

    [Fact]
    public void Units_narratives_go_under_their_part_attributed_and_the_figures_are_vietnamese_sentences()
    {
        var text = Paragraphs(Save(CommuneSummary()));
        int At(string start) => text.FindIndex(p => p.StartsWith(start, StringComparison.Ordinal));

        Assert.True(At("I. CÔNG TÁC LÃNH ĐẠO") < At("Tình hình gửi báo cáo"));
        Assert.Contains("Tình hình gửi báo cáo (tính đến ngày 07/12/2024): 2/3 chi bộ, đơn vị (66,7%) đã gửi báo cáo, 1 đúng hạn.", text);
        Assert.Contains("Gửi muộn (1): Chi bộ Thôn 2 (muộn 3 ngày).", text);
        Assert.Contains("Chưa gửi báo cáo (1): Chi bộ Thôn 3 (quá hạn 7 ngày).", text);
        Assert.Contains("- Tổng số đảng viên là 1.250 người.", text);
        var results = At("II. KẾT QUẢ THỰC HIỆN");
        var shortcomings = At("III. HẠN CHẾ, NGUYÊN NHÂN");
        var result = At("- Chi bộ Thôn 1: Đã tổ chức");
        var shortcoming = At("- Chi bộ Thôn 2: Một số đảng viên");
        Assert.InRange(result, results, shortcomings);
        Assert.InRange(shortcoming, shortcomings, At("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ"));
        Assert.Contains(text, p => p.StartsWith("Kèm theo: Biểu tổng hợp kết quả thực hiện năm 2024", StringComparison.Ordinal));
        // A yearly report has no Bài học kinh nghiệm; parts nobody wrote are blanks to fill.
        Assert.DoesNotContain(text, p => p.Contains("BÀI HỌC KINH NGHIỆM"));
        Assert.Equal(OfficialBlocks.FillLine, text[At("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ") + 1]);
    }

    [Fact]
    public void A_review_report_adds_bài_học_kinh_nghiệm_after_hạn_chế()
    {
        var text = Paragraphs(Save(SummaryFixtures.FirstPeriodSummary("ke-hoach-76-kh-du", "so_ket")));
        var parts = text.Where(p => p.Length > 3 && p[..3] is "I. " or "II." or "III" or "IV." or "V. " or "VI.").ToArray();
        Assert.Equal(new[] { "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. HẠN CHẾ, NGUYÊN NHÂN",
            "IV. BÀI HỌC KINH NGHIỆM", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ", "VI. ĐỀ XUẤT, KIẾN NGHỊ" }, parts);
    }

    [Fact]
    public void Vietnamese_numbers_group_thousands_with_dots_and_decimals_with_commas()
    {
        Assert.Equal("35.599", VietnameseNumbers.Count(35599));
        Assert.Equal("1.234.567,5", VietnameseNumbers.Format(1234567.5m));
        Assert.Equal("81,2", VietnameseNumbers.Format(81.2m));
        Assert.Equal("90,0%", VietnameseNumbers.Percent(90m));
        Assert.Equal("66,7%", VietnameseNumbers.Percent(66.67m));
    }

    [OfficeFact]
    public void LibreOffice_opens_the_report_and_prints_its_header_figures_and_signature()
    {
        var summary = CommuneSummary();
        var work = RepoPaths.NewTempFolder("baocao-lo");
        var docx = Path.Combine(work, "bao-cao.docx");
        ReportDocument.SaveAs(summary, docx, new ReportDocumentOptions
        {
            Body = ConsolidatingBody.Of(summary, new ConsolidatingBody(null, null, null, null, null, null, "Bí thư", "Nguyễn Văn An")),
        });
        var pdf = WordTools.ToPdf(docx);
        var printed = WordTools.PdfText(pdf);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", printed);
        Assert.Contains("ĐẢNG ỦY XÃ TÂN LẬP", printed);
        Assert.Contains("2/3 chi bộ, đơn vị (66,7%) đã gửi báo cáo", printed);
        Assert.Contains("Nguyễn Văn An", printed);
    }

    /// <summary>A plan-76 yearly summary of a commune: three chi bộ, one on time, one late, one missing, with narratives.</summary>
    /// <summary>
    /// A folder of received files holds the báo cáo sent up beside its biểu: ours is passed over, but a .docx that only
    /// claims to be ours (a zip bomb with ReportKit as its creator) is read under the import's limits and refused by
    /// name, never opened whole nor passed over in silence.
    /// </summary>
    [Fact]
    public void A_received_folder_passes_over_our_own_báo_cáo_but_refuses_a_bomb_that_claims_to_be_ours()
    {
        var folder = RepoPaths.NewTempFolder("received-docx");
        var ours = Path.Combine(folder, "tong-hop.docx");
        ReportDocument.SaveAs(CommuneSummary(), ours);
        var bomb = Path.Combine(folder, "bom.docx");
        File.Copy(ours, bomb);
        using (var zip = System.IO.Compression.ZipFile.Open(bomb, System.IO.Compression.ZipArchiveMode.Update))
        {
            // 40 MB of spaces inside the main part compress to a few KB: far above the ratio any real document has.
            var main = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(main.Open()))
                xml = reader.ReadToEnd();
            main.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open());
            writer.Write(xml.Replace("<w:body>", "<w:body>" + new string(' ', 40_000_000), System.StringComparison.Ordinal));
        }

        var result = ReportKit.Excel.Import.FormImporter.ImportFolder(folder, new ReportKit.Excel.Import.FormImportOptions(SummaryFixtures.Plan("ke-hoach-76-kh-du")));

        Assert.Equal(new[] { "bom.docx" }, result.Files);
        Assert.Equal(new[] { "bom.docx" }, result.RejectedFiles);
        Assert.Empty(result.Submissions);
    }

    internal static ReportSummary CommuneSummary(params RejectedFile[] rejected)
    {
        var plan = SummaryFixtures.Plan("ke-hoach-76-kh-du");
        var tree = UnitTree.Create(new[]
        {
            new Unit("dang_uy", "Đảng ủy xã Tân Lập", null, "dang_uy"),
            new Unit("cb1", "Chi bộ Thôn 1", "dang_uy", "chi_bo"),
            new Unit("cb2", "Chi bộ Thôn 2", "dang_uy", "chi_bo"),
            new Unit("cb3", "Chi bộ Thôn 3", "dang_uy", "chi_bo"),
        });
        var submissions = new[]
        {
            new Submission(plan.Id, "hang_nam", "cb1", "2024") { SubmittedOn = new DateOnly(2024, 11, 20), Source = "cb1.xlsx" }
                .WithValue("dang_vien", 1000).WithValue("dang_vien_tham_gia", 900)
                .WithNarrative("ket_qua", "Đã tổ chức 4 buổi sinh hoạt chuyên đề."),
            new Submission(plan.Id, "hang_nam", "cb2", "2024") { SubmittedOn = new DateOnly(2024, 12, 3), Source = "cb2.xlsx" }
                .WithValue("dang_vien", 250).WithValue("dang_vien_tham_gia", 200)
                .WithNarrative("han_che", "Một số đảng viên cao tuổi không tham gia được."),
        };
        return Consolidator.Summarize(plan, "hang_nam", "2024", tree, submissions, new DateOnly(2024, 12, 7), rejected);
    }

    internal static MemoryStream Save(ReportSummary summary, ReportDocumentOptions? options = null)
    {
        var stream = new MemoryStream();
        ReportDocument.Save(summary, stream, options);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The text of every paragraph of the body and its tables, in order.</summary>
    internal static List<string> Paragraphs(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>The footer table's two zones: Nơi nhận and the signature block.</summary>
    // Nơi nhận and the signature never open a page alone: the "Kèm theo" line, the assumption and the gap before the
    // footer keep with what follows, and the footer's one row does not split across pages.
    [Fact]
    public void The_signature_block_never_starts_a_page_without_the_text_it_closes()
    {
        using var docx = Save(SummaryFixtures.FirstPeriodSummary("ke-hoach-76-kh-du", "hang_nam"));
        using var document = WordprocessingDocument.Open(docx, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var footer = body.Elements<Table>().Last();
        Assert.NotNull(footer.Elements<TableRow>().Single().TableRowProperties?.GetFirstChild<CantSplit>());
        var before = footer.ElementsBefore().OfType<Paragraph>().Reverse().ToList();
        var annex = before.FindIndex(p => p.InnerText.StartsWith("Kèm theo", System.StringComparison.Ordinal));
        Assert.True(annex > 0, "no Kèm theo line before the footer");
        Assert.All(before.Take(annex + 1), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
    }

    private static (string[] Recipients, string[] Signature) Footer(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var cells = document.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Descendants<TableCell>().ToArray();
        string[] Lines(TableCell cell) => cell.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
        return (Lines(cells[0]), Lines(cells[1]));
    }

    internal static void IsValid(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013).Validate(document).ToList();
        Assert.True(errors.Count == 0, errors.Count + " validation error(s):\n" + string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }
}

/// <summary>LibreOffice Writer and poppler, to print a .docx as a person would (installed like <see cref="OfficeTools"/>).</summary>
internal static class WordTools
{
    public static string ToPdf(string docx)
    {
        OfficeTools.Ensure();
        var work = Path.GetDirectoryName(docx)!;
        var result = ProcessRunner.Run("/usr/bin/soffice", new[]
        {
            "--headless", "-env:UserInstallation=file://" + Path.Combine(work, "profile"),
            "--convert-to", "pdf", "--outdir", work, docx,
        }, work, timeout: TimeSpan.FromMinutes(3));
        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(result.ExitCode == 0 && File.Exists(pdf), "LibreOffice did not print the document:\n" + result.All);
        return pdf;
    }

    public static string PdfText(string pdf)
    {
        var result = ProcessRunner.Run("/usr/bin/pdftotext", new[] { "-layout", pdf, "-" }, Path.GetDirectoryName(pdf)!);
        Assert.True(result.ExitCode == 0, result.All);
        return System.Text.RegularExpressions.Regex.Replace(result.StandardOutput, @"\s+", " ");
    }
}
