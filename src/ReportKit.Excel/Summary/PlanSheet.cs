using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The <c>Kế hoạch</c> sheet: the plan itself for reference: its identity, its outline with the document's own
/// numbering (contents, forms and units where the document holds them), units and their tasks, the reports with
/// their regimes and deadlines, peak dates and what the template assumed.
/// </summary>
internal static class PlanSheet
{
    public const string SheetName = "Kế hoạch";

    private const int Columns = 4;
    // Narrow enough to print at 91 % or more on landscape A4 (11 pt text at 10 pt at least); texts wrap.
    private static readonly double[] Widths = { 8, 30, 56, 30 };

    public static void Add(WorkbookLayout workbook, ReportSummary summary)
    {
        var plan = summary.Plan;
        var document = plan.Document;
        var sheet = workbook.AddSheet(SheetName);
        SheetFrame.SetWidths(sheet, Widths);
        sheet.AddBlock(SheetFrame.Lines(Columns, new[]
        {
            (DocumentText.Upper(document.Genre) + " " + DocumentText.NumberLine(document).Replace("Số:", "số", StringComparison.Ordinal).Replace("Số ", "số ", StringComparison.Ordinal), SummaryStyles.Title),
            (document.Title, SummaryStyles.Subtitle),
        }));
        sheet.AddSpace();

        var identity = new CellBlock();
        var row = 0;
        void Fact(string label, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            row++;
            identity.Set(row, 1, label, SummaryStyles.TextBold with { Vertical = VerticalAlignment.Top });
            identity.Merge(new CellRange(row, 1, row, 2));
            identity.SetMerged(new CellRange(row, 3, row, Columns), value, SummaryStyles.Text with { Vertical = VerticalAlignment.Top });
        }

        Fact("Loại văn bản", document.Genre + (document.Kind == DocumentKind.Party ? " (văn bản của Đảng)" : " (văn bản hành chính nhà nước)"));
        Fact("Số, ký hiệu", DocumentText.NumberLine(document));
        Fact("Cơ quan ban hành", SummaryWording.Lines(new[] { document.Issuer.Parent, document.Issuer.Name }.Where(s => !string.IsNullOrWhiteSpace(s))!));
        Fact("Địa danh, ngày ban hành", DocumentText.PlaceAndDate(document));
        Fact("Trích yếu", document.Title);
        Fact("Thực hiện", SummaryWording.Lines(document.Implements.Select(Reference)));
        Fact("Kính gửi", SummaryWording.Lines(document.SendTo.Select(r => "- " + r.Name + (r.Tag is null ? string.Empty : " (" + r.Tag + ")"))));
        Fact("Nơi nhận", SummaryWording.Lines(DocumentText.RecipientLines(document)));
        Fact("Người ký", document.Signature is { } signature
            ? SummaryWording.Lines(new[] { signature.Capacity, signature.Title, signature.Name }.Where(s => !string.IsNullOrWhiteSpace(s))!)
            : "(văn bản không ghi)");
        Fact("Các cấp báo cáo", string.Join(" → ", plan.Levels.Select(l => l.Name)));
        sheet.AddBlock(identity);

        var letters = new Queue<string>(new[] { "A", "B", "C", "D", "Đ", "E" });
        Section(sheet, letters.Dequeue() + ". BỐ CỤC VĂN BẢN");
        var outline = new CellBlock();
        var line = 0;
        void Outline(string? no, string title, int depth, bool bold)
        {
            line++;
            outline.Set(line, 1, ItemNumbering.Heading(no), (bold ? SummaryStyles.TextBold : SummaryStyles.Text) with { Borders = CellBorders.None, Vertical = VerticalAlignment.Top, Indent = depth });
            outline.SetMerged(new CellRange(line, 2, line, Columns), title,
                (bold ? SummaryStyles.TextBold : SummaryStyles.Text) with { Borders = CellBorders.None, Vertical = VerticalAlignment.Top, Indent = depth });
        }

        var contents = plan.Outline();
        void Sections(IEnumerable<SectionSpec> sections, int depth)
        {
            foreach (var section in sections)
            {
                Outline(section.No, section.Title, depth, depth == 0);
                Sections(section.Items, depth + 1);
                switch (section.Role)
                {
                    case SectionRole.Contents:
                        foreach (var item in contents.Nodes)
                        {
                            Outline(item.Item.No, item.Item.Title, depth + 1 + item.Depth, false);
                        }

                        break;
                    case SectionRole.Forms:
                        foreach (var form in plan.Forms)
                        {
                            Outline(form.No ?? "-", form.Title, depth + 1, false);
                        }

                        break;
                    case SectionRole.Units:
                        foreach (var unit in plan.Units)
                        {
                            Outline(unit.No, unit.Name, depth + 1, false);
                        }

                        break;
                }
            }
        }

        Sections(plan.Sections, 0);
        if (line > 0)
        {
            sheet.AddBlock(outline);
        }

        if (!plan.Units.IsEmpty)
        {
            Section(sheet, letters.Dequeue() + ". ĐƠN VỊ VÀ NHIỆM VỤ");
            Table(sheet, new[] { "Số TT", "Đơn vị", "Nhiệm vụ", "Báo cáo" }, plan.Units.Select(u => new[]
            {
                ItemNumbering.Heading(u.No),
                u.Name + (u.Level is null ? string.Empty : "\n(cấp: " + SummaryWording.LevelName(plan, u.Level) + ")"),
                SummaryWording.Lines(u.Tasks.Select(t => "- " + t)),
                SummaryWording.Lines(u.Reports.Select(r => "Nộp: " + ReportTitle(plan, r)).Concat(u.Consolidates.Select(r => "Tổng hợp: " + ReportTitle(plan, r)))),
            }));
        }

        Section(sheet, letters.Dequeue() + ". CHẾ ĐỘ BÁO CÁO");
        Table(sheet, new[] { "Số TT", "Báo cáo", "Kỳ báo cáo, thời hạn", "Chốt số liệu, ghi chú" }, plan.Reports.Select((r, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            r.Title,
            SummaryWording.Lines(ReportWording.RegimeLines(plan, r)),
            SummaryWording.Lines(new[] { "Chốt số liệu: " + SummaryWording.CutOffRule(r), r.Assumption is null ? null : "Giả định: " + r.Assumption }
                .Where(s => s is not null)!),
        }));

        if (!plan.PeakDates.IsEmpty)
        {
            Section(sheet, letters.Dequeue() + ". CÁC NGÀY CAO ĐIỂM");
            Table(sheet, new[] { "Ngày", "Sự kiện" }, plan.PeakDates.Select(p => new[]
            {
                p.Day.ToString("D2", CultureInfo.InvariantCulture) + "/" + p.Month.ToString("D2", CultureInfo.InvariantCulture),
                p.Label,
            }));
        }

        if (!plan.Assumptions.IsEmpty)
        {
            Section(sheet, letters.Dequeue() + ". GIẢ ĐỊNH KHI LẬP MẪU (văn bản không quy định rõ)");
            Table(sheet, new[] { "Số TT", "Nội dung" }, plan.Assumptions.Select((a, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), a }));
        }

        sheet.Print.Orientation = PageOrientation.Landscape;
        sheet.Print.Margins = PageMargins.Decree30;
        sheet.Print.CenterHorizontally = true;
        ColumnPages.Plan(Widths, sheet.Print, 0, new int[Widths.Length], SummaryStyles.SmallestFontSize).ApplyTo(sheet.Print, 0);
    }

    private static string Reference(DocumentRefSpec reference) =>
        "- " + reference.Ref + (reference.Date is { } date ? " ngày " + SummaryWording.Date(date) : string.Empty) +
        (string.IsNullOrWhiteSpace(reference.By) ? string.Empty : " của " + reference.By) +
        (string.IsNullOrWhiteSpace(reference.Title) ? string.Empty : " " + reference.Title);

    private static string ReportTitle(PlanSpec plan, string reportId) =>
        plan.Reports.FirstOrDefault(r => r.Id == reportId)?.Title ?? reportId;

    private static void Section(SheetLayout sheet, string title)
    {
        sheet.AddSpace();
        sheet.AddBlock(SheetFrame.Lines(Columns, new[] { (title, SummaryStyles.SectionHeading) }));
    }

    /// <summary>A bordered table; with fewer cells than columns, the last cell spans the rest.</summary>
    private static void Table(SheetLayout sheet, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        var block = new CellBlock();
        void Row(int r, IReadOnlyList<string> cells, bool header)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var style = header ? SummaryStyles.Header
                    : c == 0 ? SummaryStyles.Centered with { Vertical = VerticalAlignment.Top }
                    : SummaryStyles.Text with { Vertical = VerticalAlignment.Top };
                var last = c == cells.Count - 1 ? Columns : c + 1;
                block.SetMerged(new CellRange(r, c + 1, r, last), cells[c], style);
            }
        }

        Row(1, headers, header: true);
        var index = 1;
        foreach (var cells in rows)
        {
            Row(++index, cells, header: false);
        }

        sheet.AddBlock(block);
    }
}
