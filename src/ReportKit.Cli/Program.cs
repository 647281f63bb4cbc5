using System;
using System.CommandLine;
using System.IO;
using System.Text;
using ReportKit.Cli;
using ReportKit.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
Language.Choose(args, Environment.GetEnvironmentVariable);

var quiet = new Option<bool>("--quiet", "-q")
{
    Description = Say.T("Chỉ in lỗi và dòng kết quả cuối (cho script)", "Print only errors and the final summary line (for scripts)"),
    Recursive = true,
};
// Read before the commands are built (Language.Choose above); declared so the parser accepts it anywhere.
var lang = new Option<string>("--lang")
{
    Description = Say.T("Ngôn ngữ của lệnh: vi (mặc định) hoặc en", "Language of the command: vi (default) or en"),
    HelpName = "vi|en",
    Recursive = true,
};
var output = new Output(quiet: false);
var root = new RootCommand(Say.T(
    "ReportKit: mẫu kế hoạch → biểu nhập cho đơn vị → biểu tổng hợp Excel và báo cáo.",
    "ReportKit: plan templates → input forms → consolidated Excel summaries.") + "\n" + ExitCodes.Help)
{
    DemoCommand.Create(output),
    InitCommand.Create(output),
    CheckCommand.Create(output),
    PreviewCommand.Create(output),
    UnitsCommand.Create(output),
    FormsCommand.Create(output),
    SummarizeCommand.Create(output),
    RemindCommand.Create(output),
    SchemaCommand.Create(output),
};
root.Options.Add(quiet);
root.Options.Add(lang);
LocalizedHelp.Install(root);

var parse = root.Parse(args);
output.Quiet = parse.GetValue(quiet);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        output.Error(UsageErrors.Say(error.Message));
    return ExitCodes.Usage;
}

try
{
    // Without this, System.CommandLine catches every exception itself, prints a stack trace and exits 1:
    // a missing file would look like a crash and collide with "some input was rejected".
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    output.Error(OutputFailure.Describe(e));
    return ExitCodes.Failure;
}
catch (Exception e)
{
    // Last resort: a message and a documented exit code rather than a stack trace.
    output.Error(Say.T("lỗi không mong đợi: ", "unexpected error: ") + e.GetType().Name + ": " + e.Message);
    return ExitCodes.Failure;
}
