using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Linq;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ReportKit.Excel.Import;

/// <summary>A file rejected whole: its problem code, where, and the clerk's message.</summary>
internal sealed class FormRejectedException : Exception
{
    /// <summary>A rejection of kind <paramref name="kind"/> (see <see cref="ImportProblemDescriptor.Reject"/>).</summary>
    public FormRejectedException(ImportProblemDescriptor kind, string message, string? sheet, string? cell)
        : base(message)
    {
        Kind = kind;
        Sheet = sheet;
        Cell = cell;
    }

    /// <summary>The kind of problem, from <see cref="ImportProblems"/>.</summary>
    public ImportProblemDescriptor Kind { get; }

    /// <summary>The unit the file comes from, once its sealed data has been read.</summary>
    public string? UnitId { get; set; }

    public string? Sheet { get; }

    public string? Cell { get; }

    /// <summary>The problem this rejection stands for, in <paramref name="file"/>.</summary>
    public ImportProblem ToProblem(string file) => new(file, Sheet, Cell, Kind.Code, Message, Kind.Severity, UnitId);
}

/// <summary>
/// A zip package opened for reading with hostile input in mind: signatures are checked before the zip is
/// opened, declared sizes and compression ratios before a part is read, actual bytes while it is read
/// (declared sizes can lie), macros and external links are refused, and XML is read without DTDs or resolvers.
/// </summary>
internal sealed class SafePackage : IDisposable
{
    private const long RatioCheckFloor = 1024 * 1024;
    private static readonly byte[] OleSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
    private static readonly byte[] ZipSignature = { 0x50, 0x4B, 0x03, 0x04 };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly FormImportOptions _options;
    private long _totalRead;
    private readonly HashSet<string> _parsed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<PackageRelationship>> _relationships = new(StringComparer.OrdinalIgnoreCase);

    private readonly PackageKind _kind;
    private readonly VerifiedParts? _verified;

    private SafePackage(ZipArchive zip, FormImportOptions options, PackageKind kind, VerifiedParts? verified)
    {
        _zip = zip;
        _options = options;
        _kind = kind;
        _verified = verified;
    }

    /// <summary>What a package's main part must be: a workbook (every form) or a Word document (a báo cáo we wrote).</summary>
    public enum PackageKind
    {
        Spreadsheet,
        Word,
    }

    /// <param name="bytes">The file (an array converts; a segment lets a caller read it into a pooled buffer).</param>
    /// <param name="options">The limits.</param>
    /// <param name="kind">What the package must be.</param>
    /// <param name="verified">The parts a batch has already read and checked (<see cref="VerifiedParts"/>); null to read every part anew.</param>
    public static SafePackage Open(ArraySegment<byte> bytes, FormImportOptions options, PackageKind kind = PackageKind.Spreadsheet, VerifiedParts? verified = null)
    {
        if (bytes.AsSpan().StartsWith(OleSignature.AsSpan(0, 4)))
        {
            throw ImportProblems.OleFile.Reject(null, null);
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            throw ImportProblems.NotXlsx.Reject(null, null, "");
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }

        var package = new SafePackage(zip, options, kind, verified);
        try
        {
            package.CheckEntries();
        }
        catch
        {
            package.Dispose();
            throw;
        }

        return package;
    }

    public static FormRejectedException Corrupt() =>
        ImportProblems.Corrupt.Reject(null, null, " hoặc không đầy đủ (có thể tải về chưa hết)");

    /// <summary>
    /// The creator recorded in the package's core properties (<c>dc:creator</c>), read under the same limits as every
    /// part; null when the package has no core properties or names no creator.
    /// </summary>
    public string? Creator()
    {
        var corePart = PartTargetedBy("_rels/.rels", "/metadata/core-properties");
        if (corePart is null)
            return null;
        using var reader = OpenXml(corePart)!;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "creator")
                    return reader.ReadElementContentAsString();
            }
        }
        catch (XmlException)
        {
            throw XmlProblem(corePart);
        }

        return null;
    }

    /// <summary>The part a package-level relationship of this type points to (targets resolved from the root).</summary>
    private string? PartTargetedBy(string rels, string relationshipTypeEnd) =>
        Relationships(rels)?.FirstOrDefault(r => r.Type.EndsWith(relationshipTypeEnd, StringComparison.Ordinal) && r.Target.Length > 0) is { } found
            ? Uri.UnescapeDataString(found.Target.TrimStart('/'))
            : null;

    /// <summary>
    /// The relationships of a relationship part, in their order, or null when the package has no such part. Every
    /// relationship part was read and checked when the package was opened (<see cref="CheckRelationshipTargets"/>):
    /// this is that reading, so a part is parsed once whoever needs it.
    /// </summary>
    public IReadOnlyList<PackageRelationship>? Relationships(string rels) =>
        _relationships.TryGetValue(rels, out var relationships) ? relationships : null;

    /// <summary>Whether the package has a part (names are case-insensitive, as in OPC).</summary>
    public bool Has(string partName) => _entries.ContainsKey(partName);

    /// <summary>Whether a part has been opened for reading (<see cref="OpenXml"/>).</summary>
    public bool WasParsed(string partName) => _parsed.Contains(partName);

    /// <summary>A reader over a part, or null when the package has no such part.</summary>
    public XmlReader? OpenXml(string partName, int maxCharacters = 0)
    {
        if (!_entries.TryGetValue(partName, out var entry))
        {
            return null;
        }

        _parsed.Add(partName);
        return CreateXmlReader(new CountingStream(Open(entry), this, partName), partName, maxCharacters);
    }

    /// <summary>
    /// <paramref name="read"/>'s reading of a part (<paramref name="purpose"/> names what it reads), or null when the
    /// package has no such part. A part byte for byte identical to one this batch has read for the same purpose
    /// (<see cref="VerifiedParts"/>: the styles and theme of a report's forms) gives the reading kept then, without
    /// parsing. The problems are those of <see cref="OpenXml"/>: a part that does not decompress whole within its
    /// declared size and the limits is read streaming, as <see cref="OpenXml"/> reads it.
    /// </summary>
    public T? ReadXml<T>(string partName, string purpose, Func<XmlReader, T> read) where T : class
    {
        if (!_entries.TryGetValue(partName, out var entry))
            return null;
        if (InflateWhole(entry) is not { } whole)
        {
            using var streaming = OpenXml(partName)!;
            return read(streaming);
        }

        try
        {
            return ReadInflated(partName, purpose, whole, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(whole.Array!);
        }
    }

    /// <summary>The reading of a part already inflated whole: kept from an identical part, or parsed and kept.</summary>
    private T ReadInflated<T>(string partName, string purpose, ArraySegment<byte> whole, Func<XmlReader, T> read) where T : class
    {
        _parsed.Add(partName);
        // Counted as a streaming read counts it (InflateWhole made sure it stays within the file's budget).
        _totalRead += whole.Count;
        if (_verified!.Find<T>(purpose, partName, whole) is { } known)
            return known;
        T reading;
        using (var reader = CreateXmlReader(new MemoryStream(whole.Array!, whole.Offset, whole.Count, writable: false), partName, 0))
            reading = read(reader);
        _verified.Keep(purpose, partName, whole, reading);
        return reading;
    }

    /// <summary>
    /// A part decompressed whole into a pooled buffer when it fits the verified parts' size, its declared size is its real
    /// size, and it fits the file's budget; null otherwise (a damaged or hostile part is then read streaming, with the
    /// problems that reading gives).
    /// </summary>
    private ArraySegment<byte>? InflateWhole(ZipArchiveEntry entry)
    {
        if (_verified is null || entry.Length > VerifiedParts.MaxPartBytes || entry.Length > _options.MaxPartBytes ||
            _totalRead + entry.Length > _options.MaxTotalBytes)
            return null;
        var length = (int)entry.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length + 1);
        try
        {
            using var stream = entry.Open();
            // One byte more than declared is asked for: a part longer than it says is not read this way.
            if (stream.ReadAtLeast(buffer.AsSpan(0, length + 1), length + 1, throwOnEndOfStream: false) == length)
                return new ArraySegment<byte>(buffer, 0, length);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
        }

        ArrayPool<byte>.Shared.Return(buffer);
        return null;
    }

    /// <summary>
    /// One name table per thread for every part it reads: a form's ten or so parts, and every form of a batch, use the
    /// same few dozen element and attribute names, so each is made once instead of once per reader. A name table is
    /// not thread-safe, hence one a thread; it is replaced once it holds a megabyte of names, so a hostile part with
    /// many distinct names cannot make it grow for the rest of the process.
    /// </summary>
    private static XmlNameTable ThreadNames =>
        s_names is { Characters: <= CountingNameTable.MaxCharacters } names ? names : s_names = new CountingNameTable();

    [ThreadStatic] private static CountingNameTable? s_names;

    private sealed class CountingNameTable : NameTable
    {
        public const long MaxCharacters = 1 << 20;

        public long Characters { get; private set; }

        public override string Add(char[] key, int start, int len)
        {
            if (Get(key, start, len) is { } known)
                return known;
            Characters += len;
            return base.Add(key, start, len);
        }

        public override string Add(string key)
        {
            if (Get(key) is { } known)
                return known;
            Characters += key.Length;
            return base.Add(key);
        }
    }

    private XmlReader CreateXmlReader(Stream content, string partName, int maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersInDocument = maxCharacters > 0 ? maxCharacters : _options.MaxPartBytes,
            MaxCharactersFromEntities = 1024,
            NameTable = ThreadNames,
        };
        var reader = XmlReader.Create(content, settings);
        try
        {
            // OPC has XML parts in UTF-8 or UTF-16 only: a package reader refuses any other encoding.
            if (reader.Read() && reader.NodeType == XmlNodeType.XmlDeclaration && reader.GetAttribute("encoding") is { } encoding &&
                !encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !encoding.Equals("utf-16", StringComparison.OrdinalIgnoreCase))
                throw new XmlException("encoding " + encoding);
        }
        catch (XmlException)
        {
            reader.Dispose();
            throw XmlProblem(partName);
        }

        return reader;
    }

    /// <summary>Whether a part is XML by its first bytes (core properties are XML under a .psmdcp name).</summary>
    private static bool LooksLikeXml(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            Span<byte> start = stackalloc byte[4];
            var read = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
            return LooksLikeXml(start[..read]);
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }
    }

    private static bool LooksLikeXml(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            start = start[3..];
        return start.Length > 0 && start[0] == (byte)'<';
    }

    /// <summary>Turns an XML error into the problem it stands for: a DTD, or a malformed part.</summary>
    public FormRejectedException XmlProblem(string partName)
    {
        if (_entries.TryGetValue(partName, out var entry) && StartsWithDoctype(entry))
        {
            return ImportProblems.Dtd.Reject(null, null, partName);
        }

        return ImportProblems.MalformedXml.Reject(null, null, partName);
    }

    public void Dispose() => _zip.Dispose();

    private void CheckEntries()
    {
        long declared = 0;
        var count = 0;
        foreach (var entry in _zip.Entries)
        {
            if (++count > _options.MaxParts)
            {
                throw ImportProblems.ZipBomb.Reject(null, null, "quá nhiều thành phần (hơn " + _options.MaxParts + ")");
            }

            var name = entry.FullName.TrimStart('/');
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                throw Macro();
            }

            if (name.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase))
            {
                throw ImportProblems.ExternalLink.Reject(null, null);
            }

            CheckDeclaredSize(entry, name);
            declared += entry.Length;
            if (declared > _options.MaxTotalBytes)
            {
                throw Bomb(name);
            }

            // Two parts of one name: which one a program reads is an accident, so Excel could show other figures than
            // the importer reads. A name that climbs out of the package or uses '\\' is no OPC part name.
            if (_entries.ContainsKey(name))
            {
                throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai thành phần cùng tên “" + name + "”");
            }

            if (HasDotSegment(name) || name.IndexOf('\\') >= 0 || name.IndexOf(':') >= 0)
            {
                throw ImportProblems.AmbiguousPackage.Reject(null, null, "thành phần mang tên không hợp lệ “" + name + "” (trỏ ra ngoài tệp)");
            }

            _entries[name] = entry;
        }

        CheckContentTypes();
    }

    /// <summary>
    /// Every part the reading did not parse decompresses to its end within its declared size and, if XML, is well
    /// formed: a part Excel could not open (an unknown compression method, a bad checksum, broken XML) rejects the
    /// file, so a file is never read here that the unit's own Excel could not show. Called once a file has been read;
    /// the parts already parsed (<see cref="OpenXml"/>) are not read twice.
    /// </summary>
    public void CheckUnread()
    {
        // Only a part that does not decompress whole (or is not XML) is read through this buffer: rented then, not per form.
        byte[]? buffer = null;
        try
        {
            CheckUnread(ref buffer);
        }
        finally
        {
            if (buffer is not null)
                ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void CheckUnread(ref byte[]? buffer)
    {
        foreach (var (name, entry) in _entries)
        {
            if (_parsed.Contains(name))
                continue;
            try
            {
                if (InflateWhole(entry) is { } whole)
                {
                    try
                    {
                        // Decompressed whole within its declared size; if XML, well formed (or identical to a part that was).
                        if (LooksLikeXml(whole.AsSpan(0, Math.Min(4, whole.Count))))
                            ReadInflated(name, "well-formed", whole, ReadToEnd);
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(whole.Array!);
                    }

                    continue;
                }

                if (LooksLikeXml(entry))
                {
                    // Every XML part well formed, even one the importer does not read: Excel would refuse the file.
                    using var xml = OpenXml(name)!;
                    while (xml.Read())
                    {
                    }

                    continue;
                }

                using var stream = entry.Open();

                buffer ??= ArrayPool<byte>.Shared.Rent(81920);
                long total = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > entry.Length || total > _options.MaxPartBytes)
                        throw Bomb(name);
                }
            }
            catch (XmlException)
            {
                throw XmlProblem(name);
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
            {
                throw Corrupt();
            }
        }
    }

    /// <summary>Whether a part name has a <c>.</c> or <c>..</c> segment (one that climbs out of its folder or the package).</summary>
    private static bool HasDotSegment(string name)
    {
        var rest = name.AsSpan();
        while (true)
        {
            var slash = rest.IndexOf('/');
            if ((slash < 0 ? rest : rest[..slash]) is "." or "..")
                return true;
            if (slash < 0)
                return false;
            rest = rest[(slash + 1)..];
        }
    }

    private static string ReadToEnd(XmlReader xml)
    {
        while (xml.Read())
        {
        }

        return "well-formed";
    }

    private void CheckDeclaredSize(ZipArchiveEntry entry, string name)
    {
        if (entry.Length > _options.MaxPartBytes)
        {
            throw Bomb(name);
        }

        if (entry.Length > RatioCheckFloor && entry.Length > _options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
        {
            throw Bomb(name);
        }
    }

    private void CheckContentTypes()
    {
        const string part = "[Content_Types].xml";
        ContentTypeMap types;
        try
        {
            // Every form of a report has the same content types: their reading is kept for the batch (VerifiedParts).
            types = ReadXml(part, "content types", ParseContentTypes) ?? throw ImportProblems.NotXlsx.Reject(null, null, ": thiếu phần mô tả nội dung");
        }
        catch (XmlException)
        {
            throw XmlProblem(part);
        }

        var (defaults, overrides) = types;
        // Every part has a content type, and every relationship inside the package reaches a part: otherwise Excel
        // refuses or repairs the file, and what the importer reads is not what the unit's Excel shows.
        foreach (var name in _entries.Keys.Where(n => n != part && !n.EndsWith('/')))
        {
            var extension = Path.GetExtension(name).TrimStart('.');
            if (!overrides.ContainsKey(name) && !defaults.ContainsKey(extension))
                throw Corrupt();
        }

        string ContentTypeOf(string name) =>
            overrides.TryGetValue(name, out var type) || defaults.TryGetValue(Path.GetExtension(name).TrimStart('.'), out type) ? type : "";
        foreach (var rels in _entries.Keys.Where(n => n.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToArray())
            CheckRelationshipTargets(rels, ContentTypeOf);
    }

    /// <summary>What <c>[Content_Types].xml</c> declares: the content type of each extension and of each part.</summary>
    private sealed record ContentTypeMap(Dictionary<string, string> Defaults, Dictionary<string, string> Overrides);

    /// <summary>
    /// <c>[Content_Types].xml</c> read in OPC's shape (<see cref="PartShape.Flat"/>): no macro-enabled type, one content
    /// type per extension and per part. Depends on the part's bytes alone, so its reading can be kept for identical parts.
    /// </summary>
    private static ContentTypeMap ParseContentTypes(XmlReader reader)
    {
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            PartShape.Flat(reader, PartShape.ContentTypes, "Types", "Default", "Override");
            if (reader.GetAttribute("ContentType") is { } type && type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                throw Macro();
            // One content type per extension and per part: with two, which applies is an accident.
            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension &&
                !defaults.TryAdd(extension, reader.GetAttribute("ContentType") ?? ""))
                throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai kiểu nội dung cho phần mở rộng “" + extension + "”");
            if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } name &&
                !overrides.TryAdd(name.TrimStart('/'), reader.GetAttribute("ContentType") ?? ""))
                throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai kiểu nội dung cho phần “" + name + "”");
        }

        return new ContentTypeMap(defaults, overrides);
    }

    /// <summary>
    /// The content types the parts of a Word document must have, where the importer reads them: the main part a
    /// document (never a macro-enabled one) and the core properties (which say who wrote it).
    /// </summary>
    private static readonly (string Relationship, string[] ContentTypes)[] WordPartContentTypes =
    {
        (OfficeDocumentRelationship, new[] { "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" }),
        ("/core-properties", new[] { "application/vnd.openxmlformats-package.core-properties+xml" }),
    };

    /// <summary>
    /// The content types the parts of a spreadsheet must have, by the end of their relationship's type: a part of
    /// another type is one Excel (and the Open XML SDK) will not open as what the importer reads it as.
    /// </summary>
    private static readonly (string Relationship, string[] ContentTypes)[] PartContentTypes =
    {
        (OfficeDocumentRelationship, new[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" }),
        ("/worksheet", new[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" }),
        ("/sharedStrings", new[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" }),
        ("/styles", new[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" }),
        ("/theme", new[] { "application/vnd.openxmlformats-officedocument.theme+xml" }),
        ("/calcChain", new[] { "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml" }),
        ("/extended-properties", new[] { "application/vnd.openxmlformats-officedocument.extended-properties+xml" }),
        ("/core-properties", new[] { "application/vnd.openxmlformats-package.core-properties+xml" }),
    };

    private const string OfficeDocumentRelationship = "/officeDocument";

    /// <summary>The content types a part reached by this relationship must have, or null when any will do.</summary>
    private string[]? ExpectedContentTypes(string relationship) =>
        (_kind == PackageKind.Word ? WordPartContentTypes : PartContentTypes)
            .FirstOrDefault(p => relationship.EndsWith(p.Relationship, StringComparison.Ordinal)).ContentTypes;

    /// <summary>
    /// A relationship part read in OPC's shape (<see cref="PartShape.Flat"/>), one target per id. Depends on the part's
    /// bytes and name alone, so its reading can be kept for identical parts.
    /// </summary>
    private static IReadOnlyList<PackageRelationship> ParseRelationships(XmlReader reader, string rels)
    {
        var relationships = new List<PackageRelationship>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
                continue;
            PartShape.Flat(reader, PartShape.Relationships, "Relationships", "Relationship");
            if (reader.Depth != 1)
                continue;
            // One target per id: with two, which part a sheet or the workbook is, is an accident.
            var id = reader.GetAttribute("Id")!;
            if (!ids.Add(id))
                throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai liên kết cùng mã “" + id + "” trong “" + rels + "”");
            relationships.Add(new PackageRelationship(id, reader.GetAttribute("Type")!, reader.GetAttribute("Target")!, reader.GetAttribute("TargetMode")));
        }

        return relationships.ToArray();
    }

    private void CheckRelationshipTargets(string rels, Func<string, string> contentTypeOf)
    {
        // "xl/_rels/workbook.xml.rels" describes "xl/workbook.xml": targets are relative to "xl/".
        var folder = rels.Contains("_rels/", StringComparison.Ordinal) ? rels[..rels.IndexOf("_rels/", StringComparison.Ordinal)] : string.Empty;
        IReadOnlyList<PackageRelationship> relationships;
        try
        {
            // Every form of a report has the same relationship parts: their reading is kept for the batch (VerifiedParts).
            relationships = ReadXml(rels, "relationships", reader => ParseRelationships(reader, rels))!;
        }
        catch (XmlException)
        {
            throw XmlProblem(rels);
        }

        _relationships[rels] = relationships;
        foreach (var relationship in relationships)
        {
            if (!relationship.IsInternal)
                continue;
            var target = relationship.Target;
            var resolved = new List<string>();
            foreach (var segment in (target.StartsWith('/') ? target.TrimStart('/') : folder + target).Split('/'))
            {
                if (segment == "..")
                {
                    if (resolved.Count == 0)
                        throw ImportProblems.AmbiguousPackage.Reject(null, null, "liên kết “" + target + "” trỏ ra ngoài tệp");
                    resolved.RemoveAt(resolved.Count - 1);
                }
                else if (segment is not ("." or ""))
                {
                    resolved.Add(segment);
                }
            }

            var part = Uri.UnescapeDataString(string.Join("/", resolved));
            if (!_entries.ContainsKey(part))
                throw Corrupt();
            if (ExpectedContentTypes(relationship.Type) is { } expected &&
                !expected.Contains(contentTypeOf(part), StringComparer.OrdinalIgnoreCase))
                throw ImportProblems.Corrupt.Reject(null, null, ": phần “" + part + "” không mang đúng kiểu nội dung");
        }
    }

    private static FormRejectedException Macro() =>
        ImportProblems.Macro.Reject(null, null);

    private static FormRejectedException Bomb(string part) =>
        ImportProblems.ZipBomb.Reject(null, null, "phần “" + part + "” phình to bất thường khi giải nén");

    private static Stream Open(ZipArchiveEntry entry)
    {
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }
    }

    private static bool StartsWithDoctype(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[4096];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }

            var head = Encoding.UTF8.GetString(buffer, 0, read);
            return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || head.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Counts the bytes a part really expands to; stops reading past the per-part and per-file limits.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly Stream _inner;
        private readonly SafePackage _package;
        private readonly string _part;
        private long _read;

        public CountingStream(Stream inner, SafePackage package, string part)
        {
            _inner = inner;
            _package = package;
            _part = part;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(ReadInner(buffer.AsSpan(offset, count)));

        public override int Read(Span<byte> buffer) => Count(ReadInner(buffer));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private int ReadInner(Span<byte> buffer)
        {
            try
            {
                return _inner.Read(buffer);
            }
            catch (InvalidDataException)
            {
                throw Corrupt();
            }
        }

        private int Count(int read)
        {
            _read += read;
            _package._totalRead += read;
            if (_read > _package._options.MaxPartBytes || _package._totalRead > _package._options.MaxTotalBytes)
            {
                throw Bomb(_part);
            }

            return read;
        }
    }
}

/// <summary>A relationship of a package's relationship part (OPC): its id, type, target and target mode as written.</summary>
internal sealed record PackageRelationship(string Id, string Type, string Target, string? TargetMode)
{
    /// <summary>Whether the target is a part of the package (not <c>TargetMode="External"</c>) and is named.</summary>
    public bool IsInternal => !string.Equals(TargetMode, "External", StringComparison.OrdinalIgnoreCase) && Target.Length > 0;
}

/// <summary>
/// The parts a batch of imports has read and checked, by purpose and part name: a part byte for byte identical to one
/// read before (every form of a report carries the same styles and theme) gives the same reading, which is kept, so it
/// is not parsed again for every form. Compared on the exact bytes, never on a checksum, so a part crafted to match
/// another's CRC still gets its own reading. Bounded: one part per purpose and name, small parts only, a few names.
/// Only readings that succeeded are kept, and they must not be changed by whoever gets them.
/// </summary>
internal sealed class VerifiedParts
{
    /// <summary>The largest part kept (a form's styles are a few kilobytes).</summary>
    public const int MaxPartBytes = 256 * 1024;

    private const int MaxParts = 64;

    private readonly ConcurrentDictionary<(string Purpose, string Part), (byte[] Bytes, object Reading)> _parts = new();

    /// <summary>The reading kept for a part of exactly these bytes, or null.</summary>
    public T? Find<T>(string purpose, string part, ReadOnlySpan<byte> bytes) where T : class =>
        _parts.TryGetValue((purpose, part), out var kept) && kept.Reading is T reading && bytes.SequenceEqual(kept.Bytes) ? reading : null;

    /// <summary>Keeps a reading of a part, unless one is kept for its purpose and name already.</summary>
    public void Keep(string purpose, string part, ReadOnlySpan<byte> bytes, object reading)
    {
        if (_parts.Count < MaxParts)
            _parts.TryAdd((purpose, part), (bytes.ToArray(), reading));
    }
}
