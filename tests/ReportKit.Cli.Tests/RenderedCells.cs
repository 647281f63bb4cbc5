using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ReportKit.Cli.Tests;

/// <summary>The cell values of a <see cref="ReportKit.Excel.Inspection.WorkbookText"/> rendering, by sheet and address, to find rows by content.</summary>
internal sealed class RenderedCells
{
    private static readonly Regex SheetLine = new("^sheet \"(?<name>[^\"]*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex CellLine = new("^    (?<col>[A-Z]+)(?<row>[0-9]+) (?:text \"(?<text>(?:[^\"\\\\]|\\\\.)*)\"|number (?<number>[^ ]+))", RegexOptions.CultureInvariant);
    private readonly Dictionary<(string Sheet, string Column, int Row), string> _values = new();

    public RenderedCells(string rendering)
    {
        var sheet = "";
        foreach (var line in rendering.Split('\n'))
        {
            if (SheetLine.Match(line) is { Success: true } s)
                sheet = s.Groups["name"].Value;
            else if (CellLine.Match(line) is { Success: true } c)
                _values[(sheet, c.Groups["col"].Value, int.Parse(c.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture))] =
                    c.Groups["text"].Success ? c.Groups["text"].Value : c.Groups["number"].Value;
        }
    }

    /// <summary>The row of <paramref name="sheet"/> whose column <paramref name="column"/> reads <paramref name="text"/>.</summary>
    public int RowOf(string sheet, string column, string text)
    {
        foreach (var ((s, c, row), value) in _values)
            if (s == sheet && c == column && value == text)
                return row;
        throw new KeyNotFoundException($"no cell {column}* of sheet '{sheet}' reads \"{text}\"");
    }

    public string? At(string sheet, string column, int row) => _values.TryGetValue((sheet, column, row), out var value) ? value : null;
}
