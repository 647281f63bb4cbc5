using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ReportKit.Generators;

namespace ReportKit.Benchmarks;

/// <summary>
/// The source generator on the seed templates: a cold run per template (parse + emit), and the
/// incremental re-run after an unrelated C# edit, which should cost next to nothing. The baseline
/// is the compiler's own parse of a small C# file through the same driver with no templates.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText _template = null!;
    private GeneratorDriver _warm = null!;

    [Params("ke-hoach-76-kh-du", "ke-hoach-duk-xay-dung-dang", "ke-hoach-98-kh-tu", "cong-van-svhttdl-qlvhgd")]
    public string Template { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(ReportKit.Testing.RepoPaths.Templates, Template + ".plan.yaml");
        _template = new InMemoryTemplate(path, File.ReadAllText(path));
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"));
        _warm = Driver(new[] { _template }).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "driver, no template")]
    public GeneratorDriver NoTemplate() => Driver(Array.Empty<AdditionalText>()).RunGenerators(_compilation);

    [Benchmark(Description = "cold run")]
    public GeneratorDriver Cold() => Driver(new[] { _template }).RunGenerators(_compilation);

    [Benchmark(Description = "incremental re-run after a C# edit")]
    public GeneratorDriver Incremental() => _warm.RunGenerators(_edited);

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> templates) =>
        CSharpGeneratorDriver.Create(new[] { new PlanGenerator().AsSourceGenerator() }, templates);
}

/// <summary>
/// The generator at scale: 50 templates (<see cref="ReportKit.Testing.TemplateVariants"/>: the seeds in turn, each with
/// its own plan id) run cold, and a warm driver re-run after an unrelated C# edit and after a one-character edit of one
/// template (its source alone is emitted again, as IncrementalityTests asserts). The baseline is the cold run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks
{
    public const int Templates = 50;

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private AdditionalText[] _templates = Array.Empty<AdditionalText>();
    private GeneratorDriver _warm = null!;
    private AdditionalText _target = null!;
    private AdditionalText[] _oneCharacter = Array.Empty<AdditionalText>();
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _templates = ReportKit.Testing.TemplateVariants.Make(Templates).Select(t => (AdditionalText)new InMemoryTemplate(t.Path, t.Text)).ToArray();
        _compilation = CSharpCompilation.Create("Bench", new[] { CSharpSyntaxTree.ParseText("class A { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        _edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"));
        _warm = Driver(_templates).RunGenerators(_compilation);
        // Two one-character edits of the 17th template's first label, alternated, so that every operation is an edit.
        _target = _templates[16];
        var text = _target.GetText()!.ToString();
        var at = text.IndexOf("label: ", StringComparison.Ordinal) + "label: ".Length;
        _oneCharacter = new[] { 'X', 'Y' }.Select(c => (AdditionalText)new InMemoryTemplate(_target.Path, text[..at] + c + text[(at + 1)..])).ToArray();
    }

    [Benchmark(Baseline = true, Description = "50 templates, cold")]
    public GeneratorDriver Cold() => Driver(_templates).RunGenerators(_compilation);

    [Benchmark(Description = "re-run after a C# edit")]
    public GeneratorDriver AfterCsharpEdit() => _warm.RunGenerators(_edited);

    [Benchmark(Description = "re-run after a one-character template edit")]
    public GeneratorDriver AfterTemplateEdit()
    {
        var previous = _edits == 0 ? _target : _oneCharacter[(_edits - 1) % 2];
        var next = _oneCharacter[_edits++ % 2];
        _warm = _warm.ReplaceAdditionalText(previous, next).RunGenerators(_compilation);
        return _warm;
    }

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> templates) =>
        CSharpGeneratorDriver.Create(new[] { new PlanGenerator().AsSourceGenerator() }, templates);
}

/// <summary>A template held in memory, as the driver gets it from a project.</summary>
internal sealed class InMemoryTemplate(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
