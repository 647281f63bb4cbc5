using System;
using System.Linq;
using Snapshooter.Xunit;

namespace ReportKit.Tests;

/// <summary>The messages a clerk reads for a realistic bad submission of each seed plan.</summary>
public class ValidationSnapshotTests
{
    [Fact]
    public void Seed_001_bad_yearly_report_of_a_chi_bo()
    {
        var submission = Units.HangNam("cb1", 2024, 11, 28)
            .WithValue("dang_vien", 25)
            .WithValue("dang_vien_du", 30)
            .WithValue("so_buoi", "tong_quat", 1.5m)
            .WithValue("so_buoi", "gia_tri", 1)
            .WithValue("so_buoi", "phan_1", 0)
            .WithValue("so_buoi", "phan_9", 2)
            .WithValue("ty_le", 0.8m)
            .WithValue("so_nguoi", 3)
            .WithNarrative("kien_nghi", "Đề nghị Ban Tuyên giáo Huyện ủy cấp thêm tài liệu sinh hoạt cho các chi bộ thôn.")
            .WithNarrative("ghi_chu", "Gửi kèm danh sách.");

        var problems = SubmissionValidator.Validate(TestPlans.Plan001(), submission, Units.Xa());

        Snapshot.Match(Render(problems));
    }

    [Fact]
    public void Seed_004_bad_yearly_report_of_a_phong_van_hoa()
    {
        var tree = UnitTree.Create(new[]
        {
            new Unit("so", "Sở Văn hóa, Thể thao và Du lịch", null, "so"),
            new Unit("cao_loc", "Phòng Văn hóa và Thông tin huyện Cao Lộc", "so", "don_vi"),
        });
        var submission = new Submission("CongVanSvhttdl", "ket_qua_nam", "cao_loc", "2023") { SubmittedOn = new DateOnly(2023, 12, 15), Source = "cao_loc_2023.xlsx" }
            .WithValue("tin_bai", "dai_chung", 12)
            .WithValue("tin_bai", "mang_xa_hoi", -2)
            .WithValue("tin_bai", 40)
            .WithValue("hoi_nghi", 4)
            .WithValue("luot_nguoi", 3)
            .WithValue("binh_quan", 0.75m)
            .WithValue("kinh_phi", 620.5m)
            .WithNarrative("han_che", "  ");

        var problems = SubmissionValidator.Validate(TestPlans.Plan004(), submission, tree);

        Snapshot.Match(Render(problems));
    }

    [Fact]
    public void An_implausibly_large_value_is_not_summed_and_cannot_overflow_a_summary()
    {
        var plan = TestPlans.Plan001();
        var huge = Units.HangNam("cb1", 2024, 11, 28).WithValue("dang_vien", 50_000_000_000_000_000_000_000_000m).WithValue("dang_vien_du", 5);
        var other = Units.HangNam("cb2", 2024, 11, 28).WithValue("dang_vien", 50_000_000_000_000_000_000_000_000m).WithValue("dang_vien_du", 5);

        var problems = SubmissionValidator.Validate(plan, huge, Units.Xa());
        var summary = Consolidator.Summarize(plan, "hang_nam", "2024", Units.Xa(), new[] { huge, other }, new DateOnly(2024, 12, 15));

        Assert.Contains(problems, p => p.RuleId == ProblemCodes.Implausible && p.IndicatorId == "dang_vien");
        var members = summary.Columns.Single(c => c.IndicatorId == "dang_vien").Key;
        Assert.Null(summary.Value(null, members));
    }

    [Fact]
    public void A_submission_for_another_plan_report_or_period_is_stopped_at_the_door()
    {
        var plan = TestPlans.Plan001();
        var good = Units.HangNam("cb1", 2024, 11, 28).WithValue("dang_vien", 25);
        Assert.Equal(ProblemCodes.WrongPlan, Assert.Single(SubmissionValidator.Validate(plan, good with { PlanId = "Khac" })).RuleId);
        Assert.Equal(ProblemCodes.UnknownReport, Assert.Single(SubmissionValidator.Validate(plan, good with { ReportId = "quy" })).RuleId);
        Assert.Equal(ProblemCodes.BadPeriod, Assert.Single(SubmissionValidator.Validate(plan, good with { PeriodKey = "2024-Q1" })).RuleId);
        Assert.Equal(ProblemCodes.UnknownUnit, SubmissionValidator.Validate(plan, good with { UnitId = "x" }, Units.Xa())[0].RuleId);
    }

    private static string Render(System.Collections.Generic.IReadOnlyList<ValidationProblem> problems) =>
        string.Join("\n", problems.Select(p =>
            $"{p.Severity} {p.RuleId} [{p.UnitId} {p.PeriodKey} {p.IndicatorId ?? "-"}/{p.ItemId ?? "-"}/{p.NarrativeId ?? "-"}] {p.Source}\n  {p.Message}")) + "\n";
}
