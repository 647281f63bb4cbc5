using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportKit.Excel.Import;

/// <summary>
/// Whether a cell's number format shows its value as it is: a unit's leader who reads the form in Excel must see the
/// number the importer reads. <c>General</c> and plain digit formats (<c>0</c>, <c>#,##0</c>, <c>#,##0.0#</c>) with
/// enough decimals do; a scaling comma (<c>0,,</c> shows 1,000,000 as 1), sections, literal text, percent,
/// exponents, fractions, colours or conditions do not.
/// </summary>
internal static class DisplayedFormat
{
    private static readonly Regex PlainDigits = new(@"^(?:[#0]+,)*[#0]+(?:\.(?<decimals>[#0]*))?$", RegexOptions.CultureInvariant);

    public static bool ShowsAsIs(string formatCode, decimal value)
    {
        // An empty code is how some writers (ClosedXML) store a style without a number format: General.
        if (formatCode.Length == 0 || string.Equals(formatCode, "General", StringComparison.OrdinalIgnoreCase))
            return true;
        // Matched without a Match object: the decimals shown are the digit places after the one point the pattern allows
        // (counted, not measured to the end: the pattern's $ also matches before a final line feed).
        if (!PlainDigits.IsMatch(formatCode))
            return false;
        var dot = formatCode.IndexOf('.');
        var decimals = dot < 0 ? ReadOnlySpan<char>.Empty : formatCode.AsSpan(dot + 1);
        var end = decimals.IndexOfAnyExcept('#', '0');
        var shown = end < 0 ? decimals.Length : end;
        Span<char> written = stackalloc char[64];
        var text = Math.Abs(value).TryFormat(written, out var length, provider: CultureInfo.InvariantCulture)
            ? written[..length]
            : Math.Abs(value).ToString(CultureInfo.InvariantCulture).AsSpan();
        var point = text.IndexOf('.');
        var needed = point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
        return needed <= shown;
    }
}
