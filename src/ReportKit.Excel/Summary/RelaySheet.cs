using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The hidden, sealed sheet that makes a summary workbook a submission for the level above (the relay): the relayed
/// unit's consolidated result (<see cref="ReportSummary.ToSubmission"/>, dated the summary's as-of date), where its
/// figures sit on the main sheet, and a digest of every row and column of the table, of the answers sheet and of each
/// list sheet (<see cref="SealedCells"/>), so any edit of the data is rejected by cell or row.
/// Written only when the tree has one root: that root is the unit whose result is passed up.
/// </summary>
internal static class RelaySheet
{
    // The rows a form's metadata has too keep the form's names (FormMetadata); these are the relay's own.
    public const string FormatRow = "reportkit.summary";
    public const string CurrentFormatVersion = "1";
    public const string AsOfRow = "as_of";
    public const string RelayRow = "relay";
    public const string TableRow = "row";
    public const string TableColumn = "column";

    /// <summary>The summary's column keys, then one row of figures per unit row and the total's: what a later period compares with.</summary>
    public const string FigureColumnsRow = "figure_columns";
    public const string FiguresRow = "figures";
    public const string TotalFiguresRow = "figures_total";
    public const string OwnRowMark = "own";

    /// <summary>Separates the keys and the figures of one row in a single field (keys are ids, figures invariant numbers).</summary>
    public const char FigureSeparator = ';';

    /// <summary>One cell of a relayed list row: list id, row number (from 1), column id, canonical value, the unit that reported it.</summary>
    public const string ListCellRow = "list.cell";

    /// <summary>How many units answered a yes_no field in the relayed row (<see cref="YesNoCounts.Answered"/>): field id, count.</summary>
    public const string YesNoAnsweredRow = "yes_no.answered";

    /// <summary>A relayed date, text or document answer (<see cref="Submission.Answers"/>), in parts as a narrative: field id, part, text.</summary>
    public const string AnswerRow = "answer";

    /// <summary>A sheet besides the main table whose cells are sealed (<see cref="SealedCells"/>): sheet name, first column, column count.</summary>
    public const string SealedSheetRow = "sealed.sheet";

    /// <summary>The digest of one row of a sealed sheet: sheet name, sheet row, digest.</summary>
    public const string SealedRowRow = "sealed.row";

    /// <summary>The digest of one column of a sealed sheet: sheet name, sheet column, digest.</summary>
    public const string SealedColumnRow = "sealed.column";

    /// <summary>The widest field written: metadata readers read this many columns.</summary>
    public const int Columns = 8;

    /// <summary>Excel holds at most 32,767 characters a cell: longer narratives are written in parts.</summary>
    private const int NarrativePart = 30000;

    /// <remarks>
    /// A yes_no cell of the table is sealed as the words it shows (<c>3/5 đơn vị (60 %)</c>), with the count of Có and
    /// of the units that answered; date, text and document answers travel as the relayed submission holds them, and the
    /// answers sheet they are shown on is sealed row by row and column by column like the table.
    /// </remarks>
    public static bool Applies(ReportSummary summary) => summary.Rows.Count(r => r.Depth == 0) == 1;

    /// <param name="workbook">The summary workbook.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="table">Where the main table is.</param>
    /// <param name="sealedSheets">The other sheets' blocks sealed cell by cell: the answers sheet's, each list sheet's.</param>
    /// <param name="secret">The seal's secret.</param>
    public static void Add(WorkbookLayout workbook, ReportSummary summary, TablePlacement table, IEnumerable<SealedCells> sealedSheets, string? secret) =>
        FormMetadata.AddSheet(workbook, InputForm.MetadataSheetName, Entries(summary, table, sealedSheets), secret, password: null);

    private static List<MetadataEntry> Entries(ReportSummary summary, TablePlacement table, IEnumerable<SealedCells> sealedSheets)
    {
        var yesNo = new YesNoCells(summary);
        var root = summary.Rows[0].Unit!;
        var relayed = summary.ToSubmission(root.Id, summary.AsOf);
        var entries = new List<MetadataEntry>
        {
            new(FormatRow, new[] { CurrentFormatVersion }),
            new(FormMetadata.PlanRow, new[] { summary.Plan.Id }),
            new(FormMetadata.RevisionRow, new[] { summary.Plan.Revision.ToString(CultureInfo.InvariantCulture) }),
            new(FormMetadata.FingerprintRow, new[] { PlanFingerprint.Compute(summary.Plan, summary.Report.Id) }),
            new(FormMetadata.ReportRow, new[] { summary.Report.Id }),
            new(FormMetadata.PeriodRow, new[] { summary.Period.Key }),
            new(FormMetadata.UnitRow, new[] { root.Id, root.Name }),
            new(AsOfRow, new[] { Dates.Iso(summary.AsOf) }),
            new(FormMetadata.SheetRow, new[] { SummaryTableSheet.SheetName, Count(table.FirstColumn), Count(summary.Columns.Count) }),
        };
        var relay = relayed.Relay!;
        entries.AddRange(relay.ByLevel.Prepend(relay.Overall).Select(r => new MetadataEntry(RelayRow, new[]
        {
            r.ScopeId, r.ScopeName, Count(r.Expected), Count(r.Actual), r.ActualOnTime is { } onTime ? Count(onTime) : "", Count(r.Missing), Count(r.NotYetDue),
        })));
        for (var i = 0; i < summary.Columns.Count; i++)
        {
            var column = summary.Columns[i];
            if (column.IsEntered && relayed.Values.TryGetValue(column.ValueKey, out var value) && value is { } v)
            {
                var fields = new List<string> { column.IndicatorId, column.ItemId ?? "", CellReference.A1(table.FirstRow, table.FirstColumn + i), v.ToString(CultureInfo.InvariantCulture) };
                // A yes_no cell shows words: they are sealed beside the count (an empty trailing field would not be read back).
                if (column.Type == IndicatorType.YesNo)
                    fields.Add(yesNo.Text(summary.Rows[0], column, v));
                entries.Add(new MetadataEntry(FormMetadata.ValueRow, fields));
            }
        }

        foreach (var (key, count) in relayed.Values.Where(p => p.Key.ItemId == YesNoCounts.AnsweredItem && p.Value is not null))
            entries.Add(new MetadataEntry(YesNoAnsweredRow, new[] { key.IndicatorId, count!.Value.ToString(CultureInfo.InvariantCulture) }));

        foreach (var (id, text) in relayed.Answers.Where(a => a.Value is not null))
        {
            for (var part = 0; part * NarrativePart < text!.Length; part++)
                entries.Add(new MetadataEntry(AnswerRow, new[] { id, Count(part), text.Substring(part * NarrativePart, Math.Min(NarrativePart, text.Length - part * NarrativePart)) }));
        }

        foreach (var block in sealedSheets)
            entries.AddRange(Sealed(block));

        foreach (var (id, text) in relayed.Narratives.Where(n => n.Value is not null))
        {
            for (var part = 0; part * NarrativePart < text!.Length; part++)
                entries.Add(new MetadataEntry(FormMetadata.NarrativeRow, new[] { id, Count(part), text.Substring(part * NarrativePart, Math.Min(NarrativePart, text.Length - part * NarrativePart)) }));
        }

        foreach (var (listId, rows) in relayed.Lists)
        {
            for (var r = 0; r < rows.Length; r++)
            {
                foreach (var (columnId, value) in rows[r].Cells.Where(c => c.Value is not null))
                    entries.Add(new MetadataEntry(ListCellRow, new[] { listId, Count(r + 1), columnId, value!, rows[r].ReportedBy ?? "" }));
            }
        }

        // A digest per row and per column: one edited cell is where the one changed row meets the one changed column.
        var formulas = table.FormulaColumns;
        var grid = summary.Rows.Append(summary.Total)
            .Select(row => row.Values.Select((v, i) => v is null ? "" : formulas[i] ? "=" : summary.Columns[i].Type == IndicatorType.YesNo ? yesNo.Text(row, summary.Columns[i], v.Value) : Cell(v.Value)).ToArray())
            .ToArray();
        for (var r = 0; r < grid.Length; r++)
            entries.Add(new MetadataEntry(TableRow, new[] { Count(table.FirstRow + r), RowDigest(grid[r]) }));
        for (var c = 0; c < summary.Columns.Count; c++)
            entries.Add(new MetadataEntry(TableColumn, new[] { Count(table.FirstColumn + c), RowDigest(grid.Select(row => row[c]).ToArray()) }));

        entries.Add(new MetadataEntry(FigureColumnsRow, new[] { string.Join(FigureSeparator, summary.Columns.Select(c => c.Key)) }));
        foreach (var row in summary.Rows)
            entries.Add(new MetadataEntry(FiguresRow, new[] { row.Unit!.Id, row.IsOwn ? OwnRowMark : "", row.Unit.Name, Figures(row.Values) }));
        entries.Add(new MetadataEntry(TotalFiguresRow, new[] { Figures(summary.Total.Values) }));
        return entries;
    }

    /// <summary>
    /// The digests of a sealed block: one per row and per column, as the table's (<see cref="RowDigest"/>), and the blank
    /// row after it (nothing follows a sealed block on its sheet), so a row added at the end is seen too.
    /// </summary>
    private static IEnumerable<MetadataEntry> Sealed(SealedCells cells)
    {
        var width = cells.Rows.Count == 0 ? 0 : cells.Rows[0].Count;
        var rows = width == 0 ? cells.Rows : cells.Rows.Append(new string[width]).Select(r => r.Select(c => c ?? "").ToArray()).ToArray();
        yield return new MetadataEntry(SealedSheetRow, new[] { cells.Sheet, Count(cells.FirstColumn), Count(width) });
        for (var r = 0; r < rows.Count; r++)
            yield return new MetadataEntry(SealedRowRow, new[] { cells.Sheet, Count(cells.FirstRow + r), RowDigest(rows[r]) });
        for (var c = 0; c < width; c++)
            yield return new MetadataEntry(SealedColumnRow, new[] { cells.Sheet, Count(cells.FirstColumn + c), RowDigest(rows.Select(row => row[c]).ToArray()) });
    }

    /// <summary>How a value cell of the table reads in a digest: a number as Excel holds it (a double, round-trip form).</summary>
    public static string Cell(decimal value) => SealedCells.Shown(CellValue.Number(value));

    /// <summary>The digest of a line of table cells, a row or a column (blank "", a formula "=", a number <see cref="Cell"/>).</summary>
    public static string RowDigest(IReadOnlyList<string> cells)
    {
        var text = string.Join("\u001F", cells);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12).ToLowerInvariant();
    }

    /// <summary>A row's figures in one field: invariant decimals, blank for a blank.</summary>
    public static string Figures(IEnumerable<decimal?> values) =>
        string.Join(FigureSeparator, values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? ""));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Where the main table's unit rows start on the summary sheet, and which value columns hold formulas.</summary>
/// <param name="FirstRow">The sheet row of the first unit row (the root); the total row follows the last unit row.</param>
/// <param name="FirstColumn">The sheet column of the first value column.</param>
/// <param name="FormulaColumns">Per value column, true when its cells are formulas (ratios).</param>
internal sealed record TablePlacement(int FirstRow, int FirstColumn, IReadOnlyList<bool> FormulaColumns);
