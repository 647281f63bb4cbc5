using System;
using System.Globalization;
using ReportKit.Templates;

namespace ReportKit.Excel.Layout;

/// <summary>
/// Excel formulas ReportKit builds from a plan's own expressions (ratios): the one place an expression
/// becomes formula text. Only plan formulas and cell references go in; nothing a user typed does.
/// </summary>
internal static class ExcelFormulas
{
    /// <summary><c>IFERROR(F12/E12,"")</c>: blank rather than <c>#DIV/0!</c> when the denominator is empty or zero.</summary>
    /// <param name="expression">The plan's formula.</param>
    /// <param name="cellOf">The A1 reference of the cell that stands for an indicator.</param>
    public static string Ratio(ExprSpec expression, Func<string, string> cellOf) =>
        "IFERROR(" + Render(expression, cellOf, nested: false) + ",\"\")";

    private static string Render(ExprSpec expression, Func<string, string> cellOf, bool nested) => expression switch
    {
        NumberExpr number => number.Value < 0
            ? "(" + number.Value.ToString(CultureInfo.InvariantCulture) + ")"
            : number.Value.ToString(CultureInfo.InvariantCulture),
        IndicatorRefExpr reference => cellOf(reference.Id),
        BinaryExpr binary => (nested ? "(" : string.Empty) + Render(binary.Left, cellOf, true) + binary.Op +
                             Render(binary.Right, cellOf, true) + (nested ? ")" : string.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, "unknown expression node"),
    };
}
