using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Cli;

/// <summary>The four seed plan templates bundled inside the command (see <c>templates/</c>).</summary>
internal static class SeedTemplates
{
    private const string Prefix = "templates/";

    /// <summary>The bundled templates by file name, parsed; in file name order.</summary>
    public static IReadOnlyList<(string FileName, TemplateParseResult Result)> Load()
    {
        var assembly = typeof(SeedTemplates).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(TemplateFiles.Pattern.TrimStart('*'), StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                var fileName = n.Substring(Prefix.Length);
                return (fileName, PlanTemplateParser.Parse(fileName, reader.ReadToEnd()));
            })
            .ToList();
    }
}
