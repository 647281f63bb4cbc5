using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportKit.Cli;

/// <summary>
/// The unit map file of <c>summarize --unit-map</c>: a CSV (UTF-8, header <c>old_id,new_id</c>) saying which unit of
/// today each unit of an earlier period became; several old ids to one new id are summed (merged communes).
/// </summary>
internal static class UnitMapFile
{
    public static readonly string[] Columns = { "old_id", "new_id" };

    /// <summary>Reads the map; problems come back located at their line (<c>doi-chieu.csv, dòng 4: …</c>).</summary>
    public static (UnitMap? Map, IReadOnlyList<string> Problems) Read(string path)
    {
        if (UnitsFile.ReadLines(path, out var notUtf8) is not { } lines)
            return (null, new[] { notUtf8! });
        if (lines.Length == 0 || !UnitsFile.Split(lines[0], out _).Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Columns))
            return (null, new[] { $"{UnitsFile.At(path, 1)}: " + Say.T($"dòng đầu phải là '{string.Join(",", Columns)}'", $"the first line must be the header '{string.Join(",", Columns)}'") });

        var problems = new List<string>();
        var pairs = new List<(string, string)>();
        var lineOf = new Dictionary<string, (string NewId, int Line)>(System.StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            var where = UnitsFile.At(path, i + 1);
            var fields = UnitsFile.Split(lines[i], out var unclosed).Select(f => f.Trim().Normalize(NormalizationForm.FormC)).ToArray();
            if (unclosed || fields.Length != Columns.Length || fields.Any(f => f.Length == 0))
            {
                problems.Add($"{where}: " + Say.T("cần 2 cột old_id,new_id, không để trống", "2 non-blank columns old_id,new_id needed"));
                continue;
            }

            if (lineOf.TryGetValue(fields[0], out var first))
            {
                if (first.NewId != fields[1])
                    problems.Add($"{where}: " + Say.T($"mã cũ '{fields[0]}' đã chuyển thành '{first.NewId}' ở dòng {first.Line}; mỗi mã cũ chỉ chuyển thành một đơn vị",
                        $"old id '{fields[0]}' already became '{first.NewId}' at line {first.Line}; each old id becomes one unit"));
                continue;
            }

            lineOf[fields[0]] = (fields[1], i + 1);
            pairs.Add((fields[0], fields[1]));
        }

        return problems.Count > 0 ? (null, problems) : (new UnitMap(pairs), problems);
    }
}
