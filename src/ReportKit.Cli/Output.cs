using System;
using Spectre.Console;

namespace ReportKit.Cli;

/// <summary>
/// Everything the command prints goes through here. Diagnostics and errors go to standard error in the
/// MSBuild <c>file(line,col): error …</c> shape; <c>--quiet</c> keeps only those and the summary line.
/// </summary>
internal sealed class Output
{
    private readonly IAnsiConsole _out;
    private readonly IAnsiConsole _err;

    public Output(bool quiet)
    {
        Quiet = quiet;
        _out = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        _err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
    }

    public bool Quiet { get; set; }

    /// <summary>The console, for progress displays (not shown when quiet or redirected).</summary>
    public IAnsiConsole Console => _out;

    public bool ShowProgress => !Quiet && _out.Profile.Capabilities.Interactive;

    public void Info(string text)
    {
        if (!Quiet)
            _out.WriteLine(text);
    }

    public void Success(string text)
    {
        if (!Quiet)
            _out.MarkupLineInterpolated($"[green]{text}[/]");
    }

    public void Warning(string text) => _err.MarkupLineInterpolated($"[yellow]{text}[/]");

    public void Error(string text) => _err.MarkupLineInterpolated($"[red]lỗi (error):[/] {text}");

    /// <summary>A diagnostic already in <c>file(line,col): error RK0001: …</c> form, printed as is.</summary>
    public void Diagnostic(string text) => _err.WriteLine(text);

    public void Summary(string text) => _out.WriteLine(text);

    /// <summary>Text written exactly as given (schema output), never styled.</summary>
    public void Raw(string text) => System.Console.Out.Write(text);
}
