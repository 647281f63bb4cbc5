namespace ReportKit.Templates;

/// <summary>
/// A category (phân loại) an indicator may be split by, beside contents and forms: target groups, gender, the type of a
/// meeting, whether it was chaired directly or by delegation.
/// </summary>
/// <param name="Id">The id; an indicator's <c>by:</c> names it.</param>
/// <param name="Title">The category as a clerk reads it (<c>Loại cuộc họp</c>).</param>
/// <param name="Options">Its options, in the document's order; never empty.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record CategorySpec(string Id, string Title, EquatableArray<CategoryOptionSpec> Options, SourceSpan Location);

/// <summary>One option of a category.</summary>
/// <param name="Id">The id, unique within its category; the item id of the values entered under it.</param>
/// <param name="Title">The option as written (<c>Họp giao ban</c>).</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record CategoryOptionSpec(string Id, string Title, SourceSpan Location);

/// <summary>A combination of a cross-tab that cannot occur (<c>exclude:</c>): greyed and locked on the form, never entered.</summary>
/// <param name="Row">The option of the first dimension of <c>by:</c>.</param>
/// <param name="Column">The option of the second.</param>
public sealed record ExcludedCellSpec(string Row, string Column);
