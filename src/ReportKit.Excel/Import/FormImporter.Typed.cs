using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Import;

// The typed door: forms come back as instances of the generated report class.
public static partial class FormImporter
{
    /// <summary>
    /// Imports filled forms of report <typeparamref name="TReport"/> (<see cref="Import(IEnumerable{string}, FormImportOptions)"/>)
    /// and reads each accepted one into the generated class. <paramref name="options"/> must expect this report
    /// (<c>FormImportOptions.For&lt;KeHoach76.HangNam&gt;()</c>), so a form of another
    /// report is rejected with its problem rather than left out.
    /// </summary>
    /// <typeparam name="TReport">A generated report class (<c>KeHoach76.HangNam</c>).</typeparam>
    /// <param name="files">The files to read.</param>
    /// <param name="options">What to expect; its plan and report must be <typeparamref name="TReport"/>'s.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> expects another plan or report.</exception>
    public static ImportResult<TReport> Import<TReport>(IEnumerable<string> files, FormImportOptions options)
        where TReport : IReportModel<TReport>
    {
        Expect<TReport>(options);
        return Typed<TReport>(Import(files, options));
    }

    /// <summary>Imports every form of <paramref name="folder"/> as <typeparamref name="TReport"/> reports (<see cref="ImportFolder(string, FormImportOptions)"/>).</summary>
    /// <typeparam name="TReport">A generated report class.</typeparam>
    /// <param name="folder">The folder read (not its subfolders).</param>
    /// <param name="options">What to expect; its plan and report must be <typeparamref name="TReport"/>'s.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> expects another plan or report.</exception>
    public static ImportResult<TReport> ImportFolder<TReport>(string folder, FormImportOptions options)
        where TReport : IReportModel<TReport>
    {
        Expect<TReport>(options);
        return Typed<TReport>(ImportFolder(folder, options));
    }

    private static void Expect<TReport>(FormImportOptions options)
        where TReport : IReportModel<TReport>
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Plan.Id != TReport.Plan.Id || options.ReportId != TReport.Report.Id)
            throw new ArgumentException(
                $"To import {typeof(TReport).Name} reports the options must expect plan '{TReport.Plan.Id}', report '{TReport.Report.Id}' " +
                $"(they expect plan '{options.Plan.Id}', report '{options.ReportId ?? "any"}').", nameof(options));
    }

    private static ImportResult<TReport> Typed<TReport>(ImportResult result)
        where TReport : IReportModel<TReport> =>
        new(result.Submissions.Select(TReport.FromSubmission).ToArray(), result);
}

/// <summary>The outcome of a typed import: the accepted forms as generated report objects, and the untyped result.</summary>
/// <typeparam name="TReport">The generated report class.</typeparam>
/// <param name="Reports">The accepted forms, in file name order.</param>
/// <param name="Result">The untyped result, with its problems and rejected files.</param>
public sealed record ImportResult<TReport>(IReadOnlyList<TReport> Reports, ImportResult Result)
    where TReport : IReportModel<TReport>
{
    /// <summary>Every problem found, by file (<see cref="ImportResult.Problems"/>).</summary>
    public IReadOnlyList<ImportProblem> Problems => Result.Problems;

    /// <summary>The rejected files as the consolidator takes them (<see cref="ImportResult.Rejected"/>).</summary>
    public IReadOnlyList<RejectedFile> Rejected => Result.Rejected;
}
