using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ReportKit.Excel.Forms;

/// <summary>One row of the metadata sheet: a key and its fields (column A, then B, C …).</summary>
/// <param name="Key">What the row says (<c>plan</c>, <c>value</c> …).</param>
/// <param name="Fields">Its fields.</param>
internal sealed record MetadataEntry(string Key, IReadOnlyList<string> Fields)
{
    public string Field(int index) => index < Fields.Count ? Fields[index] : string.Empty;
}

/// <summary>A locked cell of the form and the text it holds as written (<see cref="FormMetadata.Normalize"/>d).</summary>
/// <param name="Address">The cell, A1.</param>
/// <param name="Text">Its text.</param>
internal sealed record FixedCell(string Address, string Text);

/// <summary>Where one entered value of an input form lives, and the label beside it.</summary>
/// <param name="Key">The indicator and item.</param>
/// <param name="Address">The cell, A1.</param>
/// <param name="Label">The label cell of its row (the indicator or item title).</param>
internal sealed record ValueCell(ValueKey Key, string Address, FixedCell? Label = null);

/// <summary>Where one narrative of an input form lives, and the heading above it.</summary>
/// <param name="NarrativeId">The narrative.</param>
/// <param name="Address">The cell, A1.</param>
/// <param name="Label">The heading of the narrative.</param>
internal sealed record NarrativeCell(string NarrativeId, string Address, FixedCell? Label = null);

/// <summary>A computed cell of the form (a total or a ratio) and its formula, without the <c>=</c>.</summary>
/// <param name="Address">The cell, A1.</param>
/// <param name="Formula">The formula as written.</param>
/// <param name="Label">The label of its row.</param>
internal sealed record FormulaCell(string Address, string Formula, FixedCell? Label = null);

/// <summary>One numbered row of a row list on the form: its STT cell (checked where it stands) and its input cells.</summary>
/// <param name="ListId">The list.</param>
/// <param name="Number">The row's number, from 1.</param>
/// <param name="Label">The STT cell and its text.</param>
/// <param name="Cells">The input cells by column id, A1.</param>
internal sealed record ListRowCells(string ListId, int Number, FixedCell Label, IReadOnlyList<(string ColumnId, string Address)> Cells);

/// <summary>
/// What the hidden metadata sheet of an input form records, and its seal. One place for the row keys, the
/// order they are written in and the seal, shared by <see cref="InputForm"/> and the importer.
/// </summary>
internal sealed record FormMetadata(
    string FormatVersion,
    string PlanId,
    int PlanRevision,
    string PlanFingerprint,
    string ReportId,
    string PeriodKey,
    string UnitId,
    string SheetName,
    string SubmittedOnAddress,
    IReadOnlyList<ValueCell> Values,
    IReadOnlyList<NarrativeCell> Narratives)
{
    /// <summary>
    /// 2: every input cell records its label, and the unit line, the fixed texts and the formulas of the form sheet
    /// are recorded, so the importer can tell that nothing moved (1: input cell addresses only).
    /// </summary>
    public const string CurrentFormatVersion = "2";
    public const string FormatRow = "reportkit.form";
    public const string PlanRow = "plan";
    public const string RevisionRow = "plan.revision";
    public const string FingerprintRow = "plan.fingerprint";
    public const string ReportRow = "report";
    public const string PeriodRow = "period";
    public const string UnitRow = "unit";
    public const string SheetRow = "sheet";
    public const string SubmittedOnRow = "submitted_on";
    public const string ValueRow = "value";
    public const string NarrativeRow = "narrative";
    public const string UnitLineRow = "unit.line";
    public const string TextRow = "text";
    public const string FormulaRow = "formula";
    public const string ExcludedRow = "excluded";
    public const string ListRow = "list.row";
    public const string ListCellRow = "list.cell";
    public const string SealRow = "seal";

    /// <summary>The label beside the report date cell.</summary>
    public FixedCell? SubmittedOnLabel { get; init; }

    /// <summary>The line naming the unit (<c>Đơn vị báo cáo: …</c>).</summary>
    public FixedCell? UnitLine { get; init; }

    /// <summary>Other locked texts whose place is checked: the identity lines, the table header, narrative hints.</summary>
    public IReadOnlyList<FixedCell> Texts { get; init; } = Array.Empty<FixedCell>();

    /// <summary>The computed cells (totals, ratios).</summary>
    public IReadOnlyList<FormulaCell> Formulas { get; init; } = Array.Empty<FormulaCell>();

    /// <summary>The greyed, locked cells of cross-tab combinations that cannot occur: a value found there is refused.</summary>
    public IReadOnlyList<ValueCell> Excluded { get; init; } = Array.Empty<ValueCell>();
    /// <summary>The rows of the row lists, list by list, in order.</summary>
    public IReadOnlyList<ListRowCells> ListRows { get; init; } = Array.Empty<ListRowCells>();

    /// <summary>
    /// Text as the form's checks compare it: NFC, whitespace runs (line breaks, no-break spaces) as one space, trimmed.
    /// Editors rewrite how text is stored (shared or inline strings, rich runs), never these.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A metadata field as written into its cell. LibreOffice reads <c>_x</c>, hex digits and <c>_</c> inside any text as an
    /// escaped character (so <c>mang_xa_hoi</c> comes back as <c>mang</c>, a line break, <c>hoi</c>) and writes the result
    /// unescaped, again at every save; so no field is written with an <c>x</c> right after an <c>_</c>: <c>~</c> is
    /// written <c>~~</c> and an <c>x</c> (or <c>X</c>) after <c>_</c> is written <c>~x</c>. <see cref="Decode"/> undoes it.
    /// </summary>
    public static string Encode(string field)
    {
        if (field.IndexOf('~') < 0 && field.IndexOf("_x", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return field;
        }

        var builder = new StringBuilder(field.Length + 4);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '~' || (c is 'x' or 'X' && i > 0 && field[i - 1] == '_'))
            {
                builder.Append('~');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Adds the hidden metadata sheet holding <paramref name="entries"/> and their seal: the one writer of the sheet for
    /// input forms and relayed summaries alike (fields encoded with <see cref="Encode"/>).
    /// </summary>
    public static void AddSheet(Layout.WorkbookLayout workbook, string sheetName, IReadOnlyList<MetadataEntry> entries, string? secret, string? password)
    {
        var sheet = workbook.AddSheet(sheetName);
        sheet.Visibility = Layout.SheetVisibility.Hidden;
        sheet.Protection = new Layout.SheetProtection(password);
        sheet.SetColumnWidths(1, 18, 30, 20, 12);
        var block = new Layout.CellBlock();
        var row = 1;
        foreach (var entry in entries)
        {
            block.Set(row, 1, Layout.CellValue.Text(Encode(entry.Key)));
            for (var i = 0; i < entry.Fields.Count; i++)
                block.Set(row, i + 2, Layout.CellValue.Text(Encode(entry.Fields[i])));
            row++;
        }

        block.Set(row, 1, Layout.CellValue.Text(SealRow));
        block.Set(row, 2, Layout.CellValue.Text(Seal(entries, secret)));
        sheet.AddBlock(block);
    }

    /// <summary>
    /// The rows <see cref="AddSheet"/> put on <paramref name="sheet"/>, read back from the layout (fields decoded), and the
    /// seal: what a form's metadata is before it is written, for writers that stamp copies of a laid-out form.
    /// </summary>
    public static (IReadOnlyList<MetadataEntry> Entries, string Seal) ReadSheet(Layout.SheetLayout sheet)
    {
        var entries = new List<MetadataEntry>();
        string? seal = null;
        foreach (var band in sheet.Bands)
        {
            foreach (var row in band.Rows())
            {
                if (row.Cells.Count == 0)
                    continue;
                var key = Decode(row.Cells[0].Value.TextValue);
                var fields = new string[row.Cells[^1].Column - 1];
                Array.Fill(fields, string.Empty);
                foreach (var cell in row.Cells.Skip(1))
                    fields[cell.Column - 2] = Decode(cell.Value.TextValue);
                if (key == SealRow)
                    seal = fields.Single();
                else
                    entries.Add(new MetadataEntry(key, fields));
            }
        }

        return (entries, seal ?? throw new InvalidOperationException("The metadata sheet '" + sheet.Name + "' has no seal row."));
    }

    /// <summary>A metadata field as read from its cell, <see cref="Encode"/> undone.</summary>
    public static string Decode(string written)
    {
        if (written.IndexOf('~') < 0)
        {
            return written;
        }

        var builder = new StringBuilder(written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            var c = written[i];
            if (c == '~' && i + 1 < written.Length && (written[i + 1] == '~' || (written[i + 1] is 'x' or 'X' && i > 0 && written[i - 1] == '_')))
            {
                i++;
                c = written[i];
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A formula as the checks compare it: without <c>=</c>, <c>$</c>, spaces and <c>_xlfn.</c> prefixes, upper case.</summary>
    public static string NormalizeFormula(string? formula)
    {
        if (string.IsNullOrEmpty(formula))
        {
            return string.Empty;
        }

        var text = formula.Trim().TrimStart('=').Replace("_xlfn.", string.Empty, StringComparison.OrdinalIgnoreCase);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '$' && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Mixed into every seal so a seal is never a bare hash of visible text.</summary>
    private const string SealDomain = "ReportKit input form seal v1";

    /// <summary>The rows in the order they are written (without the seal).</summary>
    public IReadOnlyList<MetadataEntry> Entries()
    {
        var entries = new List<MetadataEntry>
        {
            new(FormatRow, new[] { FormatVersion }),
            new(PlanRow, new[] { PlanId }),
            new(RevisionRow, new[] { PlanRevision.ToString(CultureInfo.InvariantCulture) }),
            new(FingerprintRow, new[] { PlanFingerprint }),
            new(ReportRow, new[] { ReportId }),
            new(PeriodRow, new[] { PeriodKey }),
            new(UnitRow, new[] { UnitId }),
            new(SheetRow, new[] { SheetName }),
            Entry(SubmittedOnRow, SubmittedOnAddress, SubmittedOnLabel?.Address, SubmittedOnLabel?.Text),
        };
        if (UnitLine is { } unitLine)
        {
            entries.Add(Entry(UnitLineRow, unitLine.Address, unitLine.Text));
        }

        entries.AddRange(Texts.Select(t => Entry(TextRow, t.Address, t.Text)));
        entries.AddRange(Values.Select(v => Entry(ValueRow, v.Key.IndicatorId, v.Key.ItemId ?? string.Empty, v.Address, v.Label?.Address, v.Label?.Text)));
        entries.AddRange(Narratives.Select(n => Entry(NarrativeRow, n.NarrativeId, n.Address, n.Label?.Address, n.Label?.Text)));
        entries.AddRange(Formulas.Select(f => Entry(FormulaRow, f.Address, f.Formula, f.Label?.Address, f.Label?.Text)));
        entries.AddRange(Excluded.Select(v => Entry(ExcludedRow, v.Key.IndicatorId, v.Key.ItemId ?? string.Empty, v.Address, v.Label?.Address, v.Label?.Text)));
        foreach (var row in ListRows)
        {
            var number = row.Number.ToString(CultureInfo.InvariantCulture);
            entries.Add(Entry(ListRow, row.ListId, number, row.Label.Address, row.Label.Text));
            entries.AddRange(row.Cells.Select(c => Entry(ListCellRow, row.ListId, number, c.ColumnId, c.Address)));
        }

        return entries;
    }

    /// <summary>A row without trailing empty fields: an empty cell is not written, so it cannot be sealed.</summary>
    private static MetadataEntry Entry(string key, params string?[] fields)
    {
        var count = fields.Length;
        while (count > 0 && string.IsNullOrEmpty(fields[count - 1]))
        {
            count--;
        }

        return new MetadataEntry(key, fields.Take(count).Select(f => f ?? string.Empty).ToArray());
    }

    /// <summary>
    /// HMAC-SHA256 over every row before the seal, keyed by a fixed domain string and the caller's optional secret.
    /// </summary>
    public static string Seal(IEnumerable<MetadataEntry> entries, string? secret)
    {
        // The rows' canonical text (fields after a unit separator, rows ended by a record separator) is hashed as it is
        // encoded, piece by piece, through one encoder that carries its state between pieces: the bytes are those of the
        // whole text, which is never made, nor its bytes (every form of a batch is sealed or checked).
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, SealKey(secret));
        var canonical = new CanonicalText(hmac);
        foreach (var entry in entries)
        {
            canonical.Append(entry.Key);
            foreach (var field in entry.Fields)
            {
                canonical.Append("\u001F");
                canonical.Append(field);
            }

            canonical.Append("\u001E");
        }

        canonical.Finish();
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>The seal's HMAC key for a secret: the hash of the domain and the secret (the last one asked is kept).</summary>
    private static byte[] SealKey(string? secret)
    {
        var known = s_sealKey;
        if (known is not null && known.Secret == (secret ?? string.Empty))
            return known.Key;
        var key = SHA256.HashData(Encoding.UTF8.GetBytes(SealDomain + "\u0000" + (secret ?? string.Empty)));
        s_sealKey = new SealKeyOf(secret ?? string.Empty, key);
        return key;
    }

    private sealed record SealKeyOf(string Secret, byte[] Key);

    private static SealKeyOf? s_sealKey;

    /// <summary>
    /// Text appended to an HMAC as UTF-8, through one encoder that carries its state between pieces and a buffer handed to
    /// the HMAC only when full (a form's rows are hundreds of short pieces: one native call each cost more than the hash).
    /// </summary>
    private sealed class CanonicalText
    {
        private readonly IncrementalHash _hmac;
        private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
        private readonly byte[] _buffer = new byte[4096];
        private int _filled;

        public CanonicalText(IncrementalHash hmac) => _hmac = hmac;

        public void Append(string text) => Encode(text, flush: false);

        public void Finish()
        {
            Encode(string.Empty, flush: true);
            Flush();
        }

        private void Encode(ReadOnlySpan<char> text, bool flush)
        {
            bool completed;
            do
            {
                // Room for a few characters at least (a UTF-8 character is 4 bytes at most).
                if (_buffer.Length - _filled < 16)
                    Flush();
                _encoder.Convert(text, _buffer.AsSpan(_filled), flush, out var used, out var written, out completed);
                _filled += written;
                text = text[used..];
            }
            while (text.Length > 0 || (flush && !completed));
        }

        private void Flush()
        {
            _hmac.AppendData(_buffer, 0, _filled);
            _filled = 0;
        }
    }

    /// <summary>Whether <paramref name="seal"/> is the seal of <paramref name="entries"/> (compared in constant time).</summary>
    public static bool IsSealed(IEnumerable<MetadataEntry> entries, string seal, string? secret)
    {
        var expected = Encoding.ASCII.GetBytes(Seal(entries, secret));
        var actual = Encoding.ASCII.GetBytes(seal.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Reads the rows back; null with a reason when a row is missing or malformed.</summary>
    public static FormMetadata? Parse(IReadOnlyList<MetadataEntry> entries, out string? reason)
    {
        string? Single(string key)
        {
            var found = entries.Where(e => e.Key == key).ToList();
            return found.Count == 1 ? found[0].Field(0) : null;
        }

        var version = Single(FormatRow);
        var plan = Single(PlanRow);
        var revisionText = Single(RevisionRow);
        var fingerprint = Single(FingerprintRow);
        var report = Single(ReportRow);
        var period = Single(PeriodRow);
        var unit = Single(UnitRow);
        var sheet = Single(SheetRow);
        var submittedOn = Single(SubmittedOnRow);
        if (version is null || plan is null || revisionText is null || fingerprint is null || report is null ||
            period is null || unit is null || sheet is null || submittedOn is null)
        {
            reason = "a required row is missing or repeated";
            return null;
        }

        if (!int.TryParse(revisionText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var revision))
        {
            reason = "the plan revision is not a number";
            return null;
        }

        var values = entries.Where(e => e.Key == ValueRow)
            .Select(e => new ValueCell(new ValueKey(e.Field(0), e.Field(1).Length == 0 ? null : e.Field(1)), e.Field(2), Fixed(e, 3)))
            .ToArray();
        var narratives = entries.Where(e => e.Key == NarrativeRow).Select(e => new NarrativeCell(e.Field(0), e.Field(1), Fixed(e, 2))).ToArray();
        var excluded = entries.Where(e => e.Key == ExcludedRow)
            .Select(e => new ValueCell(new ValueKey(e.Field(0), e.Field(1).Length == 0 ? null : e.Field(1)), e.Field(2), Fixed(e, 3)))
            .ToArray();
        var formulas = entries.Where(e => e.Key == FormulaRow).Select(e => new FormulaCell(e.Field(0), e.Field(1), Fixed(e, 2))).ToArray();
        var texts = entries.Where(e => e.Key == TextRow).Select(e => Fixed(e, 0)).ToArray();
        var unitLines = entries.Where(e => e.Key == UnitLineRow).Select(e => Fixed(e, 0)).ToArray();
        var submittedOnLabel = Fixed(entries.First(e => e.Key == SubmittedOnRow), 1);
        var listCells = entries.Where(e => e.Key == ListCellRow).ToLookup(e => (e.Field(0), e.Field(1)));
        var listRows = entries.Where(e => e.Key == ListRow)
            .Select(e => int.TryParse(e.Field(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Fixed(e, 2) is { } label
                ? new ListRowCells(e.Field(0), number, label, listCells[(e.Field(0), e.Field(1))].Select(c => (c.Field(2), c.Field(3))).ToArray())
                : null)
            .ToArray();
        if (listRows.Any(r => r is null) || listCells.Sum(g => g.Count()) != listRows.Sum(r => r!.Cells.Count))
        {
            reason = "a list row is malformed";
            return null;
        }

        var addresses = values.Select(v => v.Address).Concat(narratives.Select(n => n.Address)).Concat(excluded.Select(x => x.Address)).Append(submittedOn)
            .Concat(listRows.SelectMany(r => r!.Cells.Select(c => c.Address))).ToArray();
        if (addresses.Any(a => !IsAddress(a)) || addresses.Distinct(StringComparer.OrdinalIgnoreCase).Count() != addresses.Length)
        {
            reason = "a cell address is malformed or repeated";
            return null;
        }

        var checkedCells = values.Select(v => v.Label).Concat(narratives.Select(n => n.Label)).Concat(formulas.Select(f => f.Label))
            .Concat(texts).Concat(unitLines).Append(submittedOnLabel).Concat(listRows.Select(r => r!.Label)).Where(c => c is not null).Select(c => c!.Address)
            .Concat(formulas.Select(f => f.Address));
        if (checkedCells.Any(a => !IsAddress(a)) || unitLines.Length > 1 || texts.Any(t => t is null) || unitLines.Any(t => t is null))
        {
            reason = "a checked cell is malformed or repeated";
            return null;
        }

        reason = null;
        return new FormMetadata(version, plan, revision, fingerprint, report, period, unit, sheet, submittedOn, values, narratives)
        {
            SubmittedOnLabel = submittedOnLabel,
            UnitLine = unitLines.SingleOrDefault(),
            Texts = texts!,
            Formulas = formulas,
            Excluded = excluded,
            ListRows = listRows!,
        };
    }

    /// <summary>The address and text at fields <paramref name="index"/> and the next, or null when the row has none.</summary>
    private static FixedCell? Fixed(MetadataEntry entry, int index) =>
        entry.Field(index).Length == 0 ? null : new FixedCell(entry.Field(index), entry.Field(index + 1));

    private static bool IsAddress(string text)
    {
        try
        {
            Layout.CellReference.Parse(text);
            return text.IndexOf('$') < 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
