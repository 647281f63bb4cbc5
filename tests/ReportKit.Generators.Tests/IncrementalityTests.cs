using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReportKit.Generators.Tests;

public sealed class IncrementalityTests
{
    private static readonly string[] TemplateSteps = { PlanGenerator.Steps.Templates, PlanGenerator.Steps.Parsed, PlanGenerator.Steps.Plans, PlanGenerator.Steps.Source };

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_template_step_cached_or_unchanged()
    {
        var templates = GeneratorHarness.SeedTemplateNames().Select(GeneratorHarness.SeedTemplate).ToArray();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(templates).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TemplateSteps)
        {
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_template_regenerates_only_that_template()
    {
        var templates = GeneratorHarness.SeedTemplateNames().Select(GeneratorHarness.SeedTemplate).ToArray();
        Assert.True(templates.Length >= 2);
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(templates).RunGenerators(compilation);

        var target = templates.First(t => t.Path.EndsWith("ke-hoach-76-kh-du.plan.yaml"));
        var changedText = target.GetText().ToString().Replace("Vân Trung Kiên", "Vân Trung Kiên (sửa)");
        Assert.NotEqual(target.GetText().ToString(), changedText);
        var changed = GeneratorHarness.Template(target.Path, changedText);
        driver = driver.ReplaceAdditionalText(target, changed);

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[PlanGenerator.Steps.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(templates.Length - 1, parsed.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var plans = result.TrackedSteps[PlanGenerator.Steps.Plans].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, plans.Count(r => r == IncrementalStepRunReason.Modified));
    }

    // At scale (50 templates, copies of the seeds with their own plan ids): a C# edit re-runs nothing of any template,
    // and a one-character edit of one template re-runs that template's steps and its one source output, nothing else.
    [Fact]
    public void At_fifty_templates_a_csharp_edit_reruns_nothing_and_a_one_character_edit_reruns_only_that_template()
    {
        var templates = ReportKit.Testing.TemplateVariants.Make(50).Select(t => GeneratorHarness.Template(t.Path, t.Text)).ToArray();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(templates).RunGenerators(compilation);
        var cold = driver.GetRunResult();
        Assert.Empty(cold.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(50, cold.GeneratedTrees.Length);

        var afterCsharp = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { int X => 1; }")))
            .GetRunResult().Results.Single();
        foreach (var step in TemplateSteps)
            Assert.All(afterCsharp.TrackedSteps[step].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        Assert.All(afterCsharp.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // One character of one indicator's label (the same length, so no position moves): the 17th template's source changes.
        var target = templates[16];
        var text = target.GetText().ToString();
        var at = text.IndexOf("label: ", StringComparison.Ordinal) + "label: ".Length;
        var edited = text[..at] + (text[at] == 'X' ? 'Y' : 'X') + text[(at + 1)..];
        driver = driver.ReplaceAdditionalText(target, GeneratorHarness.Template(target.Path, edited));
        var afterEdit = driver.RunGenerators(compilation).GetRunResult();
        var result = afterEdit.Results.Single();

        foreach (var step in TemplateSteps)
        {
            var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(50, reasons.Count);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(49, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(outputs.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // The one source that changed is that template's, and every other source is as it was.
        var changed = afterEdit.GeneratedTrees.Select(t => t.ToString()).Except(cold.GeneratedTrees.Select(t => t.ToString())).ToList();
        Assert.Single(changed);
        Assert.Contains("V017", changed[0], StringComparison.Ordinal);
    }

    // The plan carries source positions for diagnostics; the generated source does not. An edit that only
    // changes a comment, or only moves every line down, re-parses the template but emits nothing.
    [Theory]
    [InlineData("comment")]
    [InlineData("lines moved")]
    public void Comment_only_or_line_moving_edit_leaves_the_generated_source_unchanged(string edit)
    {
        var templates = GeneratorHarness.SeedTemplateNames().Select(GeneratorHarness.SeedTemplate).ToArray();
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(templates).RunGenerators(compilation);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();

        var target = templates.First(t => t.Path.EndsWith("ke-hoach-76-kh-du.plan.yaml"));
        var text = target.GetText().ToString();
        var changedText = edit == "comment"
            ? text.Replace("# Bí thư Nguyễn Phú Trọng.", "# Bí thư Nguyễn Phú Trọng (chú thích sửa lại).")
            : "# một dòng chú thích mới\n\n" + text.Replace("\n  - id:", "\n\n  - id:");
        Assert.NotEqual(text, changedText);
        driver = driver.ReplaceAdditionalText(target, GeneratorHarness.Template(target.Path, changedText));

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        // The template was read again and its positions changed ...
        var parsed = result.TrackedSteps[PlanGenerator.Steps.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        // ... but the source it makes is the same, so no source output runs.
        var sources = result.TrackedSteps[PlanGenerator.Steps.Source].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(templates.Length, sources.Count);
        Assert.All(sources, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains(IncrementalStepRunReason.Unchanged, sources);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(before, result.GeneratedSources.Select(s => s.SourceText.ToString()).ToList());
    }

    [Fact]
    public void Pipeline_model_holds_no_symbols_syntax_or_compilation()
    {
        var templates = GeneratorHarness.SeedTemplateNames().Select(GeneratorHarness.SeedTemplate).ToArray();
        var result = GeneratorHarness.Driver(templates).RunGenerators(GeneratorHarness.Compilation("class A { }"))
            .GetRunResult().Results.Single();

        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in TemplateSteps)
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
                AssertNoRoslynObjects(output.Value, step, seen);
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value.GetType().IsEnum)
            return;
        if (!value.GetType().IsValueType && !seen.Add(value))
            return;
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or SyntaxTree,
            $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
                AssertNoRoslynObjects(item, $"{path}[{i++}]", seen);
            return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
                continue;
            AssertNoRoslynObjects(property.GetValue(value), path + "." + property.Name, seen);
        }
    }
}
