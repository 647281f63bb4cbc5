using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Excel.Layout;

/// <summary>Sheet protection: locked cells cannot be edited; unlocked ones (input cells) can.</summary>
/// <param name="Password">An optional password (stored as Excel's legacy hash, which is deterministic); it only deters edits.</param>
/// <param name="AllowFormatColumns">Users may still widen columns.</param>
/// <param name="AllowFormatRows">Users may still heighten rows.</param>
public sealed record SheetProtection(string? Password = null, bool AllowFormatColumns = true, bool AllowFormatRows = true);

/// <summary>What a data validation accepts.</summary>
public enum ValidationKind
{
    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>Text whose length is bounded.</summary>
    TextLength,

    /// <summary>One of a list of words, chosen from the cell's dropdown (<see cref="DataValidationRule.ListItems"/>).</summary>
    List,
}

/// <summary>
/// A data validation on a range: a whole number, decimal or text length, between optional bounds
/// (only a minimum: at least; only a maximum: at most). Blank cells are allowed.
/// </summary>
/// <param name="Range">The cells.</param>
/// <param name="Kind">What is accepted.</param>
/// <param name="Minimum">Lowest accepted value (or length), if any.</param>
/// <param name="Maximum">Highest accepted value (or length), if any.</param>
/// <param name="ErrorTitle">Title of the message shown on a wrong entry.</param>
/// <param name="ErrorMessage">The message shown on a wrong entry.</param>
/// <param name="PromptTitle">Title of the hint shown when the cell is selected, if any.</param>
/// <param name="Prompt">The hint shown when the cell is selected, if any.</param>
public sealed record DataValidationRule(
    CellRange Range,
    ValidationKind Kind,
    double? Minimum,
    double? Maximum,
    string ErrorTitle,
    string ErrorMessage,
    string? PromptTitle = null,
    string? Prompt = null)
{
    /// <summary>Whole numbers of at least <paramref name="minimum"/> (counts: 0).</summary>
    public static DataValidationRule WholeNumberAtLeast(CellRange range, double minimum, string errorMessage) =>
        new(range, ValidationKind.WholeNumber, minimum, null, "Giá trị không hợp lệ", errorMessage);

    /// <summary>Decimal numbers between optional bounds.</summary>
    public static DataValidationRule DecimalBetween(CellRange range, double? minimum, double? maximum, string errorMessage) =>
        new(range, ValidationKind.Decimal, minimum, maximum, "Giá trị không hợp lệ", errorMessage);

    /// <summary>The words of a <see cref="ValidationKind.List"/> rule, in dropdown order.</summary>
    public IReadOnlyList<string> ListItems { get; init; } = Array.Empty<string>();

    /// <summary>One of <paramref name="items"/>, from the cell's dropdown (Có/Không).</summary>
    public static DataValidationRule OneOf(CellRange range, IReadOnlyList<string> items, string errorMessage, string? prompt = null) =>
        new(range, ValidationKind.List, null, null, "Giá trị không hợp lệ", errorMessage, prompt is null ? null : "Hướng dẫn", prompt) { ListItems = items };

    /// <summary>Text of at most <paramref name="maxLength"/> characters.</summary>
    public static DataValidationRule TextLengthAtMost(CellRange range, int maxLength, string errorMessage) =>
        new(range, ValidationKind.TextLength, null, maxLength, "Nội dung quá dài", errorMessage);

    internal void Check()
    {
        if (Kind == ValidationKind.List)
        {
            if (ListItems.Count == 0 || ListItems.Any(i => i.IndexOf(',') >= 0 || i.IndexOf('"') >= 0))
            {
                throw new InvalidOperationException("A list validation on " + Range + " needs words without commas or quotes.");
            }

            return;
        }

        if (Minimum is null && Maximum is null)
        {
            throw new InvalidOperationException("A validation on " + Range + " needs a minimum or a maximum.");
        }

        if (Minimum > Maximum)
        {
            throw new InvalidOperationException("A validation on " + Range + " has its minimum above its maximum.");
        }
    }
}
