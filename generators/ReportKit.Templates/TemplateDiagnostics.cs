using System.Collections.Generic;
using System.Globalization;

namespace ReportKit.Templates;

/// <summary>
/// One kind of template diagnostic: its stable id, severity, a short title and a message format
/// (<see cref="string.Format(System.IFormatProvider, string, object[])"/> placeholders <c>{0}</c>…,
/// the same convention as Roslyn's <c>DiagnosticDescriptor</c>).
/// </summary>
/// <param name="Id">Stable id, <c>RK0001</c>….</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Title">A short title for the whole kind.</param>
/// <param name="MessageFormat">The message with <c>{0}</c>… placeholders, formatted under the invariant culture.</param>
public sealed record TemplateDiagnosticDescriptor(string Id, TemplateSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Makes a diagnostic of this kind at <paramref name="location"/>.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="args">Values for the message placeholders.</param>
    public TemplateDiagnostic Create(SourceSpan location, params object[] args) =>
        new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), location);
}

/// <summary>The catalogue of template diagnostics: one place, stable ids. Never renumber; only append.</summary>
public static class TemplateDiagnostics
{
    /// <summary>RK0001: the file is not valid YAML (or not valid Unicode text).</summary>
    public static readonly TemplateDiagnosticDescriptor YamlSyntax = new(
        "RK0001", TemplateSeverity.Error, "Invalid YAML",
        "the template is not valid YAML: {0}");

    /// <summary>RK0002: <c>reportkit:</c> names a format version this library does not read.</summary>
    public static readonly TemplateDiagnosticDescriptor UnsupportedFormatVersion = new(
        "RK0002", TemplateSeverity.Error, "Unsupported template format version",
        "unsupported template format version '{0}'; this ReportKit reads 'reportkit: 1'");

    /// <summary>RK0003: a key that is not valid at its place, with a "did you mean" when one is close.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownKey = new(
        "RK0003", TemplateSeverity.Error, "Unknown key",
        "unknown key '{0}' in {1}{2}");

    /// <summary>RK0004: a required key is absent or has no value.</summary>
    public static readonly TemplateDiagnosticDescriptor MissingRequiredKey = new(
        "RK0004", TemplateSeverity.Error, "Missing required key",
        "missing required key {0} in {1}{2}");

    /// <summary>RK0005: a value of the wrong shape (a list where text is expected, text where a number is expected…).</summary>
    public static readonly TemplateDiagnosticDescriptor WrongValueType = new(
        "RK0005", TemplateSeverity.Error, "Wrong value type",
        "'{0}' in {1} must be {2}; found {3}");

    /// <summary>RK0006: a value outside a fixed set (<c>type</c>, <c>period</c>, <c>kind</c>…), listing the allowed values.</summary>
    public static readonly TemplateDiagnosticDescriptor InvalidEnumValue = new(
        "RK0006", TemplateSeverity.Error, "Value not allowed",
        "'{0}' is not a valid '{1}' in {2}; allowed values: {3}{4}");

    /// <summary>RK0007: two elements of the same kind share an id.</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateId = new(
        "RK0007", TemplateSeverity.Error, "Duplicate id",
        "duplicate {0} id '{1}'; it is first declared at line {2}");

    /// <summary>RK0008: two different ids give the same generated C# name (<c>so_buoi</c> and <c>soBuoi</c> → <c>SoBuoi</c>).</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateGeneratedName = new(
        "RK0008", TemplateSeverity.Error, "Two ids give the same C# name",
        "{0} id '{1}' gives the C# name '{2}', already taken by {3} '{4}' (line {5})");

    /// <summary>RK0009: a reference to an id that is not declared (indicator, unit, level, report, content item, form, narrative).</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownReference = new(
        "RK0009", TemplateSeverity.Error, "Reference to an unknown id",
        "unknown {0} '{1}' referenced in {2}{3}");

    /// <summary>RK0010: an id that is not an ASCII identifier.</summary>
    public static readonly TemplateDiagnosticDescriptor InvalidIdentifier = new(
        "RK0010", TemplateSeverity.Error, "Invalid id",
        "'{0}' is not a valid id: an id is an ASCII letter followed by ASCII letters, digits or '_' " +
        "(diacritics are not allowed in ids, write 'so_buoi' rather than 'số_buổi'; labels and titles keep their diacritics)");

    /// <summary>RK0011: a date, month or day that does not exist or is not written as the format asks.</summary>
    public static readonly TemplateDiagnosticDescriptor InvalidDate = new(
        "RK0011", TemplateSeverity.Error, "Invalid date",
        "'{0}' is not a valid date: {1}");

    /// <summary>RK0012: a due date whose kind does not fit the report's period.</summary>
    public static readonly TemplateDiagnosticDescriptor DueDoesNotFitPeriod = new(
        "RK0012", TemplateSeverity.Error, "Due date does not fit the period",
        "due '{0}' does not fit a '{1}' report: {2}");

    /// <summary>RK0013: report years missing or inconsistent (span without from/to, periodic without from, from after to).</summary>
    public static readonly TemplateDiagnosticDescriptor InvalidPeriodYears = new(
        "RK0013", TemplateSeverity.Error, "Invalid report years",
        "report '{0}' ({1}): {2}");

    /// <summary>RK0014: a formula or check that is not a valid expression.</summary>
    public static readonly TemplateDiagnosticDescriptor InvalidExpression = new(
        "RK0014", TemplateSeverity.Error, "Invalid expression",
        "invalid expression '{0}': {1}");

    /// <summary>RK0015: ratio formulas that depend on themselves.</summary>
    public static readonly TemplateDiagnosticDescriptor FormulaCycle = new(
        "RK0015", TemplateSeverity.Error, "Formula cycle",
        "the formula of indicator '{0}' depends on itself: {1}");

    /// <summary>RK0016: a ratio indicator without a formula.</summary>
    public static readonly TemplateDiagnosticDescriptor RatioWithoutFormula = new(
        "RK0016", TemplateSeverity.Error, "Ratio without formula",
        "indicator '{0}' is a ratio but has no 'formula' (a ratio is never entered: it is computed, e.g. 'formula: dang_vien_du / dang_vien')");

    /// <summary>RK0017: a formula on an indicator that is not a ratio.</summary>
    public static readonly TemplateDiagnosticDescriptor FormulaOnNonRatio = new(
        "RK0017", TemplateSeverity.Error, "Formula on a non-ratio indicator",
        "indicator '{0}' has a 'formula' but its type is '{1}'; only ratios are computed (add 'type: ratio')");

    /// <summary>RK0018: a number repeated inside one list of sections, content items, forms or units.</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateNumber = new(
        "RK0018", TemplateSeverity.Error, "Repeated number",
        "number '{0}' repeats in {1} (first at line {2}); only bullets '-' and '+' may repeat");

    /// <summary>RK0019: a coverage rule on an indicator that is not disaggregated by contents.</summary>
    public static readonly TemplateDiagnosticDescriptor CoverageNeedsContents = new(
        "RK0019", TemplateSeverity.Error, "Coverage rule on an indicator not by contents",
        "coverage rule '{0}' counts indicator '{1}', which is not disaggregated by contents (add 'by: contents' to it)");

    /// <summary>RK0020: a key written twice in one YAML mapping.</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateKey = new(
        "RK0020", TemplateSeverity.Error, "Duplicate key",
        "duplicate key '{0}' in {1}; it is first written at line {2}");

    /// <summary>RK0021: YAML features plan templates refuse (aliases, several documents, very deep nesting).</summary>
    public static readonly TemplateDiagnosticDescriptor UnsupportedYamlFeature = new(
        "RK0021", TemplateSeverity.Error, "Unsupported YAML feature",
        "{0}");

    /// <summary>RK0022: a number outside its allowed range.</summary>
    public static readonly TemplateDiagnosticDescriptor ValueOutOfRange = new(
        "RK0022", TemplateSeverity.Error, "Value out of range",
        "'{0}' in {1} is out of range: {2}");

    /// <summary>RK0023: a content item with no children and no id (indicators by contents report against leaves).</summary>
    public static readonly TemplateDiagnosticDescriptor ContentLeafWithoutId = new(
        "RK0023", TemplateSeverity.Error, "Content leaf without id",
        "content item '{0}' has no sub-items, so it needs an 'id' (indicators by contents report against each leaf item)");

    /// <summary>RK0024: two sections claim to hold the same block (contents, forms or units).</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateHoldingSection = new(
        "RK0024", TemplateSeverity.Error, "Two sections hold the same block",
        "section '{0}' holds {1}, but section '{2}' (line {3}) already does; only one section may hold them");

    /// <summary>RK0025: a report with no due date and no stated assumption (warning).</summary>
    public static readonly TemplateDiagnosticDescriptor DueWithoutAssumption = new(
        "RK0025", TemplateSeverity.Warning, "Report without due date or assumption",
        "report '{0}' has no 'due'; if the document gives no deadline, say so in 'assumption' (never guess silently)");

    /// <summary>RK0026: a disaggregation with nothing to disaggregate by.</summary>
    public static readonly TemplateDiagnosticDescriptor EmptyDisaggregation = new(
        "RK0026", TemplateSeverity.Error, "Nothing to disaggregate by",
        "indicator '{0}' is 'by: {1}' but the template defines no {1}");

    /// <summary>RK0027: keys that exclude each other given together.</summary>
    public static readonly TemplateDiagnosticDescriptor ConflictingKeys = new(
        "RK0027", TemplateSeverity.Error, "Conflicting keys",
        "'{0}' cannot be given together with '{1}' in {2}; {3}");

    /// <summary>RK0028: an id whose C# name the generated code already uses (<c>source</c> → <c>Source</c>).</summary>
    public static readonly TemplateDiagnosticDescriptor ReservedGeneratedName = new(
        "RK0028", TemplateSeverity.Error, "Id takes a reserved C# name",
        "{0} id '{1}' gives the C# name '{2}', which is {3}; choose another id");

    /// <summary>RK0029: two templates of one project declare the same plan id (the generated classes would clash).</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicatePlanId = new(
        "RK0029", TemplateSeverity.Error, "Duplicate plan id",
        "plan id '{0}' is already used by {1}; each plan template needs its own id (this template is not compiled)");

    /// <summary>RK0030: a report lists its indicators but leaves out one its ratios or rules read.</summary>
    public static readonly TemplateDiagnosticDescriptor ReportLacksIndicator = new(
        "RK0030", TemplateSeverity.Error, "Report lacks an indicator its ratio or rule needs",
        "report '{0}' does not ask for indicator '{1}', which {2} reads; add it to the report's 'indicators'");

    /// <summary>
    /// RK0031: a data window that does not fit the deadline: a stated <c>cutoff</c> whose window ends after the
    /// report's earliest deadline, or a deadline before the window starts.
    /// </summary>
    public static readonly TemplateDiagnosticDescriptor DataWindowAfterDeadline = new(
        "RK0031", TemplateSeverity.Error, "Data window does not fit the deadline",
        "report '{0}': {1}");

    // ---- Who enters what (levels:), identity as written, diagnostics the authors met: RK0032–RK0039, RK0070–RK0079.

    /// <summary>RK0032: <c>levels: []</c> on an indicator, narrative or rule names no level, so no unit would enter it.</summary>
    public static readonly TemplateDiagnosticDescriptor EmptyLevelScope = new(
        "RK0032", TemplateSeverity.Error, "Levels name no level",
        "'levels: []' in {0} names no level, so no unit would enter it; list the levels whose units enter it (levels: [tinh]), or leave 'levels' out for every level");

    /// <summary>RK0033: <c>required</c> on a ratio, which is computed and never entered.</summary>
    public static readonly TemplateDiagnosticDescriptor RequiredComputed = new(
        "RK0033", TemplateSeverity.Error, "Required on a computed ratio",
        "'required' on ratio '{0}': a ratio is computed from its formula, never entered by a unit; put 'required: true' on the indicators its formula reads ({1}) and remove it here");

    /// <summary>RK0034: <c>max:</c> references that form a cycle (<c>a</c> at most <c>b</c>, <c>b</c> at most <c>a</c>).</summary>
    public static readonly TemplateDiagnosticDescriptor MaxCycle = new(
        "RK0034", TemplateSeverity.Error, "Max references form a cycle",
        "'max' of indicator '{0}' closes a cycle of limits ({1}); each limit must come from an indicator that is not itself limited by this one: remove one 'max' of the cycle");

    /// <summary>
    /// RK0035: a level-scoped element reads an indicator that some of its levels do not enter (a ratio over a
    /// province-only figure entered at every level, a rule on a commune checklist checked at the province).
    /// </summary>
    public static readonly TemplateDiagnosticDescriptor ReadsNarrowerLevels = new(
        "RK0035", TemplateSeverity.Error, "Reads an indicator its levels do not enter",
        "{0} is for {1} but reads indicator '{2}', which only units at {3} enter; give {0} 'levels' within those of '{2}'");

    /// <summary>
    /// RK0036: a level-scoped formula or rule reads a row list (<c>count(list)</c>, <c>sum(list.column)</c>) that some of
    /// its levels do not fill: the aggregate would be blank there, never the figure the author meant.
    /// </summary>
    public static readonly TemplateDiagnosticDescriptor ReadsNarrowerList = new(
        "RK0036", TemplateSeverity.Error, "Reads a list its levels do not fill",
        "{0} is for {1} but reads list '{2}', which only units at {3} fill; give {0} 'levels' within those of '{2}'");

    // ---------------------------------------------------------------- categories and cross-tabs (RK0040–RK0049)

    /// <summary>RK0040: <c>by:</c> names a dimension that is neither <c>contents</c>, <c>forms</c> nor a declared category.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownCategory = new(
        "RK0040", TemplateSeverity.Error, "Unknown category",
        "indicator '{0}' is 'by: {1}', but '{1}' is neither 'contents', 'forms' nor a category declared under 'categories'{2}");

    /// <summary>RK0041: <c>by:</c> lists more than two dimensions (a cross-tab crosses two).</summary>
    public static readonly TemplateDiagnosticDescriptor TooManyDimensions = new(
        "RK0041", TemplateSeverity.Error, "More than two dimensions",
        "indicator '{0}' is split by {1} dimensions; 'by' takes one dimension or a list of two (a cross-tab), so make one of them a separate indicator");

    /// <summary>RK0042: <c>by:</c> lists the same dimension twice.</summary>
    public static readonly TemplateDiagnosticDescriptor RepeatedDimension = new(
        "RK0042", TemplateSeverity.Error, "The same dimension twice",
        "indicator '{0}' names '{1}' twice in 'by'; a cross-tab crosses two different dimensions");

    /// <summary>RK0043: an <c>exclude:</c> combination names an option its dimension does not have.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownExcludedOption = new(
        "RK0043", TemplateSeverity.Error, "Excluded option unknown",
        "'exclude' of indicator '{0}' names '{1}', which is not an option of '{2}'{3}");

    /// <summary>RK0044: a category lists the same option id twice.</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateOption = new(
        "RK0044", TemplateSeverity.Error, "Duplicate option",
        "category '{0}' has option '{1}' twice; it is first declared at line {2}");

    /// <summary>RK0045: a category with no options.</summary>
    public static readonly TemplateDiagnosticDescriptor EmptyCategory = new(
        "RK0045", TemplateSeverity.Error, "Category without options",
        "category '{0}' has no options; list them under 'options', each with an 'id' and a 'title'");

    /// <summary>RK0046: <c>exclude:</c> on an indicator that is not a cross-tab.</summary>
    public static readonly TemplateDiagnosticDescriptor ExcludeWithoutCrossTab = new(
        "RK0046", TemplateSeverity.Error, "Exclude without a cross-tab",
        "indicator '{0}' has 'exclude', but only a cross-tab ('by: [a, b]') has combinations to exclude");

    /// <summary>RK0047: <c>exclude:</c> leaves no combination of a cross-tab to enter.</summary>
    public static readonly TemplateDiagnosticDescriptor EveryCellExcluded = new(
        "RK0047", TemplateSeverity.Error, "Every combination excluded",
        "'exclude' of indicator '{0}' excludes all {1} combinations, so nothing could be entered; remove the indicator or keep a combination that can occur");

    // ---------------------------------------------------------------- field types (yes_no, date, text, document)

    /// <summary>
    /// RK0050: a key that does not apply to the indicator's type: <c>min</c>, <c>max</c>, <c>format</c>, <c>by</c>,
    /// <c>additive</c> or <c>phrase</c> on a yes_no, date, text or document field, or <c>max_length</c> on anything but text.
    /// </summary>
    public static readonly TemplateDiagnosticDescriptor KeyNotForFieldType = new(
        "RK0050", TemplateSeverity.Error, "Key does not apply to the field's type",
        "'{0}' does not apply to {1} indicator '{2}': {3}; remove '{0}'");

    /// <summary>RK0051: a formula, check rule, coverage rule or <c>max:</c> reads a date, text or document field.</summary>
    public static readonly TemplateDiagnosticDescriptor AnswerFieldInExpression = new(
        "RK0051", TemplateSeverity.Error, "A date, text or document field cannot be computed with",
        "{0} reads '{1}', a {2} field: formulas, rules and 'max' read numbers and yes_no fields only; remove '{1}' from it");

    // ---------------------------------------------------------------- row lists (lists:), RK0060–RK0069

    /// <summary>RK0060: a list column's <c>type</c> is none of the column types.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownListColumnType = new(
        "RK0060", TemplateSeverity.Error, "Unknown list column type",
        "'{0}' is not a column type in {1}; write text, integer, decimal, date, yes_no, or the mapping 'choice: forms' or 'choice: contents'{2}");

    /// <summary>RK0061: a list asks for fewer than one or absurdly many blank rows.</summary>
    public static readonly TemplateDiagnosticDescriptor ListRowsOutOfRange = new(
        "RK0061", TemplateSeverity.Error, "List rows out of range",
        "list '{0}' asks for {1} rows; 'rows' is how many blank rows the form offers, from 1 to {2}");

    /// <summary>RK0062: two columns of one list share an id.</summary>
    public static readonly TemplateDiagnosticDescriptor DuplicateListColumn = new(
        "RK0062", TemplateSeverity.Error, "Duplicate list column id",
        "list '{0}' has column '{1}' twice (first at line {2}); each column needs its own id");

    /// <summary>RK0063: <c>sum(list.column)</c> over a column that holds no numbers.</summary>
    public static readonly TemplateDiagnosticDescriptor AggregateOverNonNumeric = new(
        "RK0063", TemplateSeverity.Error, "Sum over a non-numeric list column",
        "{0} sums column '{1}' of list '{2}', which is {3}; sum() takes an integer, decimal or yes_no column (count() counts rows)");

    /// <summary>RK0064: an aggregate names a list the template does not define.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownListInAggregate = new(
        "RK0064", TemplateSeverity.Error, "Unknown list in an aggregate",
        "{0} uses list '{1}', which 'lists' does not define{2}");

    /// <summary>RK0065: <c>sum(list.column)</c> names a column the list does not have.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownListColumn = new(
        "RK0065", TemplateSeverity.Error, "Unknown list column in an aggregate",
        "{0} sums column '{1}', which list '{2}' does not have{3}");

    /// <summary>RK0066: a <c>choice</c> column whose options are missing (no forms, no contents, or an unknown category).</summary>
    public static readonly TemplateDiagnosticDescriptor ListChoiceWithoutOptions = new(
        "RK0066", TemplateSeverity.Error, "Choice column without options",
        "column '{0}' of list '{1}' is 'choice: {2}' but {3}");

    // ---------------------------------------------------------------- targets (chỉ tiêu), RK0080–RK0089

    /// <summary>RK0080: a target that says neither which level's units it judges nor that it judges the consolidated total.</summary>
    public static readonly TemplateDiagnosticDescriptor TargetWithoutScope = new(
        "RK0080", TemplateSeverity.Error, "Target says not whose values it judges",
        "target '{0}' says not whose values it judges: give 'level' (with 'share': 1.0 for \"7/7\" or \"100%\") to judge each unit of a level, or 'consolidated: true' to judge the consolidated total");

    /// <summary>RK0081: a target given both a level or share and <c>consolidated: true</c>.</summary>
    public static readonly TemplateDiagnosticDescriptor TargetShareAndConsolidated = new(
        "RK0081", TemplateSeverity.Error, "Target judges both each unit and the total",
        "target '{0}' gives '{1}' and 'consolidated: true': a target judges either each unit of a level against a share, or the consolidated total; keep one");

    /// <summary>RK0082: a target's share of units outside 0–1.</summary>
    public static readonly TemplateDiagnosticDescriptor TargetShareOutOfRange = new(
        "RK0082", TemplateSeverity.Error, "Target share outside 0–1",
        "share '{1}' of target '{0}' is not between 0 and 1; write the share of units that must meet the target as a fraction or a percent: 1.0 or 100% for \"7/7\", 0.7 or 70%");

    /// <summary>RK0083: a target with no threshold, or with more than one.</summary>
    public static readonly TemplateDiagnosticDescriptor TargetThreshold = new(
        "RK0083", TemplateSeverity.Error, "Target needs exactly one threshold",
        "target '{0}' needs exactly one threshold of 'at_least', 'above', 'at_most' or 'equals'; {1}");

    /// <summary>RK0084: a target that judges something that is not a number (a narrative part).</summary>
    public static readonly TemplateDiagnosticDescriptor TargetOnNonNumber = new(
        "RK0084", TemplateSeverity.Error, "Target on a value that is not a number",
        "target '{0}' judges '{1}', which is {2}, not a number; a target judges an indicator (a count, a ratio or a yes/no answer)");

    /// <summary>RK0085: a target whose indicator no report asks for, so it could never be judged.</summary>
    public static readonly TemplateDiagnosticDescriptor TargetIndicatorInNoReport = new(
        "RK0085", TemplateSeverity.Error, "Target on an indicator no report asks for",
        "target '{0}' judges indicator '{1}', which no report asks for, so it is never judged; add '{1}' to a report's 'indicators' or remove the target");

    // ------------------------------------------------ comparison with an earlier period and year-to-date (F)

    /// <summary>RK0090: <c>compare</c> or <c>cumulative</c> on a report with no earlier period to compare with (once-off, span).</summary>
    public static readonly TemplateDiagnosticDescriptor ComparisonWithoutPeriods = new(
        "RK0090", TemplateSeverity.Error, "Comparison on a report without recurring periods",
        "report '{0}' is {1}: it has no earlier period, so '{2}' cannot apply; remove '{2}' or make the report periodic");

    /// <summary>RK0091: <c>cumulative</c> on a year (or nine-month) report: its period already runs from the start of the year.</summary>
    public static readonly TemplateDiagnosticDescriptor CumulativeOnWholeYear = new(
        "RK0091", TemplateSeverity.Error, "Year-to-date on a report that covers the year",
        "report '{0}' is a {1} report, which already runs from the start of the year; 'cumulative' applies to month, quarter and half-year reports only");

    /// <summary>RK0092: <c>compare</c> or <c>cumulative</c> names an indicator the report does not ask for.</summary>
    public static readonly TemplateDiagnosticDescriptor ComparedIndicatorNotInReport = new(
        "RK0092", TemplateSeverity.Error, "Compared indicator not in the report",
        "report '{0}' lists indicator '{1}' under '{2}' but does not ask for it; add it to the report's 'indicators' or remove it from '{2}'");

    /// <summary>RK0093: an indicator with no single figure per unit (items that overlap, <c>additive: false</c>) cannot be compared.</summary>
    public static readonly TemplateDiagnosticDescriptor IndicatorWithoutFigure = new(
        "RK0093", TemplateSeverity.Error, "Indicator has no single figure to compare",
        "indicator '{0}' under '{1}' of report '{2}' has no total (its items overlap, additive: false), so there is no one figure per unit to compare; compare another indicator");

    /// <summary>RK0094: <c>cumulative</c> on a ratio or percentage: a year-to-date sum of shares means nothing.</summary>
    public static readonly TemplateDiagnosticDescriptor CumulativeOnShare = new(
        "RK0094", TemplateSeverity.Error, "Year-to-date of a ratio or percentage",
        "indicator '{0}' under 'cumulative' of report '{1}' is {2}; shares of several periods do not add up; give the year-to-date of the counts it is computed from");

    /// <summary>RK0095: an indicator listed twice under <c>compare</c> or <c>cumulative</c>.</summary>
    public static readonly TemplateDiagnosticDescriptor ComparedIndicatorTwice = new(
        "RK0095", TemplateSeverity.Error, "Indicator listed twice",
        "indicator '{0}' is listed twice under '{1}' of report '{2}'; list it once");

    // ---- Time as plans state it: dated windows, phases, events, periods of a regime (RK0100–RK0109)

    /// <summary>RK0100: a dated window (a one-off report's, a phase's) that ends before it starts.</summary>
    public static readonly TemplateDiagnosticDescriptor WindowEndsBeforeStart = new(
        "RK0100", TemplateSeverity.Error, "Window ends before it starts",
        "{0}: 'to' ({1}) is before 'from' ({2}); the window runs from its first day to its last, both included");

    /// <summary>RK0101: two phases of a report share days, or are not written in date order.</summary>
    public static readonly TemplateDiagnosticDescriptor PhasesOverlap = new(
        "RK0101", TemplateSeverity.Error, "Phases overlap",
        "report '{0}': phase '{1}' ({2}) {3} phase '{4}' ({5}); write the phases in date order, each starting after the one before ends, so every day's data counts in one phase");

    /// <summary>RK0102: <c>periods:</c> names a period the report's kind does not have.</summary>
    public static readonly TemplateDiagnosticDescriptor UnknownRegimePeriod = new(
        "RK0102", TemplateSeverity.Error, "Period not of the report's kind",
        "report '{0}' ({1}) has no period '{2}'; its periods are {3}{4}");

    /// <summary>RK0103: a time key that does not fit the report's period (<c>phases</c> on a yearly report, <c>periods</c> on a one-off one…).</summary>
    public static readonly TemplateDiagnosticDescriptor TimeKeyDoesNotFitPeriod = new(
        "RK0103", TemplateSeverity.Error, "Time key does not fit the period",
        "'{0}' does not fit report '{1}' ({2}): {3}");

    // ---- The báo cáo: how figures are worded and what its outline holds (RK0110–RK0119)

    /// <summary>RK0110: an indicator's <c>phrase</c> that does not hold <c>{value}</c> exactly once.</summary>
    public static readonly TemplateDiagnosticDescriptor PhraseWithoutOnePlaceholder = new(
        "RK0110", TemplateSeverity.Error, "Phrase without one {value}",
        "the phrase of indicator '{0}' holds '{{value}}' {1} times; write it once, where the báo cáo puts the figure: 'tổ chức {{value}} buổi sinh hoạt'");

    /// <summary>RK0111: a part of a report's <c>outline</c> holds a narrative, indicator, list or target the report does not have.</summary>
    public static readonly TemplateDiagnosticDescriptor OutlineElementNotInReport = new(
        "RK0111", TemplateSeverity.Error, "Outline holds what the report lacks",
        "part '{0}' of the outline of report '{1}' holds {2} '{3}', which the report does not ask for; add it to the report or take it out of the outline");

    /// <summary>RK0112: an element placed in two parts of a report's <c>outline</c>.</summary>
    public static readonly TemplateDiagnosticDescriptor OutlineElementTwice = new(
        "RK0112", TemplateSeverity.Error, "Outline places an element twice",
        "{0} '{1}' is in two parts of the outline of report '{2}' ('{3}' and '{4}'); put it in the one part the plan gives it");

    /// <summary>RK0113: a narrative, indicator, list or target of a report in no part of its <c>outline</c>.</summary>
    public static readonly TemplateDiagnosticDescriptor OutlineElementMissing = new(
        "RK0113", TemplateSeverity.Error, "Outline leaves an element out",
        "{0} '{1}' of report '{2}' is in no part of its outline, so its báo cáo would leave it out; put it in the part the plan's đề cương gives it");

    // ---- Assumptions (RK0125–RK0129)

    /// <summary>RK0125: <c>due_assumed: true</c> on a report with no <c>due</c> to mark, or with no <c>assumption</c> saying what was assumed.</summary>
    public static readonly TemplateDiagnosticDescriptor DueAssumedMisused = new(
        "RK0125", TemplateSeverity.Error, "Assumed deadline without a deadline or an assumption",
        "report '{0}' says 'due_assumed: true' but {1}");

    /// <summary>Every descriptor, in id order (for the generator's <c>SupportedDiagnostics</c> and release tracking).</summary>
    public static IReadOnlyList<TemplateDiagnosticDescriptor> All { get; } = new[]
    {
        YamlSyntax, UnsupportedFormatVersion, UnknownKey, MissingRequiredKey, WrongValueType, InvalidEnumValue,
        DuplicateId, DuplicateGeneratedName, UnknownReference, InvalidIdentifier, InvalidDate, DueDoesNotFitPeriod,
        InvalidPeriodYears, InvalidExpression, FormulaCycle, RatioWithoutFormula, FormulaOnNonRatio, DuplicateNumber,
        CoverageNeedsContents, DuplicateKey, UnsupportedYamlFeature, ValueOutOfRange, ContentLeafWithoutId,
        DuplicateHoldingSection, DueWithoutAssumption, EmptyDisaggregation, ConflictingKeys, ReservedGeneratedName,
        DuplicatePlanId, ReportLacksIndicator, DataWindowAfterDeadline,
        EmptyLevelScope, RequiredComputed, MaxCycle, ReadsNarrowerLevels, ReadsNarrowerList,
        UnknownCategory, TooManyDimensions, RepeatedDimension, UnknownExcludedOption, DuplicateOption, EmptyCategory,
        ExcludeWithoutCrossTab, EveryCellExcluded,
        KeyNotForFieldType, AnswerFieldInExpression,
        UnknownListColumnType, ListRowsOutOfRange, DuplicateListColumn, AggregateOverNonNumeric,
        UnknownListInAggregate, UnknownListColumn, ListChoiceWithoutOptions,
        TargetWithoutScope, TargetShareAndConsolidated, TargetShareOutOfRange, TargetThreshold, TargetOnNonNumber,
        TargetIndicatorInNoReport,
        ComparisonWithoutPeriods, CumulativeOnWholeYear, ComparedIndicatorNotInReport, IndicatorWithoutFigure,
        CumulativeOnShare, ComparedIndicatorTwice,
        WindowEndsBeforeStart, PhasesOverlap, UnknownRegimePeriod, TimeKeyDoesNotFitPeriod,
        PhraseWithoutOnePlaceholder, OutlineElementNotInReport, OutlineElementTwice, OutlineElementMissing,
        DueAssumedMisused,
    };
}
