using System;
using System.Linq;
using static ReportKit.Tests.Units;

namespace ReportKit.Tests;

public class ConsolidatorTests
{
    private static readonly Templates.PlanSpec Plan = TestPlans.Plan001();

    private static ReportSummary Summarize(DateOnly asOf, params Submission[] submissions) =>
        Consolidator.Summarize(Plan, "hang_nam", "2024", Xa(), submissions, asOf);

    [Fact]
    public void A_ratio_is_recomputed_from_rolled_up_totals_never_averaged()
    {
        var summary = Summarize(new DateOnly(2024, 12, 1),
            HangNam("cb1", 2024, 11, 20).WithValue("dang_vien", 25).WithValue("dang_vien_du", 24).WithValue("so_buoi", "phan_1", 2),
            HangNam("cb2", 2024, 11, 20).WithValue("dang_vien", 5).WithValue("dang_vien_du", 1).WithValue("so_buoi", "phan_2", 1));

        Assert.Equal(0.96m, summary.Value("cb1", "ty_le"));
        Assert.Equal(0.2m, summary.Value("cb2", "ty_le"));
        Assert.Equal(25m / 30m, summary.Value("du", "ty_le"));
        Assert.Equal(25m / 30m, summary.Value(null, "ty_le"));
        Assert.Equal(30m, summary.Value("du", "dang_vien"));
        Assert.Equal(3m, summary.Value("du", "so_buoi"));
        Assert.Null(summary.Value("thcs", "ty_le"));
    }

    [Fact]
    public void The_latest_submission_of_a_unit_wins_and_the_replaced_one_is_listed_not_summed()
    {
        var first = HangNam("cb1", 2024, 11, 10).WithValue("dang_vien", 25).WithValue("dang_vien_du", 20).WithValue("so_buoi", "phan_1", 1);
        var second = HangNam("cb1", 2024, 11, 18).WithValue("dang_vien", 26).WithValue("dang_vien_du", 25).WithValue("so_buoi", "phan_1", 1)
            with { Source = "cb1 (sửa).xlsx" };
        var summary = Summarize(new DateOnly(2024, 12, 1), second, first);

        Assert.Equal(26m, summary.Value("du", "dang_vien"));
        var replaced = Assert.Single(summary.Replaced);
        Assert.Same(first, replaced.Replaced);
        Assert.Same(second, replaced.Kept);
        Assert.Equal(new DateOnly(2024, 11, 18), summary.Statuses.Single(s => s.Unit.Id == "cb1").SubmittedOn);
        Assert.Contains("Nộp lại, 1 bản trước không tính", summary.Row("cb1").Notes);
    }

    [Fact]
    public void Same_day_duplicates_are_decided_by_source_in_ordinal_order_whatever_the_input_order()
    {
        var a = HangNam("cb1", 2024, 11, 18).WithValue("dang_vien", 10) with { Source = "a.xlsx" };
        var b = HangNam("cb1", 2024, 11, 18).WithValue("dang_vien", 20) with { Source = "b.xlsx" };
        Assert.Equal(20m, Summarize(new DateOnly(2024, 12, 1), a, b).Value("cb1", "dang_vien"));
        Assert.Equal(20m, Summarize(new DateOnly(2024, 12, 1), b, a).Value("cb1", "dang_vien"));
    }

    [Fact]
    public void Statuses_follow_dhis2_on_time_late_missing_and_not_yet_due()
    {
        var submissions = new[]
        {
            HangNam("cb1", 2024, 11, 30).WithValue("dang_vien", 10),
            HangNam("cb2", 2024, 12, 3).WithValue("dang_vien", 10),
            HangNam("thcs", 2024).WithValue("dang_vien", 10),
        };

        var before = Summarize(new DateOnly(2024, 11, 30), submissions.Take(1).ToArray());
        Assert.Equal(
            new[] { SubmissionState.OnTime, SubmissionState.NotYetDue, SubmissionState.NotYetDue, SubmissionState.NotYetDue },
            before.Statuses.Select(s => s.State));

        var after = Summarize(new DateOnly(2024, 12, 10), submissions);
        Assert.Equal(
            new[] { SubmissionState.OnTime, SubmissionState.Late, SubmissionState.ReceivedUndated, SubmissionState.Missing },
            after.Statuses.Select(s => s.State));
        Assert.Equal(new int?[] { null, 3, null, 10 }, after.Statuses.Select(s => s.DaysLate));
        Assert.All(after.Statuses, s => Assert.Equal(new DateOnly(2024, 11, 30), s.Due));

        var overall = after.Rates.Overall;
        Assert.Equal((4, 3, 1, 1), (overall.Expected, overall.Actual, overall.ActualOnTime, overall.Missing));
        Assert.Equal(75m, overall.Rate);
        Assert.Equal(25m, overall.RateOnTime);
        Assert.Equal("chi_bo", Assert.Single(after.Rates.ByLevel).ScopeId);
        Assert.Equal(new[] { "du", "cb1", "cb2", "thcs", "yte" }, after.Rates.ByUnit.Select(r => r.ScopeId));
        Assert.Equal("Nộp muộn 3 ngày; 2 lỗi số liệu", after.Row("cb2").Notes);
        Assert.Equal("Chưa báo cáo (quá hạn 10 ngày)", after.Row("yte").Notes);
        Assert.Equal("Đã nhận 3/4 báo cáo", after.Row("du").Notes);
        Assert.Contains(after.Problems, p => p.RuleId == ProblemCodes.NoSubmissionDate && p.UnitId == "thcs");
    }

    [Fact]
    public void A_submission_dated_after_the_as_of_date_has_not_arrived_yet()
    {
        var summary = Summarize(new DateOnly(2024, 11, 20), HangNam("cb1", 2024, 11, 25).WithValue("dang_vien", 10));
        Assert.Equal(SubmissionState.NotYetDue, summary.Statuses[0].State);
        Assert.Null(summary.Value("cb1", "dang_vien"));
        Assert.Equal(ProblemCodes.SubmittedAfterAsOf, Assert.Single(summary.Problems).RuleId);
    }

    [Fact]
    public void Type_errors_are_excluded_but_rule_violations_are_counted_and_flagged()
    {
        var summary = Summarize(new DateOnly(2024, 12, 1),
            HangNam("cb1", 2024, 11, 20).WithValue("dang_vien", 25).WithValue("dang_vien_du", 30).WithValue("so_buoi", "phan_1", 1.5m).WithValue("ty_le", 0.5m),
            HangNam("cb2", 2024, 11, 20).WithValue("dang_vien", 10).WithValue("dang_vien_du", 5).WithValue("so_buoi", "phan_1", 2));

        Assert.Equal(35m, summary.Value("du", "dang_vien_du"));
        Assert.Equal(2m, summary.Value("du", "so_buoi.phan_1"));
        Assert.Equal(
            new[] { ProblemCodes.NotWhole, ProblemCodes.RatioEntered, ProblemCodes.AboveIndicator, "chon_noi_dung", ProblemCodes.NarrativeRequired },
            summary.Problems.Where(p => p.UnitId == "cb1").Select(p => p.RuleId));
        Assert.Equal("5 lỗi số liệu", summary.Row("cb1").Notes);
    }

    [Fact]
    public void A_parent_submission_is_not_added_on_top_of_its_children()
    {
        var summary = Summarize(new DateOnly(2024, 12, 1),
            HangNam("cb1", 2024, 11, 20).WithValue("dang_vien", 25),
            HangNam("du", 2024, 11, 20).WithValue("dang_vien", 1000));
        Assert.Equal(25m, summary.Value("du", "dang_vien"));
        Assert.Equal(25m, summary.Value(null, "dang_vien"));
        Assert.Contains(summary.Problems, p => p.RuleId == ProblemCodes.UnitNotExpected && p.UnitId == "du");
        Assert.DoesNotContain(summary.Statuses, s => s.Unit.Id == "du");
    }

    [Fact]
    public void Submissions_of_unknown_units_are_errors_and_other_periods_are_ignored()
    {
        var summary = Summarize(new DateOnly(2024, 12, 1),
            HangNam("khong_co", 2024, 11, 20).WithValue("dang_vien", 5),
            HangNam("cb1", 2023, 11, 20).WithValue("dang_vien", 7));
        Assert.Null(summary.Value(null, "dang_vien"));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((ProblemCodes.UnknownUnit, ProblemSeverity.Error, "khong_co.xlsx"), (problem.RuleId, problem.Severity, problem.Source));
    }

    [Fact]
    public void A_consolidated_office_passes_its_row_upward_as_a_submission()
    {
        var summary = Summarize(new DateOnly(2024, 12, 1),
            HangNam("cb1", 2024, 11, 20).WithValue("dang_vien", 25).WithValue("dang_vien_du", 24).WithValue("so_buoi", "phan_1", 2)
                .WithNarrative("ket_qua", "Đã quán triệt đầy đủ."),
            HangNam("cb2", 2024, 11, 20).WithValue("dang_vien", 5).WithValue("dang_vien_du", 1).WithValue("so_buoi", "phan_2", 1)
                .WithNarrative("ket_qua", "Còn hạn chế."));

        var upward = summary.ToSubmission("du", new DateOnly(2024, 11, 25));
        Assert.Equal(("KeHoach76", "hang_nam", "du", "2024", "Tổng hợp Đảng ủy xã Tân Lập"), (upward.PlanId, upward.ReportId, upward.UnitId, upward.PeriodKey, upward.Source));
        Assert.Equal(30m, upward["dang_vien"]);
        Assert.Equal(2m, upward["so_buoi", "phan_1"]);
        Assert.Null(upward["ty_le"]);
        Assert.Equal("Chi bộ Thôn 1: Đã quán triệt đầy đủ.\nChi bộ Thôn 2: Còn hạn chế.", upward.Narratives["ket_qua"]);

        // At the Huyện ủy, the Đảng ủy level owes the report and its consolidated file stands for its subtree.
        var huyen = UnitTree.Create(new[]
        {
            new Unit("hu", "Huyện ủy", null, null),
            new Unit("du", "Đảng ủy xã Tân Lập", "hu", "dang_uy"),
            new Unit("du2", "Đảng ủy xã Hòa Bình", "hu", "dang_uy"),
        });
        var plan = Plan with
        {
            Units = TestPlans.List(new Templates.UnitSpec("dang_uy_xa", null, "Các Đảng ủy xã", "dang_uy",
                Templates.EquatableArray<string>.Empty, TestPlans.List("hang_nam"), Templates.EquatableArray<string>.Empty, Plan.Location)),
        };
        var above = Consolidator.Summarize(plan, "hang_nam", "2024", huyen, new[] { upward }, new DateOnly(2024, 12, 1));
        Assert.Equal(30m, above.Value(null, "dang_vien"));
        Assert.Equal(25m / 30m, above.Value(null, "ty_le"));
        // The relay counts what the Đảng ủy counted below it (2 of its 4 chi bộ); the silent Đảng ủy counts one report owed.
        Assert.Equal((5, 2), (above.Rates.Overall.Expected, above.Rates.Overall.Actual));
        Assert.Equal(40m, above.Rates.Overall.Rate);
    }

    [Fact]
    public void Coverage_lists_the_content_items_each_row_reported()
    {
        var summary = Summarize(new DateOnly(2024, 12, 1),
            HangNam("cb1", 2024, 11, 20).WithValue("dang_vien", 25).WithValue("so_buoi", "phan_1", 2).WithValue("so_buoi", "phan_3", 0),
            HangNam("cb2", 2024, 11, 20).WithValue("dang_vien", 5).WithValue("so_buoi", "tong_quat", 1).WithValue("so_buoi", "phan_3", 1));
        string Items(string? unit) => string.Join(",", summary.Coverage.Single(c => c.UnitId == unit).ItemIds);
        Assert.Equal("phan_1", Items("cb1"));
        Assert.Equal("tong_quat,phan_3", Items("cb2"));
        Assert.Equal("tong_quat,phan_1,phan_3", Items("du"));
        Assert.Equal("", Items("yte"));
    }

    [Fact]
    public void Columns_follow_the_plan_with_a_total_before_the_items_and_headers_following_the_outline()
    {
        var columns = SummaryColumns.For(Plan, "hang_nam");
        Assert.Equal(
            new[] { "so_buoi", "so_buoi.tong_quat", "so_buoi.gia_tri", "so_buoi.phan_1", "so_buoi.phan_2", "so_buoi.phan_3", "dang_vien", "dang_vien_du", "ty_le" },
            columns.Select(c => c.Key));
        Assert.Equal(
            new[] { "Số buổi sinh hoạt", "1. Giới thiệu Tác phẩm", "1.1. Giới thiệu tổng quát về Tác phẩm" },
            columns[1].HeaderPath);
        Assert.Equal(new[] { "Số buổi sinh hoạt", "Tổng số" }, columns[0].HeaderPath);
        Assert.Equal((ColumnRole.Computed, Templates.ValueFormat.Percent, "%"), (columns[8].Role, columns[8].Format, columns[8].Unit));
        Assert.Equal(7, SummaryColumns.EnteredFor(Plan, "hang_nam").Count);
    }
}
