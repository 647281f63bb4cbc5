using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Cli;

// The optional `targets` column: thresholds the plan assigns to one unit ("giao chỉ tiêu"), in place of the template's.
internal static partial class UnitsFile
{
    /// <summary>The optional fifth column's header.</summary>
    public const string TargetsColumn = "targets";

    /// <summary>
    /// The thresholds of one unit's <c>targets</c> cell: <c>trai_he=2; tham_gia=40%</c> (target id, '=', a number with
    /// '.' as the decimal point or a percent; entries separated by ';'; blank: the template's thresholds). Each must name
    /// a target of the plan that judges each unit of the unit's own level; what is wrong is told at the line.
    /// </summary>
    private static IEnumerable<UnitTarget> ReadTargets(Func<string, UnitsFileProblem> at, Unit unit, string cell, PlanSpec plan, List<UnitsFileProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in cell.Split(';').Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            var equals = entry.IndexOf('=');
            if (equals <= 0)
            {
                problems.Add(at(Say.T($"cột targets: «{entry}» phải có dạng mã_chỉ_tiêu=ngưỡng, ví dụ trai_he=2", $"targets column: «{entry}» must read target_id=threshold, e.g. trai_he=2")));
                continue;
            }

            var id = entry[..equals].Trim();
            var text = entry[(equals + 1)..].Trim();
            var target = plan.Targets.FirstOrDefault(t => t.Id == id);
            if (target is null)
            {
                var known = plan.Targets.Where(t => !t.IsConsolidated).Select(t => t.Id).ToArray();
                problems.Add(at(Say.T($"cột targets: kế hoạch không có chỉ tiêu «{id}»", $"targets column: the plan has no target «{id}»") +
                                (known.Length == 0 ? Say.T("; kế hoạch không có chỉ tiêu nào giao cho từng đơn vị", "; the plan assigns no target to single units")
                                    : Say.T($" (các chỉ tiêu: {string.Join(", ", known)})", $" (its targets: {string.Join(", ", known)})"))));
                continue;
            }

            if (target.IsConsolidated)
            {
                problems.Add(at(Say.T($"cột targets: chỉ tiêu «{id}» tính trên số tổng hợp, không giao riêng cho từng đơn vị", $"targets column: target «{id}» is judged on the consolidated figures, not given to single units")));
                continue;
            }

            if (unit.LevelId != target.Level)
            {
                problems.Add(at(Say.T($"cột targets: chỉ tiêu «{id}» đánh giá các đơn vị cấp «{target.Level}», đơn vị «{unit.Id}» thuộc cấp «{unit.LevelId ?? "(không ghi)"}»",
                    $"targets column: target «{id}» judges units at level «{target.Level}», unit «{unit.Id}» is at level «{unit.LevelId ?? "(none)"}»")));
                continue;
            }

            if (!TryParseThreshold(text, out var threshold))
            {
                problems.Add(at(Say.T($"cột targets: ngưỡng «{text}» của chỉ tiêu «{id}» không phải là số; ghi số với dấu chấm thập phân (2.5) hoặc phần trăm (40%)",
                    $"targets column: threshold «{text}» of target «{id}» is not a number; write it with a decimal point (2.5) or as a percent (40%)")));
                continue;
            }

            if (!seen.Add(id))
            {
                problems.Add(at(Say.T($"cột targets: chỉ tiêu «{id}» được ghi hai lần", $"targets column: target «{id}» is given twice")));
                continue;
            }

            yield return new UnitTarget(unit.Id, id, threshold);
        }
    }

    private static bool TryParseThreshold(string text, out decimal value)
    {
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1].Trim() : text;
        var ok = decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        if (ok && percent)
            value /= 100m;
        return ok;
    }
}
