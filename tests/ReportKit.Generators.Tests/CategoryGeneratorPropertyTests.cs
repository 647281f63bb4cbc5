using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Whatever option ids categories use (C# keywords, the generated code's own names, ids whose per-row class names clash),
/// a template the front end accepts with a category or a cross-tab generates code that compiles without warnings.
/// </summary>
public sealed class CategoryGeneratorPropertyTests
{
    private static readonly string[] OptionIds =
    {
        "a", "b", "a_values", "b_values", "class", "total", "values", "so_luot", "so_luot_values", "items", "set", "x",
        "object", "string", "to_string", "equals", "ho", "ho_values", "truc_tiep", "truc_tuyen",
    };

    private static readonly Gen<string> OptionId = Gen.Int[0, OptionIds.Length - 1].Select(i => OptionIds[i]);

    private static readonly Gen<string> Template =
        Gen.Select(OptionId.Array[1, 4], OptionId.Array[1, 3], Gen.Int[0, 3], Gen.Bool)
            .Select((first, second, by, exclude) => Build(first, second, by, exclude));

    [Fact]
    public void Accepted_random_category_templates_compile_without_warnings()
    {
        var accepted = 0;
        Template.Sample(text =>
        {
            var parsed = PlanTemplateParser.Parse("/p/random.plan.yaml", text);
            if (parsed.Plan is null)
                return;
            System.Threading.Interlocked.Increment(ref accepted);
            var (run, compile) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.Template("/p/random.plan.yaml", text) });
            Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var problems = compile.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, text + "\n" + string.Join("\n", problems));
        }, iter: 300);

        Assert.True(accepted >= 20, $"only {accepted} of 300 random templates were accepted: the property says little");
    }

    private static string Build(string[] first, string[] second, int by, bool exclude)
    {
        var text = new StringBuilder("reportkit: 1\nplan:\n  id: KeHoachNgauNhien\n  kind: party\n  genre: KẾ HOẠCH\n  symbol: KH/ĐU\n  title: thử\n  issuer: { name: X }\n");
        text.Append("forms:\n  - { id: truc_tiep, title: Trực tiếp }\n");
        text.Append("categories:\n");
        foreach (var (id, options) in new[] { ("loai", first), ("nhom", second) })
        {
            text.Append("  - id: ").Append(id).Append("\n    title: Phân loại\n    options:\n");
            foreach (var option in options)
                text.Append("      - { id: ").Append(option).Append(", title: Phương án ").Append(option).Append(" }\n");
        }

        text.Append("indicators:\n  - { id: so_luot, label: Số lượt, by: ");
        text.Append(by switch { 0 => "loai", 1 => "[loai, nhom]", 2 => "[nhom, loai]", _ => "[loai, forms]" });
        if (exclude && by is 1 or 2)
            text.Append(", exclude: [[").Append(by == 1 ? first[0] : second[0]).Append(", ").Append(by == 1 ? second[0] : first[0]).Append("]]");
        text.Append(" }\n");
        text.Append("reports:\n  - { id: bao_cao, title: Báo cáo, period: year, from: 2024, due: { month: 12 } }\n");
        return text.ToString();
    }
}
