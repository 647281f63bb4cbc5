using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportKit.Templates;

namespace ReportKit.Generators;

/// <summary>Turns template diagnostics into Roslyn diagnostics at the template's file(line,col).</summary>
internal static class DiagnosticMapper
{
    private const string Category = "ReportKit.Templates";

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = TemplateDiagnostics.All.ToDictionary(
        d => d.Id,
        d => new DiagnosticDescriptor(d.Id, d.Title, "{0}", Category, ToRoslyn(d.Severity), isEnabledByDefault: true));

    public static Diagnostic ToRoslyn(TemplateDiagnostic diagnostic)
    {
        if (!Descriptors.TryGetValue(diagnostic.Id, out var descriptor))
            descriptor = new DiagnosticDescriptor(diagnostic.Id, diagnostic.Id, "{0}", Category, ToRoslyn(diagnostic.Severity), true);
        return Diagnostic.Create(descriptor, ToLocation(diagnostic.Location), diagnostic.Message);
    }

    private static DiagnosticSeverity ToRoslyn(TemplateSeverity severity) =>
        severity == TemplateSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

    // Template spans are 1-based (as authors count); Roslyn's LinePosition is 0-based.
    private static Location ToLocation(SourceSpan span)
    {
        var start = new LinePosition(span.StartLine - 1, span.StartColumn - 1);
        var end = new LinePosition(span.EndLine - 1, span.EndColumn - 1);
        if (end < start)
            end = start;
        var length = span.EndOffset >= span.StartOffset ? span.EndOffset - span.StartOffset : 0;
        return Location.Create(span.Path, new TextSpan(span.StartOffset, length), new LinePositionSpan(start, end));
    }
}
