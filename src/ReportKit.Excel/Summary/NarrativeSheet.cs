using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Ý kiến, kiến nghị</c> sheet: for each narrative part of the report (in the plan's order), what each unit
/// wrote, in tree order, wrapped. Text stays exactly as written (a leading <c>=</c> or <c>0</c> included).
/// </summary>
internal static class NarrativeSheet
{
    public const string SheetName = "Ý kiến, kiến nghị";

    /// <summary>Whether the report has narrative parts.</summary>
    public static bool Applies(ReportSummary summary) => summary.Plan.NarrativesOf(summary.Report).Count > 0;

    public static void Add(WorkbookLayout workbook, ReportSummary summary)
    {
        var sheet = workbook.AddSheet(SheetName);
        var names = summary.Tree();
        string NameOf(string unitId) => names.LabelOrId(unitId);
        var widths = new[]
        {
            6.0,
            TextMeasure.FitColumnWidth(summary.Narratives.Select(n => NameOf(n.UnitId)), SummaryStyles.Body, 24, 34),
            80, // with STT and Đơn vị, one landscape A4 width at 91 % or more
        };
        SheetFrame.SetWidths(sheet, widths);
        sheet.AddBlock(SheetFrame.Lines(3, new[]
        {
            ("TỔNG HỢP Ý KIẾN, KIẾN NGHỊ VÀ NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ", SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
        }));
        sheet.AddSpace();
        var header = TableHeader.Build(new[] { "STT", "Đơn vị", "Nội dung" }.Select(h => (IReadOnlyList<string>)new[] { h }).ToArray(), widths);
        var headerTop = sheet.AddBlock(header);

        var byPart = summary.Narratives.GroupBy(n => n.NarrativeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var parts = summary.Plan.NarrativesOf(summary.Report);
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var heading = new CellBlock();
            heading.SetMerged(new CellRange(1, 1, 1, 3), (p + 1).ToString(CultureInfo.InvariantCulture) + ". " + part.Label,
                SummaryStyles.TextBold with { Borders = CellBorders.All });
            sheet.AddBlock(heading);

            var texts = byPart.TryGetValue(part.Id, out var found) ? found : Array.Empty<UnitNarrative>();
            if (texts.Length == 0)
            {
                var none = new CellBlock();
                none.SetMerged(new CellRange(1, 1, 1, 3), "(Chưa có đơn vị nào báo cáo nội dung này)",
                    SummaryStyles.Text with { Font = CellFont.Times(12, italic: true) });
                sheet.AddBlock(none);
                continue;
            }

            sheet.AddRows(texts.Length, texts.Select((n, i) => new LayoutRow(new[]
            {
                new LayoutCell(1, i + 1, SummaryStyles.Centered with { Vertical = VerticalAlignment.Top }),
                new LayoutCell(2, CellValue.Text(NameOf(n.UnitId)), SummaryStyles.Text with { Vertical = VerticalAlignment.Top }),
                new LayoutCell(3, CellValue.Text(SummaryWording.FitCell(n.Text)), SummaryStyles.Text with { Vertical = VerticalAlignment.Top, Horizontal = HorizontalAlignment.Justify }),
            })));
        }

        sheet.Freeze = new FrozenPanes(headerTop + header.RowCount - 1, 0);
        SheetFrame.PrintAsTable(sheet, headerTop, headerTop + header.RowCount - 1);
    }
}
