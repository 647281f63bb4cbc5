using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit;

/// <summary>
/// The engine's entry points for a generated report type (<see cref="IReportModel{TSelf}"/>): periods and the
/// consolidated summary without plan, report or period strings.
/// </summary>
public static class ReportModel
{
    /// <summary>The periods of <typeparamref name="TReport"/> up to <paramref name="throughYear"/> (<see cref="ReportingCalendar.Periods"/>).</summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="throughYear">The last year for an open-ended periodic report.</param>
    public static IReadOnlyList<ReportingPeriod> Periods<TReport>(int throughYear)
        where TReport : IReportModel<TReport> =>
        ReportingCalendar.Periods(TReport.Report, throughYear);

    /// <summary>
    /// Consolidates the reports of <paramref name="period"/> up the unit tree, with completeness and timeliness as of
    /// <paramref name="asOf"/> (<see cref="Consolidator.Summarize"/>). Reports of other periods are left out, as the
    /// summary is of one period; a unit's latest submission wins.
    /// </summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="period">The period summarized; one of the report's.</param>
    /// <param name="units">The unit tree.</param>
    /// <param name="reports">The reports received.</param>
    /// <param name="asOf">The date the summary is made.</param>
    /// <param name="rejected">Files refused at import, so their units show as having sent something that was refused.</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a period of the report.</exception>
    public static ReportSummary Summarize<TReport>(
        ReportingPeriod period, UnitTree units, IEnumerable<TReport> reports, DateOnly asOf, IEnumerable<RejectedFile>? rejected = null)
        where TReport : IReportModel<TReport>
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(reports);
        var submissions = reports.Where(r => r.Period == period).Select(r => r.ToSubmission());
        return Consolidator.Summarize(TReport.Plan, TReport.Report.Id, period.Key, units, submissions, asOf, rejected);
    }
}
