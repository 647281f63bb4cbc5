using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Summary;

/// <summary>
/// Unit names for sheets that list units outside the tree (status, narratives, problems): a name shared by
/// several units (<c>Chi bộ Thôn 2</c> in two communes) gets its parent: <c>Chi bộ Thôn 2 (Đảng ủy xã Tân Lập)</c>.
/// </summary>
internal sealed class UnitNames
{
    private readonly Dictionary<string, Unit> _units;
    private readonly HashSet<string> _shared;

    public UnitNames(ReportSummary summary)
    {
        _units = summary.Rows.Where(r => r.Unit is not null && !r.IsOwn).ToDictionary(r => r.Unit!.Id, r => r.Unit!, StringComparer.Ordinal);
        _shared = new HashSet<string>(
            _units.Values.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key),
            StringComparer.Ordinal);
    }

    /// <summary>The unit's name, with its parent's when the name is not unique; the id of a unit not in the tree.</summary>
    public string Of(string unitId)
    {
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return unitId;
        }

        return _shared.Contains(unit.Name) && unit.ParentId is { } parentId && _units.TryGetValue(parentId, out var parent)
            ? unit.Name + " (" + parent.Name + ")"
            : unit.Name;
    }
}
