using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using ClosedXML.Excel;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Writing;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

public sealed class StreamingWriterTests
{
    private static readonly SpreadCheetahWorkbookWriter Writer = SpreadCheetahWorkbookWriter.Instance;
    private static readonly WorkbookSaveOptions Options = new() { Timestamp = new DateTime(2024, 11, 30, 0, 0, 0, DateTimeKind.Utc) };

    [Fact]
    public void Summary_workbook_reads_the_same_as_the_ClosedXml_file()
    {
        var (closedXml, streamed) = RenderBoth(Samples.SummaryWorkbook);
        Assert.Equal(closedXml, streamed);
        Assert.Contains("    F13 text \"=1+1\" {v-center; wrap; border thin; quote-prefix}\n", streamed, StringComparison.Ordinal);
        Assert.Contains("    unlocked C11:D13\n", streamed, StringComparison.Ordinal);
        Assert.Contains("  print paper A4 landscape fit 1 wide 0 tall centered repeat $9:$10", streamed, StringComparison.Ordinal);
        Assert.Contains("  print paper A4 portrait scale 91 over-then-down repeat $A:$A,$1:$2 page-columns-from C page-rows-from 6 ", streamed, StringComparison.Ordinal);
        Assert.Contains("  rk_units = 'Tổng hợp'!$A$11:$F$13 (hidden)\n", streamed, StringComparison.Ordinal);
        Assert.Contains("    B6 date 2023-04-19 {format \"dd/mm/yyyy\"; v-center; wrap; border thin}\n", streamed, StringComparison.Ordinal);
    }

    [Fact]
    public void What_SpreadCheetah_cannot_write_is_added_and_reads_the_same_as_the_ClosedXml_file()
    {
        static WorkbookLayout Build()
        {
            var workbook = new WorkbookLayout();
            workbook.Properties.Keywords = "tổng hợp; 2024";
            workbook.Properties.Description = "Báo cáo thử";
            workbook.Properties.Category = "Báo cáo";
            var hidden = workbook.AddSheet("Ẩn");
            hidden.Visibility = SheetVisibility.Hidden;
            hidden.AddBlock(new CellBlock().Set(1, 1, "x"));
            var sheet = workbook.AddSheet("Nhập liệu");
            sheet.SetColumnWidths(1, 40, 10);
            sheet.ShowGridLines = false;
            sheet.Freeze = new FrozenPanes(1, 0);
            sheet.Print.Paper = PaperSize.A3;
            sheet.Protection = new SheetProtection("secret", AllowFormatColumns: false);
            var block = new CellBlock();
            block.Set(1, 1, "Nội dung được căn đều hai bên, đủ dài để xuống dòng trong ô rộng bốn mươi ký tự.",
                new CellStyle(CellFont.Times(13, italic: true), HorizontalAlignment.Justify, VerticalAlignment.Top, Wrap: true));
            block.Set(3, 1, "1.1. Mục con", new CellStyle(CellFont.Times(12), HorizontalAlignment.Left, Indent: 2));
            block.Set(1, 2, 12.5, new CellStyle(CellFont.Times(12), Locked: false, NumberFormat: "0.00"));
            block.Set(2, 1, new DateOnly(2024, 2, 29), new CellStyle(CellFont.Times(12), Locked: false));
            block.Set(2, 2, "@ghi chú", new CellStyle(CellFont.Times(12, underline: true), Locked: false));
            block.SetRowHeight(2, 30);
            sheet.AddBlock(block);
            sheet.AddValidation(DataValidationRule.DecimalBetween(new CellRange(1, 2, 2, 2), 0, 100, "Từ 0 đến 100.") with { PromptTitle = "Tỷ lệ", Prompt = "Nhập phần trăm." });
            return workbook;
        }

        var (closedXml, streamed) = RenderBoth(Build);
        Assert.Equal(closedXml, streamed);
        Assert.Contains("justify", streamed, StringComparison.Ordinal);
        Assert.Contains("  protection sheet password formatRows=0 objects=1\n    unlocked B1 A2:B2\n", streamed, StringComparison.Ordinal);
        Assert.Contains("  keywords: \"tổng hợp; 2024\"\n", streamed, StringComparison.Ordinal);

        // The legacy password hash is Excel's (the one ClosedXML computes), not just any attribute.
        Assert.Equal(SheetXmlAttribute(Save(ClosedXmlWorkbookWriter.Instance, Build()), 2, "sheetProtection", "password"),
            SheetXmlAttribute(Save(Writer, Build()), 2, "sheetProtection", "password"));
    }

    [Fact]
    public void A_stream_that_already_holds_data_gets_the_package_after_it_with_the_same_bytes()
    {
        using var empty = new MemoryStream();
        Writer.Save(Samples.SummaryWorkbook(), empty, Options);
        var prefix = new byte[] { 1, 2, 3 };
        using var holding = new MemoryStream();
        holding.Write(prefix);
        Writer.Save(Samples.SummaryWorkbook(), holding, Options);

        Assert.Equal(prefix.Concat(empty.ToArray()), holding.ToArray());
    }

    [Fact]
    public void A_streamed_band_of_100000_rows_by_20_cells_is_written_whole()
    {
        const int rows = 100_000;
        const int columns = 20;
        var number = new CellStyle(CellFont.Times(12), Borders: CellBorders.All, NumberFormat: "#,##0");
        var workbook = new WorkbookLayout();
        var sheet = workbook.AddSheet("Đơn vị");
        var header = new CellBlock();
        header.SetMerged(new CellRange(1, 1, 1, columns), "Tổng hợp", CellStyle.Default.Centered());
        sheet.AddBlock(header);
        sheet.AddRows(rows, Enumerable.Range(1, rows).Select(r =>
        {
            var cells = new LayoutCell[columns];
            for (var c = 0; c < columns; c++)
            {
                cells[c] = new LayoutCell(c + 1, r * 31 + c, number);
            }

            return new LayoutRow(cells);
        }));

        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "lon.xlsx");
        Writer.SaveAs(workbook, path);

        var (rowCount, lastRow, cellsInLastRow, lastValue) = CountRows(path);
        Assert.Equal(rows + 1, rowCount);
        Assert.Equal(rows + 1, lastRow);
        Assert.Equal(columns, cellsInLastRow);
        Assert.Equal((rows * 31 + columns - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), lastValue);
    }

    [Fact]
    public void Whole_and_fractional_numbers_and_dates_are_stored_exactly_as_ClosedXml_stores_them()
    {
        // Whole numbers in int range take SpreadCheetah's integer path; the rest stay doubles.
        var numbers = new[] { 0, -0.0, 1, -1, 1234, 2_147_483_647, -2_147_483_648, 2_147_483_648, -2_147_483_649, 1e15, 1e16, 0.1, 1234.5, -7.25e-5, 12_345_678_901 };
        WorkbookLayout Build()
        {
            var workbook = new WorkbookLayout();
            var cells = numbers.Select((n, i) => new LayoutCell(i + 1, n, CellStyle.Default))
                .Append(new LayoutCell(numbers.Length + 1, new DateOnly(2024, 2, 29), CellStyle.Default))
                .ToList();
            workbook.AddSheet("S").AddRows(1, new[] { new LayoutRow(cells) });
            return workbook;
        }

        var (closedXml, streamed) = RenderBoth(Build);
        Assert.Equal(closedXml, streamed);
        Assert.Contains("    B1 number -0\n", streamed, StringComparison.Ordinal);
        Assert.Contains("    G1 number -2147483648\n    H1 number 2147483648\n", streamed, StringComparison.Ordinal);

        using var read = new XLWorkbook(Save(Writer, Build()));
        var sheet = read.Worksheet("S");
        for (var i = 0; i < numbers.Length; i++)
        {
            Assert.Equal(numbers[i], sheet.Cell(1, i + 1).GetDouble());
        }

        Assert.Equal(new DateTime(2024, 2, 29), sheet.Cell(1, numbers.Length + 1).GetDateTime());
    }

    [Fact]
    public void The_automatic_choice_streams_only_large_tables()
    {
        Assert.Same(ClosedXmlWorkbookWriter.Instance, WorkbookWriters.For(Samples.SummaryWorkbook()));
        var large = new WorkbookLayout();
        large.AddSheet("S").AddRows(WorkbookWriters.StreamingRowThreshold + 1, Enumerable.Empty<LayoutRow>());
        Assert.Same(SpreadCheetahWorkbookWriter.Instance, WorkbookWriters.For(large));
    }

    /// <summary>
    /// Both writers' renderings. The one documented difference is dropped first: ClosedXML groups
    /// adjacent columns of equal width in one range (C:E), SpreadCheetah lists each column.
    /// </summary>
    private static (string ClosedXml, string Streamed) RenderBoth(Func<WorkbookLayout> build) =>
        (ExpandColumnRanges(WorkbookText.Render(Save(ClosedXmlWorkbookWriter.Instance, build()))),
         ExpandColumnRanges(WorkbookText.Render(Save(Writer, build()))));

    private static MemoryStream Save(IWorkbookWriter writer, WorkbookLayout layout)
    {
        var stream = new MemoryStream();
        writer.Save(layout, stream, Options);
        stream.Position = 0;
        return stream;
    }

    private static string ExpandColumnRanges(string text) =>
        Regex.Replace(text, "^    ([A-Z]+):([A-Z]+) width (.*)$", match =>
        {
            var first = CellReference.ColumnNumber(match.Groups[1].Value);
            var last = CellReference.ColumnNumber(match.Groups[2].Value);
            return string.Join("\n", Enumerable.Range(first, last - first + 1)
                .Select(c => "    " + CellReference.ColumnLetters(c) + " width " + match.Groups[3].Value));
        }, RegexOptions.Multiline);

    private static string? SheetXmlAttribute(Stream package, int sheet, string element, string attribute)
    {
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        using var reader = XmlReader.Create(zip.GetEntry("xl/worksheets/sheet" + sheet + ".xml")!.Open());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == element)
            {
                return reader.GetAttribute(attribute);
            }
        }

        return null;
    }

    /// <summary>Streams through the first sheet: rows, the last row's number, its cells and last value.</summary>
    private static (int Rows, int LastRow, int CellsInLastRow, string? LastValue) CountRows(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = XmlReader.Create(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var (rows, lastRow, cells, lastValue) = (0, 0, 0, (string?)null);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    rows++;
                    lastRow = int.Parse(reader.GetAttribute("r")!, System.Globalization.CultureInfo.InvariantCulture);
                    cells = 0;
                    break;
                case "c":
                    cells++;
                    break;
                case "v":
                    lastValue = reader.ReadElementContentAsString();
                    break;
            }
        }

        return (rows, lastRow, cells, lastValue);
    }
}
