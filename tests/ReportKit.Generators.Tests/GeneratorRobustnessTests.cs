using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Templates the parser accepts must give code that compiles without warnings, whatever names and text
/// they hold; what cannot compile must be an RK diagnostic on the template, never a CS error in .g.cs.
/// </summary>
public sealed class GeneratorRobustnessTests
{
    private const string Head =
        "reportkit: 1\nplan:\n  id: {0}\n  kind: party\n  genre: KẾ HOẠCH\n  symbol: KH/ĐU\n  title: thử\n  issuer: {{ name: X }}\n";

    public static TheoryData<string, string> AcceptedTemplates() => new()
    {
        // C# keywords and the generated code's own local names as ids.
        { "keywords", string.Format(Head, "class") +
            "narratives:\n  - { id: namespace, label: A }\n  - { id: report, label: B }\n  - { id: submission, label: C }\n  - { id: entry, label: D }\n" +
            "indicators:\n  - { id: event, label: E }\n  - { id: string, label: F }\n" +
            "reports:\n  - { id: base, title: R, period: year, from: 2024, due: { month: 12 } }\n" },
        // Items named like the per-item class's internal members.
        { "item-names", string.Format(Head, "KeHoachItems") +
            "forms:\n  - { id: items, title: I }\n  - { id: set, title: S }\n" +
            "indicators:\n  - { id: a, label: A, by: forms }\n" +
            "reports:\n  - { id: r, title: R, period: once, due: { before: 2024-04-20 } }\n" },
        // A report with narratives only (no switch over indicators may be emitted).
        { "narrative-only", string.Format(Head, "KeHoachText") +
            "narratives:\n  - { id: y_kien, label: Ý kiến }\n" +
            "reports:\n  - { id: r, title: R, period: once, due: { before: 2024-04-20 } }\n" },
        // Labels with every character C# ends a line at: none may escape its doc comment.
        { "line-breaks", string.Format(Head, "KeHoachLines") +
            "indicators:\n  - { id: a, label: \"A\\rclass X {} //\" }\n  - { id: b, label: \"B\\u2028int Y = 1;\" }\n  - { id: c, label: \"C\\u0085}\" }\n" +
            "reports:\n  - { id: r, title: \"R\\u2029}\", period: once, due: { before: 2024-04-20 } }\n" },
    };

    [Theory]
    [MemberData(nameof(AcceptedTemplates))]
    public void Accepted_template_compiles_without_warnings(string name, string text)
    {
        var (run, compile) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.Template($"/p/{name}.plan.yaml", text) });

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.GeneratedTrees);
        Assert.Empty(compile.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Plan_ids_that_differ_only_in_letter_case_are_duplicates_too()
    {
        string Text(string id) => string.Format(Head, id) + "indicators:\n  - { id: a, label: A }\nreports:\n  - { id: r, title: R, period: once, due: { before: 2024-04-20 } }\n";

        var (run, compile) = GeneratorHarness.RunAndCompile(new[]
        {
            GeneratorHarness.Template("/p/a.plan.yaml", Text("kh_a")),
            GeneratorHarness.Template("/p/b.plan.yaml", Text("kha")),
        });

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("RK0029", error.Id);
        Assert.Contains("'kha'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(run.GeneratedTrees);
        Assert.Empty(compile.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Two_templates_with_one_plan_id_give_RK0029_on_the_second_and_the_first_still_compiles()
    {
        var text = string.Format(Head, "KeHoachX") +
                   "indicators:\n  - { id: a, label: A }\nreports:\n  - { id: r, title: R, period: once, due: { before: 2024-04-20 } }\n";
        var first = GeneratorHarness.Template("/p/a.plan.yaml", text);
        var copy = GeneratorHarness.Template("/p/b.plan.yaml", text);
        var other = GeneratorHarness.SeedTemplate("ke-hoach-76-kh-du.plan.yaml");

        var (run, compile) = GeneratorHarness.RunAndCompile(new[] { copy, other, first });

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("RK0029", error.Id);
        Assert.Equal("/p/b.plan.yaml", error.Location.GetLineSpan().Path);
        Assert.Equal(2, run.GeneratedTrees.Length);
        Assert.Empty(compile.Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
