using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Tests;

/// <summary>Documents and workbooks shaped like the seeds, for the tests.</summary>
internal static class Samples
{
    /// <summary>Seed 001: the Party plan 76-KH/ĐU.</summary>
    public static DocumentSpec PartyPlan { get; } = new(
        DocumentKind.Party,
        "KẾ HOẠCH",
        "76",
        "KH/ĐU",
        new IssuerSpec("Ban Thường vụ Đảng ủy", "Đảng bộ huyện Hữu Lũng"),
        "Hữu Lũng",
        new CalendarDate(2023, 4, 10),
        null,
        "triển khai đợt sinh hoạt chính trị, tư tưởng về nội dung tác phẩm",
        EquatableArray<DocumentRefSpec>.Empty,
        EquatableArray<RecipientSpec>.Empty,
        EquatableArray.Create(
            new RecipientSpec("Thường trực Đảng ủy", null),
            new RecipientSpec("Các chi bộ trực thuộc", null),
            new RecipientSpec("Ban Tuyên giáo ĐU", null),
            new RecipientSpec("Lưu VP", null)),
        new SignatureSpec("T/M Ban Thường vụ", "Phó Bí thư", "Vân Trung Kiên"));

    /// <summary>Seed 004: the state công văn with a blank number and date.</summary>
    public static DocumentSpec StateLetter { get; } = new(
        DocumentKind.State,
        "CÔNG VĂN",
        null,
        "SVHTTDL-QLVHGĐ",
        new IssuerSpec("Sở Văn hóa, Thể thao và Du lịch", "UBND tỉnh Lạng Sơn"),
        "Lạng Sơn",
        null,
        2023,
        "triển khai thực hiện Kế hoạch số 113-KH/TU, ngày 16/5/2023 của Ban Thường vụ Tỉnh ủy về thông tin, tuyên truyền về công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2023",
        EquatableArray<DocumentRefSpec>.Empty,
        EquatableArray<RecipientSpec>.Empty,
        EquatableArray.Create(
            new RecipientSpec("Như trên", "T/h"),
            new RecipientSpec("Văn phòng UBND tỉnh", "B/c"),
            new RecipientSpec("GD, PGD Sở", null),
            new RecipientSpec("Lưu: VT, QLVH&GD(HVĐ).", null)),
        new SignatureSpec("KT.Giám đốc", "Phó Giám đốc", "Phan Văn Hòa"));

    public static readonly CellStyle Header = new(CellFont.Times(12, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All, FillColor: "DDEBF7");
    public static readonly CellStyle Body = new(CellFont.Times(12), Vertical: VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All);
    public static readonly CellStyle Count = new(CellFont.Times(12), Borders: CellBorders.All, NumberFormat: "#,##0");
    public static readonly CellStyle Input = Count with { Locked = false, FillColor = "FFF2CC" };
    public static readonly CellStyle Percent = new(CellFont.Times(12), Borders: CellBorders.All, NumberFormat: "0.0%");
    public static readonly CellStyle Total = new(CellFont.Times(12, bold: true), Borders: CellBorders.All, NumberFormat: "#,##0");

    /// <summary>
    /// A small summary workbook: a Party header, a title, a table with merged headers, streamed unit
    /// rows, totals and a percentage computed from totals, a footer; a second sheet with a state header;
    /// a hidden sheet; print setup, protection, validations and a defined name.
    /// </summary>
    public static WorkbookLayout SummaryWorkbook()
    {
        var workbook = new WorkbookLayout();
        workbook.Properties.Title = "Tổng hợp kết quả đợt sinh hoạt chính trị";
        workbook.Properties.Subject = "Kế hoạch 76-KH/ĐU";

        var summary = workbook.AddSheet("Tổng hợp");
        summary.SetColumnWidths(1, 6, 30, 12, 12, 12, 14);
        var geometry = new BlockGeometry(6, 2);
        summary.AddBlock(DocumentBlocks.Header(PartyPlan, geometry));
        summary.AddSpace();
        var title = new CellBlock();
        title.SetMerged(new CellRange(1, 1, 1, 6), "BÁO CÁO TỔNG HỢP", new CellStyle(CellFont.Times(15, bold: true), HorizontalAlignment.Center));
        title.SetMerged(new CellRange(2, 1, 2, 6), "Kết quả đợt sinh hoạt chính trị, tư tưởng năm 2024", new CellStyle(CellFont.Times(14, bold: true), HorizontalAlignment.Center, Wrap: true));
        summary.AddBlock(title);
        summary.AddSpace();

        var head = new CellBlock();
        head.SetMerged(new CellRange(1, 1, 2, 1), "STT", Header);
        head.SetMerged(new CellRange(1, 2, 2, 2), "Đơn vị", Header);
        head.SetMerged(new CellRange(1, 3, 1, 5), "Đảng viên", Header);
        head.Set(2, 3, "Tổng số", Header);
        head.Set(2, 4, "Tham gia", Header);
        head.Set(2, 5, "Tỷ lệ", Header);
        head.SetMerged(new CellRange(1, 6, 2, 6), "Ghi chú", Header);
        var headTop = summary.AddBlock(head);

        var units = new[] { ("Chi bộ Thôn Đồng Tân", 25, 24, ""), ("Chi bộ Trường Tiểu học số 1", 18, 18, "0123"), ("Chi bộ Công an xã", 12, 11, "=1+1") };
        var firstUnitRow = headTop + head.RowCount;
        summary.AddRows(units.Length, units.Select((unit, i) =>
        {
            var row = firstUnitRow + i;
            return new LayoutRow(new[]
            {
                new LayoutCell(1, i + 1, Count),
                new LayoutCell(2, unit.Item1, Body),
                new LayoutCell(3, unit.Item2, Input),
                new LayoutCell(4, unit.Item3, Input),
                new LayoutCell(5, CellValue.Formula($"IF(C{row}=0,\"\",D{row}/C{row})"), Percent),
                new LayoutCell(6, unit.Item4, Body),
            });
        }));
        var lastUnitRow = firstUnitRow + units.Length - 1;
        var total = new CellBlock();
        total.SetMerged(new CellRange(1, 1, 1, 2), "Tổng cộng", Total with { Horizontal = HorizontalAlignment.Center });
        total.Set(1, 3, CellValue.Formula($"SUM(C{firstUnitRow}:C{lastUnitRow})"), Total);
        total.Set(1, 4, CellValue.Formula($"SUM(D{firstUnitRow}:D{lastUnitRow})"), Total);
        var totalRow = summary.NextRow;
        total.Set(1, 5, CellValue.Formula($"IF(C{totalRow}=0,\"\",D{totalRow}/C{totalRow})"), Percent with { Font = CellFont.Times(12, bold: true) });
        total.Set(1, 6, CellValue.Blank, Total);
        summary.AddBlock(total);
        summary.AddSpace();
        summary.AddBlock(DocumentBlocks.Footer(PartyPlan, geometry));

        summary.Freeze = new FrozenPanes(firstUnitRow - 1, 2);
        summary.Print.Orientation = PageOrientation.Landscape;
        summary.Print.Margins = PageMargins.Table;
        summary.Print.FitToWidth = true;
        summary.Print.CenterHorizontally = true;
        summary.Print.RepeatRows(headTop, headTop + 1);
        summary.Protection = new SheetProtection();
        summary.AddValidation(DataValidationRule.WholeNumberAtLeast(new CellRange(firstUnitRow, 3, lastUnitRow, 4), 0, "Nhập số nguyên không âm."));
        summary.AddValidation(DataValidationRule.TextLengthAtMost(new CellRange(firstUnitRow, 6, lastUnitRow, 6), 500, "Ghi chú tối đa 500 ký tự."));
        workbook.AddDefinedName(new DefinedName("rk_units", "Tổng hợp", new CellRange(firstUnitRow, 1, lastUnitRow, 6), Hidden: true));

        var letter = workbook.AddSheet("Công văn");
        letter.SetColumnWidths(1, 12, 26, 14, 30);
        var letterGeometry = new BlockGeometry(4, 2);
        letter.AddBlock(DocumentBlocks.Header(StateLetter, letterGeometry));
        letter.AddSpace();
        var dates = new CellBlock();
        dates.Set(1, 1, "Hạn báo cáo", Body);
        dates.Set(1, 2, new DateOnly(2023, 4, 19), Body);
        dates.Set(1, 3, "Tỷ lệ", Body);
        dates.Set(1, 4, 0.812, Percent);
        letter.AddBlock(dates);
        letter.AddSpace();
        letter.AddBlock(DocumentBlocks.Footer(StateLetter, letterGeometry));
        // A fixed scale, pages across then down, repeated columns and manual breaks: what both writers must write alike.
        letter.Print.Scale = 91;
        letter.Print.OverThenDown = true;
        letter.Print.RepeatColumns(1, 1).RepeatRows(1, 2);
        letter.Print.BreakBeforeColumn(3).BreakBeforeRow(6);

        var data = workbook.AddSheet("_data");
        data.Visibility = SheetVisibility.Hidden;
        var info = new CellBlock();
        info.Set(1, 1, "template");
        info.Set(1, 2, "KeHoach76");
        info.Set(2, 1, "revision");
        info.Set(2, 2, 3);
        data.AddBlock(info);
        return workbook;
    }
}
