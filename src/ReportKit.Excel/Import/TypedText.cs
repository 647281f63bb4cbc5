using System;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportKit.Excel.Forms;

namespace ReportKit.Excel.Import;

/// <summary>
/// Numbers and dates that a clerk typed as text where a number or a date belongs, read only when they can mean one thing
/// (the rules are in the package README, "Recoverable cells").
/// </summary>
internal static partial class TypedText
{
    public enum Reading
    {
        /// <summary>Not a number at all (words, units, several numbers).</summary>
        NotANumber,

        /// <summary>A number, but which one depends on the reader's convention (<c>1.234</c>, <c>1,234</c>).</summary>
        Ambiguous,

        /// <summary>One number.</summary>
        Read,
    }

    /// <summary>
    /// A number typed as text: after trimming spaces (no-break spaces too) and one leading apostrophe, an optional minus
    /// and 1–15 digits, optionally followed by one decimal point or comma and digits. With exactly three digits after the
    /// point or comma (<c>1.234</c>, <c>1,234</c>) it is <see cref="Reading.Ambiguous"/>: a thousands group in one convention,
    /// a decimal in the other. Anything else (<c>1.234.567</c>, <c>1 234</c>, <c>12 người</c>, <c>96%</c>, <c>+5</c>) is not a number.
    /// </summary>
    public static Reading Number(string text, out decimal value)
    {
        value = 0;
        var trimmed = FormMetadata.Normalize(text);
        if (trimmed.StartsWith('\''))
        {
            trimmed = trimmed[1..].TrimStart();
        }

        var match = NumberPattern().Match(trimmed);
        if (!match.Success)
        {
            return Reading.NotANumber;
        }

        var fraction = match.Groups["fraction"];
        if (fraction.Success && fraction.Length == 3)
        {
            return Reading.Ambiguous;
        }

        var invariant = match.Groups["sign"].Value + match.Groups["whole"].Value + (fraction.Success ? "." + fraction.Value : string.Empty);
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            ? Reading.Read
            : Reading.NotANumber;
    }

    /// <summary>
    /// A date typed as text, day before month as written in Vietnam: <c>20/11/2024</c>, <c>20-11-2024</c>, <c>20.11.2024</c>
    /// (one or two digits for day and month, four for the year, the same separator twice, spaces around it allowed), year
    /// first <c>2024-11-20</c> or <c>2024/11/20</c>, or <c>ngày 20 tháng 11 năm 2024</c>. Null for anything else, two-digit
    /// years, impossible days (<c>31/11/2024</c>) and years outside 1900–2200 (<see cref="Dates.FromParts"/>) included: <c>11/20/2024</c> is not read as 20 November.
    /// </summary>
    public static DateOnly? Date(string text)
    {
        var trimmed = FormMetadata.Normalize(text);
        if (DayFirst().Match(trimmed) is { Success: true } dayFirst)
        {
            return Make(dayFirst.Groups["y"].Value, dayFirst.Groups["m"].Value, dayFirst.Groups["d"].Value);
        }

        if (YearFirst().Match(trimmed) is { Success: true } yearFirst)
        {
            return Make(yearFirst.Groups["y"].Value, yearFirst.Groups["m"].Value, yearFirst.Groups["d"].Value);
        }

        if (Words().Match(trimmed) is { Success: true } words)
        {
            return Make(words.Groups["y"].Value, words.Groups["m"].Value, words.Groups["d"].Value);
        }

        return null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        // The one day/month/year rule (years 1900–2200): 05/05/0205 is a slip, not a date.
        return Dates.FromParts(int.Parse(day, CultureInfo.InvariantCulture), int.Parse(month, CultureInfo.InvariantCulture), int.Parse(year, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<sign>-?)(?<whole>[0-9]{1,15})(?:[.,](?<fraction>[0-9]{1,12}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2}) ?(?<s>[/.\-]) ?(?<m>[0-9]{1,2}) ?\k<s> ?(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>[0-9]{4}) ?(?<s>[/\-]) ?(?<m>[0-9]{1,2}) ?\k<s> ?(?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?:ngày )?(?<d>[0-9]{1,2}) tháng (?<m>[0-9]{1,2}) năm (?<y>[0-9]{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
