using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Templates;

namespace ReportKit.Cli;

/// <summary>
/// The unit list of an office, as a CSV file a clerk keeps in Excel: a header line
/// <c>id,name,parent,level</c> (optionally <c>,targets</c>: thresholds the plan assigns to the unit, see
/// <see cref="ReadTargets"/>), then one unit per line (UTF-8; fields may be quoted).
/// </summary>
internal static partial class UnitsFile
{
    /// <summary>UTF-8 with a byte order mark, so Excel opens the file with its diacritics intact.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static readonly string[] Columns = { "id", "name", "parent", "level" };

    /// <summary>
    /// Reads the units; problems come back located at their line, as a clerk finds it in Excel
    /// (<c>don-vi.csv, dòng 7: …</c>). With <paramref name="levels"/> (the plan's level ids, in the plan's order), a
    /// level that is not one of them is a problem too; a blank level is allowed.
    /// </summary>
    public static (UnitTree? Tree, IReadOnlyList<string> Problems) Read(string path, IReadOnlyList<string>? levels = null)
    {
        var (tree, _, problems) = Read(path, levels, plan: null);
        return (tree, problems);
    }

    /// <summary>
    /// Reads the units and, with <paramref name="plan"/>, the thresholds of the optional <c>targets</c> column, each
    /// checked against the plan's targets (<see cref="ReadTargets"/>); problems are located at their line.
    /// </summary>
    public static (UnitTree? Tree, IReadOnlyList<UnitTarget> Targets, IReadOnlyList<string> Problems) Read(string path, IReadOnlyList<string>? levels, PlanSpec? plan)
    {
        var assigned = new List<UnitTarget>();
        var problems = new List<string>();
        var units = new List<(Unit Unit, int Line)>();
        if (ReadLines(path, out var notUtf8) is not { } lines)
            return (null, assigned, new[] { notUtf8! });

        var header = lines.Length == 0 ? new List<string>() : Split(lines[0], out _).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var withTargets = header.SequenceEqual(Columns.Append(TargetsColumn));
        if (!withTargets && !header.SequenceEqual(Columns))
            return (null, assigned, new[] { $"{At(path, 1)}: dòng đầu phải là '{string.Join(",", Columns)}' (hoặc thêm cột ',{TargetsColumn}') (the first line must be the header)" });
        var width = Columns.Length + (withTargets ? 1 : 0);

        var known = levels is { Count: > 0 } ? new HashSet<string>(levels, StringComparer.Ordinal) : null;
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var where = At(path, i + 1);
            var fields = Split(lines[i], out var unclosed).Select(f => f.Trim().Normalize(NormalizationForm.FormC)).ToArray();
            if (unclosed)
            {
                problems.Add($"{where}: dấu ngoặc kép (\") mở mà không đóng (unclosed quote)");
                continue;
            }
            if (fields.Length != width)
            {
                problems.Add($"{where}: cần {width} cột {string.Join(",", header)}, dòng này có {fields.Length} ({width} columns needed)");
                continue;
            }
            if (fields[0].Length == 0 || fields[1].Length == 0)
            {
                problems.Add($"{where}: {(fields[0].Length == 0 ? "mã đơn vị (id)" : "tên đơn vị (name)")} không được trống ({(fields[0].Length == 0 ? "blank id" : "blank name")})");
                continue;
            }
            if (known is not null && fields[3].Length > 0 && !known.Contains(fields[3]))
            {
                problems.Add($"{where}: cấp «{fields[3]}» không có trong kế hoạch (các cấp: {string.Join(", ", levels!)}) (unknown level)");
                continue;
            }
            units.Add((new Unit(fields[0], fields[1], Blank(fields[2]), Blank(fields[3])), i + 1));
            if (withTargets && plan is not null)
                assigned.AddRange(ReadTargets(where, units[^1].Unit, fields[4], plan, problems));
        }

        if (problems.Count == 0)
            problems.AddRange(TreeProblems(path, units));
        if (problems.Count > 0)
            return (null, assigned, problems);
        return UnitTree.TryCreate(units.Select(u => u.Unit), out var tree, out var treeProblems)
            ? (tree, assigned, problems)
            : (null, assigned, treeProblems.Select(p => $"{path}: {p}").ToList());
    }

    /// <summary>
    /// The lines of a CSV file a clerk saved, in strict UTF-8: a file saved by Excel as "CSV (Comma delimited)" is in the
    /// ANSI code page and would silently garble every diacritic; null (and the problem) instead.
    /// </summary>
    internal static string[]? ReadLines(string path, out string? problem)
    {
        problem = null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var preamble = Encoding.GetPreamble();
            var start = bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
            return text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }
        catch (DecoderFallbackException)
        {
            problem = $"{path}: tệp không phải UTF-8; trong Excel hãy lưu bằng \"CSV UTF-8 (Comma delimited)\" (the file is not UTF-8)";
            return null;
        }
    }

    /// <summary>A line of the file, in the clerk's words: <c>don-vi.csv, dòng 7</c>.</summary>
    internal static string At(string path, int line) => $"{path}, dòng {line}";

    /// <summary>
    /// The hierarchy mistakes a clerk makes in the file (a repeated id, a parent not in the list, a chain of
    /// parents that loops), located at their line; <see cref="UnitTree.TryCreate"/> stays the final judge.
    /// </summary>
    private static IEnumerable<string> TreeProblems(string path, IReadOnlyList<(Unit Unit, int Line)> units)
    {
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (unit, line) in units)
        {
            if (!lineOf.TryAdd(unit.Id, line))
                yield return $"{At(path, line)}: mã đơn vị '{unit.Id}' bị trùng với dòng {lineOf[unit.Id]} (duplicate id)";
            else
                parentOf[unit.Id] = unit.ParentId;
        }

        var inLoop = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unit, line) in units)
        {
            if (unit.ParentId is { } parent && !lineOf.ContainsKey(parent))
            {
                yield return $"{At(path, line)}: đơn vị cấp trên '{parent}' của '{unit.Id}' không có trong danh sách (unknown parent)";
                continue;
            }

            var chain = new List<string> { unit.Id };
            for (var current = unit.ParentId; current is not null && chain.Count <= lineOf.Count; current = parentOf.GetValueOrDefault(current))
            {
                if (current == unit.Id && !inLoop.Contains(unit.Id))
                {
                    inLoop.UnionWith(chain);
                    yield return $"{At(path, line)}: các đơn vị cấp trên tạo thành vòng (parent cycle): {string.Join(" → ", chain.Append(unit.Id))}";
                    break;
                }
                chain.Add(current);
            }
        }
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

    // One unit per line: a line break inside a name is written as a space (the reader reads line by line).
    private static string Quote(string field)
    {
        field = field.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return field.IndexOfAny(new[] { ',', '"' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }

    internal static List<string> Split(string line, out bool unclosed)
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
        unclosed = quoted;
        return fields;
    }
}
