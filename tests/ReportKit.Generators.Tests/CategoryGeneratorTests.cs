using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Categories and cross-tabs in the generated API: the example template (templates/examples/tong-dieu-tra-nong-thon-2025.plan.yaml)
/// counts phiếu by đối tượng × hình thức, with no household by Webform.
/// </summary>
public sealed class CategoryGeneratorTests
{
    private const string Example = "examples/tong-dieu-tra-nong-thon-2025.plan.yaml";

    private static (GeneratorDriverRunResult Run, System.Collections.Immutable.ImmutableArray<Diagnostic> Compile) Generate(params string[] sources) =>
        GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.SeedTemplate(Example) }, sources);

    [Fact]
    public void Cross_tab_template_generates_code_that_compiles_without_warnings()
    {
        var (run, diagnostics) = Generate();

        Assert.Empty(run.Diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    // The generated source is the app developer's API: the snapshot is reviewed like code.
    [Fact]
    public void Cross_tab_template_generated_source()
    {
        var (run, _) = Generate();

        var source = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("PhuongAnTdtnn2025.g.cs", System.StringComparison.Ordinal)).GetText().ToString();
        Snapshot.Match(source, SnapshotNameExtension.Create("tong-dieu-tra-nong-thon-2025"));
    }

    [Fact]
    public void An_excluded_combination_has_no_property_to_set()
    {
        const string Code = "class C { static void M() { var r = new Consumer.Plans.PhuongAnTdtnn2025.KetQuaThuThap(\"x\"); r.SoPhieu.Ho.Webform = 1; } }";

        var (_, diagnostics) = Generate(Code);

        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("Webform", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Cells_are_typed_two_levels_deep_and_round_trip_through_the_untyped_submission()
    {
        var report = new PhuongAnTdtnn2025.KetQuaThuThap("xa_1")
        {
            SoPhieu =
            {
                Ho = { PhongVan = 120 },
                DoanhNghiep = { PhongVan = 3, Webform = 5 },
                UbndXa = { Webform = 1 },
            },
        };

        Assert.Equal(120, report.SoPhieu.Ho.Total);
        Assert.Equal(8, report.SoPhieu.DoanhNghiep.Total);
        Assert.Null(report.SoPhieu.QuocPhong.Total);
        Assert.Equal(129, report.SoPhieu.Total);
        // Per option of hình thức over the rows; the excluded Hộ × Webform counts nowhere.
        Assert.Equal(123, report.SoPhieu.ColumnTotals.PhongVan);
        Assert.Equal(6, report.SoPhieu.ColumnTotals.Webform);
        var submission = report.ToSubmission();
        Assert.Equal(5, submission.Values[new ValueKey("so_phieu", "doanh_nghiep.webform")]);
        Assert.False(submission.Values.ContainsKey(new ValueKey("so_phieu", "ho.webform")));
        var back = PhuongAnTdtnn2025.KetQuaThuThap.FromSubmission(submission);
        Assert.Equal(5, back.SoPhieu.DoanhNghiep.Webform);
        Assert.Equal(129, back.SoPhieu.Total);
    }

    [Fact]
    public void A_value_under_the_excluded_combination_is_told_as_one_that_cannot_occur()
    {
        var submission = new PhuongAnTdtnn2025.KetQuaThuThap("xa_1").ToSubmission().WithValue("so_phieu", "ho.webform", 4);

        var problems = SubmissionValidator.Validate(PhuongAnTdtnn2025.Spec, submission);

        var problem = Assert.Single(problems);
        Assert.Contains("không có trường hợp «Hộ dân cư, hộ sản xuất nông nghiệp, lâm nghiệp, thủy sản – Thu thập gián tiếp qua phiếu điện tử (Webform) do đơn vị tự khai báo»", problem.Message);
    }
}
