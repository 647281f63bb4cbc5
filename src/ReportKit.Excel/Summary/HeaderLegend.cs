using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Excel.Summary;

/// <summary>
/// Keeps table headers short enough to print: a numbered item (a content item or form with the document's
/// number) longer than <see cref="MaxLength"/> characters shows only its number (<c>1.1</c>), and any other
/// header longer than <see cref="MaxUnnumberedLength"/> a mark (<c>(1)</c>); the full text goes to a legend
/// under the table, as Vietnamese forms do. The number comes from the column's structured header
/// (<see cref="HeaderCell.Number"/>), never read back out of the text. Indicator labels are rarely that long and stay readable in place.
/// The same text always gets the same short form, so merged group headers still merge.
/// </summary>
internal sealed class HeaderLegend
{
    public const int MaxLength = 45;
    public const int MaxUnnumberedLength = 80;
    public const string Heading = "Ghi chú các cột:";

    private readonly Dictionary<string, string> _short = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);
    private readonly List<string> _entries = new();
    private int _marks;

    /// <summary>The legend lines, in the order the headers were met.</summary>
    public IReadOnlyList<string> Entries => _entries;

    /// <summary>The header cells as printed: each cell's text, or its short form when the text is too long.</summary>
    public IReadOnlyList<string> Shorten(IReadOnlyList<HeaderCell> path) => path.Select(Shorten).ToArray();

    private string Shorten(HeaderCell cell)
    {
        var text = cell.Text;
        if (text.Length <= MaxLength)
            return text;
        if (_short.TryGetValue(text, out var known))
            return known;
        if (cell.Number is null && text.Length <= MaxUnnumberedLength)
            return text;

        // A number already standing for another text (1.1 of contents and 1.1 of forms) would be ambiguous: mark it instead.
        var shortText = cell.Number is { } number && !_taken.Contains(number)
            ? number
            : "(" + (++_marks).ToString(CultureInfo.InvariantCulture) + ")";
        _entries.Add(cell.Number == shortText ? text : shortText + " " + text);
        _short[text] = shortText;
        _taken.Add(shortText);
        return shortText;
    }
}
