using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Cli;

/// <summary>
/// How the command names a unit in its messages: by its name, and when the units file gives that name to more than
/// one unit (two "Chi bộ Công an xã" of two communes), by its name and id, so the clerk knows which one is meant.
/// </summary>
internal sealed class UnitLabels
{
    private readonly HashSet<string> _shared;

    public UnitLabels(IEnumerable<Unit> units) =>
        _shared = units.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>Chi bộ Thôn 1</c>, or <c>Chi bộ Công an xã (chi_bo_cong_an_2)</c> when the name is not unique.</summary>
    public string Of(Unit unit) => _shared.Contains(unit.Name) ? $"{unit.Name} ({unit.Id})" : unit.Name;
}
