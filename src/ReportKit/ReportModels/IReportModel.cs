using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// What every generated report class is (<c>KeHoach76.HangNam</c>): one report of one plan, by one unit for one
/// period, convertible to and from the untyped <see cref="ReportKit.Submission"/> the engine validates and sums.
/// Generic code takes a report type instead of plan, report and period strings: <see cref="ReportModel"/>, and in
/// ReportKit.Excel <c>InputForm.Save&lt;TReport&gt;</c> and <c>FormImporter.Import&lt;TReport&gt;</c>.
/// </summary>
/// <typeparam name="TSelf">The generated report class itself.</typeparam>
public interface IReportModel<TSelf>
    where TSelf : IReportModel<TSelf>
{
    /// <summary>The plan the report belongs to (the generated plan class's <c>Spec</c>).</summary>
    static abstract PlanSpec Plan { get; }

    /// <summary>The report's definition in <see cref="Plan"/>: its id, regime and deadlines.</summary>
    static abstract ReportSpec Report { get; }

    /// <summary>The reporting unit's id.</summary>
    string Unit { get; }

    /// <summary>The period the report covers.</summary>
    ReportingPeriod Period { get; }

    /// <summary>The untyped submission the engine validates and sums.</summary>
    Submission ToSubmission();

    /// <summary>Reads an untyped submission (an imported form) of this report back into the typed class.</summary>
    /// <param name="submission">A submission of this plan and report.</param>
    /// <exception cref="System.ArgumentException">The submission belongs to another plan or report, or to a period of another kind.</exception>
    static abstract TSelf FromSubmission(Submission submission);
}
