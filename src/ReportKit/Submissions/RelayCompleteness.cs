using System;
using System.Linq;
using System.Text;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// What a lower level's summary counted of the reports below the unit it passes up (DHIS2 completeness, carried
/// with the relayed figures so the level above sees what the lower level saw).
/// </summary>
/// <param name="AsOf">The date the lower level's summary was made for.</param>
/// <param name="Overall">The unit's subtree as the lower level counted it (scope id <see cref="ReportingRate.AllScope"/>).</param>
/// <param name="ByLevel">The same per level of the expected units (scope id: the level id), in the plan's level order.</param>
public sealed record RelayCompleteness(DateOnly AsOf, ReportingRate Overall, EquatableArray<ReportingRate> ByLevel)
{
    /// <summary><c>relay as of 2024-12-01: * 4/6 on time 3 …</c>, one line per scope.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("relay as of ").Append(Dates.Iso(AsOf));
        foreach (var rate in ByLevel.Prepend(Overall))
            text.Append(" | ").Append(rate.ScopeId).Append(' ').Append(rate.Actual).Append('/').Append(rate.Expected)
                .Append(" on time ").Append(rate.ActualOnTime is { } onTime ? onTime.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")
                .Append(" missing ").Append(rate.Missing).Append(" not due ").Append(rate.NotYetDue);
        return text.ToString();
    }
}
