using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Cli.Drafting;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter.Xunit;

namespace ReportKit.Cli.Tests;

/// <summary>The drafter behind <c>reportkit init</c>: what it reads from a plan's text and how it writes the template.</summary>
public sealed class DraftingTests
{
    private static PlanSpec Parse(string yaml, out IReadOnlyList<TemplateDiagnostic> diagnostics)
    {
        var result = PlanTemplateParser.Parse("draft.plan.yaml", yaml);
        diagnostics = result.Diagnostics;
        Assert.True(result.Plan is not null && result.Diagnostics.All(d => d.Severity != TemplateSeverity.Error), string.Join("\n", result.Diagnostics) + "\n" + yaml);
        return result.Plan!;
    }

    private static string Draft(string text) => DraftWriter.Write(PlanDrafter.Draft(PlanText.FromText(text)), "ke-hoach.txt");

    private const string Numbered = """
        ĐẢNG BỘ TỈNH QUẢNG NAM
        ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
        *
        Số 12-KH/ĐUK

        ĐẢNG CỘNG SẢN VIỆT NAM
        Quảng Nam, ngày 05 tháng 3 năm 2024

        KẾ HOẠCH

        tuyên truyền kỷ niệm ngày thành lập Đảng

        I. MỤC ĐÍCH, YÊU CẦU

        1. Mục đích

        2. Yêu cầu

        4. Bảo đảm tiết kiệm

        II. NỘI DUNG

        1. Lịch sử Đảng

        1.1. Thời kỳ 1930 - 1945

        a) Cương lĩnh đầu tiên

        b) Cách mạng tháng Tám

        1.2. Thời kỳ kháng chiến

        III. HÌNH THỨC KHÁC

        - Tuyên truyền trực quan

        + Băng rôn, khẩu hiệu

        + Pa nô

        - Tuyên truyền trên báo chí

        Nơi nhận:
        - Ban Thường vụ Tỉnh ủy,
        - Lưu VP.

        T/M BAN THƯỜNG VỤ
        BÍ THƯ

        Nguyễn Văn An
        """;

    [Fact]
    public void Numbering_is_kept_as_written_in_every_style_gaps_included()
    {
        var plan = Parse(Draft(Numbered), out _);

        var outline = DraftingMeasure.Outline(plan).Select(i => i.Path + " " + i.Title).ToArray();
        Assert.Equal(new[]
        {
            "I MỤC ĐÍCH, YÊU CẦU", "I.1 Mục đích", "I.2 Yêu cầu", "I.4 Bảo đảm tiết kiệm",
            "II NỘI DUNG", "II.1 Lịch sử Đảng", "II.1.1 Thời kỳ 1930 - 1945", "II.1.1.a Cương lĩnh đầu tiên", "II.1.1.b Cách mạng tháng Tám",
            "II.1.2 Thời kỳ kháng chiến",
            "III HÌNH THỨC KHÁC", "III.- Tuyên truyền trực quan", "III.- Tuyên truyền trên báo chí",
        }, outline);
        // "+" cannot repeat in a list of the format (RK0018): the "+" lines stay under their item as comments, as written.
        Assert.Contains("    title: Tuyên truyền trực quan\n    # + Băng rôn, khẩu hiệu\n    # + Pa nô\n", Draft(Numbered));
        // The holding section's items are contents, each with an id a `by: contents` indicator can use.
        Assert.Equal(SectionRole.Contents, plan.Sections[1].Role);
        Assert.All(new ContentOutline(plan.Contents).Leaves, l => Assert.True(Identifiers.IsValidId(l.Item.Id!)));
    }

    [Fact]
    public void A_header_gives_issuer_parent_number_place_date_and_kind()
    {
        var plan = Parse(Draft(Numbered), out _);
        var document = plan.Document;

        Assert.Equal(("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ TỈNH QUẢNG NAM"), (document.Issuer.Name, document.Issuer.Parent));
        Assert.Equal(("12", "KH/ĐUK"), (document.Number, document.Symbol));
        Assert.Equal(("Quảng Nam", new CalendarDate(2024, 3, 5)), (document.Place, document.Date));
        Assert.Equal(DocumentKind.Party, document.Kind);
        Assert.Equal("KeHoach12", plan.Id);
        Assert.Equal("tuyên truyền kỷ niệm ngày thành lập Đảng", document.Title);
        Assert.Equal(new SignatureSpec("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An"), document.Signature);
        Assert.Equal(new[] { "Ban Thường vụ Tỉnh ủy", "Lưu VP" }, document.Recipients.Select(r => r.Name));
    }

    [Fact]
    public void A_text_without_a_reporting_demand_drafts_a_valid_template_that_says_none_was_found()
    {
        var yaml = Draft(Numbered);

        var plan = Parse(yaml, out var diagnostics);

        Assert.Empty(plan.Reports);
        Assert.Empty(diagnostics);
        Assert.Contains("# Không tìm thấy yêu cầu báo cáo nào trong văn bản", yaml);
    }

    [Fact]
    public void Every_reporting_demand_becomes_a_report_quoting_its_sentence_and_stating_what_is_vague()
    {
        var text = Numbered.Replace("- Tuyên truyền trên báo chí",
            "- Tuyên truyền trên báo chí\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Các chi bộ\n\n- Báo cáo kết quả tuyên truyền trước ngày 20/4/2024; báo cáo tổng kết vào tháng 12 hằng năm (từ năm 2024).\n\n"
            + "Trên đây là kế hoạch; các cấp ủy định kỳ báo cáo kết quả về Đảng ủy Khối.");
        var yaml = Draft(text);

        var plan = Parse(yaml, out _);

        Assert.Collection(plan.Reports,
            r => Assert.Equal(("Báo cáo kết quả tuyên truyền", PeriodKind.Once, DueKind.Before, new CalendarDate(2024, 4, 20)), (r.Title, r.Period, r.Due!.Kind, r.Due.Date!.Value)),
            r => Assert.Equal(("Báo cáo tổng kết", PeriodKind.Year, 2024, 12), (r.Title, r.Period, r.FromYear!.Value, r.Due!.Month!.Value)),
            r =>
            {
                // "định kỳ" names no period and no date: nothing is invented, the assumption says what to choose.
                Assert.Equal((PeriodKind.Once, (DueSpec?)null), (r.Period, r.Due));
                Assert.Contains("định kỳ", r.Assumption);
            });
        Assert.Contains("# «Báo cáo kết quả tuyên truyền trước ngày 20/4/2024» (IV.1, dòng", yaml);
        Assert.Equal(new[] { "Báo cáo kết quả tuyên truyền trước ngày 20/4/2024; báo cáo tổng kết vào tháng 12 hằng năm (từ năm 2024)" },
            plan.Units.Single().Tasks);
    }

    [Fact]
    public void Ocr_noise_and_margin_notes_after_the_signature_are_flagged_and_kept_out_of_the_template()
    {
        var yaml = DraftingMeasure.DraftYaml(DraftingMeasure.PlanPath("001_d89e9d0d9bfc5a8c.txt"));
        var plan = Parse(yaml, out _);

        var comments = yaml.Split('\n').Where(l => l.StartsWith("# dòng ")).ToArray();
        Assert.Contains(comments, l => l.Contains("NHIỄU OCR") && l.EndsWith(": - Cn̄ b̄:"));
        Assert.Contains(comments, l => l.Contains("NHIỄU OCR") && l.EndsWith(": - V̄H x̄H, OT̄I, (P̄ UBND."));
        Assert.Contains(comments, l => l.Contains("NHIỄU OCR") && l.EndsWith(": 27."));
        Assert.Contains(comments, l => l.Contains("sau chữ ký") && l.EndsWith(": - Đu, Poon thz;"));
        Assert.DoesNotContain(plan.Document.Recipients, r => r.Name.Contains("Poon") || r.Name.Contains("Cn"));
        Assert.Equal("Vân Trung Kiên", plan.Document.Signature!.Name);
    }

    [Fact]
    public void A_word_plan_is_read_paragraph_by_paragraph_with_its_header_table()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("init-docx"), "ke-hoach.docx");
        WriteWordPlan(path);

        var yaml = DraftWriter.Write(PlanDrafter.Draft(PlanText.Read(path)), "ke-hoach.docx");
        var plan = Parse(yaml, out _);

        Assert.Equal(("HUYỆN ỦY ĐỊNH HÓA", "ĐẢNG BỘ TỈNH THÁI NGUYÊN"), (plan.Document.Issuer.Name, plan.Document.Issuer.Parent));
        Assert.Equal(("45", "KH/HU", new CalendarDate(2024, 2, 15)), (plan.Document.Number, plan.Document.Symbol, plan.Document.Date));
        Assert.Equal(DocumentKind.Party, plan.Document.Kind);
        Assert.Equal("học tập chuyên đề năm 2024", plan.Document.Title);
        Assert.Equal(new[] { "I", "I.1", "II", "II.1", "II.2" }, DraftingMeasure.Outline(plan).Select(i => i.Path));
        Assert.Equal(new[] { "Các chi bộ", "Ban Tuyên giáo Huyện ủy" }, plan.Units.Select(u => u.Name));
        Assert.Equal(new[] { "Tổ chức học tập", "Báo cáo kết quả trước ngày 30/11/2024" }, plan.Units[0].Tasks);
        var report = Assert.Single(plan.Reports);
        Assert.Equal((DueKind.Before, new CalendarDate(2024, 11, 30)), (report.Due!.Kind, report.Due.Date!.Value));
        Assert.Equal(new SignatureSpec("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Thị Bình"), plan.Document.Signature);
    }

    private static void WriteWordPlan(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        static Paragraph P(params string[] lines)
        {
            var run = new Run();
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) run.Append(new Break());
                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            return new Paragraph(run);
        }
        // The header as offices set it: a two-column table, issuer on the left, the Party heading and date on the right.
        var header = new Table(new TableRow(
            new TableCell(P("ĐẢNG BỘ TỈNH THÁI NGUYÊN"), P("HUYỆN ỦY ĐỊNH HÓA"), P("*"), P("Số 45-KH/HU")),
            new TableCell(P("ĐẢNG CỘNG SẢN VIỆT NAM"), P("Định Hóa, ngày 15 tháng 02 năm 2024"))));
        main.Document = new Document(new Body(
            header,
            P("KẾ HOẠCH"),
            P("học tập chuyên đề năm 2024"),
            P("I. MỤC ĐÍCH"),
            P("1. Nâng cao nhận thức"),
            P("II. TỔ CHỨC THỰC HIỆN"),
            P("1. Các chi bộ"),
            P("- Tổ chức học tập;"),
            P("- Báo cáo kết quả trước ngày 30/11/2024."),
            P("2. Ban Tuyên giáo Huyện ủy"),
            P("Nơi nhận:"),
            P("- Các chi bộ,"),
            P("- Lưu VP."),
            P("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
            P("Trần Thị Bình")));
        main.Document.Save();
    }

    [Fact]
    public void Each_seed_draft_passes_check_and_still_passes_once_an_indicator_is_chosen()
    {
        foreach (var (planFile, _) in DraftingMeasure.Seeds)
        {
            var yaml = DraftingMeasure.DraftYaml(DraftingMeasure.PlanPath(planFile));
            var lines = yaml.Split('\n').ToList();
            Parse(yaml, out var asWritten);
            Assert.DoesNotContain(asWritten, d => d.Severity == TemplateSeverity.Error);

            // What the author does: uncomment "indicators:" and the first suggestion.
            var header = lines.IndexOf("# indicators:");
            Assert.True(header >= 0, planFile + ": no suggested indicators");
            lines[header] = "indicators:";
            var first = lines.FindIndex(header, l => l.StartsWith("#   - { id: "));
            lines[first] = lines[first].Substring(2);

            var chosen = Parse(string.Join("\n", lines), out var diagnostics);
            Assert.DoesNotContain(diagnostics, d => d.Severity == TemplateSeverity.Error);
            Assert.Single(chosen.Indicators);
        }
    }

    [Fact]
    public void Yaml_scalars_are_quoted_where_yaml_would_read_them_otherwise()
    {
        var texts = new[]
        {
            "Số: /SVHTTDL-QLVHGĐ", "- gạch đầu dòng", "76", "2023-05-10", "yes", "No", "null", "~", "a #b", "kết thúc:",
            "“Nhất quán phương châm: Phòng ngừa”", "ngoặc \"kép\" và \\", "[x]", "{y}", "Lưu: VT, QLVH&GD(HVĐ)", "&neo", "*bí danh", "!thẻ", "%", "@", "`",
            "Ban Tuyên giáo Đảng ủy, Văn phòng", "tin, bài",
        };
        foreach (var text in texts)
        {
            var yaml = "reportkit: 1\nplan:\n  id: P\n  kind: party\n  genre: KẾ HOẠCH\n  issuer:\n    name: A\n  title: " + YamlText.Scalar(text) + "\n";
            Assert.Equal(text, Parse(yaml, out _).Document.Title);
        }
        Assert.Equal("tin, bài", YamlText.Scalar("tin, bài"));
        Assert.Equal("\"76\"", YamlText.Scalar("76"));
    }

    [Fact]
    public void The_draft_is_the_same_bytes_every_time()
    {
        var path = DraftingMeasure.PlanPath("000_fdf67b30129c0d9e.txt");
        Assert.Equal(DraftingMeasure.DraftYaml(path), DraftingMeasure.DraftYaml(path));
        Assert.StartsWith(DraftWriter.Modeline + "\n", DraftingMeasure.DraftYaml(path));
        Assert.Equal(DraftWriter.Modeline, File.ReadLines(Path.Combine(RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml")).First());
    }

    [Fact]
    public void Seed_001_draft_reads_as_reviewed()
    {
        Snapshot.Match(DraftingMeasure.DraftYaml(DraftingMeasure.PlanPath("001_d89e9d0d9bfc5a8c.txt")));
    }
}
