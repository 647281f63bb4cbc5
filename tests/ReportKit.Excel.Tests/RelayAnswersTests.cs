using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The relay of a report with yes_no, date, text and document fields: the summary workbook of a Đảng ủy is its
/// submission to the Huyện ủy with the Có counts, how many answered, and every answer, sealed as the figures are, so
/// the level above consolidates them as if it had the Đảng ủy's result in hand; an edited answer or Có/Không cell is
/// refused at its cell, also when openpyxl made the edit.
/// </summary>
public sealed class RelayAnswersTests
{
    private static readonly PlanSpec Plan = PlanTemplateParser.Parse("types.plan.yaml",
        File.ReadAllText(RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "types.plan.yaml"))).Plan!;

    private const string Report = "trien_khai";

    private static readonly DateOnly AsOf = new(2023, 7, 10);

    private readonly string _folder = RepoPaths.NewTempFolder("relay-answers");

    private static readonly Unit[] Branches =
    {
        new("dang_uy", "Đảng ủy xã Thụy Hùng", "huyen", "dang_uy"),
        new("chi_bo_1", "Chi bộ Thôn 1", "dang_uy", "chi_bo"),
        new("chi_bo_2", "Chi bộ Thôn 2", "dang_uy", "chi_bo"),
        new("chi_bo_3", "Chi bộ Thôn 3", "dang_uy", "chi_bo"),
    };

    /// <summary>The Đảng ủy's tree, which it summarizes and relays.</summary>
    private static UnitTree Below() => UnitTree.Create(Branches.Select((u, i) => i == 0 ? u with { ParentId = null } : u));

    /// <summary>The Huyện ủy's tree: the Đảng ủy and its branches, and a second Đảng ủy that reports directly.</summary>
    private static UnitTree Above() => UnitTree.Create(new[] { new Unit("huyen", "Huyện ủy", null, null) }.Concat(Branches)
        .Append(new Unit("dang_uy_2", "Đảng ủy xã Thụy Dân", "huyen", "dang_uy")));

    private static Submission Filled(string unit, int? banChiDao, string? date, string? name, string? document)
    {
        var submission = new Submission(Plan.Id, Report, unit, "once") { SubmittedOn = new DateOnly(2023, 6, 20), Source = unit + ".xlsx" }
            .WithValue("so_buoi", 2).WithAnswer("ngay_quan_triet", date).WithAnswer("nguoi_phu_trach", name).WithAnswer("ke_hoach", document);
        return banChiDao is { } answer ? submission.WithValue("ban_chi_dao", answer) : submission;
    }

    private static Submission[] Branch() => new[]
    {
        Filled("chi_bo_1", 1, "2023-05-12", "Nguyễn Thị Hoa", "Kế hoạch số 12-KH/CB ngày 2023-05-05"),
        Filled("chi_bo_2", 0, "2023-05-20", null, "Kế hoạch số 03-KH/CB ngày 2023-05-15"),
        Filled("chi_bo_3", null, "2023-06-01", "Lê Văn Nam", null),
    };

    private static readonly Submission Direct2 = Filled("dang_uy_2", 1, "2023-05-30", "Phạm Văn Dân", "Kế hoạch số 07-KH/ĐU ngày 2023-05-25");

    private static ReportSummary BranchSummary() => Consolidator.Summarize(Plan, Report, "once", Below(), Branch(), AsOf);

    private string Save(ReportSummary summary, string name)
    {
        var path = Path.Combine(_folder, name);
        summary.SaveAs(path);
        return path;
    }

    private static ImportResult Import(string path) =>
        FormImporter.Import(new[] { path }, new FormImportOptions(Plan) { ReportId = Report, PeriodKey = "once", Units = Above() });

    [Fact]
    public void A_summary_with_answers_reads_back_as_its_roots_consolidated_submission()
    {
        var summary = BranchSummary();
        var imported = Import(Save(summary, "tong-hop.xlsx"));

        Assert.True(imported.Problems.Count == 0, string.Join("\n", imported.Problems));
        var relayed = Assert.Single(imported.Submissions);
        Assert.Equal(summary.ToSubmission("dang_uy", AsOf) with { Source = "tong-hop.xlsx" }, relayed);
        // One Có of the two that answered, and every answer with who gave it.
        Assert.Equal(1m, relayed["ban_chi_dao"]);
        Assert.Equal(2m, relayed.Values[YesNoCounts.Answered("ban_chi_dao")]);
        Assert.Contains("Chi bộ Thôn 3: 2023-06-01", relayed.Answers["ngay_quan_triet"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_level_above_consolidates_the_relay_as_the_result_it_carries()
    {
        var relayed = Import(Save(BranchSummary(), "tong-hop.xlsx")).Submissions.Single();
        var inHand = BranchSummary().ToSubmission("dang_uy", AsOf) with { Source = "tong-hop.xlsx" };

        var viaFile = Consolidator.Summarize(Plan, Report, "once", Above(), new[] { relayed, Direct2 }, AsOf);
        var viaMemory = Consolidator.Summarize(Plan, Report, "once", Above(), new[] { inHand, Direct2 }, AsOf);
        var direct = Consolidator.Summarize(Plan, Report, "once", Above(), Branch().Append(Direct2), AsOf);

        Assert.Equal(viaMemory.ToText(), viaFile.ToText());
        // The figures and the Có counts are those of summarizing every branch's submission at the Huyện ủy.
        Assert.Equal(direct.Row("huyen").Values, viaFile.Row("huyen").Values);
        Assert.Equal(direct.Row("huyen").YesNoAnswered, viaFile.Row("huyen").YesNoAnswered);
        Assert.Equal(direct.Total.Values, viaFile.Total.Values);
        Assert.Contains(viaFile.AnswerList, a => a.UnitId == "dang_uy" && a.FieldId == "ke_hoach" && a.Answer.Contains("Chi bộ Thôn 2", StringComparison.Ordinal));
    }

    /// <remarks>
    /// Why the Huyện ủy shows "1/2 đơn vị" and not 2/3: the Có of Đảng ủy xã Thụy Dân (<see cref="Direct2"/>) is not
    /// counted, by the format, not by the relay. No unit of the plan lists the report in <c>reports:</c>, so its only
    /// reporting level is the bottom one, Chi bộ (docs/template-format.md, <c>units</c>: "without any, the bottom
    /// level"); a Đảng ủy does not owe it, and its own report is set aside (<c>unit.not_expected</c>) whether the
    /// Đảng ủy beside it relays or its branches report directly. The 1/2 is the relayed Đảng ủy's: Chi bộ 1's Có of the
    /// two branches that answered (Chi bộ 3 left it blank). The summary says so on the set-aside unit's row.
    /// </remarks>
    [Fact]
    public void A_report_from_a_level_that_does_not_owe_it_is_set_aside_and_the_summary_says_so_on_its_row()
    {
        var relayed = Import(Save(BranchSummary(), "tong-hop.xlsx")).Submissions.Single();
        var viaFile = Consolidator.Summarize(Plan, Report, "once", Above(), new[] { relayed, Direct2 }, AsOf);
        var direct = Consolidator.Summarize(Plan, Report, "once", Above(), Branch().Append(Direct2), AsOf);

        foreach (var summary in new[] { viaFile, direct })
        {
            Assert.Equal(1m, summary.Value("huyen", "ban_chi_dao"));
            Assert.Contains(summary.Problems, p => p.UnitId == "dang_uy_2" && p.RuleId == ProblemCodes.UnitNotExpected);
            Assert.Null(summary.Value("dang_uy_2", "ban_chi_dao"));
            Assert.Equal("Báo cáo của đơn vị không được tính: cấp Đảng ủy không thuộc diện phải nộp báo cáo này", summary.Row("dang_uy_2").Notes);
        }

        // Printed where a reader looks: the Huyện ủy's 1/2, and the note on the Đảng ủy's row of the main table.
        var path = Save(viaFile, "huyen.xlsx");
        using var workbook = new ClosedXML.Excel.XLWorkbook(path);
        var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
        var huyen = sheet.CellsUsed().First(c => c.GetString() == "Huyện ủy").Address.RowNumber;
        Assert.Contains(sheet.Row(huyen).CellsUsed(), c => c.GetString() == "1/2 đơn vị (50 %)");
        var thuyDan = sheet.CellsUsed().First(c => c.GetString().Trim() == "Đảng ủy xã Thụy Dân").Address.RowNumber;
        Assert.Contains(sheet.Row(thuyDan).CellsUsed(), c => c.GetString() == "Báo cáo của đơn vị không được tính: cấp Đảng ủy không thuộc diện phải nộp báo cáo này");

        // Owed by a plan that lists the Đảng ủy level in reports, the same report is counted: 2 Có of 3 answered.
        var owing = Plan with
        {
            Units = new[] { new UnitSpec("dang_uy_2", null, "Đảng ủy xã Thụy Dân", "dang_uy", EquatableArray<string>.Empty, new[] { Report }.ToEquatableArray(),
                EquatableArray<string>.Empty, Plan.Location) }.ToEquatableArray(),
        };
        var owed = Consolidator.Summarize(owing, Report, "once", Above(), new[] { relayed, Direct2 }, AsOf);
        Assert.Equal(2m, owed.Value("huyen", "ban_chi_dao"));
        Assert.DoesNotContain(owed.Problems, p => p.RuleId == ProblemCodes.UnitNotExpected);
    }

    [Fact]
    public void An_edited_answer_or_yes_no_cell_is_refused_at_its_cell()
    {
        var summary = BranchSummary();
        var answers = Save(summary, "sua-tra-loi.xlsx");
        string address = "";
        FormsTestKit.Edit(answers, workbook =>
        {
            var cell = workbook.Worksheet(AnswersSheet.SheetName).CellsUsed().First(c => c.GetString() == "20/05/2023");
            address = cell.Address.ToString()!;
            cell.SetValue("21/05/2023");
        });
        var edited = Assert.Single(Import(answers).Problems);
        Assert.Equal((ImportProblemCodes.RelayEdited, AnswersSheet.SheetName), (edited.Code, edited.Sheet));
        Assert.StartsWith("Ô " + address + " của trang “" + AnswersSheet.SheetName + "” đã bị sửa (đang ghi “21/05/2023”)", edited.Message, StringComparison.Ordinal);

        var yesNo = Save(summary, "sua-co-khong.xlsx");
        FormsTestKit.Edit(yesNo, workbook =>
        {
            var sheet = workbook.Worksheet(SummaryWorkbook.MainSheetName);
            sheet.CellsUsed().First(c => c.GetString() == "Không").SetValue("Có");
        });
        var changed = Assert.Single(Import(yesNo).Problems);
        Assert.Equal((ImportProblemCodes.RelayEdited, SummaryWorkbook.MainSheetName), (changed.Code, changed.Sheet));
        Assert.Contains("(đang ghi “Có”)", changed.Message, StringComparison.Ordinal);
    }

    [OfficeFact]
    public void Saved_by_openpyxl_the_relay_is_accepted_and_an_answer_edited_with_openpyxl_is_refused()
    {
        var summary = BranchSummary();
        var path = Save(summary, "tong-hop.xlsx");
        var resaved = Path.Combine(_folder, "openpyxl.xlsx");
        OfficeTools.EditWithOpenpyxl(path, resaved);
        var accepted = Import(resaved);
        Assert.True(accepted.Problems.Count == 0, string.Join("\n", accepted.Problems));
        Assert.Equal(summary.ToSubmission("dang_uy", AsOf) with { Source = "openpyxl.xlsx" }, Assert.Single(accepted.Submissions));

        string address;
        using (var workbook = new ClosedXML.Excel.XLWorkbook(path))
            address = workbook.Worksheet(AnswersSheet.SheetName).CellsUsed().First(c => c.GetString() == "Nguyễn Thị Hoa").Address.ToString()!;
        var edited = Path.Combine(_folder, "openpyxl-sua.xlsx");
        OfficeTools.FillWithOpenpyxl(path, edited, AnswersSheet.SheetName, new[] { address + "=Trần Văn Khác" });

        var problem = Assert.Single(Import(edited).Problems);
        Assert.Equal((ImportProblemCodes.RelayEdited, AnswersSheet.SheetName), (problem.Code, problem.Sheet));
        Assert.Contains("Ô " + address, problem.Message, StringComparison.Ordinal);
        Assert.Empty(Import(edited).Submissions);
    }
}
