using System.Collections.Generic;
using System.Globalization;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

public static partial class InputForm
{
    /// <summary>
    /// Section II of a form with date, text or document fields: one row per field, its label on the left and a wide input
    /// cell (C:E) on the right, so a reference such as <c>Kế hoạch số 12-KH/ĐU ngày 05/5/2023</c> fits. The cells are
    /// recorded as value cells of the field id; the importer reads them as answers.
    /// </summary>
    private static IReadOnlyList<ValueCell> AddAnswers(SheetLayout sheet, IReadOnlyList<IndicatorSpec> fields, string partTitle, List<FixedCell> texts,
        List<(int First, int Last)> keepTogether)
    {
        var cells = new List<ValueCell>();
        if (fields.Count == 0)
        {
            return cells;
        }

        sheet.AddSpace();
        var sectionRow = sheet.AddBlock(Lines((partTitle, SectionTitle)));
        var top = sheet.NextRow;
        var block = new CellBlock();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var row = i + 1;
            var sheetRow = top + i;
            var label = field.Label + (field.Required ? " (bắt buộc)" : string.Empty);
            block.Set(row, 1, (i + 1).ToString(CultureInfo.InvariantCulture), Number);
            block.Set(row, 2, label, Label);
            var input = new CellRange(sheetRow, 3, sheetRow, ColumnCount);
            block.SetMerged(new CellRange(row, 3, row, ColumnCount), CellValue.Blank, AnswerStyle(field));
            var address = CellReference.A1(sheetRow, 3);
            cells.Add(new ValueCell(new ValueKey(field.Id), address, Fixed(sheetRow, 2, label)));
            sheet.AddValidation(AnswerValidation(field, input));
        }

        sheet.AddBlock(block);
        keepTogether.Add((sectionRow, sheet.NextRow - 1));
        return cells;
    }

    private static CellStyle AnswerStyle(IndicatorSpec field) => field.Type == IndicatorType.Date
        ? Input with { NumberFormat = CellStyle.DefaultDateFormat, Horizontal = HorizontalAlignment.Left }
        : Input with { Horizontal = HorizontalAlignment.Left, Wrap = true };

    /// <summary>A date in the years the importer reads (<see cref="DateSerials"/>), or a text within its length.</summary>
    private static DataValidationRule AnswerValidation(IndicatorSpec field, CellRange cell)
    {
        var label = "“" + field.Label + "”";
        var prompt = field.Type switch
        {
            IndicatorType.Date => "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/5/2023.",
            IndicatorType.Document => "Ghi số, ký hiệu và ngày của văn bản, ví dụ: " + DocumentReference.Example + ".",
            _ => field.Note,
        };
        if (field.Type == IndicatorType.Date)
        {
            return new DataValidationRule(cell, ValidationKind.Decimal, DateSerials.First, DateSerials.Last,
                "Ngày không hợp lệ", label + ": nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/5/2023.", "Hướng dẫn", prompt);
        }

        var limit = field.Type == IndicatorType.Text ? FieldTypes.MaxLengthOf(field) : FieldTypes.DefaultTextMaxLength;
        return DataValidationRule.TextLengthAtMost(cell, limit, label + ": tối đa " + limit.ToString(CultureInfo.InvariantCulture) + " ký tự.")
            with { PromptTitle = prompt is null ? null : "Hướng dẫn", Prompt = prompt };
    }
}
