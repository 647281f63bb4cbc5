using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReportKit.Excel.Layout;
using SpreadCheetah;
using NumberFormat = SpreadCheetah.Styling.NumberFormat;
using Style = SpreadCheetah.Styling.Style;

namespace ReportKit.Benchmarks;

/// <summary>
/// The summary-shaped workload the benchmarks share: units × indicator cells of numbers, written raw by
/// SpreadCheetah (the baseline) or as a ReportKit layout (header block, merged two-row headers,
/// bordered number cells, a total row of formulas) by either writer.
/// </summary>
public static class SummaryWorkload
{
    private static readonly CellStyle Header = new(CellFont.Times(12, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All, FillColor: "DDEBF7");
    private static readonly CellStyle Name = new(CellFont.Times(12), Vertical: VerticalAlignment.Center, Borders: CellBorders.All);
    private static readonly CellStyle Count = new(CellFont.Times(12), Borders: CellBorders.All, NumberFormat: "#,##0");
    private static readonly CellStyle Total = new(CellFont.Times(12, bold: true), Borders: CellBorders.All, NumberFormat: "#,##0");

    /// <summary>The value of a unit's indicator (deterministic, spread over 0–9,999).</summary>
    public static double Value(int unit, int column) => (unit * 7919 + column * 104_729) % 10_000;

    /// <summary>SpreadCheetah alone: the same numbers, plain rows, one number format.</summary>
    /// <param name="output">Where the package goes.</param>
    /// <param name="units">Rows.</param>
    /// <param name="cellsPerUnit">Numbers per row.</param>
    /// <param name="asIntegers">
    /// Hand the (whole) numbers to SpreadCheetah as <c>int</c> rather than <c>double</c>: the same XML, written
    /// faster. The streaming writer does this for whole numbers, so this is the baseline without that advantage.
    /// </param>
    public static void WriteRaw(Stream output, int units, int cellsPerUnit, bool asIntegers = false)
    {
        Run(async () =>
        {
            await using var spreadsheet = await Spreadsheet.CreateNewAsync(output);
            await spreadsheet.StartWorksheetAsync("Tổng hợp");
            var style = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0") });
            var row = new Cell[cellsPerUnit];
            for (var unit = 1; unit <= units; unit++)
            {
                for (var c = 0; c < cellsPerUnit; c++)
                {
                    row[c] = asIntegers ? new Cell((int)Value(unit, c), style) : new Cell(Value(unit, c), style);
                }

                await spreadsheet.AddRowAsync(row);
            }

            await spreadsheet.FinishAsync();
        });
    }

    /// <summary>A summary layout: the numbers of <paramref name="units"/> units, streamed, under a styled header and over a total row.</summary>
    public static WorkbookLayout Layout(int units, int cellsPerUnit)
    {
        var columns = cellsPerUnit + 2;
        var workbook = new WorkbookLayout();
        workbook.Properties.Title = "Tổng hợp kết quả";
        var sheet = workbook.AddSheet("Tổng hợp");
        sheet.SetColumnWidth(1, 6).SetColumnWidth(2, 30);
        for (var c = 3; c <= columns; c++)
        {
            sheet.SetColumnWidth(c, 12);
        }

        var title = new CellBlock();
        title.SetMerged(new CellRange(1, 1, 1, columns), "BÁO CÁO TỔNG HỢP", new CellStyle(CellFont.Times(15, bold: true), HorizontalAlignment.Center));
        sheet.AddBlock(title);
        sheet.AddSpace();

        var head = new CellBlock();
        head.SetMerged(new CellRange(1, 1, 2, 1), "STT", Header);
        head.SetMerged(new CellRange(1, 2, 2, 2), "Đơn vị", Header);
        for (var group = 0; group * 3 < cellsPerUnit; group++)
        {
            var first = 3 + group * 3;
            var last = Math.Min(first + 2, columns);
            head.SetMerged(new CellRange(1, first, 1, last), "Chỉ tiêu " + (group + 1), Header);
            for (var c = first; c <= last; c++)
            {
                head.Set(2, c, "Cột " + (c - 2), Header);
            }
        }

        var headTop = sheet.AddBlock(head);
        var firstUnitRow = headTop + head.RowCount;
        sheet.AddRows(units, Rows(units, cellsPerUnit));
        var lastUnitRow = firstUnitRow + units - 1;

        var total = new CellBlock();
        total.SetMerged(new CellRange(1, 1, 1, 2), "Tổng cộng", Total with { Horizontal = HorizontalAlignment.Center });
        for (var c = 3; c <= columns; c++)
        {
            var letters = CellReference.ColumnLetters(c);
            total.Set(1, c, CellValue.Formula("SUM(" + letters + firstUnitRow + ":" + letters + lastUnitRow + ")"), Total); // internal: visible to the benchmarks
        }

        sheet.AddBlock(total);
        sheet.Freeze = new FrozenPanes(firstUnitRow - 1, 2);
        sheet.Print.Orientation = PageOrientation.Landscape;
        sheet.Print.FitToWidth = true;
        sheet.Print.RepeatRows(headTop, headTop + 1);
        return workbook;
    }

    private static IEnumerable<LayoutRow> Rows(int units, int cellsPerUnit)
    {
        for (var unit = 1; unit <= units; unit++)
        {
            var cells = new LayoutCell[cellsPerUnit + 2];
            cells[0] = new LayoutCell(1, unit, Count);
            cells[1] = new LayoutCell(2, "Đơn vị " + unit, Name);
            for (var c = 0; c < cellsPerUnit; c++)
            {
                cells[c + 2] = new LayoutCell(c + 3, Value(unit, c), Count);
            }

            yield return new LayoutRow(cells);
        }
    }

    private static void Run(Func<Task> action) => action().GetAwaiter().GetResult();
}
