using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportKit.Cli.Drafting;

/// <summary>One line of a plan's text as the drafter reads it: its line number in the source and its text (NFC).</summary>
/// <param name="Number">1-based line (a paragraph of a Word file counts as one line).</param>
/// <param name="Text">The text, NFC, not yet cleaned of markdown emphasis.</param>
internal sealed record SourceLine(int Number, string Text);

/// <summary>Reads a plan as lines: UTF-8 plain text, or the paragraphs (table cells included) of a <c>.docx</c>, in order.</summary>
internal static class PlanText
{
    /// <summary>The lines of a plan file; a <c>.docx</c> is read with DocumentFormat.OpenXml, anything else as UTF-8 text.</summary>
    public static IReadOnlyList<SourceLine> Read(string path) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? ReadWord(path) : FromText(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Plain text split into lines, NFC; line numbers are the text's own.</summary>
    public static IReadOnlyList<SourceLine> FromText(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        return lines.Select((line, i) => new SourceLine(i + 1, line.Normalize(NormalizationForm.FormC))).ToArray();
    }

    /// <summary>
    /// The body of a Word file: each paragraph one line, in document order, the paragraphs of table cells (a header
    /// set in a two-column table, as Party and state documents often are) cell by cell. A blank line separates
    /// paragraphs, as in the seed texts, so the drafter sees one shape whatever the source.
    /// </summary>
    public static IReadOnlyList<SourceLine> ReadWord(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart?.Document?.Body;
        var text = new StringBuilder();
        if (body is not null)
        {
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                // Line breaks inside a paragraph (Shift+Enter) are kept as lines: headers break "T/M BAN THƯỜNG VỤ" from "PHÓ BÍ THƯ" so.
                var line = new StringBuilder();
                foreach (var element in paragraph.Descendants())
                {
                    if (element is Text run) line.Append(run.Text);
                    else if (element is Break) line.Append('\n');
                    else if (element is TabChar) line.Append(' ');
                }
                text.Append(line).Append("\n\n");
            }
        }
        return FromText(text.ToString());
    }
}
