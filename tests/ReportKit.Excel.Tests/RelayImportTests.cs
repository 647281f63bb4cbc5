using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A summary workbook is also its root unit's submission to the level above (the relay): read back exactly, and
/// refused at the cell or row when its data was edited, also after other programs saved it.
/// </summary>
public sealed class RelayImportTests
{
    private readonly string _folder = RepoPaths.NewTempFolder("relay-import");

    public static TheoryData<string> Templates => new(FormsTestKit.SeedTemplates.Select(t => t.Replace(".plan.yaml", "")));

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_seed_summary_reads_back_as_its_roots_consolidated_submission(string template)
    {
        var summary = SummaryFixtures.MainSummary(template);
        var path = Save(summary, "tong-hop.xlsx");
        var imported = Import(summary, path);

        Assert.Empty(imported.Problems);
        var root = summary.Rows[0].Unit!.Id;
        Assert.Equal(summary.ToSubmission(root, summary.AsOf) with { Source = "tong-hop.xlsx" }, Assert.Single(imported.Submissions));
    }

    [OfficeFact]
    public void Saved_unchanged_by_libreoffice_or_openpyxl_a_relayed_summary_is_still_accepted_with_the_same_figures()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var path = Save(summary, "tong-hop.xlsx");
        OfficeTools.SaveWithLibreOffice(path, Path.Combine(_folder, "libreoffice.xlsx"));
        OfficeTools.EditWithOpenpyxl(path, Path.Combine(_folder, "openpyxl.xlsx"));
        var expected = summary.ToSubmission(summary.Rows[0].Unit!.Id, summary.AsOf);

        foreach (var name in new[] { "libreoffice.xlsx", "openpyxl.xlsx" })
        {
            var imported = Import(summary, Path.Combine(_folder, name));
            Assert.True(imported.Problems.Count == 0, name + ": " + string.Join("\n", imported.Problems));
            Assert.Equal(expected with { Source = name }, Assert.Single(imported.Submissions));
        }
    }

    [OfficeFact]
    public void A_row_inserted_into_a_relayed_table_with_openpyxl_is_rejected()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var path = Save(summary, "tong-hop.xlsx");
        using (var workbook = new XLWorkbook(path))
        {
            var row = workbook.Worksheet(SummaryWorkbook.MainSheetName).Column(2).CellsUsed().First(c => c.GetString() == summary.Rows[2].Label).Address.RowNumber;
            OfficeTools.EditWithOpenpyxl(path, Path.Combine(_folder, "inserted.xlsx"), "insert_rows", SummaryWorkbook.MainSheetName, row.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var problem = Assert.Single(Import(summary, Path.Combine(_folder, "inserted.xlsx")).Problems);
        Assert.Equal((ImportProblemCodes.RelayRowEdited, SummaryWorkbook.MainSheetName), (problem.Code, problem.Sheet));
    }

    [Fact]
    public void An_edited_total_cell_is_named_and_an_edited_hidden_sheet_breaks_the_seal()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var path = Save(summary, "tong-hop.xlsx");
        FormsTestKit.Edit(path, workbook =>
        {
            var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
            var total = SummaryFixtures.TotalRow(sheet);
            sheet.Cell(total, 5).SetValue(sheet.Cell(total, 5).GetDouble() + 1);
        });
        var edited = Assert.Single(Import(summary, path).Problems);
        Assert.Equal(ImportProblemCodes.RelayEdited, edited.Code);
        Assert.StartsWith("Ô E", edited.Message, System.StringComparison.Ordinal);
        Assert.Equal(summary.Rows[0].Unit!.Id, edited.UnitId);

        var tampered = Save(summary, "sua-trang-an.xlsx");
        FormsTestKit.Edit(tampered, workbook => workbook.Worksheet(InputForm.MetadataSheetName).Cell(12, 5).SetValue("999"));
        Assert.Equal(ImportProblemCodes.Tampered, Assert.Single(Import(summary, tampered).Problems).Code);
    }

    [Fact]
    public void A_summary_of_several_roots_carries_no_relay_sheet()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var forest = summary with { Rows = summary.Rows.Select(r => r with { Depth = 0 }).ToArray() };
        Assert.DoesNotContain(SummaryWorkbook.Build(forest).Sheets, s => s.Name == InputForm.MetadataSheetName);
    }

    private string Save(ReportSummary summary, string name)
    {
        var path = Path.Combine(_folder, name);
        summary.SaveAs(path);
        return path;
    }

    private static ImportResult Import(ReportSummary summary, string path) =>
        FormImporter.Import(new[] { path }, new FormImportOptions(summary.Plan)
        {
            ReportId = summary.Report.Id,
            PeriodKey = summary.Period.Key,
            Units = UnitTree.Create(summary.Rows.Where(r => !r.IsOwn).Select(r => r.Unit!)),
        });
}
