using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportKit.Templates;

/// <summary>
/// Template ids and the C# names made from them. An id is an ASCII letter followed by ASCII letters,
/// digits or <c>_</c>; generated names come from ids (<c>so_buoi</c> → <c>SoBuoi</c>), never from
/// Vietnamese labels, so diacritics never reach C# identifiers.
/// </summary>
public static class Identifiers
{
    /// <summary>True when <paramref name="id"/> is an ASCII letter followed by ASCII letters, digits or <c>_</c>.</summary>
    /// <param name="id">The candidate id.</param>
    public static bool IsValidId(string id)
    {
        if (string.IsNullOrEmpty(id) || !IsAsciiLetter(id[0]))
            return false;
        foreach (var c in id)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_')
                return false;
        }

        return true;
    }

    /// <summary>
    /// The PascalCase C# name of an id: each <c>_</c>-separated part gets an upper-case first letter, the
    /// rest is kept (<c>so_buoi</c> → <c>SoBuoi</c>, <c>phan_1</c> → <c>Phan1</c>, <c>KeHoach76</c> → <c>KeHoach76</c>).
    /// </summary>
    /// <param name="id">A valid id (see <see cref="IsValidId"/>); other text is converted the same way.</param>
    public static string ToPascalCase(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var part in id.Split('_'))
        {
            if (part.Length == 0)
                continue;
            builder.Append(char.ToUpper(part[0], CultureInfo.InvariantCulture));
            builder.Append(part, 1, part.Length - 1);
        }

        return builder.Length == 0 ? id : builder.ToString();
    }

    // The names the generated code gives its own members and classes. The emitter writes them from here and the
    // reader keeps template ids off them; GeneratedNamesTests checks these lists against the generated classes.

    /// <summary>The plan class's property holding the plan definition.</summary>
    internal const string SpecMember = "Spec";

    /// <summary>The nested class, in each report class, holding its compiled check rules.</summary>
    internal const string RulesClass = "Rules";

    /// <summary>The nested class of a report that holds its targets, compiled.</summary>
    internal const string TargetsClass = "Targets";

    /// <summary>The property of a report that says whether its values meet every target judged on it.</summary>
    internal const string MeetsTargetsMember = "MeetsTargets";

    /// <summary>The class of a phase report's phases as typed periods (<c>Phases.Dot1</c>).</summary>
    internal const string PhasesClass = "Phases";

    /// <summary>The total of a disaggregated indicator's per-item class.</summary>
    internal const string ItemTotal = "Total";

    /// <summary>A cross-tab's column totals over its rows (<c>SoPhieu.ColumnTotals.Webform</c>), a member of its per-item class.</summary>
    internal const string ColumnTotals = "ColumnTotals";

    /// <summary>
    /// The names the generated per-item class of a disaggregated indicator uses beside its options' properties: no option
    /// (content item, form, category option) may take one (<c>Total</c>; a cross-tab's <c>ColumnTotals</c> and its class).
    /// </summary>
    internal static readonly string[] ItemMembers = { ItemTotal, ColumnTotals, ItemGroupClass(ColumnTotals) };

    /// <summary>The classes of id constants nested in the plan class, one per kind.</summary>
    internal const string ReportIds = "Reports", IndicatorIds = "Indicators", NarrativeIds = "Narratives",
        ContentIds = "Contents", FormIds = "Forms", LevelIds = "Levels", UnitIds = "Units";

    /// <summary>The class holding one value per content item or form of a disaggregated indicator (<c>SoBuoiValues</c>).</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    internal static string ItemGroupClass(string indicatorId) => ToPascalCase(indicatorId) + "Values";

    /// <summary>The class of one row of a row list, nested in the plan class (<c>MoHinhRow</c>).</summary>
    /// <param name="listId">The list's id.</param>
    internal static string ListRowClass(string listId) => ToPascalCase(listId) + "Row";

    /// <summary>Members every C# object has: generated classes must not hide them.</summary>
    internal static IReadOnlyList<string> ObjectMembers { get; } = new[]
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals",
    };

    /// <summary>
    /// Names every generated report class already has (besides <see cref="ObjectMembers"/>): an indicator or
    /// narrative id may not take them.
    /// </summary>
    internal static IReadOnlyList<string> ReportClassMembers { get; } = new[]
    {
        "ReportId", "Unit", "PeriodKey", "Period", "SubmittedOn", "Source", "ToSubmission", "FromSubmission", "Validate",
        "Summarize", RulesClass, SpecMember, TargetsClass, MeetsTargetsMember, PhasesClass,
    }.Concat(ObjectMembers).ToArray();

    /// <summary>Names the generated plan class already has: a report id may not take them.</summary>
    internal static IReadOnlyList<string> PlanClassMembers { get; } = new[]
    {
        SpecMember, ReportIds, IndicatorIds, NarrativeIds, ContentIds, FormIds, LevelIds, UnitIds,
    }.Concat(ObjectMembers).ToArray();

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
