using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Reports;

/// <summary>
/// Writes a <see cref="WordLayout"/> as a .docx with DocumentFormat.OpenXml, then normalizes the package like the
/// workbooks (<see cref="PackageNormalizer"/>: fixed entry order and times, renumbered relationship ids, pinned core
/// properties), so the same layout always gives the same bytes.
/// </summary>
internal static class WordWriter
{
    /// <summary>The creator recorded in the package.</summary>
    public const string Author = "ReportKit";

    private const string Font = "Times New Roman";

    public static void SaveAs(WordLayout layout, string path, DateTime timestampUtc) =>
        PackageSaving.SaveAs(path, raw => WriteRaw(layout, raw), new WorkbookSaveOptions { Timestamp = timestampUtc }, Author);

    public static void Save(WordLayout layout, Stream output, DateTime timestampUtc) =>
        PackageSaving.Save(output, raw => WriteRaw(layout, raw), new WorkbookSaveOptions { Timestamp = timestampUtc }, Author);

    /// <summary>
    /// Whether <paramref name="path"/> is a .docx ReportKit wrote (a báo cáo or a công văn sent up beside its biểu):
    /// a folder of received files holds both, and the document is not a form to import. The file is read through
    /// <see cref="Import.SafePackage"/> under the import's limits, like every form: a hostile .docx in the folder is
    /// not ours, so it goes on to be refused as what it is.
    /// </summary>
    public static bool IsOwnDocument(string path, Import.FormImportOptions limits)
    {
        if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            return false;
        try
        {
            if (new FileInfo(path).Length > limits.MaxFileBytes)
                return false;
            using var package = Import.SafePackage.Open(File.ReadAllBytes(path), limits, Import.SafePackage.PackageKind.Word);
            return package.Creator() == Author && package.Has("word/document.xml");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Import.FormRejectedException)
        {
            return false;
        }
    }

    private static PackageNormalizer.PackageEdits WriteRaw(WordLayout layout, Stream raw)
    {
        using (var document = WordprocessingDocument.Create(raw, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = layout.Title;
            document.PackageProperties.Subject = layout.Subject;
            document.PackageProperties.Keywords = layout.Keywords;
            document.PackageProperties.Language = "vi-VN";
            var main = document.AddMainDocumentPart();
            // The relationship ids the normalizer would give (rk1, rk2 in this order), so it has no reference to rename
            // in document.xml and does not load that part whole as an XDocument (WholePart).
            main.AddNewPart<StyleDefinitionsPart>("rk1").Styles = DefaultStyles();
            var header = main.AddNewPart<HeaderPart>("rk2");
            header.Header = PageNumberHeader();
            // Written element by element, never held whole: a 10,000-unit báo cáo has some 30,000 paragraphs, which as one
            // tree of OpenXml elements took over 100 MB (the same XML as the tree's own save; docs/benchmarks.md).
            using var writer = OpenXmlWriter.Create(main, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.WriteStartDocument();
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            foreach (var block in layout.Blocks)
                writer.WriteElement(Block(block));
            writer.WriteElement(Section(main.GetIdOfPart(header)));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return new PackageNormalizer.PackageEdits { Streams = new Dictionary<string, Action<Stream, Stream>>(StringComparer.Ordinal) { [MainPart] = WholePart } };
    }

    private const string MainPart = "word/document.xml";

    /// <summary>
    /// Copies the main part in one write, as the normalizer wrote it when it renamed the part's references through an
    /// XDocument (the same bytes in, the same deflate stream out; a copy in chunks compresses a few bytes differently).
    /// A 10,000-unit báo cáo's 11 MB part took about 100 MB as an XDocument; here it is one buffer (docs/benchmarks.md).
    /// </summary>
    private static void WholePart(Stream source, Stream target)
    {
        using var whole = new MemoryStream();
        source.CopyTo(whole);
        target.Write(whole.GetBuffer(), 0, (int)whole.Length);
    }

    // Times New Roman 14 (the body size of both conventions), Vietnamese, single lines and no spacing unless a paragraph sets it.
    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = HalfPoints(14) },
            new FontSizeComplexScript { Val = HalfPoints(14) },
            new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

    // Nghị định 30: page numbers centred in the top margin, in 13-14 pt, the first page not numbered (titlePg).
    private static Header PageNumberHeader() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new SimpleField(new Run(RunProperties(new WordRun("", 14)), new Text("2"))) { Instruction = " PAGE " }));

    private static SectionProperties Section(string headerId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = Twips(20), Bottom = Twips(20), Left = (uint)Twips(30), Right = (uint)Twips(15),
            Header = (uint)Twips(10), Footer = (uint)Twips(10), Gutter = 0,
        },
        new TitlePage());

    private static OpenXmlElement Block(WordBlock block) => block switch
    {
        WordParagraph paragraph => Paragraph(paragraph),
        WordTable table => Table(table),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block."),
    };

    private static Paragraph Paragraph(WordParagraph paragraph)
    {
        var properties = new ParagraphProperties();
        if (paragraph.KeepWithNext)
            properties.Append(new KeepNext());
        if (paragraph.Rule)
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }));
        properties.Append(new SpacingBetweenLines
        {
            Before = Twentieths(paragraph.SpaceBefore),
            After = Twentieths(paragraph.SpaceAfter),
            Line = paragraph.Rule ? "120" : "240",
            LineRule = paragraph.Rule ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto,
        });
        if (paragraph.FirstLineIndentMm > 0 || paragraph.SideIndentMm > 0)
        {
            var indent = new Indentation();
            if (paragraph.SideIndentMm > 0)
            {
                indent.Left = Twips(paragraph.SideIndentMm).ToString(CultureInfo.InvariantCulture);
                indent.Right = indent.Left;
            }

            if (paragraph.FirstLineIndentMm > 0)
                indent.FirstLine = Twips(paragraph.FirstLineIndentMm).ToString(CultureInfo.InvariantCulture);
            properties.Append(indent);
        }

        properties.Append(new Justification
        {
            Val = paragraph.Alignment switch
            {
                WordAlignment.Center => JustificationValues.Center,
                WordAlignment.Right => JustificationValues.Right,
                WordAlignment.Justify => JustificationValues.Both,
                _ => JustificationValues.Left,
            },
        });
        var result = new Paragraph(properties);
        foreach (var run in paragraph.Runs)
            result.Append(Run(run));
        return result;
    }

    private static Run Run(WordRun run)
    {
        var result = new Run(RunProperties(run));
        var lines = run.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                result.Append(new Break());
            result.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return result;
    }

    private static RunProperties RunProperties(WordRun run)
    {
        var properties = new RunProperties();
        if (run.Bold)
            properties.Append(new Bold());
        if (run.Italic)
            properties.Append(new Italic());
        properties.Append(new FontSize { Val = HalfPoints(run.Size) });
        properties.Append(new FontSizeComplexScript { Val = HalfPoints(run.Size) });
        if (run.Underline)
            properties.Append(new Underline { Val = UnderlineValues.Single });
        return properties;
    }

    private static Table Table(WordTable table)
    {
        var none = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.None; b.Size = 0; b.Space = 0; return b; });
        var widths = table.ColumnWidthsMm.Select(Twips).ToArray();
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                none(new TopBorder()), none(new LeftBorder()), none(new BottomBorder()), none(new RightBorder()),
                none(new InsideHorizontalBorder()), none(new InsideVerticalBorder())),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }));
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            var paragraphs = c < table.Cells.Count ? table.Cells[c] : Array.Empty<WordParagraph>();
            foreach (var paragraph in paragraphs)
                cell.Append(Paragraph(paragraph));
            if (paragraphs.Count == 0)
                cell.Append(new Paragraph());
            row.Append(cell);
        }

        return new Table(properties, grid, row);
    }

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    private static string Twentieths(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Millimetres to twentieths of a point (1 mm = 56.69 twips).</summary>
    internal static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);
}
