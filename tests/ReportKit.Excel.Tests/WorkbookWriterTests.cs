using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Writing;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>The contract every workbook writer keeps; each test runs on both writers.</summary>
public sealed class WorkbookWriterTests
{
    public static TheoryData<string> Writers() => new() { "ClosedXML", "SpreadCheetah" };

    private static IWorkbookWriter Writer(string name) =>
        name == "ClosedXML" ? ClosedXmlWorkbookWriter.Instance : SpreadCheetahWorkbookWriter.Instance;

    [Theory]
    [MemberData(nameof(Writers))]
    public void Summary_workbook_validates_against_the_OpenXml_schemas(string writer)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "tong-hop.xlsx");
        Writer(writer).SaveAs(Samples.SummaryWorkbook(), path);
        OpenXmlAssert.IsValid(path);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Two_writes_give_byte_identical_files_and_the_stream_gets_the_same_bytes(string writer)
    {
        var folder = RepoPaths.NewTempFolder("excel");
        var first = Path.Combine(folder, "a.xlsx");
        var second = Path.Combine(folder, "b.xlsx");
        var options = new WorkbookSaveOptions { Timestamp = new DateTime(2024, 11, 30, 0, 0, 0, DateTimeKind.Utc) };
        Writer(writer).SaveAs(Samples.SummaryWorkbook(), first, options);
        System.Threading.Thread.Sleep(1100); // a zip records times to two seconds; a clock leak would show
        Writer(writer).SaveAs(Samples.SummaryWorkbook(), second, options);
        using var stream = new MemoryStream();
        Writer(writer).Save(Samples.SummaryWorkbook(), stream, options);

        var bytes = File.ReadAllBytes(first);
        Assert.Equal(bytes, File.ReadAllBytes(second));
        Assert.Equal(bytes, stream.ToArray());
    }

    public static IEnumerable<object[]> TextThatLooksLikeSomethingElse() =>
        new[] { "0123", "=1+1", "+84912345678", "-5", "@x", "2021-02-03", "TRUE", "1,5", "=HYPERLINK(\"http://x\")" }
            .SelectMany(text => new[] { "ClosedXML", "SpreadCheetah" }.Select(writer => new object[] { text, writer }));

    [Theory]
    [MemberData(nameof(TextThatLooksLikeSomethingElse))]
    public void User_text_stays_text(string text, string writer)
    {
        var workbook = new WorkbookLayout();
        var block = new CellBlock();
        block.Set(1, 1, text);
        workbook.AddSheet("S").AddBlock(block);
        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "text.xlsx");
        Writer(writer).SaveAs(workbook, path);

        using (var read = new XLWorkbook(path))
        {
            var cell = read.Worksheet("S").Cell(1, 1);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.False(cell.HasFormula);
            Assert.Equal(text, cell.GetString());
        }

        var lines = WorkbookText.Render(path).Split('\n');
        Assert.Contains(lines, line => line.StartsWith("    A1 text " + WorkbookText.Quote(text), StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("formula", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Text_a_user_could_mistake_for_a_formula_gets_the_quote_prefix(string writer)
    {
        var workbook = new WorkbookLayout();
        var block = new CellBlock();
        block.Set(1, 1, "=1+1");
        block.Set(1, 2, "plain");
        workbook.AddSheet("S").AddBlock(block);
        using var stream = new MemoryStream();
        Writer(writer).Save(workbook, stream);
        stream.Position = 0;

        var text = WorkbookText.Render(stream);
        Assert.Contains("    A1 text \"=1+1\" {quote-prefix}\n", text, StringComparison.Ordinal);
        Assert.Contains("B1 text \"plain\"\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Only_library_formulas_are_formulas_and_numbers_keep_their_formats(string writer)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "f.xlsx");
        Writer(writer).SaveAs(Samples.SummaryWorkbook(), path);
        using var read = new XLWorkbook(path);
        var sheet = read.Worksheet("Tổng hợp");
        var formulas = sheet.CellsUsed().Where(c => c.HasFormula).Select(c => c.FormulaA1).ToList();
        Assert.All(formulas, f => Assert.True(f.StartsWith("SUM(", StringComparison.Ordinal) || f.StartsWith("IF(", StringComparison.Ordinal), f));
        Assert.Equal(6, formulas.Count); // three unit ratios, two totals and the ratio of the totals
        var input = sheet.CellsUsed().First(c => c.DataType == XLDataType.Number && c.Address.ColumnNumber == 3);
        Assert.Equal("#,##0", input.Style.NumberFormat.Format);
        Assert.False(input.Style.Protection.Locked);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Wrapped_text_gets_a_row_height_that_grows_with_its_length(string writer)
    {
        var workbook = new WorkbookLayout();
        var sheet = workbook.AddSheet("S").SetColumnWidth(1, 20);
        var wrap = new CellStyle(CellFont.Times(12), Wrap: true);
        var block = new CellBlock();
        block.Set(1, 1, "Chi bộ", wrap);
        block.Set(2, 1, "Tuyên truyền, phổ biến sâu rộng, thường xuyên về nội dung Tác phẩm của Tổng Bí thư trong cán bộ, đảng viên", wrap);
        block.Set(3, 1, "Không xuống dòng nên không cần tính chiều cao dòng");
        sheet.AddBlock(block);
        var path = Path.Combine(RepoPaths.NewTempFolder("excel"), "wrap.xlsx");
        Writer(writer).SaveAs(workbook, path);

        using var read = new XLWorkbook(path);
        var s = read.Worksheet("S");
        Assert.True(s.Row(2).Height > 3 * s.Row(1).Height, $"{s.Row(2).Height} vs {s.Row(1).Height}");
        var text = WorkbookText.Render(path);
        Assert.Contains("  rows\n    1 height 15.75\n    2 height ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("    3 height", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_failing_write_leaves_the_existing_file_untouched_and_no_temporary_file(string writer)
    {
        var folder = RepoPaths.NewTempFolder("excel");
        var path = Path.Combine(folder, "tong-hop.xlsx");
        File.WriteAllText(path, "the previous report");

        var workbook = new WorkbookLayout();
        workbook.AddSheet("S").AddRows(3, FailingRows());
        var error = Assert.Throws<InvalidOperationException>(() => Writer(writer).SaveAs(workbook, path));
        Assert.Equal("database went away", error.Message);

        Assert.Equal("the previous report", File.ReadAllText(path));
        Assert.Equal(new[] { "tong-hop.xlsx" }, Directory.GetFiles(folder).Select(Path.GetFileName));

        static IEnumerable<LayoutRow> FailingRows()
        {
            yield return new LayoutRow(new[] { new LayoutCell(1, "ok", CellStyle.Default) });
            throw new InvalidOperationException("database went away");
        }
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_successful_write_replaces_the_file_and_leaves_no_temporary_file(string writer)
    {
        var folder = RepoPaths.NewTempFolder("excel");
        var path = Path.Combine(folder, "tong-hop.xlsx");
        File.WriteAllText(path, "the previous report");
        Writer(writer).SaveAs(Samples.SummaryWorkbook(), path);

        Assert.Equal(new[] { "tong-hop.xlsx" }, Directory.GetFiles(folder).Select(Path.GetFileName));
        OpenXmlAssert.IsValid(path);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_row_source_that_yields_a_different_count_than_promised_fails(string writer)
    {
        var workbook = new WorkbookLayout();
        var rows = Enumerable.Range(1, 2).Select(i => new LayoutRow(new[] { new LayoutCell(1, i, CellStyle.Default) }));
        workbook.AddSheet("S").AddRows(3, rows);
        using var stream = new MemoryStream();
        var error = Assert.Throws<InvalidOperationException>(() => Writer(writer).Save(workbook, stream));
        Assert.Contains("promised 3 rows but yielded 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Cells_out_of_column_order_in_a_streamed_row_are_rejected(string writer)
    {
        var workbook = new WorkbookLayout();
        var row = new LayoutRow(new[] { new LayoutCell(2, "b", CellStyle.Default), new LayoutCell(1, "a", CellStyle.Default) });
        workbook.AddSheet("S").AddRows(1, new[] { row });
        Assert.Throws<InvalidOperationException>(() => Writer(writer).Save(workbook, new MemoryStream()));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Streamed_rows_are_enumerated_once_and_lazily(string writer)
    {
        var enumerations = 0;
        IEnumerable<LayoutRow> Rows()
        {
            enumerations++;
            for (var i = 1; i <= 1000; i++)
            {
                yield return new LayoutRow(new[] { new LayoutCell(1, i, CellStyle.Default), new LayoutCell(2, "Đơn vị " + i, CellStyle.Default) });
            }
        }

        var workbook = new WorkbookLayout();
        var sheet = workbook.AddSheet("S");
        Assert.Equal(1, sheet.AddRows(1000, Rows()));
        Assert.Equal(1001, sheet.NextRow);
        Assert.Equal(0, enumerations);
        using var stream = new MemoryStream();
        Writer(writer).Save(workbook, stream);
        Assert.Equal(1, enumerations);
        stream.Position = 0;
        Assert.Contains("    A1000 number 1000\n    B1000 text \"Đơn vị 1000\"\n", WorkbookText.Render(stream), StringComparison.Ordinal);
    }
}
