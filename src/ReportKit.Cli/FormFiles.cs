using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportKit.Cli;

/// <summary>Names of the files the command writes for units: readable, with diacritics, and safe.</summary>
internal static class FormFiles
{
    /// <summary>
    /// <c>{unit name}_{report}_{period}.xlsx</c> for each unit; when two units share a name, their ids
    /// are added so no form overwrites another.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForUnits(IEnumerable<Unit> units, string reportId, string periodKey)
    {
        var list = units.ToList();
        var shared = list.GroupBy(u => SafeFileName.From(u.Name), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return list.ToDictionary(
            u => u.Id,
            u =>
            {
                var name = SafeFileName.From(u.Name);
                if (shared.Contains(name))
                    name += " (" + SafeFileName.From(u.Id) + ")";
                return SafeFileName.From(name + "_" + reportId + "_" + periodKey) + ".xlsx";
            },
            StringComparer.Ordinal);
    }

    /// <summary>The outputs that exist already; without <c>--force</c> none of them may be touched.</summary>
    public static IReadOnlyList<string> Existing(IEnumerable<string> paths) => paths.Where(File.Exists).ToList();
}
