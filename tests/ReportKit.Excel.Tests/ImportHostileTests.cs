using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;

namespace ReportKit.Excel.Tests;

/// <summary>Attacks from inside a genuine, sealed form: each is rejected by name (at the cell where there is one).</summary>
public sealed partial class ImportProblemTests
{
    private const string FormSheetPart = "xl/worksheets/sheet1.xml";

    [Theory]
    [InlineData("t=\"s\"", "99999", ImportProblemCodes.BadSharedString)]
    [InlineData("", "NaN", ImportProblemCodes.BadNumber)]
    [InlineData("", "INF", ImportProblemCodes.BadNumber)]
    [InlineData("", "1E+400", ImportProblemCodes.BadNumber)]
    public void A_value_cell_holding_what_excel_cannot_hold_is_rejected_at_its_cell(string type, string value, string code)
    {
        var cell = AddressOf(new ValueKey("dang_vien"));
        RewriteFormSheet(xml =>
        {
            // ClosedXML writes the spreadsheet namespace with a prefix (x:c, x:v).
            var pattern = new Regex("<(?<p>(?:\\w+:)?)c r=\"" + cell + "\"(?<a>[^>]*?)(?: t=\"[^\"]*\")?>(?:<\\k<p>f>[^<]*</\\k<p>f>)?<\\k<p>v>[^<]*</\\k<p>v></\\k<p>c>");
            Assert.Matches(pattern, xml);
            return pattern.Replace(xml, m =>
            {
                var p = m.Groups["p"].Value;
                return "<" + p + "c r=\"" + cell + "\"" + m.Groups["a"].Value + (type.Length > 0 ? " " + type : "") + "><" + p + "v>" + value + "</" + p + "v></" + p + "c>";
            }, 1);
        });
        ImportExpectingRejection(code, cell, InputForm.SheetName);
    }

    [Fact]
    public void Two_zip_entries_of_one_name_are_rejected()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        File.Copy(source, PathOf(BadFile));
        using (var zip = ZipFile.Open(PathOf(BadFile), ZipArchiveMode.Update))
        {
            // A second sheet part of the same name, with other figures: Excel and the importer could read different ones.
            using var second = new StreamWriter(zip.CreateEntry(FormSheetPart).Open());
            second.Write(ReadPart(source, FormSheetPart).Replace("<v>24</v>", "<v>2</v>", StringComparison.Ordinal));
        }

        Assert.Contains("hai thành phần cùng tên", ImportExpectingRejection(ImportProblemCodes.AmbiguousPackage).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../evil.xml")]
    [InlineData("xl/../../evil.xml")]
    [InlineData("xl\\worksheets\\sheet9.xml")]
    public void A_part_name_climbing_out_of_the_package_is_rejected(string name)
    {
        RepackageBad(new Dictionary<string, Action<Stream>> { [name] = FormsTestKit.Text("<x/>") });
        ImportExpectingRejection(ImportProblemCodes.AmbiguousPackage);
    }

    [Fact]
    public void Two_sheets_of_one_name_are_rejected()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        var workbook = ReadPart(source, "xl/workbook.xml");
        var sheet = Regex.Match(workbook, "<(?:\\w+:)?sheet [^>]*name=\"" + InputForm.SheetName + "\"[^>]*/>").Value;
        Assert.NotEmpty(sheet);
        var twice = workbook.Replace(sheet, sheet + Regex.Replace(sheet, "sheetId=\"\\d+\"", "sheetId=\"99\""), StringComparison.Ordinal);
        FormsTestKit.Repackage(source, PathOf(BadFile), new Dictionary<string, Action<Stream>> { ["xl/workbook.xml"] = FormsTestKit.Text(twice) });
        ImportExpectingRejection(ImportProblemCodes.AmbiguousPackage);
    }

    private void RewriteFormSheet(Func<string, string> rewrite)
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        var xml = ReadPart(source, FormSheetPart);
        Assert.Contains(InputForm.SheetName, ReadPart(source, "xl/workbook.xml"), StringComparison.Ordinal);
        FormsTestKit.Repackage(source, PathOf(BadFile), new Dictionary<string, Action<Stream>> { [FormSheetPart] = FormsTestKit.Text(rewrite(xml)) });
    }

    private static string ReadPart(string package, string part)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }
}

public sealed partial class ImportProblemTests
{
    [Theory]
    [InlineData("0,,")]
    [InlineData("0%")]
    [InlineData(";;;")]
    [InlineData("\"25\"")]
    [InlineData("0.0E+00")]
    public void A_value_cell_formatted_to_show_another_number_is_rejected_at_its_cell(string format)
    {
        var cell = AddressOf(new ValueKey("dang_vien"));
        EditBad(sheet => sheet.Cell(cell).Style.NumberFormat.Format = format);
        var problem = ImportExpectingRejection(ImportProblemCodes.HiddenFormat, cell, InputForm.SheetName);
        Assert.Contains("“" + format + "”", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("General", 12.345, true)]
    [InlineData("#,##0", 1250, true)]
    [InlineData("#,##0.0#", 2.25, true)]
    [InlineData("#,##0.0#", 2.255, false)]
    [InlineData("0,,", 1000000, false)]
    [InlineData("0.00;-0.00", 1, false)]
    // The pattern's $ matches before a final line feed: the line feed is no decimal place shown.
    [InlineData("0.00\n", 2.255, false)]
    [InlineData("0.00\n", 2.25, true)]
    public void Only_plain_digit_formats_with_enough_decimals_show_a_value_as_it_is(string format, double value, bool shows) =>
        Assert.Equal(shows, DisplayedFormat.ShowsAsIs(format, (decimal)value));
}
