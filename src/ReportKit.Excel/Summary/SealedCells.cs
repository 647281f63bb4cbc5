using System.Collections.Generic;
using System.Globalization;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Summary;

/// <summary>
/// A block of a summary sheet a relayed summary seals cell by cell (<see cref="RelaySheet"/>): the texts its rows show,
/// from <see cref="FirstRow"/> and <see cref="FirstColumn"/> on ("" for a blank cell). The answers sheet
/// (<see cref="AnswersSheet"/>) and each list sheet (<see cref="ListSheet"/>) give one; the relay seals each row, each
/// column and the blank row after the block, so an edited cell is named, and a row deleted, inserted, moved or added at
/// the end is seen.
/// </summary>
/// <param name="Sheet">The sheet's name.</param>
/// <param name="FirstRow">The sheet row of the first row.</param>
/// <param name="FirstColumn">The sheet column of the first cell of each row.</param>
/// <param name="Rows">What each row's cells show, all rows as wide.</param>
internal sealed record SealedCells(string Sheet, int FirstRow, int FirstColumn, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// How a written cell reads back in a digest, as the importer reads it (<c>RelayReading</c>): blank "", text as
    /// written, a number in round-trip form, a date as its serial number (a number cell with a date format), a formula "=".
    /// </summary>
    public static string Shown(CellValue value) => value.Kind switch
    {
        CellValueKind.Blank => "",
        CellValueKind.Text => value.TextValue,
        CellValueKind.Number => value.NumberValue.ToString("R", CultureInfo.InvariantCulture),
        CellValueKind.Date => ((double)ExcelDates.Serial(value.DateValue)).ToString("R", CultureInfo.InvariantCulture),
        _ => "=",
    };
}
