using System.Linq;

namespace ReportKit.Templates.Tests;

/// <summary>Which figures are whole numbers, so the summary shows "5" and not "5.0".</summary>
public sealed class WholeNumberTests
{
    private const string Template = """
        reportkit: 1
        plan:
          id: SoNguyen
          kind: party
          genre: KẾ HOẠCH
          issuer: { name: BAN THƯỜNG VỤ }
          title: thử
        indicators:
          - { id: dang_vien, label: Số đảng viên, unit: người }
          - { id: kinh_phi, label: Kinh phí, unit: triệu đồng, type: decimal }
          - { id: so_mo_hinh, label: Số mô hình, type: ratio, format: number, formula: count(mo_hinh) }
          - { id: nguoi, label: Số người, type: ratio, format: number, formula: "sum(mo_hinh.so_nguoi) + 2 * dang_vien" }
          - { id: binh_quan, label: Bình quân, type: ratio, format: number, formula: "sum(mo_hinh.so_nguoi) / dang_vien" }
          - { id: ty_le, label: Tỷ lệ, type: ratio, formula: "so_mo_hinh / dang_vien" }
          - { id: chi_phi, label: Chi phí, type: ratio, format: number, formula: "kinh_phi + so_mo_hinh" }
        lists:
          - id: mo_hinh
            label: Mô hình
            rows: 3
            columns:
              - { id: ten, label: Tên }
              - { id: so_nguoi, label: Số người, type: integer }
        reports:
          - { id: r, title: R, period: once, due: { before: 2023-04-20 } }
        """;

    [Theory]
    [InlineData("dang_vien", true)]
    [InlineData("kinh_phi", false)]
    [InlineData("so_mo_hinh", true)]
    [InlineData("nguoi", true)]
    [InlineData("binh_quan", false)]
    [InlineData("ty_le", false)]
    [InlineData("chi_phi", false)]
    public void A_figure_is_whole_when_its_type_or_its_formula_makes_it_so(string id, bool whole)
    {
        var result = PlanTemplateParser.Parse("so-nguyen.plan.yaml", Template);
        Assert.True(result.Plan is not null, string.Join("\n", result.Diagnostics));

        Assert.Equal(whole, result.Plan!.IsWholeNumber(result.Plan.Indicators.Single(i => i.Id == id)));
    }
}
