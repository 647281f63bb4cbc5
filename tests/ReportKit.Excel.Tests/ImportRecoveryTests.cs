using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Cells a clerk typed as text that can mean only one thing are read with a warning; ambiguous ones stay errors at
/// the cell. Files in the folder that are not forms: lock files are passed over, other formats told how to save as .xlsx.
/// </summary>
public sealed partial class ImportProblemTests
{
    private string DateCell => FormsTestKit.CellMap(FormsTestKit.MetadataRows(PathOf("good-1.xlsx"))).Date;

    [Theory]
    [InlineData("20/11/2023")]
    [InlineData("20-11-2023")]
    [InlineData("20.11.2023")]
    [InlineData("2023-11-20")]
    [InlineData("2023/11/20")]
    [InlineData(" 20 / 11 / 2023 ")]
    [InlineData("ngày 20 tháng 11 năm 2023")]
    public void A_report_date_typed_as_text_is_read_with_a_warning(string typed)
    {
        WriteFilled("typed-date.xlsx", _units[2]);
        FormsTestKit.Edit(PathOf("typed-date.xlsx"), workbook => workbook.Worksheet(InputForm.SheetName).Cell(DateCell).SetValue<string>(typed));

        var result = FormImporter.ImportFolder(_folder, Options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.DateAsText, ImportSeverity.Warning, "typed-date.xlsx", InputForm.SheetName, DateCell),
            (problem.Code, problem.Severity, problem.File, problem.Sheet, problem.Cell));
        Assert.Contains("đã đọc là ngày 20/11/2023", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2023, 11, 20), result.Submissions.Single(s => s.Source == "typed-date.xlsx").SubmittedOn);
    }

    [Theory]
    [InlineData("11/20/2023")]   // month first: 20 is no month, and 05/11/2023 would be read wrong
    [InlineData("20/11/23")]     // two-digit year
    [InlineData("31/11/2023")]   // no such day
    [InlineData("20/11-2023")]   // two separators
    [InlineData("hôm qua")]
    public void A_report_date_typed_as_ambiguous_text_is_rejected_at_its_cell(string typed)
    {
        WriteFilled(BadFile, _units[2]);
        FormsTestKit.Edit(PathOf(BadFile), workbook => workbook.Worksheet(InputForm.SheetName).Cell(DateCell).SetValue<string>(typed));
        ImportExpectingRejection(ImportProblemCodes.BadDate, DateCell, InputForm.SheetName);
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 12 ", 12)]
    [InlineData("\u00A012\u00A0", 12)]
    [InlineData("'12", 12)]
    [InlineData("012", 12)]
    public void A_number_typed_as_text_is_read_with_a_warning(string typed, int expected)
    {
        var cell = AddressOf(new ValueKey("dang_vien"));
        WriteFilled("typed-number.xlsx", _units[2]);
        FormsTestKit.Edit(PathOf("typed-number.xlsx"), workbook => workbook.Worksheet(InputForm.SheetName).Cell(cell).SetValue<string>(typed));

        var result = FormImporter.ImportFolder(_folder, Options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.NumberAsText, ImportSeverity.Warning, "typed-number.xlsx", InputForm.SheetName, cell),
            (problem.Code, problem.Severity, problem.File, problem.Sheet, problem.Cell));
        Assert.Contains("đã đọc là " + expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(expected, result.Submissions.Single(s => s.Source == "typed-number.xlsx")["dang_vien"]);
    }

    [Theory]
    [InlineData("1.234", ImportProblemCodes.NotANumber)]    // a thousand and more, or one and a bit
    [InlineData("1,234", ImportProblemCodes.NotANumber)]
    [InlineData("1.234.567", ImportProblemCodes.NotANumber)]
    [InlineData("12 người", ImportProblemCodes.NotANumber)]
    [InlineData("1 234", ImportProblemCodes.NotANumber)]
    [InlineData("2,5", ImportProblemCodes.NotWhole)]        // read as 2.5, then judged as any number
    [InlineData("-3", ImportProblemCodes.Negative)]
    public void A_number_typed_as_ambiguous_or_wrong_text_is_rejected_at_its_cell(string typed, string code)
    {
        var cell = AddressOf(new ValueKey("dang_vien"));
        EditBad(sheet => sheet.Cell(cell).SetValue<string>(typed));
        var problem = ImportExpectingRejection(code, cell, InputForm.SheetName);
        if (typed.Contains(".234", StringComparison.Ordinal) && !typed.EndsWith("567", StringComparison.Ordinal) || typed == "1,234")
        {
            Assert.Contains("phần nghìn hay phần thập phân", problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2,5", 2.5)]
    [InlineData("2.5", 2.5)]
    [InlineData("0,75", 0.75)]
    [InlineData("1234", 1234)]
    [InlineData("-7", -7)]
    public void Typed_numbers_that_mean_one_thing_are_read(string typed, double expected)
    {
        Assert.Equal(TypedText.Reading.Read, TypedText.Number(typed, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.234", true)]
    [InlineData("0,125", true)]
    [InlineData("+5", false)]
    [InlineData("96%", false)]
    [InlineData("1e3", false)]
    [InlineData("=1+1", false)]
    public void Typed_numbers_that_could_mean_two_things_or_none_are_not_read(string typed, bool ambiguous) =>
        Assert.Equal(ambiguous ? TypedText.Reading.Ambiguous : TypedText.Reading.NotANumber, TypedText.Number(typed, out _));

    [Theory]
    [InlineData("05/05/0205")]
    [InlineData("0205-05-05")]
    [InlineData("ngày 05 tháng 5 năm 2999")]
    [InlineData("31/12/1899")]
    public void A_typed_date_outside_1900_to_2200_is_not_read_as_a_date(string typed) => Assert.Null(TypedText.Date(typed));

    [Theory]
    [InlineData("01/01/1900", 1900, 1, 1)]
    [InlineData("2200-12-31", 2200, 12, 31)]
    public void A_typed_date_at_the_ends_of_1900_to_2200_is_read(string typed, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), TypedText.Date(typed));

    [Fact]
    public void Lock_files_in_the_folder_are_passed_over_silently()
    {
        File.WriteAllText(PathOf(".~lock.good-1.xlsx#"), ",Nguyễn Văn A,may-tinh,01.12.2026 09:00,file:///home/a/.config/libreoffice/4;");
        File.WriteAllBytes(PathOf("~$good-2.xlsx"), new byte[165]);

        var result = FormImporter.ImportFolder(_folder, Options);

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx" }, result.Files);
        Assert.Equal(2, result.Submissions.Count);
    }

    [Theory]
    [InlineData("bieu.ods", "Tệp .ods: hãy mở bằng LibreOffice và lưu lại dưới dạng Excel 2007-365 (.xlsx)")]
    [InlineData("bieu.xls", "lưu lại dưới dạng Excel Workbook (.xlsx)")]
    [InlineData("bieu.xlsm", "lưu lại dưới dạng Excel Workbook (.xlsx)")]
    [InlineData("bieu.csv", "lưu dưới dạng Excel Workbook (.xlsx), không lưu thành .csv")]
    [InlineData("bieu.pdf", "không phải biểu nhập Excel (.xlsx)")]
    public void A_file_of_another_format_is_told_how_to_save_as_xlsx_and_the_batch_goes_on(string name, string advice)
    {
        // Even a real form, renamed: the name is what the clerk sees and fixes.
        WriteRenamed(name);

        var result = FormImporter.ImportFolder(_folder, Options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.OtherFormat, ImportSeverity.Error, name, (string?)null), (problem.Code, problem.Severity, problem.File, problem.Sheet));
        Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx" }, result.Submissions.Select(s => s.Source));
        Assert.Equal(new[] { name }, result.RejectedFiles);
    }

    private void WriteRenamed(string name)
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        File.Move(source, PathOf(name));
    }

    [OfficeTheory]
    [InlineData("ods", "Tệp .ods: hãy mở bằng LibreOffice và lưu lại dưới dạng Excel 2007-365 (.xlsx)")]
    [InlineData("xls:MS Excel 97", "Tệp .xls (Excel 97-2003)")]
    public void A_form_saved_by_libreoffice_in_another_format_is_told_how_to_save_as_xlsx(string format, string advice)
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        var name = "bieu." + format.Split(':')[0];
        OfficeTools.SaveWithLibreOffice(source, PathOf(name), format);

        var result = FormImporter.ImportFolder(_folder, Options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.OtherFormat, name), (problem.Code, problem.File));
        Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx" }, result.Submissions.Select(s => s.Source));
    }

    [Fact]
    public void An_upper_case_xlsx_extension_is_a_form_like_any_other()
    {
        WriteFilled("BIEU.XLSX", _units[2]);
        var result = FormImporter.ImportFolder(_folder, Options);
        Assert.Empty(result.Problems);
        Assert.Contains(result.Submissions, s => s.Source == "BIEU.XLSX");
    }

    [Fact]
    public void One_rejected_file_of_each_kind_leaves_the_rest_of_the_batch_accepted()
    {
        WriteFilled("inserted-row.xlsx", _units[2]);
        FormsTestKit.Edit(PathOf("inserted-row.xlsx"), workbook => workbook.Worksheet(InputForm.SheetName).Row(CellReference.Parse(AddressOf(new ValueKey("dang_vien"))).Row).InsertRowsAbove(1));
        WriteRenamed("bieu.ods");
        File.WriteAllText(PathOf(".~lock.good-1.xlsx#"), "lock");
        var typed = WriteFilled("typed.xlsx", _units[2]);
        FormsTestKit.Edit(typed, workbook => workbook.Worksheet(InputForm.SheetName).Cell(DateCell).SetValue<string>("20-11-2023"));

        var result = FormImporter.ImportFolder(_folder, Options);

        Assert.Equal(new[] { "bieu.ods", "good-1.xlsx", "good-2.xlsx", "inserted-row.xlsx", "typed.xlsx" }, result.Files);
        Assert.Equal(new[] { "bieu.ods", "inserted-row.xlsx" }, result.RejectedFiles);
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx", "typed.xlsx" }, result.Submissions.Select(s => s.Source));
        Assert.Equal(new[] { ImportProblemCodes.OtherFormat, ImportProblemCodes.Moved, ImportProblemCodes.DateAsText }, result.Problems.Select(p => p.Code));
    }
}
