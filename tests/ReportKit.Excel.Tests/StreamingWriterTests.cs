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
    public void Summary_workbook_validates_against_the_OpenXml_schemas()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "tong-hop.xlsx");
        Writer.SaveAs(Samples.SummaryWorkbook(), path);
        OpenXmlAssert.IsValid(path);
    }

    [Fact]
    public void Summary_workbook_reads_the_same_as_the_ClosedXml_file()
    {
        var (closedXml, streamed) = RenderBoth(Samples.SummaryWorkbook);
        Assert.Equal(closedXml, streamed);
        Assert.Contains("    F13 text \"=1+1\" {v-center; wrap; border thin; quote-prefix}\n", streamed, StringComparison.Ordinal);
        Assert.Contains("    unlocked C11:D13\n", streamed, StringComparison.Ordinal);
        Assert.Contains("  print paper A4 landscape fit 1 wide 0 tall centered repeat 9:10", streamed, StringComparison.Ordinal);
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
    public void Two_writes_give_byte_identical_files_and_the_stream_gets_the_same_bytes()
    {
        var folder = RepoPaths.NewTempFolder("excel");
        var first = Path.Combine(folder, "a.xlsx");
        var second = Path.Combine(folder, "b.xlsx");
        Writer.SaveAs(Samples.SummaryWorkbook(), first, Options);
        System.Threading.Thread.Sleep(1100); // a zip records times to two seconds; a clock leak would show
        Writer.SaveAs(Samples.SummaryWorkbook(), second, Options);
        using var stream = new MemoryStream();
        Writer.Save(Samples.SummaryWorkbook(), stream, Options);

        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        Assert.Equal(bytes, stream.ToArray());
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

    [Theory]
    [InlineData("0123")]
    [InlineData("=1+1")]
    [InlineData("+84")]
    [InlineData("-5")]
    [InlineData("@x")]
    [InlineData("TRUE")]
    [InlineData("2021-02-03")]
    [InlineData("=HYPERLINK(\"http://x\")")]
    public void User_text_stays_text(string text)
    {
        var workbook = new WorkbookLayout();
        workbook.AddSheet("S").AddRows(1, new[] { new LayoutRow(new[] { new LayoutCell(1, text, CellStyle.Default) }) });
        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "text.xlsx");
        Writer.SaveAs(workbook, path);
        OpenXmlAssert.IsValid(path);

        using (var read = new XLWorkbook(path))
        {
            var cell = read.Worksheet("S").Cell(1, 1);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.False(cell.HasFormula);
            Assert.Equal(text, cell.GetString());
        }

        var lines = WorkbookText.Render(path).Split('\n');
        var quoted = text[0] is '=' or '+' or '-' or '@';
        Assert.Contains("    A1 text " + WorkbookText.Quote(text) + (quoted ? " {quote-prefix}" : string.Empty), lines);
        Assert.DoesNotContain(lines, line => line.Contains("formula", StringComparison.Ordinal));
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
    public void Streamed_rows_are_enumerated_once_and_lazily()
    {
        var enumerations = 0;
        var produced = 0;
        IEnumerable<LayoutRow> Rows()
        {
            enumerations++;
            for (var i = 1; i <= 1000; i++)
            {
                produced++;
                yield return new LayoutRow(new[] { new LayoutCell(1, i, CellStyle.Default), new LayoutCell(3, "Đơn vị " + i, CellStyle.Default) });
            }
        }

        var workbook = new WorkbookLayout();
        workbook.AddSheet("S").AddRows(1000, Rows());
        Assert.Equal(0, produced);
        using var stream = new MemoryStream();
        Writer.Save(workbook, stream);
        Assert.Equal(1, enumerations);
        stream.Position = 0;
        Assert.Contains("    A1000 number 1000\n    C1000 text \"Đơn vị 1000\"\n", WorkbookText.Render(stream), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_row_source_leaves_the_existing_file_untouched_and_no_temporary_file()
    {
        var folder = RepoPaths.NewTempFolder("excel");
        var path = Path.Combine(folder, "tong-hop.xlsx");
        File.WriteAllText(path, "the previous report");
        var workbook = new WorkbookLayout();
        workbook.AddSheet("S").AddRows(3, FailingRows());

        var error = Assert.Throws<InvalidOperationException>(() => Writer.SaveAs(workbook, path));
        Assert.Equal("database went away", error.Message);
        Assert.Equal("the previous report", File.ReadAllText(path));
        Assert.Equal(new[] { "tong-hop.xlsx" }, Directory.GetFiles(folder).Select(Path.GetFileName));

        static IEnumerable<LayoutRow> FailingRows()
        {
            yield return new LayoutRow(new[] { new LayoutCell(1, "ok", CellStyle.Default) });
            throw new InvalidOperationException("database went away");
        }
    }

    [Fact]
    public void Cells_out_of_column_order_and_wrong_row_counts_are_rejected()
    {
        var unordered = new WorkbookLayout();
        unordered.AddSheet("S").AddRows(1, new[] { new LayoutRow(new[] { new LayoutCell(2, "b", CellStyle.Default), new LayoutCell(1, "a", CellStyle.Default) }) });
        Assert.Throws<InvalidOperationException>(() => Writer.Save(unordered, new MemoryStream()));

        var short_ = new WorkbookLayout();
        short_.AddSheet("S").AddRows(3, Enumerable.Range(1, 2).Select(i => new LayoutRow(new[] { new LayoutCell(1, i, CellStyle.Default) })));
        var error = Assert.Throws<InvalidOperationException>(() => Writer.Save(short_, new MemoryStream()));
        Assert.Contains("promised 3 rows but yielded 2", error.Message, StringComparison.Ordinal);
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
