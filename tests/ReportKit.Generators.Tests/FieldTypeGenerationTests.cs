using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

// Field types beyond numbers: bool? for yes_no, DateOnly? for date, string? for text, DocumentReference? for document.
public sealed class FieldTypeGenerationTests
{
    private static readonly string TemplatePath =
        Path.Combine(ReportKit.Testing.RepoPaths.Root, "tests", "ReportKit.Templates.Tests", "Valid", "types.plan.yaml");

    [Fact]
    public void Field_types_generate_code_that_compiles_without_warnings_and_reads_as_reviewed()
    {
        var (run, diagnostics) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.Template(TemplatePath, File.ReadAllText(TemplatePath)) });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var source = run.GeneratedTrees.Single(t => t.FilePath.EndsWith("KeHoachTruongHop.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.Contains("public bool? BanChiDao { get; set; }", source);
        Assert.Contains("public global::System.DateOnly? NgayQuanTriet { get; set; }", source);
        Assert.Contains("public string? NguoiPhuTrach { get; set; }", source);
        Assert.Contains("public global::ReportKit.DocumentReference? KeHoach { get; set; }", source);
        Snapshot.Match(source);
    }

    [Fact]
    public void A_typed_report_round_trips_through_its_submission()
    {
        var report = new KeHoachTruongHop.TrienKhai("chi_bo_1")
        {
            SoBuoi = 3,
            BanChiDao = true,
            ToGiupViec = false,
            NgayQuanTriet = new DateOnly(2023, 5, 12),
            NguoiPhuTrach = "Nguyễn Thị Hoa",
            KeHoach = DocumentReference.Parse("Kế hoạch số 12-KH/CB ngày 05/5/2023"),
        };

        var submission = report.ToSubmission();

        Assert.Equal(1m, submission["ban_chi_dao"]);
        Assert.Equal(0m, submission["to_giup_viec"]);
        Assert.Equal("2023-05-12", submission.Answers["ngay_quan_triet"]);
        Assert.Equal("Kế hoạch số 12-KH/CB ngày 2023-05-05", submission.Answers["ke_hoach"]);
        Assert.Empty(report.Validate());
        var back = KeHoachTruongHop.TrienKhai.FromSubmission(submission);
        Assert.Equal(submission, back.ToSubmission());
        Assert.True(back.BanChiDao);
        Assert.Equal(report.KeHoach, back.KeHoach);
        Assert.Equal("Kế hoạch số 12-KH/CB ngày 05/5/2023", back.KeHoach!.Vietnamese());
    }

    [Fact]
    public void Blank_required_answers_are_reported_and_the_compiled_rule_reads_yes_no_as_numbers()
    {
        var report = new KeHoachTruongHop.TrienKhai("chi_bo_1") { ToGiupViec = true, BanChiDao = false };

        var problems = report.Validate();

        // Rules on the values first, then the answers, as the form lists them.
        Assert.Equal(new[] { "co_bcd:ban_chi_dao", "required:ngay_quan_triet", "required:ke_hoach" },
            problems.Select(p => p.RuleId + ":" + p.IndicatorId).ToArray());
        Assert.False(KeHoachTruongHop.TrienKhai.Rules.CoBcd(report));
    }
}
