using System.Linq;
using ReportKit.Excel.Reports;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>How a target and its result are told in Vietnamese: one wording for the targets sheet, the main table and the báo cáo.</summary>
internal static class TargetWording
{
    /// <summary>The whole target met.</summary>
    public const string Achieved = "Đạt";

    /// <summary>The whole target not met.</summary>
    public const string NotAchieved = "Chưa đạt";

    /// <summary>Nothing to judge it on (no unit of the level, or a blank consolidated value).</summary>
    public const string NotJudged = "Chưa đánh giá được";

    /// <summary>A unit met the target.</summary>
    public const string Met = "✓";

    /// <summary>A unit did not meet the target.</summary>
    public const string NotMet = "✗";

    /// <summary><c>Đạt</c>, <c>Chưa đạt</c> or <c>Chưa đánh giá được</c>.</summary>
    public static string Outcome(bool? achieved) => achieved switch { true => Achieved, false => NotAchieved, null => NotJudged };

    /// <summary>The threshold as a clause: <c>từ 1 trở lên</c>, <c>trên 35%</c>, <c>không quá 3</c>, <c>bằng 1</c>.</summary>
    public static string Threshold(TargetComparison comparison, decimal threshold, ValueFormat format)
    {
        var value = format == ValueFormat.Percent ? VietnameseNumbers.Format(threshold * 100m) + "%" : VietnameseNumbers.Format(threshold);
        return comparison switch
        {
            TargetComparison.AtLeast => "từ " + value + " trở lên",
            TargetComparison.Above => "trên " + value,
            TargetComparison.AtMost => "không quá " + value,
            _ => "bằng " + value,
        };
    }

    /// <summary>
    /// How the target is judged: <c>Mỗi huyện, thành phố: Số trại hè … từ 1 trở lên; đạt khi 100% số đơn vị đạt</c>, or
    /// <c>Số tổng hợp: Tỷ lệ xã … từ 100% trở lên</c>.
    /// </summary>
    public static string HowJudged(PlanSpec plan, TargetResult result)
    {
        var target = result.Target;
        var indicator = plan.Indicators.First(i => i.Id == target.Indicator);
        var clause = indicator.Label + " " + Threshold(target.Comparison, target.Threshold, indicator.Format);
        if (target.IsConsolidated)
            return "Số tổng hợp: " + clause;
        var own = result.HasUnitThresholds ? " (ngưỡng giao riêng cho từng đơn vị theo danh sách đơn vị)" : "";
        var level = result.LevelName ?? target.Level!;
        return "Mỗi đơn vị cấp " + char.ToLowerInvariant(level[0]) + level.Substring(1) + ": " + clause + own +
               "; đạt khi " + VietnameseNumbers.Format((target.Share ?? 1m) * 100m) + "% số đơn vị đạt";
    }

    /// <summary>The units met as a clerk writes it: <c>5/7</c>.</summary>
    public static string MetOfTotal(TargetResult result) => VietnameseNumbers.Count(result.Met) + "/" + VietnameseNumbers.Count(result.Total);

    /// <summary>The consolidated value as printed (<c>96,4%</c>, <c>2</c>), or <c>(trống)</c>.</summary>
    public static string Value(PlanSpec plan, TargetResult result)
    {
        if (result.Value is not { } value)
            return "(trống)";
        var indicator = plan.Indicators.First(i => i.Id == result.Target.Indicator);
        return indicator.Format == ValueFormat.Percent ? VietnameseNumbers.Percent(value * 100m) : VietnameseNumbers.Format(value);
    }
}
