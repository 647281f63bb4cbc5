using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A unit's form carries the unit's own heading (Hướng dẫn 36, Nghị định 30): its superior body (upper case, regular) over
/// the unit itself (upper case, bold), the convention's title on the right, and the signature of its level.
/// </summary>
public sealed class FormHeadingTests
{
    private static IXLWorksheet FormSheet(XLWorkbook workbook) => workbook.Worksheet(InputForm.SheetName);

    private static XLWorkbook Form(string template, string reportId, string periodKey, Unit unit, string? sendTo)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("form-heading"), "form.xlsx");
        InputForm.Save(FormsTestKit.Plan(template), reportId, periodKey, unit, path, new InputFormOptions { SendTo = sendTo });
        return new XLWorkbook(path);
    }

    [Theory]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", "chi_bo", "Chi bộ Thôn 1", "Đảng ủy xã Hòa Bình",
        "ĐẢNG ỦY XÃ HÒA BÌNH", "CHI BỘ THÔN 1", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", "dang_uy", "Đảng ủy xã Hòa Bình", "Huyện ủy Hữu Lũng",
        "HUYỆN ỦY HỮU LŨNG", "ĐẢNG ỦY XÃ HÒA BÌNH", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    [InlineData("cong-van-svhttdl-qlvhgd.plan.yaml", "ket_qua_trien_khai", "once", "don_vi", "Trung tâm Văn hóa tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TRUNG TÂM VĂN HÓA TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    // An API caller that names nobody: the plan's issuer is the superior body.
    [InlineData("cong-van-svhttdl-qlvhgd.plan.yaml", "ket_qua_trien_khai", "once", "don_vi", "Bảo tàng tỉnh", null,
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BẢO TÀNG TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    public void A_units_form_is_headed_with_the_unit_under_its_superior_body(string template, string reportId, string periodKey, string level,
        string name, string? sendTo, string superior, string issuer, string title)
    {
        using var workbook = Form(template, reportId, periodKey, new Unit("u1", name, null, level), sendTo);
        var sheet = FormSheet(workbook);
        Assert.Equal(superior, sheet.Cell("A1").GetString());
        Assert.False(sheet.Cell("A1").Style.Font.Bold);
        Assert.Equal(issuer, sheet.Cell("A2").GetString());
        Assert.True(sheet.Cell("A2").Style.Font.Bold);
        Assert.Equal(title, sheet.Cell("C1").GetString());
        // The unit's form is no numbered document of the plan.
        var number = DocumentText.NumberLine(FormsTestKit.Plan(template).Document);
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString() == number);
    }

    // Column widths depend on the level only, so every unit of a level is stamped from one template; a name longer than
    // the level's heading wraps in its zone, its row tall enough for its lines.
    [Fact]
    public void A_long_unit_name_wraps_in_the_heading_without_widening_the_form()
    {
        var longName = "Chi bộ Trường Trung học cơ sở Nguyễn Trãi, xã Hòa Bình, huyện Hữu Lũng";
        using var shortForm = Form("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", new Unit("u1", "Chi bộ số 1", null, "chi_bo"), "Đảng ủy xã Hòa Bình");
        using var longForm = Form("ke-hoach-76-kh-du.plan.yaml", "hang_nam", "2024", new Unit("u2", longName, null, "chi_bo"), "Đảng ủy xã Hòa Bình");
        var (shortSheet, longSheet) = (FormSheet(shortForm), FormSheet(longForm));
        Assert.Equal(Enumerable.Range(1, 5).Select(c => shortSheet.Column(c).Width), Enumerable.Range(1, 5).Select(c => longSheet.Column(c).Width));
        var heading = longSheet.Cell("A2");
        Assert.Equal(DocumentText.Upper(longName), heading.GetString());
        Assert.True(heading.Style.Alignment.WrapText);
        var zoneWidth = longSheet.Column(1).Width + longSheet.Column(2).Width;
        var lines = Measuring.TextMeasure.LineCount(heading.GetString(), CellFont.Times(14, bold: true), zoneWidth);
        Assert.True(lines >= 2, "the long name fits one line: the test does not test wrapping");
        Assert.True(longSheet.Row(2).Height >= Measuring.TextMeasure.RowHeight(lines, 14), "row 2 is " + longSheet.Row(2).Height + " pt for " + lines + " lines");
        Assert.True(longSheet.Row(2).Height > shortSheet.Row(2).Height);
    }

    // Hướng dẫn 36: a cấp ủy signs "thay mặt" (T/M), over its secretary; Nghị định 30: the head of the unit.
    [Theory]
    [InlineData(DocumentKind.Party, "Chi bộ", "T/M CHI ỦY", "BÍ THƯ")]
    [InlineData(DocumentKind.Party, "Chi bộ, đơn vị", "T/M CHI ỦY", "BÍ THƯ")]
    [InlineData(DocumentKind.Party, "Đảng bộ xã", "T/M ĐẢNG ỦY", "BÍ THƯ")]
    [InlineData(DocumentKind.Party, "Đảng ủy", "T/M ĐẢNG ỦY", "BÍ THƯ")]
    [InlineData(DocumentKind.Party, "Huyện ủy", "T/M HUYỆN ỦY", "BÍ THƯ")]
    [InlineData(DocumentKind.Party, null, "T/M CẤP ỦY", "BÍ THƯ")]
    [InlineData(DocumentKind.State, "Xã", null, "THỦ TRƯỞNG ĐƠN VỊ")]
    public void A_units_form_is_signed_as_its_level_signs(DocumentKind kind, string? level, string? capacity, string title)
    {
        Assert.Equal((capacity, title), DocumentBlocks.UnitSignature(kind, level));
    }

    // The duk plan's level "Cấp ủy cơ sở" holds đảng bộ cơ sở and chi bộ cơ sở alike: each signs as what its name says,
    // the level's name only when the unit's does not tell. Each is still stamped with the bytes ClosedXML writes.
    [Theory]
    [InlineData("Đảng bộ Sở Tư pháp", "T/M ĐẢNG ỦY")]
    [InlineData("Chi bộ Báo Lạng Sơn", "T/M CHI ỦY")]
    [InlineData("Ban Quản lý dự án", "T/M CẤP ỦY CƠ SỞ")]
    public void A_unit_of_a_mixed_level_signs_as_its_own_name_says(string name, string capacity)
    {
        const string template = "ke-hoach-duk-xay-dung-dang.plan.yaml";
        var plan = FormsTestKit.Plan(template);
        var report = plan.Reports[0];
        var period = ReportingCalendar.Periods(report, 2024).First().Key;
        var unit = new Unit("u1", name, null, "co_so");
        var options = new InputFormOptions { SendTo = "Đảng ủy Khối các cơ quan tỉnh" };
        var folder = RepoPaths.NewTempFolder("form-signature");
        var stamped = Path.Combine(folder, "stamped.xlsx");
        var stamper = new InputFormStamper(plan);
        // A unit of the other kind first, so the template the unit is stamped from was not laid out for it.
        stamper.Save(report.Id, period, new Unit("u0", name.StartsWith("Chi", System.StringComparison.Ordinal) ? "Đảng bộ Sở Y tế" : "Chi bộ Sở Y tế", null, "co_so"),
            Path.Combine(folder, "other.xlsx"), options);
        stamper.Save(report.Id, period, unit, stamped, options);
        Assert.Equal(2, stamper.FormsStamped);
        using var reference = new MemoryStream();
        InputForm.Save(plan, report.Id, period, unit, reference, options);
        Assert.True(reference.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(stamped)), "the stamped form differs from InputForm's");
        using var workbook = new XLWorkbook(stamped);
        var texts = FormSheet(workbook).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(capacity, texts);
        Assert.Contains("BÍ THƯ", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("T/M ", System.StringComparison.Ordinal) && t != capacity);
    }
}
