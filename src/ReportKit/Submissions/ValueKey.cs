using System;

namespace ReportKit;

/// <summary>
/// Identifies one entered value: an indicator, and for an indicator disaggregated by contents or forms the
/// content item or form id (null for an indicator with a single value). Ordered ordinally, indicator first.
/// </summary>
/// <param name="IndicatorId">The indicator id (<c>so_buoi</c>).</param>
/// <param name="ItemId">The content item or form id (<c>tong_quat</c>), or null.</param>
public readonly record struct ValueKey(string IndicatorId, string? ItemId = null) : IComparable<ValueKey>
{
    /// <inheritdoc/>
    public int CompareTo(ValueKey other)
    {
        var byIndicator = string.CompareOrdinal(IndicatorId, other.IndicatorId);
        return byIndicator != 0 ? byIndicator : string.CompareOrdinal(ItemId, other.ItemId);
    }

    /// <summary><c>so_buoi.tong_quat</c>, or the indicator id alone.</summary>
    public override string ToString() => ItemId is null ? IndicatorId : IndicatorId + "." + ItemId;
}
