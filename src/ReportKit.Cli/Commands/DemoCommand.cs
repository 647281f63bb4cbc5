using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
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
        var folder = new Option<string>("--out", "-o") { Description = Say.T("Thư mục ghi kết quả (mặc định ./out)", "Where to write (default ./out)"), DefaultValueFactory = _ => "out" };
        var force = ForceOption.Create();
        var paper = PaperOption.Create();
        var command = new Command("demo", Say.T(
            "Chạy thử ReportKit trên các kế hoạch mẫu kèm theo và số liệu mẫu; ghi biểu tổng hợp và biểu nhập vào ./out",
            "Run ReportKit on the bundled seed plans and sample data; writes summaries and forms into ./out")) { folder, force, paper };
        command.SetAction(result => Run(result.GetValue(folder)!, result.GetValue(force), output, result.GetValue(paper)));
        return command;
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
                work.Add((summaryPath, path => SampleReports.SaveSummary(plan, data, period, path, paper)));
                work.Add((SummarizeCommand.ReportPathFor(summaryPath), path => SampleReports.SaveReport(plan, data, period, path, Path.GetFileName(summaryPath))));
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
            output.Error(Say.T($"{existing.Count} tệp trong '{folder}' đã tồn tại (ví dụ '{existing[0]}'); dùng --force để ghi đè; chưa ghi tệp nào",
                $"{existing.Count} file(s) in '{folder}' exist already (e.g. '{existing[0]}'); use --force to overwrite; nothing was written"));
            return ExitCodes.OutputExists;
        }

        Progress.Run(output, Say.T("Đang tạo tệp mẫu", "Writing the sample files"), work, item =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(item.Path))!);
            item.Write(item.Path);
        });

        foreach (var group in work.GroupBy(w => Path.GetDirectoryName(w.Path)))
            output.Info($"  {group.Key}: " + Say.T($"{group.Count()} tệp", $"{group.Count()} file(s)"));
        output.Summary(Say.T(
            $"Đã ghi {work.Count} tệp vào {Path.GetFullPath(folder)} (tổng hợp tong-hop_*.xlsx, báo cáo tong-hop_*.docx, biểu nhập bieu-nhap/, danh sách đơn vị don-vi.csv)",
            $"Wrote {work.Count} files into {Path.GetFullPath(folder)} (summaries tong-hop_*.xlsx, reports tong-hop_*.docx, input forms bieu-nhap/, units list don-vi.csv)"));
        return ExitCodes.Ok;
    }
}
