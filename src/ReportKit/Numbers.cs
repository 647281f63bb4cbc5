using System;
using System.Globalization;

namespace ReportKit;

/// <summary>Invariant number formatting, in one place.</summary>
internal static class Numbers
{
    /// <summary>An invariant rendering without trailing zeros or group separators: <c>30</c>, <c>2.5</c>, <c>-1</c>.</summary>
    public static string Format(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> / <paramref name="whole"/> × 100, rounded half away from zero to 2 decimals; null when nothing is expected.</summary>
    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);
}
