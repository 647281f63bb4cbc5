using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

public static partial class InputForm
{
    /// <summary>Greyed and locked: a cross-tab combination that cannot occur (<c>exclude:</c>).</summary>
    private static readonly CellStyle ExcludedCell = new(CellFont.Times(12), HorizontalAlignment.Center, VerticalAlignment.Center,
        Borders: CellBorders.All, FillColor: ExcludedFill);

    /// <summary>The fill of an excluded cross-tab cell, darker than a computed one.</summary>
    private const string ExcludedFill = "BFBFBF";

    private sealed partial class FormTable
    {
        /// <summary>
        /// The rows of a disaggregated indicator, one per cell (IndicatorCells), under the headings of what stands above
        /// it: content groups, and for a cross-tab the row option, whose heading carries the row's total; after a cross-tab's
        /// rows, one locked row per column option with its total over the rows (<c>Cộng theo …</c>). Excluded
        /// combinations get a greyed, locked cell and count in no total. Returns the indicator's total formula, or null for an indicator whose
        /// items overlap (<c>additive: false</c>), which has no totals, neither of the indicator nor of a cross-tab row.
        /// </summary>
        private string? RenderCells(CellBlock block, ref int row, int top, SheetLayout sheet, IndicatorSpec indicator, string? unit,
            HashSet<string> entered, List<ValueCell> cells, List<FormulaCell> formulas)
        {
            var shownGroups = new List<DimensionOption>();
            var firstItemRow = top + row - 1;
            var rowTotals = new List<string>();
            var columnCells = new Dictionary<DimensionOption, List<string>>();
            (int Row, DimensionOption Option)? openRow = null;
            void CloseRow(int next)
            {
                if (openRow is not { } open)
                    return;
                openRow = null;
                if (!indicator.Additive)
                    return;
                var address = CellReference.A1(top + open.Row - 1, ValueColumn);
                var sum = "SUM(" + CellReference.A1(top + open.Row, ValueColumn) + ":" + CellReference.A1(top + next - 2, ValueColumn) + ")";
                block.Set(open.Row, ValueColumn, CellValue.Formula(sum), Computed with { NumberFormat = NumberFormat(indicator) });
                formulas.Add(new FormulaCell(address, sum, Fixed(top + open.Row - 1, 2, open.Option.Title)));
                rowTotals.Add(address);
            }

            foreach (var cell in _plan.CellsOf(indicator).Where(c => c.Excluded || entered.Contains(c.ItemId)))
            {
                foreach (var group in cell.Groups)
                {
                    if (shownGroups.Contains(group))
                        continue;
                    CloseRow(row);
                    shownGroups.Add(group);
                    var isRow = cell.Row == group;
                    block.Set(row, 1, DocumentNumber(group.No), Number with { Font = CellFont.Times(12, italic: true) });
                    block.SetMerged(new CellRange(row, 2, row, 3), group.Title, Label with { Font = CellFont.Times(12, italic: true) });
                    block.Set(row, 4, isRow ? CellValue.Text(unit ?? string.Empty) : CellValue.Blank, UnitOfMeasure);
                    block.Set(row, ValueColumn, CellValue.Blank, Label);
                    if (isRow)
                        openRow = (row, group);
                    row++;
                }

                block.Set(row, 1, DocumentNumber(cell.Item.No), Number);
                block.SetMerged(new CellRange(row, 2, row, 3), cell.Item.Title, Label with { Indent = 1 });
                block.Set(row, 4, unit ?? string.Empty, UnitOfMeasure);
                var sheetRow = top + row - 1;
                var address = CellReference.A1(sheetRow, ValueColumn);
                var key = new ValueKey(indicator.Id, cell.ItemId);
                if (cell.Excluded)
                {
                    block.Set(row, ValueColumn, CellValue.Blank, ExcludedCell);
                    ExcludedCells.Add(new ValueCell(key, address, Fixed(sheetRow, 2, cell.Item.Title)));
                }
                else
                {
                    block.Set(row, ValueColumn, CellValue.Blank, InputStyle(indicator));
                    cells.Add(new ValueCell(key, address, Fixed(sheetRow, 2, cell.Item.Title)));
                    if (cell.Row is not null)
                    {
                        if (!columnCells.TryGetValue(cell.Item, out var list))
                            columnCells[cell.Item] = list = new List<string>();
                        list.Add(address);
                    }
                    sheet.AddValidation(Validation(indicator, CellRange.Cell(sheetRow, ValueColumn)));
                }

                row++;
            }

            CloseRow(row);
            if (!indicator.Additive)
                return null;
            // A cross-tab column's total over the rows, as the summary's "Cộng theo …" column (the same column options, in order).
            foreach (var column in IndicatorCells.ColumnsWithTotals(_plan.CellsOf(indicator).Where(c => !c.Excluded && entered.Contains(c.ItemId))))
            {
                var sheetRow = top + row - 1;
                var address = CellReference.A1(sheetRow, ValueColumn);
                var sum = "SUM(" + string.Join(",", columnCells[column]) + ")";
                var title = IndicatorCells.ColumnTotalTitle(column);
                block.Set(row, 1, CellValue.Blank, Number);
                block.SetMerged(new CellRange(row, 2, row, 3), title, Label with { Font = CellFont.Times(12, italic: true) });
                block.Set(row, 4, unit ?? string.Empty, UnitOfMeasure);
                block.Set(row, ValueColumn, CellValue.Formula(sum), Computed with { NumberFormat = NumberFormat(indicator) });
                formulas.Add(new FormulaCell(address, sum, Fixed(sheetRow, 2, title)));
                row++;
            }

            // A cross-tab's total adds its rows' totals (the headings sit inside the range, so a range would count them twice).
            return rowTotals.Count > 0
                ? "SUM(" + string.Join(",", rowTotals) + ")"
                : "SUM(" + CellReference.A1(firstItemRow, ValueColumn) + ":" + CellReference.A1(top + row - 2, ValueColumn) + ")";
        }
    }
}
