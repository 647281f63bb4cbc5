using System.Globalization;
using System.Text;

namespace ReportKit.Generators;

/// <summary>An indenting string builder for generated C#; everything formatted with the invariant culture.</summary>
internal sealed class CSharpWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>The column a line written now starts at.</summary>
    public int Column => _indent * 4;

    public CSharpWriter Line(string line = "")
    {
        if (line.Length > 0)
            _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public CSharpWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CSharpWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes an XML doc summary; the text is escaped and may span lines.</summary>
    public CSharpWriter Summary(string text)
    {
        Line("/// <summary>");
        // Every character C# ends a line at: a label must never escape its comment.
        foreach (var part in text.Replace("\r\n", "\n").Split('\n', '\r', '\u0085', '\u2028', '\u2029'))
            Line("/// " + XmlEscape(part));
        return Line("/// </summary>");
    }

    public override string ToString() => _text.ToString();

    public static string XmlEscape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal (regular, escaped), or <c>null</c>.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
            return "null";
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Literal(int? value) =>
        value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);

    public static string Literal(decimal? value) =>
        value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Literal(bool value) => value ? "true" : "false";
}
