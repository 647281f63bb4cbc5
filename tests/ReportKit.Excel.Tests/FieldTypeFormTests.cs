using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

// Field types beyond numbers through the form, the import and the summary: a yes_no dropdown (Có/Không, stored 1/0),
// date, text and document answers (Submission.Answers), "x/y đơn vị" on parent rows, answers listed per unit.
public sealed class FieldTypeFormTests
{
    private static readonly PlanSpec Plan = ReportKit.Templates.PlanTemplateParser.Parse("types.plan.yaml",
        File.ReadAllText(RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "types.plan.yaml"))).Plan!;

    private const string Report = "trien_khai";

    private static readonly System.DateOnly AsOf = new(2023, 7, 10);

    private static UnitTree Units() => UnitTree.Create(new[]
    {
        new Unit("dang_uy", "Đảng ủy xã Thụy Hùng", null, "dang_uy"),
        new Unit("chi_bo_1", "Chi bộ Thôn 1", "dang_uy", "chi_bo"),
        new Unit("chi_bo_2", "Chi bộ Thôn 2", "dang_uy", "chi_bo"),
        new Unit("chi_bo_3", "Chi bộ Thôn 3", "dang_uy", "chi_bo"),
    });

    private static Submission Filled(string unit, bool banChiDao, string date, string? name, string document) =>
        new Submission(Plan.Id, Report, unit, "once") { SubmittedOn = new System.DateOnly(2023, 6, 20), Source = unit + ".xlsx" }
            .WithValue("so_buoi", 2).WithValue("ban_chi_dao", banChiDao ? 1 : 0)
            .WithAnswer("ngay_quan_triet", date).WithAnswer("nguoi_phu_trach", name).WithAnswer("ke_hoach", document);

    private static Submission[] Originals() => new[]
    {
        Filled("chi_bo_1", true, "2023-05-12", "Nguyễn Thị Hoa", "Kế hoạch số 12-KH/CB ngày 2023-05-05"),
        Filled("chi_bo_2", false, "2023-05-20", null, "Kế hoạch số 03-KH/CB ngày 2023-05-15"),
        Filled("chi_bo_3", true, "2023-06-01", "Lê Văn Nam", "số 07-KH/CB ngày 2023-05-30").WithValue("to_giup_viec", 1),
    };

    private static Dictionary<ValueKey, string> Cells(string path) => FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values;

    private static string BlankForm(string folder, string unit)
    {
        var path = Path.Combine(folder, unit + ".xlsx");
        InputForm.Save(Plan, Report, "once", Units()[unit], path);
        return path;
    }

    /// <summary>Fills a form as a clerk does: Có/Không from the dropdown (words), a real date cell, texts as typed.</summary>
    private static void FillAsClerk(string path, Submission submission)
    {
        var cells = Cells(path);
        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(InputForm.SheetName);
            foreach (var (key, value) in submission.Values.Where(v => v.Value is not null))
            {
                var indicator = Plan.Indicators.Single(i => i.Id == key.IndicatorId);
                if (indicator.IsYesNo())
                    sheet.Cell(cells[key]).SetValue(FieldAnswers.YesNoWord(value)!);
                else
                    sheet.Cell(cells[key]).SetValue((double)value!.Value);
            }

            foreach (var (id, answer) in submission.Answers.Where(a => a.Value is not null))
            {
                var field = Plan.Indicators.Single(i => i.Id == id);
                var cell = sheet.Cell(cells[new ValueKey(id)]);
                if (field.Type == IndicatorType.Date)
                    cell.SetValue(System.DateTime.Parse(answer!, System.Globalization.CultureInfo.InvariantCulture));
                else if (field.Type == IndicatorType.Document)
                    cell.SetValue(DocumentReference.Parse(answer!).Vietnamese());
                else
                    cell.SetValue(answer!);
            }

            sheet.Cell(FormsTestKit.CellMap(FormsTestKit.MetadataRows(workbook)).Date).SetValue(submission.SubmittedOn!.Value.ToDateTime(System.TimeOnly.MinValue));
            workbook.Save();
        }
    }

    private static ImportResult Import(string folder) =>
        FormImporter.ImportFolder(folder, new FormImportOptions(Plan) { ReportId = Report, PeriodKey = "once", Units = Units() });

    [Fact]
    public void The_form_has_a_Co_Khong_dropdown_and_wide_answer_cells()
    {
        var folder = RepoPaths.NewTempFolder("types-form");
        var path = BlankForm(folder, "chi_bo_1");

        using var stream = File.OpenRead(path);
        var text = WorkbookText.Render(stream);
        Assert.Contains("list", text);
        Assert.Contains("\"Có,Không\"", text);
        Snapshot.Match(text);
    }

    [Fact]
    public void Filled_forms_import_to_the_submissions_and_the_summary_they_give()
    {
        var folder = RepoPaths.NewTempFolder("types-roundtrip");
        var originals = Originals();
        foreach (var submission in originals)
            FillAsClerk(BlankForm(folder, submission.UnitId), submission);

        var result = Import(folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ImportSeverity.Error);
        var imported = result.Submissions.OrderBy(s => s.UnitId, System.StringComparer.Ordinal).ToArray();
        // A blank cell is read as a blank (null) value or answer; the originals leave them out.
        static string Given(Submission s) => string.Join("\n", s.ToString().Split('\n').Where(l => !l.EndsWith(" = ", System.StringComparison.Ordinal) && !l.EndsWith(" := ", System.StringComparison.Ordinal)));
        Assert.Equal(originals.Select(Given), imported.Select(s => Given(s with { Source = s.UnitId + ".xlsx" })));
        var direct = Consolidator.Summarize(Plan, Report, "once", Units(), originals, AsOf);
        var viaForms = Consolidator.Summarize(Plan, Report, "once", Units(), imported.Select(s => s with { Source = s.UnitId + ".xlsx" }), AsOf);
        Assert.Equal(direct.ToText(), viaForms.ToText());
        Assert.Equal(2m, direct.Value("dang_uy", "ban_chi_dao"));
        Assert.Equal(3, direct.Row("dang_uy").YesNoAnswered!["ban_chi_dao"]);
        Assert.Contains("chi_bo_3 ke_hoach: số 07-KH/CB ngày 2023-05-30", direct.ToText());
    }

    [Fact]
    public void The_summary_shows_x_of_y_units_and_lists_the_answers_per_unit()
    {
        var summary = Consolidator.Summarize(Plan, Report, "once", Units(), Originals(), AsOf);
        var path = Path.Combine(RepoPaths.NewTempFolder("types-summary"), "tong-hop.xlsx");

        summary.SaveAs(path);

        using var stream = File.OpenRead(path);
        var text = WorkbookText.Render(stream);
        Assert.Contains("2/3 đơn vị (66,67 %)", text);
        Assert.Contains("Kế hoạch số 12-KH/CB ngày 05/5/2023", text);
        Assert.Contains(AnswersSheet.SheetName, text);
        Snapshot.Match(text);
    }

    [Theory]
    [InlineData("ban_chi_dao", "x", ImportProblemCodes.BadYesNo, "đang ghi “x”, không phải Có hoặc Không; hãy chọn Có hoặc Không trong danh sách của ô.")]
    [InlineData("ban_chi_dao", "rồi", ImportProblemCodes.BadYesNo, "không phải Có hoặc Không")]
    [InlineData("ke_hoach", "Kế hoạch 12", ImportProblemCodes.BadAnswer, "không đủ số, ký hiệu và ngày của văn bản; ghi như: Kế hoạch số 12-KH/ĐU ngày 05/5/2023")]
    [InlineData("ngay_quan_triet", "hôm qua", ImportProblemCodes.BadDate, "phải là ngày theo dạng ngày/tháng/năm")]
    [InlineData("nguoi_phu_trach", "Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung, Hoàng Văn Em", ImportProblemCodes.TooLong, "vượt giới hạn 60 ký tự")]
    public void A_cell_not_of_its_type_is_refused_at_its_cell_saying_what_to_type(string id, string typed, string code, string says)
    {
        var folder = RepoPaths.NewTempFolder("types-refused");
        var path = BlankForm(folder, "chi_bo_1");
        FillAsClerk(path, Originals()[0]);
        var address = Cells(path)[new ValueKey(id)];
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(InputForm.SheetName).Cell(address).SetValue(typed));

        var result = Import(folder);

        Assert.Empty(result.Submissions);
        var problem = Assert.Single(result.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal((code, InputForm.SheetName, address), (problem.Code, problem.Sheet, problem.Cell));
        Assert.Contains(says, problem.Message);
    }

    [Fact]
    public void A_date_answer_outside_1900_to_2200_is_refused_at_its_file_and_cell_and_the_batch_goes_on()
    {
        // The one date rule (Dates.FromParts, years 1900–2200) for a date typed as text and for a real date cell alike.
        var folder = RepoPaths.NewTempFolder("types-date-range");
        foreach (var submission in Originals())
            FillAsClerk(BlankForm(folder, submission.UnitId), submission);
        var address = Cells(Path.Combine(folder, "chi_bo_1.xlsx"))[new ValueKey("ngay_quan_triet")];
        FormsTestKit.Edit(Path.Combine(folder, "chi_bo_1.xlsx"), workbook => workbook.Worksheet(InputForm.SheetName).Cell(address).SetValue("05/05/0205"));
        FormsTestKit.Edit(Path.Combine(folder, "chi_bo_2.xlsx"), workbook => workbook.Worksheet(InputForm.SheetName).Cell(address).SetValue(new System.DateTime(2999, 5, 5)));

        var result = Import(folder);

        Assert.Equal("chi_bo_3", Assert.Single(result.Submissions).UnitId);
        var refused = result.Problems.Where(p => p.Severity == ImportSeverity.Error).OrderBy(p => p.File, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new (string, string, string?, string?)[] { ("chi_bo_1.xlsx", ImportProblemCodes.BadDate, InputForm.SheetName, address), ("chi_bo_2.xlsx", ImportProblemCodes.BadDate, InputForm.SheetName, address) },
            refused.Select(p => (Path.GetFileName(p.File), p.Code, p.Sheet, p.Cell)));
        Assert.All(refused, p => Assert.Contains("Ô " + address + " (", p.Message));
        Assert.All(refused, p => Assert.Contains("phải là ngày theo dạng ngày/tháng/năm (ví dụ 20/11/2024)", p.Message));
    }

    [Theory]
    [InlineData("có", 1)]
    [InlineData("KHÔNG", 0)]
    [InlineData("khong", 0)]
    [InlineData(" Có ", 1)]
    public void Co_and_Khong_are_read_whatever_the_case_or_diacritics(string typed, int stored)
    {
        var folder = RepoPaths.NewTempFolder("types-yes-no");
        var path = BlankForm(folder, "chi_bo_1");
        FillAsClerk(path, Originals()[0]);
        var address = Cells(path)[new ValueKey("ban_chi_dao")];
        FormsTestKit.Edit(path, workbook => workbook.Worksheet(InputForm.SheetName).Cell(address).SetValue(typed));

        var submission = Assert.Single(Import(folder).Submissions);

        Assert.Equal(stored, submission["ban_chi_dao"]);
    }

    [OfficeFact]
    public void A_form_filled_with_openpyxl_imports_the_choice_and_the_date_cell()
    {
        var folder = RepoPaths.NewTempFolder("types-openpyxl");
        var blank = BlankForm(RepoPaths.NewTempFolder("types-openpyxl-blank"), "chi_bo_1");
        var cells = Cells(blank);
        OfficeTools.EditWithOpenpyxl(blank, Path.Combine(folder, "chi_bo_1.xlsx"), "set_cells", InputForm.SheetName,
            cells[new ValueKey("ban_chi_dao")] + "=Có",
            cells[new ValueKey("to_giup_viec")] + "=Không",
            cells[new ValueKey("ngay_quan_triet")] + "=date:2023-05-12",
            cells[new ValueKey("nguoi_phu_trach")] + "=Nguyễn Thị Hoa",
            cells[new ValueKey("ke_hoach")] + "=Kế hoạch số 12-KH/CB ngày 05/5/2023",
            FormsTestKit.CellMap(FormsTestKit.MetadataRows(blank)).Date + "=date:2023-06-20");

        var result = Import(folder);

        Assert.DoesNotContain(result.Problems, p => p.Severity == ImportSeverity.Error);
        var submission = Assert.Single(result.Submissions);
        Assert.Equal((1m, 0m), (submission["ban_chi_dao"], submission["to_giup_viec"]));
        Assert.Equal("2023-05-12", submission.Answers["ngay_quan_triet"]);
        Assert.Equal("Kế hoạch số 12-KH/CB ngày 2023-05-05", submission.Answers["ke_hoach"]);
        Assert.Equal(new System.DateOnly(2023, 6, 20), submission.SubmittedOn);
    }
}
