using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

/// <summary>
/// Emits the C# that rebuilds a <see cref="PlanSpec"/> at run time, so the application never reads YAML.
/// The records are written from their constructors by reflection, so a field added to the model is
/// emitted without touching this class. The output is location-free: every <see cref="SourceSpan"/>
/// becomes the start of the template file, so a comment or a moved line leaves the generated file equal
/// (and the generator's output step unchanged). It reads as data: one element per line, lines kept near
/// <see cref="Width"/>, values shared by several records written once.
/// </summary>
internal static class SpecEmitter
{
    /// <summary>The namespace of the file-local definition classes; it imports the model by a using.</summary>
    public const string Namespace = "ReportKit.Generated.Plans";

    /// <summary>The line length the layout keeps to (a word longer than a line may exceed it).</summary>
    public const int Width = 120;

    private const string TemplateName = "Template";

    /// <summary>The class holding the plan's definition (file-local, in <see cref="Namespace"/>).</summary>
    public static string DefinitionClass(PlanSpec plan) => Identifiers.ToPascalCase(plan.Id) + "Definition";

    /// <summary>The expression the plan class's <c>Spec</c> returns.</summary>
    public static string SpecExpression(PlanSpec plan) => "global::" + Namespace + "." + DefinitionClass(plan) + ".Plan";

    /// <summary>Writes the namespace block with the definition class of <paramref name="plan"/>.</summary>
    public static void EmitDefinition(CSharpWriter w, PlanSpec plan, string templateFileName)
    {
        w.Open("namespace " + Namespace);
        w.Line("using ReportKit.Templates;");
        w.Line();
        w.Line("// " + Identifiers.ToPascalCase(plan.Id) + ".Spec as data, in the template's order. Positions are not kept: every location");
        w.Line("// is the template file itself, so editing a comment or moving a line regenerates nothing.");
        w.Open("file static class " + DefinitionClass(plan));
        w.Line($"private static readonly SourceSpan {TemplateName} = SourceSpan.StartOf({Literal(templateFileName)});");

        var root = (Call)Build(plan);
        // The plan's composite parts become fields named as the plan names them, so Plan reads as a table of contents.
        var parts = new List<(string Type, string Name, Node Value)>();
        // By name, not position: a parameter left out at its default shifts the arguments after it.
        var parameters = Constructor(typeof(PlanSpec)).GetParameters().ToDictionary(p => p.Name!, StringComparer.Ordinal);
        for (var i = 0; i < root.Args.Count; i++)
        {
            if (root.Args[i].Value is not Call part)
                continue;
            var parameter = parameters[root.Args[i].Parameter!];
            var name = Capitalized(parameter.Name!);
            parts.Add((TypeName(parameter.ParameterType), name, part));
            root.Args[i] = root.Args[i] with { Value = new Atom(name) };
        }

        var all = new List<Node> { root };
        all.AddRange(parts.Select(p => p.Value));
        foreach (var shared in HoistShared(all))
        {
            w.Line();
            Layout(w, 0, $"private static readonly {shared.Type} {shared.Name} = ", ";", shared.Value);
        }
        foreach (var (type, name, value) in parts)
        {
            w.Line();
            Layout(w, 0, $"private static readonly {type} {name} = ", ";", value);
        }
        w.Line();
        Layout(w, 0, "public static readonly PlanSpec Plan = ", ";", root);
        w.Close();
        w.Close();
    }

    // ---- The model as nodes -------------------------------------------------------------------------

    private abstract class Node;

    /// <summary>Text written as it is (a number, an enum member, a field name).</summary>
    private sealed class Atom(string text) : Node
    {
        public string Text { get; } = text;
    }

    /// <summary>A string, which may be split into concatenated pieces to keep lines short.</summary>
    private sealed class Str(string value) : Node
    {
        public string Value { get; } = value;
    }

    /// <summary>A constructor or factory call; a list puts each element on its own line when broken.</summary>
    private sealed class Call(string head, string type, List<Arg> args, bool isList) : Node
    {
        public string Head { get; } = head;

        public string Type { get; } = type;

        public List<Arg> Args { get; } = args;

        public bool IsList { get; } = isList;
    }

    /// <param name="Name">The parameter's name when the call names it.</param>
    /// <param name="Parameter">The parameter's name (names a shared value); null for list elements.</param>
    /// <param name="Value">The argument.</param>
    private sealed record Arg(string? Name, string? Parameter, Node Value);

    private static Node Build(object? value) => value switch
    {
        null => new Atom("null"),
        string s => new Str(s),
        bool b => new Atom(Literal(b)),
        int n => new Atom(Literal(n)),
        decimal d => new Atom(Literal(d)),
        char c => new Atom(c is '\'' or '\\' ? "'\\" + c + "'" : "'" + c + "'"),
        SourceSpan => new Atom(TemplateName),
        CalendarDate d => new Atom($"new CalendarDate({d.Year}, {d.Month}, {d.Day})"),
        Enum e => new Atom(EnumMember(e)),
        IEnumerable items when IsEquatableArray(value.GetType()) => List(value.GetType(), items),
        _ => Record(value),
    };

    private static string EnumMember(Enum e) =>
        Enum.IsDefined(e.GetType(), e)
            ? e.GetType().Name + "." + e
            : throw new InvalidOperationException($"{e.GetType().Name} has no member {e}: the plan cannot be emitted.");

    private static Node List(Type type, IEnumerable items)
    {
        var elements = items.Cast<object?>().Select(x => new Arg(null, null, Build(x))).ToList();
        return elements.Count == 0
            ? new Atom("default")
            : new Call("EquatableArray.Create", TypeName(type), elements, isList: true);
    }

    private static Node Record(object value)
    {
        var type = value.GetType();
        if (type.Namespace != typeof(PlanSpec).Namespace)
            throw new InvalidOperationException($"{type.FullName} is not a plan model record: the plan cannot be emitted.");
        var args = new List<Arg>();
        var skipped = false;
        foreach (var parameter in Constructor(type).GetParameters())
        {
            var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{type.Name} has no property for its parameter {parameter.Name}.");
            var propertyValue = property.GetValue(value);
            // An optional parameter at its default is left out (a new model field keeps other plans' source as it was);
            // the arguments after it are then named.
            if (parameter.HasDefaultValue &&
                (Equals(propertyValue, parameter.DefaultValue ?? DefaultOf(parameter.ParameterType)) || IsEmptyListDefault(parameter, propertyValue)))
            {
                skipped = true;
                continue;
            }

            var node = Build(propertyValue);
            // Literals that say nothing by themselves (null, a number, true, an empty list) carry their name.
            var named = skipped || node is Atom { Text: var text } && (text is "null" or "default" or "true" or "false" || char.IsDigit(text[0]) || text[0] == '-');
            args.Add(new Arg(named ? parameter.Name : null, parameter.Name, node));
        }
        return new Call("new " + type.Name, type.Name, args, isList: false);
    }

    // A struct parameter defaulted with `default` (an EquatableArray) reports a null default value.
    private static object? DefaultOf(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    // Records have a primary constructor (every property) and a copy constructor; the widest public one is the primary.
    private static ConstructorInfo Constructor(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();

    // A list parameter's default (`= default`) reads back as null; the parser gives an empty list, which is the same list.
    private static bool IsEmptyListDefault(ParameterInfo parameter, object? value) =>
        parameter.DefaultValue is null && IsEquatableArray(parameter.ParameterType) && value is IEnumerable items && !items.Cast<object?>().Any();

    private static bool IsEquatableArray(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return TypeName(underlying) + "?";
        if (type == typeof(string))
            return "string";
        return type.IsGenericType
            ? type.Name.Substring(0, type.Name.IndexOf('`')) + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">"
            : type.Name;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

    // ---- Values written once -----------------------------------------------------------------------

    private sealed record Shared(string Type, string Name, Node Value);

    /// <summary>
    /// A record or list that occurs more than once (by its text) is written once as a field and referred to
    /// by name. Largest first, so a shared report regime is one field rather than its parts; fields are
    /// returned so that each comes after the fields it refers to.
    /// </summary>
    private static List<Shared> HoistShared(List<Node> roots)
    {
        const int MinimumLength = 60;
        var hoisted = new List<Shared>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            var counts = new Dictionary<string, (int Count, Call Node, string? Parameter)>(StringComparer.Ordinal);
            foreach (var root in roots.Concat(hoisted.Select(h => h.Value)))
                Count(root, null, counts, isRoot: true);
            var candidate = counts.Values
                .Where(c => c.Count > 1)
                .Select(c => (c.Node, c.Parameter, Text: Inline(c.Node)))
                .Where(c => c.Text.Length >= MinimumLength)
                .OrderByDescending(c => c.Text.Length).ThenBy(c => c.Text, StringComparer.Ordinal)
                .FirstOrDefault();
            if (candidate.Node is null)
                break;
            // Named after the parameter it fills (SharedReports, SharedDue), numbered when several share a name.
            var baseName = "Shared" + Capitalized(candidate.Parameter ?? candidate.Node.Type);
            names[baseName] = names.TryGetValue(baseName, out var n) ? n + 1 : 1;
            var shared = new Shared(candidate.Node.Type, baseName + (names[baseName] == 1 ? "" : Invariant(names[baseName])), candidate.Node);
            foreach (var root in roots.Concat(hoisted.Select(h => h.Value)))
                Replace(root, candidate.Text, new Atom(shared.Name));
            hoisted.Add(shared);
        }
        hoisted.Reverse();
        return hoisted;
    }

    private static void Count(Node node, string? parameter, Dictionary<string, (int Count, Call Node, string? Parameter)> counts, bool isRoot)
    {
        if (node is not Call call)
            return;
        if (!isRoot)
        {
            var text = Inline(call);
            counts[text] = counts.TryGetValue(text, out var seen) ? (seen.Count + 1, seen.Node, seen.Parameter ?? parameter) : (1, call, parameter);
        }
        foreach (var arg in call.Args)
            Count(arg.Value, arg.Parameter, counts, isRoot: false);
    }

    private static void Replace(Node node, string text, Atom name)
    {
        if (node is not Call call)
            return;
        for (var i = 0; i < call.Args.Count; i++)
        {
            if (call.Args[i].Value is Call child && Inline(child) == text)
                call.Args[i] = call.Args[i] with { Value = name };
            else
                Replace(call.Args[i].Value, text, name);
        }
    }

    // ---- Layout -------------------------------------------------------------------------------------

    private static string Inline(Node node) => node switch
    {
        Atom a => a.Text,
        Str s => Literal(s.Value),
        Call c => c.Head + "(" + string.Join(", ", c.Args.Select(a => Named(a) + Inline(a.Value))) + ")",
        _ => throw new InvalidOperationException(),
    };

    private static string Named(Arg arg) => arg.Name is null ? "" : arg.Name + ": ";

    private static bool Fits(CSharpWriter w, int depth, string text) => w.Column + (depth * 4) + text.Length <= Width;

    private static void Emit(CSharpWriter w, int depth, string text) => w.Line(new string(' ', depth * 4) + text);

    /// <summary>Writes <paramref name="prefix"/> + the node + <paramref name="suffix"/>, on one line if it fits.</summary>
    private static void Layout(CSharpWriter w, int depth, string prefix, string suffix, Node node)
    {
        var inline = prefix + Inline(node) + suffix;
        if (Fits(w, depth, inline))
        {
            Emit(w, depth, inline);
            return;
        }
        switch (node)
        {
            case Str s:
                LayoutString(w, depth, prefix, suffix, s.Value);
                break;
            case Call { IsList: true } list:
                Emit(w, depth, prefix + list.Head + "(");
                for (var i = 0; i < list.Args.Count; i++)
                    Layout(w, depth + 1, "", i < list.Args.Count - 1 ? "," : ")" + suffix, list.Args[i].Value);
                break;
            case Call call:
                Emit(w, depth, prefix + call.Head + "(");
                // Short arguments share a line; an argument too long for a line of its own is broken in turn.
                var line = "";
                for (var i = 0; i < call.Args.Count; i++)
                {
                    var arg = call.Args[i];
                    var end = i < call.Args.Count - 1 ? "," : ")" + suffix;
                    var text = Named(arg) + Inline(arg.Value) + end;
                    if (line.Length > 0 && Fits(w, depth + 1, line + " " + text))
                    {
                        line += " " + text;
                        continue;
                    }
                    if (line.Length > 0)
                        Emit(w, depth + 1, line);
                    line = "";
                    if (Fits(w, depth + 1, text))
                        line = text;
                    else
                        Layout(w, depth + 1, Named(arg), end, arg.Value);
                }
                if (line.Length > 0)
                    Emit(w, depth + 1, line);
                break;
            default:
                Emit(w, depth, inline);
                break;
        }
    }

    // A long text becomes "piece " + "piece", split after spaces; the compiler folds it back into one constant.
    private static void LayoutString(CSharpWriter w, int depth, string prefix, string suffix, string value)
    {
        var pieces = new List<string>();
        var start = 0;
        var room = Width - w.Column - ((depth + 1) * 4) - 4; // quotes and " +"
        while (start < value.Length)
        {
            var end = start;
            var lastBreak = -1;
            var length = 0;
            while (end < value.Length)
            {
                length += Literal(value[end].ToString()).Length - 2;
                if (length > room && lastBreak > start)
                    break;
                if (value[end] == ' ')
                    lastBreak = end + 1;
                end++;
            }
            if (end < value.Length)
                end = lastBreak;
            pieces.Add(value.Substring(start, end - start));
            start = end;
        }
        if (prefix.Length > 0)
            Emit(w, depth++, prefix.TrimEnd());
        for (var i = 0; i < pieces.Count; i++)
            Emit(w, depth, Literal(pieces[i]) + (i < pieces.Count - 1 ? " +" : suffix));
    }
}
