using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Templates;

namespace ReportKit.Excel.Import;

// The row lists of a form: each numbered row read cell by cell into canonical strings (ListCells); an empty row is
// skipped, a partly filled one kept with its blanks, a bad cell refused at its file, sheet and cell.
public static partial class FormImporter
{
    private sealed partial class FormReading
    {
        /// <summary>Whether the form's list rows are the report's lists: the same lists, rows and columns.</summary>
        internal static bool ListCellsMatch(FormMetadata metadata, ReportCells cells)
        {
            var byList = metadata.ListRows.GroupBy(r => r.ListId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            return byList.Count == cells.Lists.Count && cells.Lists.Values.All(list =>
                byList.TryGetValue(list.Id, out var rows) && rows.Length == list.Rows &&
                rows.Select(r => r.Number).SequenceEqual(Enumerable.Range(1, list.Rows)) &&
                rows.All(r => r.Cells.Select(c => c.ColumnId).SequenceEqual(list.Columns.Select(c => c.Id))));
        }

        private ImmutableSortedDictionary<string, ImmutableArray<ListRow>> ReadLists(FormMetadata metadata, ReportCells cells, Func<string, RawCell?> at, string sheet)
        {
            var result = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<ListRow>>(StringComparer.Ordinal);
            foreach (var group in metadata.ListRows.GroupBy(r => r.ListId, StringComparer.Ordinal))
            {
                var list = cells.Lists[group.Key];
                var rows = ImmutableArray.CreateBuilder<ListRow>();
                foreach (var rowCells in group.OrderBy(r => r.Number))
                {
                    var row = new ListRow();
                    foreach (var (columnId, address) in rowCells.Cells)
                    {
                        var column = list.Columns.First(c => c.Id == columnId);
                        row = row.With(columnId, ReadListCell(at(address), cells.Plan, list, rowCells.Number, column, sheet, address));
                    }

                    // Only a row with something in it is a row: blank rows are the form's spare room.
                    if (!row.IsEmpty)
                        rows.Add(row);
                }

                result[list.Id] = rows.ToImmutable();
            }

            return result.ToImmutable();
        }

        /// <summary>A list cell as its canonical string (<see cref="ListCells"/>), null when blank or refused (the problem is told).</summary>
        private string? ReadListCell(RawCell? found, PlanSpec plan, ListSpec list, int number, ListColumnSpec column, string sheet, string address)
        {
            if (found is not { } cell || (!cell.HasFormula && string.IsNullOrWhiteSpace(Text(cell))))
                return null;
            var label = list.Label + ", dòng " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", cột " + column.Label;
            switch (column.Type)
            {
                case ListColumnType.Integer or ListColumnType.Decimal:
                {
                    // The one reader of numbers: a list column reads as an indicator of its type would (counts from 0).
                    var asIndicator = new IndicatorSpec(column.Id, label, null, column.Type == ListColumnType.Integer ? IndicatorType.Integer : IndicatorType.Decimal,
                        Disaggregation.None, column.Type == ListColumnType.Integer ? 0m : null, null, null, null, ValueFormat.Number, false, null, null, column.Location);
                    return ReadNumber(cell, asIndicator, label, sheet, address) is { } value ? ListCells.Of(value) : null;
                }

                case ListColumnType.Date:
                    return ReadDateCell(cell, sheet, address, "Ô " + address + " (" + label + ")", Dates.FirstYear, Dates.LastYear) is { } day ? ListCells.Of(day) : null;
                case ListColumnType.Text:
                {
                    var asNarrative = new NarrativeSpec(column.Id, label, false, null, null, column.Location);
                    return ReadText(cell, asNarrative, sheet, address) is { } text ? FormMetadata.Normalize(text) : null;
                }

                default:
                {
                    var text = ReadText(cell, new NarrativeSpec(column.Id, label, false, null, null, column.Location), sheet, address);
                    if (text is null)
                        return null;
                    var shown = FormMetadata.Normalize(text);
                    var options = column.Type == ListColumnType.YesNo
                        ? new[] { (Id: ListCells.Yes, Title: "Có"), (Id: ListCells.No, Title: "Không") }
                        : plan.ChoicesOf(column).ToArray();
                    var match = options.Where(o => string.Equals(FormMetadata.Normalize(o.Title), shown, StringComparison.OrdinalIgnoreCase) || o.Id == shown).ToArray();
                    if (match.Length == 1)
                        return match[0].Id;
                    Problem(ImportProblems.ListBadChoice, sheet, address, "Ô " + address + " (" + label + ")", Shorten(shown),
                        string.Join("; ", options.Select(o => o.Title)));
                    return null;
                }
            }
        }
    }
}
