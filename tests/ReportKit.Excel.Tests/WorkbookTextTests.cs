using System.IO;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Writing;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

public sealed class WorkbookTextTests
{
    [Fact]
    public void Summary_workbook_renders_as_its_snapshot()
    {
        using var stream = new MemoryStream();
        ClosedXmlWorkbookWriter.Instance.Save(Samples.SummaryWorkbook(), stream,
            new WorkbookSaveOptions { Timestamp = new DateTime(2024, 11, 30, 0, 0, 0, DateTimeKind.Utc) });
        stream.Position = 0;
        var text = WorkbookText.Render(stream);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }
}

public sealed class WorkbookTextForeignFileTests
{
    /// <summary>A workbook written directly with the Open XML SDK, the way other tools write: inline strings, no cell references, booleans, errors.</summary>
    private static MemoryStream ForeignWorkbook()
    {
        var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var worksheetPart = workbookPart.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData(
                new DocumentFormat.OpenXml.Spreadsheet.Row(
                    new DocumentFormat.OpenXml.Spreadsheet.Cell
                    {
                        DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                        InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("Đơn vị")),
                    },
                    new DocumentFormat.OpenXml.Spreadsheet.Cell { DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Boolean, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("1") },
                    new DocumentFormat.OpenXml.Spreadsheet.Cell { DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.Error, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("#DIV/0!") },
                    new DocumentFormat.OpenXml.Spreadsheet.Cell { CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("1234.5") }),
                new DocumentFormat.OpenXml.Spreadsheet.Row(
                    new DocumentFormat.OpenXml.Spreadsheet.Cell
                    {
                        CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula("D1*2"),
                        CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("2469"),
                    }));
            worksheetPart.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(data);
            workbookPart.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = "Báo cáo" }));
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Renders_a_workbook_written_by_another_tool()
    {
        using var stream = ForeignWorkbook();
        var text = WorkbookText.Render(stream);
        Assert.Equal(
            "properties\n" +
            "names\n" +
            "sheet \"Báo cáo\" visible\n" +
            "  cells\n" +
            "    A1 text \"Đơn vị\"\n" +
            "    B1 bool TRUE\n" +
            "    C1 error #DIV/0!\n" +
            "    D1 number 1234.5\n" +
            "    A2 formula =D1*2 -> number 2469\n",
            text);
    }
}
