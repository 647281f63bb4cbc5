using System.Linq;
using System.Text.RegularExpressions;

namespace ReportKit.Cli;

/// <summary>
/// System.CommandLine's own parse errors in the command's language. They come worded in English (its resources have no
/// Vietnamese), so the common ones are recognised by their shape and reworded; one not recognised is shown as it came.
/// </summary>
internal static class UsageErrors
{
    private static readonly (Regex Shape, string Vietnamese)[] Known =
    {
        (Shape(@"Unrecognized command or argument '(?<a>.*)'\."), "lệnh, tùy chọn hoặc đối số không có: '{a}'; xem --help"),
        (Shape(@"Required command was not provided\."), "chưa chọn lệnh; xem --help để biết các lệnh"),
        (Shape(@"Required argument missing for command: '(?<a>.*)'\."), "lệnh '{a}' còn thiếu đối số; xem reportkit {a} --help"),
        (Shape(@"Option '(?<a>.*)' is required\."), "thiếu tùy chọn bắt buộc {a}"),
        (Shape(@"Required argument missing for option: '(?<a>.*)'\."), "tùy chọn {a} cần một giá trị"),
        (Shape(@"Option '(?<a>.*)' expects a single argument but (?<b>\d+) were provided\."), "tùy chọn {a} chỉ nhận một giá trị, ở đây có {b}"),
        (Shape(@"Cannot parse argument '(?<a>.*)' for option '(?<b>.*)' as expected type '.*'\.(?: Did you mean one of the following\?(?<c>[\s\S]*))?"),
            "giá trị '{a}' của tùy chọn {b} không hợp lệ{c}"),
        (Shape(@"Cannot parse argument '(?<a>.*)' for command '(?<b>.*)' as expected type '.*'\.(?: Did you mean one of the following\?(?<c>[\s\S]*))?"),
            "giá trị '{a}' của lệnh {b} không hợp lệ{c}"),
        (Shape(@"Argument '(?<a>.*)' not recognized\. Must be one of:(?<c>[\s\S]*)"), "giá trị '{a}' không hợp lệ{c}"),
    };

    /// <summary>The parse error <paramref name="message"/> as the user reads it: reworded in Vietnamese, or unchanged in English.</summary>
    public static string Say(string message)
    {
        if (Language.English)
            return message;
        foreach (var (shape, vietnamese) in Known)
        {
            if (shape.Match(message) is not { Success: true } match)
                continue;
            var choices = match.Groups["c"].Value.Split('\n').Select(c => c.Trim().Trim('\'')).Where(c => c.Length > 0).ToArray();
            return vietnamese.Replace("{a}", match.Groups["a"].Value).Replace("{b}", match.Groups["b"].Value)
                .Replace("{c}", choices.Length == 0 ? "" : "; chọn một trong: " + string.Join(", ", choices));
        }
        return message;
    }

    private static Regex Shape(string pattern) => new("^" + pattern + "$", RegexOptions.CultureInvariant);
}
