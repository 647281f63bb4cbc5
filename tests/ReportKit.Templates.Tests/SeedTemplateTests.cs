using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Testing;

namespace ReportKit.Templates.Tests;

/// <summary>
/// The bundled templates transcribe the four seed documents. They must load without a single
/// diagnostic, and they must say what the documents say: numbering as written, the three reporting
/// regimes of 76-KH/ĐU, blanks left blank, and assumptions stated wherever a document is silent.
/// </summary>
public sealed class SeedTemplateTests
{
    private const string Seed000 = "ke-hoach-duk-xay-dung-dang.plan.yaml";
    private const string Seed001 = "ke-hoach-76-kh-du.plan.yaml";
    private const string Seed002 = "ke-hoach-98-kh-tu.plan.yaml";
    private const string Seed004 = "cong-van-svhttdl-qlvhgd.plan.yaml";

    /// <summary>
    /// The bundled templates: the seeds under templates/ and the examples under templates/examples/, as paths relative to
    /// templates/ with '/' (<c>examples/x.plan.yaml</c>), in ordinal order.
    /// </summary>
    public static TheoryData<string> BundledTemplates()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepoPaths.BundledTemplatePaths())
            data.Add(Path.GetRelativePath(RepoPaths.Templates, path).Replace('\\', '/'));
        return data;
    }

    [Fact]
    public void There_is_one_template_per_seed_document()
    {
        var files = Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);

        Assert.Equal(new[] { Seed004, Seed001, Seed002, Seed000 }, files);
    }

    [Theory]
    [MemberData(nameof(BundledTemplates))]
    public void Template_loads_without_any_diagnostic(string fileName)
    {
        var path = Path.Combine(RepoPaths.Templates, fileName);

        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        Assert.NotNull(result.Plan);
    }

    [Theory]
    [MemberData(nameof(BundledTemplates))]
    public void Template_text_is_NFC_so_Vietnamese_compares_and_sorts_as_written(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Templates, fileName));

        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [MemberData(nameof(BundledTemplates))]
    public void Every_report_without_a_deadline_says_what_it_assumes(string fileName)
    {
        var plan = Load(fileName);

        Assert.All(plan.Reports.Where(r => r.Due is null), r => Assert.False(string.IsNullOrWhiteSpace(r.Assumption), r.Id));
        Assert.NotEmpty(plan.Assumptions);
    }

    // ------------------------------------------------------------------ 001: Kế hoạch 76-KH/ĐU

    [Fact]
    public void Seed001_identity_is_76_KH_DU_implementing_105_KH_HU()
    {
        var plan = Load(Seed001);
        var document = plan.Document;

        Assert.Equal("KeHoach76", plan.Id);
        Assert.Equal(DocumentKind.Party, document.Kind);
        Assert.Equal("KẾ HOẠCH", document.Genre);
        Assert.Equal("76", document.Number);
        Assert.Equal("KH/ĐU", document.Symbol);
        Assert.Null(document.Date);
        Assert.Null(document.Place);
        Assert.StartsWith("triển khai đợt sinh hoạt chính trị, tư tưởng về nội dung tác phẩm “Kiên quyết, kiên trì", document.Title, StringComparison.Ordinal);
        var implemented = Assert.Single(document.Implements);
        Assert.Equal("105-KH/HU", implemented.Ref);
        Assert.Equal(new CalendarDate(2023, 4, 7), implemented.Date);
        Assert.Equal("Ban Thường vụ Huyện ủy", implemented.By);
    }

    [Fact]
    public void Seed001_has_the_three_reporting_regimes_of_section_IV_1_2()
    {
        var reports = Load(Seed001).Reports;

        Assert.Equal(new[] { "trien_khai", "hang_nam", "so_ket" }, reports.Select(r => r.Id));

        // "trước ngày 20/4/2023"
        var trienKhai = reports[0];
        Assert.Equal(PeriodKind.Once, trienKhai.Period);
        Assert.Equal(DueKind.Before, trienKhai.Due!.Kind);
        Assert.Equal(new CalendarDate(2023, 4, 20), trienKhai.Due.Date);

        // "vào tháng 11 hằng năm (từ năm 2023 trở đi)"
        var hangNam = reports[1];
        Assert.Equal(PeriodKind.Year, hangNam.Period);
        Assert.Equal(2023, hangNam.FromYear);
        Assert.Null(hangNam.ToYear);
        Assert.Equal(DueKind.InMonth, hangNam.Due!.Kind);
        Assert.Equal(11, hangNam.Due.Month);
        Assert.Null(hangNam.Due.Year);
        Assert.Null(hangNam.Due.Day);

        // "báo cáo sơ kết giai đoạn 2023-2025 vào tháng 10/2025"
        var soKet = reports[2];
        Assert.Equal(PeriodKind.Span, soKet.Period);
        Assert.Equal(2023, soKet.FromYear);
        Assert.Equal(2025, soKet.ToYear);
        Assert.Equal(DueKind.InMonth, soKet.Due!.Kind);
        Assert.Equal(2025, soKet.Due.Year);
        Assert.Equal(10, soKet.Due.Month);

        // A Party plan that names no cut-off reports on calendar periods.
        Assert.All(reports, r => Assert.Equal(CutOffKind.Calendar, r.CutOff.Kind));
    }

    [Fact]
    public void Seed001_section_V_keeps_the_documents_numbering_with_no_5()
    {
        var plan = Load(Seed001);

        Assert.Equal(new[] { "1", "2", "3", "4", "6", "7" }, plan.Units.Select(u => u.No));
        var sectionV = plan.Sections.Single(s => s.No == "V");
        Assert.Equal(SectionRole.Units, sectionV.Role);
    }

    [Fact]
    public void Seed001_contents_are_numbered_II_1_1_to_II_2_3()
    {
        var contents = Load(Seed001).Contents;

        Assert.Equal(new[] { "II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "II.2.2", "II.2.3" }, Flatten(contents).Select(c => c.Path));
        Assert.Equal(new[] { "tong_quat", "gia_tri", "phan_thu_nhat", "phan_thu_hai", "phan_thu_ba" },
            Flatten(contents).Where(c => c.Items.IsEmpty).Select(c => c.Id));
        Assert.Equal("cot_loi", contents[1].Id);
        Assert.Equal("Những nội dung cốt lõi của tác phẩm", contents[1].Title);
    }

    [Fact]
    public void Seed001_monthly_sessions_must_pick_an_item_of_II_2()
    {
        var rules = Load(Seed001).Rules;

        // IV.2.3 Bước 1: "mỗi buổi sinh hoạt … lựa chọn ít nhất 01 nội dung … tại mục 2 phần II".
        var coverage = rules.Single(r => r.Coverage is { Within: "cot_loi" });
        Assert.Equal(RuleKind.Coverage, coverage.Kind);
        Assert.Equal(1, coverage.Coverage!.Min);
        Assert.Equal(new[] { "hang_nam", "so_ket" }, coverage.Reports);

        var participants = rules.Single(r => r.Kind == RuleKind.Check && r.Left is IndicatorRefExpr { Id: "dang_vien_tham_gia" });
        Assert.Equal(ComparisonOperator.LessOrEqual, participants.Operator);
        Assert.Equal(new IndicatorRefExpr("dang_vien"), participants.Right);
    }

    [Fact]
    public void Seed001_forms_and_indicators_follow_section_IV_2_2()
    {
        var plan = Load(Seed001);

        Assert.Equal(new[] { "hội thảo", "tọa đàm", "sinh hoạt chuyên đề", "sinh hoạt cấp ủy, chi bộ, đơn vị hằng tháng" }, plan.Forms.Select(f => f.Title));
        var indicators = plan.Indicators.ToDictionary(i => i.Id);
        Assert.Equal(Disaggregation.Forms, indicators["so_buoi"].By);
        Assert.Equal(Disaggregation.Contents, indicators["so_buoi_noi_dung"].By);
        // Participants ≤ members is stated once, as a rule with its message (not also as "max: dang_vien").
        Assert.Null(indicators["dang_vien_tham_gia"].MaxIndicator);
        Assert.Contains(plan.Rules, r => r.Kind == RuleKind.Check && r.Left!.ToString() == "dang_vien_tham_gia" && r.Right!.ToString() == "dang_vien");
        var ratio = indicators["ty_le_dang_vien_tham_gia"];
        Assert.Equal(IndicatorType.Ratio, ratio.Type);
        Assert.Equal(ValueFormat.Percent, ratio.Format);
        Assert.Equal("(dang_vien_tham_gia / dang_vien)", ratio.Formula!.ToString());
        Assert.Contains(plan.Narratives, n => n.Label == "Đề xuất, kiến nghị (nếu có)");
    }

    [Fact]
    public void Seed001_peak_dates_are_the_six_holidays_of_IV_1_1()
    {
        var peaks = Load(Seed001).PeakDates;

        Assert.Equal(new[] { (3, 2), (30, 4), (19, 5), (19, 8), (2, 9), (22, 12) }, peaks.Select(p => (p.Day, p.Month)));
        Assert.Equal("Ngày Thành lập Đảng", peaks[0].Label);
    }

    [Fact]
    public void Seed001_levels_units_and_consolidation()
    {
        var plan = Load(Seed001);

        Assert.Equal(new[] { "chi_bo", "dang_uy", "huyen_uy" }, plan.Levels.Select(l => l.Id));
        var banTuyenGiao = plan.Units.Single(u => u.No == "7");
        Assert.Equal("Ban Tuyên giáo Đảng ủy", banTuyenGiao.Name);
        Assert.Equal("dang_uy", banTuyenGiao.Level);
        Assert.Equal(new[] { "hang_nam", "so_ket" }, banTuyenGiao.Consolidates);
        var chiBo = plan.Units.Single(u => u.No == "1");
        Assert.Equal("Các chi bộ trực thuộc Đảng ủy", chiBo.Name);
        Assert.Equal(new[] { "trien_khai", "hang_nam", "so_ket" }, chiBo.Reports);
        Assert.Equal(3, chiBo.Tasks.Count);
    }

    [Fact]
    public void Seed001_signature_and_recipients_are_as_printed_without_the_OCR_tail()
    {
        var document = Load(Seed001).Document;

        Assert.Equal(new SignatureSpec("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Vân Trung Kiên"), document.Signature);
        Assert.Equal(7, document.Recipients.Count);
        Assert.Equal("Thường trực Đảng ủy", document.Recipients[0].Name);
        Assert.Equal("Lưu VP", document.Recipients[6].Name);
        Assert.DoesNotContain(document.Recipients, r => r.Name.Contains("Poon", StringComparison.Ordinal));
        var transcribedLines = File.ReadLines(Path.Combine(RepoPaths.Templates, Seed001)).Where(l => !l.TrimStart().StartsWith('#'));
        Assert.DoesNotContain(transcribedLines, l => l.Contains("Poon", StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------ 004: Công văn SVHTTDL-QLVHGĐ

    [Fact]
    public void Seed004_is_a_state_cong_van_with_blank_number_and_date()
    {
        var document = Load(Seed004).Document;

        Assert.Equal(DocumentKind.State, document.Kind);
        Assert.Equal("CÔNG VĂN", document.Genre);
        Assert.Null(document.Number);
        Assert.Equal("SVHTTDL-QLVHGĐ", document.Symbol);
        Assert.Equal("Lạng Sơn", document.Place);
        Assert.Null(document.Date);
        Assert.Equal(2023, document.Year);
        Assert.StartsWith("triển khai thực hiện Kế hoạch số 113-KH/TU, ngày 16/5/2023", document.Title, StringComparison.Ordinal);
        Assert.Equal(new SignatureSpec("KT.GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Văn Hòa"), document.Signature);
    }

    [Fact]
    public void Seed004_implements_the_two_dispatches_and_113_KH_TU()
    {
        var implements = Load(Seed004).Document.Implements;

        Assert.Equal(new[] { "637-CV/BCSD", "2373", "113-KH/TU" }, implements.Select(i => i.Ref));
        Assert.Equal(new CalendarDate?[] { new(2023, 5, 18), new(2023, 5, 26), new(2023, 5, 16) }, implements.Select(i => i.Date));
        Assert.Equal("Văn phòng UBND tỉnh", implements[1].By);
    }

    [Fact]
    public void Seed004_addressees_and_recipients_keep_the_T_h_and_B_c_tags()
    {
        var document = Load(Seed004).Document;

        Assert.Equal(3, document.SendTo.Count);
        Assert.Equal("Các đơn vị trực thuộc Sở", document.SendTo[0].Name);
        Assert.Equal(new RecipientSpec("Như trên", "T/h"), document.Recipients[0]);
        Assert.Equal(new RecipientSpec("Văn phòng UBND tỉnh", "B/c"), document.Recipients[1]);
        Assert.Equal(new[] { "T/h", "B/c" }, document.Recipients.Where(r => r.Tag is not null).Select(r => r.Tag));
        Assert.Equal("Lưu: VT, QLVH&GD(HVĐ)", document.Recipients[^1].Name);
    }

    [Fact]
    public void Seed004_contents_are_I_1_1_to_I_1_5_and_I_2_1_to_I_2_9()
    {
        var leaves = Flatten(Load(Seed004).Contents).Where(c => c.Items.IsEmpty).Select(c => c.Path).ToList();

        var expected = Enumerable.Range(1, 5).Select(i => "I.1." + i).Concat(Enumerable.Range(1, 9).Select(i => "I.2." + i));
        Assert.Equal(expected, leaves);
    }

    [Fact]
    public void Seed004_asks_only_what_the_cong_van_names_in_one_assumed_report_with_an_assumed_deadline()
    {
        var plan = Load(Seed004);

        // The công văn asks for no report: one, not a periodic one, and the deadline is marked as assumed.
        var report = Assert.Single(plan.Reports);
        Assert.Equal(PeriodKind.Once, report.Period);
        Assert.True(report.DueAssumed);
        Assert.Equal(new CalendarDate(2023, 12, 20), report.Due!.Date);
        Assert.Contains("không yêu cầu báo cáo, không nêu số liệu và không nêu thời hạn", report.Assumption, StringComparison.Ordinal);
        Assert.Contains(plan.Assumptions, a => a.Contains("Công văn không yêu cầu báo cáo", StringComparison.Ordinal));
        // Figures only on what it names: the forms of II and III, and tin, bài (III) on the contents of I; the result in words.
        Assert.Equal(new[] { ("so_hoat_dong", "forms"), ("so_tin_bai", "contents") },
            plan.Indicators.Select(i => (i.Id, i.By.ToString().ToLowerInvariant())));
        Assert.Equal(new[] { "ket_qua" }, plan.Narratives.Select(n => n.Id));
        Assert.Equal(new[] { "dai_chung", "internet_mxh", "truc_quan", "hoi_nghi_bcv", "sinh_hoat", "van_hoa_the_thao", "tai_lieu", "long_ghep" },
            plan.Forms.Select(f => f.Id));
    }

    /// <summary>The seed templates (templates/*.plan.yaml) with the seed text their header names (<c>Source: shared/seeds/….txt</c>).</summary>
    public static TheoryData<string> SeedTemplates()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").OrderBy(p => p, StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedTemplates))]
    public void Every_content_title_is_word_for_word_in_the_seed_text(string fileName)
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Templates, fileName));
        var source = System.Text.RegularExpressions.Regex.Match(template, @"Source: shared/seeds/(\S+?\.txt)");
        Assert.True(source.Success, fileName + " does not name its seed text (Source: shared/seeds/….txt)");
        var seed = Plain(File.ReadAllText(RepoPaths.Combine("tests", "Plans", source.Groups[1].Value)));

        var missing = Flatten(Load(fileName).Contents).Where(c => !seed.Contains(Plain(c.Title), StringComparison.Ordinal))
            .Select(c => c.Path + " " + c.Title).ToList();

        Assert.True(missing.Count == 0, "not word for word in " + source.Groups[1].Value + ":\n" + string.Join("\n", missing));
    }

    /// <summary>NFC, markdown emphasis dropped, every run of white space (a line or page break too) one space.</summary>
    private static string Plain(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Normalize(NormalizationForm.FormC).Replace("**", string.Empty), @"\s+", " ").Trim();

    // ------------------------------------------------------------------ 000: Kế hoạch of the Đảng ủy Khối

    [Fact]
    public void Seed000_leaves_the_missing_header_blank_and_implements_293_KH_TU()
    {
        var document = Load(Seed000).Document;

        Assert.Equal(DocumentKind.Party, document.Kind);
        Assert.Null(document.Number);
        Assert.Null(document.Date);
        Assert.Null(document.Place);
        var implemented = Assert.Single(document.Implements);
        Assert.Equal("293-KH/TU", implemented.Ref);
        Assert.Equal(new CalendarDate(2023, 7, 20), implemented.Date);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", implemented.By);
        Assert.Equal(new SignatureSpec("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Xuân Đức"), document.Signature);
    }

    [Fact]
    public void Seed000_states_its_reading_of_dinh_ky()
    {
        var plan = Load(Seed000);

        // The plan only says "định kỳ báo cáo kết quả": the chosen regime must be stated, not silent.
        var report = Assert.Single(plan.Reports);
        Assert.NotNull(report.Due);
        Assert.Contains("định kỳ báo cáo kết quả", report.Assumption, StringComparison.Ordinal);
        Assert.Contains("Giả định", report.Assumption, StringComparison.Ordinal);
        Assert.Contains(plan.Assumptions, a => a.Contains("định kỳ báo cáo kết quả", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed000_sections_contents_forms_and_units_keep_the_documents_numbers()
    {
        var plan = Load(Seed000);

        Assert.Equal(new[] { "I", "II", "III", "IV" }, plan.Sections.Select(s => s.No));
        Assert.Equal(new[] { "II.1", "II.2", "II.3", "II.4" }, plan.Contents.Select(c => c.Path));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Forms.Select(f => f.No));
        Assert.Equal(new[] { "1", "2", "3", "4", "5" }, plan.Units.Select(u => u.No));
        // "yêu cầu cấp ủy cơ sở … định kỳ báo cáo kết quả về Đảng ủy Khối": only cấp ủy cơ sở report.
        Assert.Equal(new[] { "4", "5" }, plan.Units.Where(u => !u.Reports.IsEmpty).Select(u => u.No));
    }

    // ------------------------------------------------------------------ 002: news item on 98-KH/TU

    [Fact]
    public void Seed002_identity_is_what_the_news_item_states()
    {
        var document = Load(Seed002).Document;

        Assert.Equal("KeHoach98", Load(Seed002).Id);
        Assert.Equal(DocumentKind.Party, document.Kind);
        Assert.Equal("98", document.Number);
        Assert.Equal("KH/TU", document.Symbol);
        Assert.Equal(new CalendarDate(2023, 5, 10), document.Date);
        Assert.Equal("TỈNH ỦY", document.Issuer.Name);
        Assert.Null(document.Issuer.Parent);
        Assert.Null(document.Place);
        Assert.Equal("về đẩy mạnh thông tin, tuyên truyền công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2023", document.Title);
        Assert.True(document.Recipients.IsEmpty);
        Assert.True(document.SendTo.IsEmpty);
        Assert.True(document.Implements.IsEmpty);
        Assert.Null(document.Signature); // the article names no signer: nothing is invented
    }

    [Fact]
    public void Seed002_states_it_is_reconstructed_from_news_and_has_no_deadline()
    {
        var plan = Load(Seed002);

        Assert.Contains(plan.Assumptions, a => a.Contains("bản tin", StringComparison.Ordinal) && a.Contains("không phải từ văn bản gốc", StringComparison.Ordinal));
        Assert.Contains(plan.Assumptions, a => a.Contains("thời hạn báo cáo", StringComparison.Ordinal));
        var report = Assert.Single(plan.Reports);
        Assert.Null(report.Due);
        Assert.Contains("không có thời hạn", report.Assumption, StringComparison.Ordinal);
        Assert.True(plan.Units.IsEmpty);
        Assert.Equal(4, plan.Contents.Count);
        Assert.Equal(7, plan.Forms.Count);
        Assert.Equal("hội nghị báo cáo viên, tuyên truyền viên", plan.Forms.Single(f => f.Id == "hoi_nghi_bao_cao_vien").Title);
    }

    [Fact]
    public void Seed002_contents_are_the_news_items_paragraphs_whole()
    {
        var contents = Load(Seed002).Contents;

        // Each paragraph with all its sentences (items 2 and 4 once lost their second one).
        Assert.EndsWith("để hướng tới mục tiêu năm 2030. Bên cạnh đó, phát hiện những “điểm nghẽn” hoặc dự báo những khó khăn, bất cập trong thực hiện " +
                        "các chương trình, kế hoạch phát triển kinh tế - xã hội, từ đó hiến kế cho các cấp ủy, chính quyền có biện pháp lãnh đạo, chỉ đạo, " +
                        "điều hành phù hợp với tình hình thực tế", contents[1].Title, StringComparison.Ordinal);
        Assert.EndsWith("(khóa XIII). Đồng thời, thực hiện các quy định về nêu gương cán bộ, đảng viên, gắn với thực hiện Kết luận số 01-KL/TW của " +
                        "Bộ Chính trị về tiếp tục đẩy mạnh cuộc vận động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; thắt chặt hơn " +
                        "nữa mối quan hệ mật thiết giữa Đảng với Nhân dân, thực sự dựa vào Nhân dân để xây dựng Đảng", contents[3].Title, StringComparison.Ordinal);
        Assert.StartsWith("những kết quả bước đầu", contents[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("đẩy mạnh tuyên truyền tình hình", contents[2].Title, StringComparison.Ordinal);
    }

    private static PlanSpec Load(string fileName)
    {
        var path = Path.Combine(RepoPaths.Templates, fileName);
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Plan!;
    }

    private static IEnumerable<ContentItemSpec> Flatten(IEnumerable<ContentItemSpec> items) =>
        items.SelectMany(item => new[] { item }.Concat(Flatten(item.Items)));
}
