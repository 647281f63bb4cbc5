using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportKit.Templates;

namespace ReportKit.Generators;

/// <summary>
/// Compiles every <c>*.plan.yaml</c> AdditionalFile into typed C# report models. Each template is its
/// own pipeline branch: a broken template reports its RK diagnostics and the others still generate.
/// The model passed between steps is the value-equatable <see cref="TemplateParseResult"/>; no
/// symbols, syntax nodes or compilations are held, so unrelated C# edits hit the cache.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PlanGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    internal static class Steps
    {
        /// <summary>Template files picked from AdditionalFiles.</summary>
        public const string Templates = "ReportKit.Templates";

        /// <summary>Parsed and checked templates.</summary>
        public const string Parsed = "ReportKit.Parsed";

        /// <summary>Plan ids used by more than one template.</summary>
        public const string Duplicates = "ReportKit.Duplicates";

        /// <summary>Plans ready for emission (with the target namespace).</summary>
        public const string Plans = "ReportKit.Plans";

        /// <summary>The generated source of each plan; location-free, so it is unchanged by comment-only edits.</summary>
        public const string Source = "ReportKit.Source";
    }

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var templates = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".plan.yaml", System.StringComparison.OrdinalIgnoreCase))
            .Select(static (file, ct) => new TemplateFile(file.Path, file.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(Steps.Templates);

        var parsed = templates
            .Select(static (file, _) => PlanTemplateParser.Parse(file.Path, file.Text))
            .WithTrackingName(Steps.Parsed);

        context.RegisterSourceOutput(
            parsed.Select(static (result, _) => result.Diagnostics),
            static (spc, diagnostics) =>
            {
                foreach (var diagnostic in diagnostics)
                    spc.ReportDiagnostic(DiagnosticMapper.ToRoslyn(diagnostic));
            });

        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns)
                ? ns
                : "ReportKit.Plans");

        // Two templates with one plan id would make two classes of one name: the first in path order is
        // compiled, the others get RK0029. Only (id, path) pairs are collected, so an edit elsewhere in a
        // template leaves this step's output equal.
        var duplicatePaths = parsed
            .Where(static result => result.Plan is not null)
            .Select(static (result, _) => new PlanIdentity(result.Plan!.Id, result.Plan.Location))
            .Collect()
            .Select(static (plans, _) => DuplicatePlans(plans))
            .WithTrackingName(Steps.Duplicates);

        context.RegisterSourceOutput(duplicatePaths, static (spc, duplicates) =>
        {
            foreach (var diagnostic in duplicates.Diagnostics)
                spc.ReportDiagnostic(DiagnosticMapper.ToRoslyn(diagnostic));
        });

        var plans = parsed
            .Where(static result => result.Plan is not null)
            .Select(static (result, _) => result.Plan!)
            .Combine(duplicatePaths.Select(static (d, _) => d.Paths))
            .Where(static pair => !pair.Right.Contains(pair.Left.Location.Path))
            .Select(static (pair, _) => pair.Left)
            .Combine(rootNamespace)
            .WithTrackingName(Steps.Plans);

        // The plan holds source positions (for diagnostics); the emitted text does not. Comparing the text
        // here means an edit that only moves lines or changes comments stops before AddSource.
        var sources = plans
            .Select(static (pair, _) => new GeneratedSource(Identifiers.ToPascalCase(pair.Left.Id) + ".g.cs", PlanEmitter.Emit(pair.Left, pair.Right)))
            .WithTrackingName(Steps.Source);

        context.RegisterSourceOutput(sources, static (spc, source) =>
            spc.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8)));
    }

    private static DuplicatePlanIds DuplicatePlans(System.Collections.Immutable.ImmutableArray<PlanIdentity> plans)
    {
        var diagnostics = PlanTemplateParser.DuplicatePlanIds(plans.Select(p => (p.PlanId, p.Location)));
        return new DuplicatePlanIds(diagnostics.Select(d => d.Location.Path).ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private sealed record PlanIdentity(string PlanId, SourceSpan Location);

    private sealed record DuplicatePlanIds(EquatableArray<string> Paths, EquatableArray<TemplateDiagnostic> Diagnostics);

    private sealed record TemplateFile(string Path, string Text);

    private sealed record GeneratedSource(string HintName, string Text);
}
