using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportKit.Excel.Summary;

/// <summary>
/// Keeps table headers short enough to print: a numbered item (a content item or form with the document's
/// number) longer than <see cref="MaxLength"/> characters shows only its number (<c>1.1</c>), and any other
/// header longer than <see cref="MaxUnnumberedLength"/> a mark (<c>(1)</c>); the full text goes to a legend
/// under the table, as Vietnamese forms do. Indicator labels are rarely that long and stay readable in place.
/// The same text always gets the same short form, so merged group headers still merge.
/// </summary>
internal sealed class HeaderLegend
{
    public const int MaxLength = 45;
    public const int MaxUnnumberedLength = 80;
    public const string Heading = "Ghi chú các cột:";

    private static readonly Regex Numbered = new(@"^(?<no>(?:[0-9]+|[IVX]+)(\.[0-9]+)*)\.?\s+(?<text>.+)$", RegexOptions.CultureInvariant);
    private readonly Dictionary<string, string> _short = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);
    private readonly List<string> _entries = new();
    private int _marks;

    /// <summary>The legend lines, in the order the headers were met.</summary>
    public IReadOnlyList<string> Entries => _entries;

    public IReadOnlyList<string> Shorten(IReadOnlyList<string> path) => path.Select(Shorten).ToArray();

    private string Shorten(string text)
    {
        if (text.Length <= MaxLength)
            return text;
        if (_short.TryGetValue(text, out var known))
            return known;

        var match = Numbered.Match(text);
        if (!match.Success && text.Length <= MaxUnnumberedLength)
            return text;
        string shortText;
        // A number already standing for another text (1.1 of contents and 1.1 of forms) would be ambiguous: mark it instead.
        if (match.Success && !_taken.Contains(match.Groups["no"].Value))
        {
            shortText = match.Groups["no"].Value;
            _entries.Add(shortText + ". " + match.Groups["text"].Value);
        }
        else
        {
            shortText = "(" + (++_marks).ToString(CultureInfo.InvariantCulture) + ")";
            _entries.Add(shortText + " " + text);
        }

        _short[text] = shortText;
        _taken.Add(shortText);
        return shortText;
    }
}
