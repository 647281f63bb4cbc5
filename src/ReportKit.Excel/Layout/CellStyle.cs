using System;

namespace ReportKit.Excel.Layout;

/// <summary>Horizontal alignment of a cell's content.</summary>
public enum HorizontalAlignment
{
    /// <summary>Excel's default: text left, numbers right.</summary>
    General,

    /// <summary>Left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right.</summary>
    Right,

    /// <summary>Justified (both edges), for long wrapped text.</summary>
    Justify,
}

/// <summary>Vertical alignment of a cell's content.</summary>
public enum VerticalAlignment
{
    /// <summary>Top.</summary>
    Top,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Bottom (Excel's default).</summary>
    Bottom,
}

/// <summary>Which edges of a cell get a thin border.</summary>
[Flags]
public enum CellBorders
{
    /// <summary>No border.</summary>
    None = 0,

    /// <summary>Left edge.</summary>
    Left = 1,

    /// <summary>Right edge.</summary>
    Right = 2,

    /// <summary>Top edge.</summary>
    Top = 4,

    /// <summary>Bottom edge.</summary>
    Bottom = 8,

    /// <summary>All four edges (a table cell).</summary>
    All = Left | Right | Top | Bottom,
}

/// <summary>A font. Vietnamese documents use Times New Roman throughout (TCVN 6909:2001).</summary>
/// <param name="Name">Font family.</param>
/// <param name="Size">Size in points.</param>
/// <param name="Bold">Bold (đậm).</param>
/// <param name="Italic">Italic (nghiêng).</param>
/// <param name="Underline">Single underline.</param>
public sealed record CellFont(string Name, double Size, bool Bold = false, bool Italic = false, bool Underline = false)
{
    /// <summary>The family every ReportKit document uses.</summary>
    public const string TimesNewRoman = "Times New Roman";

    /// <summary>Times New Roman, 12 pt, regular: the workbook's default font.</summary>
    public static CellFont Default { get; } = new(TimesNewRoman, 12);

    /// <summary>Times New Roman at the given size and style.</summary>
    public static CellFont Times(double size, bool bold = false, bool italic = false, bool underline = false) =>
        new(TimesNewRoman, size, bold, italic, underline);
}

/// <summary>
/// A cell style: a value (records compare by content), so equal styles are written once.
/// The default is Times New Roman 12, general alignment, no wrap, no border, locked.
/// </summary>
/// <param name="Font">The font.</param>
/// <param name="Horizontal">Horizontal alignment.</param>
/// <param name="Vertical">Vertical alignment.</param>
/// <param name="Wrap">Wrap text inside the cell (rows then get a computed height).</param>
/// <param name="Borders">Thin borders on these edges.</param>
/// <param name="NumberFormat">An Excel number format code (<c>#,##0</c>, <c>0.0%</c>, <c>dd/mm/yyyy</c>), or null for General.
/// Use codes with <c>,</c> and <c>.</c> as Excel stores them; Excel shows the viewer's separators (Vietnamese: <c>1.234</c>, <c>81,2%</c>).</param>
/// <param name="FillColor">Solid fill as six hex digits <c>RRGGBB</c>, or null for none.</param>
/// <param name="Locked">Whether the cell is locked when the sheet is protected; input cells are unlocked.</param>
/// <param name="Indent">Indent level (each step is about three characters), for nested item titles.</param>
public sealed record CellStyle(
    CellFont Font,
    HorizontalAlignment Horizontal = HorizontalAlignment.General,
    VerticalAlignment Vertical = VerticalAlignment.Bottom,
    bool Wrap = false,
    CellBorders Borders = CellBorders.None,
    string? NumberFormat = null,
    string? FillColor = null,
    bool Locked = true,
    int Indent = 0)
{
    /// <summary>Times New Roman 12, everything else default.</summary>
    public static CellStyle Default { get; } = new(CellFont.Default);

    /// <summary>The format dates get when a style names none (Vietnamese order).</summary>
    public const string DefaultDateFormat = "dd/mm/yyyy";

    /// <summary>A copy with another font.</summary>
    public CellStyle WithFont(CellFont font) => this with { Font = font };

    /// <summary>A copy centred both ways.</summary>
    public CellStyle Centered() => this with { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center };
}
