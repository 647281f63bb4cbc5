using System;
using System.Globalization;
using System.Text;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// How an answer of a <c>yes_no</c>, <c>date</c>, <c>text</c> or <c>document</c> field is read and written: the one
/// rule the validator, the importer and the generated code use, so a text that one accepts the others accept too.
/// </summary>
public static class FieldAnswers
{
    /// <summary>The word for 1 in a yes_no field.</summary>
    public const string Yes = "Có";

    /// <summary>The word for 0 in a yes_no field.</summary>
    public const string No = "Không";

    /// <summary>What a clerk is told to do with a yes_no cell.</summary>
    public const string YesNoHint = "chọn Có hoặc Không trong danh sách của ô";

    /// <summary>
    /// Reads a typed yes_no answer: <c>Có</c>/<c>Không</c> in any letter case or Unicode form, and without diacritics
    /// (<c>co</c>, <c>khong</c>, as typed without a Vietnamese keyboard), or the stored <c>1</c>/<c>0</c>. Anything else
    /// (<c>x</c>, <c>rồi</c>, <c>chưa</c>, <c>yes</c>) is refused, never guessed: a tick or "not yet" does not say which.
    /// </summary>
    /// <param name="text">The text typed.</param>
    /// <param name="value">1 for Có, 0 for Không.</param>
    public static bool TryReadYesNo(string? text, out decimal value)
    {
        value = 0;
        var word = Fold(text);
        switch (word)
        {
            case "co" or "1":
                value = 1;
                return true;
            case "khong" or "0":
                return true;
            default:
                return false;
        }
    }

    /// <summary><see cref="Yes"/> for 1, <see cref="No"/> for 0, null for anything else.</summary>
    /// <param name="value">A stored yes_no value.</param>
    public static string? YesNoWord(decimal? value) => value == 1 ? Yes : value == 0 ? No : null;

    /// <summary>
    /// Reads an answer of a date, text or document field into its canonical string (date <c>yyyy-MM-dd</c>; a document
    /// by <see cref="DocumentReference.ToString"/>; a text trimmed, NFC, one line). False with what to write instead
    /// (Vietnamese, to follow the text given) when it is not of the field's type; a text over the field's length
    /// is read, and <see cref="TooLong"/> tells it.
    /// </summary>
    /// <param name="field">A date, text or document field.</param>
    /// <param name="text">The answer as given (canonical or as a clerk writes it).</param>
    /// <param name="canonical">The canonical answer.</param>
    /// <param name="whatToWrite">Why it is refused and what to write, when false.</param>
    public static bool TryRead(IndicatorSpec field, string text, out string canonical, out string whatToWrite)
    {
        var clean = text.Normalize(NormalizationForm.FormC).Trim();
        canonical = clean;
        whatToWrite = "";
        switch (field.Type)
        {
            case IndicatorType.Date:
                if (TryReadDate(clean, out var date))
                {
                    canonical = Dates.Iso(date);
                    return true;
                }

                whatToWrite = "không phải một ngày; nhập ngày dạng ngày/tháng/năm, ví dụ 05/5/2023";
                return false;
            case IndicatorType.Document:
                if (DocumentReference.TryParse(clean, out var reference))
                {
                    canonical = reference!.ToString();
                    return true;
                }

                whatToWrite = "không đủ số, ký hiệu và ngày của văn bản; ghi như: " + DocumentReference.Example;
                return false;
            case IndicatorType.Text:
                if (clean.IndexOf('\n') >= 0 || clean.IndexOf('\r') >= 0)
                {
                    whatToWrite = "có nhiều dòng; ghi câu trả lời trên một dòng";
                    return false;
                }

                return true;
            default:
                throw new ArgumentException("'" + field.Id + "' is not a date, text or document field.", nameof(field));
        }
    }

    /// <summary>The length of a text answer (in characters as a reader counts them) when over its field's limit; else null.</summary>
    /// <param name="field">A text field.</param>
    /// <param name="canonical">Its canonical answer.</param>
    public static int? TooLong(IndicatorSpec field, string canonical)
    {
        if (field.Type != IndicatorType.Text)
            return null;
        var length = new StringInfo(canonical).LengthInTextElements;
        return length > FieldTypes.MaxLengthOf(field) ? length : null;
    }

    /// <summary>An answer as a unit reads it in the summary: a date <c>05/05/2023</c>, a document as printed, a text as it is.</summary>
    /// <param name="field">A date, text or document field.</param>
    /// <param name="canonical">Its canonical answer.</param>
    public static string Display(IndicatorSpec field, string canonical) => field.Type switch
    {
        IndicatorType.Date when TryReadDate(canonical, out var date) => Dates.Vietnamese(date),
        IndicatorType.Document when DocumentReference.TryParse(canonical, out var reference) => reference!.Vietnamese(),
        _ => canonical,
    };

    /// <summary><c>2023-05-05</c>, <c>05/5/2023</c>, <c>5-5-2023</c>, <c>05.05.2023</c>; years 1900–2200.</summary>
    private static bool TryReadDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Dates.InRange(date);
        var parts = text.Split('/', '-', '.');
        if (parts.Length == 3
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && Dates.FromParts(d, m, y) is { } read)
        {
            date = read;
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Lower case, no diacritics (đ → d), no spaces around: how a yes_no word is compared.</summary>
    private static string Fold(string? text) => text is null ? "" : VietnameseText.WithoutDiacritics(text.Trim());
}
