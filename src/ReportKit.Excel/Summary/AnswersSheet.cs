using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Thông tin triển khai</c> sheet: the date, text and document answers of the report (never summed), one row per
/// unit that gave any, in tree order, one column per field in the plan's order; a date as <c>dd/MM/yyyy</c>, a document
/// as it is printed (<c>Kế hoạch số 12-KH/ĐU ngày 05/5/2023</c>).
/// </summary>
internal static class AnswersSheet
{
    public const string SheetName = "Thông tin triển khai";

    /// <summary>Whether the report has date, text or document fields.</summary>
    public static bool Applies(ReportSummary summary) => summary.Plan.AnswersOf(summary.Report).Count > 0;

    /// <summary>
    /// Adds the sheet; returns where its unit rows are and what each of their cells shows (the unit's name, then one
    /// answer per field), which a relayed summary seals (<see cref="RelaySheet"/>).
    /// </summary>
    public static SealedCells Add(WorkbookLayout workbook, ReportSummary summary)
    {
        var fields = summary.Plan.AnswersOf(summary.Report);
        var sheet = workbook.AddSheet(SheetName);
        var names = summary.Tree();
        var byUnit = summary.AnswerList.GroupBy(a => a.UnitId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(a => a.FieldId, a => a.Answer, StringComparer.Ordinal), StringComparer.Ordinal);
        var units = summary.Rows.Where(r => !r.IsOwn && r.Unit is not null && byUnit.ContainsKey(r.Unit.Id)).Select(r => r.Unit!.Id).ToArray();
        string Shown(IndicatorSpec field, string unitId) =>
            byUnit[unitId].TryGetValue(field.Id, out var answer) ? FieldAnswers.Display(field, answer) : "";
        string Written(IndicatorSpec field, string unitId) => SummaryWording.FitCell(Shown(field, unitId));

        var widths = new List<double>
        {
            6.0,
            TextMeasure.FitColumnWidth(units.Select(names.LabelOrId), SummaryStyles.Body, 24, 34),
        };
        widths.AddRange(fields.Select(f => TextMeasure.FitColumnWidth(units.Select(u => Shown(f, u)), SummaryStyles.Body, 16, 40)));
        SheetFrame.SetWidths(sheet, widths.ToArray());
        sheet.AddBlock(SheetFrame.Lines(widths.Count, new[]
        {
            ("THÔNG TIN TRIỂN KHAI CỦA CÁC ĐƠN VỊ", SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
        }));
        sheet.AddSpace();
        var headings = new[] { "STT", "Đơn vị" }.Concat(fields.Select(f => f.Label)).Select(h => (IReadOnlyList<string>)new[] { h }).ToArray();
        var header = TableHeader.Build(headings, widths.ToArray());
        var headerTop = sheet.AddBlock(header);
        var firstUnitRow = sheet.NextRow;
        if (units.Length == 0)
        {
            var none = new CellBlock();
            none.SetMerged(new CellRange(1, 1, 1, widths.Count), "(Chưa có đơn vị nào trả lời)", SummaryStyles.Text with { Font = CellFont.Times(12, italic: true) });
            sheet.AddBlock(none);
        }
        else
        {
            sheet.AddRows(units.Length, units.Select((unitId, i) => new LayoutRow(
                new[]
                {
                    new LayoutCell(1, i + 1, SummaryStyles.Centered with { Vertical = VerticalAlignment.Top }),
                    new LayoutCell(2, CellValue.Text(names.LabelOrId(unitId)), SummaryStyles.Text with { Vertical = VerticalAlignment.Top }),
                }.Concat(fields.Select((f, c) => new LayoutCell(3 + c, CellValue.Text(Written(f, unitId) is { Length: > 0 } t ? t : null),
                    SummaryStyles.Text with { Vertical = VerticalAlignment.Top }))).ToArray())));
        }

        sheet.Freeze = new FrozenPanes(headerTop + header.RowCount - 1, 2);
        SheetFrame.PrintAsTable(sheet, headerTop, headerTop + header.RowCount - 1);
        return new SealedCells(SheetName, firstUnitRow, 2,
            units.Select(u => (IReadOnlyList<string>)fields.Select(f => Written(f, u)).Prepend(names.LabelOrId(u)).ToArray()).ToArray());
    }
}
