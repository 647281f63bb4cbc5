using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// A real plan with a level-scoped Có/Không and a document field (templates/examples/ban-chi-dao-sinh-hoat-he-hcm-2018.plan.yaml,
/// Quyết định 2293/QĐ-UBND of UBND TP Hồ Chí Minh: each quận - huyện says whether it set up its Ban Chỉ đạo sinh hoạt Hè and
/// by which decision; the city's Ban Chỉ đạo is not asked) through the forms of both levels and the summary of the sample data.
/// </summary>
public sealed class YesNoDocumentExampleTests
{
    private const string Example = "examples/ban-chi-dao-sinh-hoat-he-hcm-2018.plan.yaml";
    private const string YesNo = "thanh_lap_bcd";
    private const string Decision = "quyet_dinh_thanh_lap";
    private const string DecisionLabel = "Quyết định thành lập Ban Chỉ đạo sinh hoạt Hè quận - huyện";

    private static readonly InputFormOptions Options = new() { SaveOptions = new WorkbookSaveOptions { Timestamp = new DateTime(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc) } };

    private static (PlanSpec Plan, SampleDataSet Sample, SamplePeriod Period) Sample()
    {
        var plan = FormsTestKit.Plan(Example);
        var sample = SampleData.Create(plan, 2024); // the demo's seed (DemoCommand.Seed): what `reportkit demo` shows
        return (plan, sample, sample.Periods[0]);
    }

    private static string BlankForm(string levelId)
    {
        var (plan, sample, period) = Sample();
        var unitId = Consolidator.ExpectedUnitIds(plan, period.ReportId, sample.Units).First(id => sample.Units[id].LevelId == levelId);
        var path = Path.Combine(RepoPaths.NewTempFolder("yes-no-document-" + levelId), unitId + ".xlsx");
        InputForm.Save(plan, period.ReportId, period.PeriodKey, sample.Units[unitId], path, Options);
        return path;
    }

    private static ReportSummary Summary()
    {
        var (plan, sample, period) = Sample();
        return Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, sample.Units, sample.Submissions, period.AsOf);
    }

    [Fact]
    public void A_district_form_has_the_Co_Khong_dropdown_and_the_document_cell_and_renders_as_its_snapshot()
    {
        var path = BlankForm("quan_huyen");
        var rows = FormsTestKit.MetadataRows(path);
        var question = Assert.Single(rows, r => r[0] == "value" && r[1] == YesNo);
        var decision = Assert.Single(rows, r => r[0] == "value" && r[1] == Decision);

        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(InputForm.SheetName);
            var dropdown = sheet.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(sheet.Cell(question[3]))));
            Assert.Equal(XLAllowedValues.List, dropdown.AllowedValues);
            Assert.Equal("\"Có,Không\"", dropdown.Value);
            var cell = sheet.Cell(decision[3]);
            Assert.False(cell.Style.Protection.Locked);
            Assert.Equal(DecisionLabel, sheet.Cell(decision[4]).GetString());
            Assert.True(cell.IsMerged(), "the document cell spans the form's answer columns");
        }

        using var stream = File.OpenRead(path);
        Snapshot.Match(WorkbookText.Render(stream), SnapshotNameExtension.Create("quan_huyen"));
    }

    [Fact]
    public void The_citys_form_asks_neither_the_Co_Khong_nor_the_document_only_its_narratives()
    {
        var path = BlankForm("thanh_pho");
        var rows = FormsTestKit.MetadataRows(path);
        Assert.DoesNotContain(rows, r => r[0] == "value");
        Assert.Equal(new[] { "ket_qua", "giai_phap" }, rows.Where(r => r[0] == "narrative").Select(r => r[1]));

        using var stream = File.OpenRead(path);
        var text = WorkbookText.Render(stream);
        Assert.DoesNotContain("Có,Không", text);
        Assert.DoesNotContain("Đã thành lập Ban Chỉ đạo sinh hoạt Hè quận - huyện", text);
        Assert.DoesNotContain(DecisionLabel, text);
        Snapshot.Match(text, SnapshotNameExtension.Create("thanh_pho"));
    }

    [Fact]
    public void The_summary_counts_x_of_y_districts_and_lists_each_districts_decision()
    {
        var (_, sample, _) = Sample();
        var summary = Summary();
        var root = sample.Units.Roots.Single().Id;
        var districts = summary.Rows.Where(r => !r.IsOwn && r.Unit is { LevelId: "quan_huyen" }).Select(r => r.Unit!.Id).ToArray();
        Assert.Equal(4, districts.Length);
        var answered = districts.Count(id => summary.Value(id, YesNo) is not null);
        var yes = districts.Count(id => summary.Value(id, YesNo) == 1m);
        Assert.InRange(answered, 2, districts.Length - 1); // the sample leaves one district missing
        Assert.InRange(yes, 1, answered - 1); // and this seed has a Không among the answers
        Assert.Equal(yes, summary.Value(root, YesNo));
        Assert.Equal(answered, summary.Row(root).YesNoAnswered![YesNo]);
        // The city's own row does not answer: blank, never Không.
        var own = summary.OwnRow(root);
        Assert.NotNull(own);
        Assert.Null(own!.Values[summary.Columns.Select((c, i) => (c, i)).Single(p => p.c.Key == YesNo).i]);

        using var stream = new MemoryStream();
        summary.Save(stream);
        stream.Position = 0;
        var text = WorkbookText.Render(stream);
        Assert.Contains($"{yes}/{answered} đơn vị (", text);
        var decisions = summary.AnswerList.Where(a => a.FieldId == Decision).ToArray();
        Assert.NotEmpty(decisions);
        foreach (var answer in decisions)
        {
            Assert.Equal("quan_huyen", sample.Units[answer.UnitId].LevelId);
            var printed = DocumentReference.Parse(answer.Answer).Vietnamese();
            Assert.Matches(new Regex("^Quyết định số \\d+/QĐ-UBND ngày \\d{2}/\\d{1,2}/2018$"), printed);
            Assert.Contains(printed, text);
        }

        stream.Position = 0;
        Snapshot.Match(WorkbookText.Render(stream));
    }
}
