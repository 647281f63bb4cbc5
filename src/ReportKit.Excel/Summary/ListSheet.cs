using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// One sheet per row list of the report (<c>lists:</c>): every unit's rows, in tree order, as Đơn vị, STT (the row's
/// number in that unit's list) and the list's columns. A relayed row names the unit below that reported it.
/// A relayed summary seals each sheet's rows cell by cell (<see cref="SealedCells"/>), as the answers sheet's.
/// </summary>
internal static class ListSheet
{
    /// <summary>The longest sheet name Excel accepts.</summary>
    private const int MaxSheetName = 31;

    /// <summary>Adds a sheet per list; returns, per sheet, where its rows are and what each of their cells shows.</summary>
    public static IReadOnlyList<SealedCells> AddAll(WorkbookLayout workbook, ReportSummary summary) =>
        summary.Plan.ListsOf(summary.Report).Select(list => Add(workbook, summary, list)).ToArray();

    /// <summary>The sheet name of a list: its label, cut at a word to 31 characters, made unique in the workbook.</summary>
    public static string SheetName(WorkbookLayout workbook, ListSpec list)
    {
        var clean = new string(list.Label.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' or '\'' ? ' ' : c).ToArray());
        clean = string.Join(" ", clean.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length > MaxSheetName)
        {
            var cut = clean.LastIndexOf(' ', MaxSheetName);
            clean = clean[..(cut > 10 ? cut : MaxSheetName)].TrimEnd();
        }

        var name = clean.Length == 0 ? "Danh sách" : clean;
        for (var n = 2; workbook.Sheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            name = clean[..Math.Min(clean.Length, MaxSheetName - suffix.Length)].TrimEnd() + suffix;
        }

        return name;
    }

    private static SealedCells Add(WorkbookLayout workbook, ReportSummary summary, ListSpec list)
    {
        var sheet = workbook.AddSheet(SheetName(workbook, list));
        var names = summary.Tree();
        var rows = summary.ListRows.Where(r => r.ListId == list.Id).ToArray();
        string UnitOf(UnitListRow row) => names.LabelOrId(row.UnitId) + (row.Row.ReportedBy is { } by ? " / " + by : "");
        var widths = new List<double> { TextMeasure.FitColumnWidth(rows.Select(UnitOf), SummaryStyles.Body, 24, 34), 6.0 };
        widths.AddRange(list.Columns.Select(c => c.Type == ListColumnType.Text
            ? TextMeasure.FitColumnWidth(rows.Select(r => r.Row[c.Id] ?? "").Append(c.Label), SummaryStyles.Body, 16, 40)
            : 14.0));
        SheetFrame.SetWidths(sheet, widths);
        var columnCount = widths.Count;
        sheet.AddBlock(SheetFrame.Lines(columnCount, new[]
        {
            (list.Label.ToUpperInvariant(), SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
        }));
        sheet.AddSpace();
        var headings = new[] { "Đơn vị", "STT" }.Concat(list.Columns.Select(c => c.Label)).Select(h => (IReadOnlyList<string>)new[] { h }).ToArray();
        var header = TableHeader.Build(headings, widths);
        var headerTop = sheet.AddBlock(header);
        var firstRow = sheet.NextRow;
        LayoutCell[] CellsOf(UnitListRow row) => new[]
        {
            new LayoutCell(1, CellValue.Text(UnitOf(row)), SummaryStyles.Text with { Vertical = VerticalAlignment.Top }),
            new LayoutCell(2, row.Number, SummaryStyles.Centered with { Vertical = VerticalAlignment.Top }),
        }.Concat(list.Columns.Select((column, j) => Cell(summary.Plan, column, row.Row[column.Id], 3 + j))).ToArray();
        IReadOnlyList<IReadOnlyList<string>> shown;
        if (rows.Length == 0)
        {
            const string nothing = "(Chưa có đơn vị nào báo cáo danh sách này)";
            var none = new CellBlock();
            none.SetMerged(new CellRange(1, 1, 1, columnCount), nothing, SummaryStyles.Text with { Font = CellFont.Times(12, italic: true) });
            sheet.AddBlock(none);
            shown = new[] { Enumerable.Range(0, columnCount).Select(c => c == 0 ? nothing : "").ToArray() };
        }
        else
        {
            // Each row's cells built once: the sheet writes them, the seal digests what they show.
            var built = rows.Select(CellsOf).ToArray();
            sheet.AddRows(built.Length, built.Select(cells => new LayoutRow(cells)));
            shown = built.Select(cells => (IReadOnlyList<string>)cells.Select(c => SealedCells.Shown(c.Value)).ToArray()).ToArray();
        }

        sheet.Freeze = new FrozenPanes(headerTop + header.RowCount - 1, 0);
        SheetFrame.PrintAsTable(sheet, headerTop, headerTop + header.RowCount - 1);
        return new SealedCells(sheet.Name, firstRow, 1, shown);
    }

    /// <summary>A list cell as the summary shows it: numbers and dates as such, Có/Không, a choice by its title.</summary>
    private static LayoutCell Cell(PlanSpec plan, ListColumnSpec column, string? value, int sheetColumn)
    {
        var top = VerticalAlignment.Top;
        if (value is null)
            return new LayoutCell(sheetColumn, CellValue.Blank, SummaryStyles.Centered with { Vertical = top });
        return column.Type switch
        {
            ListColumnType.Integer when ListCells.Number(value) is { } n => new LayoutCell(sheetColumn, n, SummaryStyles.Integer with { Vertical = top }),
            ListColumnType.Decimal when ListCells.Number(value) is { } n => new LayoutCell(sheetColumn, n, SummaryStyles.Integer with { NumberFormat = null, Vertical = top }),
            ListColumnType.Date when ListCells.Date(value) is { } d => new LayoutCell(sheetColumn, d, SummaryStyles.Date with { Vertical = top }),
            ListColumnType.YesNo => new LayoutCell(sheetColumn, value == ListCells.Yes ? "Có" : "Không", SummaryStyles.Centered with { Vertical = top }),
            ListColumnType.Choice => new LayoutCell(sheetColumn, plan.ChoicesOf(column).FirstOrDefault(c => c.Id == value).Title ?? value,
                SummaryStyles.Text with { Vertical = top }),
            _ => new LayoutCell(sheetColumn, CellValue.Text(SummaryWording.FitCell(value)), SummaryStyles.Text with { Vertical = top }),
        };
    }
}
