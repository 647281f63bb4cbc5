using System;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>Who heads, sends and signs the consolidated report: the root unit and the plan, never the plan's signer.</summary>
public sealed class ConsolidatingBodyTests
{
    [Fact]
    public void The_root_unit_consolidates_and_a_root_at_the_plan_s_top_level_names_nobody_above_it()
    {
        var body = ConsolidatingBody.Of(Summarize(TestPlans.Plan001(), "hang_nam", Units.Xa()));
        Assert.Equal(new ConsolidatingBody("Đảng ủy xã Tân Lập", null, null, null, null, null, null, null), body);
    }

    [Fact]
    public void A_root_below_the_top_sends_to_the_level_above_and_a_root_without_a_level_to_the_plan_s_issuer()
    {
        var plan = TestPlans.Plan004();
        var phong = Tree(new Unit("p", "Phòng Văn hóa và Thông tin huyện Hữu Lũng", null, "don_vi"), new Unit("tt", "Trung tâm Văn hóa huyện", "p", null));
        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch", ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", phong)).Superior);

        var office = Tree(new Unit("o", "Văn phòng", null, null), new Unit("a", "Phòng A", "o", "don_vi"));
        Assert.Equal("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", office)).Superior);
    }

    [Fact]
    public void The_plan_s_issuer_as_root_keeps_its_parent_abbreviation_and_place_but_not_its_signer()
    {
        var plan = TestPlans.Plan004();
        var so = Tree(new Unit("so", "Sở Văn hóa, Thể thao và Du lịch", null, "so"), new Unit("p", "Phòng Văn hóa và Thông tin huyện Hữu Lũng", "so", "don_vi"));
        var body = ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", so));
        Assert.Equal(new ConsolidatingBody("Sở Văn hóa, Thể thao và Du lịch", "UBND TỈNH LẠNG SƠN", "SVHTTDL", null, "Lạng Sơn", null, null, null), body);
    }

    [Fact]
    public void A_root_named_short_for_the_plan_s_issuer_is_the_issuer_headed_with_its_full_name_parent_symbol_and_place()
    {
        var plan = TestPlans.Plan004();
        var so = Tree(new Unit("so", "Sở Văn hóa", null, "so"), new Unit("p", "Phòng Văn hóa và Thông tin huyện Hữu Lũng", "so", "don_vi"));
        var body = ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", so));
        Assert.Equal(new ConsolidatingBody("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "UBND TỈNH LẠNG SƠN", "SVHTTDL", null, "Lạng Sơn", null, null, null), body);

        // One word names no one; a longer name that only begins like the issuer's is another body; a name the office gives wins.
        Assert.Equal("Sở", ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", Tree(new Unit("so", "Sở", null, "so"), new Unit("p", "Phòng A", "so", "don_vi")))).Name);
        Assert.Null(ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", Tree(new Unit("so", "Sở Văn hóa và Thể thao", null, "so"), new Unit("p", "Phòng A", "so", "don_vi")))).Place);
        var given = ConsolidatingBody.Unknown with { Name = "Văn phòng Sở" };
        Assert.Equal("Văn phòng Sở", ConsolidatingBody.Of(Summarize(plan, "ket_qua_nam", so), given).Name);
    }

    [Fact]
    public void Several_roots_are_consolidated_by_the_plan_s_issuer_with_nobody_known_above()
    {
        var plan = TestPlans.Plan001();
        var tree = Tree(new Unit("cb1", "Chi bộ Thôn 1", null, "chi_bo"), new Unit("cb2", "Chi bộ Thôn 2", null, "chi_bo"));
        var body = ConsolidatingBody.Of(Summarize(plan, "hang_nam", tree));
        Assert.Equal("BAN THƯỜNG VỤ ĐẢNG ỦY", body.Name);
        Assert.Equal("ĐU", body.Abbreviation);
        Assert.Null(body.Superior);
        Assert.Null(body.SignerName);
    }

    [Fact]
    public void What_the_office_gives_wins_field_by_field_and_blanks_give_nothing()
    {
        var summary = Summarize(TestPlans.Plan001(), "hang_nam", Units.Xa());
        var given = new ConsolidatingBody("  ", "Đảng bộ huyện Hữu Lũng", "ĐU", "Ban Tuyên giáo Huyện ủy", "Tân Lập", "T/M Ban Thường vụ", "Bí thư", "Nguyễn Văn An");
        Assert.Equal(given with { Name = "Đảng ủy xã Tân Lập" }, ConsolidatingBody.Of(summary, given));
        Assert.Equal(ConsolidatingBody.Of(summary), ConsolidatingBody.Of(summary, ConsolidatingBody.Unknown));
    }

    [Theory]
    [InlineData(DocumentKind.Party, "KẾ HOẠCH", "KH/ĐU", "ĐU")]
    [InlineData(DocumentKind.State, "CÔNG VĂN", "SVHTTDL-QLVHGĐ", "SVHTTDL")]
    [InlineData(DocumentKind.State, "KẾ HOẠCH", "KH-UBND", "UBND")]
    public void The_issuer_s_abbreviation_is_read_from_the_plan_s_symbol_per_convention(DocumentKind kind, string genre, string symbol, string abbreviation)
    {
        var document = TestPlans.Plan004().Document with { Kind = kind, Genre = genre, Symbol = symbol };
        Assert.Equal(abbreviation, ConsolidatingBody.IssuerAbbreviation(document));
    }

    private static UnitTree Tree(params Unit[] units) => UnitTree.Create(units);

    private static ReportSummary Summarize(PlanSpec plan, string reportId, UnitTree tree)
    {
        var report = plan.Reports.Single(r => r.Id == reportId);
        var period = ReportingCalendar.Periods(report, 2024)[0].Key;
        return Consolidator.Summarize(plan, reportId, period, tree, Array.Empty<Submission>(), new DateOnly(2024, 12, 31));
    }
}
