using System;
using System.Xml;

namespace ReportKit.Excel.Import;

/// <summary>
/// The shape of the XML the importer interprets: the root element of each part it reads, and inside a sheet's
/// <c>sheetData</c> and a shared string, which element may stand under which (SpreadsheetML's schema, the part of it
/// that carries values). Excel refuses or repairs a file that breaks it, and other readers then show other figures
/// (a <c>&lt;v&gt;</c> wrapped in an unknown element is a value to a reader that looks for <c>v</c> anywhere, and none
/// to Excel): such a part is read as malformed, never guessed at. A violation throws <see cref="XmlException"/>, which
/// every reading turns into the part's problem (<see cref="SafePackage.XmlProblem"/>).
/// </summary>
internal static class PartShape
{
    /// <summary>SpreadsheetML's namespace (transitional).</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>SpreadsheetML's namespace in a file saved as Strict Open XML.</summary>
    public const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /// <summary>The namespace of a package's relationship parts.</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The namespace of <c>[Content_Types].xml</c>.</summary>
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>Moves to the root element and checks it is <paramref name="localName"/> in SpreadsheetML's namespace.</summary>
    public static void SpreadsheetRoot(XmlReader reader, string localName)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != localName || !IsSpreadsheet(reader))
            throw new XmlException("the root element is not " + localName);
    }

    /// <summary>
    /// Checks an element of a flat part (relationships, content types): its root <paramref name="root"/> holds only empty
    /// elements named <paramref name="first"/> or <paramref name="second"/>, all in <paramref name="ns"/>, with the
    /// attributes OPC requires of them and no other (a package reader refuses any other).
    /// </summary>
    public static void Flat(XmlReader reader, string ns, string root, string first, string? second = null)
    {
        var ok = reader.NamespaceURI == ns && reader.Depth switch
        {
            0 => reader.LocalName == root,
            1 => (reader.LocalName == first || reader.LocalName == second) && reader.IsEmptyElement,
            _ => false,
        };
        if (ok && reader.Depth == 1 && reader.MoveToFirstAttribute())
        {
            do
            {
                ok &= reader.Prefix == "xmlns" || reader.LocalName == "xmlns" || (reader.NamespaceURI.Length == 0 && reader.LocalName is
                    "Id" or "Type" or "Target" or "TargetMode" or "Extension" or "ContentType" or "PartName");
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
            ok &= reader.LocalName switch
            {
                "Relationship" => Given(reader, "Id") && Given(reader, "Type") && Given(reader, "Target"),
                "Default" => Given(reader, "Extension") && IsMediaType(reader.GetAttribute("ContentType")),
                _ => Given(reader, "PartName") && IsMediaType(reader.GetAttribute("ContentType")),
            };
        }

        if (!ok)
            throw new XmlException("unexpected element or attribute in " + reader.LocalName);
    }

    private static bool Given(XmlReader reader, string attribute) => reader.GetAttribute(attribute) is { Length: > 0 };

    /// <summary>Whether a content type is a media type, <c>type/subtype</c> (what a package reader accepts).</summary>
    private static bool IsMediaType(string? contentType) =>
        contentType is { Length: > 0 and <= 255 } && System.Text.RegularExpressions.Regex.IsMatch(contentType, @"^[\w.+-]+/[\w.+-]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Checks the ranges an element of a sheet outside its data names (<c>ref</c> of the dimension, merged cells,
    /// hyperlinks; <c>sqref</c> of selections, validations, conditional formats): each an A1 cell or range. Excel
    /// repairs a sheet whose ranges it cannot read (dropping merges that decide which cells show).
    /// </summary>
    public static void RequireRanges(XmlReader reader)
    {
        if (!IsSpreadsheet(reader))
            return;
        if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is null)
            throw new XmlException("a merge without its range");
        RequireRanges(reader, "ref");
        RequireRanges(reader, "sqref");
    }

    /// <summary>Each space-separated range of the attribute: one A1 cell or two joined by a colon, letters in capitals.</summary>
    private static void RequireRanges(XmlReader reader, string attribute)
    {
        if (reader.GetAttribute(attribute) is not { } ranges)
            return;
        var rest = ranges.AsSpan();
        while (true)
        {
            var space = rest.IndexOf(' ');
            var ends = space < 0 ? rest : rest[..space];
            var colon = ends.IndexOf(':');
            if (colon >= 0 && ends[(colon + 1)..].Contains(':'))
                throw new XmlException("bad range " + attribute);
            if (!IsCapitalReference(colon < 0 ? ends : ends[..colon]) || (colon >= 0 && !IsCapitalReference(ends[(colon + 1)..])))
                throw new XmlException("bad range " + attribute);
            if (space < 0)
                return;
            rest = rest[(space + 1)..];
        }
    }

    private static bool IsCapitalReference(ReadOnlySpan<char> end) =>
        XlsxReader.TryParseReference(end, out _, out _) && end.IndexOfAnyInRange('a', 'z') < 0;

    /// <summary>Whether the element is in SpreadsheetML's namespace.</summary>
    public static bool IsSpreadsheet(XmlReader reader) => reader.NamespaceURI is Main or StrictMain;

    /// <summary>
    /// Checks that the element the reader is on may stand under <paramref name="parent"/> (a local name of SpreadsheetML)
    /// in a sheet's data or a rich text; extension lists (<c>extLst</c>) may be anywhere a cell or row allows them and hold
    /// anything, and are the caller's to pass over.
    /// </summary>
    public static void RequireChild(XmlReader reader, string parent)
    {
        var ok = IsSpreadsheet(reader) && (parent, reader.LocalName) switch
        {
            ("sheetData", "row") => true,
            ("row", "c" or "extLst") => true,
            ("c", "f" or "v" or "is" or "extLst") => true,
            ("si" or "is", "t" or "r" or "rPh" or "phoneticPr") => true,
            ("r", "rPr" or "t") => true,
            ("rPh", "t") => true,
            ("rPr", "b" or "i" or "strike" or "condense" or "extend" or "outline" or "shadow" or "u" or "vertAlign" or "sz" or "color" or "rFont" or "family" or "charset" or "scheme") => true,
            _ => false,
        };
        if (!ok)
            throw new XmlException("unexpected element " + reader.LocalName + " in " + parent);
    }

    /// <summary>
    /// A cell type (<c>t</c>) as written, as one of the type names SpreadsheetML has (absent means a number); null when
    /// it is none of them.
    /// </summary>
    public static string? CellType(ReadOnlySpan<char> written) => written switch
    {
        "n" => "n",
        "s" => "s",
        "str" => "str",
        "inlineStr" => "inlineStr",
        "b" => "b",
        "e" => "e",
        "d" => "d",
        _ => null,
    };
}
