using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Generators.Tests;

// The layer rules, checked twice: on the compiled assemblies (what each one really binds to) and on the
// project files (what each one may reach, used or not yet).
//   - the runtime (ReportKit, shipped in an app's lib/) never reaches the YAML front end nor YamlDotNet;
//   - the plan model (ReportKit.Templates, shipped beside it) has no YAML;
//   - the generator never reaches the Excel layer (ReportKit.Excel, ClosedXML, OpenXml, SpreadCheetah).
public sealed class ArchitectureTests
{
    private const string Runtime = "ReportKit";
    private const string Model = "ReportKit.Templates";
    private const string FrontEnd = "ReportKit.Templates.Yaml";
    private const string Yaml = "YamlDotNet";

    private static readonly string[] ExcelLayer = { "ReportKit.Excel", "ClosedXML", "DocumentFormat.OpenXml", "SpreadCheetah", "ExcelNumberFormat" };

    private static IReadOnlyList<string> ReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).OrderBy(n => n, StringComparer.Ordinal).ToList();

    [Fact]
    public void The_assemblies_are_the_ones_the_rules_name()
    {
        Assert.Equal(Runtime, typeof(Consolidator).Assembly.GetName().Name);
        Assert.Equal(Model, typeof(PlanSpec).Assembly.GetName().Name);
        Assert.Equal(Model, typeof(TemplateDiagnostics).Assembly.GetName().Name);
        Assert.Equal(Model, typeof(ExpressionParser).Assembly.GetName().Name);
        Assert.Equal(FrontEnd, typeof(PlanTemplateParser).Assembly.GetName().Name);
        Assert.Equal(FrontEnd, typeof(TemplateParseResult).Assembly.GetName().Name);
        // The front end does read YAML: the negative checks below would be vacuous if it did not.
        Assert.Contains(Yaml, ReferencesOf(typeof(PlanTemplateParser).Assembly));
        Assert.Contains(Model, ReferencesOf(typeof(PlanTemplateParser).Assembly));
    }

    [Fact]
    public void The_runtime_references_neither_the_YAML_front_end_nor_YamlDotNet()
    {
        var references = ReferencesOf(typeof(Consolidator).Assembly);

        Assert.Contains(Model, references);
        Assert.DoesNotContain(FrontEnd, references);
        Assert.DoesNotContain(Yaml, references);
        Assert.DoesNotContain("ReportKit.Generators", references);

        var reach = ProjectClosure("src/ReportKit/ReportKit.csproj");
        Assert.DoesNotContain(FrontEnd, reach.Projects);
        Assert.DoesNotContain(Yaml, reach.Packages);
    }

    [Fact]
    public void The_plan_model_references_no_YAML()
    {
        var references = ReferencesOf(typeof(PlanSpec).Assembly);

        Assert.DoesNotContain(Yaml, references);
        Assert.DoesNotContain(FrontEnd, references);
        Assert.DoesNotContain(Runtime, references);
        Assert.DoesNotContain(typeof(PlanSpec).Assembly.GetTypes(), t => t.Namespace == "ReportKit.Templates.Parsing");

        var reach = ProjectClosure("generators/ReportKit.Templates/ReportKit.Templates.csproj");
        Assert.Empty(reach.Projects);
        Assert.DoesNotContain(Yaml, reach.Packages);
    }

    [Fact]
    public void The_generator_never_references_the_Excel_layer_nor_the_runtime()
    {
        var references = ReferencesOf(typeof(PlanGenerator).Assembly);

        foreach (var excel in ExcelLayer)
            Assert.DoesNotContain(excel, references);
        Assert.DoesNotContain(Runtime, references);

        var reach = ProjectClosure("generators/ReportKit.Generators/ReportKit.Generators.csproj");
        foreach (var excel in ExcelLayer)
        {
            Assert.DoesNotContain(excel, reach.Projects);
            Assert.DoesNotContain(excel, reach.Packages);
        }
        Assert.DoesNotContain(Runtime, reach.Projects);
    }

    private sealed record Reach(SortedSet<string> Projects, SortedSet<string> Packages);

    // Every project and package a project compiles against, transitively. An analyzer-only reference
    // (ReferenceOutputAssembly="false", as ReportKit has on the generator it packs) is not a compile reference.
    private static Reach ProjectClosure(string relativePath)
    {
        var reach = new Reach(new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var start = Path.GetFullPath(RepoPaths.Combine(relativePath.Split('/')));
        pending.Push(start);
        while (pending.Count > 0)
        {
            var project = pending.Pop();
            if (!seen.Add(project))
                continue;
            if (project != start)
                reach.Projects.Add(Path.GetFileNameWithoutExtension(project));
            var xml = XDocument.Load(project);
            foreach (var package in xml.Descendants("PackageReference"))
                reach.Packages.Add((string)package.Attribute("Include")!);
            foreach (var reference in xml.Descendants("ProjectReference"))
            {
                if (string.Equals((string?)reference.Attribute("ReferenceOutputAssembly"), "false", StringComparison.OrdinalIgnoreCase))
                    continue;
                var include = ((string)reference.Attribute("Include")!).Replace('\\', Path.DirectorySeparatorChar);
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include)));
            }
        }

        return reach;
    }
}
