using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Tests;

public sealed class DocumentTextTests
{
    [Fact]
    public void An_assumption_is_noted_on_its_own_and_marks_the_deadline_only_when_the_deadline_is_what_was_assumed()
    {
        var report = FormsTestKit.Plan("cong-van-svhttdl-qlvhgd.plan.yaml").Reports.Single();

        Assert.Equal("Giả định của mẫu báo cáo: " + report.Assumption, DocumentText.AssumptionNote(report));
        Assert.Equal(" (giả định)", DocumentText.DueMark(report));
        // An assumption about the report (its existence, period or figures) leaves the document's own deadline unmarked.
        Assert.Equal(string.Empty, DocumentText.DueMark(report with { DueAssumed = false }));
        Assert.Null(DocumentText.AssumptionNote(report with { Assumption = " ", DueAssumed = false }));
    }

    [Fact]
    public void Party_number_has_no_colon_and_state_number_has_one_with_a_gap_when_blank()
    {
        Assert.Equal("Số 76-KH/ĐU", DocumentText.NumberLine(Samples.PartyPlan));
        Assert.Equal("Số:     /SVHTTDL-QLVHGĐ", DocumentText.NumberLine(Samples.StateLetter));
        Assert.Equal("Số: 12/SVHTTDL-QLVHGĐ", DocumentText.NumberLine(Samples.StateLetter with { Number = "12" }));
    }

    [Fact]
    public void Dates_pad_days_and_the_first_two_months_and_a_blank_date_stays_blank()
    {
        Assert.Equal("Hữu Lũng, ngày 10 tháng 4 năm 2023", DocumentText.PlaceAndDate(Samples.PartyPlan));
        Assert.Equal("Hạ Long, ngày 05 tháng 02 năm 2018",
            DocumentText.PlaceAndDate(Samples.PartyPlan with { Place = "Hạ Long", Date = new CalendarDate(2018, 2, 5) }));
        Assert.Equal("Lạng Sơn, ngày    tháng    năm 2023", DocumentText.PlaceAndDate(Samples.StateLetter));
        Assert.Equal("……, ngày    tháng    năm    ", DocumentText.PlaceAndDate(Samples.StateLetter with { Place = null, Year = null }));
    }

    [Fact]
    public void Recipients_end_with_the_convention_separator_the_last_with_a_full_stop_and_keep_tags()
    {
        Assert.Equal(
            new[] { "- Thường trực Đảng ủy,", "- Các chi bộ trực thuộc,", "- Ban Tuyên giáo ĐU,", "- Lưu VP." },
            DocumentText.RecipientLines(Samples.PartyPlan));
        Assert.Equal(
            new[] { "- Như trên; (T/h)", "- Văn phòng UBND tỉnh; (B/c)", "- GD, PGD Sở;", "- Lưu: VT, QLVH&GD(HVĐ)." },
            DocumentText.RecipientLines(Samples.StateLetter));
    }

    [Fact]
    public void Party_header_puts_the_title_top_right_and_the_date_on_the_number_row()
    {
        var block = DocumentBlocks.PartyHeader(Samples.PartyPlan, new BlockGeometry(6, 2));
        Assert.Equal(4, block.RowCount);
        Assert.Equal("ĐẢNG BỘ HUYỆN HỮU LŨNG", block.Get(1, 1)!.Value.Value.TextValue);
        Assert.Equal(CellFont.Times(14), block.Get(1, 1)!.Value.Style.Font);
        Assert.Equal(CellFont.Times(14, bold: true), block.Get(2, 1)!.Value.Style.Font);
        Assert.Equal("*", block.Get(3, 1)!.Value.Value.TextValue);
        Assert.Equal("Số 76-KH/ĐU", block.Get(4, 1)!.Value.Value.TextValue);
        Assert.Equal(DocumentText.PartyTitle, block.Get(1, 3)!.Value.Value.TextValue);
        Assert.Equal(CellFont.Times(15, bold: true, underline: true), block.Get(1, 3)!.Value.Style.Font);
        Assert.True(block.Get(4, 3)!.Value.Style.Font.Italic);
        Assert.Contains(new CellRange(1, 3, 1, 6), block.Merges);
    }

    [Fact]
    public void State_header_has_the_national_title_motto_number_and_subject_line()
    {
        var block = DocumentBlocks.StateHeader(Samples.StateLetter, new BlockGeometry(4, 2));
        Assert.Equal(DocumentText.NationalTitle, block.Get(1, 3)!.Value.Value.TextValue);
        Assert.Equal(CellFont.Times(13, bold: true, underline: true), block.Get(2, 3)!.Value.Style.Font);
        Assert.Equal("Số:     /SVHTTDL-QLVHGĐ", block.Get(3, 1)!.Value.Value.TextValue);
        Assert.Equal("Lạng Sơn, ngày    tháng    năm 2023", block.Get(3, 3)!.Value.Value.TextValue);
        var subject = block.Get(4, 1)!.Value;
        Assert.StartsWith("V/v triển khai thực hiện Kế hoạch số 113-KH/TU", subject.Value.TextValue, StringComparison.Ordinal);
        Assert.Equal(CellFont.Times(12, italic: true), subject.Style.Font);
        Assert.True(subject.Style.Wrap);
    }

    [Fact]
    public void Footer_places_the_signer_name_below_room_to_sign_and_the_preparer_level_with_it()
    {
        var block = DocumentBlocks.Footer(Samples.PartyPlan, new BlockGeometry(6, 2), preparerColumns: 2, preparerName: "Nguyễn Văn A");
        Assert.Equal("Nơi nhận:", block.Get(1, 1)!.Value.Value.TextValue);
        Assert.Equal(CellFont.Times(12, bold: true, italic: true), block.Get(1, 1)!.Value.Style.Font);
        Assert.Equal("T/M BAN THƯỜNG VỤ", block.Get(1, 5)!.Value.Value.TextValue);
        Assert.Equal("PHÓ BÍ THƯ", block.Get(2, 5)!.Value.Value.TextValue);
        Assert.Equal(DocumentText.PreparerLabel, block.Get(2, 3)!.Value.Value.TextValue);
        var nameRow = 2 + DocumentBlocks.SignatureSpaceRows + 1;
        Assert.Equal("Vân Trung Kiên", block.Get(nameRow, 5)!.Value.Value.TextValue);
        Assert.Equal("Nguyễn Văn A", block.Get(nameRow, 3)!.Value.Value.TextValue);
        Assert.All(Enumerable.Range(1, block.RowCount).SelectMany(r => Enumerable.Range(1, 6).Select(c => block.Get(r, c))).Where(c => c is not null),
            c => Assert.Equal(CellFont.TimesNewRoman, c!.Value.Style.Font.Name));
    }
}
