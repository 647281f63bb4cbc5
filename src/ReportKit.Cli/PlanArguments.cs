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
    public Argument<string> Template { get; } = new("template") { Description = "The plan template (*.plan.yaml)" };

    public Option<string?> Report { get; } = new("--report", "-r")
    {
        Description = "The report id (may be omitted when the plan asks for one report)",
    };

    public Option<string?> Period { get; } = new("--period", "-p")
    {
        Description = "The period: 2024, 2024-Q1, 2024-H1, 2024-9M, 2024-03, 2023-2025 or once (may be omitted for one-off and span reports)",
    };

    public Option<string> Units { get; } = new("--units", "-u")
    {
        Description = "The units file: CSV with the header id,name,parent,level",
        Required = true,
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Template);
        command.Options.Add(Report);
        command.Options.Add(Period);
        command.Options.Add(Units);
    }

    /// <summary>The resolved choice, or null after printing why not.</summary>
    public Choice? Resolve(ParseResult result, Output output)
    {
        var path = result.GetValue(Template)!;
        if (!File.Exists(path))
        {
            output.Error($"không tìm thấy mẫu kế hoạch '{path}' (no such template)");
            return null;
        }
        var parsed = TemplateFiles.Parse(path);
        foreach (var diagnostic in parsed.Diagnostics)
            output.Diagnostic(diagnostic.ToString());
        if (parsed.Plan is not { } plan)
            return null;

        var reportId = result.GetValue(Report);
        ReportSpec? report = reportId is null
            ? plan.Reports.Count == 1 ? plan.Reports[0] : null
            : plan.Reports.FirstOrDefault(r => r.Id == reportId);
        if (report is null)
        {
            output.Error((reportId is null ? "kế hoạch có nhiều báo cáo, hãy chọn --report" : $"kế hoạch không có báo cáo '{reportId}'") +
                         "; các báo cáo: " + string.Join(", ", plan.Reports.Select(r => $"{r.Id} ({r.Title})")));
            return null;
        }

        var periodKey = result.GetValue(Period) ?? report.Period switch
        {
            PeriodKind.Once => ReportingPeriod.OnceKey,
            PeriodKind.Span => ReportingPeriod.ForSpan(report.FromYear ?? 0, report.ToYear ?? 0).Key,
            _ => null,
        };
        if (periodKey is null || !ReportingPeriod.TryParse(report.Period, periodKey, out var period))
        {
            output.Error($"kỳ báo cáo '{periodKey ?? "(trống)"}' không hợp lệ cho báo cáo {report.Id} (--period, e.g. {Example(report.Period)})");
            return null;
        }

        var (units, problems) = UnitsFile.Read(result.GetValue(Units)!);
        foreach (var problem in problems)
            output.Error(problem);
        if (units is null)
            return null;
        return new Choice(path, plan, report, period!, units);
    }

    /// <summary>An as-of date typed as yyyy-MM-dd; today when omitted.</summary>
    public static DateOnly? ParseDate(string? text, Output output)
    {
        if (text is null)
            return DateOnly.FromDateTime(DateTime.Now);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        output.Error($"ngày '{text}' không hợp lệ; viết theo dạng yyyy-MM-dd, ví dụ 2024-12-15");
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
        _ => "2024",
    };

    public sealed record Choice(string TemplatePath, PlanSpec Plan, ReportSpec Report, ReportingPeriod Period, UnitTree Units);
}
