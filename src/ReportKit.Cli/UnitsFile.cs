using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Templates;

namespace ReportKit.Cli;

/// <summary>A problem of a units file at its line and column (line 0: the file as a whole).</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The line, from 1 as Excel numbers rows; 0 for the whole file.</param>
/// <param name="Column">The character column of the field at fault, from 1.</param>
/// <param name="Message">What is wrong and what to do, in the command's language.</param>
internal sealed record UnitsFileProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>In the clerk's words, as <c>forms</c> and <c>summarize</c> print it: <c>don-vi.csv, dòng 7: …</c>.</summary>
    public override string ToString() => (Line == 0 ? Path : UnitsFile.At(Path, Line)) + ": " + Message;

    /// <summary>In the <c>file(line,col): error: …</c> shape of <c>check</c>, for editors and scripts.</summary>
    public string Diagnostic => (Line == 0 ? Path : $"{Path}({Line},{Column})") + ": error: " + Message;
}

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
    public static (UnitTree? Tree, IReadOnlyList<UnitsFileProblem> Problems) Read(string path, IReadOnlyList<string>? levels = null)
    {
        var (tree, _, problems) = Read(path, levels, plan: null);
        return (tree, problems);
    }

    /// <summary>
    /// Reads the units and, with <paramref name="plan"/>, the thresholds of the optional <c>targets</c> column, each
    /// checked against the plan's targets (<see cref="ReadTargets"/>); problems are located at their line.
    /// </summary>
    public static (UnitTree? Tree, IReadOnlyList<UnitTarget> Targets, IReadOnlyList<UnitsFileProblem> Problems) Read(string path, IReadOnlyList<string>? levels, PlanSpec? plan)
    {
        var assigned = new List<UnitTarget>();
        var problems = new List<UnitsFileProblem>();
        var units = new List<Row>();
        if (ReadLines(path, out var notUtf8) is not { } lines)
            return (null, assigned, new[] { new UnitsFileProblem(path, 0, 1, notUtf8!) });

        var header = lines.Length == 0 ? new List<string>() : Split(lines[0], out _).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var withTargets = header.SequenceEqual(Columns.Append(TargetsColumn));
        if (!withTargets && !header.SequenceEqual(Columns))
            return (null, assigned, new[] { new UnitsFileProblem(path, 1, 1, Say.T(
                $"dòng đầu phải là '{string.Join(",", Columns)}' (hoặc thêm cột ',{TargetsColumn}')",
                $"the first line must be the header '{string.Join(",", Columns)}' (or with ',{TargetsColumn}' added)")) });
        var width = Columns.Length + (withTargets ? 1 : 0);

        var known = levels is { Count: > 0 } ? new HashSet<string>(levels, StringComparer.Ordinal) : null;
        // Ids of lines refused above: their children are not told again that their parent is missing.
        var refused = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var starts = new List<int>();
            var fields = Split(lines[i], out var unclosed, starts).Select(f => f.Trim().Normalize(NormalizationForm.FormC)).ToArray();
            UnitsFileProblem Problem(int field, string message)
            {
                if (fields.Length > 0 && fields[0].Length > 0)
                    refused.Add(fields[0]);
                return new UnitsFileProblem(path, i + 1, field < starts.Count ? starts[field] : 1, message);
            }
            if (unclosed)
            {
                problems.Add(Problem(0, Say.T("dấu ngoặc kép (\") mở mà không đóng", "a quote (\") is opened and not closed")));
                continue;
            }
            if (fields.Length != width)
            {
                problems.Add(Problem(0, Say.T($"cần {width} cột {string.Join(",", header)}, dòng này có {fields.Length}", $"{width} columns {string.Join(",", header)} needed, this line has {fields.Length}")));
                continue;
            }
            if (fields[0].Length == 0 || fields[1].Length == 0)
            {
                problems.Add(fields[0].Length == 0
                    ? Problem(0, Say.T("mã đơn vị (id) không được trống", "the unit id is blank"))
                    : Problem(1, Say.T("tên đơn vị (name) không được trống", "the unit name is blank")));
                continue;
            }
            if (known is not null && fields[3].Length > 0 && !known.Contains(fields[3]))
            {
                problems.Add(Problem(3, Say.T($"cấp «{fields[3]}» không có trong kế hoạch (các cấp: {string.Join(", ", levels!)})", $"level «{fields[3]}» is not in the plan (its levels: {string.Join(", ", levels!)})")));
                continue;
            }
            units.Add(new Row(new Unit(fields[0], fields[1], Blank(fields[2]), Blank(fields[3])), i + 1, starts.ToArray()));
            if (withTargets && plan is not null)
                assigned.AddRange(ReadTargets(message => new UnitsFileProblem(path, i + 1, starts[4], message), units[^1].Unit, fields[4], plan, problems));
        }

        problems.AddRange(TreeProblems(path, units, levels, refused));
        if (problems.Count > 0)
            return (null, assigned, problems.OrderBy(p => p.Line).ToList());
        return UnitTree.TryCreate(units.Select(u => u.Unit), out var tree, out var treeProblems)
            ? (tree, assigned, problems)
            : (null, assigned, treeProblems.Select(p => new UnitsFileProblem(path, 0, 1, p)).ToList());
    }

    /// <summary>A unit read from the file, with its line and the character column where each field starts.</summary>
    private sealed record Row(Unit Unit, int Line, int[] Columns)
    {
        public UnitsFileProblem Problem(string path, int field, string message) => new(path, Line, field < Columns.Length ? Columns[field] : 1, message);
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
            problem = Say.T("tệp không phải UTF-8; trong Excel hãy lưu bằng \"CSV UTF-8 (Comma delimited)\"", "the file is not UTF-8; in Excel save it as \"CSV UTF-8 (Comma delimited)\"");
            return null;
        }
    }

    /// <summary>A line of the file, in the clerk's words: <c>don-vi.csv, dòng 7</c>.</summary>
    internal static string At(string path, int line) => $"{path}, {Say.T("dòng", "line")} {line}";

    /// <summary>
    /// The hierarchy mistakes a clerk makes in the file (a repeated id, a parent not in the list, a chain of
    /// parents that loops, with the plan's <paramref name="levels"/> a unit whose level is not below its parent's),
    /// located at their line; <see cref="UnitTree.TryCreate"/> stays the final judge.
    /// </summary>
    private static IEnumerable<UnitsFileProblem> TreeProblems(string path, IReadOnlyList<Row> units, IReadOnlyList<string>? levels, IReadOnlySet<string> refused)
    {
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var levelOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in units)
        {
            var unit = row.Unit;
            if (!lineOf.TryAdd(unit.Id, row.Line))
            {
                yield return row.Problem(path, 0, Say.T(
                    $"mã đơn vị '{unit.Id}' bị trùng với dòng {lineOf[unit.Id]}; mỗi đơn vị một mã riêng",
                    $"unit id '{unit.Id}' is also at line {lineOf[unit.Id]}; each unit needs its own id"));
            }
            else
            {
                parentOf[unit.Id] = unit.ParentId;
                levelOf[unit.Id] = unit.LevelId;
            }
        }

        var inLoop = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in units)
        {
            var (unit, line) = (row.Unit, row.Line);
            if (unit.ParentId is { } parent && !lineOf.ContainsKey(parent) && !refused.Contains(parent))
            {
                yield return row.Problem(path, 2, Say.T(
                    $"đơn vị cấp trên '{parent}' của '{unit.Id}' không có trong danh sách; ghi mã (id) của một đơn vị trong tệp, hoặc để trống nếu là đơn vị gốc",
                    $"parent '{parent}' of '{unit.Id}' is not in the list; give the id of a unit of the file, or leave it blank for a root"));
                continue;
            }

            // Levels are listed bottom up: a unit's level must come before its parent's.
            if (levels is not null && unit.ParentId is { } above && unit.LevelId is { } level && levelOf.GetValueOrDefault(above) is { } parentLevel &&
                levels.ToList().IndexOf(level) is var own and >= 0 && levels.ToList().IndexOf(parentLevel) is var theirs and >= 0 && own >= theirs)
            {
                yield return row.Problem(path, 3, Say.T(
                    $"đơn vị '{unit.Id}' cấp «{level}» không thể trực thuộc '{above}' cấp «{parentLevel}»: cấp trên phải cao hơn (các cấp từ dưới lên: {string.Join(", ", levels)})",
                    $"unit '{unit.Id}' at level «{level}» cannot sit under '{above}' at level «{parentLevel}»: the parent's level must be higher (levels bottom up: {string.Join(", ", levels)})"));
                continue;
            }

            var chain = new List<string> { unit.Id };
            for (var current = unit.ParentId; current is not null && chain.Count <= lineOf.Count; current = parentOf.GetValueOrDefault(current))
            {
                if (current == unit.Id && !inLoop.Contains(unit.Id))
                {
                    inLoop.UnionWith(chain);
                    yield return row.Problem(path, 2, Say.T("các đơn vị cấp trên tạo thành vòng: ", "the parents form a cycle: ") + string.Join(" → ", chain.Append(unit.Id)) +
                                                      Say.T("; sửa cột parent để có một đơn vị gốc", "; fix the parent column so that one unit is the root"));
                    break;
                }
                chain.Add(current);
            }
        }
    }

    /// <summary>
    /// Writes units in the same format (for <c>demo</c>, so clerks see an example, and the skeleton of <c>units</c>); with
    /// <paramref name="withTargets"/> the <c>targets</c> column too, blank.
    /// </summary>
    public static string Write(UnitTree units, bool withTargets = false)
    {
        var columns = withTargets ? Columns.Append(TargetsColumn) : Columns;
        var builder = new StringBuilder(string.Join(",", columns)).Append('\n');
        foreach (var unit in units.Units)
            builder.Append(string.Join(",", new[] { unit.Id, unit.Name, unit.ParentId ?? "", unit.LevelId ?? "" }.Concat(withTargets ? new[] { "" } : Array.Empty<string>()).Select(Quote))).Append('\n');
        return builder.ToString();
    }

    private static string? Blank(string field) => field.Length == 0 ? null : field;

    // One unit per line: a line break inside a name is written as a space (the reader reads line by line).
    private static string Quote(string field)
    {
        field = field.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return field.IndexOfAny(new[] { ',', '"' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>The fields of a CSV line; <paramref name="starts"/>, when given, receives the character column (from 1) where each begins.</summary>
    internal static List<string> Split(string line, out bool unclosed, List<int>? starts = null)
    {
        starts?.Add(1);
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
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); starts?.Add(i + 2); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        unclosed = quoted;
        return fields;
    }
}
