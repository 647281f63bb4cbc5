using System.IO;
using System.Linq;
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
/// Who enters what (<c>levels:</c>) through forms, import, validation, roll-up and the summary workbook: a province-only
/// figure and a commune-only figure beside one every level enters.
/// </summary>
public sealed class LevelFormsTests
{
    private const string Template = """
        reportkit: 1
        plan:
          id: KeHoachCapDo
          kind: state
          genre: KẾ HOẠCH
          number: "01/2024"
          symbol: KH-UBND
          issuer: { name: ỦY BAN NHÂN DÂN TỈNH }
          date: 2024-01-15
          title: tuyên truyền xây dựng nông thôn mới
        levels:
          - { id: xa, name: Xã }
          - { id: tinh, name: Tỉnh }
        units:
          - { id: cac_xa, name: UBND các xã, level: xa, reports: [nam] }
          - { id: so_nn, name: Sở Nông nghiệp, level: tinh, reports: [nam] }
        indicators:
          - { id: so_hoi_nghi, label: Số hội nghị tuyên truyền, unit: hội nghị }
          - { id: so_nguoi, label: Số người dân tham dự, unit: người, required: true, levels: [xa] }
          - { id: so_xa_dat, label: Số xã đạt chuẩn nông thôn mới, unit: xã, levels: [tinh] }
        narratives:
          - { id: ket_qua, label: Kết quả thực hiện }
          - { id: kien_nghi, label: Kiến nghị với Trung ương, levels: [tinh] }
        reports:
          - { id: nam, title: Báo cáo kết quả năm, period: year, from: 2024, due: { month: 12, day: 15 } }
        """;

    private static readonly DateOnly AsOf = new(2024, 12, 20);

    private static PlanSpec Plan()
    {
        var result = PlanTemplateParser.Parse("cap-do.plan.yaml", Template);
        Assert.True(result.Plan is not null, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    private static UnitTree Units() => UnitTree.Create(new[]
    {
        new Unit("tinh", "UBND tỉnh", null, "tinh"),
        new Unit("xa_a", "UBND xã A", "tinh", "xa"),
        new Unit("xa_b", "UBND xã B", "tinh", "xa"),
        new Unit("xa_c", "UBND xã C", "tinh", "xa"),
    });

    /// <summary>Each unit's report: only what its level enters; xã C leaves its hội nghị blank.</summary>
    private static Submission[] Submissions() => new[]
    {
        new Submission("KeHoachCapDo", "nam", "tinh", "2024") { SubmittedOn = new DateOnly(2024, 12, 10), Source = "tinh.xlsx" }
            .WithValue("so_hoi_nghi", 4).WithValue("so_xa_dat", 2).WithNarrative("ket_qua", "Đã tổ chức 4 hội nghị.").WithNarrative("kien_nghi", "Bổ sung kinh phí."),
        new Submission("KeHoachCapDo", "nam", "xa_a", "2024") { SubmittedOn = new DateOnly(2024, 12, 5), Source = "xa_a.xlsx" }
            .WithValue("so_hoi_nghi", 3).WithValue("so_nguoi", 120).WithNarrative("ket_qua", "Xã A tuyên truyền tại 3 thôn."),
        new Submission("KeHoachCapDo", "nam", "xa_b", "2024") { SubmittedOn = new DateOnly(2024, 12, 6), Source = "xa_b.xlsx" }
            .WithValue("so_hoi_nghi", 1).WithValue("so_nguoi", 45),
        new Submission("KeHoachCapDo", "nam", "xa_c", "2024") { SubmittedOn = new DateOnly(2024, 12, 7), Source = "xa_c.xlsx" }
            .WithValue("so_nguoi", 0),
    };

    private static readonly WorkbookSaveOptions Fixed = new() { Timestamp = new DateTime(2024, 12, 20, 0, 0, 0, DateTimeKind.Utc) };

    private static string FormText(PlanSpec plan, Unit unit)
    {
        using var stream = new MemoryStream();
        InputForm.Save(plan, "nam", "2024", unit, stream, new InputFormOptions { SaveOptions = Fixed });
        stream.Position = 0;
        return WorkbookText.Render(stream);
    }

    [Fact]
    public void A_communes_form_holds_only_what_communes_enter()
    {
        var plan = Plan();
        var form = InputForm.Build(plan, "nam", "2024", Units()["xa_a"]);
        var text = FormText(plan, Units()["xa_a"]);

        Assert.Contains("Số người dân tham dự", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Số xã đạt chuẩn nông thôn mới", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kiến nghị với Trung ương", text, StringComparison.Ordinal);
        Assert.NotNull(form);
        Snapshot.Match(text);
    }

    [Fact]
    public void The_provinces_form_holds_only_what_the_province_enters()
    {
        var plan = Plan();
        var text = FormText(plan, Units()["tinh"]);

        Assert.Contains("Số xã đạt chuẩn nông thôn mới", text, StringComparison.Ordinal);
        Assert.Contains("Kiến nghị với Trung ương", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Số người dân tham dự", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    [Fact]
    public void Stamped_forms_of_each_level_are_the_bytes_of_forms_built_for_that_level()
    {
        var plan = Plan();
        var stamper = new InputFormStamper(plan);
        foreach (var unit in Units().Units)
        {
            using var stamped = new MemoryStream();
            using var built = new MemoryStream();
            stamper.Save("nam", "2024", unit, stamped, new InputFormOptions { SaveOptions = Fixed });
            InputForm.Save(plan, "nam", "2024", unit, built, new InputFormOptions { SaveOptions = Fixed });
            Assert.True(stamped.ToArray().AsSpan().SequenceEqual(built.ToArray()), unit.Id);
        }

        // One template per level: the second and third communes are stamped from the first one's.
        Assert.True(stamper.FormsStamped >= 2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Forms_filled_and_imported_give_the_summary_of_the_submissions(bool withUnitTree)
    {
        var plan = Plan();
        var units = Units();
        var folder = RepoPaths.NewTempFolder("levels-roundtrip");
        foreach (var submission in Submissions())
        {
            var path = Path.Combine(folder, submission.Source!);
            InputForm.Save(plan, "nam", "2024", units[submission.UnitId], path);
            FormsTestKit.Fill(path, submission);
        }

        var result = FormImporter.ImportFolder(folder, new FormImportOptions(plan) { ReportId = "nam", PeriodKey = "2024", Units = withUnitTree ? units : null });

        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems.Select(p => p.Message)));
        // A blank stays blank: xã C's hội nghị, and nothing a level does not enter.
        var xaC = result.Submissions.Single(s => s.UnitId == "xa_c");
        Assert.Null(xaC["so_hoi_nghi"]);
        Assert.Null(xaC["so_xa_dat"]);
        Assert.Null(result.Submissions.Single(s => s.UnitId == "tinh")["so_nguoi"]);
        var direct = Consolidator.Summarize(plan, "nam", "2024", units, Submissions(), AsOf).ToText();
        var imported = Consolidator.Summarize(plan, "nam", "2024", units, result.Submissions, AsOf).ToText();
        Assert.Equal(direct, imported);
    }

    [Fact]
    public void The_summary_leaves_a_figure_blank_where_a_level_does_not_enter_it_and_sums_the_units_that_do()
    {
        var plan = Plan();
        var summary = Consolidator.Summarize(plan, "nam", "2024", Units(), Submissions(), AsOf);

        Assert.DoesNotContain(summary.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Null(summary.Value("xa_a", "so_xa_dat"));
        Assert.Null(summary.OwnRow("tinh")!.Values[ColumnIndex(summary, "so_nguoi")]);
        Assert.Equal(2m, summary.Value("tinh", "so_xa_dat"));
        Assert.Equal(165m, summary.Value("tinh", "so_nguoi"));
        Assert.Equal(8m, summary.Value("tinh", "so_hoi_nghi"));
        Assert.Null(summary.Value("xa_c", "so_hoi_nghi"));

        using var stream = new MemoryStream();
        summary.Save(stream, new SummaryWorkbookOptions { Timestamp = Fixed.Timestamp });
        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream));
    }

    [Fact]
    public void A_value_a_level_does_not_enter_is_refused_and_required_holds_only_at_its_levels()
    {
        var plan = Plan();
        var units = Units();
        var wrong = new Submission("KeHoachCapDo", "nam", "xa_a", "2024").WithValue("so_xa_dat", 5).WithValue("so_hoi_nghi", 1)
            .WithNarrative("kien_nghi", "Không thuộc cấp xã.");

        var problems = SubmissionValidator.Validate(plan, wrong, units);

        var notEntered = problems.Where(p => p.RuleId == ProblemCodes.NotEnteredAtLevel).ToArray();
        Assert.Equal(2, notEntered.Length);
        Assert.Contains("«Số xã đạt chuẩn nông thôn mới» chỉ do đơn vị cấp Tỉnh báo cáo; giá trị 5 không được tính.", notEntered[0].Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.RuleId == ProblemCodes.Required && p.Message.Contains("Số người dân tham dự", StringComparison.Ordinal));
        Assert.DoesNotContain(SubmissionValidator.Validate(plan, Submissions()[0], units), p => p.RuleId == ProblemCodes.Required);
        var summary = Consolidator.Summarize(plan, "nam", "2024", units, new[] { wrong }, AsOf);
        Assert.Null(summary.Value("tinh", "so_xa_dat"));
    }

    private static int ColumnIndex(ReportSummary summary, string key) =>
        summary.Columns.Select((c, i) => (c, i)).Single(p => p.c.Key == key).i;
}
