using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Testing;

namespace ReportKit.Templates.Tests;

/// <summary>The template files these tests read, straight from the source tree (no copy step to keep in sync).</summary>
internal static class TemplateFiles
{
    public static string Malformed(string name) => RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Malformed", name + ".plan.yaml");

    public static string Valid(string name) => RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", name + ".plan.yaml");

    public static TemplateParseResult ParseFile(string path) => PlanTemplateParser.Parse(Path.GetFileName(path), Read(path));

    /// <summary>The file's text with a leading BOM kept (File.ReadAllText would drop it, hiding what the parser must handle).</summary>
    public static string Read(string path) => new System.Text.UTF8Encoding(false).GetString(File.ReadAllBytes(path));

    /// <summary>Every malformed template file name (without <c>.plan.yaml</c>).</summary>
    public static IEnumerable<string> MalformedNames() =>
        Directory.GetFiles(RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Malformed"), "*.plan.yaml")
            .Select(f => Path.GetFileName(f).Replace(".plan.yaml", ""))
            .OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>The seed templates under templates/ (may be none yet) and the valid test templates.</summary>
    public static IReadOnlyList<string> ValidTemplateTexts()
    {
        var files = new List<string>();
        if (Directory.Exists(RepoPaths.Templates))
            files.AddRange(RepoPaths.BundledTemplatePaths());
        files.AddRange(Directory.GetFiles(RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid"), "*.plan.yaml"));
        return files.OrderBy(f => f, StringComparer.Ordinal).Select(Read).ToList();
    }
}
