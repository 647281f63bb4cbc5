using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>The documents an office files: the báo cáo <c>summarize</c> writes beside the summary, and <c>remind</c>'s công văn đôn đốc.</summary>
public sealed class ReportDocumentsCliTests : IClassFixture<OfficeWorkflow>
{
    private static readonly string[] Signer =
    {
        "--body-symbol", "ĐU", "--place", "Hồng Phong", "--signer-capacity", "T/M Ban Thường vụ", "--signer-title", "Bí thư", "--signer-name", "Nguyễn Văn An",
    };

    private readonly OfficeWorkflow _run;

    public ReportDocumentsCliTests(OfficeWorkflow run) => _run = run;

    [Fact]
    public void Summarize_writes_the_báo_cáo_of_the_root_unit_beside_the_summary()
    {
        var text = Paragraphs(Path.Combine(_run.Folder, "tong-hop.docx"));
        Assert.Contains("ĐẢNG ỦY XÃ HỒNG PHONG", text.Take(10));
        Assert.Contains("Tình hình gửi báo cáo (tính đến ngày 15/12/2024): 4/5 chi bộ, đơn vị (80,0%) đã gửi báo cáo, 3 đúng hạn.", text);
        Assert.Contains("Chưa gửi báo cáo (1): Chi bộ Quân sự xã (quá hạn 15 ngày).", text);
        Assert.Contains("Kèm theo: Biểu tổng hợp kết quả thực hiện năm 2024 (tệp tong-hop.xlsx).", text);
        Assert.Contains("- Huyện ủy,", text);
        Assert.DoesNotContain(text, t => t.Contains("Vân Trung Kiên"));
    }

    [Fact]
    public void Summarize_signs_with_the_options_refuses_an_existing_báo_cáo_and_the_level_above_passes_it_over()
    {
        var folder = RepoPaths.NewTempFolder("cli-baocao");
        File.Copy(Path.Combine(_run.Folder, "units.csv"), Path.Combine(folder, "units.csv"));
        var forms = Path.Combine(folder, "forms");
        Directory.CreateDirectory(forms);
        foreach (var form in OfficeWorkflow.Filled.Select(f => OfficeWorkflow.ExpectedForms[f.UnitId]))
            File.Copy(Path.Combine(_run.FormsFolder, form), Path.Combine(forms, form));
        File.WriteAllText(Path.Combine(folder, "tong-hop.docx"), "not mine");

        var refused = Cli.Run(folder, OfficeWorkflow.SummarizeArguments("tong-hop.xlsx").Concat(Signer).ToArray());
        Cli.ExitCode(3, refused);
        Assert.Contains("tong-hop.docx' đã tồn tại", refused.StandardError);
        Assert.False(File.Exists(Path.Combine(folder, "tong-hop.xlsx")));

        // Written into the forms folder, as a level's summary and báo cáo land in the folder of the level above.
        var signed = Cli.Run(folder, OfficeWorkflow.SummarizeArguments("forms/tong-hop.xlsx").Concat(Signer).ToArray());
        Cli.ExitCode(0, signed);
        var (recipients, signature) = Footer(Path.Combine(forms, "tong-hop.docx"));
        Assert.Equal(new[] { "Nơi nhận:", "- Huyện ủy,", "- Lưu." }, recipients);
        Assert.Equal(new[] { "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An" }, signature.Where(t => t.Length > 0));
        Assert.Contains(Paragraphs(Path.Combine(forms, "tong-hop.docx")), t => t.StartsWith("Hồng Phong, ngày", StringComparison.Ordinal));

        var again = Cli.Run(folder, OfficeWorkflow.SummarizeArguments("again.xlsx").Concat(Signer).ToArray());
        Assert.DoesNotContain("tong-hop.docx", again.StandardError);
    }

    [Fact]
    public void Remind_writes_the_công_văn_đôn_đốc_to_the_missing_and_late_units_end_to_end()
    {
        var result = Cli.Run(_run.Folder, "remind", Cli.Seed001, "--report", OfficeWorkflow.Report, "--period", OfficeWorkflow.Period, "--units", "units.csv",
            "--in", "forms/", "--out", "nhac/don-doc.docx", "--as-of", OfficeWorkflow.AsOf, "--signer-title", "Phó Bí thư", "--signer-name", "Nguyễn Văn An");
        Cli.ExitCode(0, result);
        Assert.Equal("công văn đôn đốc 2 đơn vị (1 chưa gửi, 0 phải gửi lại, 1 gửi muộn) đã ghi vào nhac/don-doc.docx",
            result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim());
        var text = Paragraphs(Path.Combine(_run.Folder, "nhac", "don-doc.docx"));
        Assert.Equal(new[] { "Kính gửi:", "- Chi bộ Công an xã;", "- Chi bộ Quân sự xã." }, text.SkipWhile(t => t != "Kính gửi:").Take(3));
        Assert.Contains("- Chi bộ Quân sự xã: hạn 30/11/2024 (giả định); chưa nộp (quá hạn 15 ngày).", text);
        Assert.Contains("- Chi bộ Công an xã: hạn 30/11/2024 (giả định), gửi ngày 05/12/2024 (muộn 5 ngày).", text);
        Assert.Contains("Nguyễn Văn An", text);

        var refused = Cli.Run(_run.Folder, "remind", Cli.Seed001, "--report", OfficeWorkflow.Report, "--period", OfficeWorkflow.Period, "--units", "units.csv",
            "--in", "forms/", "--out", "nhac/don-doc.docx", "--as-of", OfficeWorkflow.AsOf);
        Cli.ExitCode(3, refused);
    }

    private static List<string> Paragraphs(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static (string[] Recipients, string[] Signature) Footer(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var cells = document.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Descendants<TableCell>().ToArray();
        string[] Lines(TableCell cell) => cell.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
        return (Lines(cells[0]), Lines(cells[1]));
    }
}
