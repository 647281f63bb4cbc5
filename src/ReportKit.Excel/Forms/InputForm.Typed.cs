using System;
using System.IO;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Forms;

// The typed door: a generated report class (IReportModel<TReport>) and a ReportingPeriod stand for the plan,
// report and period strings.
public static partial class InputForm
{
    /// <summary>The input form of report <typeparamref name="TReport"/> for <paramref name="period"/> and <paramref name="unit"/>.</summary>
    /// <typeparam name="TReport">A generated report class (<c>KeHoach76.HangNam</c>).</typeparam>
    /// <param name="period">One of the report's periods.</param>
    /// <param name="unit">The unit filling it in.</param>
    /// <param name="options">Layout and sealing options.</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not one of the report's periods.</exception>
    public static WorkbookLayout Build<TReport>(ReportingPeriod period, Unit unit, InputFormOptions? options = null)
        where TReport : IReportModel<TReport> =>
        Build(TReport.Plan, TReport.Report.Id, Key(period), unit, options);

    /// <summary>Builds the form of <typeparamref name="TReport"/> and saves it to <paramref name="path"/> atomically.</summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="period">One of the report's periods.</param>
    /// <param name="unit">The unit filling it in.</param>
    /// <param name="path">Where to save it.</param>
    /// <param name="options">Layout and sealing options.</param>
    public static void Save<TReport>(ReportingPeriod period, Unit unit, string path, InputFormOptions? options = null)
        where TReport : IReportModel<TReport> =>
        Save(TReport.Plan, TReport.Report.Id, Key(period), unit, path, options);

    /// <summary>Builds the form of <typeparamref name="TReport"/> and writes it to <paramref name="output"/>.</summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="period">One of the report's periods.</param>
    /// <param name="unit">The unit filling it in.</param>
    /// <param name="output">The stream written to.</param>
    /// <param name="options">Layout and sealing options.</param>
    public static void Save<TReport>(ReportingPeriod period, Unit unit, Stream output, InputFormOptions? options = null)
        where TReport : IReportModel<TReport> =>
        Save(TReport.Plan, TReport.Report.Id, Key(period), unit, output, options);

    /// <summary>The form's file name, <c>{unit}_{report}_{period}.xlsx</c> (<see cref="FileName(string, string, Unit)"/>).</summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="period">The period.</param>
    /// <param name="unit">The unit.</param>
    public static string FileName<TReport>(ReportingPeriod period, Unit unit)
        where TReport : IReportModel<TReport> =>
        FileName(TReport.Report.Id, Key(period), unit);

    private static string Key(ReportingPeriod period) => (period ?? throw new ArgumentNullException(nameof(period))).Key;
}
