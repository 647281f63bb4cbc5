using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// How a yes_no field rolls up: its value is summed (the units that answered Có), and beside it, under
/// <see cref="Answered"/>, how many units answered at all, so a parent row reads <c>x/y đơn vị</c>. A relayed summary
/// carries both.
/// </summary>
public static class YesNoCounts
{
    /// <summary>The item id under which a yes_no field's count of answering units is kept (a yes_no field has no items).</summary>
    public const string AnsweredItem = "answered";

    /// <summary>The key of the count of units that answered yes_no field <paramref name="fieldId"/>.</summary>
    /// <param name="fieldId">A yes_no field.</param>
    public static ValueKey Answered(string fieldId) => new(fieldId, AnsweredItem);

    /// <summary><c>3/5 đơn vị (60 %)</c>: <paramref name="yes"/> of <paramref name="answered"/> units answered Có, and the share.</summary>
    /// <param name="yes">Units that answered Có.</param>
    /// <param name="answered">Units that answered.</param>
    public static string Describe(decimal yes, int answered) =>
        Numbers.Format(yes) + "/" + answered.ToString(System.Globalization.CultureInfo.InvariantCulture) + " đơn vị" +
        (Numbers.Percent((int)yes, answered) is { } share ? " (" + Numbers.Format(share).Replace('.', ',') + " %)" : "");

    /// <summary>The answered counts of a row's sums, per yes_no field of <paramref name="fields"/>; null when there is none.</summary>
    internal static IReadOnlyDictionary<string, int>? Of(IEnumerable<IndicatorSpec> fields, IReadOnlyDictionary<ValueKey, decimal> sums)
    {
        var yesNo = fields.Where(f => f.IsYesNo()).ToArray();
        if (yesNo.Length == 0)
            return null;
        var counts = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var field in yesNo)
        {
            if (sums.TryGetValue(Answered(field.Id), out var count))
                counts[field.Id] = (int)count;
        }

        return counts;
    }

    /// <summary>A unit's own accepted values with, for each yes_no answer, one answering unit.</summary>
    internal static Dictionary<ValueKey, decimal> WithOwnAnswers(IEnumerable<IndicatorSpec> fields, IReadOnlyDictionary<ValueKey, decimal> accepted)
    {
        var values = accepted.ToDictionary(p => p.Key, p => p.Value);
        foreach (var field in fields.Where(f => f.IsYesNo() && accepted.ContainsKey(new ValueKey(f.Id))))
            values[Answered(field.Id)] = 1;
        return values;
    }
}
