using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReportKit.Excel.Import;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>docs/problem-codes.md lists exactly the validation and import problem catalogues, with their severities and titles.</summary>
public sealed class ProblemCodesDocTests
{
    private static readonly string DocPath = RepoPaths.Combine("docs", "problem-codes.md");

    [Fact]
    public void Validation_table_lists_exactly_the_catalogue()
    {
        var expected = ValidationProblems.All.Select(d => (d.Code, d.Severity.ToString().ToLowerInvariant(), d.Title));

        AssertTable("## Validation problems", expected);
    }

    [Fact]
    public void Import_table_lists_exactly_the_catalogue()
    {
        var expected = ImportProblems.All.Select(d => (d.Code, d.Severity.ToString().ToLowerInvariant(), d.Title));

        AssertTable("## Import problems", expected);
    }

    private static void AssertTable(string heading, IEnumerable<(string Code, string Severity, string Title)> expected)
    {
        var rows = Rows(heading);
        var wanted = expected.ToArray();
        Assert.True(wanted.SequenceEqual(rows), "the table under '" + heading + "' in docs/problem-codes.md should read:\n" +
            string.Join("\n", wanted.Select(r => "| `" + r.Code + "` | " + r.Severity + " | " + r.Title + " |")));
    }

    private static IReadOnlyList<(string, string, string)> Rows(string heading)
    {
        var lines = File.ReadAllLines(DocPath);
        var start = Array.FindIndex(lines, l => l.Trim() == heading);
        Assert.True(start >= 0, "docs/problem-codes.md has no '" + heading + "' section");
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @"^\|\s*`([^`]+)`\s*\|\s*(\w+)\s*\|\s*(.*?)\s*\|\s*$"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))
            .ToArray();
    }
}
