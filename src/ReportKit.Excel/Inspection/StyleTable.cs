using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportKit.Excel.Inspection;

/// <summary>The cell formats of a stylesheet, described compactly and relative to the default font.</summary>
internal sealed class StyleTable
{
    /// <summary>Excel's built-in number formats that a file refers to by id only.</summary>
    private static readonly Dictionary<uint, string> BuiltInFormats = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
        [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??", [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm",
        [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };

    private readonly List<CellFormat> _formats;
    private readonly List<Font> _fonts;
    private readonly List<Fill> _fills;
    private readonly List<Border> _borders;
    private readonly Dictionary<uint, string> _numberFormats;
    private readonly string _defaultFont;
    private readonly Dictionary<int, string> _described = new();

    public StyleTable(Stylesheet? stylesheet)
    {
        _formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? new List<CellFormat>();
        _fonts = stylesheet?.Fonts?.Elements<Font>().ToList() ?? new List<Font>();
        _fills = stylesheet?.Fills?.Elements<Fill>().ToList() ?? new List<Fill>();
        _borders = stylesheet?.Borders?.Elements<Border>().ToList() ?? new List<Border>();
        _numberFormats = new Dictionary<uint, string>(BuiltInFormats);
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? Enumerable.Empty<NumberingFormat>())
        {
            if (format.NumberFormatId?.Value is { } id)
            {
                _numberFormats[id] = format.FormatCode?.Value ?? string.Empty;
            }
        }

        _defaultFont = FontText(_formats.Count > 0 ? (int)(_formats[0].FontId?.Value ?? 0) : 0);
    }

    /// <summary>Whether cells with this format are locked when the sheet is protected (the default).</summary>
    public bool IsLocked(int index) => Format(index)?.Protection?.Locked?.Value ?? true;

    /// <summary>Whether the number format shows a date or time.</summary>
    public bool IsDateFormat(int index)
    {
        var id = Format(index)?.NumberFormatId?.Value ?? 0;
        if (id is >= 14 and <= 22 or >= 45 and <= 47)
        {
            return true;
        }

        return _numberFormats.TryGetValue(id, out var code) && BuiltInFormats.ContainsKey(id) == false && LooksLikeDate(code);
    }

    /// <summary>The style's parts that differ from a plain cell, or the empty string.</summary>
    public string Describe(int index)
    {
        if (_described.TryGetValue(index, out var known))
        {
            return known;
        }

        var format = Format(index);
        var parts = new List<string>();
        if (format is not null)
        {
            var font = FontText((int)(format.FontId?.Value ?? 0));
            if (font != _defaultFont)
            {
                parts.Add("font " + font);
            }

            var numberFormatId = format.NumberFormatId?.Value ?? 0;
            if (numberFormatId != 0)
            {
                var code = _numberFormats.TryGetValue(numberFormatId, out var c) ? c : "#" + numberFormatId.ToString(CultureInfo.InvariantCulture);
                parts.Add("format " + WorkbookText.Quote(code));
            }

            if (format.Alignment is { } alignment)
            {
                if (alignment.Horizontal?.Value is { } horizontal && horizontal != HorizontalAlignmentValues.General)
                {
                    parts.Add(horizontal.ToString().ToLowerInvariant());
                }

                if (alignment.Vertical?.Value is { } vertical && vertical != VerticalAlignmentValues.Bottom)
                {
                    parts.Add("v-" + vertical.ToString().ToLowerInvariant());
                }

                if (alignment.WrapText?.Value == true)
                {
                    parts.Add("wrap");
                }

                if (alignment.Indent?.Value is { } indent and > 0)
                {
                    parts.Add("indent " + indent.ToString(CultureInfo.InvariantCulture));
                }

                if (alignment.TextRotation?.Value is { } rotation and > 0)
                {
                    parts.Add("rotate " + rotation.ToString(CultureInfo.InvariantCulture));
                }

                if (alignment.ShrinkToFit?.Value == true)
                {
                    parts.Add("shrink");
                }
            }

            var border = BorderText((int)(format.BorderId?.Value ?? 0));
            if (border.Length > 0)
            {
                parts.Add(border);
            }

            var fill = FillText((int)(format.FillId?.Value ?? 0));
            if (fill.Length > 0)
            {
                parts.Add(fill);
            }

            if (format.QuotePrefix?.Value == true)
            {
                parts.Add("quote-prefix");
            }

            if (format.Protection?.Hidden?.Value == true)
            {
                parts.Add("formula-hidden");
            }
        }

        var text = string.Join("; ", parts);
        _described[index] = text;
        return text;
    }

    private CellFormat? Format(int index) => index >= 0 && index < _formats.Count ? _formats[index] : null;

    private string FontText(int index)
    {
        if (index < 0 || index >= _fonts.Count)
        {
            return "(none)";
        }

        var font = _fonts[index];
        var text = new StringBuilder();
        text.Append(font.FontName?.Val?.Value ?? "?").Append(' ')
            .Append(WorkbookText.Number(font.FontSize?.Val?.Value ?? 11));
        if (font.Bold is { } bold && (bold.Val?.Value ?? true))
        {
            text.Append(" bold");
        }

        if (font.Italic is { } italic && (italic.Val?.Value ?? true))
        {
            text.Append(" italic");
        }

        if (font.Underline is { } underline && underline.Val?.Value != UnderlineValues.None)
        {
            text.Append(underline.Val?.Value is { } kind && kind != UnderlineValues.Single ? " underline-" + kind.ToString().ToLowerInvariant() : " underline");
        }

        if (font.Strike is { } strike && (strike.Val?.Value ?? true))
        {
            text.Append(" strike");
        }

        if (font.Color is { } color)
        {
            var colorText = ColorText(color.Rgb?.Value, color.Theme?.Value, color.Indexed?.Value);
            if (colorText.Length > 0 && !IsAutomaticBlack(colorText))
            {
                text.Append(" color ").Append(colorText);
            }
        }

        return text.ToString();
    }

    private string BorderText(int index)
    {
        if (index < 0 || index >= _borders.Count)
        {
            return string.Empty;
        }

        var border = _borders[index];
        var sides = new (string Name, BorderPropertiesType? Side)[]
        {
            ("left", border.LeftBorder), ("right", border.RightBorder), ("top", border.TopBorder), ("bottom", border.BottomBorder),
        };
        var styles = sides.Select(s => (s.Name, Style: s.Side?.Style?.Value is { } v && v != BorderStyleValues.None ? v.ToString().ToLowerInvariant() : null)).ToList();
        if (styles.All(s => s.Style is null))
        {
            return string.Empty;
        }

        if (styles.All(s => s.Style == styles[0].Style))
        {
            return "border " + styles[0].Style;
        }

        return "border " + string.Join(",", styles.Where(s => s.Style is not null).Select(s => s.Name + ":" + s.Style));
    }

    private string FillText(int index)
    {
        if (index < 0 || index >= _fills.Count || _fills[index].PatternFill is not { } pattern)
        {
            return string.Empty;
        }

        var type = pattern.PatternType?.Value;
        if (type is null || type == PatternValues.None)
        {
            return string.Empty;
        }

        var color = pattern.ForegroundColor is { } fg ? ColorText(fg.Rgb?.Value, fg.Theme?.Value, fg.Indexed?.Value) : string.Empty;
        return type == PatternValues.Solid
            ? "fill " + (color.Length > 0 ? color : "solid")
            : "fill " + type.Value.ToString().ToLowerInvariant() + (color.Length > 0 ? " " + color : string.Empty);
    }

    private static string ColorText(string? rgb, uint? theme, uint? indexed)
    {
        if (rgb is not null)
        {
            // ARGB with an opaque alpha reads better as RRGGBB.
            return rgb.Length == 8 && rgb.StartsWith("FF", StringComparison.OrdinalIgnoreCase) ? rgb[2..].ToUpperInvariant() : rgb.ToUpperInvariant();
        }

        if (theme is { } t)
        {
            return "theme" + t.ToString(CultureInfo.InvariantCulture);
        }

        return indexed is { } i ? "indexed" + i.ToString(CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <summary>Black text written in one of the usual ways (explicit, theme text colour, system or palette black).</summary>
    private static bool IsAutomaticBlack(string color) => color is "000000" or "theme1" or "indexed8" or "indexed64";

    private static bool LooksLikeDate(string code)
    {
        // Ignore quoted literals, escaped characters and [colour]/[locale] sections; then look for date or time letters.
        var plain = new StringBuilder();
        var inQuote = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuote)
            {
                inQuote = c != '"';
                continue;
            }

            if (inBracket)
            {
                inBracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"': inQuote = true; break;
                case '[': inBracket = true; break;
                case '\\': i++; break;
                default: plain.Append(char.ToLowerInvariant(c)); break;
            }
        }

        var text = plain.ToString();
        return !text.Contains("general", StringComparison.Ordinal) && text.IndexOfAny(new[] { 'd', 'm', 'y', 'h', 's' }) >= 0 && text.IndexOfAny(new[] { '0', '#', '?' }) < 0;
    }
}
