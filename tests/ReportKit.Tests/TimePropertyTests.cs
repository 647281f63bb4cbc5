using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>
/// Random phase plans and dated one-off reports, written as YAML and read back: every phase is a period whose data
/// window is its dates and whose deadline is its end plus the stated days; a regime limited to some phases has those.
/// </summary>
public class TimePropertyTests
{
    // Phases as (days after the previous one ends or after the start, length in days); a deadline in days; which are asked for.
    private static readonly Gen<(DateOnly Start, (int Gap, int Length)[] Phases, int Days, bool[] Asked)> PhasePlans =
        from start in Gen.Int[0, 3650].Select(d => new DateOnly(2020, 1, 1).AddDays(d))
        from phases in Gen.Select(Gen.Int[0, 40], Gen.Int[0, 90]).Array[1, 5]
        from days in Gen.Int[0, 60]
        from asked in Gen.Bool.Array[phases.Length]
        select (start, phases, days, asked);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (PlanSpec Plan, DateWindow[] Windows) Read(DateOnly start, (int Gap, int Length)[] phases, int days, bool[] asked)
    {
        var yaml = new StringBuilder("""
            reportkit: 1
            plan: { id: KeHoachDot, kind: party, genre: KẾ HOẠCH, symbol: KH/ĐU, issuer: { name: ĐẢNG ỦY }, title: thử }
            reports:
              - id: theo_dot
                title: Báo cáo từng đợt
                period: phase

            """);
        yaml.Append("    due: { days_after_end: ").Append(days).Append(" }\n");
        if (asked.Any(a => a) && !asked.All(a => a))
            yaml.Append("    periods: [").Append(string.Join(", ", Enumerable.Range(1, phases.Length).Where(i => asked[i - 1]).Select(i => "dot_" + i))).Append("]\n");
        yaml.Append("    phases:\n");
        var windows = new DateWindow[phases.Length];
        var day = start;
        for (var i = 0; i < phases.Length; i++)
        {
            var from = day.AddDays(phases[i].Gap);
            windows[i] = new DateWindow(from, from.AddDays(phases[i].Length));
            day = windows[i].To.AddDays(1);
            yaml.Append("      - { id: dot_").Append(i + 1).Append(", label: Đợt ").Append(i + 1)
                .Append(", from: ").Append(Iso(windows[i].From)).Append(", to: ").Append(Iso(windows[i].To)).Append(" }\n");
        }

        var result = PlanTemplateParser.Parse("dot.plan.yaml", yaml.ToString());
        Assert.True(result.Diagnostics.IsEmpty, yaml + "\n" + string.Join("\n", result.Diagnostics));
        return (result.Plan!, windows);
    }

    [Fact]
    public void Every_phase_is_a_period_due_its_stated_days_after_its_dates_end() =>
        PhasePlans.Sample(p =>
        {
            var (plan, windows) = Read(p.Start, p.Phases, p.Days, p.Asked);
            var report = plan.Reports[0];
            var askedAll = !p.Asked.Any(a => a) || p.Asked.All(a => a);
            var expected = Enumerable.Range(1, windows.Length).Where(i => askedAll || p.Asked[i - 1]).Select(i => "dot_" + i).ToArray();
            Assert.Equal(expected, ReportingCalendar.Periods(report, 2100).Select(x => x.Key));
            for (var i = 0; i < windows.Length; i++)
            {
                var key = "dot_" + (i + 1);
                if (!expected.Contains(key))
                {
                    Assert.NotNull(ReportingCalendar.PeriodProblem(report, key));
                    continue;
                }

                var period = ReportingCalendar.PeriodOf(report, key);
                Assert.Equal(windows[i], ReportingCalendar.CutOffWindow(report, period));
                Assert.Equal(windows[i].To.AddDays(p.Days), ReportingCalendar.DueDate(report, period));
            }
        });

    [Fact]
    public void A_dated_one_off_report_is_due_its_stated_days_after_its_window_ends() =>
        Gen.Select(Gen.Int[0, 3650], Gen.Int[0, 400], Gen.Int[0, 366]).Sample((offset, length, days) =>
        {
            var from = new DateOnly(2020, 1, 1).AddDays(offset);
            var to = from.AddDays(length);
            var yaml = $$"""
                reportkit: 1
                plan: { id: KeHoachHe, kind: state, genre: KẾ HOẠCH, symbol: KH-UBND, issuer: { name: UBND }, title: thử }
                reports:
                  - { id: he, title: Báo cáo, period: once, from: {{Iso(from)}}, to: {{Iso(to)}}, due: { days_after_end: {{days}} } }
                """;
            var result = PlanTemplateParser.Parse("he.plan.yaml", yaml);
            Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
            var report = result.Plan!.Reports[0];
            Assert.Equal(new DateWindow(from, to), ReportingCalendar.CutOffWindow(report, ReportingPeriod.Once));
            Assert.Equal(to.AddDays(days), ReportingCalendar.DueDate(report, ReportingPeriod.Once));
            Assert.True(ReportingCalendar.DueDate(report, ReportingPeriod.Once) >= to);
        });
}
