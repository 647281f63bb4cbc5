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
        "number '{0}' repeats in {1} (first at line {2}); only bullets '-' may repeat");

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

    // ---------------------------------------------------------------- field types (yes_no, date, text, document)

    /// <summary>
    /// RK0050: a key that does not apply to the indicator's type: <c>min</c>, <c>max</c>, <c>format</c>, <c>by</c> or
    /// <c>additive</c> on a yes_no, date, text or document field, or <c>max_length</c> on anything but text.
    /// </summary>
    public static readonly TemplateDiagnosticDescriptor KeyNotForFieldType = new(
        "RK0050", TemplateSeverity.Error, "Key does not apply to the field's type",
        "'{0}' does not apply to {1} indicator '{2}': {3}; remove '{0}'");

    /// <summary>RK0051: a formula, check rule, coverage rule or <c>max:</c> reads a date, text or document field.</summary>
    public static readonly TemplateDiagnosticDescriptor AnswerFieldInExpression = new(
        "RK0051", TemplateSeverity.Error, "A date, text or document field cannot be computed with",
        "{0} reads '{1}', a {2} field: formulas, rules and 'max' read numbers and yes_no fields only; remove '{1}' from it");

    /// <summary>Every descriptor, in id order (for the generator's <c>SupportedDiagnostics</c> and release tracking).</summary>
    public static IReadOnlyList<TemplateDiagnosticDescriptor> All { get; } = new[]
    {
        YamlSyntax, UnsupportedFormatVersion, UnknownKey, MissingRequiredKey, WrongValueType, InvalidEnumValue,
        DuplicateId, DuplicateGeneratedName, UnknownReference, InvalidIdentifier, InvalidDate, DueDoesNotFitPeriod,
        InvalidPeriodYears, InvalidExpression, FormulaCycle, RatioWithoutFormula, FormulaOnNonRatio, DuplicateNumber,
        CoverageNeedsContents, DuplicateKey, UnsupportedYamlFeature, ValueOutOfRange, ContentLeafWithoutId,
        DuplicateHoldingSection, DueWithoutAssumption, EmptyDisaggregation, ConflictingKeys, ReservedGeneratedName,
        DuplicatePlanId, ReportLacksIndicator, DataWindowAfterDeadline,
        KeyNotForFieldType, AnswerFieldInExpression,
    };
}
