using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Layout;

/// <summary>Whether a sheet tab is shown.</summary>
public enum SheetVisibility
{
    /// <summary>Shown.</summary>
    Visible,

    /// <summary>Hidden; the user can unhide it.</summary>
    Hidden,
}

/// <summary>Rows and columns kept on screen while scrolling.</summary>
/// <param name="Rows">Rows frozen at the top.</param>
/// <param name="Columns">Columns frozen at the left.</param>
public readonly record struct FrozenPanes(int Rows, int Columns);

/// <summary>
/// One worksheet: column widths, then bands of rows stacked top to bottom (fixed blocks built in
/// memory and streamed tables), plus freezing, printing, protection and validations.
/// Every band's first row is known when it is added, so formulas and ranges can be computed up front.
/// </summary>
public sealed class SheetLayout
{
    private readonly SortedDictionary<int, double> _columnWidths = new();
    private readonly List<SheetBand> _bands = new();
    private readonly List<DataValidationRule> _validations = new();

    internal SheetLayout(string name)
    {
        Name = name;
    }

    /// <summary>The sheet name (at most 31 characters, unique in the workbook).</summary>
    public string Name { get; }

    /// <summary>Visible or hidden.</summary>
    public SheetVisibility Visibility { get; set; }

    /// <summary>Column widths that were set, in Excel's units (characters of the default font's digit).</summary>
    public IReadOnlyDictionary<int, double> ColumnWidths => _columnWidths;

    /// <summary>The row the next band will start at.</summary>
    public int NextRow { get; private set; } = 1;

    /// <summary>Frozen rows and columns, if any.</summary>
    public FrozenPanes? Freeze { get; set; }

    /// <summary>Paper, orientation, margins, repeated rows, fit to width.</summary>
    public PrintSetup Print { get; } = new();

    /// <summary>Sheet protection, or null for an unprotected sheet. Unlocked cells stay editable.</summary>
    public SheetProtection? Protection { get; set; }

    /// <summary>Data validation rules (absolute ranges).</summary>
    public IReadOnlyList<DataValidationRule> Validations => _validations;

    /// <summary>Whether to show grid lines on screen.</summary>
    public bool ShowGridLines { get; set; } = true;

    /// <summary>The bands in order.</summary>
    internal IReadOnlyList<SheetBand> Bands => _bands;

    /// <summary>Sets a column's width in Excel's character units.</summary>
    public SheetLayout SetColumnWidth(int column, double width)
    {
        CellRange.Cell(1, column).Validate(nameof(column));
        if (!(width >= 0 && width <= 255))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A column width is between 0 and 255.");
        }

        _columnWidths[column] = width;
        return this;
    }

    /// <summary>Sets the widths of consecutive columns starting at <paramref name="firstColumn"/>.</summary>
    public SheetLayout SetColumnWidths(int firstColumn, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            SetColumnWidth(firstColumn + i, widths[i]);
        }

        return this;
    }

    /// <summary>The width of a column: the one set, or Excel's default.</summary>
    public double ColumnWidth(int column) =>
        _columnWidths.TryGetValue(column, out var width) ? width : Measuring.TextMeasure.DefaultColumnWidth;

    /// <summary>Appends a fixed block; returns the sheet row of its first row.</summary>
    public int AddBlock(CellBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var top = NextRow;
        _bands.Add(new SheetBand(top, block.RowCount, block, null));
        NextRow += block.RowCount;
        return top;
    }

    /// <summary>Appends <paramref name="count"/> empty rows, optionally with a fixed height; returns the first.</summary>
    public int AddSpace(int count = 1, double? height = null)
    {
        var block = new CellBlock(count);
        if (height is { } points)
        {
            for (var row = 1; row <= count; row++)
            {
                block.SetRowHeight(row, points);
            }
        }

        return AddBlock(block);
    }

    /// <summary>
    /// Appends a streamed table of exactly <paramref name="count"/> rows, enumerated once, when the
    /// workbook is written (so a large table is never held in memory by the layout). Returns the sheet
    /// row of its first row. Writing fails if the source yields a different number of rows.
    /// </summary>
    public int AddRows(int count, IEnumerable<LayoutRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (count < 0 || NextRow + count - 1 > CellRange.MaxRow)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The rows do not fit on a sheet.");
        }

        var top = NextRow;
        _bands.Add(new SheetBand(top, count, null, rows));
        NextRow += count;
        return top;
    }

    /// <summary>Adds a data validation rule.</summary>
    public SheetLayout AddValidation(DataValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Range.Validate(nameof(rule));
        _validations.Add(rule);
        return this;
    }
}

/// <summary>A run of rows on a sheet: either a fixed block or a streamed row source.</summary>
/// <param name="FirstRow">The sheet row it starts at.</param>
/// <param name="RowCount">How many rows it takes.</param>
/// <param name="Block">The block, for a fixed band.</param>
/// <param name="Source">The rows, for a streamed band.</param>
internal sealed record SheetBand(int FirstRow, int RowCount, CellBlock? Block, IEnumerable<LayoutRow>? Source)
{
    /// <summary>The rows, enumerated once; a streamed source must yield exactly <see cref="RowCount"/> rows.</summary>
    public IEnumerable<LayoutRow> Rows()
    {
        if (Block is not null)
        {
            foreach (var row in Block.ToRows())
            {
                yield return row;
            }

            yield break;
        }

        var produced = 0;
        foreach (var row in Source!)
        {
            if (++produced > RowCount)
            {
                break;
            }

            yield return row ?? throw new InvalidOperationException("A row source yielded null at row " + (FirstRow + produced - 1) + ".");
        }

        if (produced != RowCount)
        {
            throw new InvalidOperationException(
                "A row source starting at row " + FirstRow + " promised " + RowCount + " rows but yielded " +
                (produced > RowCount ? "more" : produced.ToString(System.Globalization.CultureInfo.InvariantCulture)) + ".");
        }
    }

    /// <summary>Merges spanning several rows, in sheet coordinates.</summary>
    public IEnumerable<CellRange> MultiRowMerges =>
        Block is null ? Enumerable.Empty<CellRange>() : Block.MultiRowMerges.Select(m => m.Offset(FirstRow - 1));
}
