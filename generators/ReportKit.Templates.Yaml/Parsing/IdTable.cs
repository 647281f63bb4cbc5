using System;
using System.Collections.Generic;

namespace ReportKit.Templates.Parsing;

/// <summary>The C# names already taken in one generated scope: PascalCase name → (kind, id, line).</summary>
internal sealed class NameScope
{
    public Dictionary<string, (string Kind, string Id, int Line)> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>C# names the generated code itself uses in this scope, with what they are for.</summary>
    public Dictionary<string, string> Reserved { get; } = new(StringComparer.Ordinal);
}

/// <summary>The ids declared for one kind of element (indicators, reports…), checked for duplicates.</summary>
internal sealed class IdTable
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly NameScope _scope;

    public IdTable(string kind, NameScope? scope = null)
    {
        Kind = kind;
        _scope = scope ?? new NameScope();
    }

    /// <summary>The kind in words (<c>indicator</c>, <c>content item</c>).</summary>
    public string Kind { get; }

    /// <summary>
    /// True when some element of this kind could not be declared (no id, not a mapping…): references
    /// to unknown ids of this kind are then not reported, since they may point at that element.
    /// </summary>
    public bool Incomplete { get; set; }

    public IEnumerable<string> Ids => _lines.Keys;

    public bool Contains(string id) => _lines.ContainsKey(id);

    public void Declare(DiagnosticSink sink, string id, YamlNode idNode)
    {
        if (_lines.TryGetValue(id, out var firstLine))
        {
            sink.Report(TemplateDiagnostics.DuplicateId, sink.SpanOf(idNode), Kind, id, firstLine);
            return;
        }

        _lines[id] = idNode.Start.Line;
        if (!Identifiers.IsValidId(id))
            return;
        var name = Identifiers.ToPascalCase(id);
        if (_scope.Reserved.TryGetValue(name, out var use))
        {
            sink.Report(TemplateDiagnostics.ReservedGeneratedName, sink.SpanOf(idNode), Kind, id, name, use);
            return;
        }

        if (_scope.Names.TryGetValue(name, out var taken))
        {
            sink.Report(TemplateDiagnostics.DuplicateGeneratedName, sink.SpanOf(idNode), Kind, id, name, taken.Kind, taken.Id, taken.Line);
            return;
        }

        _scope.Names[name] = (Kind, id, idNode.Start.Line);
    }

    /// <summary>Marks C# names the generated code uses in this scope, so no id may take them.</summary>
    public void ReserveGenerated(IEnumerable<string> names, string use)
    {
        foreach (var name in names)
            _scope.Reserved[name] = use;
    }

    /// <summary>Reserves a C# name that is not an id of this kind (the plan's own type name).</summary>
    public void Reserve(string name, string kind, string id, int line) => _scope.Names[name] = (kind, id, line);
}
