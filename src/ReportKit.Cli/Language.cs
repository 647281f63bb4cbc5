using System;
using System.Collections.Generic;

namespace ReportKit.Cli;

/// <summary>The language the command speaks: Vietnamese unless <c>--lang en</c>, <c>REPORTKIT_LANG=en</c> or an English locale asks otherwise.</summary>
/// <remarks>
/// Decided once, before the commands are built, because option descriptions are fixed at creation. Every text the
/// command prints or describes goes through <see cref="Say.T"/> with both wordings side by side, so a message and its
/// translation are reviewed together and one cannot be added without the other.
/// </remarks>
internal static class Language
{
    public static bool English { get; private set; }

    /// <summary>Sets the language from the arguments (<c>--lang vi|en</c>, <c>--lang=en</c>) and the environment.</summary>
    public static void Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        string? chosen = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count) chosen = args[i + 1];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) chosen = args[i]["--lang=".Length..];
        }
        chosen ??= environment("REPORTKIT_LANG");
        chosen ??= environment("LC_ALL") is { Length: > 0 } all ? all : environment("LC_MESSAGES") is { Length: > 0 } messages ? messages : environment("LANG");
        English = chosen is not null && chosen.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>One text of the command line in both languages.</summary>
internal static class Say
{
    /// <summary>The Vietnamese text, or the English one under <c>--lang en</c>.</summary>
    public static string T(string vi, string en) => Language.English ? en : vi;
}
