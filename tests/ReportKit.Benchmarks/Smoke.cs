using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportKit.Excel.Import;

namespace ReportKit.Benchmarks;

/// <summary>
/// The benchmarks' workloads once each at a tiny size, for CI (<c>scripts/bench-smoke.sh</c>): they still build, run and
/// give what they measure. No timing is judged; a workload that fails or gives a wrong count fails the run.
/// </summary>
public static class Smoke
{
    public static int Run()
    {
        var clock = Stopwatch.StartNew();
        var (files, options) = ImportWorkload.Prepare(20);
        var imported = FormImporter.Import(files, options);
        if (imported.Submissions.Count != files.Length)
            return Fail("import: " + imported.Submissions.Count + " of " + files.Length + " forms accepted: " + string.Join("; ", imported.Problems.Take(3)));
        Console.WriteLine($"import of {files.Length} forms: {clock.ElapsedMilliseconds} ms (forms made if missing)");

        clock.Restart();
        var (relays, relayOptions) = RelayWorkload.Prepare(5);
        var consolidated = RelayWorkload.Consolidate(RelayWorkload.Import(relays, relayOptions), relayOptions);
        if (consolidated.Statuses.Count != relays.Length)
            return Fail("relay: " + consolidated.Statuses.Count + " statuses for " + relays.Length + " relayed summaries");
        Console.WriteLine($"relay of {relays.Length} summaries imported and consolidated: {clock.ElapsedMilliseconds} ms (summaries made if missing)");

        clock.Restart();
        var generator = new GeneratorScaleBenchmarks();
        generator.Setup();
        var cold = generator.Cold().GetRunResult();
        if (cold.GeneratedTrees.Length != GeneratorScaleBenchmarks.Templates || cold.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            return Fail("generator: " + cold.GeneratedTrees.Length + " sources, " + cold.Diagnostics.Length + " diagnostics");
        var edited = generator.AfterTemplateEdit().GetRunResult();
        if (edited.GeneratedTrees.Length != GeneratorScaleBenchmarks.Templates)
            return Fail("generator after an edit: " + edited.GeneratedTrees.Length + " sources");
        generator.AfterCsharpEdit();
        Console.WriteLine($"generator, {GeneratorScaleBenchmarks.Templates} templates cold and re-run: {clock.ElapsedMilliseconds} ms");
        Console.WriteLine("benchmark smoke: ok");
        return 0;
    }

    private static int Fail(string what)
    {
        Console.Error.WriteLine("benchmark smoke failed: " + what);
        return 1;
    }
}
