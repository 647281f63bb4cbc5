using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Kết quả thực hiện chỉ tiêu</c> sheet: per target the plan's wording, how it is judged, the units that met it
/// (x/y and %) and đạt / chưa đạt for the whole; then per unit of the judged levels ✓ (met), ✗ (not met) or blank
/// (no value: the unit did not report it, so it is not judged).
/// </summary>
internal static class TargetsSheet
{
    public const string SheetName = "Kết quả thực hiện chỉ tiêu";

    /// <summary>The legend under the title, saying what a blank means.</summary>
    public const string Legend = "(Dấu ✓: đơn vị đạt chỉ tiêu; ✗: chưa đạt; ô trống: đơn vị chưa báo cáo số liệu này, không đánh giá)";

    private const double MarkWidth = 12;

    /// <summary>Whether the report has targets to judge.</summary>
    public static bool Applies(IReadOnlyList<TargetResult> results) => results.Count > 0;

    public static void Add(WorkbookLayout workbook, ReportSummary summary, IReadOnlyList<TargetResult> results)
    {
        var sheet = workbook.AddSheet(SheetName);
        var perUnit = results.Select((r, i) => (Result: r, No: i + 1)).Where(p => !p.Result.Target.IsConsolidated).ToArray();
        // Part 1 spans "Cách đánh giá" over the columns part 2 gives its marks; both share STT and the name column.
        var columns = Math.Max(2 + perUnit.Length, 8);
        var howSpan = columns - 5;
        var names = summary.Rows.Where(r => !r.IsOwn).Select(r => r.Label);
        var widths = new double[columns];
        widths[0] = 6;
        widths[1] = Math.Max(40, TextMeasure.FitColumnWidth(names, SummaryStyles.Body, 24, 40));
        for (var c = 2; c < columns; c++)
            widths[c] = MarkWidth;
        SheetFrame.SetWidths(sheet, widths);

        sheet.AddBlock(SheetFrame.Lines(columns, new[]
        {
            ("KẾT QUẢ THỰC HIỆN CHỈ TIÊU", SummaryStyles.Title),
            (SummaryWording.ReportAndPeriod(summary), SummaryStyles.Subtitle),
            (Legend, SummaryStyles.TitleLine),
        }));
        sheet.AddSpace();

        var howLast = 2 + howSpan;
        var header = new CellBlock();
        header.Set(1, 1, "STT", SummaryStyles.Header);
        header.Set(1, 2, "Chỉ tiêu (theo kế hoạch)", SummaryStyles.Header);
        header.SetMerged(new CellRange(1, 3, 1, howLast), "Cách đánh giá", SummaryStyles.Header);
        header.Set(1, howLast + 1, "Số đơn vị đạt (số tổng hợp)", SummaryStyles.Header);
        header.Set(1, howLast + 2, "Tỷ lệ đạt", SummaryStyles.Header);
        header.Set(1, howLast + 3, "Kết quả", SummaryStyles.Header);
        var headerTop = sheet.AddBlock(header);

        sheet.AddRows(results.Count, results.Select((r, i) => TargetRow(summary, r, i + 1, howLast)));

        if (perUnit.Length > 0)
        {
            sheet.AddSpace();
            var heading = new CellBlock();
            heading.SetMerged(new CellRange(1, 1, 1, columns), "Kết quả từng đơn vị", SummaryStyles.SectionHeading);
            sheet.AddBlock(heading);
            var unitHeader = new CellBlock();
            unitHeader.Set(1, 1, "STT", SummaryStyles.Header);
            unitHeader.Set(1, 2, "Đơn vị", SummaryStyles.Header);
            for (var t = 0; t < perUnit.Length; t++)
                unitHeader.Set(1, 3 + t, "Chỉ tiêu " + perUnit[t].No.ToString(CultureInfo.InvariantCulture), SummaryStyles.Header);
            sheet.AddBlock(unitHeader);

            var units = UnitsJudged(summary, perUnit.Select(p => p.Result).ToArray());
            var marks = perUnit.Select(p => p.Result.Units.ToDictionary(u => u.Unit.Id, u => u.Met, StringComparer.Ordinal)).ToArray();
            sheet.AddRows(units.Count, units.Select((unit, i) =>
            {
                var cells = new List<LayoutCell>
                {
                    new(1, i + 1, SummaryStyles.Centered),
                    new(2, CellValue.Text(unit.Label), SummaryStyles.Text),
                };
                for (var t = 0; t < marks.Length; t++)
                {
                    var mark = marks[t].TryGetValue(unit.Unit!.Id, out var met) ? Mark(met) : null;
                    cells.Add(new LayoutCell(3 + t, CellValue.Text(mark), SummaryStyles.Centered));
                }

                return new LayoutRow(cells);
            }));
        }

        sheet.Freeze = new FrozenPanes(headerTop, 0);
        SheetFrame.PrintAsTable(sheet, headerTop, headerTop);
    }

    /// <summary>✓, ✗, or null (blank) for a unit not judged.</summary>
    public static string? Mark(bool? met) => met switch { true => TargetWording.Met, false => TargetWording.NotMet, null => null };

    private static LayoutRow TargetRow(ReportSummary summary, TargetResult result, int number, int howLast)
    {
        var plan = summary.Plan;
        var bold = SummaryStyles.CenteredBold;
        CellValue met, percent;
        if (result.Target.IsConsolidated)
        {
            met = CellValue.Text(TargetWording.Value(plan, result));
            percent = CellValue.Blank;
        }
        else
        {
            met = CellValue.Text(TargetWording.MetOfTotal(result) + (result.NotReported > 0
                ? " (" + result.NotReported.ToString(CultureInfo.InvariantCulture) + " chưa báo cáo)"
                : ""));
            percent = result.MetPercent is { } p ? CellValue.Number(p / 100m) : CellValue.Blank;
        }

        var cells = new List<LayoutCell>
        {
            new(1, number, SummaryStyles.Centered),
            new(2, CellValue.Text(result.Target.Label), SummaryStyles.Text),
            new(3, CellValue.Text(TargetWording.HowJudged(plan, result)), SummaryStyles.Text),
        };
        for (var c = 4; c <= howLast; c++)
            cells.Add(new LayoutCell(c, CellValue.Blank, SummaryStyles.Text));
        cells.Add(new LayoutCell(howLast + 1, met, SummaryStyles.Centered with { Wrap = true }));
        cells.Add(new LayoutCell(howLast + 2, percent, SummaryStyles.Percent));
        cells.Add(new LayoutCell(howLast + 3, CellValue.Text(TargetWording.Outcome(result.Achieved)),
            result.Achieved == false ? bold with { FillColor = SummaryStyles.ShortfallFill } : bold));
        return new LayoutRow(cells, merges: new[] { new ColumnSpan(3, howLast) });
    }

    /// <summary>The rows of units some per-level target judges, in tree order.</summary>
    private static IReadOnlyList<SummaryRow> UnitsJudged(ReportSummary summary, IReadOnlyList<TargetResult> perUnit)
    {
        var judged = new HashSet<string>(perUnit.SelectMany(r => r.Units.Select(u => u.Unit.Id)), StringComparer.Ordinal);
        return summary.Rows.Where(r => !r.IsOwn && judged.Contains(r.Unit!.Id)).ToArray();
    }
}

/// <summary>
/// The main table's marks for values below a target: per unit (the total row under the empty key) the value columns
/// of the targets it missed and their numbers on the targets sheet. A shortfall is a result: shaded, noted, never an error.
/// </summary>
internal static class TargetShortfalls
{
    public static Dictionary<string, List<(int Column, int TargetNo)>> Of(ReportSummary summary, IReadOnlyList<TargetResult> results)
    {
        var marks = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var t = 0; t < results.Count; t++)
        {
            var result = results[t];
            var column = -1;
            for (var i = 0; i < summary.Columns.Count && column < 0; i++)
            {
                if (summary.Columns[i].IndicatorId == result.Target.Indicator && summary.Columns[i].ItemId is null)
                    column = i;
            }

            if (column < 0)
                continue;
            var missed = result.Target.IsConsolidated
                ? result.Achieved == false ? new[] { string.Empty } : Array.Empty<string>()
                : result.Units.Where(u => u.Met == false).Select(u => u.Unit.Id).ToArray();
            foreach (var key in missed)
            {
                if (!marks.TryGetValue(key, out var list))
                    marks[key] = list = new List<(int, int)>();
                list.Add((column, t + 1));
            }
        }

        return marks;
    }

    /// <summary><c>Chưa đạt chỉ tiêu 1, 3 (xem sheet Kết quả thực hiện chỉ tiêu)</c>.</summary>
    public static string Note(IEnumerable<(int Column, int TargetNo)> missed) =>
        "Chưa đạt chỉ tiêu " + string.Join(", ", missed.Select(m => m.TargetNo).Distinct().OrderBy(n => n).Select(n => n.ToString(CultureInfo.InvariantCulture))) +
        " (xem sheet " + TargetsSheet.SheetName + ")";
}
