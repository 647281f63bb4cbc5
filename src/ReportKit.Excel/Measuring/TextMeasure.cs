using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Measuring;

/// <summary>
/// Approximate text measuring for column widths and wrapped-row heights, without System.Drawing
/// (ClosedXML's own auto-fit needs libgdiplus on Linux and ignores wrapping). Widths come from a
/// per-character table of Times New Roman advance widths (metric-compatible with Liberation Serif);
/// a Vietnamese letter measures as its base letter (ế as e, Ư as U), which is within a few percent.
/// Units: column widths in Excel's character units, where one unit is the width of a digit in the
/// workbook's default font (Times New Roman 12); heights in points.
/// </summary>
internal static class TextMeasure
{
    /// <summary>The default font size the column unit is based on.</summary>
    public const double BaseFontSize = 12;

    /// <summary>Excel's default column width in character units.</summary>
    public const double DefaultColumnWidth = 8.43;

    /// <summary>A digit is half an em in Times New Roman: the column unit.</summary>
    private const double DigitEm = 0.5;

    /// <summary>
    /// Slack for the approximation, in character units. Excel stores a width as characters plus about
    /// 0.71 for the cell's padding (ClosedXML adds it when saving), so widths here are the characters shown.
    /// </summary>
    private const double Slack = 0.5;

    /// <summary>Bold Times is about 6 % wider than regular on average.</summary>
    private const double BoldFactor = 1.06;

    /// <summary>A line of Times New Roman takes about 1.31 × its size (Excel: 15.75 pt rows at 12 pt).</summary>
    private const double LineHeightFactor = 1.3125;

    /// <summary>Points above and below the text inside a row.</summary>
    private const double RowPadding = 1.5;

    // Advance widths in 1/1000 em for ASCII 32..126 (Times New Roman regular).
    private static readonly short[] AsciiWidths =
    {
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // 0-9 : ; < = > ?
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // @ A-O
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // P-Z [ \ ] ^ _
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // ` a-o
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,      // p-z { | } ~
    };

    private static readonly Dictionary<char, short> OtherWidths = new()
    {
        ['Đ'] = 722, ['đ'] = 500, ['…'] = 1000, ['–'] = 500, ['—'] = 1000, ['“'] = 444, ['”'] = 444,
        ['‘'] = 333, ['’'] = 333, ['•'] = 350, ['×'] = 564, ['°'] = 400, ['\u00A0'] = 250,
    };

    /// <summary>The width of <paramref name="text"/> (its longest line) in column units.</summary>
    public static double TextWidth(string text, CellFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var widest = 0.0;
        foreach (var line in text.Split('\n'))
        {
            widest = Math.Max(widest, EmWidth(line, font.Bold));
        }

        return ToColumnUnits(widest, font.Size);
    }

    /// <summary>The column width that shows <paramref name="text"/> on one line, with a little slack.</summary>
    public static double ColumnWidthFor(string text, CellFont font) => Math.Round(TextWidth(text, font) + Slack, 2);

    /// <summary>
    /// The column width that fits the widest of <paramref name="texts"/>, kept between
    /// <paramref name="minimum"/> and <paramref name="maximum"/> (beyond the maximum, wrap the text).
    /// </summary>
    public static double FitColumnWidth(IEnumerable<string> texts, CellFont font, double minimum = 4, double maximum = 60)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var widest = minimum;
        foreach (var text in texts)
        {
            widest = Math.Max(widest, ColumnWidthFor(text ?? string.Empty, font));
        }

        return Math.Min(widest, maximum);
    }

    /// <summary>How many lines <paramref name="text"/> takes when wrapped in a cell <paramref name="columnWidth"/> wide.</summary>
    public static int LineCount(string text, CellFont font, double columnWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var available = Math.Max(columnWidth - Slack, 0.5);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += WrappedLines(paragraph, font, available);
        }

        return Math.Max(lines, 1);
    }

    /// <summary>The row height in points for <paramref name="lines"/> lines of text at <paramref name="fontSize"/> points.</summary>
    public static double RowHeight(int lines, double fontSize)
    {
        var height = Math.Max(lines, 1) * fontSize * LineHeightFactor + (lines > 1 ? RowPadding : 0);
        return Math.Min(Math.Ceiling(height * 4) / 4, 409);
    }

    /// <summary>
    /// The row height in points that shows all of <paramref name="text"/> wrapped in a cell <paramref name="columnWidth"/> wide,
    /// with <see cref="WithSlack"/>.
    /// </summary>
    public static double WrappedRowHeight(string text, CellFont font, double columnWidth) =>
        RowHeight(WithSlack(LineCount(text, font, columnWidth)), font.Size);

    /// <summary>
    /// Lines to make room for: beyond two, a line in four of slack, because LibreOffice breaks text a little earlier than
    /// the width table predicts (a long item title lost its last line).
    /// </summary>
    public static int WithSlack(int lines) => lines > 2 ? lines + (lines + 3) / 4 : lines;

    private static int WrappedLines(string paragraph, CellFont font, double available)
    {
        // Greedy word wrap, as Excel does: a word longer than the line is broken by characters.
        var spaceWidth = ToColumnUnits(CharEm(' ', font.Bold), font.Size);
        var lines = 1;
        var lineWidth = 0.0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = ToColumnUnits(EmWidth(word, font.Bold), font.Size);
            var needed = lineWidth == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
            if (needed <= available)
            {
                lineWidth = needed;
                continue;
            }

            if (lineWidth > 0)
            {
                lines++;
            }

            while (wordWidth > available)
            {
                lines++;
                wordWidth -= available;
            }

            lineWidth = wordWidth;
        }

        return lines;
    }

    private static double ToColumnUnits(double em, double fontSize) => em * fontSize / (DigitEm * BaseFontSize);

    private static double EmWidth(string text, bool bold)
    {
        var total = 0.0;
        foreach (var c in text)
        {
            total += CharEm(c, bold);
        }

        return total;
    }

    private static double CharEm(char c, bool bold)
    {
        var width = CharThousandths(c) / 1000.0;
        return bold ? width * BoldFactor : width;
    }

    private static int CharThousandths(char c)
    {
        if (c >= ' ' && c <= '~')
        {
            return AsciiWidths[c - ' '];
        }

        if (OtherWidths.TryGetValue(c, out var known))
        {
            return known;
        }

        if (char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        // A character outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) is a surrogate
        // pair: count the pair once, as a full em, since a lone surrogate cannot be normalised.
        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c) ? 1000 : 0;
        }

        // Vietnamese letters: measure the base letter of the canonical decomposition (ế → e, Ư → U).
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length > 0 && decomposed[0] >= ' ' && decomposed[0] <= '~')
        {
            return AsciiWidths[decomposed[0] - ' '];
        }

        // Anything else: the width of a typical capital, so estimates err on the wide side.
        return 722;
    }
}
