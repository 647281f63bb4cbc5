using System;
using System.Collections.Generic;

namespace ReportKit.Excel.Layout;

/// <summary>Paper sizes in use for Vietnamese documents.</summary>
public enum PaperSize
{
    /// <summary>A4 (210 × 297 mm), the standard for Party and state documents.</summary>
    A4,

    /// <summary>A3, for very wide tables.</summary>
    A3,
}

/// <summary>Page orientation.</summary>
public enum PageOrientation
{
    /// <summary>Portrait.</summary>
    Portrait,

    /// <summary>Landscape, for wide summary tables.</summary>
    Landscape,
}

/// <summary>Page margins in millimetres.</summary>
/// <param name="Top">Top.</param>
/// <param name="Bottom">Bottom.</param>
/// <param name="Left">Left.</param>
/// <param name="Right">Right.</param>
/// <param name="Header">Distance of the page header from the top edge.</param>
/// <param name="Footer">Distance of the page footer from the bottom edge.</param>
public sealed record PageMargins(double Top, double Bottom, double Left, double Right, double Header = 8, double Footer = 8)
{
    /// <summary>Nghị định 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the smallest of each).</summary>
    public static PageMargins Decree30 { get; } = new(20, 20, 30, 15);

    /// <summary>Narrower margins for a landscape table (binding edge still the widest).</summary>
    public static PageMargins Table { get; } = new(15, 15, 20, 10);
}

/// <summary>How a sheet prints.</summary>
public sealed class PrintSetup
{
    private readonly SortedSet<int> _columnBreaks = new();
    private readonly SortedSet<int> _rowBreaks = new();
    private int? _repeatFirst;
    private int? _repeatLast;
    private int? _repeatFirstColumn;
    private int? _repeatLastColumn;
    private int? _scale;

    /// <summary>The paper (A4 by default).</summary>
    public PaperSize Paper { get; set; } = PaperSize.A4;

    /// <summary>Portrait by default.</summary>
    public PageOrientation Orientation { get; set; } = PageOrientation.Portrait;

    /// <summary>Margins (Nghị định 30 by default).</summary>
    public PageMargins Margins { get; set; } = PageMargins.Decree30;

    /// <summary>Scale the sheet to one page wide (as many pages tall as needed).</summary>
    public bool FitToWidth { get; set; }

    /// <summary>
    /// A fixed print scale in percent (10–400), or null for 100 % (or the fitted scale with <see cref="FitToWidth"/>).
    /// A fixed scale with manual column breaks prints a wide table as several pages wide, each page at a legible size.
    /// </summary>
    public int? Scale
    {
        get => _scale;
        set
        {
            if (value is < 10 or > 400)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "A print scale is between 10 and 400 percent.");
            }

            _scale = value;
        }
    }

    /// <summary>Pages are numbered across first, then down (a wide table's column groups in reading order).</summary>
    public bool OverThenDown { get; set; }

    /// <summary>The columns that start a new printed page (manual breaks left of them).</summary>
    public IReadOnlyCollection<int> ColumnBreaks => _columnBreaks;

    /// <summary>The rows that start a new printed page (manual breaks above them).</summary>
    public IReadOnlyCollection<int> RowBreaks => _rowBreaks;

    /// <summary>The first column repeated at the left of every page, if any.</summary>
    public int? RepeatFirstColumn => _repeatFirstColumn;

    /// <summary>The last column repeated at the left of every page, if any.</summary>
    public int? RepeatLastColumn => _repeatLastColumn;

    /// <summary>Centre the printed area between the side margins.</summary>
    public bool CenterHorizontally { get; set; }

    /// <summary>The first row repeated at the top of every page, if any.</summary>
    public int? RepeatFirstRow => _repeatFirst;

    /// <summary>The last row repeated at the top of every page, if any.</summary>
    public int? RepeatLastRow => _repeatLast;

    /// <summary>Repeats rows <paramref name="firstRow"/>..<paramref name="lastRow"/> (a table header) on every page.</summary>
    public PrintSetup RepeatRows(int firstRow, int lastRow)
    {
        new CellRange(firstRow, 1, lastRow, 1).Validate(nameof(firstRow));
        _repeatFirst = firstRow;
        _repeatLast = lastRow;
        return this;
    }

    /// <summary>Repeats columns <paramref name="firstColumn"/>..<paramref name="lastColumn"/> (STT, unit) at the left of every page.</summary>
    public PrintSetup RepeatColumns(int firstColumn, int lastColumn)
    {
        new CellRange(1, firstColumn, 1, lastColumn).Validate(nameof(firstColumn));
        _repeatFirstColumn = firstColumn;
        _repeatLastColumn = lastColumn;
        return this;
    }

    /// <summary>Starts a new page at <paramref name="column"/> (a manual break left of it; column 1 has none).</summary>
    public PrintSetup BreakBeforeColumn(int column)
    {
        CellRange.Cell(1, column).Validate(nameof(column));
        if (column > 1)
        {
            _columnBreaks.Add(column);
        }

        return this;
    }

    /// <summary>Starts a new page at <paramref name="row"/> (a manual break above it; row 1 has none).</summary>
    public PrintSetup BreakBeforeRow(int row)
    {
        CellRange.Cell(row, 1).Validate(nameof(row));
        if (row > 1)
        {
            _rowBreaks.Add(row);
        }

        return this;
    }

    /// <summary>Paper width and height in millimetres as oriented.</summary>
    public (double Width, double Height) PaperMillimetres
    {
        get
        {
            var (shortSide, longSide) = Paper == PaperSize.A3 ? (297.0, 420.0) : (210.0, 297.0);
            return Orientation == PageOrientation.Landscape ? (longSide, shortSide) : (shortSide, longSide);
        }
    }
}
