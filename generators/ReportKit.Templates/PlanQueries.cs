using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates;

/// <summary>
/// What a report asks for, read off a <see cref="PlanSpec"/>. One definition shared by the source
/// generator (which emits properties for it) and the runtime (which validates and sums it), so a
/// report means the same thing at build time and at run time.
/// </summary>
public static class PlanQueries
{
    /// <summary>Where an indicator's <see cref="IndicatorSpec.Phrase"/> takes its figure: <c>tổ chức {value} buổi sinh hoạt</c>.</summary>
    public const string PhrasePlaceholder = "{value}";

    /// <summary>How many times <paramref name="phrase"/> holds <see cref="PhrasePlaceholder"/> (a valid phrase holds it once).</summary>
    public static int PhrasePlaceholders(string phrase)
    {
        var count = 0;
        for (var at = phrase.IndexOf(PhrasePlaceholder, StringComparison.Ordinal); at >= 0;
             at = phrase.IndexOf(PhrasePlaceholder, at + PhrasePlaceholder.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>
    /// The indicator's <see cref="IndicatorSpec.Phrase"/> with <paramref name="value"/> (already formatted) where the
    /// placeholder stands: <c>tổ chức 312 buổi sinh hoạt</c>; null when the template gives no phrase.
    /// </summary>
    public static string? StatePhrase(this IndicatorSpec indicator, string value) =>
        indicator.Phrase?.Replace(PhrasePlaceholder, value);

    /// <summary>
    /// The indicators with a value a report asks for, in the plan's table order: numbers and yes_no; all when the template
    /// omits the report's <c>indicators</c>, none when it writes <c>indicators: []</c> (<see cref="ReportSpec.NoIndicators"/>).
    /// Answer fields (<c>date</c>, <c>text</c>, <c>document</c>) are <see cref="FieldTypes.AnswersOf"/>.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    public static IReadOnlyList<IndicatorSpec> IndicatorsOf(this PlanSpec plan, ReportSpec report) =>
        (report.Indicators.IsEmpty
            ? report.NoIndicators ? Array.Empty<IndicatorSpec>() : plan.Indicators.ToArray()
            : plan.Indicators.Where(i => report.Indicators.Contains(i.Id)).ToArray())
        .Where(i => !i.IsAnswer()).ToArray();

    /// <summary>
    /// The narratives a report asks for, in the plan's order: all when the template omits the report's
    /// <c>narratives</c>, none when it writes <c>narratives: []</c> (<see cref="ReportSpec.NoNarratives"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    public static IReadOnlyList<NarrativeSpec> NarrativesOf(this PlanSpec plan, ReportSpec report) =>
        report.Narratives.IsEmpty
            ? report.NoNarratives ? Array.Empty<NarrativeSpec>() : plan.Narratives.ToArray()
            : plan.Narratives.Where(n => report.Narratives.Contains(n.Id)).ToArray();

    /// <summary>The row lists a report asks for (all, when the report lists none), in the plan's order.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    public static IReadOnlyList<ListSpec> ListsOf(this PlanSpec plan, ReportSpec report) =>
        report.Lists.IsEmpty
            ? plan.Lists.ToArray()
            : plan.Lists.Where(l => report.Lists.Contains(l.Id)).ToArray();

    /// <summary>
    /// The options of a <see cref="ListColumnType.Choice"/> column, as (id, title) in order: the plan's forms, its leaf
    /// content items, or the options of the category it names; empty when it names nothing the plan defines.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="column">A column of one of its lists.</param>
    public static IReadOnlyList<(string Id, string Title)> ChoicesOf(this PlanSpec plan, ListColumnSpec column) =>
        column.Type != ListColumnType.Choice
            ? Array.Empty<(string, string)>()
            : column.Choice switch
            {
                ListColumnSpec.Forms => plan.Forms.Select(f => (f.Id, f.Title)).ToArray(),
                ListColumnSpec.Contents => plan.Outline().Leaves.Select(l => (l.Item.Id!, l.Item.Title)).ToArray(),
                var category => plan.Categories.FirstOrDefault(c => c.Id == category)?.Options.Select(o => (o.Id, o.Title)).ToArray()
                    ?? Array.Empty<(string, string)>(),
            };

    /// <summary>The plan's content tree, walked once (<see cref="ContentOutline"/>): build it once per use, it is not cached.</summary>
    /// <param name="plan">The plan.</param>
    public static ContentOutline Outline(this PlanSpec plan) => new(plan.Contents);

    /// <summary>
    /// The items an indicator is entered by, as (id, number, title): leaf contents, forms, category options or the
    /// cells of a cross-tab (<see cref="IndicatorCells.EnteredCellsOf"/>), in order; empty when it has a single value.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indicator">One of its indicators.</param>
    public static IReadOnlyList<(string Id, string? No, string Title)> ItemsOf(this PlanSpec plan, IndicatorSpec indicator) =>
        plan.EnteredCellsOf(indicator).Select(c => (c.ItemId, c.No, c.Title)).ToArray();

    /// <summary>
    /// The rules that apply to a report: those listing it, or, when a rule lists no report, those whose
    /// indicators the report all asks for.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="report">One of its reports.</param>
    public static IReadOnlyList<RuleSpec> RulesOf(this PlanSpec plan, ReportSpec report)
    {
        var asked = new HashSet<string>(plan.IndicatorsOf(report).Select(i => i.Id), StringComparer.Ordinal);
        return plan.Rules.Where(rule => rule.Reports.IsEmpty
                ? IndicatorIdsOf(rule).All(asked.Contains)
                : rule.Reports.Contains(report.Id))
            .ToArray();
    }

    /// <summary>
    /// True when the indicator has one figure per unit (its summary column keyed by its id): a plain value, a ratio, or
    /// the total of additive items. Items that overlap (<c>additive: false</c>) have none, so nothing to compare or sum.
    /// </summary>
    public static bool HasSingleFigure(IndicatorSpec indicator) =>
        indicator.By == Disaggregation.None || indicator.Type == IndicatorType.Ratio || indicator.Additive;

    /// <summary>The indicator ids a rule reads.</summary>
    /// <param name="rule">The rule.</param>
    public static IEnumerable<string> IndicatorIdsOf(RuleSpec rule) =>
        rule.Kind == RuleKind.Coverage
            ? rule.Coverage is null ? Array.Empty<string>() : new[] { rule.Coverage.Indicator }
            : Ids(rule.Left).Concat(Ids(rule.Right));

    /// <summary>
    /// The document's number and symbol as printed after "Số" (the one home of that wording: form headings, summaries,
    /// the báo cáo and the reminder all print through it): <c>76-KH/ĐU</c> (Party, Hướng dẫn 36) or
    /// <c>12/SVHTTDL-QLVHGĐ</c> (state, Nghị định 30). Both parts print as written, so a legal document's number that
    /// carries its year (<c>number: "01/2020"</c>, <c>symbol: TT-VPCP</c>) prints <c>01/2020/TT-VPCP</c>. A blank
    /// number prints as <paramref name="gap"/>; a document without a symbol prints its number alone (nothing invented).
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="gap">What stands for a number the source leaves blank.</param>
    public static string NumberAndSymbol(this DocumentSpec document, string gap)
    {
        var number = string.IsNullOrWhiteSpace(document.Number) ? gap : document.Number!.Trim();
        return string.IsNullOrWhiteSpace(document.Symbol)
            ? number
            : number + (document.Kind == DocumentKind.Party ? "-" : "/") + document.Symbol!.Trim();
    }

    /// <summary>Whether the document is a công văn (which carries a <c>V/v</c> line under its number).</summary>
    /// <param name="document">The document.</param>
    public static bool IsOfficialLetter(this DocumentSpec document) =>
        string.Equals(document.Genre.Trim(), "CÔNG VĂN", StringComparison.OrdinalIgnoreCase);

    /// <summary>The content groups above a leaf item, outermost first (empty for a top-level leaf or an unknown id).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="leafId">The id of a leaf content item.</param>
    public static IReadOnlyList<ContentItemSpec> GroupsAbove(this PlanSpec plan, string leafId) => plan.Outline().GroupsAbove(leafId);

    private static IEnumerable<string> Ids(ExprSpec? expression) =>
        expression is null ? Array.Empty<string>() : ExpressionParser.IndicatorIds(expression);
}
