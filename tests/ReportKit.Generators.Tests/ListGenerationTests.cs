using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Generators.Tests;

/// <summary>
/// Row lists in the generated API: a typed row class per list, a list property on each report that asks for it, the
/// conversions both ways, and aggregates in ratios and rules evaluated as the engine does. The classes come from
/// tests/ReportKit.Templates.Tests/Valid/lists.plan.yaml, generated at this project's build.
/// </summary>
public sealed class ListGenerationTests
{
    private static readonly string TemplatePath = RepoPaths.Combine("tests", "ReportKit.Templates.Tests", "Valid", "lists.plan.yaml");

    private static DanhSachThu.Nam Report() => new("chi_bo_1", 2024)
    {
        DangVien = 20,
        MoHinh =
        {
            new DanhSachThu.MoHinhRow { Ten = "Mô hình “Dân vận khéo”", HinhThuc = DanhSachThu.Forms.HoiNghi, Ngay = new DateOnly(2024, 5, 1), SoNguoi = 25, NhanRong = true },
            new DanhSachThu.MoHinhRow { Ten = "Tủ sách pháp luật" },
        },
        Guong = { new DanhSachThu.GuongRow { HoTen = "Nguyễn Thị Bình", KinhPhi = 1.5m } },
        SubmittedOn = new DateOnly(2024, 12, 10),
    };

    [Fact]
    public void The_lists_template_generated_source()
    {
        var (run, diagnostics) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.Template(TemplatePath, File.ReadAllText(TemplatePath)) });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Snapshot.Match(run.GeneratedTrees.Single().GetText().ToString(), SnapshotNameExtension.Create("lists"));
    }

    [Fact]
    public void Typed_rows_become_the_canonical_rows_of_the_submission_and_read_back()
    {
        var submission = Report().ToSubmission();

        Assert.Equal(new[] { "hinh_thuc=hoi_nghi; ngay=2024-05-01; nhan_rong=1; so_nguoi=25; ten=Mô hình “Dân vận khéo”", "ten=Tủ sách pháp luật" },
            submission.RowsOf("mo_hinh").Select(r => r.ToString()));
        Assert.Equal("1.5", submission.RowsOf("guong").Single()["kinh_phi"]);
        var copy = DanhSachThu.Nam.FromSubmission(submission);
        Assert.Equal(Report().MoHinh, copy.MoHinh);
        Assert.Equal(Report().Guong, copy.Guong);
        Assert.Equal(submission, copy.ToSubmission());
    }

    [Fact]
    public void Aggregates_in_ratios_and_rules_agree_with_the_engine()
    {
        var report = Report();
        var summary = DanhSachThu.Nam.Summarize(2024, UnitTree.Create(new[] { new Unit("chi_bo_1", "Chi bộ thôn 1", null, "chi_bo") }), new[] { report },
            new DateOnly(2024, 12, 20));

        Assert.Equal(2m, report.SoMoHinh);
        Assert.Equal(25m, report.NguoiThamGia);
        Assert.Equal(report.SoMoHinh, summary.Value("chi_bo_1", "so_mo_hinh"));
        Assert.Equal(report.NguoiThamGia, summary.Value("chi_bo_1", "nguoi_tham_gia"));
        Assert.True(DanhSachThu.Nam.Rules.NguoiDu(report));
        report.DangVien = 2;
        Assert.False(DanhSachThu.Nam.Rules.NguoiDu(report));
        Assert.Contains(report.Validate(), p => p.RuleId == "nguoi_du");
        // The quarterly report does not ask for the list of models: its count is blank, as in the engine.
        Assert.Null(new DanhSachThu.Quy("chi_bo_1", 2024, 1).SoMoHinh);
    }
}
