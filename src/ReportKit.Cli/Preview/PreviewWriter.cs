using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ReportKit.Cli.Commands;
using ReportKit.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Cli.Preview;

/// <summary>What one preview is asked for: the template, the folder (null: the default), a report and a period.</summary>
internal sealed record PreviewRequest(string Template, string? Folder, string? ReportId, string? PeriodKey);

/// <summary>
/// One preview of a template being written: its diagnostics as <c>check</c> prints them, then (without errors), for
/// each report, a sample input form per level of the units that owe it, the summary workbook filled from the demo's
/// sample data and its báo cáo, and their pages as PNG when a renderer is given.
/// </summary>
internal static class PreviewWriter
{
    /// <summary>The folder a preview goes to when none is given: <c>preview/&lt;plan id&gt;/</c> under the current folder, as <c>demo</c> writes <c>out/</c>.</summary>
    public static string DefaultFolder(PlanSpec plan) => Path.Combine("preview", SafeFileName.From(plan.Id));

    /// <summary>Runs one preview and returns its exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(PreviewRequest request, Output output, PageRenderer? renderer, CancellationToken cancel)
    {
        if (!File.Exists(request.Template))
        {
            output.Error(Say.T($"không tìm thấy mẫu kế hoạch '{request.Template}'", $"no such template '{request.Template}'"));
            return ExitCodes.Failure;
        }

        var parsed = TemplateFiles.Parse(request.Template);
        foreach (var diagnostic in parsed.Diagnostics)
            output.Diagnostic(diagnostic.ToString());
        var errors = parsed.Diagnostics.Count(d => d.Severity == TemplateSeverity.Error);
        var warnings = parsed.Diagnostics.Count - errors;
        if (errors > 0 || parsed.Plan is not { } plan)
        {
            output.Summary(Say.T($"{request.Template}: {errors} lỗi, {warnings} cảnh báo; chưa ghi bản xem trước: sửa các lỗi trên rồi lưu lại",
                $"{request.Template}: {errors} error(s), {warnings} warning(s); no preview written: fix the errors above and save again"));
            return ExitCodes.InputErrors;
        }
        output.Info(Say.T($"{request.Template}: {plan.Id}, {errors} lỗi, {warnings} cảnh báo", $"{request.Template}: {plan.Id}, {errors} error(s), {warnings} warning(s)"));

        var data = SampleData.Create(plan, DemoCommand.Seed);
        var periods = Choose(plan, data, request, output, out var failure);
        if (periods is null)
            return failure;

        var folder = request.Folder ?? DefaultFolder(plan);
        using var preview = PreviewFolder.Open(folder);
        var staged = new List<string>();
        foreach (var (report, period) in periods)
        {
            cancel.ThrowIfCancellationRequested();
            var name = SafeFileName.From(report.Id) + "_" + SafeFileName.From(period.PeriodKey);
            // A form per level: what a chi bộ fills differs from what its Đảng ủy fills.
            var expected = Consolidator.ExpectedUnitIds(plan, report.Id, data.Units).Select(id => data.Units[id]);
            foreach (var unit in expected.GroupBy(u => u.LevelId).Select(g => g.First()))
            {
                var form = Path.Combine(preview.Staging, "bieu-nhap_" + name + (unit.LevelId is null ? "" : "_" + SafeFileName.From(unit.LevelId)) + ".xlsx");
                InputForm.Save(plan, report.Id, period.PeriodKey, unit, form, new InputFormOptions { SendTo = data.Units.RecipientOf(unit.Id, plan) });
                staged.Add(form);
            }
            var summary = Path.Combine(preview.Staging, "tong-hop_" + name + ".xlsx");
            SampleReports.SaveSummary(plan, data, period, summary, PaperSize.A4);
            var document = SummarizeCommand.ReportPathFor(summary);
            SampleReports.SaveReport(plan, data, period, document, Path.GetFileName(summary));
            staged.Add(summary);
            staged.Add(document);
        }

        var problems = new List<string>();
        if (renderer is not null)
        {
            var (pages, failed) = renderer.Render(staged, Path.Combine(preview.Staging, "png"), cancel);
            staged.AddRange(pages);
            problems.AddRange(failed);
        }

        cancel.ThrowIfCancellationRequested();
        var published = preview.Publish(staged);
        var images = published.Where(p => p.EndsWith(".png", StringComparison.Ordinal)).ToList();
        foreach (var path in published.Except(images))
        {
            output.Info(Say.T("đã ghi: ", "written: ") + path);
            // A wide summary prints on tens of pages: one line for them, with the first and the last.
            var pages = images.Where(p => Path.GetFileName(p).StartsWith(Path.GetFileName(path) + "-", StringComparison.Ordinal)).ToList();
            if (pages.Count > 0)
                output.Info("  " + Say.T($"ảnh {pages.Count} trang: ", $"{pages.Count} page image(s): ") + pages[0] + (pages.Count > 1 ? " … " + Path.GetFileName(pages[^1]) : ""));
        }
        foreach (var problem in problems)
            output.Warning(Say.T("không có ảnh trang: ", "no page images: ") + problem);
        output.Summary(Say.T(
            $"Bản xem trước {plan.Id}: {periods.Count} báo cáo, {published.Count - images.Count} tệp{(renderer is null ? "" : $" và {images.Count} ảnh trang")} trong {folder}",
            $"Preview of {plan.Id}: {periods.Count} report(s), {published.Count - images.Count} file(s){(renderer is null ? "" : $" and {images.Count} page image(s)")} in {folder}"));
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The sample period to preview of each report asked: the one given with <c>--period</c>, else the report's first.
    /// Null, after saying why, for a report the plan does not have or a period the sample does not cover.
    /// </summary>
    private static IReadOnlyList<(ReportSpec Report, SamplePeriod Period)>? Choose(PlanSpec plan, SampleDataSet data, PreviewRequest request, Output output, out int failure)
    {
        failure = ExitCodes.Usage;
        var reports = plan.Reports.Where(r => request.ReportId is null || r.Id == request.ReportId).ToList();
        if (reports.Count == 0)
        {
            output.Error(Say.T($"kế hoạch không có báo cáo '{request.ReportId}'; các báo cáo: ", $"the plan has no report '{request.ReportId}'; its reports: ") +
                         string.Join(", ", plan.Reports.Select(r => $"{r.Id} ({r.Title})")));
            return null;
        }

        var chosen = new List<(ReportSpec, SamplePeriod)>();
        foreach (var report in reports)
        {
            var samples = data.Periods.Where(p => p.ReportId == report.Id).ToList();
            if (samples.Count == 0)
            {
                output.Warning(Say.T($"báo cáo {report.Id}: không đơn vị mẫu nào phải nộp (xem units: và levels:), bỏ qua",
                    $"report {report.Id}: no sample unit owes it (see units: and levels:), skipped"));
                continue;
            }
            var period = request.PeriodKey is null ? samples[0] : samples.FirstOrDefault(p => p.PeriodKey == request.PeriodKey);
            if (period is null)
            {
                var offered = string.Join(", ", samples.Select(p => p.PeriodKey));
                // With one report asked the period is for it; across reports it is for those that have it.
                if (request.ReportId is not null)
                {
                    output.Error(Say.T($"--period: dữ liệu mẫu của báo cáo {report.Id} không có kỳ '{request.PeriodKey}'; các kỳ mẫu: {offered}",
                        $"--period: the sample of report {report.Id} has no period '{request.PeriodKey}'; sample periods: {offered}"));
                    return null;
                }
                output.Warning(Say.T($"báo cáo {report.Id}: dữ liệu mẫu không có kỳ '{request.PeriodKey}' (các kỳ mẫu: {offered}), bỏ qua",
                    $"report {report.Id}: the sample has no period '{request.PeriodKey}' (sample periods: {offered}), skipped"));
                continue;
            }
            chosen.Add((report, period));
        }

        if (chosen.Count == 0)
        {
            output.Error(request.PeriodKey is null
                ? Say.T("không có báo cáo nào để xem trước: không đơn vị mẫu nào phải nộp", "nothing to preview: no sample unit owes any report")
                : Say.T($"--period: không báo cáo nào có kỳ mẫu '{request.PeriodKey}'", $"--period: no report has the sample period '{request.PeriodKey}'"));
            failure = request.PeriodKey is null ? ExitCodes.InputErrors : ExitCodes.Usage;
            return null;
        }
        failure = ExitCodes.Ok;
        return chosen;
    }
}
