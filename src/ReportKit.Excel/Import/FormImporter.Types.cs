using System;
using ReportKit.Templates;

namespace ReportKit.Excel.Import;

public static partial class FormImporter
{
    /// <summary>Reading yes_no, date, text and document cells (field types beyond numbers).</summary>
    private sealed partial class FormReading
    {
        /// <summary>A yes_no cell: Có/Không as <see cref="FieldAnswers.TryReadYesNo"/> reads it (1/0); anything else is refused, never guessed.</summary>
        private decimal? ReadYesNo(RawCell? found, string label, string sheet, string address)
        {
            if (found is not { } cell || (!cell.HasFormula && string.IsNullOrWhiteSpace(Text(cell))))
            {
                return null;
            }

            var what = "Ô " + address + " (" + label + ")";
            if (cell.HasFormula)
            {
                Problem(ImportProblems.Formula, sheet, address, what, FieldAnswers.YesNoHint);
                return null;
            }

            var text = Text(cell)!;
            if (cell.Type == "e" || !FieldAnswers.TryReadYesNo(text, out var value))
            {
                Problem(ImportProblems.BadYesNo, sheet, address, what, Shorten(text.Trim()));
                return null;
            }

            return value;
        }

        /// <summary>A date, text or document cell, as its canonical answer (<see cref="FieldAnswers.TryRead"/>).</summary>
        private string? ReadAnswer(RawCell? found, IndicatorSpec field, string sheet, string address)
        {
            if (found is not { } cell || (!cell.HasFormula && string.IsNullOrWhiteSpace(Text(cell))))
            {
                return null;
            }

            var what = "Ô " + address + " (" + field.Label + ")";
            if (field.Type == IndicatorType.Date)
            {
                return ReadDateCell(cell, sheet, address, what, Dates.FirstYear, Dates.LastYear) is { } day ? Dates.Iso(day) : null;
            }

            if (!IsWrittenText(cell, sheet, address, what))
            {
                return null;
            }

            var text = Text(cell)!;
            if (!FieldAnswers.TryRead(field, text, out var canonical, out var whatToWrite))
            {
                Problem(ImportProblems.BadAnswer, sheet, address, what, Shorten(text.Trim()), whatToWrite);
                return null;
            }

            if (FieldAnswers.TooLong(field, canonical) is { } length)
            {
                Problem(ImportProblems.TooLong, sheet, address, what, length, FieldTypes.MaxLengthOf(field));
                return null;
            }

            return canonical;
        }
    }
}
