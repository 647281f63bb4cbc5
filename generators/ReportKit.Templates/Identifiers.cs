using System.Collections.Generic;
using System.Globalization;
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

    /// <summary>
    /// Names every generated report class already has (besides <c>object</c>'s): an indicator or narrative
    /// id may not take them.
    /// </summary>
    internal static IReadOnlyList<string> ReportClassMembers { get; } = new[]
    {
        "ReportId", "Unit", "PeriodKey", "SubmittedOn", "Source", "ToSubmission", "FromSubmission", "Validate",
        "Summarize", "Rules", "Spec", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone",
    };

    /// <summary>Members every C# object has: generated classes must not hide them.</summary>
    internal static IReadOnlyList<string> ObjectMembers { get; } = new[]
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals",
    };

    /// <summary>Names the generated plan class already has: a report id may not take them.</summary>
    internal static IReadOnlyList<string> PlanClassMembers { get; } = new[]
    {
        "Spec", "Reports", "Indicators", "Narratives", "Contents", "Forms", "Levels", "Units",
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals",
    };

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
