using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Who enters what (<c>levels:</c>) on answer fields and row lists: a commune-only date and Có/Không, a province-only
/// document, and a list of models only communes keep, through forms, import, validation and the summary workbook.
/// </summary>
public sealed class LevelAnswersListsTests
{
    private const string Template = """
        reportkit: 1
        plan:
          id: KeHoachCapDoDanhSach
          kind: state
          genre: KẾ HOẠCH
          number: "02/2024"
          symbol: KH-UBND
          issuer: { name: ỦY BAN NHÂN DÂN TỈNH }
          date: 2024-01-15
          title: xây dựng mô hình dân vận khéo
        levels:
          - { id: xa, name: Xã }
          - { id: tinh, name: Tỉnh }
        units:
          - { id: cac_xa, name: UBND các xã, level: xa, reports: [nam] }
          - { id: so_nv, name: Sở Nội vụ, level: tinh, reports: [nam] }
        indicators:
          - { id: so_hoi_nghi, label: Số hội nghị, unit: hội nghị }
          - { id: co_to_chuc, label: Đã thành lập tổ dân vận, type: yes_no, levels: [xa] }
          - { id: ngay_ra_mat, label: Ngày ra mắt mô hình, type: date, required: true, levels: [xa] }
          - { id: ke_hoach_tinh, label: Kế hoạch của tỉnh, type: document, levels: [tinh] }
          - { id: nguoi_phu_trach, label: Người phụ trách, type: text }
          - { id: so_mo_hinh, label: Số mô hình, type: ratio, format: number, formula: count(mo_hinh), levels: [xa] }
        lists:
          - id: mo_hinh
            label: Danh sách mô hình dân vận khéo
            rows: 3
            levels: [xa]
            columns:
              - { id: ten, label: Tên mô hình }
              - { id: so_ho, label: Số hộ tham gia, type: integer }
        reports:
          - { id: nam, title: Báo cáo kết quả năm, period: year, from: 2024, due: { month: 12, day: 15 } }
        """;

    private static readonly DateOnly AsOf = new(2024, 12, 20);

    private static readonly WorkbookSaveOptions Fixed = new() { Timestamp = new DateTime(2024, 12, 20, 0, 0, 0, DateTimeKind.Utc) };

    private static readonly PlanSpec Plan = Parse();

    private static PlanSpec Parse()
    {
        var result = PlanTemplateParser.Parse("cap-do-danh-sach.plan.yaml", Template);
        Assert.True(result.Plan is not null, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    private static UnitTree Units() => UnitTree.Create(new[]
    {
        new Unit("tinh", "UBND tỉnh", null, "tinh"),
        new Unit("xa_a", "UBND xã A", "tinh", "xa"),
        new Unit("xa_b", "UBND xã B", "tinh", "xa"),
    });

    /// <summary>Each unit's report, holding only what its level enters; xã B keeps no list rows.</summary>
    private static Submission[] Submissions() => new[]
    {
        new Submission(Plan.Id, "nam", "tinh", "2024") { SubmittedOn = new DateOnly(2024, 12, 10), Source = "tinh.xlsx" }
            .WithValue("so_hoi_nghi", 2).WithAnswer("ke_hoach_tinh", "Kế hoạch số 02/KH-UBND ngày 2024-01-15").WithAnswer("nguoi_phu_trach", "Trần Văn Tỉnh"),
        new Submission(Plan.Id, "nam", "xa_a", "2024") { SubmittedOn = new DateOnly(2024, 12, 5), Source = "xa_a.xlsx" }
            .WithValue("so_hoi_nghi", 3).WithValue("co_to_chuc", 1).WithAnswer("ngay_ra_mat", "2024-03-26").WithAnswer("nguoi_phu_trach", "Lê Thị Xã")
            .WithRows("mo_hinh", new[] { new ListRow().With("ten", "Con đường bích họa").With("so_ho", "40"), new ListRow().With("ten", "Tổ tự quản").With("so_ho", "12") }),
        new Submission(Plan.Id, "nam", "xa_b", "2024") { SubmittedOn = new DateOnly(2024, 12, 6), Source = "xa_b.xlsx" }
            .WithValue("co_to_chuc", 0).WithAnswer("ngay_ra_mat", "2024-04-02"),
    };

    private static string FormText(Unit unit)
    {
        using var stream = new MemoryStream();
        InputForm.Save(Plan, "nam", "2024", unit, stream, new InputFormOptions { SaveOptions = Fixed });
        stream.Position = 0;
        return WorkbookText.Render(stream);
    }

    [Fact]
    public void A_communes_form_asks_its_answers_and_its_list()
    {
        var text = FormText(Units()["xa_a"]);

        Assert.Contains("Ngày ra mắt mô hình (bắt buộc)", text, StringComparison.Ordinal);
        Assert.Contains("Đã thành lập tổ dân vận", text, StringComparison.Ordinal);
        Assert.Contains("Danh sách mô hình dân vận khéo", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kế hoạch của tỉnh", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void The_provinces_form_asks_neither_the_communes_answers_nor_their_list()
    {
        var text = FormText(Units()["tinh"]);

        Assert.Contains("Kế hoạch của tỉnh", text, StringComparison.Ordinal);
        Assert.Contains("Người phụ trách", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày ra mắt mô hình", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã thành lập tổ dân vận", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DANH SÁCH", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Stamped_forms_of_each_level_are_the_bytes_of_forms_built_for_that_level()
    {
        var stamper = new InputFormStamper(Plan);
        foreach (var unit in Units().Units)
        {
            using var stamped = new MemoryStream();
            using var built = new MemoryStream();
            stamper.Save("nam", "2024", unit, stamped, new InputFormOptions { SaveOptions = Fixed });
            InputForm.Save(Plan, "nam", "2024", unit, built, new InputFormOptions { SaveOptions = Fixed });
            Assert.True(stamped.ToArray().AsSpan().SequenceEqual(built.ToArray()), unit.Id);
        }
    }

    /// <summary>Fills a form as a clerk does, from the cells its metadata names: Có/Không as words, dates as dates.</summary>
    private static void Fill(string path, Submission submission)
    {
        var rows = FormsTestKit.MetadataRows(path);
        var cells = FormsTestKit.CellMap(rows).Values;
        var listCells = rows.Where(r => r[0] == FormMetadata.ListCellRow)
            .ToDictionary(r => (r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3]), r => r[4]);
        FormsTestKit.Edit(path, workbook =>
        {
            var sheet = workbook.Worksheet(InputForm.SheetName);
            foreach (var (key, value) in submission.Values.Where(v => v.Value is not null))
            {
                if (Plan.Indicators.Single(i => i.Id == key.IndicatorId).IsYesNo())
                    sheet.Cell(cells[key]).SetValue(FieldAnswers.YesNoWord(value)!);
                else
                    sheet.Cell(cells[key]).SetValue((double)value!.Value);
            }

            foreach (var (id, answer) in submission.Answers.Where(a => a.Value is not null))
            {
                var cell = sheet.Cell(cells[new ValueKey(id)]);
                var field = Plan.Indicators.Single(i => i.Id == id);
                if (field.Type == IndicatorType.Date)
                    cell.SetValue(DateTime.Parse(answer!, CultureInfo.InvariantCulture));
                else if (field.Type == IndicatorType.Document)
                    cell.SetValue(DocumentReference.Parse(answer!).Vietnamese());
                else
                    cell.SetValue(answer!);
            }

            foreach (var (listId, listRows) in submission.Lists)
            {
                for (var i = 0; i < listRows.Length; i++)
                {
                    foreach (var (column, value) in listRows[i].Cells.Where(c => c.Value is not null))
                    {
                        var cell = sheet.Cell(listCells[(listId, i + 1, column)]);
                        if (column == "so_ho")
                            cell.SetValue(double.Parse(value!, CultureInfo.InvariantCulture));
                        else
                            cell.SetValue(value!);
                    }
                }
            }

            sheet.Cell(FormsTestKit.CellMap(rows).Date).SetValue(submission.SubmittedOn!.Value.ToDateTime(TimeOnly.MinValue));
        });
    }

    [Fact]
    public void Forms_filled_and_imported_give_the_summary_of_the_submissions()
    {
        var units = Units();
        var folder = RepoPaths.NewTempFolder("levels-answers-lists");
        foreach (var submission in Submissions())
        {
            var path = Path.Combine(folder, submission.Source!);
            InputForm.Save(Plan, "nam", "2024", units[submission.UnitId], path);
            Fill(path, submission);
        }

        var result = FormImporter.ImportFolder(folder, new FormImportOptions(Plan) { ReportId = "nam", PeriodKey = "2024", Units = units });

        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems.Select(p => p.Message)));
        // The province's form has no commune answer, Có/Không or list to read: nothing is invented for them.
        var tinh = result.Submissions.Single(s => s.UnitId == "tinh");
        Assert.False(tinh.Answers.ContainsKey("ngay_ra_mat"));
        Assert.False(tinh.Values.ContainsKey(new ValueKey("co_to_chuc")));
        Assert.Empty(tinh.Lists);
        Assert.False(result.Submissions.Single(s => s.UnitId == "xa_a").Answers.ContainsKey("ke_hoach_tinh"));
        var direct = Consolidator.Summarize(Plan, "nam", "2024", units, Submissions(), AsOf);
        var imported = Consolidator.Summarize(Plan, "nam", "2024", units, result.Submissions, AsOf);
        Assert.Equal(direct.ToText(), imported.ToText());
        Assert.DoesNotContain(direct.Problems, p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void The_summary_leaves_blank_what_a_level_does_not_enter_and_lists_only_the_units_that_fill_it()
    {
        var summary = Consolidator.Summarize(Plan, "nam", "2024", Units(), Submissions(), AsOf);

        Assert.DoesNotContain(summary.Problems, p => p.Severity == ProblemSeverity.Error);
        // The province's own row: no Có/Không (not "Không"), no model count (not 0).
        var own = summary.OwnRow("tinh")!;
        Assert.Null(own.Values[ColumnIndex(summary, "co_to_chuc")]);
        Assert.Null(own.Values[ColumnIndex(summary, "so_mo_hinh")]);
        Assert.Equal(2m, summary.Value("xa_a", "so_mo_hinh"));
        Assert.Equal(0m, summary.Value("xa_b", "so_mo_hinh"));
        Assert.Equal(2m, summary.Value("tinh", "so_mo_hinh"));
        Assert.Equal(new[] { "xa_a", "xa_a" }, summary.ListRows.Where(r => r.ListId == "mo_hinh").Select(r => r.UnitId));
        Assert.DoesNotContain(summary.AnswerList, a => a.UnitId == "tinh" && a.FieldId == "ngay_ra_mat");

        using var stream = new MemoryStream();
        summary.Save(stream, new SummaryWorkbookOptions { Timestamp = Fixed.Timestamp });
        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream));
    }

    [Fact]
    public void Answers_and_rows_a_level_does_not_enter_are_refused_and_required_holds_only_at_its_levels()
    {
        var units = Units();
        var wrong = new Submission(Plan.Id, "nam", "tinh", "2024").WithValue("so_hoi_nghi", 1).WithAnswer("ngay_ra_mat", "2024-05-01")
            .WithRows("mo_hinh", new[] { new ListRow().With("ten", "Mô hình của tỉnh").With("so_ho", "5") });
        var communeWithoutDate = new Submission(Plan.Id, "nam", "xa_b", "2024").WithValue("co_to_chuc", 1).WithAnswer("ke_hoach_tinh", "Kế hoạch số 02/KH-UBND ngày 2024-01-15");

        var problems = SubmissionValidator.Validate(Plan, wrong, units);
        var communeProblems = SubmissionValidator.Validate(Plan, communeWithoutDate, units);

        var notEntered = problems.Where(p => p.RuleId == ProblemCodes.NotEnteredAtLevel).Select(p => p.Message).ToArray();
        Assert.Equal(2, notEntered.Length);
        Assert.Contains(notEntered, m => m.Contains("«Ngày ra mắt mô hình» chỉ do đơn vị cấp Xã báo cáo; câu trả lời này không được lưu.", StringComparison.Ordinal));
        Assert.Contains(notEntered, m => m.Contains("Danh sách «Danh sách mô hình dân vận khéo» chỉ do đơn vị cấp Xã báo cáo; 1 dòng của danh sách không được tính.", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.RuleId == ProblemCodes.Required);
        Assert.Contains(communeProblems, p => p.RuleId == ProblemCodes.Required && p.Message.Contains("Ngày ra mắt mô hình", StringComparison.Ordinal));
        Assert.Contains(communeProblems, p => p.RuleId == ProblemCodes.NotEnteredAtLevel && p.Message.Contains("Kế hoạch của tỉnh", StringComparison.Ordinal));

        var summary = Consolidator.Summarize(Plan, "nam", "2024", units, new[] { wrong }, AsOf);
        Assert.Empty(summary.ListRows);
        Assert.Empty(summary.AnswerList);
        Assert.Null(summary.OwnRow("tinh")!.Values[ColumnIndex(summary, "so_mo_hinh")]);
    }

    private static int ColumnIndex(ReportSummary summary, string key) =>
        summary.Columns.Select((c, i) => (c, i)).Single(p => p.c.Key == key).i;
}
