using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Templates;

namespace ReportKit.Excel.Tests;

// Filling a form's row lists as a clerk types them (Excel tests only: it reads the form's internal metadata rows).
internal static partial class FormsTestKit
{
    /// <summary>The form cell of a list row's column: (list, number, column) → address, from the sealed metadata.</summary>
    public static Dictionary<(string List, int Number, string Column), string> ListCells(string path) =>
        MetadataRows(path).Where(r => r[0] == FormMetadata.ListCellRow)
            .ToDictionary(r => (r[1], int.Parse(r[2], CultureInfo.InvariantCulture), r[3]), r => r[4]);

    /// <summary>
    /// What a clerk types for each filled list cell of <paramref name="submission"/>, as openpyxl assignments
    /// (<c>C30=n:25</c> a number, <c>d:2024-05-01</c> a date, else the text shown: <c>Có</c>, a choice's title).
    /// </summary>
    public static IEnumerable<string> ListAssignments(PlanSpec plan, string form, Submission submission)
    {
        var cells = ListCells(form);
        foreach (var list in plan.Lists)
        {
            var rows = submission.RowsOf(list.Id);
            for (var i = 0; i < rows.Length; i++)
            {
                foreach (var column in list.Columns)
                {
                    if (rows[i][column.Id] is not { } value)
                        continue;
                    var typed = column.Type switch
                    {
                        ListColumnType.Integer or ListColumnType.Decimal => "n:" + value,
                        ListColumnType.Date => "d:" + value,
                        ListColumnType.YesNo => value == ReportKit.ListCells.Yes ? "Có" : "Không",
                        ListColumnType.Choice => plan.ChoicesOf(column).Single(c => c.Id == value).Title,
                        _ => value,
                    };
                    yield return cells[(list.Id, i + 1, column.Id)] + "=" + typed;
                }
            }
        }
    }

    /// <summary>
    /// Fills a generated form in place as a clerk would, from <paramref name="submission"/>: the values, narratives and
    /// date by the cells its metadata names, and with <paramref name="plan"/> also the list rows, each cell typed
    /// (<see cref="ListAssignments"/>).
    /// </summary>
    public static void Fill(string path, Submission submission, PlanSpec plan)
    {
        var assignments = ListAssignments(plan, path, submission).ToArray();
        Fill(path, submission);
        Edit(path, workbook =>
        {
            var sheet = workbook.Worksheet(InputForm.SheetName);
            foreach (var assignment in assignments)
            {
                var (cell, value) = (assignment[..assignment.IndexOf('=')], assignment[(assignment.IndexOf('=') + 1)..]);
                if (value.StartsWith("n:", StringComparison.Ordinal))
                    sheet.Cell(cell).SetValue(double.Parse(value[2..], CultureInfo.InvariantCulture));
                else if (value.StartsWith("d:", StringComparison.Ordinal))
                    sheet.Cell(cell).SetValue(DateTime.ParseExact(value[2..], "yyyy-MM-dd", CultureInfo.InvariantCulture));
                else
                    sheet.Cell(cell).SetValue(value);
            }
        });
    }
}
