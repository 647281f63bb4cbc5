using System;
using System.Globalization;

namespace ReportKit.Excel.Layout;

/// <summary>What a cell holds.</summary>
public enum CellValueKind
{
    /// <summary>Nothing (the cell may still carry a style).</summary>
    Blank,

    /// <summary>Text, always stored as text: <c>0123</c>, <c>2021-02-03</c>, <c>=1+1</c> stay exactly as written.</summary>
    Text,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A calendar date (stored as an Excel date serial with a date format).</summary>
    Date,

    /// <summary>A formula built by ReportKit itself; never created from user text.</summary>
    Formula,
}

/// <summary>
/// A typed cell value. Text is never parsed: a user's <c>0123</c> or <c>=HYPERLINK(…)</c> stays text.
/// Formulas can only be made inside ReportKit.Excel, so user input can never become one.
/// </summary>
public readonly struct CellValue : IEquatable<CellValue>
{
    private readonly string? _text;
    private readonly double _number;

    private CellValue(CellValueKind kind, string? text, double number)
    {
        Kind = kind;
        _text = text;
        _number = number;
    }

    /// <summary>The kind of value.</summary>
    public CellValueKind Kind { get; }

    /// <summary>An empty cell.</summary>
    public static CellValue Blank => default;

    /// <summary>The text of a <see cref="CellValueKind.Text"/> value, or the A1 formula (without <c>=</c>) of a formula.</summary>
    public string TextValue => _text ?? string.Empty;

    /// <summary>The number of a <see cref="CellValueKind.Number"/> value.</summary>
    public double NumberValue => _number;

    /// <summary>The date of a <see cref="CellValueKind.Date"/> value.</summary>
    public DateOnly DateValue => DateOnly.FromDayNumber((int)_number);

    /// <summary>Text, kept verbatim (null becomes blank).</summary>
    public static CellValue Text(string? text) =>
        text is null ? Blank : new CellValue(CellValueKind.Text, text, 0);

    /// <summary>A number; NaN and infinities are rejected because Excel cannot store them.</summary>
    public static CellValue Number(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Excel cannot store NaN or infinity.");
        }

        return new CellValue(CellValueKind.Number, null, number);
    }

    /// <summary>A number given as a decimal (converted to the nearest double, as Excel stores it).</summary>
    public static CellValue Number(decimal number) => Number((double)number);

    /// <summary>A date (no time, no time zone).</summary>
    public static CellValue Date(DateOnly date) => new(CellValueKind.Date, null, date.DayNumber);

    /// <summary>A formula in A1 notation without the leading <c>=</c>; internal so only ReportKit builds formulas.</summary>
    internal static CellValue Formula(string formulaA1)
    {
        if (string.IsNullOrWhiteSpace(formulaA1) || formulaA1[0] == '=')
        {
            throw new ArgumentException("A formula is given without its leading '='.", nameof(formulaA1));
        }

        return new CellValue(CellValueKind.Formula, formulaA1, 0);
    }

    /// <summary>Text, or a number, as the value's natural type.</summary>
    public static implicit operator CellValue(string? text) => Text(text);

    /// <summary>A number.</summary>
    public static implicit operator CellValue(double number) => Number(number);

    /// <summary>A number.</summary>
    public static implicit operator CellValue(int number) => Number((double)number);

    /// <summary>A number.</summary>
    public static implicit operator CellValue(decimal number) => Number(number);

    /// <summary>A date.</summary>
    public static implicit operator CellValue(DateOnly date) => Date(date);

    /// <inheritdoc/>
    public bool Equals(CellValue other) =>
        Kind == other.Kind && string.Equals(_text, other._text, StringComparison.Ordinal) && _number.Equals(other._number);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CellValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _text, _number);

    /// <summary>Equality.</summary>
    public static bool operator ==(CellValue left, CellValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CellValue left, CellValue right) => !left.Equals(right);

    /// <summary>An invariant rendering for diagnostics.</summary>
    public override string ToString() => Kind switch
    {
        CellValueKind.Blank => "(blank)",
        CellValueKind.Text => "\"" + _text + "\"",
        CellValueKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        CellValueKind.Date => DateValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "=" + _text,
    };
}
