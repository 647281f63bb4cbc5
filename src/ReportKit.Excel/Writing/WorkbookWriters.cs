using System;
using System.Linq;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Writing;

/// <summary>
/// Picks a writer for a layout. Both writers give files that read the same in Excel; ClosedXML holds
/// the whole workbook in memory (about 640 MB and 5.5 s for 10,000 rows × 60 cells), SpreadCheetah
/// streams it (see docs/benchmarks.md). Callers may also use either writer directly.
/// </summary>
public static class WorkbookWriters
{
    /// <summary>Streamed rows on one sheet above which <see cref="For"/> picks the streaming writer.</summary>
    public const int StreamingRowThreshold = 2_000;

    /// <summary>
    /// <see cref="SpreadCheetahWorkbookWriter"/> when a sheet streams more than
    /// <see cref="StreamingRowThreshold"/> rows, otherwise <see cref="ClosedXmlWorkbookWriter"/>.
    /// </summary>
    public static IWorkbookWriter For(WorkbookLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var largest = layout.Sheets.Count == 0 ? 0 : layout.Sheets.Max(StreamedRows);
        return largest > StreamingRowThreshold ? SpreadCheetahWorkbookWriter.Instance : ClosedXmlWorkbookWriter.Instance;
    }

    /// <summary>Rows of a sheet that come from streamed bands (<see cref="SheetLayout.AddRows"/>).</summary>
    internal static int StreamedRows(SheetLayout sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.Bands.Where(b => b.Source is not null).Sum(b => b.RowCount);
    }
}
