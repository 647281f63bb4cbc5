using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Vấn đề</c> sheet: every validation problem (file, unit, indicator, message) and every submission replaced
/// by a later one from the same unit; only added when there are any.
/// </summary>
internal static class ProblemSheet
{
    public const string SheetName = "Vấn đề";

    public static bool Applies(ReportSummary summary) => summary.Problems.Count > 0 || summary.Replaced.Count > 0;

    public static void Add(WorkbookLayout workbook, ReportSummary summary)
    {
        var sheet = workbook.AddSheet(SheetName);
        var names = summary.Tree();
        string NameOf(string unitId) => names.LabelOrId(unitId);
        var indicators = summary.Plan.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        var rows = summary.Problems.Select(p => (
                Kind: p.Severity == ProblemSeverity.Error ? "Lỗi" : "Cảnh báo",
                Source: p.Source,
                Unit: NameOf(p.UnitId),
                Indicator: IndicatorText(summary.Plan, indicators, p),
                Message: p.Message))
            .Concat(summary.Replaced.Select(r => (
                Kind: "Nộp lại",
                Source: r.Replaced.Source,
                Unit: NameOf(r.Replaced.UnitId),
                Indicator: (string?)null,
                Message: "Bản nộp " + On(r.Replaced.SubmittedOn) + " không được tính; dùng bản «" + (r.Kept.Source ?? "không rõ tệp") + "» nộp " + On(r.Kept.SubmittedOn) + ".")))
            .ToArray();

        var widths = new[]
        {
            6.0,
            10,
            TextMeasure.FitColumnWidth(rows.Select(r => r.Source ?? string.Empty), SummaryStyles.Note.Font, 16, 22),
            TextMeasure.FitColumnWidth(rows.Select(r => r.Unit), SummaryStyles.Body, 20, 26),
            20,
            46, // the message wraps: the sheet prints one landscape A4 width at 91 % or more
        };
        SheetFrame.SetWidths(sheet, widths);
        sheet.AddBlock(SheetFrame.Lines(widths.Length, new[]
        {
            ("CÁC VẤN ĐỀ TRONG BÁO CÁO CỦA ĐƠN VỊ", SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
        }));
        sheet.AddSpace();
        var header = TableHeader.Build(new[] { "STT", "Loại", "Tệp báo cáo", "Đơn vị", "Chỉ tiêu", "Nội dung" }
            .Select(h => (IReadOnlyList<string>)new[] { h }).ToArray(), widths);
        var headerTop = sheet.AddBlock(header);
        sheet.AddRows(rows.Length, rows.Select((r, i) => new LayoutRow(new[]
        {
            new LayoutCell(1, i + 1, SummaryStyles.Centered),
            new LayoutCell(2, r.Kind, r.Kind == "Lỗi" ? SummaryStyles.TextBold : SummaryStyles.Text),
            new LayoutCell(3, CellValue.Text(r.Source), SummaryStyles.Note),
            new LayoutCell(4, CellValue.Text(r.Unit), SummaryStyles.Text),
            new LayoutCell(5, CellValue.Text(r.Indicator), SummaryStyles.Note),
            new LayoutCell(6, CellValue.Text(r.Message), SummaryStyles.Text),
        })));
        sheet.Freeze = new FrozenPanes(headerTop + header.RowCount - 1, 0);
        SheetFrame.PrintAsTable(sheet, headerTop, headerTop + header.RowCount - 1);
    }

    private static string? IndicatorText(PlanSpec plan, Dictionary<string, IndicatorSpec> indicators, ValidationProblem problem)
    {
        if (problem.IndicatorId is null)
        {
            return problem.NarrativeId is null ? null : plan.Narratives.FirstOrDefault(n => n.Id == problem.NarrativeId)?.Label ?? problem.NarrativeId;
        }

        if (!indicators.TryGetValue(problem.IndicatorId, out var indicator))
        {
            return problem.IndicatorId;
        }

        if (problem.ItemId is null)
        {
            return indicator.Label;
        }

        // The item may be a form, a content leaf, or a content group a coverage rule names.
        var form = plan.Forms.FirstOrDefault(f => f.Id == problem.ItemId);
        var label = form is not null ? ItemNumbering.Label(form.No, form.Title)
            : plan.Outline().Find(problem.ItemId)?.Label ?? problem.ItemId;
        return indicator.Label + " / " + label;
    }

    private static string On(DateOnly? date) => date is { } d ? "ngày " + SummaryWording.Date(d) : "không ghi ngày";
}
