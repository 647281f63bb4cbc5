using System.IO;
using Spectre.Console;

namespace ReportKit.Cli;

/// <summary>
/// Everything the command prints goes through here. Diagnostics and errors go to standard error in the
/// MSBuild <c>file(line,col): error …</c> shape; <c>--quiet</c> keeps only those and the summary line.
/// </summary>
/// <remarks>
/// Lines are written whole through the standard writers, never through Spectre's renderer: it wraps text
/// at the console width (80 columns when redirected), which would cut a diagnostic or a file path in two
/// for scripts and editors reading the output. Spectre only decides whether colours are wanted and draws
/// the progress bar.
/// </remarks>
internal sealed class Output
{
    private const string Red = "\u001b[31m", Yellow = "\u001b[33m", Reset = "\u001b[0m";
    private readonly IAnsiConsole _out;
    private readonly bool _colorErrors;

    public Output(bool quiet)
    {
        Quiet = quiet;
        _out = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        _colorErrors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) })
            .Profile.Capabilities.Ansi;
    }

    public bool Quiet { get; set; }

    /// <summary>The console, for progress displays (not shown when quiet or redirected).</summary>
    public IAnsiConsole Console => _out;

    public bool ShowProgress => !Quiet && _out.Profile.Capabilities.Interactive;

    private static TextWriter Out => System.Console.Out;

    private static TextWriter Err => System.Console.Error;

    public void Info(string text)
    {
        if (!Quiet)
            Out.WriteLine(text);
    }

    /// <summary>Something the clerk should look at (late, missing, doubtful numbers); not shown with <c>--quiet</c>.</summary>
    public void Warning(string text)
    {
        if (!Quiet)
            Err.WriteLine(_colorErrors ? Yellow + text + Reset : text);
    }

    public void Error(string text)
    {
        var prefix = Say.T("lỗi:", "error:");
        Err.WriteLine((_colorErrors ? Red + prefix + Reset : prefix) + " " + text);
    }

    /// <summary>A diagnostic already in <c>file(line,col): error RK0001: …</c> form, printed as is.</summary>
    public void Diagnostic(string text) => Err.WriteLine(text);

    public void Summary(string text) => Out.WriteLine(text);

    /// <summary>Text written exactly as given (schema output), never styled.</summary>
    public void Raw(string text) => Out.Write(text);
}
