using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportKit.Templates.Parsing;

// Typed values: each reads one key of a mapping, reports what is wrong with it at the value (or at the
// mapping that lacks it) and returns null, so the caller simply skips what it cannot build.
internal sealed partial class PlanReader
{
    private static readonly string[] MonthNames =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly Regex IsoDate = new(@"^(\d{4})-(\d{2})-(\d{2})$", RegexOptions.CultureInvariant);

    /// <summary>Text as written: trimmed and normalised to Unicode NFC.</summary>
    internal static string Clean(string value)
    {
        var trimmed = value.Trim();
        try
        {
            return trimmed.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Unpaired surrogates are refused before parsing; keep the text rather than fail here.
            return trimmed;
        }
    }

    private void Missing(Fields f, string key)
    {
        if (f.KeyNode(key) is { } keyNode)
            _sink.Report(TemplateDiagnostics.MissingRequiredKey, _sink.SpanOf(keyNode), "'" + key + "'", f.Where, " (it has no value)");
        else
            _sink.Report(TemplateDiagnostics.MissingRequiredKey, _sink.SpanOf(f.Map), "'" + key + "'", f.Where, "");
    }

    private void WrongType(Fields f, string key, string expected, YamlNode found) =>
        _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(found), key, f.Where, expected, found.Describe());

    private string? Text(Fields f, string key, bool required = false, string expected = "text")
    {
        var node = f.Value(key);
        if (node is null)
        {
            if (required)
                Missing(f, key);
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            WrongType(f, key, expected, node);
            return null;
        }

        var text = Clean(scalar.Value);
        if (text.Length > 0)
            return text;
        if (required)
            Missing(f, key);
        return null;
    }

    private string? Id(Fields f, string key, bool required)
    {
        var id = Text(f, key, required);
        if (id is not null && !Identifiers.IsValidId(id))
            _sink.Report(TemplateDiagnostics.InvalidIdentifier, _sink.SpanOf(f.Value(key)!), id);
        return id;
    }

    private string? Reference(Fields f, string key, IdTable table, bool required = false)
    {
        var id = Id(f, key, required);
        if (id is not null)
            _references.Add((table, id, _sink.SpanOf(f.Value(key)!), f.Where));
        return id;
    }

    private List<string> ReferenceList(Fields f, string key, IdTable table)
    {
        var result = new List<string>();
        var sequence = Sequence(f, key);
        if (sequence is null)
            return result;
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull)
            {
                _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(item), key, f.Where, "a list of " + table.Kind + " ids", "an item that is " + item.Describe());
                continue;
            }

            var id = Clean(scalar.Value);
            if (!Identifiers.IsValidId(id))
            {
                _sink.Report(TemplateDiagnostics.InvalidIdentifier, _sink.SpanOf(scalar), id);
                continue;
            }

            _references.Add((table, id, _sink.SpanOf(scalar), f.Where));
            result.Add(id);
        }

        return result;
    }

    private List<string> ReadTextList(Fields f, string key)
    {
        var result = new List<string>();
        var sequence = Sequence(f, key);
        if (sequence is null)
            return result;
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar scalar && !scalar.IsNull)
            {
                var text = Clean(scalar.Value);
                if (text.Length > 0)
                    result.Add(text);
                continue;
            }

            _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(item), key, f.Where, "a list of texts", "an item that is " + item.Describe());
        }

        return result;
    }

    private YamlSequence? Sequence(Fields f, string key)
    {
        var node = f.Value(key);
        if (node is null or YamlSequence)
            return (YamlSequence?)node;
        WrongType(f, key, "a list (each item on a line starting with '- ', or [a, b])", node);
        return null;
    }

    private YamlMapping? Mapping(Fields f, string key, bool required, string expected)
    {
        var node = f.Value(key);
        if (node is null)
        {
            if (required)
                Missing(f, key);
            return null;
        }

        if (node is YamlMapping map)
            return map;
        WrongType(f, key, expected, node);
        return null;
    }

    private int? Int(Fields f, string key, int min, int max, bool required = false)
    {
        var text = Text(f, key, required, "a whole number");
        if (text is null)
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            WrongType(f, key, "a whole number", f.Value(key)!);
            return null;
        }

        if (value < min || value > max)
        {
            var range = max == int.MaxValue
                ? "it must be at least " + min.ToString(CultureInfo.InvariantCulture)
                : "it must be between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture);
            _sink.Report(TemplateDiagnostics.ValueOutOfRange, _sink.SpanOf(f.Value(key)!), key, f.Where, range + "; found " + text);
            return null;
        }

        return value;
    }

    private static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);

    private decimal? Decimal(Fields f, string key)
    {
        var text = Text(f, key, expected: "a number");
        if (text is null)
            return null;
        if (TryParseDecimal(text, out var value))
            return value;
        WrongType(f, key, "a number ('.' as the decimal point)", f.Value(key)!);
        return null;
    }

    private bool? Bool(Fields f, string key)
    {
        var text = Text(f, key, expected: "true or false");
        if (text is null)
            return null;
        if (text == "true" || text == "True" || text == "TRUE")
            return true;
        if (text == "false" || text == "False" || text == "FALSE")
            return false;
        WrongType(f, key, "true or false", f.Value(key)!);
        return null;
    }

    private T? Enum<T>(Fields f, string key, bool required, (string Name, T Value)[] values, string? extraAllowed = null)
        where T : struct
    {
        var node = f.Value(key);
        var text = Text(f, key, required);
        if (text is null)
            return null;
        foreach (var (name, value) in values)
        {
            if (name == text)
                return value;
        }

        var names = values.Select(v => v.Name).ToList();
        var suggestion = Suggestions.Closest(text, names);
        if (extraAllowed is not null)
            names.Add(extraAllowed);
        _sink.Report(TemplateDiagnostics.InvalidEnumValue, _sink.SpanOf(node!), text, key, f.Where, string.Join(", ", names),
            suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        return null;
    }

    private CalendarDate? Date(Fields f, string key, bool required = false)
    {
        var text = Text(f, key, required);
        if (text is null)
            return null;
        var node = f.Value(key)!;
        var match = IsoDate.Match(text);
        if (!match.Success)
        {
            _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(node), text, "write dates as ISO yyyy-MM-dd, e.g. 2023-04-20 for 20/4/2023");
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var problem = year < MinYear || year > MaxYear ? YearProblem(year) : CalendarProblem(year, month, day);
        if (problem is not null)
        {
            _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(node), text, problem);
            return null;
        }

        return new CalendarDate(year, month, day);
    }

    /// <summary>The years a reporting calendar can hold (the same bounds as <c>from</c> and <c>to</c>).</summary>
    private const int MinYear = 1900;

    private const int MaxYear = 2200;

    private static string YearProblem(int year) =>
        "year " + year.ToString(CultureInfo.InvariantCulture) + " is outside " + MinYear.ToString(CultureInfo.InvariantCulture) + "–" + MaxYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>Why a day does not exist, or null. Without a year, 29 February is allowed (leap years).</summary>
    private static string? CalendarProblem(int? year, int month, int day)
    {
        if (year is not null && year < 1)
            return "year 0 does not exist";
        if (month < 1 || month > 12)
            return "month " + month.ToString(CultureInfo.InvariantCulture) + " does not exist; months run from 1 to 12";
        var days = DateTime.DaysInMonth(year ?? 2000, month);
        if (day >= 1 && day <= days)
            return null;
        var monthName = MonthNames[month - 1] + (year is null ? "" : " " + year.Value.ToString(CultureInfo.InvariantCulture));
        return day < 1
            ? "day " + day.ToString(CultureInfo.InvariantCulture) + " does not exist"
            : monthName + " has " + days.ToString(CultureInfo.InvariantCulture) + " days" + (year is null ? " at most" : "");
    }
}
