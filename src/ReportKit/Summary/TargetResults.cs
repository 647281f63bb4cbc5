using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>A threshold the plan assigns to one unit for one target, in place of the template's (a per-unit target).</summary>
/// <param name="UnitId">The unit; it must sit at the target's level.</param>
/// <param name="TargetId">The target; it must judge each unit of a level (not the consolidated total).</param>
/// <param name="Threshold">The unit's threshold, in the indicator's terms (a fraction for a percent).</param>
public sealed record UnitTarget(string UnitId, string TargetId, decimal Threshold);

/// <summary>How one unit stands against one target.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Value">Its value of the judged indicator (its row, rolled up below it); null when blank.</param>
/// <param name="Threshold">The threshold it is judged against (its own, when the plan assigns one).</param>
/// <param name="Met">True or false when judged; null when the unit has no value (it did not report it): not judged, never a shortfall.</param>
public sealed record UnitTargetResult(Unit Unit, decimal? Value, decimal Threshold, bool? Met)
{
    /// <summary>True when the unit has a value and was judged.</summary>
    public bool IsJudged => Met is not null;
}

/// <summary>How a target stands in a summary.</summary>
/// <param name="Target">The target.</param>
/// <param name="LevelName">The name of the level judged (<c>Huyện</c>); null for a target on the consolidated value.</param>
/// <param name="Units">Per unit of the level, in tree order (empty for a target on the consolidated value).</param>
/// <param name="Value">For a target on the consolidated value: the total's value (null when blank); otherwise null.</param>
/// <param name="Achieved">
/// Đạt / chưa đạt for the whole: enough units of the level met it (<see cref="Met"/> of <see cref="Total"/> reach the share;
/// a unit that did not report counts as not having met it), or the consolidated value meets the threshold. Null when it
/// cannot be judged: no unit of the level is in the summary, or the consolidated value is blank.
/// </param>
public sealed record TargetResult(TargetSpec Target, string? LevelName, IReadOnlyList<UnitTargetResult> Units, decimal? Value, bool? Achieved)
{
    /// <summary>Units of the level that met the threshold (the x of x/y).</summary>
    public int Met => Units.Count(u => u.Met == true);

    /// <summary>Units of the level judged (the y of x/y): all of them, reported or not.</summary>
    public int Total => Units.Count;

    /// <summary>Units of the level that have no value (did not report it): not judged.</summary>
    public int NotReported => Units.Count(u => !u.IsJudged);

    /// <summary><see cref="Met"/> / <see cref="Total"/> in percent (0–100, 2 decimals); null when there are no units or for a consolidated target.</summary>
    public decimal? MetPercent => Numbers.Percent(Met, Total);

    /// <summary>True when some unit of the level was judged against a threshold of its own (the plan assigns targets per unit).</summary>
    public bool HasUnitThresholds => Units.Any(u => u.Threshold != Target.Threshold);
}

/// <summary>
/// The plan's targets judged on a <see cref="ReportSummary"/>: values computed from the summary's rows (each unit of a
/// target's level by its own row, rolled up below it; a consolidated target by the total row). A shortfall is a result,
/// never a validation problem.
/// </summary>
public static class TargetResults
{
    /// <summary>
    /// Judges every target of the summary's report (<see cref="TargetQueries.TargetsOf"/>), in the plan's order.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <param name="assigned">Thresholds the plan assigns per unit (from the units file's <c>targets</c> column); none if null.</param>
    /// <exception cref="ArgumentException">An assigned threshold names an unknown target, a target on the consolidated value, or a unit not of the target's level in the summary.</exception>
    public static IReadOnlyList<TargetResult> Judge(ReportSummary summary, IEnumerable<UnitTarget>? assigned = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var targets = summary.Plan.TargetsOf(summary.Report);
        var own = CheckAssigned(summary, assigned);
        var column = summary.Columns.Select((c, i) => (c, i))
            .Where(p => p.c.ItemId is null)
            .ToDictionary(p => p.c.IndicatorId, p => p.i, StringComparer.Ordinal);
        var rows = summary.Rows.Where(r => !r.IsOwn).ToArray();
        var results = new List<TargetResult>(targets.Count);
        foreach (var target in targets)
        {
            // A disaggregated indicator without a total column (items overlap) has no value to judge: its total is blank.
            decimal? ValueOf(SummaryRow row) => column.TryGetValue(target.Indicator, out var i) ? row.Values[i] : null;
            if (target.IsConsolidated)
            {
                var total = ValueOf(summary.Total);
                results.Add(new TargetResult(target, null, Array.Empty<UnitTargetResult>(), total,
                    TargetQueries.Meets(total, target.Comparison, target.Threshold)));
                continue;
            }

            var units = rows.Where(r => r.Unit!.LevelId == target.Level)
                .Select(r =>
                {
                    var threshold = own.TryGetValue((r.Unit!.Id, target.Id), out var t) ? t : target.Threshold;
                    var value = ValueOf(r);
                    return new UnitTargetResult(r.Unit, value, threshold, TargetQueries.Meets(value, target.Comparison, threshold));
                })
                .ToArray();
            var met = units.Count(u => u.Met == true);
            var levelName = summary.Plan.Levels.FirstOrDefault(l => l.Id == target.Level)?.Name;
            results.Add(new TargetResult(target, levelName, units, null,
                units.Length == 0 ? null : TargetQueries.Achieved(met, units.Length, target.Share ?? 1m)));
        }

        return results;
    }

    private static Dictionary<(string Unit, string Target), decimal> CheckAssigned(ReportSummary summary, IEnumerable<UnitTarget>? assigned)
    {
        var result = new Dictionary<(string, string), decimal>();
        if (assigned is null)
            return result;
        var levelOf = summary.Rows.Where(r => !r.IsOwn).ToDictionary(r => r.Unit!.Id, r => r.Unit!.LevelId, StringComparer.Ordinal);
        foreach (var given in assigned)
        {
            var target = summary.Plan.Targets.FirstOrDefault(t => t.Id == given.TargetId)
                ?? throw new ArgumentException($"Kế hoạch không có chỉ tiêu '{given.TargetId}' (giao cho đơn vị '{given.UnitId}').", nameof(assigned));
            if (target.IsConsolidated)
                throw new ArgumentException($"Chỉ tiêu '{target.Id}' tính trên số tổng hợp, không giao riêng cho từng đơn vị ('{given.UnitId}').", nameof(assigned));
            // A unit outside this summary (another district's list) is not judged here; one inside it must be of the level.
            if (levelOf.TryGetValue(given.UnitId, out var level) && level != target.Level)
                throw new ArgumentException($"Chỉ tiêu '{target.Id}' đánh giá các đơn vị cấp '{target.Level}'; đơn vị '{given.UnitId}' thuộc cấp '{level ?? "(không ghi)"}'.", nameof(assigned));
            if (!result.TryAdd((given.UnitId, given.TargetId), given.Threshold))
                throw new ArgumentException($"Chỉ tiêu '{target.Id}' được giao hai lần cho đơn vị '{given.UnitId}'.", nameof(assigned));
        }

        return result;
    }
}
