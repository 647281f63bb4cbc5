using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Row lists (<c>lists:</c>) through the Excel path: the form's numbered rows, filled (by ClosedXML or openpyxl) and
/// imported to the rows of the submission, the list sheets of the summary, and the relay of a subtree's rows.
/// </summary>
public sealed class ListTests
{
    internal const string Report = "nam";
    internal const string Period = "2024";
    internal static readonly DateOnly AsOf = new(2024, 12, 20);
    private readonly string _folder = RepoPaths.NewTempFolder("lists");

    internal static PlanSpec Plan { get; } = LoadPlan();

    internal static UnitTree Units { get; } = UnitTree.Create(new[]
    {
        new Unit("dang_uy", "Đảng ủy xã Thử", null, "dang_uy"),
        new Unit("chi_bo_1", "Chi bộ thôn 1", "dang_uy", "chi_bo"),
        new Unit("chi_bo_2", "Chi bộ thôn 2", "dang_uy", "chi_bo"),
    });

    internal static Submission[] Submissions { get; } =
    {
        new Submission(Plan.Id, Report, "chi_bo_1", Period) { SubmittedOn = new DateOnly(2024, 12, 10), Source = "chi_bo_1.xlsx" }
            .WithValue("dang_vien", 20)
            .WithRows("mo_hinh", new[]
            {
                new ListRow().With("ten", "Mô hình “Dân vận khéo”").With("hinh_thuc", "hoi_nghi").With("ngay", "2024-05-01").With("so_nguoi", "25").With("nhan_rong", "1"),
                new ListRow().With("ten", "Tủ sách pháp luật"), // partly filled: kept with its blanks
            })
            .WithRows("guong", new[] { new ListRow().With("ho_ten", "Nguyễn Thị Bình").With("kinh_phi", "1.5") }),
        new Submission(Plan.Id, Report, "chi_bo_2", Period) { SubmittedOn = new DateOnly(2024, 12, 12), Source = "chi_bo_2.xlsx" }
            .WithValue("dang_vien", 10)
            .WithRows("mo_hinh", new[] { new ListRow().With("ten", "Con đường hoa").With("hinh_thuc", "toa_dam").With("so_nguoi", "12").With("nhan_rong", "0") }),
    };

    private static PlanSpec LoadPlan()
    {
        var path = RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "lists.plan.yaml");
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        return result.Plan ?? throw new InvalidDataException(string.Join("; ", result.Diagnostics));
    }

    private static ReportSummary Direct() => Consolidator.Summarize(Plan, Report, Period, Units, Submissions, AsOf);

    private string BlankForm(string unitId)
    {
        var path = Path.Combine(_folder, unitId + "-blank.xlsx");
        InputForm.Save(Plan, Report, Period, Units[unitId], path);
        return path;
    }

    /// <summary>The form cell of a list row's column: (list, number, column) → address, from the sealed metadata.</summary>
    private static Dictionary<(string List, int Number, string Column), string> ListCells(string path) => FormsTestKit.ListCells(path);

    /// <summary>What a clerk types for each filled list cell of <paramref name="submission"/>, as openpyxl assignments.</summary>
    private static IEnumerable<string> Assignments(string form, Submission submission) => FormsTestKit.ListAssignments(Plan, form, submission);

    /// <summary>Fills a form with ClosedXML: the values and date by <see cref="FormsTestKit.Fill"/>, the list cells typed.</summary>
    private string FillWithClosedXml(Submission submission)
    {
        var path = Path.Combine(_folder, submission.Source!);
        File.Copy(BlankForm(submission.UnitId), path, overwrite: true);
        FormsTestKit.Fill(path, submission, Plan);
        return path;
    }

    private static ImportResult Import(params string[] paths) =>
        FormImporter.Import(paths, new FormImportOptions(Plan) { ReportId = Report, PeriodKey = Period, Units = Units });

    [Fact]
    public void The_form_offers_each_lists_numbered_rows_as_its_snapshot()
    {
        using var stream = new MemoryStream();
        InputForm.Save(Plan, Report, Period, Units["chi_bo_1"], stream);
        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream));
    }

    [Fact]
    public void The_form_records_every_row_of_every_list_the_report_asks_for()
    {
        var cells = ListCells(BlankForm("chi_bo_1"));
        Assert.Equal(5 * 5 + 3 * 2, cells.Count);
        Assert.Equal(Enumerable.Range(1, 5), cells.Keys.Where(k => k.List == "mo_hinh" && k.Column == "ten").Select(k => k.Number).OrderBy(n => n));

        // The quarterly report asks for one list only.
        var quarter = Path.Combine(_folder, "quy.xlsx");
        InputForm.Save(Plan, "quy", "2024-Q1", Units["chi_bo_1"], quarter);
        Assert.Equal(new[] { "guong" }, ListCells(quarter).Keys.Select(k => k.List).Distinct());
    }

    [Fact]
    public void The_summary_with_its_list_sheets_renders_as_its_snapshot()
    {
        using var stream = new MemoryStream();
        ClosedXmlWorkbookWriter.Instance.Save(SummaryWorkbook.Build(Direct()), stream,
            new WorkbookSaveOptions { Timestamp = new DateTime(2024, 12, 20, 0, 0, 0, DateTimeKind.Utc) });
        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream));
    }

    [Fact]
    public void Forms_filled_with_closedxml_import_to_the_submissions_and_the_same_summary()
    {
        var result = Import(Submissions.Select(FillWithClosedXml).ToArray());

        Assert.DoesNotContain(result.Problems, p => p.Severity == ImportSeverity.Error);
        foreach (var original in Submissions)
            Assert.Equal(original.Lists.ToArray(), result.Submissions.Single(s => s.UnitId == original.UnitId).Lists.ToArray(), new RowsComparer());
        Assert.Equal(Direct().ToText(), Consolidator.Summarize(Plan, Report, Period, Units, result.Submissions, AsOf).ToText());
    }

    [OfficeFact]
    public void Forms_filled_with_openpyxl_import_to_the_same_summary_as_the_submissions()
    {
        var paths = new List<string>();
        foreach (var submission in Submissions)
        {
            var valued = Path.Combine(_folder, "valued-" + submission.Source);
            File.Copy(BlankForm(submission.UnitId), valued, overwrite: true);
            FormsTestKit.Fill(valued, submission with { Lists = ImmutableSortedDictionary<string, ImmutableArray<ListRow>>.Empty });
            var path = Path.Combine(_folder, submission.Source!);
            OfficeTools.FillWithOpenpyxl(valued, path, InputForm.SheetName, Assignments(valued, submission));
            paths.Add(path);
        }

        var result = Import(paths.ToArray());

        Assert.True(result.Problems.All(p => p.Severity != ImportSeverity.Error), string.Join("\n", result.Problems));
        Assert.Equal(Direct().ToText(), Consolidator.Summarize(Plan, Report, Period, Units, result.Submissions, AsOf).ToText());
    }

    [Fact]
    public void A_bad_list_cell_is_refused_at_its_file_sheet_and_cell()
    {
        var path = FillWithClosedXml(Submissions[0]);
        var cells = ListCells(path);
        var count = cells[("mo_hinh", 2, "so_nguoi")];
        var choice = cells[("mo_hinh", 2, "hinh_thuc")];
        FormsTestKit.Edit(path, workbook =>
        {
            workbook.Worksheet(InputForm.SheetName).Cell(count).SetValue("mười hai");
            workbook.Worksheet(InputForm.SheetName).Cell(choice).SetValue("Hội thảo");
        });

        var result = Import(path);

        Assert.Empty(result.Submissions);
        var notNumber = Assert.Single(result.Problems, p => p.Code == ImportProblemCodes.NotANumber);
        Assert.Equal(("chi_bo_1.xlsx", InputForm.SheetName, count), (notNumber.File, notNumber.Sheet, notNumber.Cell));
        Assert.Contains("Danh sách mô hình, cách làm hay, dòng 2, cột Số người tham gia", notNumber.Message, StringComparison.Ordinal);
        var badChoice = Assert.Single(result.Problems, p => p.Code == ImportProblemCodes.ListBadChoice);
        Assert.Equal((InputForm.SheetName, choice), (badChoice.Sheet, badChoice.Cell));
        Assert.Contains("“Hội thảo”, không phải một lựa chọn; hãy ghi một trong: Hội nghị; Tọa đàm", badChoice.Message, StringComparison.Ordinal);
    }

    [OfficeFact]
    public void A_row_inserted_inside_a_list_with_openpyxl_is_rejected_as_moved()
    {
        var path = FillWithClosedXml(Submissions[0]);
        var third = ListCells(path)[("mo_hinh", 3, "ten")];
        var row = CellReference.Parse(third).Row;
        var edited = Path.Combine(_folder, "inserted.xlsx");
        OfficeTools.EditWithOpenpyxl(path, edited, "insert_rows", InputForm.SheetName, row.ToString(CultureInfo.InvariantCulture));

        var result = Import(edited);

        Assert.Empty(result.Submissions);
        var moved = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.Moved, third), (moved.Code, moved.Cell));
        Assert.Contains("chèn/xóa hàng", moved.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_gathers_the_rows_in_tree_order_and_computes_the_aggregates_of_the_subtree()
    {
        var summary = Direct();

        Assert.Equal(new[] { ("chi_bo_1", 1), ("chi_bo_1", 2), ("chi_bo_2", 1) },
            summary.ListRows.Where(r => r.ListId == "mo_hinh").Select(r => (r.UnitId, r.Number)));
        Assert.Equal(3m, summary.Value("dang_uy", "so_mo_hinh"));
        Assert.Equal(37m, summary.Value("dang_uy", "nguoi_tham_gia"));
        Assert.Equal(2m, summary.Value("chi_bo_1", "so_mo_hinh"));
        Assert.Equal(25m, summary.Value("chi_bo_1", "nguoi_tham_gia"));
    }

    [Fact]
    public void A_rule_over_a_list_aggregate_is_checked()
    {
        var crowded = Submissions[1].WithValue("dang_vien", 1);

        var problems = SubmissionValidator.Validate(Plan, crowded, Units);

        var broken = Assert.Single(problems);
        Assert.Equal("nguoi_du", broken.RuleId);
        Assert.Contains("(12)", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relayed_summary_carries_its_subtrees_rows_with_who_reported_them()
    {
        var summary = Direct();
        var path = Path.Combine(_folder, "tong-hop.xlsx");
        summary.SaveAs(path);

        var imported = FormImporter.Import(new[] { path }, new FormImportOptions(Plan)
        {
            ReportId = Report, PeriodKey = Period, Units = UnitTree.Create(new[] { Units["dang_uy"] }),
        });

        Assert.Empty(imported.Problems);
        var relayed = Assert.Single(imported.Submissions);
        Assert.Equal(summary.ToSubmission("dang_uy", AsOf) with { Source = "tong-hop.xlsx" }, relayed);
        Assert.Equal(new[] { "Chi bộ thôn 1", "Chi bộ thôn 1", "Chi bộ thôn 2" }, relayed.RowsOf("mo_hinh").Select(r => r.ReportedBy));

        // The level above gathers the relayed rows under the relaying unit, still naming who reported them.
        var above = Consolidator.Summarize(Plan, Report, Period, UnitTree.Create(new[] { Units["dang_uy"] with { LevelId = "chi_bo" } }), new[] { relayed }, AsOf);
        Assert.Equal(3m, above.Value("dang_uy", "so_mo_hinh"));
        Assert.Equal(relayed.RowsOf("mo_hinh"), above.ListRows.Where(r => r.ListId == "mo_hinh").Select(r => r.Row));
    }

    private sealed class RowsComparer : IEqualityComparer<KeyValuePair<string, ImmutableArray<ListRow>>>
    {
        public bool Equals(KeyValuePair<string, ImmutableArray<ListRow>> x, KeyValuePair<string, ImmutableArray<ListRow>> y) =>
            x.Key == y.Key && x.Value.SequenceEqual(y.Value);

        public int GetHashCode(KeyValuePair<string, ImmutableArray<ListRow>> obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
