using System;
using System.Globalization;

namespace ReportKit.Excel.Reports;

/// <summary>Numbers as Vietnamese text writes them (vi-VN): <c>1.600</c>, <c>81,2</c>, <c>90,0%</c>. Built by hand so no culture data can change them.</summary>
internal static class VietnameseNumbers
{
    /// <summary><c>35.599</c>, <c>2,5</c>: a dot between thousands, a comma before decimals (up to two, no trailing zeros).</summary>
    public static string Format(decimal value) => Swap(value.ToString("#,##0.##", CultureInfo.InvariantCulture));

    /// <summary>A whole count: <c>1.600</c>.</summary>
    public static string Count(int value) => Swap(value.ToString("#,##0", CultureInfo.InvariantCulture));

    /// <summary>A percentage already in percent, with one decimal: <c>90,0%</c>.</summary>
    public static string Percent(decimal percent) =>
        Swap(Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture)) + "%";

    private static string Swap(string invariant)
    {
        var chars = invariant.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch { ',' => '.', '.' => ',', _ => chars[i] };
        return new string(chars);
    }
}
