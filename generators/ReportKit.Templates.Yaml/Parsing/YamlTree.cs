using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportKit.Templates.Parsing;

/// <summary>A position in the template text: 1-based line and column, 0-based character offset.</summary>
internal readonly record struct TextPosition(int Line, int Column, int Offset);

/// <summary>A YAML node with the positions YamlDotNet reported for it.</summary>
internal abstract class YamlNode
{
    protected YamlNode(TextPosition start, TextPosition end)
    {
        Start = start;
        End = end;
    }

    public TextPosition Start { get; }

    public TextPosition End { get; set; }

    /// <summary>What the node is, for "found …" in messages.</summary>
    public abstract string Describe();
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, bool isQuoted, TextPosition start, TextPosition end)
        : base(start, end)
    {
        Value = value;
        IsPlain = isPlain;
        IsQuoted = isQuoted;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>Single- or double-quoted: the text starts one column after <see cref="YamlNode.Start"/>.</summary>
    public bool IsQuoted { get; }

    /// <summary>YAML's null: an empty plain value, <c>~</c> or <c>null</c>. "Blank in the source" is written this way.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "nothing (null)" : "'" + Shorten(Value) + "'";

    private static string Shorten(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(TextPosition start) : base(start, start) { }

    public List<YamlNode> Items { get; } = new();

    public override string Describe() => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(TextPosition start) : base(start, start) { }

    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = new();

    public override string Describe() => "a mapping of keys";
}

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, keeping positions. It never
/// throws: any exception from YamlDotNet (it also throws plain <see cref="InvalidOperationException"/>
/// on some malformed flow collections) becomes RK0001 at the best known position. Aliases are refused
/// (no alias bombs) and nesting is bounded (no stack exhaustion further down).
/// </summary>
internal static class YamlTreeBuilder
{
    /// <summary>Deepest nesting of lists and mappings accepted; real templates stay well under 20.</summary>
    public const int MaxNesting = 64;

    private static readonly Regex MarkPrefix = new(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

    private sealed class Frame
    {
        public Frame(YamlNode node) => Node = node;

        public YamlNode Node { get; }

        public YamlNode? PendingKey { get; set; }
    }

    /// <summary>Loads the single document of <paramref name="text"/>. Returns false after reporting an error.</summary>
    /// <param name="text">The template text (a leading BOM already removed).</param>
    /// <param name="offsetShift">Characters removed before <paramref name="text"/> (a BOM), added back to offsets.</param>
    /// <param name="diagnostics">Where errors go.</param>
    /// <param name="root">The document's root node, or null for an empty document.</param>
    public static bool TryLoad(string text, int offsetShift, DiagnosticSink diagnostics, out YamlNode? root)
    {
        root = null;
        var invalid = FindInvalidText(text);
        if (invalid >= 0)
        {
            var code = ((int)text[invalid]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            diagnostics.Report(TemplateDiagnostics.YamlSyntax, diagnostics.SpanAt(text, invalid, offsetShift),
                char.IsSurrogate(text[invalid])
                    ? "the text contains an unpaired UTF-16 surrogate (U+" + code + "); save the file as UTF-8"
                    : "the control character U+" + code + " is not allowed in YAML text");
            return false;
        }

        var stack = new Stack<Frame>();
        var last = new TextPosition(1, 1, offsetShift);
        var documents = 0;
        YamlNode? result = null;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current is null)
                    continue;
                var start = ToPosition(current.Start, offsetShift);
                var end = ToPosition(current.End, offsetShift);
                last = end;
                switch (current)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Report(TemplateDiagnostics.UnsupportedYamlFeature, diagnostics.SpanOf(start, end),
                                "a plan template holds one YAML document; '---' starts a second one here");
                            return false;
                        }

                        break;
                    case AnchorAlias alias:
                        diagnostics.Report(TemplateDiagnostics.UnsupportedYamlFeature, diagnostics.SpanOf(start, end),
                            "YAML aliases ('*" + alias.Value + "') are not supported in plan templates; write the value out");
                        return false;
                    case Scalar scalar:
                        var node = new YamlScalar(
                            scalar.Value,
                            scalar.Style == ScalarStyle.Plain,
                            scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted,
                            start,
                            end);
                        Attach(stack, node, ref result);
                        break;
                    case SequenceStart:
                    case MappingStart:
                        if (stack.Count >= MaxNesting)
                        {
                            diagnostics.Report(TemplateDiagnostics.UnsupportedYamlFeature, diagnostics.SpanOf(start, end),
                                "lists and mappings are nested more than " + MaxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                                " levels deep");
                            return false;
                        }

                        stack.Push(new Frame(current is SequenceStart ? new YamlSequence(start) : new YamlMapping(start)));
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        if (stack.Count == 0)
                            break;
                        var done = stack.Pop().Node;
                        done.End = end;
                        Attach(stack, done, ref result);
                        break;
                }
            }
        }
        catch (YamlException exception)
        {
            var start = ToPosition(exception.Start, offsetShift);
            var end = ToPosition(exception.End, offsetShift);
            // For a tab in indentation YamlDotNet points at the enclosing mapping; point at the tab instead.
            if (exception.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FindIndentationTab(text) is var tab && tab >= 0)
            {
                diagnostics.Report(TemplateDiagnostics.YamlSyntax, diagnostics.SpanAt(text, tab, offsetShift),
                    CleanMessage(exception.Message) + " Indent with spaces, never tabs.");
                return false;
            }

            // YamlDotNet sometimes reports an empty mark (line 0) for errors it finds at the very end.
            if (start.Line <= 0)
                start = end = last;
            diagnostics.Report(TemplateDiagnostics.YamlSyntax, diagnostics.SpanOf(start, end), CleanMessage(exception.Message) + QuoteHint(text, start));
            return false;
        }
        catch (Exception exception)
        {
            // YamlDotNet throws InvalidOperationException (and possibly others) on some malformed
            // input; one bad file must never take down the generator run.
            diagnostics.Report(TemplateDiagnostics.YamlSyntax, diagnostics.SpanOf(last, last),
                "the YAML structure is broken near here (" + CleanMessage(exception.Message) + ")");
            return false;
        }

        root = result;
        return true;
    }

    private static void Attach(Stack<Frame> stack, YamlNode node, ref YamlNode? root)
    {
        if (stack.Count == 0)
        {
            root = node;
            return;
        }

        var frame = stack.Peek();
        switch (frame.Node)
        {
            case YamlSequence sequence:
                sequence.Items.Add(node);
                break;
            case YamlMapping when frame.PendingKey is null:
                frame.PendingKey = node;
                break;
            case YamlMapping mapping:
                mapping.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(frame.PendingKey!, node));
                frame.PendingKey = null;
                break;
        }
    }

    private static TextPosition ToPosition(Mark mark, int offsetShift) =>
        new(Clamp(mark.Line), Clamp(mark.Column), Clamp(mark.Index + offsetShift));

    private static int Clamp(long value) => value < 0 ? 0 : value > int.MaxValue ? int.MaxValue : (int)value;

    private static readonly System.Text.RegularExpressions.Regex PlainKeyAndValue =
        new(@"^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*):\s+([^\s""'{\[|>#].*?)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// For a text that holds ": " unquoted (<c>title: Báo cáo: về …</c>, YAML's "mapping values are not allowed"), the
    /// hint to quote it, with the line's own key and text; empty otherwise.
    /// </summary>
    private static string QuoteHint(string text, TextPosition start)
    {
        if (start.Line <= 0)
            return "";
        var lines = text.Split('\n');
        if (start.Line > lines.Length)
            return "";
        var match = PlainKeyAndValue.Match(lines[start.Line - 1].TrimEnd('\r'));
        if (!match.Success || (match.Groups[2].Value.IndexOf(": ", StringComparison.Ordinal) < 0 && !match.Groups[2].Value.EndsWith(":", StringComparison.Ordinal)))
            return "";
        var value = match.Groups[2].Value.Replace("\\", "\\\\").Replace("\"", "\\\"");
        return " The text of '" + match.Groups[1].Value + "' holds ': ', which YAML reads as a new key; put the text in double quotes: " +
            match.Groups[1].Value + ": \"" + value + "\"";
    }

    private static string CleanMessage(string message)
    {
        var cleaned = MarkPrefix.Replace(message ?? string.Empty, string.Empty).Trim();
        return cleaned.Length == 0 ? "malformed YAML" : cleaned;
    }

    /// <summary>The index of the first tab in the leading whitespace of a line, or -1.</summary>
    private static int FindIndentationTab(string text)
    {
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
                atLineStart = true;
            else if (atLineStart && c == '\t')
                return i;
            else if (c != ' ' && c != '\r')
                atLineStart = false;
        }

        return -1;
    }

    /// <summary>
    /// The index of the first character YAML does not allow in a stream (C0/C1 controls other than tab,
    /// line feed, carriage return and NEL; U+FFFE/U+FFFF; unpaired surrogates), or -1.
    /// YamlDotNet lets some of them through, NUL included.
    /// </summary>
    private static int FindInvalidText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                return i;
            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007F' && c <= '\u009F' && c != '\u0085'))
                return i;
        }

        return -1;
    }
}
