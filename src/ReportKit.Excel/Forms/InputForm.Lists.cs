using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

// The row lists of a form (lists:): one block per list below the narratives, with as many numbered blank rows as the
// list asks for. Each row's STT cell is checked where it stands, so an inserted or deleted row is caught as elsewhere.
public static partial class InputForm
{
    /// <summary>The width of a sheet column a list needs beyond the form's own five.</summary>
    private const double ListExtraColumnWidth = 16;

    private static readonly CellStyle ListNumber = Number with { FillColor = null };

    /// <summary>The sheet columns the form needs: its five, or more when a list has more than four columns.</summary>
    private static int FormColumnCount(PlanSpec plan, ReportSpec report, string? levelId) =>
        Math.Max(ColumnCount, 1 + plan.ListsOf(report, levelId).Select(l => l.Columns.Count).DefaultIfEmpty(0).Max());

    /// <summary>Widens the columns past the form's five that a list needs (such a form prints landscape: see <c>Build</c>).</summary>
    private static void SetListColumnWidths(SheetLayout sheet, PlanSpec plan, ReportSpec report, string? levelId)
    {
        for (var column = ColumnCount + 1; column <= FormColumnCount(plan, report, levelId); column++)
            sheet.SetColumnWidths(column, ListExtraColumnWidth);
    }

    /// <summary>Adds the blocks of the lists the unit fills under the part title <paramref name="partTitle"/> (e.g. "IV. DANH SÁCH") and returns their rows for the metadata.</summary>
    private static IReadOnlyList<ListRowCells> AddLists(SheetLayout sheet, PlanSpec plan, IReadOnlyList<ListSpec> lists, string partTitle,
        List<FixedCell> texts, List<(int First, int Last)> keepTogether)
    {
        var result = new List<ListRowCells>();
        if (lists.Count == 0)
            return result;
        sheet.AddSpace();
        var sectionRow = sheet.AddBlock(Lines((partTitle, SectionTitle)));
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            if (i > 0)
                sheet.AddSpace();
            var top = sheet.NextRow;
            var heading = (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + list.Label;
            var block = new CellBlock();
            block.SetMerged(new CellRange(1, 1, 1, ColumnCount), heading, new CellStyle(CellFont.Times(12, bold: true), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true));
            texts.Add(Fixed(top, 1, heading));
            var headerRow = 2;
            if (!string.IsNullOrWhiteSpace(list.Note))
            {
                block.SetMerged(new CellRange(2, 1, 2, ColumnCount), list.Note!.Trim(), new CellStyle(CellFont.Times(12, italic: true), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true));
                texts.Add(Fixed(top + 1, 1, list.Note!));
                headerRow = 3;
            }

            var columns = ListColumns(list);
            // A heading wider than its column wraps: the header row is as tall as its longest wrapped heading.
            block.SetRowHeight(headerRow, columns.Max(c => TextMeasure.WrappedRowHeight(c.Column.Label, TableHeader.Font,
                Enumerable.Range(c.SheetColumn, c.LastColumn - c.SheetColumn + 1).Sum(sheet.ColumnWidth) - 4))); // LibreOffice wraps bold headings early
            block.Set(headerRow, 1, "STT", TableHeader);
            texts.Add(Fixed(top + headerRow - 1, 1, "STT"));
            foreach (var (column, sheetColumn, lastColumn) in columns)
            {
                var range = new CellRange(headerRow, sheetColumn, headerRow, lastColumn);
                if (lastColumn > sheetColumn)
                    block.SetMerged(range, column.Label, TableHeader);
                else
                    block.Set(headerRow, sheetColumn, column.Label, TableHeader);
                texts.Add(Fixed(top + headerRow - 1, sheetColumn, column.Label));
            }

            for (var r = 1; r <= list.Rows; r++)
            {
                var row = headerRow + r;
                block.Set(row, 1, CellValue.Text(r.ToString(CultureInfo.InvariantCulture)), ListNumber);
                foreach (var (column, sheetColumn, lastColumn) in columns)
                {
                    if (lastColumn > sheetColumn)
                        block.SetMerged(new CellRange(row, sheetColumn, row, lastColumn), CellValue.Blank, ListInputStyle(column));
                    else
                        block.Set(row, sheetColumn, CellValue.Blank, ListInputStyle(column));
                }
            }

            sheet.AddBlock(block);
            var firstRow = top + headerRow;
            for (var r = 1; r <= list.Rows; r++)
            {
                var sheetRow = firstRow + r - 1;
                var label = Fixed(sheetRow, 1, r.ToString(CultureInfo.InvariantCulture));
                result.Add(new ListRowCells(list.Id, r, label, columns.Select(c => (c.Column.Id, CellRange.Cell(sheetRow, c.SheetColumn).ToString())).ToArray()));
            }

            foreach (var (column, sheetColumn, _) in columns)
            {
                if (ListCellValidation(plan, list, column, new CellRange(firstRow, sheetColumn, firstRow + list.Rows - 1, sheetColumn)) is { } rule)
                    sheet.AddValidation(rule);
            }

            // The heading stays with the header row and the first rows (the section's title with the first list).
            keepTogether.Add((i == 0 ? sectionRow : top, Math.Min(sheet.NextRow - 1, firstRow + 1)));
        }

        return result;
    }

    /// <summary>
    /// Where each column of a list stands: after STT in column A, one sheet column each; with fewer than four columns
    /// the last one spans to column E, so the table is as wide as the form.
    /// </summary>
    private static IReadOnlyList<(ListColumnSpec Column, int SheetColumn, int LastColumn)> ListColumns(ListSpec list) =>
        list.Columns.Select((column, j) => (column, 2 + j, j == list.Columns.Count - 1 ? Math.Max(2 + j, ColumnCount) : 2 + j)).ToArray();

    private static CellStyle ListInputStyle(ListColumnSpec column) => column.Type switch
    {
        ListColumnType.Text => Input with { Horizontal = HorizontalAlignment.Left, Wrap = true },
        ListColumnType.Integer => Input with { NumberFormat = "#,##0" },
        ListColumnType.Date => Input with { NumberFormat = CellStyle.DefaultDateFormat, Horizontal = HorizontalAlignment.Center },
        ListColumnType.Decimal => Input,
        _ => Input with { Horizontal = HorizontalAlignment.Center, Wrap = true },
    };

    private static DataValidationRule? ListCellValidation(PlanSpec plan, ListSpec list, ListColumnSpec column, CellRange range)
    {
        var label = "“" + column.Label + "”";
        switch (column.Type)
        {
            case ListColumnType.Integer:
                return new DataValidationRule(range, ValidationKind.WholeNumber, 0, null, "Giá trị không hợp lệ", label + ": nhập số nguyên không âm (0, 1, 2…).");
            case ListColumnType.Decimal:
                return new DataValidationRule(range, ValidationKind.Decimal, (double)-AcceptedValues.MaxMagnitude, (double)AcceptedValues.MaxMagnitude,
                    "Giá trị không hợp lệ", label + ": nhập một số.");
            case ListColumnType.Date:
                return new DataValidationRule(range, ValidationKind.Decimal, DateSerials.First, DateSerials.Last,
                    "Ngày không hợp lệ", label + ": nhập ngày theo dạng ngày/tháng/năm, ví dụ 20/11/2024.", column.Label, "Ngày/tháng/năm.");
            case ListColumnType.YesNo:
                return new DataValidationRule(range, ValidationKind.TextLength, null, 5, "Giá trị không hợp lệ", label + ": ghi Có hoặc Không.",
                    column.Label, "Ghi Có hoặc Không.");
            case ListColumnType.Choice:
                var prompt = "Ghi một trong: " + string.Join("; ", plan.ChoicesOf(column).Select(c => c.Title)) + ".";
                return new DataValidationRule(range, ValidationKind.TextLength, null, MaxTextLength, "Nội dung quá dài", label + ": ghi một lựa chọn.",
                    column.Label, prompt.Length > 255 ? prompt[..254] + "…" : prompt);
            default:
                return DataValidationRule.TextLengthAtMost(range, MaxTextLength, "Nội dung “" + column.Label + "” tối đa " +
                    MaxTextLength.ToString(CultureInfo.InvariantCulture) + " ký tự.");
        }
    }
}
