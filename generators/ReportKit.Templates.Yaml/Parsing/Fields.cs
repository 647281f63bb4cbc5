using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Templates.Parsing;

/// <summary>
/// The keys of one YAML mapping, checked against the keys allowed at that spot: duplicate keys (RK0020)
/// and unknown keys (RK0003, with a "did you mean") are reported once, here. An unknown key whose close
/// match is absent is read as that match, so one typo does not cascade into dangling references.
/// </summary>
internal sealed class Fields
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries = new(StringComparer.Ordinal);

    public Fields(DiagnosticSink sink, YamlMapping map, string where, IReadOnlyList<string> allowed)
    {
        Map = map;
        Where = where;
        var unknown = new List<KeyValuePair<YamlScalar, YamlNode>>();
        foreach (var entry in map.Entries)
        {
            if (entry.Key is not YamlScalar key || key.IsNull)
            {
                sink.Report(TemplateDiagnostics.WrongValueType, sink.SpanOf(entry.Key), "key", where, "a plain word such as 'title'", entry.Key.Describe());
                continue;
            }

            var name = key.Value.Trim();
            if (_entries.TryGetValue(name, out var first))
            {
                sink.Report(TemplateDiagnostics.DuplicateKey, sink.SpanOf(key), name, where, first.Key.Start.Line);
                continue;
            }

            _entries[name] = new KeyValuePair<YamlScalar, YamlNode>(key, entry.Value);
            if (!allowed.Contains(name, StringComparer.Ordinal))
                unknown.Add(new KeyValuePair<YamlScalar, YamlNode>(key, entry.Value));
        }

        foreach (var entry in unknown)
        {
            var name = entry.Key.Value.Trim();
            _entries.Remove(name);
            var suggestion = Suggestions.Closest(name, allowed);
            var hint = suggestion is not null
                ? "; did you mean '" + suggestion + "'?"
                : "; the keys allowed here are " + string.Join(", ", allowed);
            sink.Report(TemplateDiagnostics.UnknownKey, sink.SpanOf(entry.Key), name, where, hint);
            if (suggestion is not null && !_entries.ContainsKey(suggestion))
                _entries[suggestion] = entry;
        }
    }

    public YamlMapping Map { get; }

    /// <summary>Where this mapping is, in words ("the template root", "indicator 'so_buoi'").</summary>
    public string Where { get; }

    /// <summary>The key node, when the key is written (even with a null value).</summary>
    public YamlScalar? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>The value, or null when the key is absent or its value is YAML null ("blank in the source").</summary>
    public YamlNode? Value(string key) =>
        _entries.TryGetValue(key, out var entry) && !(entry.Value is YamlScalar { IsNull: true }) ? entry.Value : null;

    /// <summary>True when the key is written with a non-null value.</summary>
    public bool Has(string key) => Value(key) is not null;
}

/// <summary>"Did you mean": the closest candidate by edit distance (with transpositions), if close enough.</summary>
internal static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Min(3, Math.Max(1, word.Length / 3));
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit && best != word ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        // Long words are never typos of a key or id worth suggesting, and would cost length² time.
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64)
            return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
