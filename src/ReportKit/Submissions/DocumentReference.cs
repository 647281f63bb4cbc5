using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportKit;

/// <summary>
/// The số, ký hiệu and ngày of a document (a unit's implementing Kế hoạch), as a <c>document</c> field holds it:
/// <c>Kế hoạch số 12-KH/ĐU ngày 05/5/2023</c>.
/// </summary>
/// <remarks>
/// Party documents join number and symbol with <c>-</c> (<c>12-KH/ĐU</c>, Hướng dẫn 36-HD/VPTW), state documents with
/// <c>/</c> (<c>12/KH-UBND</c>, <c>01/2020/TT-VPCP</c>, Nghị định 30/2020/NĐ-CP): <see cref="Separator"/> keeps which.
/// <see cref="ToString"/> is the canonical form stored in <see cref="Submission.Answers"/> (the date ISO);
/// <see cref="Vietnamese"/> is how documents print it. <see cref="TryParse"/> reads both, and what a clerk types.
/// </remarks>
/// <param name="Number">The number as written (<c>12</c>, <c>01</c>).</param>
/// <param name="Symbol">The ký hiệu (<c>KH/ĐU</c>, <c>KH-UBND</c>, <c>2020/TT-VPCP</c>).</param>
/// <param name="Date">The date it was signed.</param>
/// <param name="Genre">The kind of document as written (<c>Kế hoạch</c>, <c>Công văn</c>), if given.</param>
public sealed record DocumentReference(string Number, string Symbol, DateOnly Date, string? Genre = null)
{
    /// <summary>What joins the number and the symbol: <c>-</c> (Party, the default) or <c>/</c> (state).</summary>
    public char Separator { get; init; } = '-';

    /// <summary>What a clerk is told to type when a reference cannot be read.</summary>
    public const string Example = "Kế hoạch số 12-KH/ĐU ngày 05/5/2023";

    /// <summary><c>12-KH/ĐU</c> or <c>12/KH-UBND</c>.</summary>
    public string NumberAndSymbol => Number + Separator + Symbol;

    /// <summary>The canonical form: <c>Kế hoạch số 12-KH/ĐU ngày 2023-05-05</c> (the genre only when given).</summary>
    public override string ToString() => Render(Dates.Iso(Date));

    /// <summary>As documents print it: <c>Kế hoạch số 12-KH/ĐU ngày 05/5/2023</c> (Nghị định 30: a day below 10 and months 1 and 2 take a leading 0).</summary>
    public string Vietnamese() => Render(PrintedDate(Date));

    /// <summary>Reads a reference (see <see cref="TryParse"/>); throws <see cref="FormatException"/> saying what to type.</summary>
    /// <param name="text">The text.</param>
    public static DocumentReference Parse(string text) =>
        TryParse(text, out var reference)
            ? reference!
            : throw new FormatException("«" + text + "» không phải số, ký hiệu và ngày của một văn bản; ghi như: " + Example + ".");

    /// <summary>
    /// Reads <c>[genre] [số] number-symbol ngày date</c>, the date as <c>05/5/2023</c>, <c>05-5-2023</c>, <c>05.5.2023</c>,
    /// <c>2023-05-05</c> or <c>05 tháng 5 năm 2023</c>; case, spacing and Unicode normal form do not matter. False when
    /// the number, the symbol or a real date is missing.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="reference">The reference read, or null.</param>
    public static bool TryParse(string? text, out DocumentReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var clean = Regex.Replace(text!.Normalize(NormalizationForm.FormC).Trim(), @"\s+", " ");
        var match = Shape.Match(clean);
        if (!match.Success || !TryDate(match.Groups["date"].Value, out var date))
            return false;
        var genre = match.Groups["genre"].Value.Trim();
        var symbol = match.Groups["symbol"].Value;
        if (!HasLetter(symbol))
            return false;
        reference = new DocumentReference(match.Groups["number"].Value, symbol, date, genre.Length == 0 ? null : genre)
        {
            Separator = match.Groups["sep"].Value[0],
        };
        return true;
    }

    /// <summary>A date as a Vietnamese document prints it in a reference: <c>05/5/2023</c>, <c>05/02/2023</c>.</summary>
    /// <param name="date">The date.</param>
    public static string PrintedDate(DateOnly date) =>
        date.Day.ToString("00", CultureInfo.InvariantCulture) + "/" +
        date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture) + "/" +
        date.Year.ToString(CultureInfo.InvariantCulture);

    private string Render(string date) =>
        (Genre is null ? "" : Genre + " ") + "số " + NumberAndSymbol + " ngày " + date;

    private static readonly Regex Shape = new(
        @"^(?<genre>[^\d]*?)\s*(?:số\s*)?(?<number>\d+[A-Za-z]?)\s*(?<sep>[-/])\s*(?<symbol>[^\s]+)\s+ngày\s+(?<date>.+?)\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly Regex Numeric = new(
        @"^(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})|(?<d>\d{1,2}) tháng (?<m>\d{1,2}) năm (?<y>\d{4}))$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        var match = Numeric.Match(text.Trim());
        if (!match.Success)
            return false;
        if (Dates.FromParts(Digits(match.Groups["d"].Value), Digits(match.Groups["m"].Value), Digits(match.Groups["y"].Value)) is not { } read)
            return false;
        date = read;
        return true;
    }

    private static int Digits(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }
}
