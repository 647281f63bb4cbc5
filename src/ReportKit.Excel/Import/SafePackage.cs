using System;
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

    private readonly PackageKind _kind;

    private SafePackage(ZipArchive zip, FormImportOptions options, PackageKind kind)
    {
        _zip = zip;
        _options = options;
        _kind = kind;
    }

    /// <summary>What a package's main part must be: a workbook (every form) or a Word document (a báo cáo we wrote).</summary>
    public enum PackageKind
    {
        Spreadsheet,
        Word,
    }

    public static SafePackage Open(byte[] bytes, FormImportOptions options, PackageKind kind = PackageKind.Spreadsheet)
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
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }

        var package = new SafePackage(zip, options, kind);
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
    private string? PartTargetedBy(string rels, string relationshipTypeEnd)
    {
        using var reader = OpenXml(rels);
        if (reader is null)
            return null;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" &&
                    (reader.GetAttribute("Type") ?? "").EndsWith(relationshipTypeEnd, StringComparison.Ordinal) &&
                    reader.GetAttribute("Target") is { Length: > 0 } target)
                    return Uri.UnescapeDataString(target.TrimStart('/'));
            }
        }
        catch (XmlException)
        {
            throw XmlProblem(rels);
        }

        return null;
    }

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

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersInDocument = maxCharacters > 0 ? maxCharacters : _options.MaxPartBytes,
            MaxCharactersFromEntities = 1024,
        };
        _parsed.Add(partName);
        var reader = XmlReader.Create(new CountingStream(Open(entry), this, partName), settings);
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
            var bytes = start[..read];
            if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
                bytes = bytes[3..];
            return bytes.Length > 0 && bytes[0] == (byte)'<';
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }
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

            if (name.Split('/').Any(segment => segment is ".." or ".") || name.IndexOf('\\') >= 0 || name.IndexOf(':') >= 0)
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
        var buffer = new byte[81920];
        foreach (var (name, entry) in _entries)
        {
            if (_parsed.Contains(name))
                continue;
            try
            {
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
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var reader = OpenXml(part) ?? throw ImportProblems.NotXlsx.Reject(null, null, ": thiếu phần mô tả nội dung"))
        {
            try
            {
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
            }
            catch (XmlException)
            {
                throw XmlProblem(part);
            }
        }

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

    private void CheckRelationshipTargets(string rels, Func<string, string> contentTypeOf)
    {
        // "xl/_rels/workbook.xml.rels" describes "xl/workbook.xml": targets are relative to "xl/".
        var folder = rels.Contains("_rels/", StringComparison.Ordinal) ? rels[..rels.IndexOf("_rels/", StringComparison.Ordinal)] : string.Empty;
        using var reader = OpenXml(rels)!;
        try
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                    PartShape.Flat(reader, PartShape.Relationships, "Relationships", "Relationship");
                // One target per id: with two, which part a sheet or the workbook is, is an accident.
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && !ids.Add(reader.GetAttribute("Id")!))
                    throw ImportProblems.AmbiguousPackage.Reject(null, null, "hai liên kết cùng mã “" + reader.GetAttribute("Id") + "” trong “" + rels + "”");
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" ||
                    string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase) ||
                    reader.GetAttribute("Target") is not { Length: > 0 } target)
                    continue;
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
                var relationship = reader.GetAttribute("Type") ?? "";
                if (ExpectedContentTypes(relationship) is { } expected &&
                    !expected.Contains(contentTypeOf(part), StringComparer.OrdinalIgnoreCase))
                    throw ImportProblems.Corrupt.Reject(null, null, ": phần “" + part + "” không mang đúng kiểu nội dung");
            }
        }
        catch (XmlException)
        {
            throw XmlProblem(rels);
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
