using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace ReportKit.Cli;

/// <summary>
/// <c>--help</c> in the command's language. System.CommandLine 2.0.0 takes its help texts from its own satellite
/// resources (no Vietnamese) and keeps its <c>HelpBuilder</c> internal, so the help option's action is replaced by this
/// one, which writes the same sections (description, usage, arguments, options, commands) with our headings and labels.
/// </summary>
internal sealed class LocalizedHelp : SynchronousCommandLineAction
{
    /// <summary>The name users type: the tool's command name, whatever the assembly is called.</summary>
    public const string CommandName = "reportkit";

    /// <summary>Help clears the parse errors of the command it describes (<c>summarize --help</c> needs no <c>--in</c>).</summary>
    public override bool ClearsParseErrors => true;

    /// <summary>Translates the built-in <c>--help</c> and <c>--version</c> and puts this help behind <c>--help</c>.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = Say.T("Hiện hướng dẫn sử dụng", "Show help and usage information");
                help.Action = new LocalizedHelp();
            }
            else if (option is VersionOption version)
            {
                version.Description = Say.T("Hiện số phiên bản", "Show version information");
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var width = Console.IsOutputRedirected ? int.MaxValue : Math.Max(40, Console.WindowWidth);
        Write(parseResult.CommandResult.Command, Console.Out, width);
        return ExitCodes.Ok;
    }

    /// <summary>The help of <paramref name="command"/>, sections separated by a blank line; descriptions wrapped at <paramref name="width"/>.</summary>
    internal static void Write(Command command, TextWriter output, int width)
    {
        var sections = new List<string>();
        if (!string.IsNullOrWhiteSpace(command.Description))
            sections.Add(Say.T("Mô tả:", "Description:") + "\n" + string.Join("\n", command.Description.Split('\n').Select(l => "  " + l.TrimEnd('\r'))));
        sections.Add(Say.T("Cách dùng:", "Usage:") + "\n  " + Usage(command));
        sections.Add(Columns(Say.T("Đối số:", "Arguments:"), width,
            command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), WithDefault(a.Description, a.HasDefaultValue, a.GetDefaultValue)))));
        sections.Add(Columns(Say.T("Tùy chọn:", "Options:"), width, VisibleOptions(command).Select(o => (
            OptionLabel(o) + (o.Required ? Say.T(" (bắt buộc)", " (REQUIRED)") : ""),
            WithDefault(o.Description, o.HasDefaultValue && o.ValueType != typeof(bool), o.GetDefaultValue)))));
        sections.Add(Columns(Say.T("Lệnh:", "Commands:"), width,
            command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name + string.Concat(c.Arguments.Where(a => !a.Hidden).Select(a => " " + UsageLabel(a))), c.Description ?? ""))));
        foreach (var section in sections.Where(s => s.Length > 0))
        {
            output.WriteLine(section);
            output.WriteLine();
        }
    }

    private static string Usage(Command command)
    {
        var parts = CommandPath(command).Select((c, i) => i == 0 ? CommandName : c.Name).ToList();
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(UsageLabel));
        if (VisibleOptions(command).Any())
            parts.Add(Say.T("[tùy chọn]", "[options]"));
        if (command.Subcommands.Any(c => !c.Hidden))
            parts.Add(Say.T("[lệnh]", "[command]"));
        return string.Join(" ", parts);
    }

    /// <summary>An argument as the usage line shows it: in brackets when it may be left out.</summary>
    private static string UsageLabel(Argument argument) =>
        argument.Arity.MinimumNumberOfValues == 0 ? "[" + ArgumentLabel(argument) + "]" : ArgumentLabel(argument);

    private static string ArgumentLabel(Argument argument) =>
        "<" + (argument.HelpName ?? argument.Name) + ">" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");

    /// <summary><c>-o, --out &lt;out&gt;</c>: the short names first; an enum lists its values, <c>&lt;A3|A4&gt;</c>.</summary>
    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool))
            return label;
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        var value = type.IsEnum ? string.Join("|", Enum.GetNames(type)) : option.HelpName ?? option.Name.TrimStart('-');
        return label + " <" + value + ">" + (option.Arity.MaximumNumberOfValues > 1 ? "..." : "");
    }

    private static string Columns(string heading, int width, IEnumerable<(string Label, string Text)> given)
    {
        var rows = given.ToList();
        if (rows.Count == 0)
            return "";
        var first = rows.Max(r => r.Label.Length) + 2;
        var lines = new List<string> { heading };
        foreach (var (label, text) in rows)
        {
            var wrapped = Wrap(text, width - 2 - first);
            lines.Add("  " + label.PadRight(first) + wrapped[0]);
            lines.AddRange(wrapped.Skip(1).Select(w => new string(' ', 2 + first) + w));
        }
        return string.Join("\n", lines).TrimEnd(' ');
    }

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken between words.</summary>
    private static IReadOnlyList<string> Wrap(string text, int width)
    {
        if (width < 20 || text.Length <= width)
            return new[] { text };
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        lines.Add(line);
        return lines;
    }

    private static string WithDefault(string? description, bool hasDefault, Func<object?> value) =>
        hasDefault && value() is { } given ? $"{description} [{Say.T("mặc định", "default")}: {given}]".TrimStart() : description ?? "";

    /// <summary>The command's own options, then those its ancestors share with it (<c>--quiet</c>, <c>--lang</c>, <c>--help</c>).</summary>
    private static IEnumerable<Option> VisibleOptions(Command command) =>
        command.Options.Concat(CommandPath(command).Reverse().Skip(1).SelectMany(c => c.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).Distinct();

    /// <summary>The commands from the root down to <paramref name="command"/>.</summary>
    private static IReadOnlyList<Command> CommandPath(Command command)
    {
        var path = new List<Command> { command };
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            path.Insert(0, parent);
        return path;
    }
}
