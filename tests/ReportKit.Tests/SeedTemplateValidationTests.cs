using System;
using System.IO;
using System.Linq;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Tests;

/// <summary>
/// What a clerk reads for a realistic bad submission of each bundled seed template: the kinds of slips
/// offices make (a negative count, a half session, a typed-in percentage, more participants than members,
/// a required text left empty), applied to the template's own first report.
/// </summary>
public class SeedTemplateValidationTests
{
    public static TheoryData<string> Seeds() =>
        new(Directory.GetFiles(RepoPaths.Templates, "*.plan.yaml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Bad_submission_messages(string template)
    {
        var path = Path.Combine(RepoPaths.Templates, template);
        var plan = PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan!;
        var report = plan.Reports.First(r => plan.IndicatorsOf(r).Any(i => i.Type != IndicatorType.Ratio));
        var period = ReportingCalendar.Periods(report, (report.FromYear ?? 2023) + 1)[0];
        var units = UnitTree.Create(new[]
        {
            new Unit("cap_tren", "Cơ quan tổng hợp", null, null),
            new Unit("don_vi_1", "Chi bộ Thôn Đồng Tâm", "cap_tren", null),
        });

        var submission = new Submission(plan.Id, report.Id, "don_vi_1", period.Key) { SubmittedOn = new DateOnly(2024, 11, 20), Source = "Chi bộ Thôn Đồng Tâm.xlsx" };
        // "a <= b" rules and "max: b" limits: enter more in a than in b (more participants than members).
        var over = plan.Rules.Where(r => r.Left is IndicatorRefExpr && r.Right is IndicatorRefExpr)
            .Select(r => (Small: ((IndicatorRefExpr)r.Right!).Id, Large: ((IndicatorRefExpr)r.Left!).Id))
            .Concat(plan.Indicators.Where(i => i.MaxIndicator is not null).Select(i => (Small: i.MaxIndicator!, Large: i.Id)))
            .ToList();
        var slips = 0;
        foreach (var indicator in plan.IndicatorsOf(report))
        {
            var items = plan.ItemsOf(indicator);
            if (indicator.Type == IndicatorType.Ratio)
            {
                submission = submission.WithValue(indicator.Id, 0.5m); // a percentage typed in by hand
                continue;
            }

            if (items.Count == 0)
            {
                var value = over.Any(o => o.Large == indicator.Id) ? 40m
                    : over.Any(o => o.Small == indicator.Id) ? 25m
                    : slips++ == 0 ? -2m : 20m; // one count typed negative

                submission = submission.WithValue(indicator.Id, value);
            }
            else
            {
                foreach (var (item, index) in items.Select((item, index) => (item.Id, index)))
                    submission = submission.WithValue(indicator.Id, item, index == 0 && indicator.Type == IndicatorType.Integer ? 1.5m : 2m);
            }
        }

        var problems = SubmissionValidator.Validate(plan, submission, units);

        Assert.NotEmpty(problems);
        Snapshot.Match(string.Join("\n", problems.Select(p => $"{p.Severity} {p.RuleId} [{p.IndicatorId ?? "-"}/{p.ItemId ?? "-"}/{p.NarrativeId ?? "-"}]\n  {p.Message}")) + "\n",
            SnapshotNameExtension.Create(template.Replace(".plan.yaml", "")));
    }
}
