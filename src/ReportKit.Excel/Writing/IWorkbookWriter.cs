using System.IO;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Writing;

/// <summary>Turns a <see cref="WorkbookLayout"/> into a deterministic .xlsx file.</summary>
public interface IWorkbookWriter
{
    /// <summary>
    /// Writes the workbook to <paramref name="path"/>: first to a temporary file in the same folder,
    /// then renamed over the target, so an existing file is replaced whole or not at all.
    /// </summary>
    /// <param name="layout">The workbook.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    /// <param name="options">Save options (the timestamp to record); <see cref="WorkbookSaveOptions.Default"/> if null.</param>
    void SaveAs(WorkbookLayout layout, string path, WorkbookSaveOptions? options = null);

    /// <summary>Writes the workbook to <paramref name="output"/> (the same bytes <see cref="SaveAs"/> writes to a file).</summary>
    /// <param name="layout">The workbook.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="options">Save options; <see cref="WorkbookSaveOptions.Default"/> if null.</param>
    void Save(WorkbookLayout layout, Stream output, WorkbookSaveOptions? options = null);
}
