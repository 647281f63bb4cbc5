using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

/// <summary>Targets in the generated API: a report's <c>Targets</c> class and its <c>MeetsTargets</c>, on the Ninh Thuận summer plan.</summary>
public sealed class GeneratedTargetsTests
{
    // Until the examples folder is discovered on main, the example is read by its path.
    private static readonly string ExamplePath =
        Path.Combine(ReportKit.Testing.RepoPaths.Templates, "examples", "ke-hoach-hoat-dong-he-ninh-thuan-2020.plan.yaml");

    private static (GeneratorDriverRunResult Run, Compilation Output) Generate()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.Template(ExamplePath, File.ReadAllText(ExamplePath)) }, track: false)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void Example_generated_source_with_targets()
    {
        var (run, output) = Generate();

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = run.GeneratedTrees.Single(t => t.FilePath.Contains("KeHoachHoatDongHeNinhThuan2020", StringComparison.Ordinal)).GetText().ToString();
        Snapshot.Match(source);
    }

    [Fact]
    public void MeetsTargets_is_false_when_one_is_missed_null_when_one_is_blank_and_true_when_all_are_met()
    {
        var (_, output) = Generate();
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        var context = new AssemblyLoadContext("targets", isCollectible: true);
        try
        {
            image.Position = 0;
            var type = context.LoadFromStream(image).GetType("Consumer.Plans.KeHoachHoatDongHeNinhThuan2020+KetQuaHe2020", throwOnError: true)!;
            dynamic report = Activator.CreateInstance(type, "bcd_huyen")!;
            var meets = type.GetProperty("MeetsTargets")!;
            var trai = type.GetNestedType("Targets")!.GetMethod("TraiHeKyNang")!;

            Assert.Null(meets.GetValue(report));       // nothing entered: nothing judged
            Assert.Null(trai.Invoke(null, new object[] { report }));
            report.SoTraiHeKyNang = 0L;
            Assert.False((bool?)trai.Invoke(null, new object[] { report }));
            Assert.False((bool?)meets.GetValue(report)); // one missed is enough
            report.SoTraiHeKyNang = 2L;
            report.SoHoatDongKyNangSong = 1L;
            report.SoDiemVuiChoiMoi = 1L;
            report.SoXa = 10L;
            report.SoXaCoBanChiDao = 10L;
            report.SoXaSinhHoatHangTuan = 8L;
            report.SoHssv = 100L;
            report.SoHssvThamGia = 36L;
            Assert.Null(meets.GetValue(report));        // the provincial tọa đàm is still blank
            report.SoToaDamCapTinh = 1L;
            Assert.True((bool?)meets.GetValue(report));
            report.SoHssvThamGia = 35L;                  // 35 % is not above 35 %
            Assert.False((bool?)meets.GetValue(report));
        }
        finally
        {
            context.Unload();
        }
    }
}
