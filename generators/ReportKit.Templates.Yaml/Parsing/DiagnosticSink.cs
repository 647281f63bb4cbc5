using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates.Parsing;

/// <summary>Collects the diagnostics of one template and makes their spans.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<TemplateDiagnostic> _diagnostics = new();

    public DiagnosticSink(string path, int textLength)
    {
        Path = path;
        TextLength = textLength;
    }

    public string Path { get; }

    /// <summary>Offsets never point past the text (YamlDotNet marks an empty document's end one past it).</summary>
    public int TextLength { get; }

    public bool HasErrors => _diagnostics.Any(d => d.Severity == TemplateSeverity.Error);

    public void Report(TemplateDiagnosticDescriptor descriptor, SourceSpan location, params object[] args) =>
        _diagnostics.Add(descriptor.Create(location, args));

    public SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start, node.End);

    public SourceSpan SpanOf(TextPosition start, TextPosition end)
    {
        var line = start.Line < 1 ? 1 : start.Line;
        var column = start.Column < 1 ? 1 : start.Column;
        var endLine = end.Line < line ? line : end.Line;
        var endColumn = endLine == line && end.Column < column ? column : end.Column < 1 ? 1 : end.Column;
        var startOffset = Clamp(start.Offset);
        var endOffset = Clamp(end.Offset < start.Offset ? start.Offset : end.Offset);
        return new SourceSpan(Path, startOffset, endOffset, line, column, endLine, endColumn);
    }

    /// <summary>A one-character span at <paramref name="index"/> of <paramref name="text"/>, counting lines and columns.</summary>
    public SourceSpan SpanAt(string text, int index, int offsetShift)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new SourceSpan(Path, Clamp(index + offsetShift), Clamp(index + offsetShift + 1), line, column, line, column + 1);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > TextLength ? TextLength : offset;

    /// <summary>The diagnostics in file order (stable for equal positions).</summary>
    public EquatableArray<TemplateDiagnostic> ToArray() =>
        _diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.StartOffset)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToEquatableArray();
}
