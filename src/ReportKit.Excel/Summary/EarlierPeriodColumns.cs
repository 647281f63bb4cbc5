using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Measuring;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The main table's columns read against earlier periods, after the value columns and before Ghi chú: per compared
/// indicator "Cùng kỳ", "Tăng/giảm", "Tăng/giảm (%)" under "So với cùng kỳ …" (<see cref="PeriodComparison"/>), and
/// per cumulative indicator "Lũy kế từ đầu năm" (<see cref="YearToDate"/>). They are derived figures: outside the
/// relay's digested range, never read back.
/// </summary>
internal sealed class EarlierPeriodColumns
{
    /// <summary>What a comparison that cannot be made shows (never 0).</summary>
    public const string NotComparable = ComparedValue.NotComparableText;

    private readonly PeriodComparison? _comparison;
    private readonly YearToDate? _yearToDate;
    private readonly Dictionary<SummaryRow, int> _rowIndex;
    private readonly List<Kind> _kinds = new();
    private readonly List<IReadOnlyList<HeaderCell>> _paths = new();
    private readonly List<CellStyle> _styles = new();

    private enum Kind { Earlier, Change, Percent, Cumulative }

    private EarlierPeriodColumns(ReportSummary summary, PeriodComparison? comparison, YearToDate? yearToDate)
    {
        _comparison = comparison;
        _yearToDate = yearToDate;
        _rowIndex = new Dictionary<SummaryRow, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < summary.Rows.Count; i++)
            _rowIndex[summary.Rows[i]] = i;
        foreach (var column in comparison?.Columns ?? Array.Empty<SummaryColumn>())
        {
            var head = new[] { new HeaderCell("So với cùng kỳ (" + comparison!.EarlierLabel + ")") }.Concat(Head(summary, column)).ToArray();
            var value = SummaryStyles.FormatOf(summary.Plan, column);
            Add(Kind.Earlier, head.Append(new HeaderCell("Cùng kỳ")), value);
            Add(Kind.Change, head.Append(new HeaderCell("Tăng/giảm")), Signed(value));
            if (column.Format != ValueFormat.Percent)
                Add(Kind.Percent, head.Append(new HeaderCell("Tăng/giảm (%)")), Signed("0.0"));
        }

        foreach (var column in yearToDate?.Columns ?? Array.Empty<SummaryColumn>())
            Add(Kind.Cumulative, new[] { new HeaderCell(YearToDate.Heading) }.Concat(Head(summary, column)), SummaryStyles.FormatOf(summary.Plan, column));
    }

    /// <summary>The columns the options ask for (none when they give neither a comparison nor a year-to-date).</summary>
    public static EarlierPeriodColumns For(ReportSummary summary, SummaryWorkbookOptions options) =>
        new(summary, options.Comparison, options.YearToDate);

    /// <summary>How many columns.</summary>
    public int Count => _kinds.Count;

    /// <summary>The header paths, in column order.</summary>
    public IReadOnlyList<IReadOnlyList<HeaderCell>> Paths => _paths;

    /// <summary>The column widths: the widest of the bottom header (wrapped), the figures and <see cref="NotComparable"/>.</summary>
    public void SetWidths(double[] widths, int firstIndex)
    {
        for (var i = 0; i < Count; i++)
        {
            var header = TextMeasure.TextWidth(_paths[i][^1].Text, SummaryStyles.HeaderFont) / 2 + 1;
            var text = _kinds[i] == Kind.Earlier && HasNotComparable(i) ? TextMeasure.ColumnWidthFor(NotComparable, SummaryStyles.Note.Font) : 0;
            widths[firstIndex + i] = Math.Min(18, Math.Max(Math.Max(9, header), text));
        }
    }

    /// <summary>The cells of one table row (the total row when <paramref name="row"/> is the total), from <paramref name="firstColumn"/>.</summary>
    public IEnumerable<LayoutCell> Cells(SummaryRow row, int firstColumn, bool isBold)
    {
        var index = row.IsTotal ? -1 : _rowIndex[row];
        var compared = 0;
        var cumulative = 0;
        for (var i = 0; i < Count; i++)
        {
            var style = isBold ? _styles[i] with { Font = SummaryStyles.BodyBold } : _styles[i];
            switch (_kinds[i])
            {
                case Kind.Earlier:
                    var value = Compared(index, compared);
                    yield return value.Earlier is { } earlier
                        ? new LayoutCell(firstColumn + i, CellValue.Number(earlier), style)
                        : new LayoutCell(firstColumn + i, CellValue.Text(NotComparable), isBold ? SummaryStyles.NoteBold : SummaryStyles.Note);
                    break;
                case Kind.Change:
                    yield return Number(firstColumn + i, Compared(index, compared).Change, style);
                    if (i + 1 >= Count || _kinds[i + 1] != Kind.Percent)
                        compared++;
                    break;
                case Kind.Percent:
                    yield return Number(firstColumn + i, Compared(index, compared).Percent, style);
                    compared++;
                    break;
                default:
                    var sum = index < 0 ? _yearToDate!.Total[cumulative] : _yearToDate!.Rows[index][cumulative];
                    yield return Number(firstColumn + i, sum.Value, sum.IsComplete ? style : style with { FillColor = SummaryStyles.FlaggedFill });
                    cumulative++;
                    break;
            }
        }
    }

    /// <summary>Why a row's figures could not be compared, for its Ghi chú (a blank row says nothing: it has nothing to compare).</summary>
    public IEnumerable<string> Notes(SummaryRow row)
    {
        if (_comparison is null)
            yield break;
        var values = row.IsTotal ? _comparison.Total : _comparison.Rows[_rowIndex[row]];
        var reasons = values.Where(v => !v.IsComparable && v.Now is not null).Select(v => v.NotComparable!).Distinct().ToArray();
        if (reasons.Length > 0)
            yield return "Không so sánh được với cùng kỳ: " + string.Join(", ", reasons);
    }

    /// <summary>What is printed under the table: what the year-to-date covers and what it lacks.</summary>
    public IEnumerable<string> Remarks()
    {
        if (_yearToDate is not { } ytd)
            yield break;
        var window = ytd.Window is { } w ? " (" + SummaryWording.CutOff(w).Replace("Số liệu tính", "tính", StringComparison.Ordinal) + ")" : "";
        yield return YearToDate.Heading + window + ": cộng số liệu các kỳ " + string.Join(", ", ytd.Periods.Select(p => p.Label)) + ".";
        if (ytd.Missing.Count > 0)
            yield return "Lũy kế chưa đầy đủ: thiếu biểu tổng hợp " + string.Join(", ", ytd.Missing.Select(p => p.Label)) +
                         "; các ô lũy kế tô màu chỉ là tổng các kỳ đã có, chưa phải số lũy kế.";
        else if (!ytd.IsComplete)
            yield return "Lũy kế chưa đầy đủ ở các ô tô màu: đơn vị chưa có hoặc để trống số liệu ở một kỳ trước; ô đó chỉ là tổng các kỳ đã có.";
    }

    private void Add(Kind kind, IEnumerable<HeaderCell> path, string format)
    {
        _kinds.Add(kind);
        _paths.Add(path.ToArray());
        _styles.Add(SummaryStyles.Number(format, bold: false));
    }

    private ComparedValue Compared(int row, int column) => row < 0 ? _comparison!.Total[column] : _comparison!.Rows[row][column];

    private bool HasNotComparable(int i)
    {
        var column = _kinds.Take(i).Count(k => k == Kind.Earlier);
        return _comparison!.Rows.Append(_comparison.Total).Any(r => r[column].Earlier is null);
    }

    private static LayoutCell Number(int column, decimal? value, CellStyle style) =>
        new(column, value is { } v ? CellValue.Number(v) : CellValue.Blank, style);

    /// <summary>A change shows its sign: +3, −2, 0.</summary>
    private static string Signed(string format) => "+" + format + ";-" + format + ";" + format;

    /// <summary>The indicator's own header (its group, its label with the unit), without the <c>Tổng số</c> of a disaggregated total.</summary>
    private static IEnumerable<HeaderCell> Head(ReportSummary summary, SummaryColumn column) =>
        SummaryTableSheet.HeaderPath(summary.Plan, column).Where(c => !(c.Text == SummaryColumns.TotalHeader && c.Number is null));
}
