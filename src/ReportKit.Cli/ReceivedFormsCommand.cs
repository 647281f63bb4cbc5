using System;
using System.CommandLine;
using System.IO;
using ReportKit.Excel.Layout;

namespace ReportKit.Cli;

/// <summary>
/// The command line of a command that reads a folder of returned forms for a plan's report and period as of a date and
/// writes a document of the consolidating body (<c>summarize</c>, <c>remind</c>): the plan arguments, <c>--in</c>,
/// <c>--out</c>, <c>--as-of</c>, <c>--force</c> and the body's options, checked the same way for both.
/// </summary>
internal static class ReceivedFormsCommand
{
    /// <summary>What such a command is asked to do, checked: the plan choice, an existing folder, the output and the body.</summary>
    /// <param name="Parsed">The parsed command line, for the options a command adds of its own.</param>
    public sealed record Request(PlanArguments.Choice Choice, string Folder, string Target, DateOnly AsOf, bool Force, ConsolidatingBody Body, PaperSize Paper, ParseResult Parsed);

    /// <param name="withPaper">Whether the command prints tables and so takes <c>--paper</c> (<see cref="PaperOption"/>); A4 otherwise.</param>
    public static Command Create(string name, string description, string outDescription, Output output, Func<Request, int> run, bool withPaper = false)
    {
        var plan = new PlanArguments();
        var input = new Option<string>("--in", "-i") { Description = Say.T("Thư mục chứa các biểu đã điền", "The folder of filled forms"), Required = true };
        var target = new Option<string>("--out", "-o") { Description = outDescription, Required = true };
        var asOf = new Option<string?>("--as-of") { Description = Say.T("Tính đơn vị chưa nộp, nộp muộn đến ngày này (yyyy-MM-dd; mặc định hôm nay)", "Count missing and late reports as of this date (yyyy-MM-dd; default today)") };
        var force = ForceOption.Create();
        var body = new BodyOptions();
        var command = new Command(name, description);
        plan.AddTo(command);
        body.AddTo(command);
        command.Options.Add(input);
        command.Options.Add(target);
        command.Options.Add(asOf);
        command.Options.Add(force);
        var paper = withPaper ? PaperOption.Create() : null;
        if (paper is not null)
            command.Options.Add(paper);
        command.SetAction(result =>
        {
            var date = PlanArguments.ParseDate(result.GetValue(asOf), output);
            if (date is null)
                return ExitCodes.Usage;
            var choice = plan.Resolve(result, output, out var failure);
            if (choice is null)
                return failure;
            var folder = result.GetValue(input)!;
            if (!Directory.Exists(folder))
            {
                output.Error(Say.T($"không tìm thấy thư mục '{folder}'", $"no such folder '{folder}'"));
                return ExitCodes.Failure;
            }

            return run(new Request(choice, folder, result.GetValue(target)!, date.Value, result.GetValue(force), body.Given(result),
                paper is null ? PaperSize.A4 : result.GetValue(paper), result));
        });
        return command;
    }
}
