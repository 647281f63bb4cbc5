using System.Linq;

namespace ReportKit.Templates;

/// <summary>What parsing one template gave: the plan (when there is no error) and every diagnostic, in file order.</summary>
/// <param name="Plan">The checked plan, or null when <see cref="HasErrors"/> is true.</param>
/// <param name="Diagnostics">Errors and warnings, ordered by position in the file.</param>
public sealed record TemplateParseResult(PlanSpec? Plan, EquatableArray<TemplateDiagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error (then <see cref="Plan"/> is null).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == TemplateSeverity.Error);
}
