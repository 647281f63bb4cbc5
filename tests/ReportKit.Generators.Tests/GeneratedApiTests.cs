using System;
using System.IO;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Tests;
using ReportKit.Templates;

namespace ReportKit.Generators.Tests;

// These tests use the classes the generator made from templates/*.plan.yaml at this project's build,
// exactly as an app developer would.
public sealed class GeneratedApiTests
{
    private static readonly DateOnly AsOf = new(2024, 12, 15);

    private static UnitTree Units() => UnitTree.Create(new[]
    {
        new Unit("dang_uy", "Đảng ủy xã Thụy Hùng", null, "dang_uy"),
        new Unit("chi_bo_1", "Chi bộ Thôn 1", "dang_uy", "chi_bo"),
        new Unit("chi_bo_2", "Chi bộ Thôn 2", "dang_uy", "chi_bo"),
        new Unit("chi_bo_3", "Chi bộ Thôn 3", "dang_uy", "chi_bo"),
    });

    private static KeHoach76.HangNam Report(string unit, int members, int participants) => new(unit, 2024)
    {
        SoBuoi = { SinhHoatHangThang = 10, ToaDam = 1 },
        SoBuoiNoiDung = { PhanThuNhat = 6, PhanThuHai = 5 },
        DangVien = members,
        DangVienThamGia = participants,
        KetQua = "Đã quán triệt đến toàn thể đảng viên.",
        SubmittedOn = new DateOnly(2024, 11, 20),
    };

    [Fact]
    public void Ids_and_disaggregations_are_typed()
    {
        var report = Report("chi_bo_1", 25, 24);

        Assert.Equal("hang_nam", KeHoach76.HangNam.ReportId);
        Assert.Equal("phan_thu_nhat", KeHoach76.Contents.PhanThuNhat);
        Assert.Equal("2024", report.PeriodKey);
        Assert.Equal(11, report.SoBuoi.Total);
        Assert.Equal(11, report.SoBuoiNoiDung.Total);
        Assert.Equal(24m / 25m, report.TyLeDangVienThamGia);
        Assert.Null(new KeHoach76.HangNam("chi_bo_1", 2024).TyLeDangVienThamGia);
    }

    [Fact]
    public void Validate_names_unit_period_and_indicator_and_the_compiled_rule_agrees()
    {
        var bad = Report("chi_bo_1", 20, 25);

        var problems = bad.Validate(Units());

        var problem = Assert.Single(problems, p => p.RuleId == "dang_vien_tham_gia_khong_qua_tong_so");
        Assert.Contains("Chi bộ Thôn 1", problem.Message);
        Assert.Contains("2024", problem.Message);
        Assert.False(KeHoach76.HangNam.Rules.DangVienThamGiaKhongQuaTongSo(bad));
        Assert.True(KeHoach76.HangNam.Rules.DangVienThamGiaKhongQuaTongSo(Report("chi_bo_1", 25, 24)));
        Assert.Empty(Report("chi_bo_1", 25, 24).Validate(Units()));
    }

    [Fact]
    public void Typed_ratios_and_rules_leave_out_values_the_validator_leaves_out()
    {
        var report = Report("chi_bo_1", -5, 3); // a negative count of members
        report.SoBuoi.HoiThao = -1;

        var problems = report.Validate(Units());

        Assert.Contains(problems, p => p.RuleId == ProblemCodes.BelowMin && p.IndicatorId == "dang_vien");
        Assert.DoesNotContain(problems, p => p.RuleId == "dang_vien_tham_gia_khong_qua_tong_so"); // cannot be judged
        Assert.True(KeHoach76.HangNam.Rules.DangVienThamGiaKhongQuaTongSo(report));                // the same, compiled
        Assert.Null(report.TyLeDangVienThamGia);
        Assert.Equal(11, report.SoBuoi.Total); // the -1 is left out, as the engine does
    }

    [Fact]
    public void Summarize_rolls_up_typed_reports_and_recomputes_the_ratio_from_totals()
    {
        var reports = new[] { Report("chi_bo_1", 25, 24), Report("chi_bo_2", 5, 1) };

        var summary = KeHoach76.HangNam.Summarize(2024, Units(), reports, AsOf);

        var ratio = summary.Columns.Single(c => c.IndicatorId == "ty_le_dang_vien_tham_gia").Key;
        Assert.Equal(25m / 30m, summary.Value(null, ratio));
        Assert.Equal(2, summary.Rates.Overall.Actual);
        Assert.Equal(3, summary.Rates.Overall.Expected);
    }

    [Fact]
    public void FromSubmission_reads_an_untyped_submission_back()
    {
        var original = Report("chi_bo_2", 12, 11);
        original.Source = "chi_bo_2.xlsx";

        var copy = KeHoach76.HangNam.FromSubmission(original.ToSubmission());

        Assert.Equal(original.ToSubmission(), copy.ToSubmission());
        Assert.Equal(10, copy.SoBuoi.SinhHoatHangThang);
        Assert.Throws<ArgumentException>(() => KeHoach76.SoKet.FromSubmission(original.ToSubmission()));
    }

    [Fact]
    public void A_narrative_only_property_round_trips_through_the_untyped_submission()
    {
        var report = new KeHoachDukXayDungDang.BaoCaoKetQua("co_so_1", 2024) { KetQua = "…", HanChe = "=1+1" };

        var copy = KeHoachDukXayDungDang.BaoCaoKetQua.FromSubmission(report.ToSubmission());

        Assert.Equal("bao_cao_ket_qua", KeHoachDukXayDungDang.BaoCaoKetQua.ReportId);
        Assert.Equal("…", copy.KetQua);
        Assert.Equal("=1+1", copy.HanChe);
    }

    // Whole-number properties are long: a count validation accepts, up to the 10^15 plausibility bound, survives the
    // typed class (an int left it blank); one beyond the bound is kept as entered and flagged by Validate.
    [Theory]
    [InlineData("1000000000000000", true)]
    [InlineData("1000000000000001", false)]
    public void A_count_at_the_plausibility_bound_survives_the_typed_class(string text, bool accepted)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var submission = new Submission(KeHoach76.Spec.Id, KeHoach76.HangNam.ReportId, "chi_bo_1", "2024")
            .WithValue(KeHoach76.Indicators.LuotNguoiThamGia, value)
            .WithValue(KeHoach76.Indicators.SoBuoi, KeHoach76.Forms.HoiThao, value);

        var report = KeHoach76.HangNam.FromSubmission(submission);

        Assert.Equal((long)value, report.LuotNguoiThamGia);
        Assert.Equal((long)value, report.SoBuoi.HoiThao);
        Assert.Equal(submission.Values, report.ToSubmission().Values.Where(v => v.Value is not null));
        Assert.Equal(accepted, report.SoBuoi.Total == (long)value);
        Assert.Equal(accepted, !report.Validate(Units()).Any(p => p.IndicatorId == KeHoach76.Indicators.LuotNguoiThamGia));
    }

    // plan → forms → import → typed reports → summary, with the report type and a ReportingPeriod standing for
    // the plan, report and period strings.
    [Fact]
    public void Typed_doors_go_from_plan_to_forms_to_typed_reports_to_summary()
    {
        var folder = ReportKit.Testing.RepoPaths.NewTempFolder("typed-doors");
        var units = Units();
        var period = ReportModel.Periods<KeHoach76.HangNam>(2024).Single(p => p == ReportingPeriod.ForYear(2024));
        var sent = new[] { Report("chi_bo_1", 25, 24), Report("chi_bo_2", 5, 1) };
        foreach (var report in sent)
        {
            var unit = units[report.Unit];
            var path = Path.Combine(folder, InputForm.FileName<KeHoach76.HangNam>(period, unit));
            InputForm.Save<KeHoach76.HangNam>(period, unit, path);
            FormsTestKit.Fill(path, report.ToSubmission());
        }

        var options = FormImportOptions.For<KeHoach76.HangNam>(units: units);
        var imported = FormImporter.ImportFolder<KeHoach76.HangNam>(folder, options);

        Assert.DoesNotContain(imported.Problems, p => p.Severity == ImportSeverity.Error);
        var received = imported.Reports.OrderBy(r => r.Unit).ToList();
        Assert.Equal(new[] { "chi_bo_1", "chi_bo_2" }, received.Select(r => r.Unit));
        Assert.All(received, r => Assert.Equal(period, r.Period));
        Assert.Equal(sent.Select(r => r.ToSubmission().Values), received.Select(r => r.ToSubmission().Values));
        Assert.Equal(24m / 25m, received[0].TyLeDangVienThamGia);

        var summary = ReportModel.Summarize(period, units, received, AsOf, imported.Rejected);

        var ratio = summary.Columns.Single(c => c.IndicatorId == KeHoach76.Indicators.TyLeDangVienThamGia).Key;
        Assert.Equal(25m / 30m, summary.Value(null, ratio));
        Assert.Equal((2, 3), (summary.Rates.Overall.Actual, summary.Rates.Overall.Expected)); // chi_bo_3 sent nothing
        Assert.Equal(summary.Value(null, ratio), KeHoach76.HangNam.Summarize(2024, units, received, AsOf).Value(null, ratio));
    }

    [Fact]
    public void Typed_doors_refuse_a_period_of_another_kind_and_options_for_another_report()
    {
        var unit = Units()["chi_bo_1"];

        Assert.Throws<ArgumentException>(() => new KeHoach76.HangNam("chi_bo_1", ReportingPeriod.ForQuarter(2024, 1)));
        Assert.Equal("2024", new KeHoach76.HangNam("chi_bo_1", ReportingPeriod.ForYear(2024)).PeriodKey);
        Assert.Throws<ArgumentException>(() => InputForm.Build<KeHoach76.HangNam>(ReportingPeriod.ForQuarter(2024, 1), unit));
        Assert.Throws<ArgumentException>(() => FormImporter.Import<KeHoach76.HangNam>(Array.Empty<string>(), new FormImportOptions(KeHoach76.Spec)));
        var otherPeriodKind = new Submission(KeHoach76.Spec.Id, KeHoach76.HangNam.ReportId, "chi_bo_1", "2024-Q1");
        Assert.Throws<ArgumentException>(() => KeHoach76.HangNam.FromSubmission(otherPeriodKind));
    }
}
