using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

public static partial class Consolidator
{
    /// <summary>
    /// The year-to-date of report <paramref name="reportId"/> for <paramref name="periodKey"/> when the application holds
    /// the submissions of the year's periods: each earlier period is consolidated from <paramref name="submissions"/>
    /// (those of other periods are ignored) and added (<see cref="YearToDate.Compute"/>); a period with no submission
    /// at all is missing, and the year-to-date says so.
    /// </summary>
    /// <exception cref="ArgumentException">The plan has no such report, or the key is not one of its periods.</exception>
    /// <exception cref="ComparisonRefusedException">The report has no <c>cumulative</c> indicators.</exception>
    public static YearToDate YearToDate(PlanSpec plan, string reportId, string periodKey, UnitTree units, IEnumerable<Submission> submissions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var all = submissions.Where(s => s.PlanId == plan.Id && s.ReportId == reportId).ToArray();
        var now = Summarize(plan, reportId, periodKey, units, all.Where(s => s.PeriodKey == periodKey), asOf);
        var periods = EarlierPeriods.OfYearThrough(now.Report, now.Period.Period);
        var earlier = periods.Take(periods.Length - 1)
            .Where(p => all.Any(s => s.PeriodKey == p.Key))
            .Select(p => PeriodFigures.Of(Summarize(plan, reportId, p.Key, units, all.Where(s => s.PeriodKey == p.Key), asOf)));
        return ReportKit.YearToDate.Compute(now, earlier);
    }
}
