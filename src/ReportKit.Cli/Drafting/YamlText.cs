using System;
using System.Linq;
using System.Text;

namespace ReportKit.Cli.Drafting;

/// <summary>Writes YAML scalars and comments safely: a text is left plain only where YAML reads it back as the same string.</summary>
internal static class YamlText
{
    private static readonly string[] Reserved = { "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n" };

    /// <summary>
    /// The text as a YAML scalar: plain when it cannot be read as anything else, else double-quoted. Quoted: a leading
    /// indicator (<c>- ? : , [ ] { } # &amp; * ! | &gt; ' " % @ `</c>), a digit or sign first (<c>76</c>, <c>2373</c>, <c>-</c>),
    /// <c>": "</c> or <c>" #"</c> inside, a trailing <c>:</c>, spaces at either end, words YAML reads as booleans or null.
    /// </summary>
    public static string Scalar(string text)
    {
        return IsPlain(text) ? text : Quoted(text);
    }

    /// <summary>The text double-quoted, always (inside a flow mapping, where a comma would end a plain scalar).</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) quoted.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            return false;
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) >= 0 || char.IsDigit(text[0]) || text[0] is '+' or '.')
            return false;
        if (text.Contains(": ") || text.Contains(" #") || text.EndsWith(":", StringComparison.Ordinal) || text.Any(char.IsControl))
            return false;
        return !Reserved.Contains(text, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A comment line at an indentation: the text on one line (line breaks become spaces).</summary>
    public static string Comment(int indent, string text) =>
        new string(' ', indent) + "# " + text.Replace("\r", " ").Replace("\n", " ").TrimEnd();
}
