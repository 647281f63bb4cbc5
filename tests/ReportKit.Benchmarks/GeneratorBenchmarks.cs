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
        _template = new Text(path, File.ReadAllText(path));
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

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
