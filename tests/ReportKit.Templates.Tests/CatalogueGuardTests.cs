using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportKit.Templates.Parsing;
using ReportKit.Testing;

namespace ReportKit.Templates.Tests;

/// <summary>
/// Guards against drift between the places a template rule is stated for people and the one place it is coded:
/// the diagnostics table of docs/template-format.md against <see cref="TemplateDiagnostics"/>, and the JSON Schema's
/// keys against the keys the reader accepts (<see cref="TemplateKeys"/>).
/// </summary>
public sealed class CatalogueGuardTests
{
    [Fact]
    public void Docs_diagnostics_table_lists_exactly_the_catalogue()
    {
        var rows = DocsDiagnosticRows();

        Assert.Equal(TemplateDiagnostics.All.Select(d => d.Id), rows.Select(r => r.Id));
        foreach (var (id, what) in rows)
        {
            var descriptor = TemplateDiagnostics.All.Single(d => d.Id == id);
            Assert.True((descriptor.Severity == TemplateSeverity.Warning) == what.StartsWith("warning", StringComparison.Ordinal),
                id + " is a " + descriptor.Severity + " in the catalogue; the docs row must start with 'warning' exactly when it is one: " + what);
        }
    }

    [Fact]
    public void Catalogue_ids_are_unique_and_in_order()
    {
        var ids = TemplateDiagnostics.All.Select(d => d.Id).ToArray();
        // Each feature appends in its own range (RK0050–RK0059 for field types): ascending and unique, not gap-free.
        Assert.All(ids, i => Assert.Matches("^RK[0-9]{4}$", i));
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal).Distinct(), ids);
        var declared = typeof(TemplateDiagnostics).GetFields().Where(f => f.FieldType == typeof(TemplateDiagnosticDescriptor)).Select(f => f.GetValue(null));
        Assert.Equal(declared.Count(), ids.Length);
    }

    [Fact]
    public void Schema_keys_equal_the_keys_the_reader_accepts()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Templates, "reportkit.plan.schema.json")))!.AsObject();
        var mappings = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal) { [""] = KeysOf(schema) };
        foreach (var (name, definition) in schema["$defs"]!.AsObject())
        {
            var keys = KeysOf(definition!.AsObject());
            if (keys.Count > 0)
                mappings[name] = keys;
        }

        Assert.Equal(TemplateKeys.BySchemaDefinition.Keys.OrderBy(k => k, StringComparer.Ordinal), mappings.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, keys) in mappings)
        {
            var reader = new SortedSet<string>(TemplateKeys.BySchemaDefinition[name], StringComparer.Ordinal);
            Assert.True(reader.SetEquals(keys), "schema " + (name.Length == 0 ? "root" : "$defs/" + name) + " has keys " + string.Join(", ", keys) +
                "; the reader accepts " + string.Join(", ", reader));
            Assert.Equal(reader.Count, TemplateKeys.BySchemaDefinition[name].Length);
        }
    }

    /// <summary>The keys a schema object allows: its properties and those of its oneOf/anyOf branches (if/then restate them).</summary>
    private static SortedSet<string> KeysOf(JsonObject node)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        if (node["properties"] is JsonObject properties)
            keys.UnionWith(properties.Select(p => p.Key));
        foreach (var branches in new[] { "oneOf", "anyOf" })
        {
            if (node[branches] is JsonArray array)
            {
                foreach (var branch in array.OfType<JsonObject>())
                    keys.UnionWith(KeysOf(branch));
            }
        }

        return keys;
    }

    private static IReadOnlyList<(string Id, string What)> DocsDiagnosticRows()
    {
        var lines = File.ReadAllLines(RepoPaths.Combine("docs", "template-format.md"));
        var start = Array.FindIndex(lines, l => l.Trim() == "## Diagnostics");
        Assert.True(start >= 0, "docs/template-format.md has no '## Diagnostics' section");
        var rows = new List<(string, string)>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var match = Regex.Match(line, @"^\|\s*(RK\d{4})\s*\|\s*(.*?)\s*\|\s*$");
            if (match.Success)
                rows.Add((match.Groups[1].Value, match.Groups[2].Value));
        }

        return rows;
    }
}
