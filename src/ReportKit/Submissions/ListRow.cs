using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace ReportKit;

/// <summary>
/// One filled row of a row list (<c>lists:</c>): its cells by column id as canonical invariant strings (text NFC and
/// trimmed; integer and decimal invariant, <c>.</c> as the decimal point; date ISO <c>yyyy-MM-dd</c>; yes_no <c>1</c>
/// or <c>0</c>; a choice the option's id). A blank cell is absent or null. Immutable and value-equatable.
/// </summary>
/// <example><code>new ListRow().With("ten", "Mô hình dân vận khéo").With("so_nguoi", "25")</code></example>
public sealed record ListRow
{
    private readonly ImmutableSortedDictionary<string, string?> _cells = ImmutableSortedDictionary.Create<string, string?>(StringComparer.Ordinal);

    /// <summary>The cells by column id, sorted ordinally.</summary>
    public ImmutableSortedDictionary<string, string?> Cells
    {
        get => _cells;
        init => _cells = value.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>
    /// For a row a consolidated result carries up (the relay): the unit that reported it, as the lower summary named it
    /// (<c>Chi bộ 1</c>); null for a unit's own row.
    /// </summary>
    public string? ReportedBy { get; init; }

    /// <summary>The cell of a column, or null when blank.</summary>
    public string? this[string columnId] => Cells.TryGetValue(columnId, out var value) ? value : null;

    /// <summary>Whether no cell holds anything (such a row is not kept).</summary>
    public bool IsEmpty => Cells.Values.All(string.IsNullOrWhiteSpace);

    /// <summary>A copy with one cell set (null or blank clears it).</summary>
    public ListRow With(string columnId, string? value) =>
        this with { Cells = string.IsNullOrWhiteSpace(value) ? Cells.Remove(columnId) : Cells.SetItem(columnId, value) };

    /// <summary>Value equality over the cells and the attribution.</summary>
    public bool Equals(ListRow? other) =>
        other is not null && ReportedBy == other.ReportedBy && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ReportedBy);
        foreach (var pair in Cells)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary><c>ten=Mô hình A; so_nguoi=25</c>, with <c> (by Chi bộ 1)</c> for a relayed row.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(string.Join("; ", Cells.Where(c => c.Value is not null).Select(c => c.Key + "=" + c.Value)));
        if (ReportedBy is not null)
            text.Append(" (by ").Append(ReportedBy).Append(')');
        return text.ToString();
    }
}
