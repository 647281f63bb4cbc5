using System;
using System.CommandLine;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Excel.Import;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Reports;
using ReportKit.Excel.Summary;

namespace ReportKit.Cli.Commands;

/// <summary>
/// <c>reportkit summarize</c>: consolidates a folder of filled forms into the summary workbook, and says
/// what was rejected (file, sheet, cell, why), who is late and who is missing; beside the workbook (the biểu) it
/// writes the draft báo cáo of the consolidating body (the same name, .docx).
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create(Output output)
    {
        var earlier = new EarlierSummaries();
        var command = ReceivedFormsCommand.Create(
            "summarize", Say.T(
                "Tổng hợp thư mục biểu đã điền thành biểu tổng hợp và dự thảo báo cáo (.docx cạnh biểu)",
                "Consolidate a folder of filled forms into the summary workbook and the draft báo cáo (.docx beside it)"),
            Say.T("Biểu tổng hợp cần ghi (.xlsx)", "The summary workbook to write (.xlsx)"), output,
            request => Run(request.Choice, request.Folder, request.Target, request.AsOf, request.Force, request.Body, request.Paper, earlier.Given(request.Parsed), output),
            withPaper: true);
        earlier.AddTo(command);
        return command;
    }

    /// <summary>The báo cáo written beside a summary workbook: the same name with <c>.docx</c>.</summary>
    public static string ReportPathFor(string summaryPath) => Path.ChangeExtension(summaryPath, ".docx");

    private static int Run(PlanArguments.Choice choice, string folder, string target, DateOnly asOf, bool force, ConsolidatingBody given, PaperSize paper,
        EarlierSummaries.Request earlier, Output output)
    {
        var reportPath = ReportPathFor(target);
        foreach (var path in new[] { target, reportPath })
        {
            if (File.Exists(path) && !force)
            {
                output.Error(Say.T($"'{path}' đã tồn tại; dùng --force để ghi đè; chưa ghi tệp nào", $"'{path}' exists already; use --force to overwrite; nothing was written"));
                return ExitCodes.OutputExists;
            }
        }

        // The submissions are let go before the writing (Receive keeps what the last lines say of them): 10,000 forms'
        // submissions are some 40 MB the summary no longer needs (docs/benchmarks.md, issue 15).
        var received = Receive(choice, folder, asOf, out var summary);
        // Earlier summaries are checked before anything is written: a refused one stops the run.
        var failure = earlier.Read(summary, choice.Units, output, out var comparison, out var yearToDate);
        if (failure is not null)
            return failure.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var body = ConsolidatingBody.Of(summary, given);
        // Both files are written whole through a temporary file and a rename (PackageSaving): never half a file.
        summary.SaveAs(target, new SummaryWorkbookOptions
        {
            Body = body, SendTo = given.Superior, Paper = paper, UnitTargets = choice.UnitTargets, Comparison = comparison, YearToDate = yearToDate,
        });
        ReportDocument.SaveAs(summary, reportPath, new ReportDocumentOptions
        {
            Body = body, AnnexFileName = Path.GetFileName(target), UnitTargets = choice.UnitTargets, Comparison = comparison, YearToDate = yearToDate,
        });

        Report(received, summary, choice.Units, output);
        var overall = summary.Rates.Overall;
        output.Summary(Say.T(
            $"{received.Files} tệp, {received.Count} nhận{(received.Relays > 0 ? $" ({received.Relays} báo cáo tổng hợp của cấp dưới)" : "")}, " +
            $"{received.Blank.Count} chưa điền, {received.Rejected} bị từ chối; " +
            $"{overall.Actual}/{overall.Expected} báo cáo đã nhận, " +
            (overall.ActualOnTime is { } onTime ? $"{onTime} đúng hạn" : "kế hoạch không quy định hạn") +
            $"; tổng hợp đã ghi vào {target}, báo cáo vào {reportPath}",
            $"{received.Files} file(s), {received.Count} received{(received.Relays > 0 ? $" ({received.Relays} summaries of lower levels)" : "")}, " +
            $"{received.Blank.Count} blank, {received.Rejected} rejected; " +
            $"{overall.Actual}/{overall.Expected} reports received, " +
            (overall.ActualOnTime is { } inTime ? $"{inTime} on time" : "the plan sets no deadline") +
            $"; summary written to {target}, report to {reportPath}"));
        return received.Rejected > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    /// <summary>What the command tells of the files received, once the summary is made (the submissions themselves are not kept).</summary>
    private sealed record ReceivedFiles(IReadOnlyList<ImportProblem> Problems, IReadOnlySet<string> Blank, IReadOnlyList<string> Notices, int Files, int Count,
        int Relays, int Rejected);

    private static ReceivedFiles Receive(PlanArguments.Choice choice, string folder, DateOnly asOf, out ReportSummary summary)
    {
        var (imported, consolidated) = Consolidate(choice, folder, asOf);
        summary = consolidated;
        var blank = imported.Problems.Where(p => p.Code == ImportProblemCodes.BlankForm).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var undatedTold = imported.Problems.Where(p => p.Code == ImportProblemCodes.NoDate).Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        return new ReceivedFiles(imported.Problems, blank, SummaryNotices.Lines(summary, imported.Submissions, choice.Units, undatedTold), imported.Files.Count,
            imported.Submissions.Count, imported.Submissions.Count(s => s.IsRelay), imported.RejectedFiles.Count);
    }

    /// <summary>Imports a folder of filled forms for the chosen report and period and consolidates them as of a date.</summary>
    internal static (ImportResult Imported, ReportSummary Summary) Consolidate(PlanArguments.Choice choice, string folder, DateOnly asOf)
    {
        var imported = FormImporter.ImportFolder(folder, new FormImportOptions(choice.Plan)
        {
            ReportId = choice.Report.Id,
            PeriodKey = choice.Period.Key,
            Units = choice.Units,
        });
        return (imported, Consolidator.Summarize(choice.Plan, choice.Report.Id, choice.Period.Key, choice.Units, imported.Submissions, asOf, imported.Rejected));
    }

    private static void Report(ReceivedFiles received, ReportSummary summary, UnitTree units, Output output)
    {
        foreach (var file in received.Blank.OrderBy(f => f, StringComparer.Ordinal))
            output.Warning(Say.T("biểu chưa điền, không tính là đã nộp: ", "blank form, not counted: ") + file);
        // Duplicates are told once, from the summary, with the file used (SummaryNotices).
        foreach (var problem in received.Problems.Where(p => !received.Blank.Contains(p.File) && p.Code != ImportProblemCodes.DuplicateUnit))
        {
            var where = problem.Sheet is null ? "" : $" [{problem.Sheet}{(problem.Cell is null ? "" : "!" + problem.Cell)}]";
            var line = $"{problem.File}{where}: {problem.Message} ({problem.Code})";
            if (problem.Severity == ImportSeverity.Error)
                output.Error(Say.T("bị từ chối: ", "rejected: ") + line);
            else
                output.Warning(line);
        }
        foreach (var status in summary.Statuses)
        {
            switch (status.State)
            {
                case SubmissionState.Late:
                    output.Warning(Say.T($"nộp muộn {status.DaysLate} ngày: ", $"{status.DaysLate} day(s) late: ") + $"{units.LabelOf(status.Unit.Id)} — {status.Source}");
                    break;
                case SubmissionState.Missing:
                    output.Warning(Say.T("chưa nộp: ", "missing: ") + $"{units.LabelOf(status.Unit.Id)}, " + Say.T("hạn ", "due ") + (status.Due is { } due ? Dates.Vietnamese(due) : "—"));
                    break;
            }
        }
        foreach (var line in received.Notices)
            output.Warning(line);
        foreach (var problem in summary.Problems.Where(p => p.Severity == ProblemSeverity.Error))
            output.Warning(Say.T("số liệu cần xem lại: ", "figures to look at: ") + $"{(problem.Source is null ? "" : problem.Source + ": ")}{problem.Message}");
    }
}
