using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Reports;
using ReportKit.Excel.Summary;
using ReportKit.Excel;
using ReportKit.Templates;

namespace ReportKit.Cli.Commands;

/// <summary>
/// <c>reportkit demo</c>: the main job on the bundled seed templates and deterministic sample data.
/// For each plan it writes the units file, every summary workbook of the sample periods with its báo cáo, and the blank
/// input forms of the first period, so a newcomer sees everything ReportKit produces.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The sample data seed: the same demo every time.</summary>
    public const int Seed = 2024;

    public static Command Create(Output output)
    {
        var folder = new Option<string>("--out", "-o") { Description = "Where to write (default ./out)", DefaultValueFactory = _ => "out" };
        var force = ForceOption.Create();
        var paper = PaperOption.Create();
        var command = new Command("demo", "Run ReportKit on the bundled seed plans and sample data; writes summaries and forms into ./out") { folder, force, paper };
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(force), output, result.GetValue(paper)));
        return command;
    }

    /// <summary>
    /// A report that compares with the year before (<c>compare:</c>) is compared with its sample of the year before,
    /// as <c>summarize --compare</c> would with that year's summary workbook; null when the sample has no such year.
    /// </summary>
    private static PeriodComparison? SamePeriodLastYear(PlanSpec plan, SampleDataSet data, ReportSummary summary)
    {
        if (summary.Report.Compare.IsEmpty || summary.Period.Period.Kind is PeriodKind.Once or PeriodKind.Span)
            return null;
        var key = EarlierPeriods.SamePeriodLastYear(summary.Period.Period).Key;
        return data.Periods.FirstOrDefault(p => p.ReportId == summary.Report.Id && p.PeriodKey == key) is { } earlier
            ? PeriodComparison.Compare(summary, PeriodFigures.Of(Consolidator.Summarize(plan, earlier.ReportId, earlier.PeriodKey, data.Units, data.Submissions, earlier.AsOf)))
            : null;
    }

    private static int Run(string folder, bool force, Output output, ReportKit.Excel.Layout.PaperSize paper)
    {
        var work = new List<(string Path, System.Action<string> Write)>();
        foreach (var (fileName, parsed) in SeedTemplates.Load())
        {
            foreach (var diagnostic in parsed.Diagnostics)
                output.Diagnostic(diagnostic.ToString());
            if (parsed.Plan is not { } plan)
                return ExitCodes.InputErrors;

            var planFolder = Path.Combine(folder, fileName.Replace(".plan.yaml", ""));
            var data = SampleData.Create(plan, Seed);
            work.Add((Path.Combine(planFolder, "don-vi.csv"), path => File.WriteAllText(path, UnitsFile.Write(data.Units), UnitsFile.Encoding)));
            foreach (var period in data.Periods)
            {
                var summaryPath = Path.Combine(planFolder, SafeFileName.From($"tong-hop_{period.ReportId}_{period.PeriodKey}") + ".xlsx");
                ReportSummary Summary() => Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, data.Units, data.Submissions, period.AsOf);
                work.Add((summaryPath, path => Summary().SaveAs(path, new SummaryWorkbookOptions { Paper = paper, Comparison = SamePeriodLastYear(plan, data, Summary()) })));
                work.Add((SummarizeCommand.ReportPathFor(summaryPath), path =>
                {
                    var summary = Summary();
                    ReportDocument.SaveAs(summary, path, new ReportDocumentOptions
                        { AnnexFileName = Path.GetFileName(summaryPath), Comparison = SamePeriodLastYear(plan, data, summary) });
                }));
            }

            if (data.Periods.FirstOrDefault() is { } first)
            {
                var expected = Consolidator.ExpectedUnitIds(plan, first.ReportId, data.Units).Select(id => data.Units[id]).ToList();
                var names = FormFiles.ForUnits(expected, first.ReportId, first.PeriodKey);
                foreach (var unit in expected)
                    work.Add((Path.Combine(planFolder, "bieu-nhap", names[unit.Id]), path =>
                        InputForm.Save(plan, first.ReportId, first.PeriodKey, unit, path)));
            }
        }

        var existing = FormFiles.Existing(work.Select(w => w.Path));
        if (existing.Count > 0 && !force)
        {
            output.Error($"{existing.Count} tệp trong '{folder}' đã tồn tại (ví dụ '{existing[0]}'); dùng --force để ghi đè (outputs exist; nothing was written)");
            return ExitCodes.OutputExists;
        }

        Progress.Run(output, "Đang tạo tệp mẫu", work, item =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(item.Path))!);
            item.Write(item.Path);
        });

        foreach (var group in work.GroupBy(w => Path.GetDirectoryName(w.Path)))
            output.Info($"  {group.Key}: {group.Count()} tệp");
        output.Summary($"Đã ghi {work.Count} tệp vào {Path.GetFullPath(folder)} (tổng hợp tong-hop_*.xlsx, báo cáo tong-hop_*.docx, biểu nhập bieu-nhap/, danh sách đơn vị don-vi.csv)");
        return ExitCodes.Ok;
    }
}
