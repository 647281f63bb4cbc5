using System;
using System.Linq;
using System.Text;

namespace ReportKit.Excel;

/// <summary>
/// File names made from unit names and ids: diacritics kept (NFC), path separators and characters Windows or
/// Excel refuse replaced, no traversal (<c>..</c>), no reserved device names, at most 150 UTF-8 bytes.
/// </summary>
public static class SafeFileName
{
    /// <summary>The longest name made, in UTF-8 bytes: room to spare under the 255-byte limit of common file systems.</summary>
    public const int MaxBytes = 150;
    private static readonly char[] Invalid = { '/', '\\', ':', '*', '?', '"', '<', '>', '|' };
    private static readonly string[] Reserved =
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>A safe file name (no folder part) for <paramref name="text"/>, at most <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    public static string From(string text, int maxBytes = MaxBytes)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
            builder.Append(char.IsControl(c) || Invalid.Contains(c) ? '_' : c);
        var name = string.Join(" ", builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (name.Length == 0 || name.All(c => c == '_' || c == '.'))
            name = "_";
        if (Reserved.Contains(name.Split('.')[0], StringComparer.OrdinalIgnoreCase))
            name = "_" + name;
        while (name.Length > 1 && Encoding.UTF8.GetByteCount(name) > maxBytes)
            name = name.Substring(0, char.IsLowSurrogate(name[^1]) ? name.Length - 2 : name.Length - 1);
        return name.TrimEnd('.', ' ');
    }
}
