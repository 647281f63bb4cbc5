using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Writing;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

/// <summary>
/// One input form laid out and written once for a <see cref="FormTemplateKey"/>, with placeholders for the unit's id and
/// name and the recipient, from which each unit's copy is stamped: its shared strings (the heading's upper-cased name and
/// recipient, the unit line, the instructions, the metadata fields, the seal) and core properties (the keywords)
/// rewritten, every other part copied as compressed.
/// </summary>
/// <remarks>
/// Row heights follow wrapped text, so a unit whose name wraps onto more lines than another's gets another
/// <see cref="FormVariant"/>: the form written again with those heights, its page breaks placed for them. A unit whose texts would be written differently
/// (characters ClosedXML escapes, text equal to another string of the form, whitespace the checks normalize) is not
/// stamped: <see cref="Stamp"/> returns null and the caller writes it with <see cref="InputForm.Save(PlanSpec, string, string, Unit, string, InputFormOptions?)"/>.
/// Each variant is checked once against that path for the unit that first needs it, and not used if it differs.
/// </remarks>
internal sealed class FormTemplate
{
    private const string IdPlaceholder = "rkstampunitid0c5e2b7a";
    private const string NamePlaceholder = "RKSTAMPUNITNAME0c5e2b7a";
    private const string RecipientPlaceholder = "RKSTAMPRECIPIENT0c5e2b7a";
    private const string PlaceholderStem = "rkstamp";
    private static readonly string UpperNamePlaceholder = DocumentText.Upper(NamePlaceholder);
    private static readonly string UpperRecipientPlaceholder = DocumentText.Upper(RecipientPlaceholder);
    private const string SharedStringsPart = "xl/sharedStrings.xml";

    private readonly PlanSpec _plan;
    private readonly FormTemplateKey _key;
    private readonly Unit _probe;
    private readonly InputFormOptions _probeOptions;
    private readonly IReadOnlyList<MetadataEntry> _entries = Array.Empty<MetadataEntry>();
    private readonly (int Entry, int Field)[] _stampedFields = Array.Empty<(int, int)>();
    private readonly string _seal = string.Empty;
    private readonly string[] _stampedTexts = Array.Empty<string>();
    private readonly StampedRow[] _rows = Array.Empty<StampedRow>();
    private readonly ConcurrentDictionary<string, Lazy<FormVariant?>> _variants = new(StringComparer.Ordinal);
    private int _referenceWrites;

    public FormTemplate(PlanSpec plan, FormTemplateKey key)
    {
        _plan = plan;
        _key = key;
        _probe = new Unit(IdPlaceholder, NamePlaceholder, null, key.LevelId);
        _probeOptions = key.Options(RecipientPlaceholder);
        var layout = InputForm.Build(plan, key.ReportId, key.PeriodKey, _probe, _probeOptions, null, key.Committee);
        var metadataSheet = layout.Sheets.Single(s => s.Name == InputForm.MetadataSheetName);
        (_entries, _seal) = FormMetadata.ReadSheet(metadataSheet);
        if (FormMetadata.Seal(_entries, key.SealSecret) != _seal)
        {
            Unstampable = "the metadata sheet does not read back as sealed";
            return;
        }

        _stampedFields = _entries.SelectMany((entry, e) => entry.Fields.Select((field, f) => (field, e, f)))
            .Where(x => HasPlaceholder(x.field)).Select(x => (x.e, x.f)).ToArray();
        var rows = new List<StampedRow>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sheet in layout.Sheets)
        {
            foreach (var band in sheet.Bands)
            {
                var anchors = new HashSet<(int, int)>(band.MultiRowMerges.Select(m => (m.FirstRow, m.FirstColumn)));
                var rowNumber = band.FirstRow;
                foreach (var row in band.Rows())
                {
                    if (row.Cells.Any(c => c.Value.Kind == CellValueKind.Text && HasPlaceholder(c.Value.TextValue)))
                    {
                        if (band.Block is null)
                        {
                            Unstampable = "a placeholder is in a streamed row";
                            return;
                        }

                        rows.Add(new StampedRow(layout.Sheets.ToList().IndexOf(sheet), rowNumber, row, anchors));
                        if (sheet != metadataSheet)
                        {
                            texts.UnionWith(row.Cells.Where(c => c.Value.Kind == CellValueKind.Text && HasPlaceholder(c.Value.TextValue)).Select(c => c.Value.TextValue));
                        }
                    }

                    rowNumber++;
                }
            }
        }

        _rows = rows.ToArray();
        _stampedTexts = texts.ToArray();
        Layout = layout;
    }

    /// <summary>Why no unit can be stamped from this template, or null.</summary>
    public string? Unstampable { get; private set; }

    /// <summary>The probe's layout (a variant writes its own).</summary>
    private WorkbookLayout? Layout { get; }

    /// <summary>How many forms this template had ClosedXML write: its variants and their checks.</summary>
    public int ReferenceWrites => Volatile.Read(ref _referenceWrites);

    /// <summary>The bytes of <paramref name="unit"/>'s form (sent to <paramref name="sendTo"/>), or null if it cannot be stamped.</summary>
    public byte[]? Stamp(Unit unit, string? sendTo)
    {
        if (Unstampable is not null || Layout is null)
        {
            return null;
        }

        var recipient = _key.NamesRecipient ? sendTo : null;
        if (!Stampable(unit.Id) || !Stampable(unit.Name) || (_key.NamesRecipient && !Stampable(recipient)))
        {
            return null;
        }

        var stamps = Stamps.Of(unit, recipient);
        if (!Stampable(stamps.UpperName) || (stamps.UpperRecipient is not null && !Stampable(stamps.UpperRecipient)))
        {
            return null;
        }

        var heights = new double?[_rows.Length];
        for (var i = 0; i < _rows.Length; i++)
        {
            var stamped = _rows[i];
            if (stamped.Row.Height is not null)
            {
                continue;
            }

            var cells = stamped.Row.Cells.Select(c => c.Value.Kind == CellValueKind.Text && HasPlaceholder(c.Value.TextValue)
                ? c with { Value = CellValue.Text(stamps.Fill(c.Value.TextValue)) }
                : c).ToArray();
            heights[i] = LayoutRules.WrappedRowHeight(Layout.Sheets[stamped.Sheet], new LayoutRow(cells, null, stamped.Row.Merges), stamped.RowNumber, stamped.Anchors);
        }

        var variantKey = string.Join("|", heights.Select(h => h?.ToString("R", CultureInfo.InvariantCulture) ?? "-"));
        var variant = _variants.GetOrAdd(variantKey, _ => new Lazy<FormVariant?>(() => CreateVariant(heights, unit, sendTo, stamps))).Value;
        return variant is null ? null : StampWith(variant, stamps);
    }

    /// <summary>The variant for <paramref name="heights"/>, checked against the reference path for the unit that needs it first.</summary>
    private FormVariant? CreateVariant(double?[] heights, Unit unit, string? sendTo, Stamps stamps)
    {
        // The stamped texts' heights are given before the form's page breaks are placed: a taller heading or unit line
        // moves them as it would in the unit's own form.
        var rowHeights = new Dictionary<int, double>();
        for (var i = 0; i < _rows.Length; i++)
        {
            if (heights[i] is not { } height)
            {
                continue;
            }

            if (height > 409 || _rows[i].Sheet != 0)
            {
                return null;
            }

            rowHeights[_rows[i].RowNumber] = height;
        }

        var layout = InputForm.Build(_plan, _key.ReportId, _key.PeriodKey, _probe, _probeOptions, rowHeights, _key.Committee);
        using var written = new MemoryStream();
        ClosedXmlWorkbookWriter.Instance.Save(layout, written, _probeOptions.SaveOptions);
        Interlocked.Increment(ref _referenceWrites);
        var variant = FormVariant.TryCreate(written.ToArray(), _stampedTexts.Concat(_stampedFields.Select(f => FormMetadata.Encode(_entries[f.Entry].Fields[f.Field]))).Append(_seal));
        if (variant is null)
        {
            return null;
        }

        var stampedBytes = StampWith(variant, stamps);
        using var reference = new MemoryStream();
        InputForm.Save(_plan, _key.ReportId, _key.PeriodKey, unit, reference, _key.Options(sendTo));
        Interlocked.Increment(ref _referenceWrites);
        return stampedBytes is not null && reference.ToArray().AsSpan().SequenceEqual(stampedBytes) ? variant : null;
    }

    private byte[]? StampWith(FormVariant variant, Stamps stamps)
    {
        var fill = stamps.Fill;
        var entries = _entries.ToArray();
        foreach (var (e, _) in _stampedFields.DistinctBy(f => f.Entry))
        {
            entries[e] = entries[e] with { Fields = entries[e].Fields.Select(fill).ToArray() };
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        bool Map(string template, string stamped) => texts.TryAdd(template, stamped) || texts[template] == stamped;
        foreach (var text in _stampedTexts)
        {
            texts[text] = fill(text);
        }

        foreach (var (e, f) in _stampedFields)
        {
            if (!Map(FormMetadata.Encode(_entries[e].Fields[f]), FormMetadata.Encode(entries[e].Fields[f])))
            {
                return null;
            }
        }

        if (!Map(_seal, FormMetadata.Seal(entries, _key.SealSecret)))
        {
            return null;
        }

        return variant.Write(texts, stamps.Escaped().Fill);
    }

    /// <summary>
    /// Any placeholder, as <see cref="InputForm"/> wrote it or changed it (the heading upper-cases the name and the recipient):
    /// a text holding one the stamps do not fill keeps it, and the check against ClosedXML then refuses the variant.
    /// </summary>
    private static bool HasPlaceholder(string text) => text.Contains(PlaceholderStem, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a unit's text can be stamped where the placeholder stood: not empty, as the checks normalize it (NFC, no
    /// whitespace runs or ends), and only characters the writers put into XML as they are.
    /// </summary>
    private static bool Stampable(string? text)
    {
        if (string.IsNullOrEmpty(text) || FormMetadata.Normalize(text) != text || text.Contains(PlaceholderStem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text content as the package's XML writers escape it (the checks above leave no other character to escape).</summary>
    internal static string Escape(string text) =>
        text.IndexOfAny(['&', '<', '>']) < 0 ? text : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// The texts a unit's copy gets for the placeholders: its id and name, the recipient (null when the form names the
    /// issuer), and the name and recipient upper-cased as the heading shows them (<see cref="DocumentText.Upper"/>).
    /// </summary>
    private sealed record Stamps(string Id, string Name, string UpperName, string? Recipient, string? UpperRecipient)
    {
        public static Stamps Of(Unit unit, string? recipient) =>
            new(unit.Id, unit.Name, DocumentText.Upper(unit.Name), recipient, recipient is null ? null : DocumentText.Upper(recipient));

        /// <summary>The texts as the package's XML writers escape them (upper-cased before, so an entity keeps its case).</summary>
        public Stamps Escaped() => new(Escape(Id), Escape(Name), Escape(UpperName), Recipient is null ? null : Escape(Recipient),
            UpperRecipient is null ? null : Escape(UpperRecipient));

        public string Fill(string text)
        {
            text = text.Replace(IdPlaceholder, Id, StringComparison.Ordinal).Replace(NamePlaceholder, Name, StringComparison.Ordinal)
                .Replace(UpperNamePlaceholder, UpperName, StringComparison.Ordinal);
            return Recipient is null ? text
                : text.Replace(RecipientPlaceholder, Recipient, StringComparison.Ordinal).Replace(UpperRecipientPlaceholder, UpperRecipient!, StringComparison.Ordinal);
        }
    }

    /// <summary>A laid-out row holding a placeholder, whose height follows the stamped text.</summary>
    private sealed record StampedRow(int Sheet, int RowNumber, LayoutRow Row, HashSet<(int, int)> Anchors);

    /// <summary>One written form of the template: its package records, its shared strings and core properties with placeholders.</summary>
    private sealed class FormVariant
    {
        private readonly StampedZip _zip;
        private readonly string _sharedStrings;
        private readonly (int Start, int Length, string Text)[] _slots;
        private readonly HashSet<string> _otherStrings;
        private readonly string _core;

        private FormVariant(StampedZip zip, string sharedStrings, (int, int, string)[] slots, HashSet<string> otherStrings, string core)
        {
            _zip = zip;
            _sharedStrings = sharedStrings;
            _slots = slots;
            _otherStrings = otherStrings;
            _core = core;
        }

        /// <summary>
        /// Reads a written template; null unless the placeholders and the seal stand only as whole shared strings
        /// (<paramref name="stamped"/>, each once, written as <see cref="Escape"/> writes it) and in the core properties' text.
        /// </summary>
        public static FormVariant? TryCreate(byte[] package, IEnumerable<string> stamped)
        {
            var zip = StampedZip.TryRead(package);
            if (zip is null || !zip.Names.Contains(SharedStringsPart) || !zip.Names.Contains(PackageNormalizer.CorePropertiesPartName))
            {
                return null;
            }

            var seal = stamped.Last();
            foreach (var name in zip.Names.Where(n => n != SharedStringsPart && n != PackageNormalizer.CorePropertiesPartName))
            {
                var text = Encoding.UTF8.GetString(zip.Content(name));
                if (HasPlaceholder(text) || text.Contains(seal, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            var core = Encoding.UTF8.GetString(zip.Content(PackageNormalizer.CorePropertiesPartName));
            if (core.Contains(seal, StringComparison.Ordinal) || !PlaceholdersInText(core))
            {
                return null;
            }

            var shared = Encoding.UTF8.GetString(zip.Content(SharedStringsPart));
            var root = XDocument.Parse(shared).Root!;
            var items = root.Elements(root.Name.Namespace + "si").Select(si => string.Concat(si.Descendants(root.Name.Namespace + "t").Select(t => t.Value))).ToList();
            var open = "<" + (root.GetPrefixOfNamespace(root.Name.Namespace) is { } prefix ? prefix + ":" : string.Empty);
            var itemOpen = open + "si>" + open + "t>";
            var slots = new List<(int, int, string)>();
            var wanted = stamped.ToHashSet(StringComparer.Ordinal);
            var found = new HashSet<string>(StringComparer.Ordinal);
            var at = 0;
            foreach (var item in items)
            {
                var start = shared.IndexOf(open + "si", at, StringComparison.Ordinal);
                var end = shared.IndexOf("</" + open[1..] + "si>", start + 1, StringComparison.Ordinal);
                if (start < 0 || end < 0)
                {
                    return null;
                }

                if (wanted.Contains(item))
                {
                    var content = start + itemOpen.Length;
                    var expected = itemOpen + Escape(item) + "</" + open[1..] + "t>";
                    if (!found.Add(item) || string.CompareOrdinal(shared, start, expected, 0, expected.Length) != 0 || end != start + expected.Length)
                    {
                        return null;
                    }

                    slots.Add((content, Escape(item).Length, item));
                }

                at = end + 1;
            }

            if (found.Count != wanted.Count || shared.IndexOf(open + "si", at, StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            var others = items.Where(i => !wanted.Contains(i)).ToHashSet(StringComparer.Ordinal);
            return new FormVariant(zip, shared, slots.ToArray(), others, core);
        }

        /// <summary>
        /// The unit's package: each stamped shared string replaced by its text in <paramref name="texts"/>, the core
        /// properties through <paramref name="fillEscaped"/>; null if a text would merge with another shared string.
        /// </summary>
        public byte[]? Write(Dictionary<string, string> texts, Func<string, string> fillEscaped)
        {
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts.Values)
            {
                if (!values.Add(text) || _otherStrings.Contains(text) || text.Contains("_x", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            var shared = new StringBuilder(_sharedStrings.Length + 256);
            var at = 0;
            foreach (var (start, length, text) in _slots)
            {
                shared.Append(_sharedStrings, at, start - at).Append(Escape(texts[text]));
                at = start + length;
            }

            shared.Append(_sharedStrings, at, _sharedStrings.Length - at);
            var parts = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
            {
                [SharedStringsPart] = Encoding.UTF8.GetBytes(shared.ToString()),
                [PackageNormalizer.CorePropertiesPartName] = Encoding.UTF8.GetBytes(fillEscaped(_core)),
            };
            using var output = new MemoryStream(16 * 1024);
            _zip.Write(output, parts);
            return output.ToArray();
        }

        /// <summary>Whether every placeholder in <paramref name="xml"/> stands in text, outside any tag.</summary>
        private static bool PlaceholdersInText(string xml)
        {
            for (var at = xml.IndexOf(PlaceholderStem, StringComparison.OrdinalIgnoreCase); at >= 0; at = xml.IndexOf(PlaceholderStem, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (xml.LastIndexOf('<', at) > xml.LastIndexOf('>', at))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
