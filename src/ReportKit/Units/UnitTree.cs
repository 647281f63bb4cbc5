using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit;

/// <summary>
/// A checked forest of units: ids unique, every parent known, no cycles. <see cref="Units"/> lists them in
/// tree order (depth first, each unit before its children; roots and siblings keep the order they were given in),
/// which is the order of rows in a summary.
/// </summary>
public sealed class UnitTree
{
    private readonly Dictionary<string, Unit> _byId;
    private readonly Dictionary<string, List<Unit>> _children;
    private readonly Dictionary<string, int> _depth;
    private readonly Dictionary<string, int> _order;
    private readonly Dictionary<string, string> _labels;

    private UnitTree(IReadOnlyList<Unit> given)
    {
        _byId = given.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _children = given.ToDictionary(u => u.Id, _ => new List<Unit>(), StringComparer.Ordinal);
        foreach (var unit in given)
        {
            if (unit.ParentId is not null)
                _children[unit.ParentId].Add(unit);
        }

        Roots = given.Where(u => u.ParentId is null).ToArray();
        var ordered = new List<Unit>(given.Count);
        _depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<(Unit Unit, int Depth)>(Roots.Reverse().Select(r => (r, 0)));
        while (stack.Count > 0)
        {
            var (unit, depth) = stack.Pop();
            ordered.Add(unit);
            _depth[unit.Id] = depth;
            for (var i = _children[unit.Id].Count - 1; i >= 0; i--)
                stack.Push((_children[unit.Id][i], depth + 1));
        }

        Units = ordered;
        _labels = Labels(given, _byId);
        _order = ordered.Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>All units in tree order.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The units without a parent, in the order given.</summary>
    public IReadOnlyList<Unit> Roots { get; }

    /// <summary>The unit with id <paramref name="id"/>; throws <see cref="KeyNotFoundException"/> if there is none.</summary>
    public Unit this[string id] => _byId.TryGetValue(id, out var unit)
        ? unit
        : throw new KeyNotFoundException($"No unit '{id}' in the tree.");

    /// <summary>
    /// Checks and builds a tree. Throws <see cref="UnitTreeException"/> listing every problem (duplicate ids,
    /// unknown parents, cycles, blank ids or names).
    /// </summary>
    public static UnitTree Create(IEnumerable<Unit> units) =>
        TryCreate(units, out var tree, out var problems) ? tree! : throw new UnitTreeException(problems);

    /// <summary>Checks and builds a tree; false with the problems (in Vietnamese) when the units do not form one.</summary>
    public static bool TryCreate(IEnumerable<Unit> units, out UnitTree? tree, out IReadOnlyList<string> problems)
    {
        var given = units.ToArray();
        if (given.Any(u => u is null || (object?)u.Id is null || (object?)u.Name is null))
            throw new ArgumentException("A unit, its id or its name is null.", nameof(units));
        var found = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in given)
        {
            if (string.IsNullOrWhiteSpace(unit.Id))
                found.Add($"Đơn vị «{unit.Name}» không có mã.");
            else if (!ids.Add(unit.Id))
                found.Add($"Mã đơn vị «{unit.Id}» bị trùng.");
            if (string.IsNullOrWhiteSpace(unit.Name))
                found.Add($"Đơn vị «{unit.Id}» không có tên.");
        }

        var byId = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in given)
            byId.TryAdd(unit.Id, unit);
        foreach (var unit in given)
        {
            if (unit.ParentId is not null && !byId.ContainsKey(unit.ParentId))
                found.Add($"Đơn vị «{unit.Name}» ({unit.Id}) thuộc đơn vị cấp trên «{unit.ParentId}» không có trong danh sách.");
        }

        // A cycle is a chain of parents that comes back to where it started; report each cycle once, by its first unit in input order.
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in given)
        {
            if (inCycle.Contains(unit.Id))
                continue;
            var seen = new List<string>();
            var current = unit;
            while (current.ParentId is not null && byId.TryGetValue(current.ParentId, out var parent))
            {
                seen.Add(current.Id);
                if (parent.Id == unit.Id)
                {
                    inCycle.UnionWith(seen);
                    found.Add("Các đơn vị cấp trên tạo thành vòng: " + string.Join(" → ", seen.Append(unit.Id)) + ".");
                    break;
                }

                if (seen.Contains(parent.Id))
                    break;
                current = parent;
            }
        }

        problems = found;
        tree = found.Count == 0 ? new UnitTree(given) : null;
        return tree is not null;
    }

    /// <summary>
    /// The unit's name as messages and sheets show it, so a clerk can tell which unit is meant: the name alone when no
    /// other unit has it (names compared without case); a shared name with its parent's,
    /// <c>Chi bộ Thôn 2 (Đảng ủy xã Tân Lập)</c>; the id only when the parent does not tell them apart (a root, or
    /// parents of one name too): <c>Chi bộ Thôn 2 (cb2)</c>.
    /// </summary>
    public string LabelOf(string id) => _labels[this[id].Id];

    /// <summary>
    /// <see cref="LabelOf"/> for a unit of the tree; the id itself for one the tree does not have (a file sent by a unit
    /// missing from the list).
    /// </summary>
    public string LabelOrId(string id) => _labels.TryGetValue(id, out var label) ? label : id;

    /// <summary>
    /// Whom the unit sends its report (or its consolidated summary) to: its parent in the tree; for a root, the level
    /// above its own in the plan's <c>levels</c> (bottom up); null for a root at the plan's top level or without a level
    /// (the plan names nobody above it: forms then name the plan's issuer).
    /// </summary>
    public string? RecipientOf(string id, ReportKit.Templates.PlanSpec plan)
    {
        if (plan is null)
            throw new ArgumentNullException(nameof(plan));
        return ParentOf(id) is { } parent ? parent.Name : LevelAbove(plan, this[id].LevelId);
    }

    /// <summary>The name of the level above <paramref name="levelId"/> in the plan's <c>levels</c> (bottom up); null at the top or for no level.</summary>
    public static string? LevelAbove(ReportKit.Templates.PlanSpec plan, string? levelId)
    {
        if (plan is null)
            throw new ArgumentNullException(nameof(plan));
        var levels = plan.Levels.Select(l => l.Id).ToList();
        var level = levelId is null ? -1 : levels.IndexOf(levelId);
        return level >= 0 && level + 1 < levels.Count ? plan.Levels[level + 1].Name : null;
    }

    /// <summary>True when the tree has a unit with this id.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The unit with this id, or null.</summary>
    public Unit? Find(string id) => _byId.TryGetValue(id, out var unit) ? unit : null;

    /// <summary>The unit's children, in the order given.</summary>
    public IReadOnlyList<Unit> ChildrenOf(string id) => _children[this[id].Id];

    /// <summary>The unit's parent, or null for a root.</summary>
    public Unit? ParentOf(string id) => this[id].ParentId is { } parentId ? _byId[parentId] : null;

    /// <summary>How deep the unit sits: 0 for a root.</summary>
    public int DepthOf(string id) => _depth[this[id].Id];

    /// <summary>True when the unit has no children.</summary>
    public bool IsLeaf(string id) => ChildrenOf(id).Count == 0;

    /// <summary>The unit and all units below it, in tree order.</summary>
    public IReadOnlyList<Unit> SubtreeOf(string id)
    {
        var start = _order[this[id].Id];
        var depth = _depth[id];
        var list = new List<Unit> { Units[start] };
        for (var i = start + 1; i < Units.Count && _depth[Units[i].Id] > depth; i++)
            list.Add(Units[i]);
        return list;
    }

    /// <summary>The unit's ancestors, nearest first.</summary>
    public IEnumerable<Unit> AncestorsOf(string id)
    {
        for (var parent = ParentOf(id); parent is not null; parent = ParentOf(parent.Id))
            yield return parent;
    }

    private static Dictionary<string, string> Labels(IReadOnlyList<Unit> units, Dictionary<string, Unit> byId)
    {
        string? ParentName(Unit unit) => unit.ParentId is { } parentId ? byId[parentId].Name : null;
        var labels = new Dictionary<string, string>(units.Count, StringComparer.Ordinal);
        foreach (var sameName in units.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (sameName.Count() == 1)
            {
                labels[sameName.First().Id] = sameName.First().Name;
                continue;
            }

            foreach (var sameParent in sameName.GroupBy(ParentName, StringComparer.OrdinalIgnoreCase))
            {
                var byParent = sameParent.Key is not null && sameParent.Count() == 1;
                foreach (var unit in sameParent)
                    labels[unit.Id] = unit.Name + " (" + (byParent ? sameParent.Key : unit.Id) + ")";
            }
        }

        return labels;
    }

    /// <summary>The unit's position in <see cref="Units"/>.</summary>
    internal int OrderOf(string id) => _order[this[id].Id];
}

/// <summary>Thrown by <see cref="UnitTree.Create"/> when the units do not form a tree.</summary>
public sealed class UnitTreeException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public UnitTreeException(IReadOnlyList<string> problems)
        : base("Danh sách đơn vị không tạo thành cây: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in Vietnamese.</summary>
    public IReadOnlyList<string> Problems { get; }
}
