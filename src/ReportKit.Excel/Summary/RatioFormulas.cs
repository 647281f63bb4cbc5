using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// Excel formulas for ratio columns, built from the plan's formula over the same row's cells
/// (<c>IFERROR(F12/E12,"")</c>): a ratio is recomputed on every row, the total row included, never averaged.
/// Only ReportKit builds these; nothing a user typed reaches a formula.
/// </summary>
internal static class RatioFormulas
{
    /// <summary>
    /// Per column: for a computed ratio whose indicators all have a column in the table, a function from the sheet
    /// row to the formula; otherwise null (the column's value is written as a number).
    /// </summary>
    public static Func<int, string>?[] For(PlanSpec plan, IReadOnlyList<SummaryColumn> columns, int firstColumn)
    {
        // The cell that stands for an indicator in a formula: its single value, its Tổng số, or its ratio.
        var cellOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.ItemId is null && column.Type != IndicatorType.YesNo)
            {
                cellOf.TryAdd(column.IndicatorId, firstColumn + i);
            }
        }

        var formulas = new Func<int, string>?[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Role != ColumnRole.Computed)
            {
                continue;
            }

            var expression = plan.Indicators.FirstOrDefault(x => x.Id == columns[i].IndicatorId)?.Formula;
            if (expression is null || !Resolvable(expression, cellOf))
            {
                continue;
            }

            formulas[i] = row => ExcelFormulas.Ratio(expression, id => CellReference.A1(row, cellOf[id]));
        }

        return formulas;
    }

    private static bool Resolvable(ExprSpec expression, IReadOnlyDictionary<string, int> cellOf) => expression switch
    {
        NumberExpr => true,
        IndicatorRefExpr reference => cellOf.ContainsKey(reference.Id),
        BinaryExpr binary => binary.Op is '+' or '-' or '*' or '/' && Resolvable(binary.Left, cellOf) && Resolvable(binary.Right, cellOf),
        _ => false,
    };
}
