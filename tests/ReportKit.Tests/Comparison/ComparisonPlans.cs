using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Tests.Comparison;

/// <summary>Plans and unit trees before and after the 2025 reorganisation, for comparisons with earlier periods.</summary>
internal static class ComparisonPlans
{
    private const string Head = """
        reportkit: 1
        plan:
          id: KeHoachSoSanh
          kind: {0}
          genre: KẾ HOẠCH
          symbol: KH/UBND
          issuer: {{ name: ỦY BAN NHÂN DÂN TỈNH }}
          title: thử so sánh
          signature: {{ title: CHỦ TỊCH, name: A }}
        indicators:
          - {{ id: so_buoi, label: Số buổi tuyên truyền, unit: buổi }}
          - {{ id: nguoi, label: Số người tham gia, unit: người }}
          - {{ id: dat, label: Số người đạt }}
          - {{ id: ty_le, label: Tỷ lệ đạt, type: ratio, formula: dat / nguoi, format: percent }}
        reports:
          - {{ id: r, title: Báo cáo kết quả, period: {1}, from: 2024, due: {{ days_after_end: 5 }}, compare: [so_buoi, ty_le], cumulative: [so_buoi, nguoi] }}
        """;

    /// <summary>A state plan (Nghị định 09 windows by default) with a quarterly report.</summary>
    public static PlanSpec StateQuarterly() => Parse("state", "quarter");

    /// <summary>A Party plan (calendar windows) with a monthly report.</summary>
    public static PlanSpec PartyMonthly() => Parse("party", "month");

    private static PlanSpec Parse(string kind, string period)
    {
        var yaml = string.Format(CultureInfo.InvariantCulture, Head, kind, period);
        var result = PlanTemplateParser.Parse("so-sanh.plan.yaml", yaml);
        return result.Plan ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    /// <summary>Before 2025: the province, a district and its communes xa_1 and xa_2, and commune xa_b directly under the province.</summary>
    public static UnitTree Before() => UnitTree.Create(new[]
    {
        new Unit("tinh", "UBND tỉnh", null, null),
        new Unit("huyen", "UBND huyện Đông", "tinh", null),
        new Unit("xa_1", "UBND xã Một", "huyen", null),
        new Unit("xa_2", "UBND xã Hai", "huyen", null),
        new Unit("xa_b", "UBND xã Bắc", "tinh", null),
    });

    /// <summary>After: no district; xa_1 and xa_2 merged into xa_a; xa_b kept; xa_c is new.</summary>
    public static UnitTree After() => UnitTree.Create(new[]
    {
        new Unit("tinh", "UBND tỉnh", null, null),
        new Unit("xa_a", "UBND xã An (hợp nhất xã Một, xã Hai)", "tinh", null),
        new Unit("xa_b", "UBND xã Bắc", "tinh", null),
        new Unit("xa_c", "UBND xã Mới", "tinh", null),
    });

    public static UnitMap Merger() => new(new[] { ("xa_1", "xa_a"), ("xa_2", "xa_a") });

    public static Submission Sent(PlanSpec plan, string unit, string period, decimal? soBuoi, decimal? nguoi = null, decimal? dat = null)
    {
        var submission = new Submission(plan.Id, "r", unit, period) { SubmittedOn = new DateOnly(2020, 1, 1), Source = unit + "_" + period + ".xlsx" };
        foreach (var (id, value) in new[] { ("so_buoi", soBuoi), ("nguoi", nguoi), ("dat", dat) })
        {
            if (value is { } v)
                submission = submission.WithValue(id, v);
        }

        return submission;
    }

    public static ReportSummary Summarize(PlanSpec plan, string period, UnitTree units, params Submission[] submissions) =>
        Consolidator.Summarize(plan, "r", period, units, submissions, new DateOnly(2027, 1, 1));
}
