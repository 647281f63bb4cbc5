using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Writing;

/// <summary>
/// The parts of a SpreadCheetah package edited while it is normalized, for what SpreadCheetah 1.28 has
/// no API for: defined names and print titles, full recalculation on load, quote prefixes, unlocked and
/// justified cell formats, the Normal font's family, the core properties beyond title and subject, and
/// per sheet the fit-to-page flag, sheet protection, print options, margins and page setup. The values
/// are the ones <see cref="ClosedXmlWorkbookWriter"/> writes through ClosedXML.
/// </summary>
internal static class WorkbookParts
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>What a cell format (an index into <c>cellXfs</c>) needs beyond what SpreadCheetah wrote.</summary>
    /// <param name="Index">The format's index.</param>
    /// <param name="QuotePrefix">Excel's quote prefix (text that looks like a formula stays text when edited).</param>
    /// <param name="Unlocked">Editable when the sheet is protected.</param>
    /// <param name="Justify">Justified horizontally.</param>
    public readonly record struct FormatExtras(int Index, bool QuotePrefix, bool Unlocked, bool Justify)
    {
        public bool Any => QuotePrefix || Unlocked || Justify;
    }

    /// <summary>The sheet part's insertions: fit to page first, protection after the rows, printing at the end.</summary>
    public static XmlSplice SheetSplice(SheetLayout sheet)
    {
        var splice = new XmlSplice();
        var print = sheet.Print;
        if (print.FitToWidth)
        {
            splice.After("<worksheet", string.Empty).After(">", "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }

        if (sheet.Protection is { } protection)
        {
            var xml = new StringBuilder("<sheetProtection");
            if (!string.IsNullOrEmpty(protection.Password))
            {
                xml.Append(" password=\"").Append(LayoutRules.LegacyPasswordHash(protection.Password)).Append('"');
            }

            xml.Append(" sheet=\"1\" objects=\"1\"");
            if (protection.AllowFormatColumns)
            {
                xml.Append(" formatColumns=\"0\"");
            }

            if (protection.AllowFormatRows)
            {
                xml.Append(" formatRows=\"0\"");
            }

            splice.After("</sheetData>", xml.Append("/>").ToString());
        }

        var end = new StringBuilder();
        if (print.CenterHorizontally)
        {
            end.Append("<printOptions horizontalCentered=\"1\"/>");
        }

        var margins = print.Margins;
        end.Append("<pageMargins left=\"").Append(Number(LayoutRules.Inches(margins.Left)))
            .Append("\" right=\"").Append(Number(LayoutRules.Inches(margins.Right)))
            .Append("\" top=\"").Append(Number(LayoutRules.Inches(margins.Top)))
            .Append("\" bottom=\"").Append(Number(LayoutRules.Inches(margins.Bottom)))
            .Append("\" header=\"").Append(Number(LayoutRules.Inches(margins.Header)))
            .Append("\" footer=\"").Append(Number(LayoutRules.Inches(margins.Footer))).Append("\"/>");
        end.Append("<pageSetup paperSize=\"").Append(print.Paper == PaperSize.A3 ? "8" : "9").Append('"');
        if (print.Scale is { } scale)
        {
            end.Append(" scale=\"").Append(Number(scale)).Append('"');
        }

        if (print.FitToWidth)
        {
            end.Append(" fitToHeight=\"0\"");
        }

        if (print.OverThenDown)
        {
            end.Append(" pageOrder=\"overThenDown\"");
        }

        end.Append(" orientation=\"").Append(print.Orientation == PageOrientation.Landscape ? "landscape" : "portrait").Append("\"/>");
        AppendBreaks(end, "rowBreaks", print.RowBreaks, CellRange.MaxColumn - 1);
        AppendBreaks(end, "colBreaks", print.ColumnBreaks, CellRange.MaxRow - 1);
        splice.Before("</worksheet>", end.ToString());
        return splice;
    }

    /// <summary>Adds defined names (print titles included), full recalculation on load, and the first visible sheet as the active tab.</summary>
    public static XDocument EditWorkbook(XDocument workbook, WorkbookLayout layout)
    {
        var root = workbook.Root ?? throw new InvalidOperationException("The workbook part is empty.");
        var ns = root.Name.Namespace;
        var sheets = root.Element(ns + "sheets") ?? throw new InvalidOperationException("The workbook part lists no sheets.");

        var names = new List<XElement>();
        for (var index = 0; index < layout.Sheets.Count; index++)
        {
            if (LayoutRules.PrintTitles(layout.Sheets[index].Name, layout.Sheets[index].Print) is { } titles)
            {
                names.Add(new XElement(ns + "definedName",
                    new XAttribute("name", "_xlnm.Print_Titles"),
                    new XAttribute("localSheetId", index.ToString(CultureInfo.InvariantCulture)),
                    titles));
            }
        }

        foreach (var name in layout.DefinedNames)
        {
            var element = new XElement(ns + "definedName", new XAttribute("name", name.Name));
            if (name.Hidden)
            {
                element.Add(new XAttribute("hidden", "1"));
            }

            element.Add(CellReference.SheetPrefix(name.SheetName) + name.Range.ToAbsolute());
            names.Add(element);
        }

        root.Element(ns + "definedNames")?.Remove();
        root.Element(ns + "calcPr")?.Remove();
        var calculation = new XElement(ns + "calcPr", new XAttribute("fullCalcOnLoad", "1"));
        if (names.Count > 0)
        {
            sheets.AddAfterSelf(new XElement(ns + "definedNames", names), calculation);
        }
        else
        {
            sheets.AddAfterSelf(calculation);
        }

        var active = layout.Sheets.ToList().FindIndex(s => s.Visibility == SheetVisibility.Visible);
        if (active > 0)
        {
            root.Element(ns + "bookViews")?.Remove();
            sheets.AddBeforeSelf(new XElement(ns + "bookViews",
                new XElement(ns + "workbookView", new XAttribute("activeTab", active.ToString(CultureInfo.InvariantCulture)))));
        }

        return workbook;
    }

    /// <summary>Adds quote prefixes, unlocked protection and justification to cell formats; gives the Normal font its family (roman).</summary>
    public static XDocument EditStyles(XDocument stylesheet, IReadOnlyList<FormatExtras> extras)
    {
        var root = stylesheet.Root ?? throw new InvalidOperationException("The styles part is empty.");
        XNamespace ns = Main;
        var normalFont = root.Element(ns + "fonts")?.Elements(ns + "font").FirstOrDefault()
            ?? throw new InvalidOperationException("The styles part has no default font.");
        normalFont.Elements(ns + "family").Remove();
        normalFont.Add(new XElement(ns + "family", new XAttribute("val", "1")));

        var formats = root.Element(ns + "cellXfs")?.Elements(ns + "xf").ToList() ?? new List<XElement>();
        foreach (var extra in extras)
        {
            if (extra.Index < 0 || extra.Index >= formats.Count)
            {
                throw new InvalidOperationException("The styles part has no cell format " + extra.Index + ".");
            }

            var format = formats[extra.Index];
            if (extra.QuotePrefix)
            {
                format.SetAttributeValue("quotePrefix", "1");
            }

            if (extra.Justify)
            {
                var alignment = format.Element(ns + "alignment");
                if (alignment is null)
                {
                    alignment = new XElement(ns + "alignment");
                    format.AddFirst(alignment);
                }

                alignment.SetAttributeValue("horizontal", "justify");
                format.SetAttributeValue("applyAlignment", "1");
            }

            if (extra.Unlocked)
            {
                format.Add(new XElement(ns + "protection", new XAttribute("locked", "0")));
                format.SetAttributeValue("applyProtection", "1");
            }
        }

        return stylesheet;
    }

    /// <summary>The core properties ClosedXML writes (creator, last modified by and the times are pinned when the package is normalized).</summary>
    public static XDocument CoreProperties(DocumentProperties properties)
    {
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", Dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName));
        Add(Dc + "title", properties.Title);
        Add(Dc + "subject", properties.Subject);
        Add(Dc + "creator", properties.Author);
        Add(Cp + "keywords", properties.Keywords);
        Add(Dc + "description", properties.Description);
        Add(Cp + "category", properties.Category);
        return new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root);

        void Add(XName name, string? value)
        {
            if (value is not null)
            {
                root.Add(new XElement(name, value));
            }
        }
    }

    /// <summary>Manual page breaks as Excel writes them: the id is the row or column (1-based) the break follows.</summary>
    private static void AppendBreaks(StringBuilder xml, string element, IReadOnlyCollection<int> starts, int max)
    {
        if (starts.Count == 0)
        {
            return;
        }

        xml.Append('<').Append(element).Append(" count=\"").Append(Number(starts.Count)).Append("\" manualBreakCount=\"").Append(Number(starts.Count)).Append("\">");
        foreach (var start in starts)
        {
            xml.Append("<brk id=\"").Append(Number(start - 1)).Append("\" max=\"").Append(Number(max)).Append("\" man=\"1\"/>");
        }

        xml.Append("</").Append(element).Append('>');
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
