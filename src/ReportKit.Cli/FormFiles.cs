using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Excel;

namespace ReportKit.Cli;

/// <summary>Names of the files the command writes for units: readable, with diacritics, and safe.</summary>
internal static class FormFiles
{
    /// <summary>
    /// <c>{unit name}_{report}_{period}.xlsx</c> for each unit; a long unit name is shortened, never the report and
    /// period; when two units end up with the same name, their ids are added so no form overwrites another.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForUnits(IEnumerable<Unit> units, string reportId, string periodKey)
    {
        var list = units.ToList();
        var suffix = "_" + SafeFileName.From(reportId) + "_" + SafeFileName.From(periodKey) + ".xlsx";
        string Name(string unitName, string tag) =>
            SafeFileName.From(unitName, SafeFileName.MaxBytes - Encoding.UTF8.GetByteCount(suffix + tag)) + tag + suffix;

        var plain = list.ToDictionary(u => u.Id, u => Name(u.Name, ""), StringComparer.Ordinal);
        var shared = plain.Values.GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return list.ToDictionary(
            u => u.Id,
            u => shared.Contains(plain[u.Id]) ? Name(u.Name, " (" + SafeFileName.From(u.Id, 40) + ")") : plain[u.Id],
            StringComparer.Ordinal);
    }

    /// <summary>The outputs that exist already; without <c>--force</c> none of them may be touched.</summary>
    public static IReadOnlyList<string> Existing(IEnumerable<string> paths) => paths.Where(File.Exists).ToList();
}
