using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

/// <summary>Who enters what (<c>levels:</c>) and <c>indicators: []</c> in the generated code.</summary>
public sealed class LevelGenerationTests
{
    private static string LevelsTemplate() =>
        File.ReadAllText(ReportKit.Testing.RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "levels.plan.yaml"));

    [Fact]
    public void Level_scoped_template_generated_source()
    {
        var (run, compile) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.Template("/p/levels.plan.yaml", LevelsTemplate()) });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(compile.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("ThongTuThu.g.cs", System.StringComparison.Ordinal)).GetText().ToString();
        // The report that writes `indicators: []` has no indicator property; the levels reach Spec and IntelliSense.
        Assert.Contains("Chỉ đơn vị cấp Tỉnh nhập (entered only at levels tinh)", source, System.StringComparison.Ordinal);
        Assert.Contains("NoIndicators: true", source, System.StringComparison.Ordinal);
        Snapshot.Match(source);
    }

    private static readonly string[] Scopes = { "", "[xa]", "[tinh]", "[xa, tinh]" };

    /// <summary>Random plans whose indicators, narratives and rules carry random <c>levels:</c>: accepted ones compile cleanly and their Spec keeps the levels.</summary>
    private static readonly Gen<string> LevelTemplates =
        Gen.Select(Gen.Int[0, 3].Array[1, 4], Gen.Int[0, 3].Array[0, 2], Gen.Int[0, 3], Gen.Bool)
            .Select((indicators, narratives, rule, empty) => Build(indicators, narratives, rule, empty));

    [Fact]
    public void Random_level_scoped_templates_compile_without_warnings_and_keep_their_levels()
    {
        var accepted = 0;
        LevelTemplates.Sample(text =>
        {
            if (GeneratorHarness.CompileAccepted(text) is not { } compiled)
                return;
            var (plan, run) = compiled;
            System.Threading.Interlocked.Increment(ref accepted);
            var source = run.GeneratedTrees.Single().GetText().ToString();
            foreach (var indicator in plan.Indicators.Where(i => !i.Levels.IsEmpty))
                Assert.Contains("entered only at levels " + string.Join(", ", indicator.Levels), source, System.StringComparison.Ordinal);
        }, iter: 100);

        Assert.True(accepted >= 20, $"only {accepted} of 100 random level templates were accepted: the property says little");
    }

    private static string Build(int[] indicators, int[] narratives, int rule, bool emptyNarratives)
    {
        var text = new StringBuilder("reportkit: 1\nplan:\n  id: KeHoachCap\n  kind: state\n  genre: KẾ HOẠCH\n  title: thử\n  issuer: { name: X }\n");
        text.Append("levels:\n  - { id: xa, name: Xã }\n  - { id: tinh, name: Tỉnh }\nindicators:\n");
        for (var i = 0; i < indicators.Length; i++)
            text.Append("  - { id: c").Append(i).Append(", label: Chỉ tiêu ").Append(i).Append(Levels(indicators[i])).Append(" }\n");
        if (narratives.Length > 0)
        {
            text.Append("narratives:\n");
            for (var i = 0; i < narratives.Length; i++)
                text.Append("  - { id: n").Append(i).Append(", label: Lời văn ").Append(i).Append(Levels(narratives[i])).Append(" }\n");
        }

        text.Append("reports:\n  - { id: nam, title: Năm, period: year, from: 2024, due: { month: 12 }")
            .Append(emptyNarratives ? ", narratives: []" : "").Append(" }\n");
        // A rule over the first indicator at a random scope: rejected (RK0035) when wider than the indicator's.
        text.Append("rules:\n  - { id: khong_am, check: c0 >= 0, message: Không âm").Append(Levels(rule)).Append(" }\n");
        return text.ToString();
    }

    private static string Levels(int scope) => scope == 0 ? "" : ", levels: " + Scopes[scope];
}
