using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportKit.Cli;

/// <summary>
/// The unit list of an office, as a CSV file a clerk keeps in Excel: a header line
/// <c>id,name,parent,level</c>, then one unit per line (UTF-8; fields may be quoted).
/// </summary>
internal static class UnitsFile
{
    public static readonly string[] Columns = { "id", "name", "parent", "level" };

    /// <summary>Reads the units; problems come back located as <c>file(line): …</c>.</summary>
    public static (UnitTree? Tree, IReadOnlyList<string> Problems) Read(string path)
    {
        var problems = new List<string>();
        var units = new List<Unit>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || !Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Columns))
            return (null, new[] { $"{path}(1): dòng đầu phải là '{string.Join(",", Columns)}' (the first line must be the header)" });

        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var fields = Split(lines[i]).Select(f => f.Trim().Normalize(NormalizationForm.FormC)).ToArray();
            if (fields.Length != Columns.Length || fields[0].Length == 0 || fields[1].Length == 0)
            {
                problems.Add($"{path}({i + 1}): cần 4 cột id,name,parent,level, id và name không được trống");
                continue;
            }
            units.Add(new Unit(fields[0], fields[1], Blank(fields[2]), Blank(fields[3])));
        }

        if (problems.Count > 0)
            return (null, problems);
        return UnitTree.TryCreate(units, out var tree, out var treeProblems)
            ? (tree, problems)
            : (null, treeProblems.Select(p => $"{path}: {p}").ToList());
    }

    /// <summary>Writes units in the same format (for <c>demo</c>, so clerks see an example).</summary>
    public static string Write(UnitTree units)
    {
        var builder = new StringBuilder(string.Join(",", Columns)).Append('\n');
        foreach (var unit in units.Units)
            builder.Append(string.Join(",", new[] { unit.Id, unit.Name, unit.ParentId ?? "", unit.LevelId ?? "" }.Select(Quote))).Append('\n');
        return builder.ToString();
    }

    private static string? Blank(string field) => field.Length == 0 ? null : field;

    private static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
