using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportKit.Excel.Reports;

/// <summary>
/// A canonical, stable text rendering of a .docx, for snapshot tests and reviews (as <c>WorkbookText</c> is for
/// workbooks): the package's title, subject and keywords, the default font, the page (size, orientation, margins,
/// page numbering), then every paragraph in order with its alignment, indents, spacing, rule and run fonts, and the
/// layout tables cell by cell. Lines end with <c>\n</c>. It reads the package itself, so it shows what was written.
/// </summary>
public static class WordText
{
    /// <summary>Renders the document at <paramref name="path"/>.</summary>
    public static string Render(string path)
    {
        using var stream = File.OpenRead(path);
        return Render(stream);
    }

    /// <summary>Renders the document in <paramref name="stream"/> (readable and seekable; left open).</summary>
    public static string Render(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        var properties = document.PackageProperties;
        Line("Tiêu đề: " + properties.Title);
        Line("Chủ đề: " + properties.Subject);
        Line("Từ khóa: " + properties.Keywords);
        var defaults = main.StyleDefinitionsPart?.Styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        Line("Phông mặc định: " + defaults?.RunFonts?.Ascii?.Value + " " + HalfPoints(defaults?.FontSize?.Val?.Value) + " pt, " + defaults?.Languages?.Val?.Value);
        var section = main.Document.Body!.Elements<SectionProperties>().LastOrDefault();
        if (section is not null)
        {
            var size = section.GetFirstChild<PageSize>();
            var margin = section.GetFirstChild<PageMargin>();
            Line("Trang: " + Mm(size?.Width?.Value) + " × " + Mm(size?.Height?.Value) + " mm, " +
                 (size?.Orient?.Value == PageOrientationValues.Landscape ? "ngang" : "dọc") +
                 "; lề trên " + Mm(margin?.Top?.Value) + ", dưới " + Mm(margin?.Bottom?.Value) + ", trái " + Mm(margin?.Left?.Value) +
                 ", phải " + Mm(margin?.Right?.Value) + " mm");
            var numbered = section.Elements<HeaderReference>().Any(h => main.GetPartById(h.Id!) is HeaderPart part &&
                                                                       part.Header.Descendants<SimpleField>().Any(f => f.Instruction?.Value?.Contains("PAGE", StringComparison.Ordinal) == true));
            Line("Số trang: " + (numbered ? "giữa lề trên" + (section.GetFirstChild<TitlePage>() is not null ? ", từ trang 2" : "") : "không"));
        }

        Line("");
        foreach (var element in main.Document.Body!.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Line(Describe(paragraph));
                    break;
                case Table table:
                    var widths = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(g => Mm(int.Parse(g.Width!.Value!, CultureInfo.InvariantCulture))) ?? Array.Empty<string>();
                    Line("Bảng [" + string.Join(" | ", widths) + " mm]");
                    var r = 0;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        r++;
                        var c = 0;
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            c++;
                            Line("  Ô " + r + "." + c + ":");
                            foreach (var paragraph in cell.Elements<Paragraph>())
                                Line("    " + Describe(paragraph));
                        }
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static string Describe(Paragraph paragraph)
    {
        var p = paragraph.ParagraphProperties;
        var parts = new List<string>();
        var alignment = p?.Justification?.Val?.Value;
        parts.Add(alignment == JustificationValues.Center ? "giữa" : alignment == JustificationValues.Right ? "phải" : alignment == JustificationValues.Both ? "đều" : "trái");
        if (p?.Indentation is { } indent)
        {
            if (indent.FirstLine?.Value is { } first)
                parts.Add("thụt " + Mm(int.Parse(first, CultureInfo.InvariantCulture)));
            if (indent.Left?.Value is { } left)
                parts.Add("lề " + Mm(int.Parse(left, CultureInfo.InvariantCulture)) + "/" + Mm(int.Parse(indent.Right?.Value ?? "0", CultureInfo.InvariantCulture)));
        }

        if (p?.SpacingBetweenLines is { } spacing)
        {
            if (spacing.Before?.Value is { } before && before != "0")
                parts.Add("trước " + Points(before));
            if (spacing.After?.Value is { } after && after != "0")
                parts.Add("sau " + Points(after));
        }

        if (p?.KeepNext is not null)
            parts.Add("giữ với đoạn sau");
        if (p?.ParagraphBorders?.BottomBorder is not null)
            parts.Add("kẻ dưới");

        var runs = paragraph.Elements<Run>().Select(r => (Font: Font(r.RunProperties), Text: RunText(r))).Where(r => r.Text.Length > 0).ToArray();
        var fields = paragraph.Elements<SimpleField>().Select(f => "{" + f.Instruction?.Value?.Trim() + "}");
        string body;
        if (runs.Length == 0)
            body = string.Concat(fields);
        else if (runs.All(r => r.Font == runs[0].Font))
            body = runs[0].Font + ": " + string.Concat(runs.Select(r => r.Text));
        else
            body = string.Concat(runs.Select(r => "«" + r.Font + "»" + r.Text));
        return "¶ " + string.Join(", ", parts) + (body.Length > 0 ? " | " + body : "");
    }

    private static string Font(RunProperties? properties)
    {
        var size = HalfPoints(properties?.FontSize?.Val?.Value);
        var style = (properties?.Bold is not null ? " đậm" : "") + (properties?.Italic is not null ? " nghiêng" : "") +
                    (properties?.Underline is not null ? " gạch chân" : "");
        return (size.Length > 0 ? size : "mặc định") + style;
    }

    private static string RunText(Run run)
    {
        var text = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            if (child is Text t)
                text.Append(t.Text);
            else if (child is Break)
                text.Append(" / ");
        }

        return text.ToString();
    }

    private static string HalfPoints(string? value) =>
        value is null ? "" : (int.Parse(value, CultureInfo.InvariantCulture) / 2m).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Points(string twentieths) => (int.Parse(twentieths, CultureInfo.InvariantCulture) / 20m).ToString("0.#", CultureInfo.InvariantCulture) + " pt";

    private static string Mm(uint? twips) => twips is { } t ? Mm((int)t) : "?";

    private static string Mm(int? twips) => twips is { } t ? Math.Round(t * 25.4m / 1440m, 1).ToString("0.#", CultureInfo.InvariantCulture) : "?";
}
