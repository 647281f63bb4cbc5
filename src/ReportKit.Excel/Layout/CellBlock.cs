using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace ReportKit.Excel.Layout;

/// <summary>A cell placed in a block or a row: its column, value and style.</summary>
/// <param name="Column">1-based column.</param>
/// <param name="Value">The value.</param>
/// <param name="Style">The style.</param>
public readonly record struct LayoutCell(int Column, CellValue Value, CellStyle Style);

/// <summary>
/// A fixed rectangle of rows built in memory (a header block, a title, a table header, a footer),
/// addressed from its own top-left corner (row 1, column 1) and stacked onto a sheet with
/// <see cref="SheetLayout.AddBlock"/>. Its merges and row heights move with it.
/// </summary>
public sealed class CellBlock
{
    private readonly Dictionary<(int Row, int Column), LayoutCell> _cells = new();
    private readonly List<CellRange> _merges = new();
    private readonly Dictionary<int, double> _rowHeights = new();
    private int _rowCount;

    /// <summary>An empty block of <paramref name="rowCount"/> rows (it grows as cells are set).</summary>
    public CellBlock(int rowCount = 0)
    {
        if (rowCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rowCount), rowCount, "A block cannot have negative rows.");
        }

        _rowCount = rowCount;
    }

    /// <summary>Rows the block takes on the sheet.</summary>
    public int RowCount => _rowCount;

    /// <summary>The rightmost column used by a cell or a merge (0 when empty).</summary>
    public int ColumnCount =>
        Math.Max(_cells.Count == 0 ? 0 : _cells.Keys.Max(k => k.Column), _merges.Count == 0 ? 0 : _merges.Max(m => m.LastColumn));

    /// <summary>Merged ranges, relative to the block.</summary>
    public IReadOnlyList<CellRange> Merges => _merges;

    /// <summary>Row heights in points that were set, relative to the block.</summary>
    public IReadOnlyDictionary<int, double> RowHeights => _rowHeights;

    /// <summary>Sets a cell (replacing what was there); the style defaults to <see cref="CellStyle.Default"/>.</summary>
    public CellBlock Set(int row, int column, CellValue value, CellStyle? style = null)
    {
        CellRange.Cell(row, column).Validate(nameof(row));
        _cells[(row, column)] = new LayoutCell(column, value, style ?? CellStyle.Default);
        _rowCount = Math.Max(_rowCount, row);
        return this;
    }

    /// <summary>Sets the top-left cell of <paramref name="range"/> and merges the range; the style covers all its cells.</summary>
    public CellBlock SetMerged(CellRange range, CellValue value, CellStyle? style = null)
    {
        Set(range.FirstRow, range.FirstColumn, value, style);
        if (!range.IsSingleCell)
        {
            Merge(range);
        }

        return this;
    }

    /// <summary>Merges a range. Merges may not overlap; the top-left cell's value and style are shown.</summary>
    public CellBlock Merge(CellRange range)
    {
        range.Validate(nameof(range));
        if (range.IsSingleCell)
        {
            throw new ArgumentException("A merge needs at least two cells: " + range + ".", nameof(range));
        }

        var clash = _merges.FirstOrDefault(m => m.Overlaps(range));
        if (clash != default)
        {
            throw new ArgumentException("Merge " + range + " overlaps merge " + clash + ".", nameof(range));
        }

        _merges.Add(range);
        _rowCount = Math.Max(_rowCount, range.LastRow);
        return this;
    }

    /// <summary>Sets a row's height in points (otherwise it is computed for wrapped text, or left to Excel).</summary>
    public CellBlock SetRowHeight(int row, double points)
    {
        CellRange.Cell(row, 1).Validate(nameof(row));
        RowHeightRules.Validate(points);
        _rowHeights[row] = points;
        _rowCount = Math.Max(_rowCount, row);
        return this;
    }

    /// <summary>Adds empty rows at the bottom.</summary>
    public CellBlock AddRows(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Cannot add negative rows.");
        }

        _rowCount += count;
        return this;
    }

    /// <summary>Copies <paramref name="other"/> into this block with its top-left corner at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public CellBlock Place(CellBlock other, int row, int column)
    {
        foreach (var ((r, c), cell) in other._cells)
        {
            Set(r + row - 1, c + column - 1, cell.Value, cell.Style);
        }

        foreach (var merge in other._merges)
        {
            Merge(new CellRange(merge.FirstRow + row - 1, merge.FirstColumn + column - 1, merge.LastRow + row - 1, merge.LastColumn + column - 1));
        }

        foreach (var (r, height) in other._rowHeights)
        {
            SetRowHeight(r + row - 1, height);
        }

        _rowCount = Math.Max(_rowCount, other._rowCount + row - 1);
        return this;
    }

    /// <summary>The cell at a position, if set.</summary>
    public LayoutCell? Get(int row, int column) => _cells.TryGetValue((row, column), out var cell) ? cell : null;

    /// <summary>The rows top to bottom (every row, empty ones included), cells in column order.</summary>
    internal IEnumerable<LayoutRow> ToRows()
    {
        var byRow = _cells.GroupBy(pair => pair.Key.Row)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Key.Column).Select(p => p.Value).ToArray());
        var mergesByRow = _merges.Where(m => m.RowCount == 1).GroupBy(m => m.FirstRow)
            .ToDictionary(g => g.Key, g => g.Select(m => new ColumnSpan(m.FirstColumn, m.LastColumn)).ToArray());
        for (var row = 1; row <= _rowCount; row++)
        {
            yield return new LayoutRow(
                byRow.TryGetValue(row, out var cells) ? cells : Array.Empty<LayoutCell>(),
                _rowHeights.TryGetValue(row, out var height) ? height : null,
                mergesByRow.TryGetValue(row, out var spans) ? spans : null);
        }
    }

    /// <summary>Merges spanning more than one row (single-row merges travel with their row).</summary>
    internal IEnumerable<CellRange> MultiRowMerges => _merges.Where(m => m.RowCount > 1);
}

/// <summary>Columns <paramref name="First"/> to <paramref name="Last"/> of one row (a merge inside a streamed row).</summary>
/// <param name="First">First column.</param>
/// <param name="Last">Last column.</param>
public readonly record struct ColumnSpan(int First, int Last);

/// <summary>
/// One row of a streamed table: cells in increasing column order, an optional height, and merges
/// within the row. Rows are produced lazily by an <see cref="IEnumerable{T}"/> so a writer can stream them.
/// </summary>
public sealed class LayoutRow
{
    private LayoutCell[]? _copiedCells;

    /// <summary>A row.</summary>
    /// <param name="cells">Cells, in increasing column order.</param>
    /// <param name="height">Height in points, or null to compute it for wrapped text (or leave it to Excel).</param>
    /// <param name="merges">Column spans to merge within this row.</param>
    public LayoutRow(IReadOnlyList<LayoutCell> cells, double? height = null, IReadOnlyList<ColumnSpan>? merges = null)
    {
        Cells = cells ?? throw new ArgumentNullException(nameof(cells));
        if (height is { } points)
        {
            RowHeightRules.Validate(points);
        }

        Height = height;
        Merges = merges ?? Array.Empty<ColumnSpan>();
    }

    /// <summary>Cells, in increasing column order.</summary>
    public IReadOnlyList<LayoutCell> Cells { get; }

    /// <summary>
    /// The cells as a span, for writers that visit every cell of every row: an array or a list is read in
    /// place (no interface call per cell); any other list is copied once.
    /// </summary>
    internal ReadOnlySpan<LayoutCell> CellSpan => Cells switch
    {
        LayoutCell[] array => array,
        List<LayoutCell> list => CollectionsMarshal.AsSpan(list),
        _ => _copiedCells ??= Cells.ToArray(),
    };

    /// <summary>Height in points, if fixed.</summary>
    public double? Height { get; }

    /// <summary>Merges within the row.</summary>
    public IReadOnlyList<ColumnSpan> Merges { get; }
}

internal static class RowHeightRules
{
    /// <summary>Excel's largest row height.</summary>
    public const double MaxPoints = 409;

    public static void Validate(double points)
    {
        if (!(points > 0 && points <= MaxPoints))
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "A row height is between 0 and 409 points.");
        }
    }
}
