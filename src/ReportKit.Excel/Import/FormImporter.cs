using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Import;

/// <summary>
/// Reads filled input forms (<see cref="InputForm"/>) back into <see cref="Submission"/>s. Every file is judged on its
/// own: a damaged, hostile or wrongly filled file is rejected with located problems in Vietnamese and the rest of the
/// batch goes through. Results come in file name order whatever the degree of parallelism.
/// </summary>
/// <remarks>
/// <para>The importer does not use an Excel library: it opens the package with <see cref="ZipArchive"/> and reads only
/// the parts it needs (relationships, workbook, shared strings, the metadata sheet and the form sheet) with
/// <see cref="System.Xml.XmlReader"/>, which keeps it fast (thousands of forms a second) and bounded.</para>
/// <para>Hostile files are rejected by name before they cost much: files above <see cref="FormImportOptions.MaxFileBytes"/>
/// are not opened; old .xls and encrypted workbooks (OLE files) and non-zip files are recognised by their first bytes;
/// parts whose declared or actual expanded size, or compression ratio, exceeds the limits are zip bombs; DTDs are
/// prohibited (entity expansion); sheets are read within row and cell budgets; macro workbooks and workbooks with
/// external links are refused. What the importer reads is read only in the shape SpreadsheetML and OPC give it
/// (<see cref="PartShape"/>: elements where the schema puts them, rows and cells once and in order, styles, sheets,
/// relationships and content types that exist and are declared once, UTF-8 or UTF-16), and every sheet of an accepted
/// file is checked so: a file Excel would refuse or repair, where another reader could show other figures, is rejected.</para>
/// <para>Only problems in the form itself are reported here (types, signs, formulas, the form's identity). Rules across
/// indicators and completeness are the consolidator's (<see cref="SubmissionValidator"/>, <see cref="Consolidator"/>).</para>
/// </remarks>
public static partial class FormImporter
{
    /// <summary>
    /// Imports every file of <paramref name="folder"/> (not its subfolders). Lock files that Excel (<c>~$…</c>) and
    /// LibreOffice (<c>.~lock.…#</c>) leave beside an open workbook, and the folder files Windows and macOS make
    /// (<c>Thumbs.db</c>, <c>desktop.ini</c>, <c>.DS_Store</c>), and the temporary files of a ReportKit write that was
    /// killed before its rename, and the báo cáo ReportKit writes beside a summary (sent up with it), are not forms and
    /// are passed over silently; any other
    /// file that is not an .xlsx is rejected with how to save it as one (<see cref="ImportProblemCodes.OtherFormat"/>).
    /// </summary>
    public static ImportResult ImportFolder(string folder, FormImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var files = Directory.EnumerateFiles(folder).Where(f => !IsLitter(Path.GetFileName(f)) && !Reports.WordWriter.IsOwnDocument(f, options));
        return Import(files, options);
    }

    /// <summary>Whether a file of a folder is a spreadsheet lock file or an operating system's folder file.</summary>
    internal static bool IsLitter(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) ||
        (name.StartsWith(".~lock.", StringComparison.Ordinal) && name.EndsWith('#')) ||
        name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase) ||
        name.Equals(".DS_Store", StringComparison.Ordinal) ||
        Writing.PackageSaving.IsTemporary(name);

    /// <summary>Why a file that is not an .xlsx by its name is not read, and how to save it as one; null for an .xlsx.</summary>
    internal static string? OtherFormat(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        const string original = " Biểu nhập phải được gửi lại đúng tệp .xlsx đã nhận.";
        return extension switch
        {
            ".xlsx" => null,
            ".ods" or ".fods" => "Tệp " + extension + ": hãy mở bằng LibreOffice và lưu lại dưới dạng Excel 2007-365 (.xlsx) (Tệp > Lưu thành…, chọn kiểu “Excel 2007-365 (.xlsx)”)." + original,
            ".xls" => "Tệp .xls (Excel 97-2003): hãy mở bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) (File > Save As…), hoặc mở bằng LibreOffice và lưu dưới dạng Excel 2007-365 (.xlsx)." + original,
            ".xlsm" or ".xltm" => "Tệp " + extension + " (có macro): hãy mở bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) (File > Save As…); biểu nhập không dùng macro.",
            ".xlsb" => "Tệp .xlsb (Excel Binary): hãy mở bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) (File > Save As…).",
            ".xltx" => "Tệp .xltx (mẫu Excel): hãy mở bằng Excel và lưu lại dưới dạng Excel Workbook (.xlsx) (File > Save As…).",
            ".csv" or ".txt" or ".tsv" => "Tệp " + extension + " chỉ giữ chữ, không còn biểu (mất trang ẩn và định dạng): hãy điền vào biểu .xlsx đã nhận và lưu dưới dạng Excel Workbook (.xlsx), không lưu thành " + extension + ".",
            ".numbers" => "Tệp .numbers: hãy mở bằng Numbers và xuất sang Excel (Tệp > Xuất sang > Excel…, .xlsx).",
            "" => "Tệp không có phần mở rộng .xlsx: nếu đây là biểu nhập, hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng Excel Workbook (.xlsx)." + original,
            _ => "Tệp " + extension + " không phải biểu nhập Excel (.xlsx): chỉ nhận biểu nhập đã điền, lưu dưới dạng Excel Workbook (.xlsx)." + original,
        };
    }

    /// <summary>
    /// Imports <paramref name="files"/>; each accepted form becomes a submission whose <see cref="Submission.Source"/> is its
    /// file name. A file whose name does not end in .xlsx is rejected unopened with how to save it as one
    /// (<see cref="ImportProblemCodes.OtherFormat"/>).
    /// </summary>
    public static ImportResult Import(IEnumerable<string> files, FormImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        var ordered = files.Select(f => (Path: f, Name: Path.GetFileName(f)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToArray();
        var expectations = new Expectations(options);
        var outcomes = new FileOutcome[ordered.Length];
        Parallel.For(0, ordered.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            i => outcomes[i] = ImportFile(ordered[i].Path, ordered[i].Name, expectations));

        var problems = new List<ImportProblem>();
        var submissions = new List<Submission>();
        foreach (var outcome in outcomes)
        {
            // A form sent back untouched is not a report: counting it would show the unit as having reported.
            if (outcome.Submission is { } blank && IsBlank(blank))
            {
                problems.Add(ImportProblems.BlankForm.Create(blank.Source!, null, null));
                continue;
            }

            problems.AddRange(outcome.Problems);
            if (outcome.Submission is not null)
            {
                submissions.Add(outcome.Submission);
            }
        }

        AddDuplicateWarnings(submissions, problems);
        var fileOrder = ordered.Select((f, i) => (f.Name, i)).GroupBy(f => f.Name).ToDictionary(g => g.Key, g => g.Min(f => f.i), StringComparer.Ordinal);
        var sortedProblems = problems.Select((p, i) => (p, i)).OrderBy(x => fileOrder[x.p.File]).ThenBy(x => x.i).Select(x => x.p).ToArray();
        return new ImportResult(submissions, sortedProblems, ordered.Select(f => f.Name).ToArray());
    }

    private static bool IsBlank(Submission submission) =>
        submission.SubmittedOn is null && submission.Values.Values.All(v => v is null) && submission.Narratives.Values.All(string.IsNullOrWhiteSpace)
        && submission.Lists.Values.All(rows => rows.IsDefaultOrEmpty)
        && submission.Answers.Values.All(string.IsNullOrWhiteSpace);

    private static void AddDuplicateWarnings(List<Submission> submissions, List<ImportProblem> problems)
    {
        // A unit's own form and its relayed summary are chosen apart (Consolidator): only two of one kind are duplicates.
        foreach (var group in submissions.GroupBy(s => (s.PlanId, s.ReportId, s.PeriodKey, s.UnitId, s.IsRelay)).Where(g => g.Count() > 1))
        {
            var names = group.Select(s => s.Source!).ToArray();
            foreach (var submission in group)
            {
                problems.Add(ImportProblems.DuplicateUnit.Create(submission.Source!, null, null, submission.UnitId, names.Length, string.Join(", ", names)));
            }
        }
    }

    private static FileOutcome ImportFile(string path, string name, Expectations expectations)
    {
        var options = expectations.Options;
        if (OtherFormat(name) is { } otherFormat)
        {
            return FileOutcome.Rejected(ImportProblems.OtherFormat.Create(name, null, null, otherFormat));
        }

        try
        {
            // The file is read into a pooled buffer, given back once its package is closed (nothing read keeps it).
            byte[]? pooled = null;
            try
            {
                ArraySegment<byte> bytes;
                using (var handle = File.OpenHandle(path))
                {
                    var length = RandomAccess.GetLength(handle);
                    if (length > options.MaxFileBytes)
                    {
                        return FileOutcome.Rejected(ImportProblems.FileTooLarge.Create(name, null, null, Megabytes(length), Megabytes(options.MaxFileBytes)));
                    }

                    // Past what an array holds, as File.ReadAllBytes refuses it: the file is unreadable.
                    if (length >= Array.MaxLength)
                        throw new IOException("file too long");
                    pooled = ArrayPool<byte>.Shared.Rent((int)length + 1);
                    var read = 0;
                    int n;
                    while (read < pooled.Length && (n = RandomAccess.Read(handle, pooled.AsSpan(read), read)) > 0)
                        read += n;
                    // A file that grew while it was read is read again whole, as it is now.
                    bytes = read <= length ? new ArraySegment<byte>(pooled, 0, read) : File.ReadAllBytes(path);
                }

                using var package = SafePackage.Open(bytes, options, verified: expectations.VerifiedParts);
                var reader = XlsxReader.Open(package, options);
                var outcome = RelayReading.TryRead(name, reader, expectations) ?? new FormReading(name, reader, expectations).Read();
                if (outcome.Submission is not null)
                {
                    reader.CheckUnreadSheets();
                    package.CheckUnread();
                }

                return outcome;
            }
            finally
            {
                if (pooled is not null)
                    ArrayPool<byte>.Shared.Return(pooled);
            }
        }
        catch (FormRejectedException rejected)
        {
            return FileOutcome.Rejected(rejected.ToProblem(name));
        }
        catch (InvalidDataException)
        {
            return FileOutcome.Rejected(SafePackage.Corrupt().ToProblem(name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Rejected(ImportProblems.FileUnreadable.Create(name, null, null));
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);

    internal sealed record FileOutcome(Submission? Submission, IReadOnlyList<ImportProblem> Problems, PeriodFigures? Figures = null)
    {
        public static FileOutcome Rejected(ImportProblem problem) => new(null, new[] { problem });
    }

    /// <summary>What the batch expects, computed once: per report, its form's fingerprint and its cells.</summary>
    internal sealed class Expectations
    {
        public Expectations(FormImportOptions options)
        {
            Options = options;
            Fingerprints = options.Plan.Reports.ToDictionary(r => r.Id, r => PlanFingerprint.Compute(options.Plan, r.Id), StringComparer.Ordinal);
            Reports = options.Plan.Reports.ToDictionary(r => r.Id, r => new ReportCells(options.Plan, r), StringComparer.Ordinal);
            LevelCells = options.Plan.Reports.ToDictionary(r => r.Id,
                r => (IReadOnlyList<(string Level, ReportCells Cells)>)options.Plan.Levels.Select(l => (l.Id, new ReportCells(options.Plan, r, l.Id))).ToArray(),
                StringComparer.Ordinal);
        }

        /// <summary>Per report, the cells the form of each level holds (<c>levels:</c>): a level's form maps only what it enters.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<(string Level, ReportCells Cells)>> LevelCells { get; }

        /// <summary>
        /// Whether a form of <paramref name="unitId"/> maps exactly the cells of its unit's level (the unit tree tells the
        /// level), or, with no tree or a unit of no known level, of some level or of every level.
        /// </summary>
        public bool MapsCellsOfItsLevel(ReportCells all, FormMetadata metadata, string unitId, ISet<ValueKey> mapped, ISet<string> narratives)
        {
            bool Maps(ReportCells cells) => mapped.SetEquals(cells.ValueCellKeys) && narratives.SetEquals(cells.Narratives.Keys) && FormReading.ListCellsMatch(metadata, cells);
            var levels = LevelCells[all.Report.Id];
            if (Options.Units?.Find(unitId) is { LevelId: { } level })
                return levels.Where(l => l.Level == level).Select(l => l.Cells).DefaultIfEmpty(all).All(Maps);
            return Maps(all) || levels.Any(l => Maps(l.Cells));
        }

        public FormImportOptions Options { get; }

        /// <summary>The parts read and checked so far in the batch, kept so that identical parts are not parsed per form.</summary>
        public VerifiedParts VerifiedParts { get; } = new();

        /// <summary>The fingerprint of each report's form.</summary>
        public IReadOnlyDictionary<string, string> Fingerprints { get; }

        public IReadOnlyDictionary<string, ReportCells> Reports { get; }
    }

    /// <summary>The values and narratives a report's form holds, with what a clerk calls them.</summary>
    internal sealed class ReportCells
    {
        /// <param name="plan">The plan.</param>
        /// <param name="report">The report.</param>
        /// <param name="levelId">The level whose form holds the cells; null for every cell of the report.</param>
        public ReportCells(PlanSpec plan, ReportSpec report, string? levelId = null)
        {
            Report = report;
            var indicators = plan.Indicators.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var column in SummaryColumns.EnteredFor(plan, report.Id, levelId))
            {
                var indicator = indicators[column.IndicatorId];
                var label = column.ItemId is null ? indicator.Label : indicator.Label + " – " + column.HeaderPath[column.HeaderPath.Count - 1];
                Values[column.ValueKey] = (indicator, label);
            }

            foreach (var narrative in plan.NarrativesOf(report, levelId))
            {
                Narratives[narrative.Id] = narrative;
            }

            Plan = plan;
            foreach (var list in plan.ListsOf(report, levelId))
            {
                Lists[list.Id] = list;
            }

            foreach (var field in plan.AnswersOf(report, levelId))
            {
                Answers[field.Id] = field;
            }
        }

        public PlanSpec Plan { get; }

        public Dictionary<string, ListSpec> Lists { get; } = new(StringComparer.Ordinal);

        public ReportSpec Report { get; }

        public Dictionary<ValueKey, (IndicatorSpec Indicator, string Label)> Values { get; } = new();

        public Dictionary<string, NarrativeSpec> Narratives { get; } = new(StringComparer.Ordinal);

        /// <summary>The date, text and document fields, whose cells the form records as value cells of the field id.</summary>
        public Dictionary<string, IndicatorSpec> Answers { get; } = new(StringComparer.Ordinal);

        /// <summary>The keys of every value cell the form should have: entered columns and answer fields.</summary>
        public IEnumerable<ValueKey> ValueCellKeys => Values.Keys.Concat(Answers.Keys.Select(id => new ValueKey(id)));
    }

    /// <summary>Reading one opened form: metadata, identity checks, then the cells.</summary>
    private sealed partial class FormReading
    {
        private readonly string _file;
        private readonly XlsxReader _reader;
        private readonly Expectations _expectations;
        private readonly List<ImportProblem> _problems = new();

        public FormReading(string file, XlsxReader reader, Expectations expectations)
        {
            _file = file;
            _reader = reader;
            _expectations = expectations;
        }

        private FormImportOptions Options => _expectations.Options;

        public FileOutcome Read()
        {
            var metadata = ReadMetadata();
            try
            {
                return Read(metadata);
            }
            catch (FormRejectedException rejected)
            {
                rejected.UnitId ??= metadata.UnitId;
                throw;
            }
        }

        private FileOutcome Read(FormMetadata metadata)
        {
            var cells = CheckIdentity(metadata);
            var sheet = _reader.Sheets.FirstOrDefault(s => string.Equals(s.Name, metadata.SheetName, StringComparison.OrdinalIgnoreCase))
                ?? throw ImportProblems.MissingSheet.Reject(metadata.SheetName, null, metadata.SheetName, "", "điền lại vào biểu gốc");

            var wanted = new HashSet<(int, int)>();
            foreach (var address in metadata.Values.Select(v => v.Address).Concat(metadata.Narratives.Select(n => n.Address)).Append(metadata.SubmittedOnAddress)
                         .Concat(metadata.Excluded.Select(x => x.Address))
                         .Concat(metadata.ListRows.SelectMany(r => r.Cells.Select(c => c.Address)))
                         .Concat(FormLayoutCheck.Addresses(metadata)))
            {
                var (row, column) = Layout.CellReference.Parse(address);
                wanted.Add((row, column));
            }

            var merges = new List<string>();
            var raw = _reader.ReadCells(sheet, (row, column) => wanted.Contains((row, column)), merges, wanted.Count);
            RawCell? At(string address)
            {
                var (row, column) = Layout.CellReference.Parse(address);
                return raw.TryGetValue((row, column), out var cell) ? cell : null;
            }

            // A form whose rows or columns moved would put values under the wrong indicators: nothing of it is read.
            var layout = FormLayoutCheck.Check(metadata, _file, sheet.Name, At, Text, () => _reader.ReadCells(sheet, (_, _) => true, new List<string>())
                .Select(c => (c.Key, Text: Text(c.Value))).Where(c => !string.IsNullOrEmpty(c.Text)).ToDictionary(c => c.Key, c => c.Text!));
            if (layout.Count > 0)
            {
                return new FileOutcome(null, layout);
            }

            XlsxReader.RefuseHiddenValues(sheet, raw, merges);

            var values = ImmutableSortedDictionary.CreateBuilder<ValueKey, decimal?>();
            var answers = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            foreach (var valueCell in metadata.Values)
            {
                if (valueCell.Key.ItemId is null && cells.Answers.TryGetValue(valueCell.Key.IndicatorId, out var field))
                {
                    answers[field.Id] = ReadAnswer(At(valueCell.Address), field, sheet.Name, valueCell.Address);
                    continue;
                }

                var (indicator, label) = cells.Values[valueCell.Key];
                values[valueCell.Key] = indicator.IsYesNo()
                    ? ReadYesNo(At(valueCell.Address), label, sheet.Name, valueCell.Address)
                    : ReadNumber(At(valueCell.Address), indicator, label, sheet.Name, valueCell.Address);
            }

            RefuseExcludedValues(metadata, At, sheet.Name);

            var narratives = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
            foreach (var narrativeCell in metadata.Narratives)
            {
                narratives[narrativeCell.NarrativeId] = ReadText(At(narrativeCell.Address), cells.Narratives[narrativeCell.NarrativeId], sheet.Name, narrativeCell.Address);
            }

            var lists = ReadLists(metadata, cells, At, sheet.Name);
            var submittedOn = ReadDate(At(metadata.SubmittedOnAddress), sheet.Name, metadata.SubmittedOnAddress);
            if (_problems.Any(p => p.Severity == ImportSeverity.Error))
            {
                return new FileOutcome(null, _problems.Select(p => p with { UnitId = metadata.UnitId }).ToArray());
            }

            var submission = new Submission(metadata.PlanId, metadata.ReportId, metadata.UnitId, metadata.PeriodKey)
            {
                SubmittedOn = submittedOn,
                Source = _file,
                Values = values.ToImmutable(),
                Narratives = narratives.ToImmutable(),
                Lists = lists,
                Answers = answers.ToImmutable(),
            };
            return new FileOutcome(submission, _problems);
        }

        /// <summary>The widest row of a form's metadata.</summary>
        private const int FormMetadataColumns = 6;

        /// <summary>
        /// The rows of a hidden metadata sheet (<see cref="FormMetadata.AddSheet"/>) with fields decoded, and its seal: the
        /// one reader for forms and relayed summaries alike.
        /// </summary>
        internal static List<MetadataEntry> ReadMetadataSheet(XlsxReader reader, SheetEntry sheet, int columns, out string? seal)
        {
            var cells = reader.AllCells(sheet);
            var entries = new List<MetadataEntry>();
            seal = null;
            // The rows that have a cell within the columns, in order (each once).
            var rows = new List<int>();
            foreach (var (row, column) in cells.Keys)
            {
                if (column <= columns)
                    rows.Add(row);
            }

            rows.Sort();
            var texts = new string[columns];
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (i > 0 && rows[i - 1] == row)
                    continue;
                for (var column = 1; column <= columns; column++)
                    texts[column - 1] = cells.TryGetValue((row, column), out var cell) ? FormMetadata.Decode(TextOf(reader, cell) ?? string.Empty) : string.Empty;
                var count = columns;
                while (count > 2 && texts[count - 1].Length == 0)
                {
                    count--;
                }

                if (texts[0] == FormMetadata.SealRow)
                {
                    seal = texts[1];
                }
                else if (texts[0].Length > 0)
                {
                    entries.Add(new MetadataEntry(texts[0], texts.AsSpan(1, count - 1).ToArray()));
                }
            }

            return entries;
        }

        /// <summary>A cell's text, shared strings resolved.</summary>
        internal static string? TextOf(XlsxReader reader, RawCell cell) => cell.Type == "s"
            ? int.TryParse(cell.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? reader.SharedString(index) : null
            : cell.Value;

        private FormMetadata ReadMetadata()
        {
            var sheet = _reader.Sheets.FirstOrDefault(s => s.Name == InputForm.MetadataSheetName)
                ?? throw ImportProblems.NoMetadata.Reject(null, null, InputForm.MetadataSheetName);
            var entries = ReadMetadataSheet(_reader, sheet, FormMetadataColumns, out var seal);
            if (seal is null || !FormMetadata.IsSealed(entries, seal, Options.SealSecret))
            {
                throw ImportProblems.Tampered.Reject(InputForm.MetadataSheetName, null, "biểu", InputForm.MetadataSheetName, "điền lại vào biểu gốc");
            }

            return FormMetadata.Parse(entries, out var reason) ?? throw ImportProblems.BadMetadata.Reject(InputForm.MetadataSheetName, null, reason!);
        }

        private ReportCells CheckIdentity(FormMetadata metadata)
        {
            const string sheet = InputForm.MetadataSheetName;
            if (metadata.FormatVersion != FormMetadata.CurrentFormatVersion)
            {
                throw ImportProblems.FormatVersion.Reject(sheet, null, "Biểu", metadata.FormatVersion, FormMetadata.CurrentFormatVersion,
                    "nhận biểu mới và điền lại");
            }

            var cells = CheckOrigin(_expectations, metadata.PlanId, metadata.PlanRevision, metadata.PlanFingerprint, metadata.ReportId, metadata.PeriodKey,
                metadata.UnitId, sheet);
            var mapped = metadata.Values.Select(v => v.Key).ToHashSet();
            var narratives = metadata.Narratives.Select(n => n.NarrativeId).ToHashSet(StringComparer.Ordinal);
            if (mapped.Count != metadata.Values.Count || narratives.Count != metadata.Narratives.Count ||
                !_expectations.MapsCellsOfItsLevel(cells, metadata, metadata.UnitId, mapped, narratives))
            {
                throw ImportProblems.CellMapMismatch.Reject(sheet, null);
            }

            return cells;
        }

        /// <summary>
        /// Whether a form or a relayed summary comes from this plan, revision, report, period and a known unit (the one
        /// home of these checks for both kinds of file); the report's cells if so.
        /// </summary>
        internal static ReportCells CheckOrigin(Expectations expectations, string planId, int planRevision, string planFingerprint,
            string reportId, string periodKey, string unitId, string sheet)
        {
            var options = expectations.Options;
            var plan = options.Plan;
            if (planId != plan.Id)
            {
                throw ImportProblems.WrongPlan.Reject(sheet, null, planId, plan.Id);
            }

            if (planRevision != plan.Revision)
            {
                throw ImportProblems.WrongRevision.Reject(sheet, null, planRevision, plan.Revision);
            }

            if (expectations.Fingerprints.TryGetValue(reportId, out var fingerprint) &&
                !string.Equals(planFingerprint, fingerprint, StringComparison.Ordinal))
            {
                throw ImportProblems.PlanChanged.Reject(sheet, null);
            }

            if (!expectations.Reports.TryGetValue(reportId, out var cells) ||
                (options.ReportId is { } expectedReport && reportId != expectedReport))
            {
                throw ImportProblems.WrongReport.Reject(sheet, null, cells?.Report.Title ?? reportId);
            }

            if (ReportingCalendar.PeriodProblem(cells.Report, periodKey) is { } why)
            {
                throw ImportProblems.WrongPeriod.Reject(sheet, null, "Kỳ báo cáo “" + periodKey + "” của biểu", "một kỳ của báo cáo này (" + why + ")");
            }

            var period = ReportingCalendar.PeriodOf(cells.Report, periodKey);

            if (options.PeriodKey is { } expectedPeriod && periodKey != expectedPeriod)
            {
                var expectedLabel = ReportingPeriod.TryParse(cells.Report.Period, expectedPeriod, out var expected) && expected is not null
                    ? ReportingCalendar.Label(cells.Report, expected)
                    : expectedPeriod;
                throw ImportProblems.WrongPeriod.Reject(sheet, null, "Biểu dành cho kỳ “" + ReportingCalendar.Label(cells.Report, period) + "”,",
                    "kỳ “" + expectedLabel + "” đang tổng hợp");
            }

            if (options.Units is { } units && !units.Contains(unitId))
            {
                throw ImportProblems.UnknownUnit.Reject(sheet, null, unitId);
            }

            return cells;
        }

        private decimal? ReadNumber(RawCell? found, IndicatorSpec indicator, string label, string sheet, string address)
        {
            if (found is not { } cell || (!cell.HasFormula && string.IsNullOrEmpty(cell.Value)))
            {
                return null;
            }

            // What a problem calls the cell: made only for a problem (most cells have none).
            string What() => "Ô " + address + " (" + label + ")";
            if (cell.HasFormula)
            {
                Problem(ImportProblems.Formula, sheet, address, What(), "chỉ được nhập giá trị. Hãy xóa công thức và nhập số");
                return null;
            }

            string? typedAsText = null;
            switch (cell.Type)
            {
                case "s" or "str" or "inlineStr":
                    var text = Text(cell);
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        return null;
                    }

                    switch (TypedText.Number(text, out var typed))
                    {
                        case TypedText.Reading.Read:
                            typedAsText = text;
                            cell = cell with { Value = typed.ToString(CultureInfo.InvariantCulture) };
                            break;
                        case TypedText.Reading.Ambiguous:
                            Problem(ImportProblems.NotANumber, sheet, address, What(), "đang là chữ “" + Shorten(text) +
                                "”: không rõ dấu chấm, dấu phẩy là phần nghìn hay phần thập phân. Hãy nhập số vào ô, ví dụ 1234 hoặc 1,5");
                            return null;
                        default:
                            Problem(ImportProblems.NotANumber, sheet, address, What(), "đang là chữ “" + Shorten(text) + "”");
                            return null;
                    }

                    break;
                case "b" or "d":
                    Problem(ImportProblems.NotANumber, sheet, address, What(), "đang là “" + cell.Value + "”");
                    return null;
                case "e":
                    Problem(ImportProblems.ErrorValue, sheet, address, What(), cell.Value ?? "", "nhập giá trị số");
                    return null;
            }

            // A number is what Excel holds: a double, shown to 15 significant digits. Reading the XML text as a decimal
            // would keep digits Excel never shows (99999999999999999999 where Excel shows 1E+20, 2.6749999999999998
            // where the clerk typed 2.675); the double's decimal conversion gives what Excel shows.
            if (!double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) ||
                Math.Abs(number) >= 7.9e28)
            {
                Problem(ImportProblems.NotANumber, sheet, address, What(), "không đọc được giá trị “" + Shorten(cell.Value!) + "”");
                return null;
            }

            var value = (decimal)number;
            string Shown() => value.ToString("0.############################", CultureInfo.InvariantCulture);
            // Implausible values are the validator's to refuse; the importer reads the range alone.
            var accepted = AcceptedValues.Of(indicator);
            var check = accepted.CheckRange(value);
            if (check == ValueCheck.NotWhole)
            {
                Problem(ImportProblems.NotWhole, sheet, address, What(), Shown());
                return null;
            }

            if (check == ValueCheck.BelowMin && accepted.Min is { } min)
            {
                if (value < 0 && min >= 0)
                {
                    Problem(ImportProblems.Negative, sheet, address, What(), Shown());
                }
                else
                {
                    Problem(ImportProblems.BelowMinimum, sheet, address, What(), min.ToString(CultureInfo.InvariantCulture), Shown());
                }

                return null;
            }

            if (check == ValueCheck.AboveMax && accepted.Max is { } max)
            {
                Problem(ImportProblems.AboveMaximum, sheet, address, What(), max.ToString(CultureInfo.InvariantCulture), Shown());
                return null;
            }

            // A number (not text) shows as its format has it: the leader reading the form must see what is read.
            if (typedAsText is null && _reader.NumberFormatOf(cell.Style) is var format && !DisplayedFormat.ShowsAsIs(format, value))
            {
                Problem(ImportProblems.HiddenFormat, sheet, address, What(), format, Shown());
                return null;
            }

            if (typedAsText is not null)
            {
                Problem(ImportProblems.NumberAsText, sheet, address, What(), Shorten(typedAsText), Shown());
            }

            return value;
        }

        private string? ReadText(RawCell? found, NarrativeSpec narrative, string sheet, string address)
        {
            if (found is not { } cell)
            {
                return null;
            }

            string What() => "Ô " + address + " (" + narrative.Label + ")";
            if (!IsWrittenText(cell, sheet, address, What()))
            {
                return null;
            }

            var text = Text(cell);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var limit = Math.Min(narrative.MaxLength ?? InputForm.MaxTextLength, InputForm.MaxTextLength);
            if (text.Length > limit)
            {
                Problem(ImportProblems.TooLong, sheet, address, What(), text.Length, limit);
                return null;
            }

            return text;
        }

        /// <summary>False, with the problem, for a text cell that holds a formula or an error value instead of what was written.</summary>
        private bool IsWrittenText(RawCell cell, string sheet, string address, string what)
        {
            if (cell.HasFormula)
            {
                Problem(ImportProblems.Formula, sheet, address, what, "chỉ được ghi nội dung");
                return false;
            }

            if (cell.Type == "e")
            {
                Problem(ImportProblems.ErrorValue, sheet, address, what, cell.Value ?? "", "ghi nội dung");
                return false;
            }

            return true;
        }

        private DateOnly? ReadDate(RawCell? found, string sheet, string address)
        {
            string What() => "Ô " + address + " (Ngày báo cáo)";
            if (found is not { } cell || (!cell.HasFormula && string.IsNullOrWhiteSpace(Text(cell))))
            {
                Problem(ImportProblems.NoDate, sheet, address, address);
                return null;
            }

            return ReadDateCell(cell, sheet, address, What(), 2000, 2099);
        }

        /// <summary>
        /// A filled date cell, by the form's one set of date rules: a date serial (either date system) or an ISO date cell,
        /// or a date typed as text in an unambiguous form (read, with a warning); years <paramref name="fromYear"/> to
        /// <paramref name="toYear"/>.
        /// </summary>
        private DateOnly? ReadDateCell(RawCell cell, string sheet, string address, string what, int fromYear, int toYear)
        {
            if (cell.HasFormula)
            {
                Problem(ImportProblems.Formula, sheet, address, what, "hãy ghi ngày theo dạng ngày/tháng/năm");
                return null;
            }

            DateOnly? date = cell.Type switch
            {
                // Serials past year 9,900 in either date system are nonsense, and would overflow DateOnly.
                null or "n" => double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_950_000
                    ? (_reader.Date1904 ? ExcelDates.Epoch1904 : ExcelDates.Epoch).AddDays((int)Math.Floor(serial))
                    : null,
                // An ISO date cell: the day as written, whatever zone suffix follows (never shifted to local time).
                "d" => cell.Value is { } iso && DateOnly.TryParseExact(iso.Length >= 10 ? iso.Substring(0, 10) : iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written) ? written : null,
                "s" or "str" or "inlineStr" => TypedText.Date(Text(cell)!),
                _ => null,
            };
            if (date is not { } day || day.Year < fromYear || day.Year > toYear)
            {
                Problem(ImportProblems.BadDate, sheet, address, what);
                return null;
            }

            if (cell.Type is "s" or "str" or "inlineStr")
            {
                Problem(ImportProblems.DateAsText, sheet, address, what, Shorten(Text(cell)!.Trim()), InputForm.Date(day));
            }

            return day;
        }

        /// <summary>A cell's text: a shared or inline string, or the raw value of any other type.</summary>
        private string? Text(RawCell cell) => TextOf(_reader, cell);

        /// <summary>A cross-tab combination that cannot occur holds nothing: a value typed in its greyed cell is refused there.</summary>
        private void RefuseExcludedValues(FormMetadata metadata, Func<string, RawCell?> at, string sheet)
        {
            foreach (var excluded in metadata.Excluded)
            {
                if (at(excluded.Address) is { } cell && (cell.HasFormula || !string.IsNullOrWhiteSpace(Text(cell))))
                {
                    Problem(ImportProblems.ExcludedCell, sheet, excluded.Address,
                        "Ô " + excluded.Address + " (" + Shorten(excluded.Label?.Text ?? excluded.Key.ToString()) + ")", Shorten(Text(cell) ?? string.Empty));
                }
            }
        }

        private void Problem(ImportProblemDescriptor kind, string sheet, string address, params object[] args) =>
            _problems.Add(kind.Create(_file, sheet, address, args));

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }
}
