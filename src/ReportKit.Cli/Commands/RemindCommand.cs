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
    public static Command Create(Output output)
    {
        var plan = new PlanArguments();
        var input = new Option<string>("--in", "-i") { Description = "The folder of filled forms", Required = true };
        var target = new Option<string>("--out", "-o") { Description = "The reminder to write (.docx)", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Count missing and late reports as of this date (yyyy-MM-dd; default today)" };
        var force = ForceOption.Create();
        var body = new BodyOptions();
        var command = new Command("remind", "Write the công văn đôn đốc (.docx) to the units whose report is missing, rejected or late");
        plan.AddTo(command);
        command.Options.Add(input);
        command.Options.Add(target);
        command.Options.Add(asOf);
        command.Options.Add(force);
        body.AddTo(command);
        command.SetAction(result =>
        {
            var date = PlanArguments.ParseDate(result.GetValue(asOf), output);
            if (date is null)
                return ExitCodes.Usage;
            var choice = plan.Resolve(result, output, out var failure);
            if (choice is null)
                return failure;
            return Run(choice, result.GetValue(input)!, result.GetValue(target)!, date.Value, result.GetValue(force), body.Given(result), output);
        });
        return command;
    }

    private static int Run(PlanArguments.Choice choice, string folder, string target, DateOnly asOf, bool force, ConsolidatingBody given, Output output)
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
