using System.Linq;
using System.Collections.Generic;
using System;
using ReportKit.Templates.Parsing;

namespace ReportKit.Templates;

/// <summary>
/// The template front end: turns the text of a <c>*.plan.yaml</c> file into a checked <see cref="PlanSpec"/>
/// and RK diagnostics. One front end serves the source generator (build time) and the command line
/// (run time), so a template means the same thing in both.
/// </summary>
public static class PlanTemplateParser
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Parses and checks a plan template. Never throws, whatever the input: YAML errors become RK0001.
    /// Returns a <see cref="PlanSpec"/> when there is no error (warnings allowed), else <c>Plan == null</c>
    /// with every problem found in one pass.
    /// </summary>
    /// <param name="path">The template's path, carried into every <see cref="SourceSpan"/>.</param>
    /// <param name="text">The template's text.</param>
    public static TemplateParseResult Parse(string path, string text)
    {
        path ??= string.Empty;
        text ??= string.Empty;
        var sink = new DiagnosticSink(path, text.Length);
        try
        {
            // A leading BOM is an encoding mark, not content; offsets still count it, columns do not.
            var shift = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
            if (YamlTreeBuilder.TryLoad(text.Substring(shift), shift, sink, out var root))
            {
                var plan = new PlanReader(sink).Read(root);
                return new TemplateParseResult(sink.HasErrors ? null : plan, sink.ToArray());
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The reader is meant to report, not throw; this keeps one bad file from ever taking the
            // whole generator run down if some input still slips through.
            sink.Report(TemplateDiagnostics.YamlSyntax, SourceSpan.StartOf(path),
                "the template could not be read (" + exception.GetType().Name + ": " + exception.Message + ")");
        }

        return new TemplateParseResult(null, sink.ToArray());
    }

    /// <summary>
    /// RK0029 for each template whose plan id gives the same C# class name as a template earlier in path
    /// order: one project (or one <c>reportkit check</c>) cannot hold two plans of one name.
    /// </summary>
    /// <param name="plans">Each plan's id and location (its path is the template's).</param>
    public static IReadOnlyList<TemplateDiagnostic> DuplicatePlanIds(IEnumerable<(string PlanId, SourceSpan Location)> plans)
    {
        var diagnostics = new List<TemplateDiagnostic>();
        // Case-insensitively: generated file names (hint names) are compared that way, and so are file systems.
        foreach (var group in plans.GroupBy(p => Identifiers.ToPascalCase(p.PlanId), StringComparer.OrdinalIgnoreCase))
        {
            var ordered = group.GroupBy(p => p.Location.Path, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(p => p.Location.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
                diagnostics.Add(TemplateDiagnostics.DuplicatePlanId.Create(duplicate.Location, duplicate.PlanId, ordered[0].Location.Path));
        }

        return diagnostics;
    }
}
