using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>
/// Plans built in code, mirroring the seed documents, while the YAML templates are written elsewhere.
/// Seed 001 (76-KH/ĐU, Party): contents of section II, three reports, the II.2 coverage rule.
/// Seed 004 (công văn /SVHTTDL-QLVHGĐ, state): forms of section II, a yearly report with tiered deadlines.
/// </summary>
internal static class TestPlans
{
    private static readonly SourceSpan At = SourceSpan.StartOf("test.plan.yaml");

    public static EquatableArray<T> List<T>(params T[] items) where T : System.IEquatable<T> => EquatableArray.Create(items);

    public static ContentItemSpec Leaf(string id, string no, string path, string title) =>
        new(id, no, path, title, EquatableArray<ContentItemSpec>.Empty, At);

    public static ContentItemSpec Group(string? id, string no, string path, string title, params ContentItemSpec[] items) =>
        new(id, no, path, title, List(items), At);

    public static IndicatorSpec Indicator(
        string id, string label, string? unit = null, IndicatorType type = IndicatorType.Integer, Disaggregation by = Disaggregation.None,
        decimal? min = null, decimal? max = null, string? maxIndicator = null, ExprSpec? formula = null,
        ValueFormat? format = null, bool required = false, string? group = null) =>
        new(id, label, unit, type, by, min ?? (type == IndicatorType.Integer ? 0 : null), max, maxIndicator, formula,
            format ?? (type == IndicatorType.Ratio ? ValueFormat.Percent : ValueFormat.Number),
            required, group, null, At);

    public static ExprSpec Ref(string id) => new IndicatorRefExpr(id);

    public static ExprSpec Div(string numerator, string denominator) => new BinaryExpr('/', Ref(numerator), Ref(denominator));

    public static DueSpec Before(int y, int m, int d) => new(DueKind.Before, new CalendarDate(y, m, d), null, null, null, null, At);

    public static DueSpec On(int y, int m, int d) => new(DueKind.On, new CalendarDate(y, m, d), null, null, null, null, At);

    public static DueSpec InMonth(int month, int? year = null, int? day = null) => new(DueKind.InMonth, null, year, month, day, null, At);

    public static DueSpec DaysAfterEnd(int days) => new(DueKind.DaysAfterEnd, null, null, null, null, days, At);

    public static ReportSpec Report(
        string id, string title, PeriodKind period, DueSpec? due, int? from = null, int? to = null,
        CutOffSpec? cutOff = null, TierSpec[]? tiers = null, string[]? indicators = null) =>
        new(id, title, period, from, to, due, cutOff ?? new CutOffSpec(CutOffKind.Calendar, null),
            List(tiers ?? new TierSpec[0]), List(indicators ?? new string[0]), EquatableArray<string>.Empty, null, At);

    public static RuleSpec Check(string id, ExprSpec left, ComparisonOperator op, ExprSpec right, string message, params string[] reports) =>
        new(id, RuleKind.Check, left, op, right, null, message, List(reports), At);

    public static RuleSpec Coverage(string id, string indicator, string? within, int min, string message, params string[] reports) =>
        new(id, RuleKind.Coverage, null, ComparisonOperator.GreaterOrEqual, null, new CoverageSpec(indicator, within, min), message, List(reports), At);

    /// <summary>Seed 001: Kế hoạch 76-KH/ĐU, đợt sinh hoạt chính trị, tư tưởng về Tác phẩm.</summary>
    public static PlanSpec Plan001(params RuleSpec[] extraRules) => new(
        1, "KeHoach76", 1,
        new DocumentSpec(DocumentKind.Party, "KẾ HOẠCH", "76", "KH/ĐU", new IssuerSpec("BAN THƯỜNG VỤ ĐẢNG ỦY", null), null, null, 2023,
            "triển khai đợt sinh hoạt chính trị, tư tưởng về nội dung tác phẩm",
            List(new DocumentRefSpec("105-KH/HU", new CalendarDate(2023, 4, 7), "Ban Thường vụ Huyện ủy", null)),
            EquatableArray<RecipientSpec>.Empty, List(new RecipientSpec("Các chi bộ trực thuộc", null)),
            new SignatureSpec("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Vân Trung Kiên")),
        EquatableArray<SectionSpec>.Empty,
        List(
            Group("gioi_thieu", "1", "II.1", "Giới thiệu Tác phẩm",
                Leaf("tong_quat", "1.1", "II.1.1", "Giới thiệu tổng quát về Tác phẩm"),
                Leaf("gia_tri", "1.2", "II.1.2", "Khẳng định các giá trị của Tác phẩm")),
            Group("cot_loi", "2", "II.2", "Những nội dung cốt lõi của tác phẩm",
                Leaf("phan_1", "2.1", "II.2.1", "Phần thứ nhất"),
                Leaf("phan_2", "2.2", "II.2.2", "Phần thứ hai"),
                Leaf("phan_3", "2.3", "II.2.3", "Phần thứ ba"))),
        EquatableArray<FormSpec>.Empty,
        List(new LevelSpec("chi_bo", "Chi bộ", At), new LevelSpec("dang_uy", "Đảng ủy", At)),
        List(
            new UnitSpec("cac_chi_bo", "1", "Các chi bộ trực thuộc Đảng ủy", "chi_bo", EquatableArray<string>.Empty,
                List("trien_khai", "hang_nam", "so_ket"), EquatableArray<string>.Empty, At),
            new UnitSpec("ban_tuyen_giao", "7", "Ban Tuyên giáo Đảng ủy", "dang_uy", EquatableArray<string>.Empty,
                EquatableArray<string>.Empty, List("hang_nam", "so_ket"), At)),
        List(
            Indicator("so_buoi", "Số buổi sinh hoạt", "buổi", by: Disaggregation.Contents),
            Indicator("dang_vien", "Tổng số đảng viên", "người", required: true),
            Indicator("dang_vien_du", "Số đảng viên tham gia", "người", maxIndicator: "dang_vien"),
            Indicator("ty_le", "Tỷ lệ đảng viên tham gia", type: IndicatorType.Ratio, formula: Div("dang_vien_du", "dang_vien"))),
        List(
            new NarrativeSpec("ket_qua", "Kết quả triển khai", true, 2000, null, At),
            new NarrativeSpec("kien_nghi", "Đề xuất, kiến nghị", false, 40, null, At)),
        List(
            Report("trien_khai", "Báo cáo kết quả triển khai đợt sinh hoạt chính trị", PeriodKind.Once, Before(2023, 4, 20)),
            Report("hang_nam", "Báo cáo kết quả thực hiện", PeriodKind.Year, InMonth(11), from: 2023),
            Report("so_ket", "Báo cáo sơ kết giai đoạn 2023-2025", PeriodKind.Span, InMonth(10, year: 2025), from: 2023, to: 2025)),
        List(
            new PeakDateSpec(3, 2, "Ngày Thành lập Đảng", At),
            new PeakDateSpec(30, 4, "Ngày Giải phóng miền Nam, thống nhất đất nước", At),
            new PeakDateSpec(19, 5, "Ngày sinh Chủ tịch Hồ Chí Minh", At),
            new PeakDateSpec(19, 8, "Ngày Cách mạng tháng Tám thành công", At),
            new PeakDateSpec(2, 9, "Ngày Quốc khánh", At),
            new PeakDateSpec(22, 12, "Ngày thành lập Quân đội Nhân dân Việt Nam", At)),
        List(new[]
            {
                Coverage("chon_noi_dung", "so_buoi", "cot_loi", 1,
                    "Mỗi buổi sinh hoạt lựa chọn ít nhất 01 nội dung tại mục 2 phần II của Kế hoạch", "hang_nam", "so_ket"),
            }.Concat(extraRules).ToArray()),
        List("Báo cáo hằng năm: hạn là ngày cuối tháng 11 vì văn bản không nêu ngày."),
        At);

    /// <summary>Seed 004: công văn of Sở VHTTDL Lạng Sơn (state), propagation by forms, reported by units to the Sở.</summary>
    public static PlanSpec Plan004() => new(
        1, "CongVanSvhttdl", 1,
        new DocumentSpec(DocumentKind.State, "CÔNG VĂN", null, "SVHTTDL-QLVHGĐ", new IssuerSpec("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "UBND TỈNH LẠNG SƠN"),
            "Lạng Sơn", null, 2023, "triển khai thực hiện Kế hoạch số 113-KH/TU",
            List(new DocumentRefSpec("113-KH/TU", new CalendarDate(2023, 5, 16), "Ban Thường vụ Tỉnh ủy", null)),
            List(new RecipientSpec("Các đơn vị trực thuộc Sở", null)),
            List(new RecipientSpec("Như trên", "T/h"), new RecipientSpec("Văn phòng UBND tỉnh", "B/c")),
            new SignatureSpec("KT.GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phan Văn Hòa")),
        EquatableArray<SectionSpec>.Empty,
        EquatableArray<ContentItemSpec>.Empty,
        List(
            new FormSpec("dai_chung", "-", "Phương tiện thông tin đại chúng", At),
            new FormSpec("mang_xa_hoi", "-", "Internet, mạng xã hội", At),
            new FormSpec("truc_quan", "-", "Cổ động trực quan", At),
            new FormSpec("hoi_nghi", "-", "Hội nghị báo cáo viên, tuyên truyền viên", At)),
        List(new LevelSpec("don_vi", "Phòng Văn hóa và Thông tin", At), new LevelSpec("so", "Sở Văn hóa, Thể thao và Du lịch", At)),
        List(new UnitSpec("phong_vhtt", null, "Phòng Văn hóa và Thông tin các huyện, thành phố", "don_vi",
            EquatableArray<string>.Empty, List("ket_qua_nam"), EquatableArray<string>.Empty, At)),
        List(
            Indicator("tin_bai", "Số tin, bài, sản phẩm tuyên truyền", "tin, bài", by: Disaggregation.Forms, group: "Kết quả tuyên truyền"),
            Indicator("hoi_nghi", "Số hội nghị", "cuộc", group: "Hội nghị"),
            Indicator("luot_nguoi", "Số lượt người dự", "lượt người", group: "Hội nghị"),
            Indicator("binh_quan", "Bình quân người dự mỗi hội nghị", "người", IndicatorType.Ratio, formula: Div("luot_nguoi", "hoi_nghi"),
                format: ValueFormat.Number, group: "Hội nghị"),
            Indicator("kinh_phi", "Kinh phí", "triệu đồng", IndicatorType.Decimal, min: 0, max: 500)),
        List(new NarrativeSpec("han_che", "Hạn chế, nguyên nhân", true, null, null, At)),
        List(Report("ket_qua_nam", "Báo cáo kết quả thông tin, tuyên truyền về xây dựng Đảng", PeriodKind.Year, InMonth(12, day: 20),
            from: 2023, to: 2023, cutOff: new CutOffSpec(CutOffKind.Nd09, null),
            tiers: new[] { new TierSpec("don_vi", InMonth(12, day: 16)) })),
        EquatableArray<PeakDateSpec>.Empty,
        List(Check("du_hoi_nghi", Ref("luot_nguoi"), ComparisonOperator.GreaterOrEqual, Ref("hoi_nghi"),
            "Mỗi hội nghị có ít nhất một người dự")),
        List("Văn bản không nêu hạn báo cáo: giả định đơn vị gửi Sở trước 16/12, Sở tổng hợp trước 20/12."),
        At);
}
