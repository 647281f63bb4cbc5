using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportKit.Testing;

/// <summary>
/// Many distinct templates for the generator at scale (its incrementality tests and benchmarks): copies of the bundled
/// seed templates in turn, each with its own plan id (the seed's id and a number) and its own file name.
/// </summary>
internal static class TemplateVariants
{
    private static readonly Regex PlanId = new(@"^(plan:\r?\n  id: )(\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary><paramref name="count"/> templates (path and text), in a stable order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Make(int count)
    {
        var seeds = Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(p)), Text: File.ReadAllText(p)))
            .ToArray();
        return Enumerable.Range(1, count).Select(i =>
        {
            var (name, text) = seeds[(i - 1) % seeds.Length];
            var number = i.ToString("D3", CultureInfo.InvariantCulture);
            if (PlanId.Matches(text).Count != 1)
                throw new InvalidDataException(name + ": the plan id is not the first line under plan:");
            var variant = PlanId.Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + "V" + number);
            return (Path.Combine(RepoPaths.Templates, "variants", name + "-" + number + ".plan.yaml"), variant);
        }).ToArray();
    }
}
