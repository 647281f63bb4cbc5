using System;
using System.IO;
using System.Linq;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Tests;

/// <summary>The engine on the real seed 001 template (templates/ke-hoach-76-kh-du.plan.yaml).</summary>
public class SeedTemplateTests
{
    private static PlanSpec Load(string file)
    {
        var path = Path.Combine(RepoPaths.Templates, file);
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    [Fact]
    public void Seed_001_template_deadlines_read_as_the_document_says()
    {
        var plan = Load("ke-hoach-76-kh-du.plan.yaml");
        ReportSpec Report(string id) => plan.Reports.Single(r => r.Id == id);

        Assert.Equal(new DateOnly(2023, 4, 19), ReportingCalendar.DueDate(Report("trien_khai"), ReportingPeriod.Once));
        var yearly = Report("hang_nam");
        Assert.Equal(
            new[] { new DateOnly(2023, 11, 30), new DateOnly(2024, 11, 30) },
            ReportingCalendar.Periods(yearly, 2024).Select(p => ReportingCalendar.DueDate(yearly, p)!.Value));
        var soKet = Report("so_ket");
        Assert.Equal(new DateOnly(2025, 10, 31), ReportingCalendar.DueDate(soKet, ReportingCalendar.PeriodOf(soKet, "2023-2025")));
    }

    [Fact]
    public void Seed_001_template_sample_consolidates_every_period_with_rates_and_problems()
    {
        var plan = Load("ke-hoach-76-kh-du.plan.yaml");
        var data = SampleData.Create(plan, 76);
        // The plan's own reporting units (V.1–V.4): chi bộ, and the named bodies of V.2, V.3 and V.4.
        var reporting = data.Units.Units.Where(u => u.LevelId == "chi_bo").Select(u => u.Name).ToList();
        Assert.Contains(reporting, n => n.StartsWith("Chi bộ ", StringComparison.Ordinal));
        Assert.Contains("Ban Chỉ đạo 35 xã", reporting);
        Assert.Contains("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã", reporting);
        foreach (var period in data.Periods)
        {
            var summary = Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, data.Units, data.Submissions, period.AsOf);
            Assert.InRange(summary.Rates.Overall.Rate!.Value, 50m, 99.99m);
            Assert.Equal(summary.Statuses.Count, summary.Rates.Overall.Expected);
            Assert.Contains(summary.Statuses, s => s.State == SubmissionState.Late);
        }

        Assert.Contains(data.Periods.SelectMany(p => Consolidator.Summarize(plan, p.ReportId, p.PeriodKey, data.Units, data.Submissions, p.AsOf).Problems),
            p => p.RuleId == "dang_vien_tham_gia_khong_qua_tong_so"); // participants above members

    }
}
