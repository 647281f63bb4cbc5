using System;

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
    private int? _repeatFirst;
    private int? _repeatLast;

    /// <summary>The paper (A4 by default).</summary>
    public PaperSize Paper { get; set; } = PaperSize.A4;

    /// <summary>Portrait by default.</summary>
    public PageOrientation Orientation { get; set; } = PageOrientation.Portrait;

    /// <summary>Margins (Nghị định 30 by default).</summary>
    public PageMargins Margins { get; set; } = PageMargins.Decree30;

    /// <summary>Scale the sheet to one page wide (as many pages tall as needed).</summary>
    public bool FitToWidth { get; set; }

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
}
