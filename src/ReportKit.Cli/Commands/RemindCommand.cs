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
        "remind", "Write the công văn đôn đốc (.docx) to the units whose report is missing, rejected or late",
        "The reminder to write (.docx)", output,
        request => Run(request.Choice, request.Folder, request.Target, request.AsOf, request.Force, request.Body, output));

    private static int Run(PlanArguments.Choice choice, string folder, string target, DateOnly asOf, bool force, ConsolidatingBody given, Output output)
    {
        if (File.Exists(target) && !force)
        {
            output.Error($"'{target}' đã tồn tại; dùng --force để ghi đè (exists; nothing was written)");
            return ExitCodes.OutputExists;
        }

        var (_, summary) = SummarizeCommand.Consolidate(choice, folder, asOf);
        var units = ReminderDocument.UnitsToRemind(summary);
        if (units.Count == 0)
        {
            output.Summary($"{summary.Rates.Overall.Actual}/{summary.Rates.Overall.Expected} báo cáo đã nhận đúng hạn: không có đơn vị nào cần đôn đốc; không ghi tệp nào");
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        ReminderDocument.SaveAs(summary, target, new ReportDocumentOptions { Body = ConsolidatingBody.Of(summary, given) });
        foreach (var status in units)
        {
            var due = status.Due is { } d ? "hạn " + Dates.Vietnamese(d) : "không quy định hạn";
            var state = status.IsReceived ? $"nộp muộn {status.DaysLate} ngày"
                : status.RejectedFiles.Count > 0 ? "bị từ chối, phải gửi lại: " + status.RejectedFiles[0].Reason
                : "chưa nộp";
            output.Info($"  {choice.Units.LabelOf(status.Unit.Id)}: {state} ({due})");
        }
        output.Summary($"công văn đôn đốc {units.Count} đơn vị ({units.Count(s => !s.IsReceived && s.RejectedFiles.Count == 0)} chưa gửi, " +
                       $"{units.Count(s => !s.IsReceived && s.RejectedFiles.Count > 0)} phải gửi lại, {units.Count(s => s.IsReceived)} gửi muộn) đã ghi vào {target}");
        return ExitCodes.Ok;
    }
}
