using System;

namespace ReportKit;

/// <summary>An inclusive range of days, e.g. a data cut-off window (<c>15/12/2023 – 14/12/2024</c>).</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive).</param>
public readonly record struct DateWindow(DateOnly From, DateOnly To)
{
    /// <summary>True when <paramref name="date"/> lies in the window.</summary>
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>ISO dates, <c>2023-12-15..2024-12-14</c>.</summary>
    public override string ToString() => Dates.Iso(From) + ".." + Dates.Iso(To);
}
