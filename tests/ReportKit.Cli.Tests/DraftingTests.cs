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

    // A state plan as a page saved from a table-set header prints it: cells wrapped after a word, "|" between cells,
    // the People's Committee's name on two lines, the trích yếu in capitals starting "THỰC HIỆN", the body hard-wrapped.
    private const string TableHeader = """
        ỦY
        BAN NHÂN DÂN
        HUYỆN AN HÒA
        -------
        |
        CỘNG
        HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        |
        Số: 27/KH-UBND
        |
        An
        Hòa, ngày 03 tháng 5 năm 2024
        |
        KẾ HOẠCH
        THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN THƯ VIỆN CỘNG ĐỒNG TRÊN ĐỊA BÀN HUYỆN
        NĂM 2024
        I. CĂN CỨ BAN HÀNH
        KẾ HOẠCH
        1. Quyết định số 210/QĐ-UBND ngày 12
        tháng 3 năm 2024 của Ủy ban nhân dân tỉnh phê duyệt Đề án phát triển thư viện
        cộng đồng giai đoạn 2024-2026;
        2. Kế hoạch số 44/KH-UBND ngày
        05/4/2024 của Ủy ban nhân dân tỉnh về phát triển văn hóa đọc tại xã An
        Phú và các xã lân cận năm 2024.
        II. MỤC TIÊU
        1. Mục tiêu chung
        """;

    [Fact]
    public void A_state_header_set_in_a_table_gives_one_issuer_its_place_and_a_capital_title_that_begins_thuc_hien()
    {
        var document = Parse(Draft(TableHeader), out _).Document;

        Assert.Equal(DocumentKind.State, document.Kind);
        // One body on two lines, not "HUYỆN AN HÒA" under a parent "ỦY BAN NHÂN DÂN".
        Assert.Equal(("ỦY BAN NHÂN DÂN HUYỆN AN HÒA", null), (document.Issuer.Name, document.Issuer.Parent));
        Assert.Equal(("27", "KH-UBND"), (document.Number, document.Symbol));
        Assert.Equal(("An Hòa", new CalendarDate(2024, 5, 3)), (document.Place, document.Date));
        Assert.Equal("THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN THƯ VIỆN CỘNG ĐỒNG TRÊN ĐỊA BÀN HUYỆN NĂM 2024", document.Title);

        // A body of its own ("TỈNH ỦY", "HUYỆN ỦY") or a body under its parent stays two bodies.
        Assert.False(DraftRules.CompletesBodyName("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY ĐẠI LỘC"));
        Assert.False(DraftRules.CompletesBodyName("ỦY BAN NHÂN DÂN", "TỈNH ỦY QUẢNG NAM"));
        Assert.False(DraftRules.CompletesBodyName("UBND TỈNH LẠNG SƠN", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"));
        Assert.True(DraftRules.CompletesBodyName("HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ HỘI AN"));
    }

    [Fact]
    public void The_items_of_a_can_cu_section_are_the_documents_the_plan_implements_read_across_wrapped_lines()
    {
        var plan = Parse(Draft(TableHeader), out _);

        Assert.Equal(new[]
        {
            new DocumentRefSpec("210/QĐ-UBND", new CalendarDate(2024, 3, 12), "Ủy ban nhân dân tỉnh", "phê duyệt Đề án phát triển thư viện cộng đồng giai đoạn 2024-2026"),
            new DocumentRefSpec("44/KH-UBND", new CalendarDate(2024, 4, 5), "Ủy ban nhân dân tỉnh", "về phát triển văn hóa đọc tại xã An Phú và các xã lân cận năm 2024"),
        }, plan.Document.Implements);
        // The wrapped heading is one title; its numbered căn cứ are not outline items.
        Assert.Equal(new[] { ("I", "CĂN CỨ BAN HÀNH KẾ HOẠCH", 0), ("II", "MỤC TIÊU", 1) }, plan.Sections.Select(s => (s.No, s.Title, s.Items.Count)));
    }

    [Fact]
    public void A_hard_wrapped_line_goes_on_but_a_heading_or_a_whole_paragraph_on_its_line_ends_where_it_ends()
    {
        var wrapped = "tháng 3 năm 2024 của Ủy ban nhân dân tỉnh phê duyệt Đề án phát triển thư viện tại xã An";
        Assert.True(DraftRules.Wraps(wrapped, "Phú và các xã lân cận"));
        Assert.True(DraftRules.Wraps("1. Kế hoạch số 44/KH-UBND ngày", "05/4/2024 của Ủy ban nhân dân tỉnh"));
        Assert.True(DraftRules.Wraps("I. CĂN CỨ BAN HÀNH", "KẾ HOẠCH"));
        // A short heading, a sentence that ends, a paragraph longer than a wrapped line, a numbered item next: no join.
        Assert.False(DraftRules.Wraps("1. Mục tiêu chung", "Phát triển văn hóa đọc"));
        Assert.False(DraftRules.Wraps(wrapped + ".", "Phú và các xã lân cận"));
        Assert.False(DraftRules.Wraps(wrapped + " và các xã lân cận trong huyện theo lộ trình của Đề án phát triển", "Thư viện huyện chủ trì"));
        Assert.False(DraftRules.Wraps(wrapped, "2. Kế hoạch số 45/KH-UBND"));
    }

    [Fact]
    public void A_basis_sentence_listing_documents_with_commas_gives_each_its_issuer_up_to_what_it_does()
    {
        var references = DraftRules.References(
            "Căn cứ Quyết định số 15/QĐ-TTg ngày 02/01/2024 của Thủ tướng Chính phủ về phát triển văn hóa đọc (sau đây gọi là Quyết định số 15/QĐ-TTg), "
            + "Nghị định số 60/2023/NĐ-CP ngày 10/8/2023 của Chính phủ quy định chế độ thư viện; Nghị định 61/2024/NĐ-CP ngày 01/6/2024 Sửa đổi một số điều "
            + "Nghị định 60/2023/NĐ-CP; Nghị quyết số 9/NQ-HĐND ngày 20/7/2023 của HĐND huyện phân bổ, giao kinh phí; Kế hoạch 5 năm của huyện.");

        Assert.Equal(new[]
        {
            new DraftReference("15/QĐ-TTg", "2024-01-02", "Thủ tướng Chính phủ", "về phát triển văn hóa đọc"),
            new DraftReference("60/2023/NĐ-CP", "2023-08-10", "Chính phủ", "quy định chế độ thư viện"),
            new DraftReference("61/2024/NĐ-CP", "2024-06-01", null, "Sửa đổi một số điều Nghị định 60/2023/NĐ-CP"),
            new DraftReference("9/NQ-HĐND", "2023-07-20", "HĐND huyện", "phân bổ, giao kinh phí"),
        }, references);
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
