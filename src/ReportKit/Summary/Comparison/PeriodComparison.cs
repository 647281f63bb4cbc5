using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>One compared figure: today's value, the same period's, the change and the change in percent, or why there is none.</summary>
/// <param name="Now">Today's value (blank: null).</param>
/// <param name="Earlier">The same period's value, summed over the old units mapped to this one; null when there is none
/// (a new unit, a blank then); given when only today's is blank.</param>
/// <param name="Change">Now − earlier; null when not comparable.</param>
/// <param name="Percent">The change in percent of the earlier value (one decimal); null when not comparable, when the
/// earlier value is 0, or for a percentage (its change is already in points).</param>
/// <param name="NotComparable">Why there is no comparison (Vietnamese, <c>đơn vị chưa có ở cùng kỳ</c>); null when compared.</param>
public sealed record ComparedValue(decimal? Now, decimal? Earlier, decimal? Change, decimal? Percent, string? NotComparable)
{
    /// <summary>What a row shows in place of figures it cannot compare.</summary>
    public const string NotComparableText = "không so sánh được";

    /// <summary>True when the value was compared (<see cref="Earlier"/> and <see cref="Change"/> are given).</summary>
    public bool IsComparable => NotComparable is null;
}

/// <summary>
/// A summary compared with the summary of the same period of the year before, for the indicators its report lists
/// under <see cref="ReportKit.Templates.ReportSpec.Compare"/>: per unit row and for the total, <see cref="ComparedValue"/>. Units are
/// matched by id through a <see cref="UnitMap"/> (several old units to one are summed); a unit with no match, or with
/// a blank on either side, is not comparable, never 0.
/// </summary>
/// <param name="Earlier">The earlier period's figures.</param>
/// <param name="EarlierLabel">The earlier period's label (<c>Quý I năm 2025</c>).</param>
/// <param name="Columns">The compared columns of today's summary (one per compared indicator, in the report's order).</param>
/// <param name="Rows">Per row of today's summary (same order), one value per compared column.</param>
/// <param name="Total">The total row, one value per compared column.</param>
public sealed record PeriodComparison(
    PeriodFigures Earlier,
    string EarlierLabel,
    IReadOnlyList<SummaryColumn> Columns,
    IReadOnlyList<IReadOnlyList<ComparedValue>> Rows,
    IReadOnlyList<ComparedValue> Total)
{
    /// <summary>
    /// Compares <paramref name="now"/> with <paramref name="earlier"/>, which must be the same period of the year before
    /// (<see cref="EarlierPeriods.RoleOf"/>).
    /// </summary>
    /// <exception cref="ComparisonRefusedException">The earlier figures are not the same period of last year of this report.</exception>
    public static PeriodComparison Compare(ReportSummary now, PeriodFigures earlier, UnitMap? map = null)
    {
        if (EarlierPeriods.RoleOf(now, earlier) != EarlierPeriodRole.SamePeriodLastYear)
            throw new ComparisonRefusedException($"Biểu kỳ {earlier.PeriodKey} không phải cùng kỳ năm trước của {now.Period.Label}.");
        var columns = ColumnsOf(now, now.Report.Compare);
        var matching = new UnitMatching(earlier, map ?? UnitMap.Identity);
        var positions = columns.Select(c => (Now: IndexIn(now, c.Key), Earlier: earlier.IndexOf(c.Key))).ToArray();
        var rows = now.Rows.Select(row =>
        {
            var matched = matching.Match(row.Unit!.Id, row.IsOwn);
            return (IReadOnlyList<ComparedValue>)positions.Select((p, i) => Value(row.Values[p.Now], p.Earlier, matched, columns[i])).ToArray();
        }).ToArray();
        var total = positions.Select((p, i) => Value(now.Total.Values[p.Now], p.Earlier, new[] { earlier.Total }, columns[i])).ToArray();
        var label = ReportingCalendar.Label(now.Report, ReportingPeriod.Parse(now.Report.Period, earlier.PeriodKey));
        return new PeriodComparison(earlier, label, columns, rows, total);
    }

    /// <summary>The comparison of unit <paramref name="unitId"/>'s row (null: the total) in column <paramref name="columnKey"/>.</summary>
    public ComparedValue For(ReportSummary summary, string? unitId, string columnKey)
    {
        var column = Columns.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Key == columnKey);
        if (column.c is null)
            throw new KeyNotFoundException($"Column '{columnKey}' is not compared.");
        if (unitId is null)
            return Total[column.i];
        var row = summary.Rows.Select((r, i) => (r, i)).First(p => !p.r.IsOwn && p.r.Unit!.Id == unitId).i;
        return Rows[row][column.i];
    }

    /// <summary>The columns of <paramref name="summary"/> holding the figures of <paramref name="indicatorIds"/> (their key is the indicator id).</summary>
    internal static SummaryColumn[] ColumnsOf(ReportSummary summary, EquatableArray<string> indicatorIds) =>
        indicatorIds.Select(id => summary.Columns.FirstOrDefault(c => c.Key == id)
            ?? throw new InvalidOperationException($"Report '{summary.Report.Id}' has no single figure for '{id}' (RK0092, RK0093).")).ToArray();

    internal static int IndexIn(ReportSummary summary, string key)
    {
        for (var i = 0; i < summary.Columns.Count; i++)
        {
            if (summary.Columns[i].Key == key)
                return i;
        }

        throw new KeyNotFoundException(key);
    }

    private static ComparedValue Value(decimal? now, int earlierColumn, IReadOnlyList<IReadOnlyList<decimal?>> matched, SummaryColumn column)
    {
        if (earlierColumn < 0)
            return new ComparedValue(now, null, null, null, "cùng kỳ không có chỉ tiêu này");
        if (matched.Count == 0)
            return new ComparedValue(now, null, null, null, "đơn vị chưa có ở cùng kỳ");
        if (matched.Count > 1 && (column.Role == ColumnRole.Computed || column.Format == ValueFormat.Percent))
            return new ComparedValue(now, null, null, null, "tỷ lệ của các đơn vị đã hợp nhất không cộng được");
        decimal earlier = 0;
        foreach (var values in matched)
        {
            if (values[earlierColumn] is not { } v)
                return new ComparedValue(now, null, null, null, matched.Count > 1 ? "thiếu số liệu cùng kỳ của đơn vị cũ" : "cùng kỳ không có số liệu");
            earlier += v;
        }

        // A blank today is not 0: the earlier figure is shown, the change is not.
        if (now is null)
            return new ComparedValue(null, earlier, null, null, "kỳ này chưa có số liệu");
        var change = now.Value - earlier;
        decimal? percent = earlier == 0 || column.Format == ValueFormat.Percent
            ? null
            : Math.Round(change * 100m / earlier, 1, MidpointRounding.AwayFromZero);
        return new ComparedValue(now, earlier, change, percent, null);
    }
}

/// <summary>The earlier rows matched to a row of today: the rows of the old units whose id today (<see cref="UnitMap"/>) is the row's unit.</summary>
internal sealed class UnitMatching
{
    private readonly Dictionary<(string Id, bool Own), List<IReadOnlyList<decimal?>>> _byNewId = new();

    public UnitMatching(PeriodFigures earlier, UnitMap map)
    {
        foreach (var row in earlier.Rows)
        {
            var key = (map.NewIdOf(row.UnitId), row.IsOwn);
            if (!_byNewId.TryGetValue(key, out var list))
                _byNewId[key] = list = new List<IReadOnlyList<decimal?>>();
            list.Add(row.Values);
        }
    }

    /// <summary>The earlier rows (each its values by earlier column) summed into the row of <paramref name="unitId"/>; none when it is new.</summary>
    public IReadOnlyList<IReadOnlyList<decimal?>> Match(string unitId, bool isOwn) =>
        _byNewId.TryGetValue((unitId, isOwn), out var rows) ? rows : Array.Empty<IReadOnlyList<decimal?>>();
}
