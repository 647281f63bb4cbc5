using System;
using System.Collections.Generic;
using System.Globalization;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Writing;

/// <summary>
/// What every writer decides the same way from a layout, so the ClosedXML and the streaming writer
/// produce the same sheet: quote prefixes, computed row heights, column padding, print units, the
/// protection password hash.
/// </summary>
internal static class LayoutRules
{
    /// <summary>Excel's limit on characters in one cell.</summary>
    public const int MaxCellTextLength = 32_767;

    /// <summary>
    /// What ClosedXML 0.95.4 adds to a column width when saving (the cell padding Excel shows on top of
    /// the characters), so a width set in <see cref="TextMeasure"/> units shows as that many characters.
    /// </summary>
    public const double ColumnWidthPadding = 0.710625;

    /// <summary>Excel indents by about this many column units per indent level.</summary>
    public const double IndentWidth = 1.5;

    /// <summary>Excel's widest column.</summary>
    public const double MaxColumnWidth = 255;

    /// <summary>Text a user could mistake for a formula when editing the cell in Excel.</summary>
    public static bool NeedsQuotePrefix(in CellValue value) =>
        value.Kind == CellValueKind.Text && value.TextValue.Length > 0 && value.TextValue[0] is '=' or '+' or '-' or '@';

    /// <summary>Throws if a text value is longer than Excel allows in a cell.</summary>
    public static void CheckTextLength(CellValue value, int row, int column)
    {
        if (value.Kind == CellValueKind.Text && value.TextValue.Length > MaxCellTextLength)
        {
            throw new InvalidOperationException("Cell " + CellReference.A1(row, column) + " holds " + value.TextValue.Length + " characters; Excel allows " + MaxCellTextLength + ".");
        }
    }

    /// <summary>The width a column is saved with: the layout's width plus Excel's padding.</summary>
    public static double SavedColumnWidth(double width) => Math.Min(MaxColumnWidth, width + ColumnWidthPadding);

    /// <summary>
    /// The height a row without a fixed height gets so its wrapped text shows whole (LibreOffice overlaps
    /// wrapped text otherwise): the tallest wrapped text cell, measured across its merge; cells anchoring a
    /// multi-row merge are skipped. Null when nothing wraps.
    /// </summary>
    public static double? WrappedRowHeight(SheetLayout sheet, LayoutRow row, int rowNumber, HashSet<(int Row, int Column)> multiRowAnchors)
    {
        if (row.Height is not null)
        {
            return null;
        }

        double? wrappedHeight = null;
        foreach (ref readonly var cell in row.CellSpan)
        {
            if (cell.Style.Wrap && cell.Value.Kind == CellValueKind.Text && !multiRowAnchors.Contains((rowNumber, cell.Column)))
            {
                // An indented name has less room: measured without it, a wrapped name would be cut off at its second line.
                var width = WidthOf(sheet, row, cell.Column) - cell.Style.Indent * IndentWidth;
                var height = TextMeasure.WrappedRowHeight(cell.Value.TextValue, cell.Style.Font, width);
                wrappedHeight = Math.Max(wrappedHeight ?? 0, height);
            }
        }

        return wrappedHeight;
    }

    /// <summary>Throws unless the row's cells are in strictly increasing column order.</summary>
    public static void CheckColumnOrder(LayoutRow row, int rowNumber)
    {
        var previousColumn = 0;
        foreach (ref readonly var cell in row.CellSpan)
        {
            var column = cell.Column;
            if (column <= previousColumn)
            {
                throw new InvalidOperationException("Row " + rowNumber + ": cells must be in increasing column order (column " + column + " after " + previousColumn + ").");
            }

            previousColumn = column;
        }
    }

    /// <summary>
    /// The text of a sheet's <c>_xlnm.Print_Titles</c> name as Excel writes it, columns first:
    /// <c>'Tổng hợp'!$A:$B,'Tổng hợp'!$11:$15</c> (LibreOffice ignores the unanchored <c>11:15</c>). Null when nothing repeats.
    /// </summary>
    public static string? PrintTitles(string sheetName, PrintSetup print)
    {
        var prefix = CellReference.SheetPrefix(sheetName);
        var parts = new List<string>(2);
        if (print.RepeatFirstColumn is { } firstColumn && print.RepeatLastColumn is { } lastColumn)
        {
            parts.Add(prefix + "$" + CellReference.ColumnLetters(firstColumn) + ":$" + CellReference.ColumnLetters(lastColumn));
        }

        if (print.RepeatFirstRow is { } firstRow && print.RepeatLastRow is { } lastRow)
        {
            parts.Add(prefix + "$" + firstRow.ToString(CultureInfo.InvariantCulture) + ":$" + lastRow.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? null : string.Join(",", parts);
    }

    /// <summary>Millimetres to inches as page margins are saved (four decimals).</summary>
    public static double Inches(double millimetres) => Math.Round(millimetres / 25.4, 4);

    /// <summary>
    /// Excel's legacy sheet-protection password hash (ECMA-376 Part 4, 14.7.1), four hex digits.
    /// The modern hashes add a random salt, which would break byte-identical output.
    /// </summary>
    public static string LegacyPasswordHash(string password)
    {
        var hash = 0;
        for (var i = password.Length - 1; i >= 0; i--)
        {
            hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF);
            hash ^= password[i];
        }

        hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7FFF);
        hash ^= password.Length;
        hash ^= 0xCE4B;
        return hash.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static double WidthOf(SheetLayout sheet, LayoutRow row, int column)
    {
        foreach (var span in row.Merges)
        {
            if (span.First == column)
            {
                var total = 0.0;
                for (var c = span.First; c <= span.Last; c++)
                {
                    total += sheet.ColumnWidth(c);
                }

                return total;
            }
        }

        return sheet.ColumnWidth(column);
    }
}
