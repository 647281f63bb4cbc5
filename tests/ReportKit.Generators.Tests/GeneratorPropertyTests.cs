using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Whatever names a template uses, when the template front end accepts it the generated code compiles
/// without warnings: random templates over a pool of awkward ids (C# keywords, the generated code's own
/// names, ids that only differ by case) either give RK diagnostics or code that compiles.
/// </summary>
public sealed class GeneratorPropertyTests
{
    private static readonly string[] Ids =
    {
        "a", "b", "class", "event", "string", "report", "submission", "entry", "item", "value", "total", "items", "set",
        "spec", "unit", "period_key", "rules", "source", "a_values", "values", "ket_qua", "ket_qua_report", "validate",
        "so_buoi", "soBuoi", "to_submission", "from_submission", "summarize", "object", "system", "global", "x1",
    };

    private static readonly Gen<string> Id = Gen.Int[0, Ids.Length - 1].Select(i => Ids[i]);

    private static readonly Gen<string> Template =
        Gen.Select(Id.Array[1, 4], Id.Array[0, 3], Id.Array[0, 3], Id.Array[1, 3], Gen.Int[0, 2], Gen.Bool)
            .Select((indicators, narratives, forms, reports, by, ratio) => Build(indicators, narratives, forms, reports, by, ratio));

    [Fact]
    public void Accepted_random_templates_compile_without_warnings()
    {
        var accepted = 0;
        Template.Sample(text =>
        {
            if (GeneratorHarness.CompileAccepted(text) is not null)
                System.Threading.Interlocked.Increment(ref accepted);
        }, iter: 500);

        Assert.True(accepted >= 20, $"only {accepted} of 500 random templates were accepted: the property says little");
    }

    private static string Build(string[] indicators, string[] narratives, string[] forms, string[] reports, int by, bool ratio)
    {
        var text = new StringBuilder("reportkit: 1\nplan:\n  id: KeHoachNgauNhien\n  kind: party\n  genre: KẾ HOẠCH\n  symbol: KH/ĐU\n  title: thử\n  issuer: { name: X }\n");
        if (forms.Length > 0)
        {
            text.Append("forms:\n");
            foreach (var form in forms.Distinct())
                text.Append("  - { id: ").Append(form).Append(", title: Hình thức ").Append(form).Append(" }\n");
        }

        text.Append("indicators:\n");
        var distinct = indicators.Distinct().ToArray();
        for (var i = 0; i < distinct.Length; i++)
        {
            text.Append("  - { id: ").Append(distinct[i]).Append(", label: Chỉ tiêu ").Append(distinct[i]);
            if (i == 0 && by == 1 && forms.Length > 0)
                text.Append(", by: forms");
            text.Append(" }\n");
        }

        if (ratio && distinct.Length >= 2)
            text.Append("  - { id: ty_le, label: Tỷ lệ, type: ratio, formula: ").Append(distinct[1]).Append(" / ").Append(distinct[0]).Append(" }\n");
        if (narratives.Length > 0)
        {
            text.Append("narratives:\n");
            foreach (var narrative in narratives.Distinct())
                text.Append("  - { id: ").Append(narrative).Append(", label: Lời văn ").Append(narrative).Append(" }\n");
        }

        text.Append("reports:\n");
        foreach (var report in reports.Distinct())
            text.Append("  - { id: ").Append(report).Append(", title: Báo cáo, period: year, from: 2024, due: { month: 12 } }\n");
        if (distinct.Length >= 2)
            text.Append("rules:\n  - { id: quy_tac, check: ").Append(distinct[1]).Append(" <= ").Append(distinct[0]).Append(", message: M }\n");
        return text.ToString();
    }
}
