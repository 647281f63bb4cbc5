using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Summary;
using ReportKit.Templates;

namespace ReportKit.Excel.Import;

public static partial class FormImporter
{
    /// <summary>
    /// Reading a summary workbook passed up by a consolidating unit (the relay, <see cref="RelaySheet"/>): the seal, the
    /// same origin checks as a form, then every sealed figure against its visible cell and every table row against its
    /// digest, so an edit anywhere in the data rejects the file at the cell or row.
    /// </summary>
    private sealed class RelayReading
    {
        private readonly string _file;
        private readonly XlsxReader _reader;
        private readonly Expectations _expectations;

        private RelayReading(string file, XlsxReader reader, Expectations expectations)
        {
            _file = file;
            _reader = reader;
            _expectations = expectations;
        }

        /// <summary>The outcome when the file is a relayed summary; null when it is not one (read it as a form).</summary>
        public static FileOutcome? TryRead(string file, XlsxReader reader, Expectations expectations)
        {
            var sheet = reader.Sheets.FirstOrDefault(s => s.Name == InputForm.MetadataSheetName);
            if (sheet is null)
                return null;
            var first = reader.AllCells(sheet);
            var reading = new RelayReading(file, reader, expectations);
            return first.TryGetValue((1, 1), out var cell) && reading.Text(cell) == RelaySheet.FormatRow ? reading.Read(sheet) : null;
        }

        private FileOutcome Read(SheetEntry metadataSheet)
        {
            string? unitId = null;
            try
            {
                return Read(metadataSheet, ref unitId);
            }
            catch (FormRejectedException rejected)
            {
                rejected.UnitId ??= unitId;
                throw;
            }
        }

        private FileOutcome Read(SheetEntry metadataSheet, ref string? sealedUnit)
        {
            const string meta = InputForm.MetadataSheetName;
            var entries = FormReading.ReadMetadataSheet(_reader, metadataSheet, RelaySheet.Columns, out var seal);
            if (seal is null || !FormMetadata.IsSealed(entries, seal, _expectations.Options.SealSecret))
                throw ImportProblems.Tampered.Reject(meta, null, "biểu tổng hợp", meta, "gửi lại đúng tệp tổng hợp do ReportKit tạo");

            string Single(string key) => entries.Count(e => e.Key == key) == 1
                ? entries.First(e => e.Key == key).Field(0)
                : throw Malformed("thiếu hoặc lặp dòng “" + key + "”");
            if (Single(RelaySheet.FormatRow) != RelaySheet.CurrentFormatVersion)
                throw ImportProblems.FormatVersion.Reject(meta, null, "Biểu tổng hợp", Single(RelaySheet.FormatRow), RelaySheet.CurrentFormatVersion,
                    "tổng hợp lại bằng phiên bản hiện hành");
            var revision = int.TryParse(Single(FormMetadata.RevisionRow), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r)
                ? r
                : throw Malformed("phiên bản kế hoạch không phải số");
            var unitId = Single(FormMetadata.UnitRow);
            sealedUnit = unitId;
            var cells = FormReading.CheckOrigin(_expectations, Single(FormMetadata.PlanRow), revision, Single(FormMetadata.FingerprintRow),
                Single(FormMetadata.ReportRow), Single(FormMetadata.PeriodRow), unitId, meta);
            if (!DateOnly.TryParseExact(Single(RelaySheet.AsOfRow), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
                throw Malformed("ngày tổng hợp không hợp lệ");

            var sheetEntry = entries.First(e => e.Key == FormMetadata.SheetRow);
            var sheetName = sheetEntry.Field(0);
            if (!int.TryParse(sheetEntry.Field(1), NumberStyles.None, CultureInfo.InvariantCulture, out var firstColumn) ||
                !int.TryParse(sheetEntry.Field(2), NumberStyles.None, CultureInfo.InvariantCulture, out var columnCount))
                throw Malformed("vị trí bảng không hợp lệ");
            var sheet = _reader.Sheets.FirstOrDefault(s => s.Name == sheetName)
                ?? throw ImportProblems.MissingSheet.Reject(sheetName, null, sheetName, " của biểu tổng hợp", "gửi lại đúng tệp tổng hợp");

            var rates = entries.Where(e => e.Key == RelaySheet.RelayRow).Select(Rate).ToArray();
            if (rates.Length == 0 || rates[0].ScopeId != ReportingRate.AllScope)
                throw Malformed("thiếu số liệu tình hình nộp báo cáo");

            var tableRows = entries.Where(e => e.Key == RelaySheet.TableRow)
                .Select(e => (Row: Number(e.Field(0)), Digest: e.Field(1)))
                .ToArray();
            var wantedRows = tableRows.Select(t => t.Row).ToHashSet();
            var raw = _reader.ReadCells(sheet, (row, column) => wantedRows.Contains(row) && column >= firstColumn && column < firstColumn + columnCount);

            var values = ImmutableSortedDictionary.CreateBuilder<ValueKey, decimal?>();
            foreach (var entry in entries.Where(e => e.Key == FormMetadata.ValueRow))
            {
                var key = new ValueKey(entry.Field(0), entry.Field(1).Length == 0 ? null : entry.Field(1));
                var address = entry.Field(2);
                if (!cells.Values.TryGetValue(key, out var described))
                    throw Malformed("chỉ tiêu “" + entry.Field(0) + "” không thuộc báo cáo");
                if (!decimal.TryParse(entry.Field(3), NumberStyles.Float, CultureInfo.InvariantCulture, out var sealedValue))
                    throw Malformed("số liệu “" + entry.Field(3) + "” không hợp lệ");
                var (row, column) = CellReference.Parse(address);
                var shown = raw.TryGetValue((row, column), out var cell) ? CellText(cell) : "";
                // A yes_no cell shows words (3/5 đơn vị), sealed beside its count.
                var sealedText = entry.Field(4) is { Length: > 0 } words ? words : RelaySheet.Cell(sealedValue);
                if (shown != sealedText)
                    throw ImportProblems.RelayEdited.Reject(sheetName, address, address, "(" + described.Label + ") của biểu tổng hợp",
                        ": đang ghi “" + (shown.Length == 0 ? "(trống)" : shown) + "”, số liệu đã tổng hợp là " +
                        (entry.Field(4).Length > 0 ? sealedText : sealedValue.ToString(CultureInfo.InvariantCulture)));
                values[key] = sealedValue;
            }

            foreach (var entry in entries.Where(e => e.Key == RelaySheet.YesNoAnsweredRow))
            {
                if (!cells.Values.TryGetValue(new ValueKey(entry.Field(0)), out var field) || !field.Indicator.IsYesNo())
                    throw Malformed("chỉ tiêu Có/Không “" + entry.Field(0) + "” không thuộc báo cáo");
                values[YesNoCounts.Answered(entry.Field(0))] = Number(entry.Field(1));
            }

            CheckTable(raw, tableRows, entries.Where(e => e.Key == RelaySheet.TableColumn).Select(e => (Column: Number(e.Field(0)), Digest: e.Field(1))).ToArray(),
                firstColumn, columnCount, sheetName);

            CheckSealedSheets(entries);

            var answers = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            foreach (var group in entries.Where(e => e.Key == RelaySheet.AnswerRow).GroupBy(e => e.Field(0), StringComparer.Ordinal))
            {
                if (!cells.Answers.ContainsKey(group.Key))
                    throw Malformed("câu trả lời “" + group.Key + "” không thuộc báo cáo");
                answers[group.Key] = string.Concat(group.OrderBy(e => Number(e.Field(1))).Select(e => e.Field(2)));
            }

            var narratives = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            foreach (var group in entries.Where(e => e.Key == FormMetadata.NarrativeRow).GroupBy(e => e.Field(0), StringComparer.Ordinal))
                narratives[group.Key] = string.Concat(group.OrderBy(e => Number(e.Field(1))).Select(e => e.Field(2)));

            var lists = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<ListRow>>(StringComparer.Ordinal);
            foreach (var list in entries.Where(e => e.Key == RelaySheet.ListCellRow).GroupBy(e => e.Field(0), StringComparer.Ordinal))
            {
                lists[list.Key] = list.GroupBy(e => Number(e.Field(1))).OrderBy(g => g.Key)
                    .Select(row => row.Aggregate(new ListRow { ReportedBy = row.First().Field(4) is { Length: > 0 } by ? by : null },
                        (r, e) => r.With(e.Field(2), e.Field(3))))
                    .ToImmutableArray();
            }

            var submission = new Submission(_expectations.Options.Plan.Id, cells.Report.Id, unitId, Single(FormMetadata.PeriodRow))
            {
                Lists = lists.ToImmutable(),
                SubmittedOn = asOf,
                Source = _file,
                Values = values.ToImmutable(),
                Narratives = narratives.ToImmutable(),
                Answers = answers.ToImmutable(),
                Relay = new RelayCompleteness(asOf, rates[0], rates.Skip(1).ToEquatableArray()),
            };
            return new FileOutcome(submission, Array.Empty<ImportProblem>(), Figures(entries, cells.Report.Id, Single(FormMetadata.PeriodRow)));
        }

        /// <summary>Each row's figures (<see cref="RelaySheet.FiguresRow"/>); null for a summary written before they were carried.</summary>
        private PeriodFigures? Figures(List<MetadataEntry> entries, string reportId, string periodKey)
        {
            var keys = entries.Where(e => e.Key == RelaySheet.FigureColumnsRow).ToArray();
            if (keys.Length == 0)
                return null;
            var columns = keys[0].Field(0).Split(RelaySheet.FigureSeparator);
            IReadOnlyList<decimal?> Values(string field)
            {
                var parts = field.Split(RelaySheet.FigureSeparator);
                if (parts.Length != columns.Length)
                    throw Malformed("số cột của dòng số liệu không khớp");
                return parts.Select(p => p.Length == 0 ? (decimal?)null
                    : decimal.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Malformed("số liệu “" + p + "” không hợp lệ")).ToArray();
            }

            var rows = entries.Where(e => e.Key == RelaySheet.FiguresRow)
                .Select(e => new UnitFigures(e.Field(0), e.Field(2), e.Field(1) == RelaySheet.OwnRowMark, Values(e.Field(3)))).ToArray();
            var total = entries.SingleOrDefault(e => e.Key == RelaySheet.TotalFiguresRow) ?? throw Malformed("thiếu dòng tổng cộng");
            return new PeriodFigures(_expectations.Options.Plan.Id, reportId, periodKey, columns, rows, Values(total.Field(0)), _file);
        }

        /// <summary>
        /// The sheets besides the table whose cells the relay seals (the answers sheet and each list sheet,
        /// <see cref="SealedCells"/>): each row and column against its digest, as the table's.
        /// </summary>
        private void CheckSealedSheets(List<MetadataEntry> entries)
        {
            foreach (var block in entries.Where(e => e.Key == RelaySheet.SealedSheetRow))
            {
                var name = block.Field(0);
                var (firstColumn, width) = (Number(block.Field(1)), Number(block.Field(2)));
                var sheet = _reader.Sheets.FirstOrDefault(s => s.Name == name)
                    ?? throw ImportProblems.MissingSheet.Reject(name, null, name, " của biểu tổng hợp", "gửi lại đúng tệp tổng hợp");
                var rows = entries.Where(e => e.Key == RelaySheet.SealedRowRow && e.Field(0) == name).Select(e => (Row: Number(e.Field(1)), Digest: e.Field(2))).ToArray();
                var columns = entries.Where(e => e.Key == RelaySheet.SealedColumnRow && e.Field(0) == name).Select(e => (Column: Number(e.Field(1)), Digest: e.Field(2))).ToArray();
                var wanted = rows.Select(r => r.Row).ToHashSet();
                var raw = _reader.ReadCells(sheet, (row, column) => wanted.Contains(row) && column >= firstColumn && column < firstColumn + width);
                CheckTable(raw, rows, columns, firstColumn, width, name);
            }
        }

        /// <summary>Every table row and column against its digest; one edited cell is named, a moved table is told as such.</summary>
        private void CheckTable(Dictionary<(int Row, int Column), RawCell> raw, IReadOnlyList<(int Row, string Digest)> rows,
            IReadOnlyList<(int Column, string Digest)> columns, int firstColumn, int columnCount, string sheetName)
        {
            string Shown(int row, int column) => raw.TryGetValue((row, column), out var cell) ? CellText(cell) : "";
            var changedRows = rows.Where(r => RelaySheet.RowDigest(Enumerable.Range(firstColumn, columnCount).Select(c => Shown(r.Row, c)).ToArray()) != r.Digest)
                .Select(r => r.Row).ToArray();
            if (changedRows.Length == 0)
                return;
            var changedColumns = columns.Where(c => RelaySheet.RowDigest(rows.Select(r => Shown(r.Row, c.Column)).ToArray()) != c.Digest)
                .Select(c => c.Column).ToArray();
            if (changedRows.Length == 1 && changedColumns.Length == 1)
            {
                var address = CellReference.A1(changedRows[0], changedColumns[0]);
                var shown = Shown(changedRows[0], changedColumns[0]);
                throw ImportProblems.RelayEdited.Reject(sheetName, address, address, "của trang “" + sheetName + "”",
                    " (đang ghi “" + (shown.Length == 0 ? "(trống)" : shown == "=" ? "công thức" : shown) + "”)");
            }

            throw ImportProblems.RelayRowEdited.Reject(sheetName, CellReference.A1(changedRows[0], firstColumn), sheetName, changedRows[0], changedRows.Length);
        }

        private ReportingRate Rate(MetadataEntry entry) => new(entry.Field(0), entry.Field(1), Number(entry.Field(2)), Number(entry.Field(3)),
            entry.Field(4).Length == 0 ? null : Number(entry.Field(4)), Number(entry.Field(5)), Number(entry.Field(6)));

        private static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Malformed("số “" + text + "” không hợp lệ");

        /// <summary>How a table cell reads in a row digest (<see cref="RelaySheet.RowDigest"/>): blank, a formula, a number as a double, or its text.</summary>
        private string CellText(RawCell cell)
        {
            if (cell.HasFormula)
                return "=";
            if (cell.Type is null or "n" && double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                return number.ToString("R", CultureInfo.InvariantCulture);
            return Text(cell) ?? "";
        }

        private string? Text(RawCell cell) => FormReading.TextOf(_reader, cell);

        private static FormRejectedException Malformed(string reason) => ImportProblems.RelayMalformed.Reject(InputForm.MetadataSheetName, null, reason);
    }
}
