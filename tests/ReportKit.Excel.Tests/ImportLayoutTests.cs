using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A returned form must still be the form that was sent: rows and columns inserted or deleted (with openpyxl, as a
/// script or another program does it), labels, the unit line or totals edited are each rejected at the cell, while a
/// form saved unchanged by LibreOffice or openpyxl is accepted with its values.
/// </summary>
public sealed partial class ImportProblemTests
{
    /// <summary>Where the form's table heading <paramref name="text"/> is, as the form's metadata records it (not a fixed address: lines above the table move it).</summary>
    private string HeadingAddress(string text) =>
        FormsTestKit.MetadataRows(PathOf("good-1.xlsx")).First(r => r[0] == FormMetadata.TextRow && r[2] == text)[1];

    private string Row(ValueKey key) => CellReference.Parse(AddressOf(key)).Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes the bad form filled, then has openpyxl apply <paramref name="operation"/> to its form sheet.</summary>
    private void EditBadWithOpenpyxl(string operation, int index)
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        OfficeTools.EditWithOpenpyxl(source, PathOf(BadFile), operation, InputForm.SheetName, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(source);
    }

    [OfficeFact]
    public void A_row_inserted_above_an_indicator_is_rejected_at_its_input_cell()
    {
        var cell = AddressOf(new ValueKey("so_bai_thu_hoach"));
        var row = CellReference.Parse(cell).Row;
        EditBadWithOpenpyxl("insert_rows", row);

        var problem = ImportExpectingRejection(ImportProblemCodes.Moved, cell, InputForm.SheetName);
        Assert.Equal("Ô " + cell + " không còn cạnh nhãn «Số bài thu hoạch» (nhãn này nay ở hàng " + (row + 1) +
            "): biểu đã bị chèn/xóa hàng; không nhận biểu này. Hãy điền lại vào biểu gốc.", problem.Message);
    }

    [OfficeFact]
    public void A_row_inserted_above_the_narratives_is_rejected_and_no_hint_is_read_as_a_narrative()
    {
        var rows = FormsTestKit.MetadataRows(PathOf("good-1.xlsx"));
        var narrative = rows.First(r => r[0] == FormMetadata.NarrativeRow);
        var heading = CellReference.Parse(narrative[3]).Row;
        EditBadWithOpenpyxl("insert_rows", heading);

        var problem = ImportExpectingRejection(ImportProblemCodes.Moved, narrative[2], InputForm.SheetName);
        Assert.Contains("dưới tiêu đề «Kết quả triển khai, thực hiện (bắt buộc)» (tiêu đề này nay ở hàng " + (heading + 1) + ")", problem.Message, StringComparison.Ordinal);
    }

    [OfficeFact]
    public void A_deleted_row_is_rejected_at_the_input_cell_that_lost_its_label()
    {
        var cell = AddressOf(new ValueKey("luot_nguoi_tham_gia"));
        var row = CellReference.Parse(cell).Row;
        EditBadWithOpenpyxl("delete_rows", row);

        var problem = ImportExpectingRejection(ImportProblemCodes.Moved, cell, InputForm.SheetName);
        Assert.Contains("«Số lượt cán bộ, đoàn viên, hội viên, Nhân dân tham gia»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("nay là «Số bài thu hoạch», vốn ở hàng " + (row + 1), problem.Message, StringComparison.Ordinal);
        Assert.Contains("chèn/xóa hàng", problem.Message, StringComparison.Ordinal);
    }

    [OfficeFact]
    public void A_column_inserted_before_the_values_is_rejected_at_the_value_heading()
    {
        EditBadWithOpenpyxl("insert_cols", 5);

        var heading = HeadingAddress("Số liệu");
        var problem = ImportExpectingRejection(ImportProblemCodes.Moved, heading, InputForm.SheetName);
        Assert.Equal("Ô " + heading + " không còn là «Số liệu» (nội dung này nay ở cột F): biểu đã bị chèn/xóa cột; không nhận biểu này. Hãy điền lại vào biểu gốc.",
            problem.Message);
    }

    [OfficeFact]
    public void A_deleted_column_is_rejected_at_the_heading_it_took_away()
    {
        EditBadWithOpenpyxl("delete_cols", 4); // "Đơn vị tính": the values move into column D

        var problem = ImportExpectingRejection(ImportProblemCodes.Moved, HeadingAddress("Đơn vị tính"), InputForm.SheetName);
        Assert.Contains("«Đơn vị tính»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("nay là «Số liệu», vốn ở cột E", problem.Message, StringComparison.Ordinal);
        Assert.Contains("chèn/xóa cột", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_inserted_in_excel_style_is_rejected_too()
    {
        // ClosedXML shifts formulas, merges and validations as Excel does; the labels move all the same.
        var cell = AddressOf(new ValueKey("dang_vien"));
        EditBad(sheet => sheet.Row(CellReference.Parse(cell).Row).InsertRowsAbove(1));
        var problem = ImportExpectingRejection(ImportProblemCodes.Moved, cell, InputForm.SheetName);
        Assert.Contains("«Tổng số đảng viên»", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_label_is_rejected_at_the_label()
    {
        var cell = AddressOf(new ValueKey("so_bai_thu_hoach"));
        var label = "B" + CellReference.Parse(cell).Row;
        EditBad(sheet => sheet.Cell(label).SetValue<string>("Số bài viết"));

        var problem = ImportExpectingRejection(ImportProblemCodes.LabelEdited, label, InputForm.SheetName);
        Assert.Contains("«Số bài thu hoạch»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("«Số bài viết»", problem.Message, StringComparison.Ordinal);
        Assert.Contains(cell, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overwritten_total_is_rejected_at_the_total()
    {
        var total = FormsTestKit.MetadataRows(PathOf("good-1.xlsx")).First(r => r[0] == FormMetadata.FormulaRow)[1];
        EditBad(sheet => sheet.Cell(total).SetValue(12));

        var problem = ImportExpectingRejection(ImportProblemCodes.ComputedOverwritten, total, InputForm.SheetName);
        Assert.Contains("đã bị ghi đè bằng «12»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("«Số buổi sinh hoạt chính trị, tư tưởng»", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_total_formula_is_rejected_at_the_total()
    {
        var formula = FormsTestKit.MetadataRows(PathOf("good-1.xlsx")).First(r => r[0] == FormMetadata.FormulaRow);
        EditBad(sheet => sheet.Cell(formula[1]).FormulaA1 = "SUM(E26:E27)");

        var problem = ImportExpectingRejection(ImportProblemCodes.ComputedOverwritten, formula[1], InputForm.SheetName);
        Assert.Contains("=" + formula[2], problem.Message, StringComparison.Ordinal);
        Assert.Contains("=SUM(E26:E27)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overwritten_ratio_is_rejected_at_the_ratio()
    {
        var ratio = FormsTestKit.MetadataRows(PathOf("good-1.xlsx")).Single(r => r[0] == FormMetadata.FormulaRow && r[2].StartsWith("IFERROR", StringComparison.Ordinal))[1];
        EditBad(sheet => sheet.Cell(ratio).Clear(XLClearOptions.Contents));

        var problem = ImportExpectingRejection(ImportProblemCodes.ComputedOverwritten, ratio, InputForm.SheetName);
        Assert.Contains("công thức đã bị xóa", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_unit_line_is_rejected_at_the_unit_line()
    {
        EditBad(sheet => sheet.Cell("A8").SetValue<string>("Đơn vị báo cáo: " + _units[0].Name));

        var problem = ImportExpectingRejection(ImportProblemCodes.UnitLineEdited, "A8", InputForm.SheetName);
        Assert.Contains("«Đơn vị báo cáo: " + _units[2].Name + "»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("«Đơn vị báo cáo: " + _units[0].Name + "»", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_narrative_hint_is_rejected_at_the_hint()
    {
        var hint = FormsTestKit.MetadataRows(PathOf("good-1.xlsx")).First(r => r[0] == FormMetadata.TextRow && r[1].StartsWith('B'))[1];
        EditBad(sheet => sheet.Cell(hint).SetValue<string>("Đã làm tốt."));
        ImportExpectingRejection(ImportProblemCodes.LabelEdited, hint, InputForm.SheetName);
    }

    [Fact]
    public void Line_breaks_and_spaces_in_a_label_do_not_count_as_an_edit()
    {
        var cell = AddressOf(new ValueKey("so_bai_thu_hoach"));
        var path = PathOf("spaced.xlsx");
        WriteFilled("spaced.xlsx", _units[2]);
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(InputForm.SheetName).Cell("B" + CellReference.Parse(cell).Row).SetValue<string>("  Số bài\nthu   hoạch "));
        var result = FormImporter.ImportFolder(_folder, Options);
        Assert.Empty(result.Problems);
        Assert.Contains(result.Submissions, s => s.Source == "spaced.xlsx");
    }

    [OfficeFact]
    public void A_form_saved_unchanged_by_libreoffice_is_accepted_with_its_values()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        OfficeTools.SaveWithLibreOffice(source, PathOf("libreoffice.xlsx"));
        AssertAcceptedLikeTheOriginal("libreoffice.xlsx");
    }

    [OfficeFact]
    public void A_form_saved_unchanged_by_openpyxl_is_accepted_with_its_values()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        OfficeTools.EditWithOpenpyxl(source, PathOf("openpyxl.xlsx"));
        AssertAcceptedLikeTheOriginal("openpyxl.xlsx");
    }

    [OfficeFact]
    public void A_form_saved_by_libreoffice_then_with_a_row_inserted_is_rejected()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        var saved = Path.Combine(_scratch, "saved.xlsx");
        OfficeTools.SaveWithLibreOffice(source, saved);
        var cell = AddressOf(new ValueKey("dang_vien"));
        OfficeTools.EditWithOpenpyxl(saved, PathOf(BadFile), "insert_rows", InputForm.SheetName, Row(new ValueKey("dang_vien")));
        ImportExpectingRejection(ImportProblemCodes.Moved, cell, InputForm.SheetName);
    }

    private void AssertAcceptedLikeTheOriginal(string name)
    {
        var result = FormImporter.ImportFolder(_folder, Options);
        Assert.Empty(result.Problems);
        var submission = Assert.Single(result.Submissions, s => s.Source == name);
        var expected = SubmissionFor(_units[2]);
        Assert.Equal(expected.SubmittedOn, submission.SubmittedOn);
        Assert.Equal(expected.UnitId, submission.UnitId);
        Assert.Equal(expected.Values.Where(v => v.Value is not null), submission.Values.Where(v => v.Value is not null));
        Assert.Equal(expected.Narratives.Where(n => n.Value is not null), submission.Narratives.Where(n => n.Value is not null));
        Assert.Equal(3, result.Submissions.Count);
    }
}

public sealed class FormMetadataTests
{
    [Theory]
    [InlineData("mang_xa_hoi", "mang_~xa_hoi")]
    [InlineData("cap_xa", "cap_~xa")]
    [InlineData("a_X1_b", "a_~X1_b")]
    [InlineData("~", "~~")]
    [InlineData("_~x", "_~~x")]
    [InlineData("__x_", "__~x_")]
    [InlineData("xa_hoi", "xa_hoi")]
    [InlineData("Số bài thu hoạch", "Số bài thu hoạch")]
    public void Metadata_fields_are_written_without_an_x_after_an_underscore_and_read_back_as_they_were(string field, string written)
    {
        Assert.Equal(written, FormMetadata.Encode(field));
        Assert.Equal(field, FormMetadata.Decode(written));
        Assert.DoesNotContain("_x", FormMetadata.Encode(field), StringComparison.OrdinalIgnoreCase);
    }
}
