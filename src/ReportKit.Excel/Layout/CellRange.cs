using System;
using System.Globalization;

namespace ReportKit.Excel.Layout;

/// <summary>A rectangle of cells, 1-based and inclusive.</summary>
/// <param name="FirstRow">Top row.</param>
/// <param name="FirstColumn">Left column.</param>
/// <param name="LastRow">Bottom row.</param>
/// <param name="LastColumn">Right column.</param>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    /// <summary>Excel's last row.</summary>
    public const int MaxRow = 1_048_576;

    /// <summary>Excel's last column (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>A single cell.</summary>
    public static CellRange Cell(int row, int column) => new(row, column, row, column);

    /// <summary>Number of rows.</summary>
    public int RowCount => LastRow - FirstRow + 1;

    /// <summary>Number of columns.</summary>
    public int ColumnCount => LastColumn - FirstColumn + 1;

    /// <summary>Whether the range is one cell.</summary>
    public bool IsSingleCell => FirstRow == LastRow && FirstColumn == LastColumn;

    /// <summary>The same range moved down by <paramref name="rows"/>.</summary>
    public CellRange Offset(int rows) => new(FirstRow + rows, FirstColumn, LastRow + rows, LastColumn);

    /// <summary>Whether the two ranges share a cell.</summary>
    public bool Overlaps(CellRange other) =>
        FirstRow <= other.LastRow && other.FirstRow <= LastRow && FirstColumn <= other.LastColumn && other.FirstColumn <= LastColumn;

    /// <summary>Throws unless the range is well ordered and inside the sheet.</summary>
    internal void Validate(string what)
    {
        if (FirstRow < 1 || FirstColumn < 1 || LastRow < FirstRow || LastColumn < FirstColumn ||
            LastRow > MaxRow || LastColumn > MaxColumn)
        {
            throw new ArgumentOutOfRangeException(what, this.ToString(), "A range must be 1-based, ordered and inside the sheet.");
        }
    }

    /// <summary>A1 notation (<c>B3:D7</c>, or <c>B3</c> for one cell), relative.</summary>
    public override string ToString() =>
        IsSingleCell ? CellReference.A1(FirstRow, FirstColumn)
                     : CellReference.A1(FirstRow, FirstColumn) + ":" + CellReference.A1(LastRow, LastColumn);

    /// <summary>Absolute A1 notation (<c>$B$3:$D$7</c>).</summary>
    public string ToAbsolute() =>
        IsSingleCell ? CellReference.A1(FirstRow, FirstColumn, absolute: true)
                     : CellReference.A1(FirstRow, FirstColumn, absolute: true) + ":" + CellReference.A1(LastRow, LastColumn, absolute: true);
}

/// <summary>A1 references.</summary>
public static class CellReference
{
    /// <summary>The column letters (1 → A, 27 → AA).</summary>
    public static string ColumnLetters(int column)
    {
        if (column < 1 || column > CellRange.MaxColumn)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "Columns run from 1 to 16384.");
        }

        Span<char> buffer = stackalloc char[3];
        var position = buffer.Length;
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            buffer[--position] = (char)('A' + remainder);
            column = (column - 1) / 26;
        }

        return new string(buffer[position..]);
    }

    /// <summary>The column number of letters (A → 1); throws on anything else.</summary>
    public static int ColumnNumber(string letters)
    {
        if (string.IsNullOrEmpty(letters) || letters.Length > 3)
        {
            throw new FormatException("Not column letters: '" + letters + "'.");
        }

        var column = 0;
        foreach (var c in letters)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper < 'A' || upper > 'Z')
            {
                throw new FormatException("Not column letters: '" + letters + "'.");
            }

            column = column * 26 + (upper - 'A' + 1);
        }

        return column;
    }

    /// <summary>A cell reference (<c>B3</c>, or <c>$B$3</c> when absolute).</summary>
    public static string A1(int row, int column, bool absolute = false)
    {
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        return absolute ? "$" + ColumnLetters(column) + "$" + rowText : ColumnLetters(column) + rowText;
    }

    /// <summary>Parses <c>B3</c> (an optional <c>$</c> before either part) into row and column.</summary>
    public static (int Row, int Column) Parse(string reference)
    {
        var text = reference.Replace("$", string.Empty, StringComparison.Ordinal);
        var split = 0;
        while (split < text.Length && char.IsAsciiLetter(text[split]))
        {
            split++;
        }

        if (split == 0 || split == text.Length ||
            !int.TryParse(text.AsSpan(split), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
        {
            throw new FormatException("Not an A1 cell reference: '" + reference + "'.");
        }

        return (row, ColumnNumber(text[..split]));
    }

    /// <summary>Quotes a sheet name for use in a formula or defined name (<c>'Tổng hợp'!</c>).</summary>
    internal static string SheetPrefix(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'!";
}
