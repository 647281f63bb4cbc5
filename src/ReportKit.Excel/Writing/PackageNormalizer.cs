using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ReportKit.Excel.Writing;

/// <summary>
/// Rewrites an Open XML package so the same content always gives the same bytes: entries in a fixed
/// order with a fixed time, the core-properties part under a fixed name, random relationship ids
/// (<c>R</c> + 16 hex digits, from System.IO.Packaging) renumbered with every reference updated, and
/// the core properties pinned (created/modified to a given instant, author instead of the machine's user).
/// </summary>
internal static class PackageNormalizer
{
    /// <summary>The name the core-properties part gets.</summary>
    public const string CorePropertiesPartName = "package/services/metadata/core-properties/core.psmdcp";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string CorePropertiesType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string RootRelationshipsEntry = "_rels/.rels";

    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly Regex RandomRelationshipId = new("^R[0-9a-f]{16}$", RegexOptions.CultureInvariant);

    /// <summary>The time every zip entry gets (the earliest a zip can record).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reads the package from <paramref name="source"/> and writes its normalized form to <paramref name="destination"/>.</summary>
    /// <param name="source">A readable, seekable stream holding an .xlsx (or any OPC) package.</param>
    /// <param name="destination">Where the normalized package goes; a seekable stream gives the canonical bytes.</param>
    /// <param name="timestampUtc">Created and modified time to record (UTC; an unspecified kind is read as UTC).</param>
    /// <param name="author">Creator and last-modified-by to record.</param>
    public static void Normalize(Stream source, Stream destination, DateTime timestampUtc, string author) =>
        Normalize(source, destination, timestampUtc, author, PackageEdits.None);

    /// <summary>Normalizes like the public overload, applying a writer's own part edits on the way (one pass over the package).</summary>
    internal static void Normalize(Stream source, Stream destination, DateTime timestampUtc, string author, PackageEdits edits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(author);
        if (timestampUtc.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Give the timestamp in UTC so the output does not depend on the machine's time zone.", nameof(timestampUtc));
        }

        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var entries = input.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);

        var rewritten = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        XDocument LoadPart(string name) =>
            edits.Documents.TryGetValue(name, out var edit) ? edit(Load(entries[name])) : Load(entries[name]);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);

        // 1. Relationship ids, per relationships part; and the core-properties part's name.
        string? corePart = null;
        foreach (var relsName in entries.Keys.Where(n => n.EndsWith(".rels", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToList())
        {
            var rels = LoadPart(relsName);
            var ids = RenumberRelationships(rels);
            if (relsName == RootRelationshipsEntry)
            {
                var core = rels.Root!.Elements(XName.Get("Relationship", RelationshipsNamespace))
                    .FirstOrDefault(r => (string?)r.Attribute("Type") == CorePropertiesType);
                if (core is not null)
                {
                    corePart = ((string)core.Attribute("Target")!).TrimStart('/');
                    if (corePart != CorePropertiesPartName && entries.ContainsKey(corePart))
                    {
                        renamed[corePart] = CorePropertiesPartName;
                        core.SetAttributeValue("Target", "/" + CorePropertiesPartName);
                    }
                }
            }

            rewritten[relsName] = Save(rels);
            var sourcePart = SourcePartOf(relsName);
            if (ids.Count > 0 && sourcePart is not null && entries.TryGetValue(sourcePart, out var sourceEntry))
            {
                var part = rewritten.TryGetValue(sourcePart, out var bytes) ? LoadBytes(bytes) : LoadPart(sourcePart);
                if (RenameReferences(part, ids))
                {
                    rewritten[sourcePart] = Save(part);
                }
            }
        }

        // 2. Content types follow a renamed part.
        if (renamed.Count > 0 && entries.ContainsKey(ContentTypesEntry))
        {
            var types = LoadPart(ContentTypesEntry);
            foreach (var over in types.Root!.Elements(ContentTypes + "Override"))
            {
                var partName = ((string?)over.Attribute("PartName"))?.TrimStart('/');
                if (partName is not null && renamed.TryGetValue(partName, out var newName))
                {
                    over.SetAttributeValue("PartName", "/" + newName);
                }
            }

            rewritten[ContentTypesEntry] = Save(types);
        }

        // 3. Pinned core properties.
        if (corePart is not null && entries.ContainsKey(corePart))
        {
            rewritten[corePart] = Save(PinCoreProperties(LoadPart(corePart), timestampUtc, author));
        }

        // 4. The writer's edits to parts nothing above touched.
        foreach (var name in edits.Documents.Keys.Where(n => entries.ContainsKey(n) && !rewritten.ContainsKey(n)).ToList())
        {
            rewritten[name] = Save(LoadPart(name));
        }

        // 5. Write every entry in a fixed order with a fixed time.
        var order = entries.Keys
            .Select(name => (Old: name, New: renamed.TryGetValue(name, out var n) ? n : name))
            .OrderBy(e => Rank(e.New))
            .ThenBy(e => e.New, StringComparer.Ordinal)
            .ToList();
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (oldName, newName) in order)
        {
            var entry = output.CreateEntry(newName, edits.Compression);
            entry.LastWriteTime = EntryTime;
            using var target = entry.Open();
            if (rewritten.TryGetValue(oldName, out var bytes))
            {
                target.Write(bytes, 0, bytes.Length);
            }
            else if (edits.Streams.TryGetValue(oldName, out var edit))
            {
                using var original = entries[oldName].Open();
                edit(original, target);
            }
            else
            {
                using var original = entries[oldName].Open();
                original.CopyTo(target);
            }
        }
    }

    /// <summary>Edits a writer makes to its raw package while it is normalized.</summary>
    internal sealed class PackageEdits
    {
        /// <summary>No edits, optimal compression.</summary>
        public static PackageEdits None { get; } = new();

        /// <summary>Small XML parts edited in memory, by entry name.</summary>
        public IReadOnlyDictionary<string, Func<XDocument, XDocument>> Documents { get; init; } =
            new Dictionary<string, Func<XDocument, XDocument>>(StringComparer.Ordinal);

        /// <summary>Large parts copied through a streaming edit (source, target), by entry name.</summary>
        public IReadOnlyDictionary<string, Action<Stream, Stream>> Streams { get; init; } =
            new Dictionary<string, Action<Stream, Stream>>(StringComparer.Ordinal);

        /// <summary>How every entry is compressed.</summary>
        public CompressionLevel Compression { get; init; } = CompressionLevel.Optimal;
    }

    private static int Rank(string name) => name switch
    {
        ContentTypesEntry => 0,
        RootRelationshipsEntry => 1,
        _ => 2,
    };

    /// <summary>Gives random ids stable ones (<c>rk1</c>, <c>rk2</c>… in document order); returns old → new.</summary>
    private static Dictionary<string, string> RenumberRelationships(XDocument rels)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var relationships = rels.Root!.Elements(XName.Get("Relationship", RelationshipsNamespace)).ToList();
        var taken = new HashSet<string>(relationships.Select(r => (string?)r.Attribute("Id") ?? string.Empty), StringComparer.Ordinal);
        var next = 1;
        foreach (var relationship in relationships)
        {
            var id = (string?)relationship.Attribute("Id");
            if (id is null || !RandomRelationshipId.IsMatch(id))
            {
                continue;
            }

            string stable;
            do
            {
                stable = "rk" + (next++).ToString(CultureInfo.InvariantCulture);
            }
            while (taken.Contains(stable));

            taken.Add(stable);
            map[id] = stable;
            relationship.SetAttributeValue("Id", stable);
        }

        return map;
    }

    /// <summary>Renames relationship references (attributes in the relationships namespace) in a part.</summary>
    private static bool RenameReferences(XDocument part, Dictionary<string, string> ids)
    {
        var changed = false;
        foreach (var attribute in part.Descendants().Attributes().Where(a => a.Name.NamespaceName == OfficeRelationshipsNamespace))
        {
            if (ids.TryGetValue(attribute.Value, out var stable))
            {
                attribute.Value = stable;
                changed = true;
            }
        }

        return changed;
    }

    private static XDocument PinCoreProperties(XDocument core, DateTime timestampUtc, string author)
    {
        var root = core.Root!;
        var instant = DateTime.SpecifyKind(timestampUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        SetElement(root, Dc + "creator", author);
        SetElement(root, Cp + "lastModifiedBy", author);
        SetElement(root, DcTerms + "created", instant).SetAttributeValue(Xsi + "type", "dcterms:W3CDTF");
        SetElement(root, DcTerms + "modified", instant).SetAttributeValue(Xsi + "type", "dcterms:W3CDTF");
        root.Element(Cp + "lastPrinted")?.Remove();
        EnsurePrefix(root, "dcterms", DcTerms);
        EnsurePrefix(root, "xsi", Xsi);
        EnsurePrefix(root, "dc", Dc);
        return core;
    }

    private static XElement SetElement(XElement root, XName name, string value)
    {
        var element = root.Element(name);
        if (element is null)
        {
            element = new XElement(name);
            root.Add(element);
        }

        element.Value = value;
        return element;
    }

    private static void EnsurePrefix(XElement root, string prefix, XNamespace ns)
    {
        if (root.GetPrefixOfNamespace(ns) is null)
        {
            root.SetAttributeValue(XNamespace.Xmlns + prefix, ns.NamespaceName);
        }
    }

    /// <summary><c>xl/_rels/workbook.xml.rels</c> → <c>xl/workbook.xml</c>; the package's own rels have no source part.</summary>
    private static string? SourcePartOf(string relsName)
    {
        if (relsName == RootRelationshipsEntry)
        {
            return null;
        }

        var slash = relsName.LastIndexOf("_rels/", StringComparison.Ordinal);
        if (slash < 0)
        {
            return null;
        }

        var folder = relsName[..slash];
        var file = relsName[(slash + "_rels/".Length)..^".rels".Length];
        return folder + file;
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream, LoadOptions.None);
    }

    private static XDocument LoadBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream, LoadOptions.None);
    }

    private static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.None };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
