using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;

namespace ReportKit.Generators.Tests;

/// <summary>
/// The guard on the emitter: for every template in the repository, the <c>Spec</c> the generated code
/// builds at run time equals, field by field, what the front end parses, locations aside. A field the
/// emitter drops or alters fails here, named by its path.
/// </summary>
public sealed class SpecRoundTripTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(ReportKit.Testing.RepoPaths.Templates, "*.plan.yaml", SearchOption.AllDirectories)
                     .OrderBy(p => p, StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(ReportKit.Testing.RepoPaths.Templates, path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Compiled_spec_equals_the_parsed_template_field_by_field(string template)
    {
        var path = Path.Combine(ReportKit.Testing.RepoPaths.Templates, template);
        var parsed = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        Assert.True(parsed.Plan is not null, string.Join("\n", parsed.Diagnostics));

        var compiled = CompiledSpec(path, parsed.Plan!.Id);

        Assert.Empty(Differences(parsed.Plan, compiled, "Spec"));
        // Location-free: every position in the compiled plan is the template file itself.
        Assert.All(Spans(compiled), span => Assert.Equal(SourceSpan.StartOf(Path.GetFileName(path)), span));
    }

    // The comparison itself must see a changed, dropped or added value anywhere in the tree.
    [Fact]
    public void The_comparison_names_a_changed_nested_field_and_ignores_locations()
    {
        var path = Path.Combine(ReportKit.Testing.RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml");
        var plan = PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan!;
        var moved = SourceSpan.StartOf("elsewhere.plan.yaml");

        var relocated = plan with { Location = moved, Indicators = plan.Indicators.Select(i => i with { Location = moved }).ToEquatableArray() };
        var renoted = plan with { Indicators = plan.Indicators.Select((i, n) => n == 2 ? i with { Note = i.Note + "!" } : i).ToEquatableArray() };
        var deeper = plan with { Contents = plan.Contents.Select((c, n) => n == 1 ? c with { Items = c.Items.Skip(1).ToEquatableArray() } : c).ToEquatableArray() };

        Assert.Empty(Differences(plan, relocated, "Spec"));
        Assert.Equal(new[] { "Spec.Indicators[2].Note" }, Differences(plan, renoted, "Spec").Select(d => d.Split(':')[0]));
        Assert.Equal(new[] { "Spec.Contents[1].Items.Count" }, Differences(plan, deeper, "Spec").Select(d => d.Split(':')[0]));
    }

    /// <summary>Runs the generator on one template, compiles the result and reads <c>Spec</c> from the loaded assembly.</summary>
    private static PlanSpec CompiledSpec(string path, string planId)
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        GeneratorHarness.Driver(new[] { GeneratorHarness.Template(path, File.ReadAllText(path)) }, track: false)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));

        // The model types resolve to the ones this test already loaded, so the records compare by value.
        var context = new AssemblyLoadContext("spec-" + planId, isCollectible: true);
        try
        {
            image.Position = 0;
            var type = context.LoadFromStream(image).GetType("Consumer.Plans." + Identifiers.ToPascalCase(planId), throwOnError: true)!;
            return (PlanSpec)type.GetProperty("Spec", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Every difference between two model values, as <c>path: expected ≠ actual</c>; locations are skipped.</summary>
    private static List<string> Differences(object? expected, object? actual, string path)
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences)
    {
        if (expected is SourceSpan || actual is SourceSpan)
            return;
        if (expected is null || actual is null || expected.GetType() != actual.GetType())
        {
            if (!Equals(expected, actual))
                differences.Add($"{path}: {expected ?? "null"} ≠ {actual ?? "null"}");
            return;
        }
        var type = expected.GetType();
        if (expected is string || type.IsPrimitive || type.IsEnum || expected is decimal || expected is CalendarDate)
        {
            if (!expected.Equals(actual))
                differences.Add($"{path}: {expected} ≠ {actual}");
            return;
        }
        if (expected is IEnumerable expectedItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}.Count: {left.Count} ≠ {right.Count}");
                return;
            }
            for (var i = 0; i < left.Count; i++)
                Compare(left[i], right[i], $"{path}[{i}]", differences);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name, differences);
    }

    private static IEnumerable<SourceSpan> Spans(object? value)
    {
        switch (value)
        {
            case null or string or decimal or CalendarDate or Enum:
                yield break;
            case SourceSpan span:
                yield return span;
                yield break;
            case IEnumerable items:
                foreach (var item in items)
                    foreach (var span in Spans(item))
                        yield return span;
                yield break;
        }
        if (value.GetType().IsPrimitive)
            yield break;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            foreach (var span in Spans(property.GetValue(value)))
                yield return span;
    }
}
