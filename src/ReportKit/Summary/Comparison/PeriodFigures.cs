using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit;

/// <summary>
/// The figures of one report for one period, per unit row and for the total, as its summary holds them: what a later
/// period is compared with (<see cref="PeriodComparison"/>) or adds up over the year (<see cref="YearToDate"/>).
/// Built from a <see cref="ReportSummary"/> (<see cref="Of"/>) or read back from a summary workbook.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ReportId">The report.</param>
/// <param name="PeriodKey">The period key (<c>2025-Q1</c>).</param>
/// <param name="ColumnKeys">The column keys (<see cref="SummaryColumn.Key"/>) the values follow.</param>
/// <param name="Rows">One entry per unit row, in the summary's tree order.</param>
/// <param name="Total">The total row's values, one per column key.</param>
/// <param name="Source">Where the figures come from (a file name), for messages; null when built in memory.</param>
public sealed record PeriodFigures(
    string PlanId,
    string ReportId,
    string PeriodKey,
    IReadOnlyList<string> ColumnKeys,
    IReadOnlyList<UnitFigures> Rows,
    IReadOnlyList<decimal?> Total,
    string? Source = null)
{
    /// <summary>The figures of <paramref name="summary"/>.</summary>
    public static PeriodFigures Of(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new PeriodFigures(summary.Plan.Id, summary.Report.Id, summary.Period.Key,
            summary.Columns.Select(c => c.Key).ToArray(),
            summary.Rows.Select(r => new UnitFigures(r.Unit!.Id, r.Unit.Name, r.IsOwn, r.Values)).ToArray(),
            summary.Total.Values);
    }

    /// <summary>The position of column <paramref name="columnKey"/>, or -1 when these figures have no such column.</summary>
    public int IndexOf(string columnKey)
    {
        for (var i = 0; i < ColumnKeys.Count; i++)
        {
            if (ColumnKeys[i] == columnKey)
                return i;
        }

        return -1;
    }
}

/// <summary>One unit row of <see cref="PeriodFigures"/>.</summary>
/// <param name="UnitId">The unit id (as it was in that period).</param>
/// <param name="UnitName">The unit's name then.</param>
/// <param name="IsOwn">True for a consolidating unit's own-activity row (<see cref="SummaryRow.IsOwn"/>).</param>
/// <param name="Values">One value per <see cref="PeriodFigures.ColumnKeys"/> entry; null is blank.</param>
public sealed record UnitFigures(string UnitId, string UnitName, bool IsOwn, IReadOnlyList<decimal?> Values);

/// <summary>
/// Which unit of today an earlier period's unit became (the 2025 reorganisation removed the district level and
/// merged communes): old id → new id; several old ids to one new id are summed. An id not in the map stays itself.
/// </summary>
public sealed class UnitMap
{
    private readonly Dictionary<string, string> _newIds;

    /// <summary>A map from <paramref name="pairs"/> (old id, new id); an old id given twice with different new ids is refused.</summary>
    /// <exception cref="ArgumentException">An old id is mapped to two new ids.</exception>
    public UnitMap(IEnumerable<(string OldId, string NewId)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _newIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (oldId, newId) in pairs)
        {
            if (_newIds.TryGetValue(oldId, out var other) && other != newId)
                throw new ArgumentException($"Mã đơn vị cũ “{oldId}” được chuyển thành hai đơn vị “{other}” và “{newId}”; mỗi mã cũ chỉ chuyển thành một đơn vị.", nameof(pairs));
            _newIds[oldId] = newId;
        }
    }

    /// <summary>The empty map: every unit is matched by its own id.</summary>
    public static UnitMap Identity { get; } = new(Array.Empty<(string, string)>());

    /// <summary>The pairs, old id → new id, ordered by old id.</summary>
    public IReadOnlyList<(string OldId, string NewId)> Pairs =>
        _newIds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray();

    /// <summary>The id today of the unit that had id <paramref name="oldId"/>.</summary>
    public string NewIdOf(string oldId) => _newIds.TryGetValue(oldId, out var newId) ? newId : oldId;
}
