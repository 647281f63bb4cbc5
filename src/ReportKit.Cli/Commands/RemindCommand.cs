using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Excel.Reports;

namespace ReportKit.Cli.Commands;

/// <summary>
/// <c>reportkit remind</c>: reads the folder of filled forms as <c>summarize</c> does and writes the công văn đôn đốc
/// (.docx) to the units whose report is missing, was rejected or came late, each with its deadline and, for a
/// rejected file, why; when every unit has reported on time it says so and writes nothing.
/// </summary>
internal static class RemindCommand
{
    public static Command Create(Output output) => ReceivedFormsCommand.Create(
        "remind", Say.T(
            "Ghi công văn đôn đốc (.docx) gửi các đơn vị chưa nộp, bị từ chối hoặc nộp muộn",
            "Write the công văn đôn đốc (.docx) to the units whose report is missing, rejected or late"),
        Say.T("Công văn đôn đốc cần ghi (.docx)", "The reminder to write (.docx)"), output,
        request => Run(request.Choice, request.Folder, request.Target, request.AsOf, request.Force, request.Body, output));

    private static int Run(PlanArguments.Choice choice, string folder, string target, DateOnly asOf, bool force, ConsolidatingBody given, Output output)
    {
        if (File.Exists(target) && !force)
        {
            output.Error(Say.T($"'{target}' đã tồn tại; dùng --force để ghi đè; chưa ghi tệp nào", $"'{target}' exists already; use --force to overwrite; nothing was written"));
            return ExitCodes.OutputExists;
        }

        var (_, summary) = SummarizeCommand.Consolidate(choice, folder, asOf);
        var units = ReminderDocument.UnitsToRemind(summary);
        if (units.Count == 0)
        {
            output.Summary(Say.T(
                $"{summary.Rates.Overall.Actual}/{summary.Rates.Overall.Expected} báo cáo đã nhận đúng hạn: không có đơn vị nào cần đôn đốc; không ghi tệp nào",
                $"{summary.Rates.Overall.Actual}/{summary.Rates.Overall.Expected} reports received on time: no unit to remind; no file written"));
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        ReminderDocument.SaveAs(summary, target, new ReportDocumentOptions { Body = ConsolidatingBody.Of(summary, given) });
        foreach (var status in units)
        {
            var due = status.Due is { } d ? Say.T("hạn ", "due ") + Dates.Vietnamese(d) : Say.T("không quy định hạn", "no deadline");
            var state = status.IsReceived ? Say.T($"nộp muộn {status.DaysLate} ngày", $"{status.DaysLate} day(s) late")
                : status.RejectedFiles.Count > 0 ? Say.T("bị từ chối, phải gửi lại: ", "rejected, to send again: ") + status.RejectedFiles[0].Reason
                : Say.T("chưa nộp", "missing");
            output.Info($"  {choice.Units.LabelOf(status.Unit.Id)}: {state} ({due})");
        }
        int missing = units.Count(s => !s.IsReceived && s.RejectedFiles.Count == 0), again = units.Count(s => !s.IsReceived && s.RejectedFiles.Count > 0), late = units.Count(s => s.IsReceived);
        output.Summary(Say.T(
            $"công văn đôn đốc {units.Count} đơn vị ({missing} chưa gửi, {again} phải gửi lại, {late} gửi muộn) đã ghi vào {target}",
            $"reminder to {units.Count} unit(s) ({missing} missing, {again} to send again, {late} late) written to {target}"));
        return ExitCodes.Ok;
    }
}
