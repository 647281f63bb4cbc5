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
        var match = PlainDigits.Match(formatCode);
        if (!match.Success)
            return false;
        var shown = match.Groups["decimals"].Value.Length;
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var needed = point < 0 ? 0 : text.TrimEnd('0').Length - point - 1;
        return needed <= shown;
    }
}
