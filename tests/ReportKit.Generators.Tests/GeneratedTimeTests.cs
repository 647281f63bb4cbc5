using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Time as plans state it in the generated API: a phase report's phases as typed periods (<c>Phases.Dot1</c>), a
/// constructor that refuses a period the regime does not ask for, and the data window of a once-off report in docs.
/// </summary>
public sealed class GeneratedTimeTests
{
    private static readonly string[] Templates =
    {
        RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "time.plan.yaml"),
        RepoPaths.Combine("templates", "examples", "hoat-dong-he-ninh-thuan-2019.plan.yaml"),
    };

    private static string Generated(string path)
    {
        var (run, diagnostics) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.Template(path, File.ReadAllText(path)) });
        Assert.Empty(run.Diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return run.GeneratedTrees.Single().GetText().ToString();
    }

    [Fact]
    public void Phases_are_typed_periods_and_a_limited_regime_checks_its_period_as_the_report_is_made()
    {
        var source = Generated(Templates[0]);

        Assert.Contains("public static global::ReportKit.ReportingPeriod Dot1 => global::ReportKit.ReportingPeriod.ForPhase(\"dot_1\");", source);
        Assert.Contains("public TheoDot(string unit, string phase)", source);
        Assert.Contains("Period = __Asked(global::ReportKit.ReportingPeriod.ForHalfYear(year, half));", source);
        Assert.Contains("Số liệu tính theo từng đợt: Đợt 1 từ ngày 01/03/2025 đến ngày 26/03/2025;", source);
        Assert.Contains("Hạn: 7 ngày sau Lễ kỷ niệm 50 năm Ngày Giải phóng (26/03/2025)", source);
    }

    [Fact]
    public void Time_template_generated_source() =>
        Snapshot.Match(Generated(Templates[0]), SnapshotNameExtension.Create("time"));

    [Fact]
    public void Example_summer_plan_generated_source_states_its_activity_window() =>
        Assert.Contains("Số liệu tính từ ngày 01/06/2019 đến ngày 31/07/2019 (thời gian thực hiện).", Generated(Templates[1]));
}
