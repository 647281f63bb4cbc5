using System.Globalization;
using System.Text;

namespace ReportKit.Templates;

/// <summary>
/// Vietnamese text as plain ASCII for matching words, wherever text typed by people or written in a plan is recognised
/// (a Có/Không answer, a part of a báo cáo, a heading of a plan being drafted): one way to drop the diacritics.
/// </summary>
public static class VietnameseText
{
    /// <summary>Lower case without diacritics (<c>đ</c> → <c>d</c>), everything else kept: "Không" → "khong".</summary>
    /// <param name="text">The text.</param>
    public static string WithoutDiacritics(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return plain.ToString();
    }

    /// <summary>
    /// The words of <paramref name="text"/> in ASCII (<see cref="WithoutDiacritics"/>, then anything but a–z and 0–9 as a
    /// space), one space apart: "Tổ chức thực hiện:" → "to chuc thuc hien".
    /// </summary>
    /// <param name="text">The text.</param>
    public static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        foreach (var c in WithoutDiacritics(text))
        {
            var kept = c is >= 'a' and <= 'z' or >= '0' and <= '9';
            if (kept)
                words.Append(c);
            else if (words.Length > 0 && words[words.Length - 1] != ' ')
                words.Append(' ');
        }

        return words.ToString().TrimEnd(' ');
    }
}
