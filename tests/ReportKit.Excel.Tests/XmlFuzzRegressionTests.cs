using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Layout;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The mutants the XML fuzzing (<see cref="XmlFuzzTests"/>) got through before the importer was fixed, minimized to the
/// one change each needs: every one was accepted while ClosedXML or openpyxl refused the file or saw another sheet or
/// value. Each is now rejected by name with the problem the catalogue gives it.
/// </summary>
public sealed class XmlFuzzRegressionTests
{
    private const string Sheet = "xl/worksheets/sheet1.xml";

    private readonly string _folder = RepoPaths.NewTempFolder("xml-fuzz-regressions");

    /// <summary>Case, part, pattern (<c>{cell}</c> is a value cell's address), replacement, expected code.</summary>
    public static TheoryData<string, string, string, string, string> Mutants => new()
    {
        { "a value wrapped in an element Excel does not know", Sheet, "(<x:c r=\"{cell}\"[^>]*>)(<x:v>[^<]*</x:v>)", "$1<x:z>$2</x:z>", ImportProblemCodes.MalformedXml },
        { "a value cell written twice", Sheet, "(<x:c r=\"{cell}\"[^>]*>.*?</x:c>)", "$1$1", ImportProblemCodes.AmbiguousPackage },
        { "a value cell's style the file does not have", Sheet, "(<x:c r=\"{cell}\"[^>]*?) s=\"\\d+\"", "$1 s=\"999\"", ImportProblemCodes.AmbiguousPackage },
        { "a cell type SpreadsheetML does not have", Sheet, "<x:c r=\"{cell}\"([^>]*?)(?: t=\"[^\"]*\")?(/?>)", "<x:c r=\"{cell}\"$1 t=\"x\"$2", ImportProblemCodes.MalformedXml },
        { "a merged range that is no range", Sheet, "<x:mergeCell ref=\"[^\"]*\"", "<x:mergeCell ref=\" 12\"", ImportProblemCodes.MalformedXml },
        { "shared strings in another namespace", "xl/sharedStrings.xml", "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", "xmlns:x=\"urn:other\"", ImportProblemCodes.MalformedXml },
        { "text beside a shared string's t", "xl/sharedStrings.xml", "<x:si><x:t>", "<x:si>7<x:t>", ImportProblemCodes.MalformedXml },
        { "a shared string with two plain t (ClosedXML keeps the first)", "xl/sharedStrings.xml", "(<x:si><x:t[^>]*>[^<]*</x:t>)", "$1<x:t>7</x:t>", ImportProblemCodes.MalformedXml },
        { "a shared string with plain text and a run", "xl/sharedStrings.xml", "(<x:si><x:t[^>]*>[^<]*</x:t>)", "$1<x:r><x:t>7</x:t></x:r>", ImportProblemCodes.MalformedXml },
        { "styles in another namespace", "xl/styles.xml", "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", "xmlns:x=\"urn:other\"", ImportProblemCodes.MalformedXml },
        { "a number format without its id", "xl/styles.xml", "<x:numFmt numFmtId=\"\\d+\"", "<x:numFmt", ImportProblemCodes.MalformedXml },
        { "a relationship with content", "_rels/.rels", "(<Relationship [^>]*?) ?/>", "$1><x /></Relationship>", ImportProblemCodes.MalformedXml },
        { "a relationship attribute OPC does not have", "_rels/.rels", "<Relationship ", "<Relationship formatCode=\"0\" ", ImportProblemCodes.MalformedXml },
        { "a relationships part declared ISO-8859-1", "xl/_rels/workbook.xml.rels", "encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"", ImportProblemCodes.MalformedXml },
        { "two relationships of one id", "xl/_rels/workbook.xml.rels", "(<Relationship [^>]*Id=\"rId3\" ?/>)", "$1$1", ImportProblemCodes.AmbiguousPackage },
        { "a sheet whose relationship is of another type", "xl/_rels/workbook.xml.rels", "Type=\"[^\"]*/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"", "Type=\"application/xml\" Target=\"/xl/worksheets/sheet1.xml\"", ImportProblemCodes.MalformedXml },
        { "the styles under another content type", "[Content_Types].xml", "(PartName=\"/xl/styles.xml\" ContentType=\")[^\"]*", "$1application/xml", ImportProblemCodes.Corrupt },
        { "two content types for one extension", "[Content_Types].xml", "(<Default Extension=\"xml\"[^>]*/>)", "$1$1", ImportProblemCodes.AmbiguousPackage },
        { "a sheet id that is not a number", "xl/workbook.xml", "sheetId=\"2\"", "sheetId=\"-1\"", ImportProblemCodes.MalformedXml },
        { "a sheet state Excel does not have", "xl/workbook.xml", "state=\"hidden\"", "state=\"\"", ImportProblemCodes.MalformedXml },
        { "a sheet name longer than Excel allows", "xl/workbook.xml", "name=\"_reportkit\"", "name=\"_reportkit_" + new string('x', 30) + "\"", ImportProblemCodes.MalformedXml },
    };

    [Theory]
    [MemberData(nameof(Mutants))]
    public void A_mutant_the_fuzzing_once_got_through_is_rejected_by_name(string mutant, string part, string pattern, string replacement, string code)
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var unit = new Unit("chi_bo_1", "Chi bộ Thôn 1", null, "chi_bo");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        InputForm.Save(plan, "hang_nam", "2024", unit, genuine);
        var cells = FormsTestKit.CellMap(FormsTestKit.MetadataRows(genuine));
        var key = cells.Values.Keys.First();
        FormsTestKit.Fill(genuine, new Submission(plan.Id, "hang_nam", unit.Id, "2024") { SubmittedOn = new DateOnly(2024, 11, 20) }.WithValue(key, 7));
        var options = new FormImportOptions(plan) { ReportId = "hang_nam", PeriodKey = "2024" };
        Assert.Single(FormImporter.Import(new[] { genuine }, options).Submissions);

        string text;
        using (var zip = ZipFile.OpenRead(genuine))
        using (var reader = new StreamReader(zip.GetEntry(part)!.Open()))
            text = reader.ReadToEnd();
        var mutated = new Regex(pattern.Replace("{cell}", cells.Values[key], StringComparison.Ordinal)).Replace(text, replacement.Replace("{cell}", cells.Values[key], StringComparison.Ordinal), 1);
        Assert.NotEqual(text, mutated);
        var path = Path.Combine(_folder, "mutant.xlsx");
        FormsTestKit.Repackage(genuine, path, new Dictionary<string, Action<Stream>> { [part] = FormsTestKit.Text(mutated) });

        var result = FormImporter.Import(new[] { path }, options);

        Assert.Empty(result.Submissions);
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Code == code, $"{mutant}: {problem.Code}: {problem.Message}");
        Assert.Equal("mutant.xlsx", problem.File);
    }

    [Fact]
    public void A_value_cell_written_twice_is_rejected_at_that_cell()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var unit = new Unit("chi_bo_1", "Chi bộ Thôn 1", null, "chi_bo");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        InputForm.Save(plan, "hang_nam", "2024", unit, genuine);
        var address = FormsTestKit.CellMap(FormsTestKit.MetadataRows(genuine)).Values.Values.First();
        string sheet;
        using (var zip = ZipFile.OpenRead(genuine))
        using (var reader = new StreamReader(zip.GetEntry(Sheet)!.Open()))
            sheet = reader.ReadToEnd();
        // Excel shows one of two cells of one address, and which is an accident: a 5 and a 500 both written for the cell.
        var twice = new Regex("<x:c r=\"" + address + "\"[^>]*?(?:/>|>.*?</x:c>)").Replace(sheet,
            "<x:c r=\"" + address + "\"><x:v>5</x:v></x:c><x:c r=\"" + address + "\"><x:v>500</x:v></x:c>", 1);
        var path = Path.Combine(_folder, "twice.xlsx");
        FormsTestKit.Repackage(genuine, path, new Dictionary<string, Action<Stream>> { [Sheet] = FormsTestKit.Text(twice) });

        var problem = Assert.Single(FormImporter.Import(new[] { path }, new FormImportOptions(plan) { ReportId = "hang_nam", PeriodKey = "2024" }).Problems);

        Assert.Equal(ImportProblemCodes.AmbiguousPackage, problem.Code);
        Assert.Equal((InputForm.SheetName, address), (problem.Sheet, problem.Cell));
        Assert.Contains("ô " + address + " ghi hai lần", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_hidden_under_a_merged_range_is_rejected_at_that_cell()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var unit = new Unit("chi_bo_1", "Chi bộ Thôn 1", null, "chi_bo");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        InputForm.Save(plan, "hang_nam", "2024", unit, genuine);
        var cells = FormsTestKit.CellMap(FormsTestKit.MetadataRows(genuine));
        var key = cells.Values.Keys.First();
        FormsTestKit.Fill(genuine, new Submission(plan.Id, "hang_nam", unit.Id, "2024") { SubmittedOn = new DateOnly(2024, 11, 20) }.WithValue(key, 500));
        var address = cells.Values[key];
        Assert.True(XlsxReader.TryParseReference(address, out var row, out var column));
        var left = CellReference.A1(row, column - 1);
        string sheet;
        using (var zip = ZipFile.OpenRead(genuine))
        using (var reader = new StreamReader(zip.GetEntry(Sheet)!.Open()))
            sheet = reader.ReadToEnd();
        // The label cell beside the figure is merged over it: Excel shows the label's cell only, and the 500 vanishes from view.
        var hidden = Regex.Replace(sheet, "(<x:mergeCells[^>]*>)", "$1<x:mergeCell ref=\"" + left + ":" + address + "\" />", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.NotEqual(sheet, hidden);
        var path = Path.Combine(_folder, "hidden.xlsx");
        FormsTestKit.Repackage(genuine, path, new Dictionary<string, Action<Stream>> { [Sheet] = FormsTestKit.Text(hidden) });

        var problem = Assert.Single(FormImporter.Import(new[] { path }, new FormImportOptions(plan) { ReportId = "hang_nam", PeriodKey = "2024" }).Problems);

        Assert.Equal(ImportProblemCodes.AmbiguousPackage, problem.Code);
        Assert.Equal((InputForm.SheetName, address), (problem.Sheet, problem.Cell));
        Assert.Contains("vùng gộp " + left + ":" + address, problem.Message, StringComparison.Ordinal);
    }
}
