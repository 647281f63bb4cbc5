using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// What an indicator's <see cref="IndicatorSpec.Type"/> means for where its value lives and what may read it: the one
/// place the runtime, the Excel layer and the generator ask "is this a number, a Có/Không, or an answer".
/// </summary>
/// <remarks>
/// Numbers (<c>integer</c>, <c>decimal</c>, <c>ratio</c>) and <c>yes_no</c> (1 = Có, 0 = Không) are values in
/// <c>Submission.Values</c>, summed over units (a sum of yes_no counts the units that answered Có). <c>date</c>,
/// <c>text</c> and <c>document</c> are answers in <c>Submission.Answers</c>: listed per unit, never summed, and no
/// formula, rule or <c>max:</c> may read them.
/// </remarks>
public static class FieldTypes
{
    /// <summary>The longest <c>text</c> answer accepted when the template gives no <c>max_length</c>: a short single line.</summary>
    public const int DefaultTextMaxLength = 200;

    /// <summary>True for a Có/Không field (stored 1/0 as a value).</summary>
    /// <param name="indicator">The indicator.</param>
    public static bool IsYesNo(this IndicatorSpec indicator) => indicator.Type == IndicatorType.YesNo;

    /// <summary>True for a field whose answer is stored in <c>Submission.Answers</c> (<c>date</c>, <c>text</c>, <c>document</c>).</summary>
    /// <param name="indicator">The indicator.</param>
    public static bool IsAnswer(this IndicatorSpec indicator) => IsAnswer(indicator.Type);

    /// <summary>True for <c>date</c>, <c>text</c> and <c>document</c>.</summary>
    /// <param name="type">The type.</param>
    public static bool IsAnswer(IndicatorType type) => type is IndicatorType.Date or IndicatorType.Text or IndicatorType.Document;

    /// <summary>True for an amount (<c>integer</c>, <c>decimal</c>, <c>ratio</c>): the types <c>min</c>, <c>max</c>, <c>format</c> and <c>by</c> apply to.</summary>
    /// <param name="type">The type.</param>
    public static bool IsAmount(IndicatorType type) => type is IndicatorType.Integer or IndicatorType.Decimal or IndicatorType.Ratio;

    /// <summary>The longest accepted answer of a <c>text</c> field: its <c>max_length</c>, else <see cref="DefaultTextMaxLength"/>.</summary>
    /// <param name="indicator">A text field.</param>
    public static int MaxLengthOf(IndicatorSpec indicator) => indicator.MaxLength ?? DefaultTextMaxLength;

    /// <summary>The template's name of a type (<c>yes_no</c>, <c>document</c>), as authors write it.</summary>
    /// <param name="type">The type.</param>
    public static string TemplateName(IndicatorType type) => type switch
    {
        IndicatorType.Integer => "integer",
        IndicatorType.Decimal => "decimal",
        IndicatorType.Ratio => "ratio",
        IndicatorType.YesNo => "yes_no",
        IndicatorType.Date => "date",
        IndicatorType.Text => "text",
        IndicatorType.Document => "document",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The answer fields (<c>date</c>, <c>text</c>, <c>document</c>) a report asks for, in the plan's table order
    /// (all of the plan's, when the report lists no indicators). <see cref="PlanQueries.IndicatorsOf"/> gives the
    /// numeric ones and yes_no.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    public static IReadOnlyList<IndicatorSpec> AnswersOf(this PlanSpec plan, ReportSpec report) =>
        (report.Indicators.IsEmpty ? plan.Indicators : plan.Indicators.Where(i => report.Indicators.Contains(i.Id)))
        .Where(IsAnswer)
        .ToArray();
    /// <summary>
    /// True when every value of the indicator is a whole number: an <c>integer</c> or <c>yes_no</c> field, or a
    /// computed ratio whose formula only adds, subtracts and multiplies whole numbers, counts list rows or sums whole
    /// list columns (<c>count(hoat_dong)</c>). Such a figure is shown without decimals ("5", never "5.0").
    /// </summary>
    /// <param name="plan">The plan the indicator belongs to.</param>
    /// <param name="indicator">The indicator.</param>
    public static bool IsWholeNumber(this PlanSpec plan, IndicatorSpec indicator) => IsWholeNumber(plan, indicator, 0);

    private static bool IsWholeNumber(PlanSpec plan, IndicatorSpec indicator, int depth) => indicator.Type switch
    {
        IndicatorType.Integer or IndicatorType.YesNo => true,
        IndicatorType.Ratio => indicator.Format != ValueFormat.Percent && indicator.Formula is { } formula && IsWhole(plan, formula, depth),
        _ => false,
    };

    // The reader refuses cycles; the depth guard only keeps a malformed model from recursing without end.
    private static bool IsWhole(PlanSpec plan, ExprSpec expression, int depth) => depth < 32 && expression switch
    {
        NumberExpr number => number.Value == decimal.Truncate(number.Value),
        IndicatorRefExpr reference => plan.Indicators.FirstOrDefault(i => i.Id == reference.Id) is { } referenced && IsWholeNumber(plan, referenced, depth + 1),
        ListAggregateExpr { ColumnId: null } => true,
        ListAggregateExpr aggregate => plan.Lists.FirstOrDefault(l => l.Id == aggregate.ListId)?.Columns.FirstOrDefault(c => c.Id == aggregate.ColumnId)?.Type == ListColumnType.Integer,
        BinaryExpr { Op: '+' or '-' or '*' } binary => IsWhole(plan, binary.Left, depth + 1) && IsWhole(plan, binary.Right, depth + 1),
        _ => false,
    };
}
