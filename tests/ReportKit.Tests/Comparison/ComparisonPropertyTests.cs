using System.Linq;
using CsCheck;
using Xunit;
using static ReportKit.Tests.Comparison.ComparisonPlans;

namespace ReportKit.Tests.Comparison;

/// <summary>Properties of the comparison over random figures, blanks included (a separate generator, as the format rules ask).</summary>
public class ComparisonPropertyTests
{
    private static readonly ReportKit.Templates.PlanSpec Plan = StateQuarterly();
    private static readonly string[] Communes = { "xa_a", "xa_b", "xa_c" };

    /// <summary>For each commune, this year's and last year's so_buoi (null, about one in ten: not sent).</summary>
    private static readonly Gen<(int? Now, int? Earlier)[]> Figures =
        Gen.Select(Gen.Int[-50, 500], Gen.Int[-50, 500]).Select((a, b) => (a < 0 ? (int?)null : a, b < 0 ? (int?)null : b)).Array[Communes.Length];

    [Fact]
    public void Change_is_now_minus_earlier_and_nothing_blank_is_compared()
    {
        Figures.Sample(figures =>
        {
            var now = Summarize(Plan, "2025-Q2", After(), Communes.Zip(figures).Where(p => p.Second.Now is not null)
                .Select(p => Sent(Plan, p.First, "2025-Q2", p.Second.Now, 1, 1)).ToArray());
            var before = Summarize(Plan, "2024-Q2", After(), Communes.Zip(figures).Where(p => p.Second.Earlier is not null)
                .Select(p => Sent(Plan, p.First, "2024-Q2", p.Second.Earlier, 1, 1)).ToArray());
            var comparison = PeriodComparison.Compare(now, PeriodFigures.Of(before));

            for (var i = 0; i < Communes.Length; i++)
            {
                var value = comparison.For(now, Communes[i], "so_buoi");
                var (today, earlier) = figures[i];
                if (today is { } t && earlier is { } e)
                {
                    Assert.Equal(t - e, value.Change);
                    Assert.Equal(e == 0 ? null : System.Math.Round((t - e) * 100m / e, 1, System.MidpointRounding.AwayFromZero), value.Percent);
                }
                else
                {
                    Assert.Null(value.Change);
                    Assert.False(value.IsComparable);
                }
            }

            var total = comparison.For(now, null, "so_buoi");
            if (now.Total.Values[0] is { } sumNow && before.Total.Values[0] is { } sumBefore)
                Assert.Equal(sumNow - sumBefore, total.Change);
        });
    }
}
