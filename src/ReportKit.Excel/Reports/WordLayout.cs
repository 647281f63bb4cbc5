using System.Collections.Generic;

namespace ReportKit.Excel.Reports;

/// <summary>How a paragraph lines up.</summary>
internal enum WordAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A run of text in one font (Times New Roman; size in points).</summary>
internal sealed record WordRun(string Text, double Size, bool Bold = false, bool Italic = false, bool Underline = false);

/// <summary>A block of a Word document: a paragraph or a borderless layout table.</summary>
internal abstract record WordBlock;

/// <summary>
/// A paragraph: its runs, alignment, first-line indent and spacing (points), whether it stays with the next one,
/// indents on both sides, and whether a rule is drawn under it (between those indents: the short line under a
/// state issuer's name is an empty ruled paragraph indented from both sides).
/// </summary>
internal sealed record WordParagraph(
    IReadOnlyList<WordRun> Runs,
    WordAlignment Alignment = WordAlignment.Left,
    double FirstLineIndentMm = 0,
    double SpaceBefore = 0,
    double SpaceAfter = 0,
    bool KeepWithNext = false,
    bool Rule = false,
    double SideIndentMm = 0) : WordBlock
{
    public static WordParagraph Of(string text, double size, WordAlignment alignment = WordAlignment.Left, bool bold = false, bool italic = false, bool underline = false) =>
        new(new[] { new WordRun(text, size, bold, italic, underline) }, alignment);
}

/// <summary>A borderless table laying out zones side by side (header, footer): column widths in mm, one cell per column.</summary>
internal sealed record WordTable(IReadOnlyList<double> ColumnWidthsMm, IReadOnlyList<IReadOnlyList<WordParagraph>> Cells) : WordBlock;

/// <summary>
/// A Word document as blocks, on A4 portrait with the margins both conventions set (top and bottom 20 mm, left
/// 30 mm, right 15 mm), page numbers centred in the top margin from page 2 on.
/// </summary>
internal sealed record WordLayout(string Title, string Subject, string Keywords, IReadOnlyList<WordBlock> Blocks)
{
    /// <summary>Text width on A4 between the margins: 210 − 30 − 15 mm.</summary>
    public const double TextWidthMm = 165;
}
