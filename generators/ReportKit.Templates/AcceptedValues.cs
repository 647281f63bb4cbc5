namespace ReportKit.Templates;

/// <summary>Why a value is refused by <see cref="AcceptedValues.Check"/>, or that it is accepted.</summary>
public enum ValueCheck
{
    /// <summary>The value is counted.</summary>
    Accepted,

    /// <summary>Beyond any plausible count or amount (<see cref="AcceptedValues.MaxMagnitude"/>).</summary>
    Implausible,

    /// <summary>A fraction where a whole number is asked.</summary>
    NotWhole,

    /// <summary>Below the effective minimum.</summary>
    BelowMin,

    /// <summary>Above the maximum.</summary>
    AboveMax,
}

/// <summary>
/// The values an indicator accepts, in one place: its effective minimum (an integer indicator's is 0 unless the
/// template says otherwise), its maximum, whether only whole numbers count, and the plausibility bound. The
/// validator, the form importer, the form's data validation, the generated code (via <c>ReportKitCalc</c>) and the
/// sample data all ask this type, so they accept and refuse the same values.
/// </summary>
/// <param name="Min">The lowest accepted value, if any.</param>
/// <param name="Max">The highest accepted value, if any.</param>
/// <param name="WholeNumbers">Whether only whole numbers are accepted.</param>
public readonly record struct AcceptedValues(decimal? Min, decimal? Max, bool WholeNumbers)
{
    /// <summary>
    /// No count or amount in a report comes near 10^15; refusing larger values keeps every sum and roll-up far
    /// from <see cref="decimal"/>'s limits (about 7.9 × 10^28), so a typo like 5E+28 cannot fail a whole summary.
    /// </summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>What <paramref name="indicator"/> accepts.</summary>
    /// <param name="indicator">An entered indicator (a ratio is computed, never entered).</param>
    public static AcceptedValues Of(IndicatorSpec indicator)
    {
        // Có/Không is stored 1/0: nothing else is an answer.
        if (indicator.IsYesNo())
            return new AcceptedValues(0m, 1m, true);
        var whole = indicator.Type == IndicatorType.Integer;
        return new AcceptedValues(indicator.Min ?? (whole ? 0m : null), indicator.Max, whole);
    }

    /// <summary>True when <paramref name="value"/> has no fractional part.</summary>
    /// <param name="value">The number.</param>
    public static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    /// <summary>True when <paramref name="value"/> is within ±<see cref="MaxMagnitude"/>.</summary>
    /// <param name="value">The number.</param>
    public static bool IsPlausible(decimal value) => value <= MaxMagnitude && value >= -MaxMagnitude;

    /// <summary>The lowest accepted value, the plausibility bound included.</summary>
    public decimal Lowest => Min is { } min && min > -MaxMagnitude ? min : -MaxMagnitude;

    /// <summary>The highest accepted value, the plausibility bound included.</summary>
    public decimal Highest => Max is { } max && max < MaxMagnitude ? max : MaxMagnitude;

    /// <summary>Whether <paramref name="value"/> is accepted.</summary>
    /// <param name="value">The entered value.</param>
    public bool Accepts(decimal value) => Check(value) == ValueCheck.Accepted;

    /// <summary>The first reason <paramref name="value"/> is refused (plausibility, whole number, minimum, maximum), or <see cref="ValueCheck.Accepted"/>.</summary>
    /// <param name="value">The entered value.</param>
    public ValueCheck Check(decimal value) => !IsPlausible(value) ? ValueCheck.Implausible : CheckRange(value);

    /// <summary>
    /// <see cref="Check"/> without the plausibility bound: whole number, minimum, maximum. For a reader that
    /// leaves implausible values to the validator.
    /// </summary>
    /// <param name="value">The entered value.</param>
    public ValueCheck CheckRange(decimal value) =>
        WholeNumbers && !IsWhole(value) ? ValueCheck.NotWhole
        : value < Min ? ValueCheck.BelowMin
        : value > Max ? ValueCheck.AboveMax
        : ValueCheck.Accepted;
}
