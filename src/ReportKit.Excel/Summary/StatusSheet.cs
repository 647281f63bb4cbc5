using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Tình hình nộp báo cáo</c> sheet: one streamed row per expected unit (due date, submitted on, state,
/// source, problems), then DHIS2's reporting rates overall, per level and per consolidating unit.
/// </summary>
internal static class StatusSheet
{
    public const string SheetName = "Tình hình nộp báo cáo";

    private const int ColumnCount = 9;

    public static void Add(WorkbookLayout workbook, ReportSummary summary)
    {
        var sheet = workbook.AddSheet(SheetName);
        var statuses = summary.Statuses;
        var names = summary.Tree();
        var widths = new[]
        {
            6.0,
            TextMeasure.FitColumnWidth(statuses.Select(s => names.LabelOrId(s.Unit.Id)).Append("Theo cấp: Chi bộ, đơn vị"), SummaryStyles.Body, 26, 28),
            TextMeasure.FitColumnWidth(statuses.Select(s => s.LevelName ?? string.Empty), SummaryStyles.Body, 12, 20),
            12, 12,
            TextMeasure.FitColumnWidth(statuses.Select(SummaryWording.State), SummaryStyles.BodyBold, 14, 20),
            TextMeasure.FitColumnWidth(statuses.Select(s => s.Source ?? string.Empty), SummaryStyles.Note.Font, 16, 18),
            9, 10,
        };
        SheetFrame.SetWidths(sheet, widths);

        sheet.AddBlock(SheetFrame.Lines(ColumnCount, new[]
        {
            ("TÌNH HÌNH NỘP BÁO CÁO", SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
            ("(" + SummaryWording.DueLine(summary) + ")", SummaryStyles.TitleLine),
        }));
        sheet.AddSpace();

        var paths = new[] { "STT", "Đơn vị", "Cấp", "Hạn nộp", "Ngày nộp", "Tình trạng", "Tệp báo cáo", "Số lỗi", "Số cảnh báo" }
            .Select(h => (IReadOnlyList<string>)new[] { h }).ToArray();
        var header = TableHeader.Build(paths, widths);
        var headerTop = sheet.AddBlock(header);
        sheet.AddRows(statuses.Count, StatusRows(statuses, names));
        sheet.Freeze = new FrozenPanes(headerTop + header.RowCount - 1, 2);
        SheetFrame.PrintAsTable(sheet, headerTop, headerTop + header.RowCount - 1);

        sheet.AddSpace();
        sheet.AddBlock(SheetFrame.Lines(ColumnCount, new[] { ("TỶ LỆ BÁO CÁO", SummaryStyles.SectionHeading) }));
        var rateHeader = new[] { "", "Phạm vi", "Số báo cáo phải nộp", "Đã nhận", "Đúng hạn", "Chưa nộp (quá hạn)", "Chưa đến hạn", "Tỷ lệ báo cáo", "Tỷ lệ đúng hạn" }
            .Select(h => (IReadOnlyList<string>)new[] { h }).ToArray();
        sheet.AddBlock(TableHeader.Build(rateHeader, widths));

        var rates = RateRows(summary);
        var firstRate = sheet.NextRow;
        sheet.AddRows(rates.Count, rates.Select((r, i) => RateRow(r.Rate, r.Label, r.Bold, firstRate + i)));
        sheet.AddBlock(SheetFrame.Lines(ColumnCount, new[]
        {
            ("Tỷ lệ báo cáo = số báo cáo đã nhận / số báo cáo phải nộp; tỷ lệ đúng hạn = số báo cáo nhận đúng hạn / số báo cáo phải nộp " +
             "(cách tính của DHIS2). Báo cáo không ghi ngày nộp được tính là đã nhận nhưng không đúng hạn. " +
             "Báo cáo tổng hợp do cấp dưới gửi lên được tính bằng số báo cáo cấp dưới đó đã nhận. " +
             "Kế hoạch không quy định thời hạn thì không tính đúng hạn, muộn.", SummaryStyles.Remark),
        }));

        // The files that were sent but refused, one line each, so none is mistaken for a unit that sent nothing.
        var rejected = summary.Rejected;
        if (rejected.Count > 0)
        {
            sheet.AddSpace();
            sheet.AddBlock(SheetFrame.Lines(ColumnCount, rejected
                .Select((file, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " +
                                      (file.UnitId is null ? "(không rõ đơn vị)" : names.LabelOrId(file.UnitId)) + " — tệp “" + file.File + "”: " + file.Reason, SummaryStyles.Remark))
                .Prepend(("TỆP ĐÃ NỘP NHƯNG BỊ TỪ CHỐI", SummaryStyles.SectionHeading))));
        }
    }

    private static IEnumerable<LayoutRow> StatusRows(IReadOnlyList<UnitStatus> statuses, UnitTree names)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            yield return new LayoutRow(new[]
            {
                new LayoutCell(1, i + 1, SummaryStyles.Centered),
                new LayoutCell(2, CellValue.Text(names.LabelOrId(status.Unit.Id)), SummaryStyles.Text),
                new LayoutCell(3, CellValue.Text(status.LevelName), SummaryStyles.Text),
                new LayoutCell(4, status.Due is { } due ? CellValue.Date(due) : CellValue.Blank, SummaryStyles.Date),
                new LayoutCell(5, status.SubmittedOn is { } on ? CellValue.Date(on) : CellValue.Blank, SummaryStyles.Date),
                new LayoutCell(6, SummaryWording.State(status), status.IsOnTime ? SummaryStyles.Text : SummaryStyles.TextBold),
                new LayoutCell(7, CellValue.Text(status.Source), SummaryStyles.Note),
                new LayoutCell(8, status.IsReceived ? CellValue.Number((double)status.Errors) : CellValue.Blank, SummaryStyles.Integer),
                new LayoutCell(9, status.IsReceived ? CellValue.Number((double)status.Warnings) : CellValue.Blank, SummaryStyles.Integer),
            });
        }
    }

    /// <summary>Overall, then per level, then per unit that consolidates others (a unit's own 1/1 rate adds nothing).</summary>
    private static List<(ReportingRate Rate, string Label, bool Bold)> RateRows(ReportSummary summary)
    {
        var rows = new List<(ReportingRate, string, bool)> { (summary.Rates.Overall, "Chung", true) };
        rows.AddRange(summary.Rates.ByLevel.Select(r => (r, "Cấp " + r.ScopeName, false)));
        var expected = new HashSet<string>(summary.Statuses.Select(s => s.Unit.Id), StringComparer.Ordinal);
        rows.AddRange(summary.Rates.ByUnit.Where(r => !expected.Contains(r.ScopeId)).Select(r => (r, r.ScopeName, false)));
        return rows;
    }

    private static LayoutRow RateRow(ReportingRate rate, string label, bool bold, int row)
    {
        var number = bold ? SummaryStyles.Integer with { Font = SummaryStyles.BodyBold } : SummaryStyles.Integer;
        var percent = number with { NumberFormat = SummaryStyles.PercentFormat };
        string Share(int column) =>
            "IF(" + CellReference.A1(row, 3) + "=0,\"\"," + CellReference.A1(row, column) + "/" + CellReference.A1(row, 3) + ")";
        return new LayoutRow(new[]
        {
            new LayoutCell(1, CellValue.Blank, SummaryStyles.Centered),
            new LayoutCell(2, label, bold ? SummaryStyles.TextBold : SummaryStyles.Text),
            new LayoutCell(3, rate.Expected, number),
            new LayoutCell(4, rate.Actual, number),
            new LayoutCell(5, rate.ActualOnTime is { } onTime ? CellValue.Number((double)onTime) : CellValue.Blank, number),
            new LayoutCell(6, rate.Missing, number),
            new LayoutCell(7, rate.NotYetDue, number),
            new LayoutCell(8, CellValue.Formula(Share(4)), percent),
            new LayoutCell(9, rate.ActualOnTime is null ? CellValue.Blank : CellValue.Formula(Share(5)), percent),
        });
    }
}
