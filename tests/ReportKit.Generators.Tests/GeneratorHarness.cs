using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ReportKit.Generators;

namespace ReportKit.Generators.Tests;

/// <summary>Drives <see cref="PlanGenerator"/> directly with a CSharpGeneratorDriver.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var ours = new[] { typeof(ReportKit.Templates.PlanSpec).Assembly.Location, typeof(ReportKit.Submission).Assembly.Location };
        return tpa.Concat(ours).Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });

    // Documentation comments are checked, as in a consumer that builds with GenerateDocumentationFile:
    // generated public members without docs (CS1591) would then fail "warnings as errors" builds.
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> templates, bool track = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            templates,
            parseOptions: ParseOptions,
            optionsProvider: new RootNamespaceOptions("Consumer.Plans"),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static InMemoryText Template(string path, string text) => new(path, text);

    public static InMemoryText SeedTemplate(string fileName) =>
        new(Path.Combine(ReportKit.Testing.RepoPaths.Templates, fileName),
            File.ReadAllText(Path.Combine(ReportKit.Testing.RepoPaths.Templates, fileName)));

    public static IEnumerable<string> SeedTemplateNames() =>
        Directory.GetFiles(ReportKit.Testing.RepoPaths.Templates, "*.plan.yaml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!;

    /// <summary>Runs the generator and compiles its output; returns generated sources and all diagnostics.</summary>
    public static (GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> CompileDiagnostics) RunAndCompile(
        IEnumerable<AdditionalText> templates, params string[] sources)
    {
        var compilation = Compilation(sources);
        var driver = Driver(templates).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output.GetDiagnostics());
    }

    /// <summary>
    /// For a random template: null when the checker refuses it; else its plan and generated run, after asserting the
    /// generator reports no error and the generated code compiles without a warning.
    /// </summary>
    public static (ReportKit.Templates.PlanSpec Plan, GeneratorDriverRunResult Run)? CompileAccepted(string text)
    {
        var parsed = ReportKit.Templates.PlanTemplateParser.Parse("/p/random.plan.yaml", text);
        if (parsed.Plan is null)
            return null;
        var (run, compile) = RunAndCompile(new[] { Template("/p/random.plan.yaml", text) });
        Xunit.Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var problems = compile.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Xunit.Assert.True(problems.Count == 0, text + "\n" + string.Join("\n", problems));
        return (parsed.Plan, run);
    }

    internal sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class RootNamespaceOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public RootNamespaceOptions(string rootNamespace) =>
            _global = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
