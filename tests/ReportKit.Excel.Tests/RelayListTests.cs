using System.Globalization;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The list sheets of a relayed summary (one per <c>lists:</c> entry: Đơn vị, STT, the columns) are sealed cell by
/// cell like the answers sheet: the rows that go up are those of the hidden sheet, so an edit of the visible sheet
/// would otherwise show one thing and send another. A changed value is refused at its cell; a row deleted, inserted,
/// moved or added at the end is refused at the first row it changed; the other files of the batch are read on. Edits
/// made with ClosedXML and with openpyxl (a program written apart), and files saved unchanged by openpyxl and
/// LibreOffice, which must still be accepted.
/// </summary>
public sealed class RelayListTests
{
    private const string Report = ListTests.Report;
    private const string Period = ListTests.Period;
    private static readonly DateOnly AsOf = ListTests.AsOf;
    private readonly string _folder = RepoPaths.NewTempFolder("relay-lists");

    private static ReportSummary Summary() =>
        Consolidator.Summarize(ListTests.Plan, Report, Period, ListTests.Units, ListTests.Submissions, AsOf);

    /// <summary>The relayed file and an intact copy of it, read as one batch at the level above.</summary>
    private ImportResult ImportWithIntact(string edited)
    {
        var intact = Path.Combine(_folder, "nguyen-ven.xlsx");
        if (!File.Exists(intact))
            Summary().SaveAs(intact);
        return Import(edited, intact);
    }

    private static ImportResult Import(params string[] paths) => FormImporter.Import(paths, new FormImportOptions(ListTests.Plan)
    {
        ReportId = Report, PeriodKey = Period, Units = UnitTree.Create(new[] { ListTests.Units["dang_uy"] }),
    });

    /// <summary>The list sheet holding <paramref name="text"/> (not the hidden relay sheet, which carries it too) and its row.</summary>
    private static (string Sheet, int Row) Find(string path, string text)
    {
        using var workbook = new XLWorkbook(path);
        var cell = workbook.Worksheets.Where(w => w.Name != InputForm.MetadataSheetName && w.Name != SummaryWorkbook.MainSheetName)
            .SelectMany(w => w.CellsUsed()).Single(c => c.GetString() == text);
        return (cell.Worksheet.Name, cell.Address.RowNumber);
    }

    private string Saved(string name)
    {
        var path = Path.Combine(_folder, name);
        Summary().SaveAs(path);
        return path;
    }

    /// <summary>
    /// The three rows of "Danh sách mô hình": Chi bộ thôn 1's two (Dân vận khéo with 25 people, Tủ sách pháp luật),
    /// then Chi bộ thôn 2's Con đường hoa. F is Số người tham gia.
    /// </summary>
    private static string Rows(string path, out int first, out int second, out int third)
    {
        (var sheet, first) = Find(path, "Mô hình “Dân vận khéo”");
        second = Find(path, "Tủ sách pháp luật").Row;
        third = Find(path, "Con đường hoa").Row;
        Assert.Equal((first + 1, first + 2), (second, third));
        return sheet;
    }

    private static void AssertRefused(ImportResult result, string file, string code, string sheet, string cell)
    {
        var problem = Assert.Single(result.Problems);
        Assert.Equal((file, code, sheet, cell), (problem.File, problem.Code, problem.Sheet, problem.Cell));
        Assert.Equal("dang_uy", problem.UnitId);
        // The batch goes on: the intact copy is read.
        Assert.Equal("nguyen-ven.xlsx", Assert.Single(result.Submissions).Source);
    }

    [Fact]
    public void A_changed_list_value_is_refused_at_its_cell_naming_the_sheet()
    {
        var path = Saved("sua-gia-tri.xlsx");
        var sheet = Rows(path, out var first, out _, out _);
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(sheet).Cell(first, 6).SetValue(26));

        var result = ImportWithIntact(path);
        AssertRefused(result, "sua-gia-tri.xlsx", ImportProblemCodes.RelayEdited, sheet, "F" + first);
        Assert.StartsWith("Ô F" + first + " của trang “" + sheet + "” đã bị sửa (đang ghi “26”). Không sửa biểu tổng hợp", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("sua-gia-tri.xlsx [" + sheet + "!F" + first + "] relay.edited", result.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_cell_of_the_second_list_and_a_changed_unit_name_are_refused_at_their_cells()
    {
        var path = Saved("sua-guong.xlsx");
        var (sheet, row) = Find(path, "Nguyễn Thị Bình");
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(sheet).Cell(row, 4).SetValue(2.5));
        AssertRefused(ImportWithIntact(path), "sua-guong.xlsx", ImportProblemCodes.RelayEdited, sheet, "D" + row);

        var unit = Saved("sua-don-vi.xlsx");
        var listSheet = Rows(unit, out _, out _, out var third);
        FormsTestKit.Edit(unit, workbook => workbook.Worksheet(listSheet).Cell(third, 1).SetValue("Chi bộ thôn 1"));
        AssertRefused(ImportWithIntact(unit), "sua-don-vi.xlsx", ImportProblemCodes.RelayEdited, listSheet, "A" + third);
    }

    [Theory]
    [InlineData("delete")]
    [InlineData("insert")]
    [InlineData("reorder")]
    [InlineData("append")]
    public void A_list_row_deleted_inserted_reordered_or_added_with_closedxml_is_refused_at_the_first_row_it_changed(string edit)
    {
        var name = edit + ".xlsx";
        var path = Saved(name);
        var sheet = Rows(path, out var first, out var second, out var third);
        FormsTestKit.Edit(path, workbook =>
        {
            var worksheet = workbook.Worksheet(sheet);
            switch (edit)
            {
                case "delete":
                    worksheet.Row(second).Delete();
                    break;
                case "insert":
                    worksheet.Row(second).InsertRowsAbove(1);
                    break;
                case "reorder":
                    for (var column = 1; column <= 7; column++)
                    {
                        var (a, b) = (worksheet.Cell(first, column), worksheet.Cell(second, column));
                        (a.Value, b.Value) = (b.Value, a.Value);
                    }

                    break;
                default:
                    worksheet.Cell(third + 1, 1).SetValue("Chi bộ thôn 2");
                    worksheet.Cell(third + 1, 3).SetValue("Mô hình thêm vào");
                    break;
            }
        });

        var row = edit switch { "delete" or "insert" => second, "reorder" => first, _ => third + 1 };
        AssertRefused(ImportWithIntact(path), name, ImportProblemCodes.RelayRowEdited, sheet, "A" + row);
    }

    [OfficeTheory]
    [InlineData("set_cells")]
    [InlineData("delete_rows")]
    [InlineData("insert_rows")]
    [InlineData("swap_rows")]
    [InlineData("append")]
    public void A_list_edited_with_openpyxl_is_refused(string edit)
    {
        var source = Saved("goc-" + edit + ".xlsx");
        var sheet = Rows(source, out var first, out var second, out var third);
        var name = "openpyxl-" + edit + ".xlsx";
        var target = Path.Combine(_folder, name);
        string Row(int n) => n.ToString(CultureInfo.InvariantCulture);
        var operation = edit switch
        {
            "set_cells" => new[] { edit, sheet, "F" + Row(first) + "=26" },
            "delete_rows" or "insert_rows" => new[] { edit, sheet, Row(second) },
            "swap_rows" => new[] { edit, sheet, Row(first), Row(second) },
            _ => new[] { "set_cells", sheet, "A" + Row(third + 1) + "=Chi bộ thôn 2", "C" + Row(third + 1) + "=Mô hình thêm vào" },
        };
        OfficeTools.EditWithOpenpyxl(source, target, operation);

        var (code, cell) = edit switch
        {
            "set_cells" => (ImportProblemCodes.RelayEdited, "F" + Row(first)),
            "delete_rows" or "insert_rows" => (ImportProblemCodes.RelayRowEdited, "A" + Row(second)),
            "swap_rows" => (ImportProblemCodes.RelayRowEdited, "A" + Row(first)),
            _ => (ImportProblemCodes.RelayRowEdited, "A" + Row(third + 1)),
        };
        AssertRefused(ImportWithIntact(target), name, code, sheet, cell);
    }

    [OfficeFact]
    public void Saved_unchanged_by_openpyxl_or_libreoffice_the_list_sheets_are_still_accepted()
    {
        var path = Saved("tong-hop.xlsx");
        OfficeTools.EditWithOpenpyxl(path, Path.Combine(_folder, "openpyxl.xlsx"));
        OfficeTools.SaveWithLibreOffice(path, Path.Combine(_folder, "libreoffice.xlsx"));
        var expected = Summary().ToSubmission("dang_uy", AsOf);

        foreach (var name in new[] { "openpyxl.xlsx", "libreoffice.xlsx" })
        {
            var result = Import(Path.Combine(_folder, name));
            Assert.True(result.Problems.Count == 0, name + ": " + string.Join("\n", result.Problems));
            Assert.Equal(expected with { Source = name }, Assert.Single(result.Submissions));
        }
    }

    [Fact]
    public void A_list_no_unit_reported_is_sealed_too_so_a_row_typed_into_it_is_refused()
    {
        var submissions = ListTests.Submissions.Select(s => s.WithRows("guong", System.Array.Empty<ListRow>())).ToArray();
        var summary = Consolidator.Summarize(ListTests.Plan, Report, Period, ListTests.Units, submissions, AsOf);
        var path = Path.Combine(_folder, "danh-sach-trong.xlsx");
        summary.SaveAs(path);
        var (sheet, row) = Find(path, "(Chưa có đơn vị nào báo cáo danh sách này)");
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(sheet).Cell(row + 1, 3).SetValue("Trần Văn Thêm"));

        var problem = Assert.Single(Import(path).Problems);
        Assert.Equal((ImportProblemCodes.RelayEdited, sheet, "C" + (row + 1)), (problem.Code, problem.Sheet, problem.Cell));
    }
}
