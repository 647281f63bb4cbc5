using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Reports;
using ReportKit.Excel.Summary;
using ReportKit.Templates;

namespace ReportKit.Cli;

/// <summary>
/// The summary workbook and báo cáo of one period of the sample data, written the same way by <c>demo</c> and
/// <c>preview</c>: consolidated as of the sample's date, compared with the sample's year before where the report asks.
/// </summary>
internal static class SampleReports
{
    /// <summary>The period consolidated from the sample's submissions as of its date.</summary>
    public static ReportSummary Summarize(PlanSpec plan, SampleDataSet data, SamplePeriod period) =>
        Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, data.Units, data.Submissions, period.AsOf);

    /// <summary>Writes the summary workbook of <paramref name="period"/> to <paramref name="path"/>.</summary>
    public static void SaveSummary(PlanSpec plan, SampleDataSet data, SamplePeriod period, string path, PaperSize paper) =>
        Summarize(plan, data, period).SaveAs(path, new SummaryWorkbookOptions { Paper = paper, Comparison = SamePeriodLastYear(plan, data, Summarize(plan, data, period)) });

    /// <summary>Writes the báo cáo of <paramref name="period"/> to <paramref name="path"/>, naming the summary workbook as its annex.</summary>
    public static void SaveReport(PlanSpec plan, SampleDataSet data, SamplePeriod period, string path, string summaryFileName)
    {
        var summary = Summarize(plan, data, period);
        ReportDocument.SaveAs(summary, path, new ReportDocumentOptions
            { AnnexFileName = summaryFileName, Comparison = SamePeriodLastYear(plan, data, summary) });
    }

    /// <summary>
    /// A report that compares with the year before (<c>compare:</c>) is compared with its sample of the year before,
    /// as <c>summarize --compare</c> would with that year's summary workbook; null when the sample has no such year.
    /// </summary>
    private static PeriodComparison? SamePeriodLastYear(PlanSpec plan, SampleDataSet data, ReportSummary summary)
    {
        if (summary.Report.Compare.IsEmpty || summary.Period.Period.Kind is PeriodKind.Once or PeriodKind.Span)
            return null;
        var key = EarlierPeriods.SamePeriodLastYear(summary.Period.Period).Key;
        return data.Periods.FirstOrDefault(p => p.ReportId == summary.Report.Id && p.PeriodKey == key) is { } earlier
            ? PeriodComparison.Compare(summary, PeriodFigures.Of(Summarize(plan, data, earlier)))
            : null;
    }
}
