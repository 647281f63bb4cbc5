using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportKit.Excel.Import;

namespace ReportKit.Cli;

/// <summary>
/// <c>summarize --compare EARLIER.xlsx… [--unit-map map.csv]</c>: the summary workbooks of earlier periods of the same
/// report, the same period of last year (compared with) and this year's earlier periods (the year-to-date), and how
/// the units of then became those of today.
/// </summary>
internal sealed class EarlierSummaries
{
    private readonly Option<string[]> _compare = new("--compare")
    {
        Description = Say.T(
            "Biểu tổng hợp các kỳ trước của báo cáo này: cùng kỳ năm trước (Cùng kỳ, Tăng/giảm) và các kỳ trước của năm nay (Lũy kế từ đầu năm)",
            "Summary workbook(s) of earlier periods of this report: the same period last year (Cùng kỳ, Tăng/giảm) and this year's earlier periods (Lũy kế từ đầu năm)"),
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _unitMap = new("--unit-map")
    {
        Description = Say.T(
            "Tệp CSV old_id,new_id: đơn vị cũ nay là đơn vị nào (nhiều mã cũ về một mã mới thì cộng dồn)",
            "CSV old_id,new_id: which unit of today each earlier unit became (several old ids to one are summed)"),
    };

    /// <summary>The files given.</summary>
    public sealed record Request(IReadOnlyList<string> Files, string? UnitMap)
    {
        /// <summary>
        /// Reads and checks the earlier summaries against <paramref name="summary"/>; the exit code when one is refused
        /// (told on <paramref name="output"/>), null when all are usable.
        /// </summary>
        public int? Read(ReportSummary summary, UnitTree units, Output output, out PeriodComparison? comparison, out YearToDate? yearToDate)
        {
            comparison = null;
            yearToDate = null;
            // A report with a year-to-date always shows it: from today's figures alone in the year's first period, and
            // told as incomplete when earlier periods are not given.
            if (Files.Count == 0 && summary.Report.Cumulative.IsEmpty)
            {
                if (UnitMap is not null)
                    output.Warning(Say.T("--unit-map không có tác dụng khi không có --compare", "--unit-map is used only with --compare"));
                return null;
            }

            var map = ReportKit.UnitMap.Identity;
            if (UnitMap is not null)
            {
                if (!File.Exists(UnitMap))
                {
                    output.Error(Say.T($"không tìm thấy tệp '{UnitMap}'", $"no such file '{UnitMap}'"));
                    return ExitCodes.Failure;
                }

                var (read, problems) = UnitMapFile.Read(UnitMap);
                var unknown = read?.Pairs.Where(p => !units.Contains(p.NewId)).Select(p => $"{UnitMap}: " + Say.T($"đơn vị mới '{p.NewId}' (của mã cũ '{p.OldId}') không có trong danh sách đơn vị", $"new unit '{p.NewId}' (of old id '{p.OldId}') is not in the units file")) ?? Enumerable.Empty<string>();
                var all = problems.Concat(unknown).ToArray();
                foreach (var problem in all)
                    output.Error(problem);
                if (all.Length > 0)
                    return ExitCodes.InputErrors;
                map = read!;
            }

            PeriodFigures? samePeriod = null;
            var thisYear = new List<PeriodFigures>();
            try
            {
                foreach (var file in Files)
                {
                    if (!File.Exists(file))
                    {
                        output.Error(Say.T($"không tìm thấy tệp '{file}'", $"no such file '{file}'"));
                        return ExitCodes.Failure;
                    }

                    var figures = FormImporter.ReadSummaryFigures(file, summary.Plan, summary.Report.Id);
                    if (EarlierPeriods.RoleOf(summary, figures) == EarlierPeriodRole.EarlierThisYear)
                        thisYear.Add(figures);
                    else if (samePeriod is null)
                        samePeriod = figures;
                    else
                        throw new ComparisonRefusedException(Say.T($"Hai biểu cùng kỳ năm trước ({samePeriod.Source}, {figures.Source}): chỉ giữ một.",
                            $"Two summaries of the same period last year ({samePeriod.Source}, {figures.Source}): give only one."));
                }

                comparison = samePeriod is null ? null : PeriodComparison.Compare(summary, samePeriod, map);
                if (!summary.Report.Cumulative.IsEmpty)
                    yearToDate = YearToDate.Compute(summary, thisYear, map);
            }
            catch (ComparisonRefusedException refused)
            {
                output.Error(Say.T("không so sánh được: ", "comparison refused: ") + refused.Message.TrimEnd('.') + Say.T("; chưa ghi tệp nào", "; nothing was written"));
                return ExitCodes.InputErrors;
            }

            if (yearToDate is { Missing.Count: > 0 } ytd)
                output.Warning(Say.T("lũy kế chưa đầy đủ, thiếu biểu tổng hợp: ", "year-to-date incomplete, summaries missing: ") + string.Join(", ", ytd.Missing.Select(p => p.Label)));
            return null;
        }
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_compare);
        command.Options.Add(_unitMap);
    }

    public Request Given(ParseResult result) => new(result.GetValue(_compare) ?? Array.Empty<string>(), result.GetValue(_unitMap));
}
