using System.Linq;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

public sealed class GeneratedSourceTests
{
    public static TheoryData<string> Seeds() => new(GeneratorHarness.SeedTemplateNames());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_template_generates_code_that_compiles_without_warnings(string seed)
    {
        var (run, diagnostics) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.SeedTemplate(seed) });

        Assert.Empty(run.Diagnostics);
        Assert.Single(PlanTrees(run));
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // The generated source is the app developer's API: the snapshot is reviewed like code.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_template_generated_source(string seed)
    {
        var (run, _) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.SeedTemplate(seed) });

        var source = PlanTrees(run).Single().GetText().ToString();
        Snapshot.Match(source, SnapshotNameExtension.Create(seed.Replace(".plan.yaml", "")));
    }

    // IntelliSense on a report class states the data window the forms and summaries print
    // (ReportingCalendar.CutOffWindow): for seed 001's yearly report 01/01–30/11, not to 31/12.
    [Theory]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "HangNam", "Số liệu tính từ ngày 01/01 đến ngày 30/11 hằng năm (đến hạn báo cáo).")]
    [InlineData("ke-hoach-76-kh-du.plan.yaml", "SoKet", "Số liệu tính từ ngày 01/01/2023 đến ngày 31/10/2025 (đến hạn báo cáo).")]
    [InlineData("ke-hoach-duk-xay-dung-dang.plan.yaml", "BaoCaoKetQua", "Số liệu tính từ ngày 01/01 đến ngày 15/12 hằng năm (đến hạn báo cáo).")]
    public void Report_docs_state_the_data_window_the_calendar_prints(string seed, string className, string sentence)
    {
        var (run, _) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.SeedTemplate(seed) });
        var source = PlanTrees(run).Single().GetText().ToString();
        var at = source.IndexOf("public sealed partial class " + className + " :", System.StringComparison.Ordinal);
        Assert.True(at > 0, className);
        var summary = source.Substring(0, at);
        summary = summary.Substring(summary.LastIndexOf("/// <summary>", System.StringComparison.Ordinal));
        Assert.Contains("/// " + sentence, summary);

        // The same dates as the runtime calendar gives the report's first period.
        var path = System.IO.Path.Combine(ReportKit.Testing.RepoPaths.Templates, seed);
        var plan = ReportKit.Templates.PlanTemplateParser.Parse(path, System.IO.File.ReadAllText(path)).Plan!;
        var report = plan.Reports.Single(r => ReportKit.Templates.Identifiers.ToPascalCase(r.Id) == className);
        var window = ReportKit.ReportingCalendar.CutOffWindow(report, ReportKit.ReportingCalendar.Periods(report, 2030)[0])!.Value;
        var recurring = report.Period != ReportKit.Templates.PeriodKind.Span;
        string Day(System.DateOnly d) => recurring ? d.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture) : ReportKit.Dates.Vietnamese(d);
        Assert.Contains("từ ngày " + Day(window.From) + (recurring && window.From.Year < report.FromYear ? " năm trước" : "") + " đến ngày " + Day(window.To), sentence);
    }

    [Fact]
    public void Broken_template_reports_its_error_at_file_line_col_and_the_other_template_still_generates()
    {
        var good = GeneratorHarness.SeedTemplate("ke-hoach-76-kh-du.plan.yaml");
        var broken = GeneratorHarness.Template("/plans/broken.plan.yaml",
            "reportkit: 1\nplan:\n  id: Broken\n  kind: party\n  genre: KẾ HOẠCH\n  symbol: KH/ĐU\n  title: x\n" +
            "  issuer: { name: X }\n  signature: { title: Y, name: Z }\nindicators:\n  - { id: a, label: A, type: integr }\n");

        var (run, compile) = GeneratorHarness.RunAndCompile(new[] { good, broken });

        var error = Assert.Single(run.Diagnostics);
        Assert.StartsWith("RK", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/plans/broken.plan.yaml", span.Path);
        Assert.Equal((10, 29), (span.StartLinePosition.Line, span.StartLinePosition.Character)); // line 11, col 30, 1-based
        Assert.Contains(run.GeneratedTrees, t => t.FilePath.EndsWith("KeHoach76.g.cs"));
        Assert.Empty(compile.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Template_that_is_not_yaml_gives_RK0001_and_no_exception()
    {
        var broken = GeneratorHarness.Template("/plans/x.plan.yaml", "reportkit: 1\nplan: [ {id: a, ]\n");

        var (run, _) = GeneratorHarness.RunAndCompile(new[] { broken });

        Assert.Contains(run.Diagnostics, d => d.Id == "RK0001");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "CS8784");
        Assert.Empty(PlanTrees(run));
    }

    private static System.Collections.Generic.IEnumerable<SyntaxTree> PlanTrees(GeneratorDriverRunResult run) => run.GeneratedTrees;
}
