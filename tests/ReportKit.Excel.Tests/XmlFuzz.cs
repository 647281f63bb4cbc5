using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Structural mutations of a genuine package at the XML level, the kind a hand editor, another program or an attacker
/// leaves inside the parts Excel reads: elements deleted, duplicated or reordered; attributes changed (cell references
/// <c>r</c>, types <c>t</c>, styles <c>s</c>, number formats, shared string indices, sheet names and relationship ids);
/// rows and cells inserted; text truncated; formulas injected; DTDs and entities; deep nesting; huge attribute values;
/// byte order marks and other encodings. One mutation per call, from a seeded <see cref="Random"/>, so a mutant is
/// replayed from its seed and number. Used by the XML fuzz tests and by <c>scripts/fuzz-forms.sh</c>.
/// </summary>
internal sealed class XmlMutator
{
    private static readonly string[] Types = { "", "n", "s", "str", "b", "e", "inlineStr", "d", "x" };
    private static readonly string[] References = { "", "A0", "a1", "XFE1", "A1048577", " B7", "B7 ", "$C$9", "C9:C10", "R9C3", "ZZ99999999999" };
    private static readonly string[] FormatCodes = { "0", "0,,", "0%", "General", "#,##0.00", "\"25\"", ";;;", "[Red]0", "0.0E+00", "", "# ?/?", "@", "dd/mm/yyyy" };
    private static readonly string[] Texts = { "", "0", "-1", "1e3", "NaN", "2.5", "99999999999999999999", "Biểu nhập", "_reportkit", "x", "\u00A012" };

    private readonly Dictionary<string, byte[]> _parts;
    private readonly string[] _targets;
    private readonly HashSet<string> _hotCells;
    private readonly Random _random;

    /// <param name="package">The genuine package's bytes.</param>
    /// <param name="hotCells">Cell references to aim at more often (the cells whose values are read).</param>
    /// <param name="seed">The seed: the same seed gives the same mutants.</param>
    public XmlMutator(byte[] package, IEnumerable<string> hotCells, int seed)
    {
        _parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                _parts[entry.FullName] = copy.ToArray();
            }
        }

        // The parts the importer reads or checks (not the theme, the calculation chain or the document properties, which
        // it only checks are well formed); the form sheet weighs thrice, the metadata sheet and shared strings twice.
        var xml = _parts.Keys.Where(p => p.EndsWith(".rels", StringComparison.Ordinal) || p == "[Content_Types].xml" ||
                                          (p.StartsWith("xl/", StringComparison.Ordinal) && p.EndsWith(".xml", StringComparison.Ordinal) && !p.StartsWith("xl/theme/", StringComparison.Ordinal) && p != "xl/calcChain.xml"))
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        _targets = xml.Concat(xml.Where(p => p == "xl/worksheets/sheet1.xml").SelectMany(p => new[] { p, p }))
            .Concat(xml.Where(p => p is "xl/worksheets/sheet2.xml" or "xl/sharedStrings.xml")).ToArray();
        _hotCells = new HashSet<string>(hotCells, StringComparer.Ordinal);
        _random = new Random(seed);
    }

    /// <summary>The next mutant: the package's parts with one part changed, and what was done.</summary>
    public (IReadOnlyDictionary<string, byte[]> Parts, string Description) Next()
    {
        var part = _targets[_random.Next(_targets.Length)];
        var (bytes, what) = Mutate(part, _parts[part]);
        var parts = new Dictionary<string, byte[]>(_parts, StringComparer.Ordinal) { [part] = bytes };
        return (parts, part + ": " + what);
    }

    /// <summary>Writes <paramref name="parts"/> as a package at <paramref name="path"/>, in their original order.</summary>
    public static void Save(IReadOnlyDictionary<string, byte[]> parts, string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in parts)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(bytes);
        }
    }

    private (byte[] Bytes, string What) Mutate(string part, byte[] bytes)
    {
        var text = Decode(bytes);
        switch (_random.Next(20))
        {
            case 0:
                return Bytes(Truncate(text, out var at), "part cut at character " + at);
            case 1:
                return EncodingTrick(text);
            case 2:
                return DtdTrick(text);
        }

        var document = XDocument.Parse(text, LoadOptions.PreserveWhitespace);
        var what = MutateTree(document);
        var declaration = document.Declaration?.ToString() ?? "";
        return Bytes(declaration + document.ToString(SaveOptions.DisableFormatting), what);
    }

    private string MutateTree(XDocument document)
    {
        var root = document.Root!;
        // Of the styles only the number and cell formats are read, of the workbook its sheets and date system, of a sheet
        // its data and ranges: the rest (fonts, views, page setup) is Excel's to show, and the importer's to pass over.
        var all = root.Name.LocalName switch
        {
            "styleSheet" => root.Elements().Where(e => e.Name.LocalName is "numFmts" or "cellXfs").SelectMany(e => e.Elements().Prepend(e)).ToList(),
            "workbook" => root.Elements().Where(e => e.Name.LocalName is "sheets" or "workbookPr").SelectMany(e => e.DescendantsAndSelf()).ToList(),
            "worksheet" => root.Elements().Where(e => e.Name.LocalName is "sheetData" or "mergeCells" or "dimension").SelectMany(e => e.DescendantsAndSelf()).ToList(),
            _ => root.Descendants().ToList(),
        };
        if (all.Count == 0)
        {
            root.Add(new XElement(root.Name.Namespace + "x", "1"));
            return "child added to an empty root";
        }

        // Half the mutations aim at a read cell (or what is inside it), when the part has one.
        var hot = all.Where(e => e.Name.LocalName == "c" && (string?)e.Attribute("r") is { } r && _hotCells.Contains(r)).ToList();
        XElement Pick() => hot.Count > 0 && _random.Next(2) == 0 ? Descend(hot[_random.Next(hot.Count)]) : all[_random.Next(all.Count)];
        var element = Pick();
        var ns = element.Name.Namespace;
        switch (_random.Next(17))
        {
            case 0:
                element.Remove();
                return "deleted " + Describe(element);
            case 1:
                element.AddAfterSelf(new XElement(element));
                return "duplicated " + Describe(element);
            case 2:
                if (element.Parent is { } parent && parent.Elements().Count() >= 2)
                {
                    var siblings = parent.Elements().ToList();
                    var other = siblings.Where(s => s != element).ElementAt(_random.Next(siblings.Count - 1));
                    var copy = new XElement(element);
                    element.ReplaceWith(new XElement(other));
                    other.ReplaceWith(copy);
                    return "swapped " + Describe(element) + " with " + Describe(other);
                }

                element.Remove();
                return "deleted " + Describe(element);
            case 3:
            case 4:
            case 5:
                return ChangeAttribute(element);
            case 6:
                return ChangeSharedStringIndex(all) ?? ChangeAttribute(element);
            case 7:
                return InsertCell(all) ?? ChangeAttribute(element);
            case 8:
                return InsertRow(all) ?? ChangeAttribute(element);
            case 9:
                if (element.Nodes().OfType<XText>().FirstOrDefault() is { } node && node.Value.Length > 0)
                {
                    var cut = _random.Next(node.Value.Length);
                    node.Value = node.Value[..cut];
                    return "text of " + Describe(element) + " cut to " + cut.ToString(CultureInfo.InvariantCulture) + " characters";
                }

                element.Value = Texts[_random.Next(Texts.Length)];
                return "text of " + Describe(element) + " set to “" + element.Value + "”";
            case 10:
                {
                    var cell = (hot.Count > 0 ? hot : all.Where(e => e.Name.LocalName == "c").ToList()) is { Count: > 0 } cells ? cells[_random.Next(cells.Count)] : element;
                    var formula = new XElement(cell.Name.Namespace + "f", _random.Next(3) switch { 0 => "1+1", 1 => "", _ => "HYPERLINK(\"http://x\",7)" });
                    if (_random.Next(2) == 0)
                        formula.SetAttributeValue("t", "shared");
                    cell.AddFirst(formula);
                    return "formula injected into " + Describe(cell);
                }

            case 11:
                {
                    // Deep nesting: the element's content wrapped in unknown elements, or a deep unknown subtree beside it.
                    var depth = _random.Next(2) == 0 ? _random.Next(1, 4) : 2_000;
                    XElement inner = new(ns + "z", element.Nodes());
                    for (var i = 1; i < depth; i++)
                        inner = new XElement(ns + "z", inner);
                    if (_random.Next(2) == 0)
                    {
                        element.ReplaceNodes(inner);
                        return "content of " + Describe(element) + " nested " + depth.ToString(CultureInfo.InvariantCulture) + " deep";
                    }

                    element.AddAfterSelf(inner);
                    return "unknown subtree " + depth.ToString(CultureInfo.InvariantCulture) + " deep after " + Describe(element);
                }

            case 12:
                {
                    var attribute = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList() is { Count: > 0 } attributes
                        ? attributes[_random.Next(attributes.Count)].Name
                        : "r";
                    var value = new string(_random.Next(2) == 0 ? '9' : 'A', 200_000);
                    element.SetAttributeValue(attribute, value);
                    return "attribute " + attribute.LocalName + " of " + Describe(element) + " made 200,000 characters long";
                }

            case 13:
                {
                    // A namespace other programs do not know: the element is no longer what it was.
                    var renamed = (XNamespace)"urn:reportkit-fuzz" + element.Name.LocalName;
                    var target = _random.Next(2) == 0 ? root : element;
                    var was = Describe(target);
                    var oldNamespace = target.Name.Namespace;
                    foreach (var e in target.DescendantsAndSelf().Where(e => e.Name.Namespace == oldNamespace).ToList())
                    {
                        e.Name = (XNamespace)"urn:reportkit-fuzz" + e.Name.LocalName;
                        foreach (var declaration in e.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == oldNamespace.NamespaceName))
                            declaration.Value = "urn:reportkit-fuzz";
                    }
                    return "namespace of " + was + (target == root ? " (the root) and all below" : " and below") + " changed, " + renamed.LocalName;
                }

            case 14:
                {
                    // Character references and CDATA: the same text written another way, which every reader must read alike.
                    if (element.Nodes().OfType<XText>().FirstOrDefault() is { } written && written.Value.Length > 0)
                    {
                        written.ReplaceWith(new XCData(written.Value));
                        return "text of " + Describe(element) + " as CDATA";
                    }

                    element.Add(new XText("\u00A0"));
                    return "no-break space added to " + Describe(element);
                }

            case 15:
                {
                    var unknown = new XElement(ns + (_random.Next(2) == 0 ? "v" : "is"), Texts[_random.Next(Texts.Length)]);
                    element.Add(unknown);
                    return "a stray <" + unknown.Name.LocalName + "> added inside " + Describe(element);
                }

            default:
                {
                    var attribute = element.Attributes().FirstOrDefault(a => !a.IsNamespaceDeclaration);
                    if (attribute is null)
                        return ChangeAttribute(element);
                    attribute.Remove();
                    return "attribute " + attribute.Name.LocalName + " removed from " + Describe(element);
                }
        }
    }

    /// <summary>The element or, half the time, one of its descendants.</summary>
    private XElement Descend(XElement element)
    {
        var below = element.Descendants().ToList();
        return below.Count > 0 && _random.Next(2) == 0 ? below[_random.Next(below.Count)] : element;
    }

    private string ChangeAttribute(XElement element)
    {
        var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
        XName name = attributes.Count > 0 && _random.Next(5) > 0
            ? attributes[_random.Next(attributes.Count)].Name
            : new[] { "r", "t", "s", "numFmtId", "formatCode", "state" }[_random.Next(6)];
        var value = name.LocalName switch
        {
            "r" when element.Name.LocalName == "c" => _random.Next(3) == 0 ? References[_random.Next(References.Length)] : RandomReference(),
            "r" => _random.Next(3) == 0 ? "0" : _random.Next(1, 80).ToString(CultureInfo.InvariantCulture),
            "t" => Types[_random.Next(Types.Length)],
            "s" or "numFmtId" or "xfId" or "fontId" or "fillId" or "borderId" or "count" or "uniqueCount" or "sheetId" =>
                _random.Next(6) == 0 ? new[] { "-1", "x", "", "4294967296", "1.5" }[_random.Next(5)] : _random.Next(0, 200).ToString(CultureInfo.InvariantCulture),
            "formatCode" => FormatCodes[_random.Next(FormatCodes.Length)],
            "state" => new[] { "hidden", "veryHidden", "visible", "" }[_random.Next(4)],
            "date1904" => new[] { "1", "true", "0", "false", "yes" }[_random.Next(5)],
            "name" => Texts[_random.Next(Texts.Length)],
            "id" or "Id" => "rId" + _random.Next(1, 9).ToString(CultureInfo.InvariantCulture),
            "Target" or "PartName" => new[] { "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "worksheets/sheet1.xml", "/xl/sharedStrings.xml", "/xl/styles.xml", "../xl/x.xml", "" }[_random.Next(7)],
            "ContentType" or "Type" => new[] { "application/xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", "" }[_random.Next(4)],
            _ => Texts[_random.Next(Texts.Length)],
        };
        element.SetAttributeValue(name, value);
        return "attribute " + name.LocalName + " of " + Describe(element) + " set to “" + value + "”";
    }

    private string RandomReference() =>
        ((char)('A' + _random.Next(0, 7))).ToString() + _random.Next(1, 70).ToString(CultureInfo.InvariantCulture);

    private string? ChangeSharedStringIndex(List<XElement> all)
    {
        var shared = all.Where(e => e.Name.LocalName == "c" && (string?)e.Attribute("t") == "s" && e.Elements().Any(v => v.Name.LocalName == "v")).ToList();
        if (shared.Count == 0)
            return null;
        var cell = shared[_random.Next(shared.Count)];
        var v = cell.Elements().First(e => e.Name.LocalName == "v");
        v.Value = _random.Next(8) == 0 ? new[] { "-1", "999999", "1.0", " 3", "" }[_random.Next(5)] : _random.Next(0, 200).ToString(CultureInfo.InvariantCulture);
        return "shared string index of " + Describe(cell) + " set to “" + v.Value + "”";
    }

    private string? InsertCell(List<XElement> all)
    {
        var rows = all.Where(e => e.Name.LocalName == "row").ToList();
        if (rows.Count == 0)
            return null;
        var row = rows[_random.Next(rows.Count)];
        var ns = row.Name.Namespace;
        var existing = row.Elements().Where(e => e.Name.LocalName == "c").ToList();
        // Either a second cell with the reference of one already there, or a new reference (maybe outside the row).
        var reference = existing.Count > 0 && _random.Next(2) == 0 ? (string?)existing[_random.Next(existing.Count)].Attribute("r") ?? RandomReference() : RandomReference();
        var cell = new XElement(ns + "c", new XAttribute("r", reference), new XElement(ns + "v", Texts[_random.Next(Texts.Length)]));
        if (_random.Next(2) == 0 || existing.Count == 0)
            row.Add(cell);
        else
            existing[_random.Next(existing.Count)].AddBeforeSelf(cell);
        return "cell " + reference + " = “" + cell.Value + "” inserted in row " + ((string?)row.Attribute("r") ?? "?");
    }

    private string? InsertRow(List<XElement> all)
    {
        var rows = all.Where(e => e.Name.LocalName == "row").ToList();
        if (rows.Count == 0)
            return null;
        var row = rows[_random.Next(rows.Count)];
        var copy = new XElement(row);
        var number = _random.Next(2) == 0 ? (string?)rows[_random.Next(rows.Count)].Attribute("r") ?? "1" : _random.Next(1, 80).ToString(CultureInfo.InvariantCulture);
        copy.SetAttributeValue("r", number);
        if (_random.Next(2) == 0)
        {
            foreach (var c in copy.Elements().Where(e => e.Name.LocalName == "c"))
                if ((string?)c.Attribute("r") is { } r)
                    c.SetAttributeValue("r", new string(r.TakeWhile(char.IsAsciiLetter).ToArray()) + number);
        }

        rows[_random.Next(rows.Count)].AddAfterSelf(copy);
        return "row " + ((string?)row.Attribute("r") ?? "?") + " copied as row " + number;
    }

    private string Truncate(string text, out int at)
    {
        at = _random.Next(text.Length);
        return text[..at];
    }

    private (byte[], string) EncodingTrick(string text)
    {
        var body = text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text;
        switch (_random.Next(6))
        {
            case 0:
                return (Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body)).ToArray(), "re-encoded as UTF-16 with a byte order mark");
            case 1:
                return (Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body), "UTF-8 bytes declared UTF-16");
            case 2:
                return (Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body), "UTF-8 bytes declared ISO-8859-1");
            case 3:
                return (Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetPreamble()).Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "two byte order marks");
            case 4:
                return (Encoding.UTF8.GetBytes("\n  " + text), "whitespace before the XML declaration");
            default:
                return (Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "UTF-8 bytes behind a UTF-16 byte order mark");
        }
    }

    private (byte[], string) DtdTrick(string text)
    {
        var start = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        var rootName = new string(text[(text.IndexOf('<', start) + 1)..].TakeWhile(c => !char.IsWhiteSpace(c) && c != '>' && c != '/').ToArray());
        var doctype = _random.Next(3) switch
        {
            0 => "<!DOCTYPE " + rootName + " [<!ENTITY a \"1\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>",
            1 => "<!DOCTYPE " + rootName + " SYSTEM \"http://127.0.0.1/x.dtd\">",
            _ => "<!DOCTYPE " + rootName + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
        };
        return Bytes(text[..start] + doctype + text[start..], "DTD inserted: " + doctype);
    }

    private static string Describe(XElement element)
    {
        var reference = (string?)element.Attribute("r");
        var shown = reference is null ? "" : " r=\"" + (reference.Length > 12 ? reference[..12] + "…" : reference) + "\"";
        var parent = element.Parent is { } p && (string?)p.Attribute("r") is { } pr && element.Name.LocalName != "c" ? " in " + p.Name.LocalName + " " + (pr.Length > 12 ? pr[..12] + "…" : pr) : "";
        return "<" + element.Name.LocalName + shown + ">" + parent;
    }

    private static (byte[], string) Bytes(string text, string what) => (new UTF8Encoding(false).GetBytes(text), what);

    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
