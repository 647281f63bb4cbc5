using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit;

/// <summary>A year-to-date figure: the sum over the year's periods so far, and whether every period gave its part.</summary>
/// <param name="Value">The sum of the figures given; null when none was.</param>
/// <param name="IsComplete">False when a period of the year is missing, or the unit has no figure in one (new, or left blank):
/// the sum is then only part of the year and is shown as such, never as the year-to-date.</param>
public sealed record CumulativeValue(decimal? Value, bool IsComplete);

/// <summary>
/// The year-to-date (<c>Lũy kế từ đầu năm</c>) of the indicators a month, quarter or half-year report lists under
/// <see cref="ReportKit.Templates.ReportSpec.Cumulative"/>: today's figures plus those of the year's earlier periods, per unit row (units
/// matched as in <see cref="PeriodComparison"/>) and for the total, over the data windows of the regime (from 15/12 of
/// the year before under Nghị định 09, from 01/01 under the calendar).
/// </summary>
/// <param name="Columns">The cumulative columns of today's summary, in the report's order.</param>
/// <param name="Periods">The year's periods up to today's, in order (today's last).</param>
/// <param name="Missing">The earlier periods whose figures were not given: the year-to-date is then incomplete.</param>
/// <param name="Window">From the first period's data window start to today's window end; null when today has no window.</param>
/// <param name="Rows">Per row of today's summary (same order), one value per column.</param>
/// <param name="Total">The total row, one value per column.</param>
public sealed record YearToDate(
    IReadOnlyList<SummaryColumn> Columns,
    IReadOnlyList<ReportingPeriod> Periods,
    IReadOnlyList<ReportingPeriod> Missing,
    DateWindow? Window,
    IReadOnlyList<IReadOnlyList<CumulativeValue>> Rows,
    IReadOnlyList<CumulativeValue> Total)
{
    /// <summary>The column heading.</summary>
    public const string Heading = "Lũy kế từ đầu năm";

    /// <summary>True when every period of the year so far gave its figures for every row.</summary>
    public bool IsComplete => Missing.Count == 0 && Total.All(v => v.IsComplete) && Rows.All(r => r.All(v => v.IsComplete));

    /// <summary>
    /// The year-to-date of <paramref name="now"/> from <paramref name="earlier"/>, the summaries of the year's earlier
    /// periods (each must be one, <see cref="EarlierPeriods.RoleOf"/>; a period given twice is refused).
    /// </summary>
    /// <exception cref="ComparisonRefusedException">A summary is not an earlier period of this year, or a period is given twice.</exception>
    public static YearToDate Compute(ReportSummary now, IEnumerable<PeriodFigures> earlier, UnitMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(earlier);
        var report = now.Report;
        if (report.Cumulative.IsEmpty)
            throw new ComparisonRefusedException($"Mẫu báo cáo “{report.Title}” không tính lũy kế chỉ tiêu nào.");
        var byPeriod = new Dictionary<string, PeriodFigures>(StringComparer.Ordinal);
        foreach (var figures in earlier)
        {
            if (EarlierPeriods.RoleOf(now, figures) != EarlierPeriodRole.EarlierThisYear)
                throw new ComparisonRefusedException($"Biểu kỳ {figures.PeriodKey} không thuộc năm {now.Period.Period.FirstYear}, trước kỳ đang tổng hợp.");
            if (!byPeriod.TryAdd(figures.PeriodKey, figures))
                throw new ComparisonRefusedException($"Hai biểu tổng hợp cùng kỳ {figures.PeriodKey} ({byPeriod[figures.PeriodKey].Source}, {figures.Source}): chỉ giữ một.");
        }

        var periods = EarlierPeriods.OfYearThrough(report, now.Period.Period);
        var earlierPeriods = periods.Take(periods.Length - 1).ToArray();
        var missing = earlierPeriods.Where(p => !byPeriod.ContainsKey(p.Key)).ToArray();
        var given = earlierPeriods.Where(p => byPeriod.ContainsKey(p.Key)).Select(p => byPeriod[p.Key]).ToArray();
        var columns = PeriodComparison.ColumnsOf(now, report.Cumulative);
        var positions = columns.Select(c => PeriodComparison.IndexIn(now, c.Key)).ToArray();
        var matchings = given.Select(g => (Figures: g, Matching: new UnitMatching(g, map ?? UnitMap.Identity))).ToArray();

        var rows = now.Rows.Select(row => (IReadOnlyList<CumulativeValue>)columns.Select((c, i) =>
        {
            var parts = matchings.Select(m => (m.Figures.IndexOf(c.Key), m.Matching.Match(row.Unit!.Id, row.IsOwn)));
            return Sum(row.Values[positions[i]], parts, missing.Length == 0);
        }).ToArray()).ToArray();
        var total = columns.Select((c, i) => Sum(now.Total.Values[positions[i]],
            given.Select(g => (g.IndexOf(c.Key), (IReadOnlyList<IReadOnlyList<decimal?>>)new[] { g.Total })), missing.Length == 0)).ToArray();

        DateWindow? window = null;
        if (ReportingCalendar.CutOffWindow(report, periods[0]) is { } first && now.Period.CutOff is { } last)
            window = new DateWindow(first.From, last.To);
        return new YearToDate(columns, periods, missing, window, rows, total);
    }

    /// <summary>Today's figure plus each earlier period's (summed over the old units matched); incomplete when any part is blank or absent.</summary>
    private static CumulativeValue Sum(decimal? now, IEnumerable<(int Column, IReadOnlyList<IReadOnlyList<decimal?>> Rows)> parts, bool allPeriods)
    {
        var complete = allPeriods && now is not null;
        decimal? sum = now;
        foreach (var (column, rows) in parts)
        {
            if (column < 0 || rows.Count == 0)
            {
                complete = false;
                continue;
            }

            foreach (var values in rows)
            {
                if (values[column] is { } v)
                    sum = (sum ?? 0) + v;
                else
                    complete = false;
            }
        }

        return new CumulativeValue(sum, complete);
    }
}
