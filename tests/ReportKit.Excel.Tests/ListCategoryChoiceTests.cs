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

namespace ReportKit.Excel.Tests;

/// <summary>
/// A list column that chooses among the options of a category (<c>type: { choice: loai_hinh }</c>): the form offers the
/// category's options, the import reads an option's title or id to its id and refuses anything else, the summary prints
/// the option's title.
/// </summary>
public sealed class ListCategoryChoiceTests
{
    private const string Template = """
        reportkit: 1
        plan:
          id: CuocThiThu
          kind: party
          genre: CÔNG VĂN
          issuer: { name: BAN TUYÊN GIÁO, parent: TỈNH ỦY THỬ }
          date: 2023-02-10
          title: về cuộc thi
        categories:
          - id: loai_hinh
            title: Loại hình
            options:
              - { id: bao, title: Báo (in hoặc điện tử) }
              - { id: video_clip, title: Video clip }
        levels:
          - { id: don_vi, name: Đơn vị }
          - { id: tinh, name: Tỉnh }
        lists:
          - id: tac_pham
            label: Danh sách tác phẩm dự thi
            rows: 3
            columns:
              - { id: ten, label: Tên tác phẩm }
              - { id: loai_hinh, label: Loại hình, type: { choice: loai_hinh } }
        reports:
          - { id: ho_so, title: Hồ sơ dự thi, period: once, due: { before: 2023-07-21 } }
        """;

    private static readonly PlanSpec Plan = Parse();
    private static readonly UnitTree Units = UnitTree.Create(new[]
    {
        new Unit("tinh", "Ban Tuyên giáo Tỉnh ủy", null, "tinh"),
        new Unit("huyen_a", "Huyện ủy A", "tinh", "don_vi"),
    });

    private readonly string _folder = RepoPaths.NewTempFolder("list-category");

    private static PlanSpec Parse()
    {
        var result = PlanTemplateParser.Parse("cuoc-thi.plan.yaml", Template);
        return result.Plan ?? throw new InvalidDataException(string.Join("; ", result.Diagnostics));
    }

    private static string Period => ReportingCalendar.Periods(Plan.Reports.Single(), 2023).Single().Key;

    [Fact]
    public void The_choices_are_the_categorys_options_in_order()
    {
        var column = Plan.Lists.Single().Columns.Single(c => c.Id == "loai_hinh");
        Assert.Equal(new[] { ("bao", "Báo (in hoặc điện tử)"), ("video_clip", "Video clip") }, Plan.ChoicesOf(column).ToArray());
    }

    [Fact]
    public void A_list_only_form_numbers_its_one_part_I_and_has_no_empty_figures_table()
    {
        var path = Path.Combine(_folder, "blank.xlsx");
        InputForm.Save(Plan, "ho_so", Period, Units["huyen_a"], path);
        using var stream = File.OpenRead(path);
        var text = WorkbookText.Render(stream);

        Assert.Contains("I. DANH SÁCH", text, StringComparison.Ordinal);
        Assert.DoesNotContain(". SỐ LIỆU", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đơn vị tính", text, StringComparison.Ordinal);
        Assert.DoesNotContain("II.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_filled_with_titles_and_ids_imports_the_ids_and_the_summary_prints_the_titles()
    {
        var path = Filled(("Bài báo thứ nhất", "Báo (in hoặc điện tử)"), ("Phim ngắn", "video_clip"));

        var result = Import(path);

        Assert.True(result.Problems.All(p => p.Severity != ImportSeverity.Error), string.Join("\n", result.Problems));
        var rows = Assert.Single(result.Submissions).RowsOf("tac_pham");
        Assert.Equal(new[] { "bao", "video_clip" }, rows.Select(r => r["loai_hinh"]).ToArray());

        var summary = Consolidator.Summarize(Plan, "ho_so", Period, Units, result.Submissions, new DateOnly(2023, 7, 20));
        using var stream = new MemoryStream();
        ClosedXmlWorkbookWriter.Instance.Save(SummaryWorkbook.Build(summary), stream, new WorkbookSaveOptions());
        stream.Position = 0;
        var text = WorkbookText.Render(stream);
        Assert.Contains("Báo (in hoặc điện tử)", text, StringComparison.Ordinal);
        Assert.Contains("Video clip", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_category_is_refused_at_its_cell_with_the_options_to_choose_from()
    {
        var path = Filled(("Bài tạp chí", "Tạp chí"));

        var result = Import(path);

        Assert.Empty(result.Submissions);
        var problem = Assert.Single(result.Problems, p => p.Code == ImportProblemCodes.ListBadChoice);
        Assert.Contains("“Tạp chí”, không phải một lựa chọn; hãy ghi một trong: Báo (in hoặc điện tử); Video clip", problem.Message, StringComparison.Ordinal);
    }

    private string Filled(params (string Title, string Kind)[] rows)
    {
        var path = Path.Combine(_folder, "huyen_a.xlsx");
        InputForm.Save(Plan, "ho_so", Period, Units["huyen_a"], path);
        var cells = FormsTestKit.MetadataRows(path).Where(r => r[0] == FormMetadata.ListCellRow)
            .ToDictionary(r => (int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), r[3]), r => r[4]);
        FormsTestKit.Fill(path, new Submission(Plan.Id, "ho_so", "huyen_a", Period) { SubmittedOn = new DateOnly(2023, 7, 15) });
        FormsTestKit.Edit(path, workbook =>
        {
            var sheet = workbook.Worksheet(InputForm.SheetName);
            for (var i = 0; i < rows.Length; i++)
            {
                sheet.Cell(cells[(i + 1, "ten")]).SetValue(rows[i].Title);
                sheet.Cell(cells[(i + 1, "loai_hinh")]).SetValue(rows[i].Kind);
            }
        });
        return path;
    }

    private static ImportResult Import(string path) =>
        FormImporter.Import(new[] { path }, new FormImportOptions(Plan) { ReportId = "ho_so", PeriodKey = Period, Units = Units });
}
