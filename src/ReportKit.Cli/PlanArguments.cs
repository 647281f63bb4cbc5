using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Cli;

/// <summary>
/// The arguments that pick a plan, one of its reports and a period, shared by <c>forms</c> and
/// <c>summarize</c>, and their resolution into checked values with messages in the user's terms.
/// </summary>
internal sealed class PlanArguments
{
    public Argument<string> Template { get; } = new("template") { Description = Say.T("Mẫu kế hoạch (*.plan.yaml)", "The plan template (*.plan.yaml)") };

    public Option<string?> Report { get; } = new("--report", "-r")
    {
        Description = Say.T("Mã báo cáo (bỏ qua được khi kế hoạch chỉ yêu cầu một báo cáo)", "The report id (may be omitted when the plan asks for one report)"),
    };

    public Option<string?> Period { get; } = new("--period", "-p")
    {
        Description = Say.T(
            "Kỳ báo cáo: 2024, 2024-Q1, 2024-H1, 2024-9M, 2024-03, 2023-2025 hoặc once (bỏ qua được với báo cáo một lần và báo cáo cả giai đoạn)",
            "The period: 2024, 2024-Q1, 2024-H1, 2024-9M, 2024-03, 2023-2025 or once (may be omitted for one-off and span reports)"),
    };

    public Option<string> Units { get; } = new("--units", "-u")
    {
        Description = Say.T("Danh sách đơn vị: tệp CSV có dòng đầu id,name,parent,level (tạo khung bằng reportkit units)", "The units file: CSV with the header id,name,parent,level (reportkit units writes a skeleton)"),
        Required = true,
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Template);
        command.Options.Add(Report);
        command.Options.Add(Period);
        command.Options.Add(Units);
    }

    /// <summary>
    /// The resolved choice, or null after printing why not, with the exit code in <paramref name="failure"/>:
    /// <see cref="ExitCodes.Failure"/> for a template or units file that is not there, <see cref="ExitCodes.InputErrors"/>
    /// for template errors or a bad units file, <see cref="ExitCodes.Usage"/> for a report or period the plan does not have.
    /// </summary>
    public Choice? Resolve(ParseResult result, Output output, out int failure)
    {
        failure = ExitCodes.Failure;
        var path = result.GetValue(Template)!;
        if (!File.Exists(path))
        {
            output.Error(Say.T($"không tìm thấy mẫu kế hoạch '{path}'", $"no such template '{path}'"));
            return null;
        }
        var parsed = TemplateFiles.Parse(path);
        foreach (var diagnostic in parsed.Diagnostics)
            output.Diagnostic(diagnostic.ToString());
        failure = ExitCodes.InputErrors;
        if (parsed.Plan is not { } plan)
            return null;

        failure = ExitCodes.Usage;
        var reportId = result.GetValue(Report);
        ReportSpec? report = reportId is null
            ? plan.Reports.Count == 1 ? plan.Reports[0] : null
            : plan.Reports.FirstOrDefault(r => r.Id == reportId);
        if (report is null)
        {
            output.Error((reportId is null ? Say.T("kế hoạch có nhiều báo cáo, hãy chọn --report", "the plan asks for several reports, choose one with --report")
                             : Say.T($"kế hoạch không có báo cáo '{reportId}'", $"the plan has no report '{reportId}'")) +
                         Say.T("; các báo cáo: ", "; its reports: ") + string.Join(", ", plan.Reports.Select(r => $"{r.Id} ({r.Title})")));
            return null;
        }

        var periodKey = result.GetValue(Period) ?? report.Period switch
        {
            PeriodKind.Once => ReportingPeriod.OnceKey,
            PeriodKind.Span => ReportingPeriod.ForSpan(report.FromYear ?? 0, report.ToYear ?? 0).Key,
            _ => null,
        };
        if (periodKey is null || !ReportingPeriod.TryParse(report.Period, periodKey, out _))
        {
            output.Error(Say.T(
                $"kỳ báo cáo '{periodKey ?? "(trống)"}' không hợp lệ cho báo cáo {report.Id}; các kỳ: {ValidPeriods(report)} (--period, ví dụ {Example(report.Period)})",
                $"period '{periodKey ?? "(blank)"}' is not valid for report {report.Id}; its periods: {ValidPeriods(report)} (--period, e.g. {Example(report.Period)})"));
            return null;
        }
        // The calendar is the judge of which periods a report has (its years, its span, its phases, its regime).
        if (ReportingCalendar.PeriodProblem(report, periodKey) is { } why)
        {
            output.Error(Say.T(
                $"báo cáo {report.Id} không có kỳ '{periodKey}' ({why}); các kỳ: {ValidPeriods(report)}",
                $"report {report.Id} has no period '{periodKey}' ({why}); its periods: {ValidPeriods(report)}"));
            return null;
        }

        var period = ReportingCalendar.PeriodOf(report, periodKey);

        var unitsPath = result.GetValue(Units)!;
        if (!File.Exists(unitsPath))
        {
            failure = ExitCodes.Failure;
            output.Error(Say.T($"không tìm thấy tệp danh sách đơn vị '{unitsPath}'", $"no such units file '{unitsPath}'"));
            return null;
        }
        failure = ExitCodes.InputErrors;
        var (units, targets, problems) = UnitsFile.Read(unitsPath, plan.Levels.Select(l => l.Id).ToList(), plan);
        foreach (var problem in problems)
            output.Error(problem.ToString());
        if (units is null)
            return null;
        failure = ExitCodes.Ok;
        return new Choice(path, plan, report, period, units, targets);
    }

    /// <summary>
    /// The periods a report has, for a message: all of them when few (<c>2023, 2024, 2025</c>), else the first ones and
    /// the last (<c>2023-01, 2023-02, …, 2025-12</c>); an open-ended report says from when (<c>2023, 2024, … (từ năm 2023 trở đi)</c>).
    /// </summary>
    internal static string ValidPeriods(ReportSpec report)
    {
        if (report.Period is PeriodKind.Once or PeriodKind.Span || report.FromYear is not { } from)
        {
            try
            {
                // A one-off report or a span has one period, whatever the year given here.
                return string.Join(", ", ReportingCalendar.Periods(report, throughYear: 0).Select(p => p.Key));
            }
            catch (InvalidOperationException)
            {
                return Example(report.Period);
            }
        }

        if (report.ToYear is not { } to)
        {
            var first = ReportingCalendar.Periods(report, from + 1).Take(2).Select(p => p.Key);
            return string.Join(", ", first) + Say.T($", … (từ năm {from} trở đi)", $", … (from {from} on)");
        }
        var periods = ReportingCalendar.Periods(report, to).Select(p => p.Key).ToList();
        return periods.Count <= 6 ? string.Join(", ", periods) : string.Join(", ", periods.Take(2)) + ", …, " + periods[^1];
    }

    /// <summary>An as-of date typed as yyyy-MM-dd; today when omitted.</summary>
    public static DateOnly? ParseDate(string? text, Output output)
    {
        if (text is null)
            return DateOnly.FromDateTime(DateTime.Now);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        output.Error(Say.T($"--as-of: ngày '{text}' không hợp lệ; viết theo dạng yyyy-MM-dd, ví dụ 2024-12-15", $"--as-of: '{text}' is not a date; write it as yyyy-MM-dd, e.g. 2024-12-15"));
        return null;
    }

    private static string Example(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "2024-03",
        PeriodKind.Quarter => "2024-Q1",
        PeriodKind.HalfYear => "2024-H1",
        PeriodKind.NineMonths => "2024-9M",
        PeriodKind.Span => "2023-2025",
        PeriodKind.Once => "once",
        PeriodKind.Phase => "dot_1",
        _ => "2024",
    };

    /// <param name="UnitTargets">Thresholds the units file's <c>targets</c> column assigns per unit; empty if none.</param>
    public sealed record Choice(string TemplatePath, PlanSpec Plan, ReportSpec Report, ReportingPeriod Period, UnitTree Units, System.Collections.Generic.IReadOnlyList<UnitTarget>? UnitTargets = null);
}
