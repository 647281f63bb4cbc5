using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Templates;

namespace ReportKit.Excel.Reports;

/// <summary>
/// The header, title and footer of a Word document per convention (Hướng dẫn 36-HD/VPTW for Party documents,
/// Nghị định 30/2020/NĐ-CP for state documents), with the lines <see cref="DocumentText"/> words for the workbooks.
/// Sizes are those conventions' (Times New Roman): Party header 14 with a 15 pt title; state header 13.
/// </summary>
internal static class OfficialBlocks
{
    /// <summary>The body text size (both conventions allow 14).</summary>
    public const double BodySize = 14;

    /// <summary>First-line indent of body paragraphs (Nghị định 30: 1 to 1.27 cm).</summary>
    public const double FirstLineIndentMm = 10;

    /// <summary>Space after a body paragraph (at least 6 pt).</summary>
    public const double ParagraphSpacing = 6;

    /// <summary>A dotted line across the text width: what the data do not say, for the clerk to write.</summary>
    public static readonly string FillLine = new('…', 30);

    /// <summary>Empty lines between the signing title and the signer's name (room to sign and stamp).</summary>
    private const int SignatureSpaceLines = 4;

    /// <summary>The header: the issuing body on the left, the Party title or Quốc hiệu on the right, number and date below.</summary>
    public static WordTable Header(DocumentSpec document)
    {
        var party = document.Kind == DocumentKind.Party;
        var size = party ? 14 : 13;
        var widths = party ? new[] { 80.0, 85.0 } : new[] { 62.0, 103.0 };
        var left = new List<WordParagraph>();
        if (!string.IsNullOrWhiteSpace(document.Issuer.Parent))
            left.Add(Centered(DocumentText.Upper(document.Issuer.Parent!), size));
        left.Add(Centered(DocumentText.Upper(document.Issuer.Name), size, bold: true));
        if (party)
            left.Add(Centered("*", size));
        else
            left.Add(Rule(widths[0], widths[0] / 3) with { SpaceAfter = 10 }); // the rule and a gap: one line, so the number stays level with the date
        left.Add(Centered(DocumentText.NumberLine(document), size));
        // Both conventions put a công văn's subject (trích yếu, 12 italic) under its number.
        if (DocumentText.IsOfficialLetter(document))
            left.Add(Centered(DocumentText.SubjectLine(document), 12, italic: true));

        var right = new List<WordParagraph>();
        if (party)
        {
            right.Add(Centered(DocumentText.PartyTitle, 15, bold: true, underline: true));
        }
        else
        {
            right.Add(Centered(DocumentText.NationalTitle, 13, bold: true));
            right.Add(Centered(DocumentText.NationalMotto, 14, bold: true, underline: true));
        }

        // The place and date sit level with the number (the number is the left zone's last line before any V/v).
        var numberLine = left.FindIndex(p => p.Runs.Count > 0 && p.Runs[0].Text == DocumentText.NumberLine(document));
        while (right.Count < numberLine)
            right.Add(Centered(string.Empty, size));
        right.Add(Centered(DocumentText.PlaceAndDate(document), size, italic: true));
        return new WordTable(widths, new[] { left, right });
    }

    /// <summary>
    /// The type (<c>BÁO CÁO</c>, Party 16 / state 14, bold) and the summary line (14, bold), then Hướng dẫn 36's
    /// <c>-----</c> or Nghị định 30's short rule under it.
    /// </summary>
    public static IEnumerable<WordParagraph> Title(DocumentKind kind, string genre, string summaryLine)
    {
        var party = kind == DocumentKind.Party;
        yield return Centered(DocumentText.Upper(genre), party ? 16 : 14, bold: true) with { SpaceBefore = 18 };
        yield return Centered(summaryLine, 14, bold: true);
        yield return party
            ? Centered("-----", 14) with { SpaceAfter = 12 }
            : Rule(WordLayout.TextWidthMm, 50) with { SpaceAfter = 12 };
    }

    /// <summary>Kính gửi (a công văn's addressees), centred under the title block.</summary>
    public static IEnumerable<WordParagraph> SendTo(IReadOnlyList<string> addressees)
    {
        if (addressees.Count == 1)
        {
            yield return Centered("Kính gửi: " + addressees[0] + ".", BodySize) with { SpaceAfter = 12 };
            yield break;
        }

        yield return WordParagraph.Of("Kính gửi:", BodySize) with { SideIndentMm = 35 };
        for (var i = 0; i < addressees.Count; i++)
            yield return WordParagraph.Of("- " + addressees[i] + (i == addressees.Count - 1 ? "." : ";"), BodySize) with
            {
                SideIndentMm = 35,
                SpaceAfter = i == addressees.Count - 1 ? 12 : 0,
            };
    }

    /// <summary>A body paragraph: justified, first line indented, 6 pt after.</summary>
    public static WordParagraph Body(string text, bool bold = false, bool italic = false) =>
        new(new[] { new WordRun(text, BodySize, bold, italic) }, WordAlignment.Justify, FirstLineIndentMm, 0, ParagraphSpacing);

    /// <summary>A heading of the body: bold, kept with what follows.</summary>
    public static WordParagraph Heading(string text) =>
        Body(text, bold: true) with { SpaceBefore = 6, KeepWithNext = true };

    /// <summary>
    /// The footer, after a gap: left, <c>Nơi nhận:</c> (12, bold italic) and the recipients (11); right, the signing capacity and
    /// title (upper case, 14, bold), room to sign, and the signer's name (14, bold).
    /// </summary>
    public static IEnumerable<WordBlock> Footer(DocumentSpec document)
    {
        // Kept with the table (whose one row never splits), so Nơi nhận and the signature never start a page alone.
        yield return new WordParagraph(System.Array.Empty<WordRun>(), SpaceAfter: 6, KeepWithNext: true);
        yield return FooterTable(document);
    }

    private static WordTable FooterTable(DocumentSpec document)
    {
        var left = new List<WordParagraph>();
        var recipients = DocumentText.RecipientLines(document);
        if (recipients.Count > 0)
        {
            left.Add(WordParagraph.Of(DocumentText.RecipientsLabel, 12, bold: true, italic: true));
            left.AddRange(recipients.Select(r => WordParagraph.Of(r, 11)));
        }

        var right = new List<WordParagraph>();
        if (document.Signature is { } signature)
        {
            if (!string.IsNullOrWhiteSpace(signature.Capacity))
                right.Add(Centered(DocumentText.Upper(signature.Capacity!), 14, bold: true));
            right.Add(Centered(DocumentText.Upper(signature.Title), 14, bold: true));
            for (var i = 0; i < SignatureSpaceLines; i++)
                right.Add(Centered(string.Empty, 14));
            right.Add(Centered(signature.Name.Trim(), 14, bold: true));
        }

        return new WordTable(new[] { 80.0, 85.0 }, new[] { left, right });
    }

    private static WordParagraph Centered(string text, double size, bool bold = false, bool italic = false, bool underline = false) =>
        WordParagraph.Of(text, size, WordAlignment.Center, bold, italic, underline);

    // An empty paragraph drawing a rule of the given width, centred in a zone of zoneWidth.
    private static WordParagraph Rule(double zoneWidth, double width) =>
        new(System.Array.Empty<WordRun>(), WordAlignment.Center, Rule: true, SideIndentMm: (zoneWidth - width) / 2);
}
