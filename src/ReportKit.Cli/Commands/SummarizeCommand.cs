using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;

namespace ReportKit.Cli.Commands;

/// <summary>
/// <c>reportkit summarize</c>: consolidates a folder of filled forms into the summary workbook, and says
/// what was rejected (file, sheet, cell, why), who is late and who is missing.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create(Output output)
    {
        var plan = new PlanArguments();
        var input = new Option<string>("--in", "-i") { Description = "The folder of filled forms", Required = true };
        var target = new Option<string>("--out", "-o") { Description = "The summary workbook to write (.xlsx)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Count missing and late reports as of this date (yyyy-MM-dd; default today)" };
        var force = ForceOption.Create();
        var paper = PaperOption.Create();
        var command = new Command("summarize", "Consolidate a folder of filled forms into the summary workbook");
        plan.AddTo(command);
        command.Options.Add(input);
        command.Options.Add(target);
        command.Options.Add(asOf);
        command.Options.Add(force);
        command.Options.Add(paper);
        command.SetAction(result =>
        {
            var date = PlanArguments.ParseDate(result.GetValue(asOf), output);
            if (date is null)
                return ExitCodes.Usage;
            var choice = plan.Resolve(result, output, out var failure);
            if (choice is null)
                return failure;
            return Run(choice, result.GetValue(input)!, result.GetValue(target)!, date.Value, result.GetValue(force), output, result.GetValue(paper));
        });
        return command;
    }

    private static int Run(PlanArguments.Choice choice, string folder, string target, DateOnly asOf, bool force, Output output, ReportKit.Excel.Layout.PaperSize paper)
    {
        if (!Directory.Exists(folder))
        {
            output.Error($"không tìm thấy thư mục '{folder}' (no such folder)");
            return ExitCodes.Failure;
        }
        if (File.Exists(target) && !force)
        {
            output.Error($"'{target}' đã tồn tại; dùng --force để ghi đè (exists; nothing was written)");
            return ExitCodes.OutputExists;
        }

        var imported = FormImporter.ImportFolder(folder, new FormImportOptions(choice.Plan)
        {
            ReportId = choice.Report.Id,
            PeriodKey = choice.Period.Key,
            Units = choice.Units,
        });
        var blank = imported.Problems.Where(p => p.Code == ImportProblemCodes.BlankForm).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var received = imported.Submissions;
        var summary = Consolidator.Summarize(choice.Plan, choice.Report.Id, choice.Period.Key, choice.Units, received, asOf, imported.Rejected);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        summary.SaveAs(target, new SummaryWorkbookOptions { Paper = paper });

        Report(imported, blank, summary, choice.Units, output);
        var relays = received.Count(s => s.IsRelay);
        var overall = summary.Rates.Overall;
        output.Summary($"{imported.Files.Count} tệp, {received.Count} nhận{(relays > 0 ? $" ({relays} báo cáo tổng hợp của cấp dưới)" : "")}, " +
                       $"{blank.Count} chưa điền, {imported.RejectedFiles.Count} bị từ chối; " +
                       $"{overall.Actual}/{overall.Expected} báo cáo đã nhận, " +
                       (overall.ActualOnTime is { } onTime ? $"{onTime} đúng hạn" : "kế hoạch không quy định hạn") +
                       $"; tổng hợp đã ghi vào {target}");
        return imported.RejectedFiles.Count > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static void Report(ImportResult imported, IReadOnlySet<string> blank, ReportSummary summary, UnitTree units, Output output)
    {
        foreach (var file in blank.OrderBy(f => f, StringComparer.Ordinal))
            output.Warning($"biểu chưa điền, không tính là đã nộp (blank form, not counted): {file}");
        // Duplicates are told once, from the summary, with the file used (SummaryNotices).
        foreach (var problem in imported.Problems.Where(p => !blank.Contains(p.File) && p.Code != ImportProblemCodes.DuplicateUnit))
        {
            var where = problem.Sheet is null ? "" : $" [{problem.Sheet}{(problem.Cell is null ? "" : "!" + problem.Cell)}]";
            var line = $"{problem.File}{where}: {problem.Message} ({problem.Code})";
            if (problem.Severity == ImportSeverity.Error)
                output.Error("bị từ chối (rejected): " + line);
            else
                output.Warning(line);
        }
        foreach (var status in summary.Statuses)
        {
            switch (status.State)
            {
                case SubmissionState.Late:
                    output.Warning($"nộp muộn {status.DaysLate} ngày (late): {units.LabelOf(status.Unit.Id)} — {status.Source}");
                    break;
                case SubmissionState.Missing:
                    output.Warning($"chưa nộp (missing): {units.LabelOf(status.Unit.Id)}, hạn {(status.Due is { } due ? Dates.Vietnamese(due) : "—")}");
                    break;
            }
        }
        var undatedTold = imported.Problems.Where(p => p.Code == ImportProblemCodes.NoDate).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        foreach (var line in SummaryNotices.Lines(summary, imported.Submissions, units, undatedTold))
            output.Warning(line);
        foreach (var problem in summary.Problems.Where(p => p.Severity == ProblemSeverity.Error))
            output.Warning($"số liệu cần xem lại: {(problem.Source is null ? "" : problem.Source + ": ")}{problem.Message}");
    }
}
