using System.Linq;
using Snapshooter.Xunit;

namespace ReportKit.Tests;

public class SampleDataTests
{
    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var plan = TestPlans.Plan001();
        string Dump(SampleDataSet data) =>
            string.Join("\n", data.Units.Units.Select(u => u.ToString())) + "\n" + string.Join("\n", data.Submissions.Select(s => s.ToString()));
        Assert.Equal(Dump(SampleData.Create(plan, 7)), Dump(SampleData.Create(plan, 7)));
        Assert.NotEqual(Dump(SampleData.Create(plan, 7)), Dump(SampleData.Create(plan, 8)));
    }

    [Fact]
    public void Seed_001_sample_has_late_missing_invalid_and_duplicate_reports()
    {
        var plan = TestPlans.Plan001();
        var data = SampleData.Create(plan, 2023);
        Assert.Equal(new[] { "trien_khai once", "hang_nam 2023", "hang_nam 2024", "so_ket 2023-2025" }, data.Periods.Select(p => p.ReportId + " " + p.PeriodKey));
        Assert.StartsWith("Đảng ủy xã ", data.Units.Roots.Single().Name);
        Assert.All(data.Units.Units.Skip(1), u => Assert.StartsWith("Chi bộ ", u.Name));

        var summaries = data.Periods.Select(p => Consolidator.Summarize(plan, p.ReportId, p.PeriodKey, data.Units, data.Submissions, p.AsOf)).ToArray();
        Assert.All(summaries, s =>
        {
            Assert.Contains(s.Statuses, x => x.State == SubmissionState.Late);
            Assert.Contains(s.Statuses, x => x.State == SubmissionState.Missing);
        });
        Assert.Equal(1, summaries.Sum(s => s.Replaced.Count));
        var errors = summaries.SelectMany(s => s.Problems).Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.RuleId).Distinct().OrderBy(x => x, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "chon_noi_dung", ProblemCodes.AboveIndicator }, errors);
    }

    [Fact]
    public void Seed_001_sample_yearly_summary()
    {
        var plan = TestPlans.Plan001();
        var data = SampleData.Create(plan, 2023);
        var period = data.Periods.Single(p => p.ReportId == "hang_nam" && p.PeriodKey == "2023");
        Snapshot.Match(Consolidator.Summarize(plan, "hang_nam", "2023", data.Units, data.Submissions, period.AsOf).ToText());
    }

    [Fact]
    public void Seed_004_sample_yearly_summary_with_tiered_deadlines()
    {
        var plan = TestPlans.Plan004();
        var data = SampleData.Create(plan, 4);
        var period = Assert.Single(data.Periods);
        Snapshot.Match(Consolidator.Summarize(plan, period.ReportId, period.PeriodKey, data.Units, data.Submissions, period.AsOf).ToText());
    }
}

public class CultureTests
{
    [Theory]
    [InlineData("vi-VN")]
    [InlineData("sv-SE")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void Summaries_and_messages_do_not_depend_on_the_current_culture(string culture)
    {
        var plan = TestPlans.Plan001();
        var data = SampleData.Create(plan, 2023);
        string Render() => string.Join("\n", data.Periods.Select(p =>
            Consolidator.Summarize(plan, p.ReportId, p.PeriodKey, data.Units, data.Submissions, p.AsOf).ToText()));

        var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        var invariant = Render();
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture =
                System.Globalization.CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, Render());
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
        }
    }
}
