using System.IO;
using System.Linq;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Summary;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>The targets sheet and the main table's shortfall marks, on the Ninh Thuận summer plan's sample summary.</summary>
public sealed class TargetsSheetTests
{
    private const string Example = "ke-hoach-hoat-dong-he-ninh-thuan-2020";

    // Until the examples folder is discovered on main, the example is read by its path.
    internal static PlanSpec ExamplePlan()
    {
        var path = Path.Combine(RepoPaths.Templates, "examples", Example + ".plan.yaml");
        return PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan ?? throw new InvalidOperationException(Example + " does not parse.");
    }

    /// <summary>The example's sample summary; one district held no trại hè kỹ năng (0), so target 1 has a ✗.</summary>
    internal static ReportSummary ExampleSummary()
    {
        var plan = ExamplePlan();
        var data = SampleData.Create(plan, 1);
        var period = data.Periods.Single();
        var first = data.Submissions.First(s => data.Units[s.UnitId].LevelId == "huyen" && s.Values.ContainsKey(new ValueKey("so_trai_he_ky_nang", null))).UnitId;
        var submissions = data.Submissions.Select(s => s.UnitId == first ? s.WithValue(new ValueKey("so_trai_he_ky_nang", null), 0m) : s);
        return Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, data.Units, submissions, period.AsOf);
    }

    private static string Render(ReportSummary summary, SummaryWorkbookOptions? options = null)
    {
        using var stream = new MemoryStream();
        summary.Save(stream, options);
        stream.Position = 0;
        return WorkbookText.Render(stream);
    }

    /// <summary>The lines of one sheet in <see cref="WorkbookText"/>'s rendering.</summary>
    private static string Sheet(string text, string name)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("sheet \"" + name + "\"", StringComparison.Ordinal));
        Assert.True(start >= 0, "no sheet " + name);
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("sheet \"", StringComparison.Ordinal));
        return string.Join("\n", lines[start..(end < 0 ? lines.Length : end)]);
    }

    [Fact]
    public void Targets_sheet_of_the_example_renders_as_its_snapshot()
    {
        var text = Render(ExampleSummary());

        Snapshot.Match(Sheet(text, SummaryWorkbook.TargetsSheetName));
    }

    [Fact]
    public void Targets_sheet_says_units_met_and_the_outcome_of_each_target()
    {
        var summary = ExampleSummary();
        var results = TargetResults.Judge(summary);
        // Written to a file as the CLI writes it (scripts/render-workbook.sh renders this one to look at).
        var path = Path.Combine(RepoPaths.NewTempFolder("targets"), "tong-hop-chi-tieu.xlsx");
        summary.SaveAs(path);
        var sheet = Sheet(WorkbookText.Render(path), SummaryWorkbook.TargetsSheetName);

        Assert.Contains("KẾT QUẢ THỰC HIỆN CHỈ TIÊU", sheet, StringComparison.Ordinal);
        foreach (var result in results)
        {
            Assert.Contains(result.Target.Label, sheet, StringComparison.Ordinal);
            if (!result.Target.IsConsolidated)
                Assert.Contains("\"" + result.Met + "/" + result.Total, sheet, StringComparison.Ordinal);
        }

        // The sample has shortfalls and successes: both words are told, never as a problem.
        Assert.Contains("text \"Đạt\"", sheet, StringComparison.Ordinal);
        Assert.Contains("text \"Chưa đạt\"", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Problems, p => p.Message.Contains("chỉ tiêu", StringComparison.Ordinal) && p.Message.Contains("Chưa đạt", StringComparison.Ordinal));
    }

    [Fact]
    public void Main_table_shades_and_notes_each_value_below_its_target()
    {
        var summary = ExampleSummary();
        var results = TargetResults.Judge(summary);
        var missedUnits = results.Where(r => !r.Target.IsConsolidated).SelectMany(r => r.Units.Where(u => u.Met == false)).Select(u => u.Unit.Id).Distinct().ToArray();
        Assert.NotEmpty(missedUnits);
        var table = Sheet(Render(summary), SummaryWorkbook.MainSheetName);

        var notes = table.Split('\n').Count(l => l.Contains("Chưa đạt chỉ tiêu", StringComparison.Ordinal));
        var consolidatedMissed = results.Any(r => r.Target.IsConsolidated && r.Achieved == false) ? 1 : 0;
        Assert.Equal(missedUnits.Length + consolidatedMissed, notes);
        Assert.Contains("FFEB9C", table, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_targets_has_no_targets_sheet()
    {
        var text = Render(SummaryFixtures.FirstPeriodSummary("ke-hoach-76-kh-du", SummaryFixtures.Plan("ke-hoach-76-kh-du").Reports[0].Id));

        Assert.DoesNotContain("sheet \"" + SummaryWorkbook.TargetsSheetName + "\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa đạt chỉ tiêu", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bao_cao_gives_a_sentence_per_target_with_units_met_and_the_outcome()
    {
        var summary = ExampleSummary();
        var path = Path.Combine(RepoPaths.NewTempFolder("targets-docx"), "bao-cao.docx");

        Reports.ReportDocument.SaveAs(summary, path, new Reports.ReportDocumentOptions { UnitTargets = new[] { new UnitTarget(TargetResults.Judge(summary)[0].Units[1].Unit.Id, "trai_he_ky_nang", 1000) } });
        var text = Reports.WordText.Render(path);

        // The per-unit threshold of 1000 trại makes the second district miss target 1 too: 0/3.
        Assert.Contains("- Chỉ tiêu “7/7 huyện, thành phố tổ chức trại hè kỹ năng cho thiếu nhi”: 0/3 đơn vị cấp huyện, thành phố đạt (0,0%), 1 đơn vị chưa báo cáo; chưa đạt.", text, StringComparison.Ordinal);
        Assert.Contains("- Chỉ tiêu “trong đó 75% duy trì sinh hoạt hè hàng tuần cho thanh thiếu nhi”: số tổng hợp 86,0%; đạt.", text, StringComparison.Ordinal);
    }
}
