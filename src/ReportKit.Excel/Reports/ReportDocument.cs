using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Excel.Summary;
using ReportKit.Templates;

namespace ReportKit.Excel.Reports;

/// <summary>
/// The draft báo cáo (.docx) a consolidating body sends up with its biểu tổng hợp: the body's header per convention
/// (Hướng dẫn 36-HD/VPTW or Nghị định 30/2020/NĐ-CP), <c>Số    -BC/…</c> and the day left blank, <c>BÁO CÁO</c> with
/// the report's name and period, the outline's parts (<see cref="ReportOutline"/>) holding the key figures as
/// Vietnamese sentences and the units' narratives, attributed; Nơi nhận (the body above and Lưu), the body's
/// signature block and <c>Kèm theo: Biểu tổng hợp …</c>. What the data do not say is a visible blank (<c>……</c>)
/// for the clerk to write; nothing is invented. A4 portrait, Times New Roman; the same summary and options always
/// give the same bytes.
/// </summary>
public static class ReportDocument
{
    /// <summary>Writes the báo cáo of <paramref name="summary"/> to <paramref name="path"/>, replacing the file whole or not at all.</summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="path">The .docx file to create or replace (its folder must exist).</param>
    /// <param name="options">Options; <see cref="ReportDocumentOptions.Default"/> if null.</param>
    public static void SaveAs(ReportSummary summary, string path, ReportDocumentOptions? options = null)
    {
        options ??= ReportDocumentOptions.Default;
        WordWriter.SaveAs(Layout(summary, options), path, options.Timestamp);
    }

    /// <summary>Writes the báo cáo to <paramref name="output"/> (the bytes <see cref="SaveAs"/> writes; the stream is left open).</summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="output">A writable stream.</param>
    /// <param name="options">Options; <see cref="ReportDocumentOptions.Default"/> if null.</param>
    public static void Save(ReportSummary summary, Stream output, ReportDocumentOptions? options = null)
    {
        options ??= ReportDocumentOptions.Default;
        WordWriter.Save(Layout(summary, options), output, options.Timestamp);
    }

    internal static WordLayout Layout(ReportSummary summary, ReportDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var body = options.Body ?? ConsolidatingBody.Of(summary);
        var document = SummaryDocument.For(summary, body);
        var blocks = new List<WordBlock> { OfficialBlocks.Header(document) };
        blocks.AddRange(OfficialBlocks.Title(document.Kind, document.Genre, ReportSentences.SummaryLine(summary)));
        blocks.Add(OfficialBlocks.Body(ReportSentences.Opening(summary, body)));

        foreach (var part in ReportOutline.Of(summary.Plan, summary.Report))
        {
            blocks.Add(OfficialBlocks.Heading(part.Heading));
            var written = new List<WordParagraph>();
            if (part.Rates)
                written.AddRange(ReportSentences.Completeness(summary).Select(line => OfficialBlocks.Body(line)));
            var figures = Figures(summary, options, part).ToArray();
            written.AddRange(figures);
            var hasFigures = figures.Length > 0;
            var numbered = part.Narratives.Count + (hasFigures ? 1 : 0) > 1;
            var number = hasFigures ? 1 : 0;
            foreach (var narrative in part.Narratives)
            {
                number++;
                if (numbered || !SameHeading(narrative.Label, part.Title))
                    written.Add(OfficialBlocks.Heading((numbered ? number + ". " : string.Empty) + narrative.Label));
                written.AddRange(Attributed(summary, narrative));
            }

            // The body's own account of the part (how it led, what it plans): the clerk writes it.
            if (part.ClerkWrites || written.Count == 0)
                written.Add(OfficialBlocks.Body(OfficialBlocks.FillLine));
            blocks.AddRange(written);
        }

        // "Kèm theo" and the assumption go with the signature: a page never holds the footer without the text it closes.
        blocks.Add(OfficialBlocks.Body(ReportSentences.Annex(summary, options.AnnexFileName), italic: true) with { SpaceBefore = 6, Alignment = WordAlignment.Left, KeepWithNext = true });
        if (DocumentText.AssumptionNote(summary.Report) is { } assumption)
            blocks.Add(OfficialBlocks.Body(assumption, italic: true) with { Alignment = WordAlignment.Left, KeepWithNext = true });
        blocks.AddRange(OfficialBlocks.Footer(document));
        return new WordLayout(
            "Báo cáo: " + SummaryWording.ReportAndPeriod(summary),
            document.Genre + " " + DocumentText.NumberLine(document),
            SummaryWording.Keywords(summary),
            blocks);
    }

    // "1. Kết quả chủ yếu" then one sentence per indicator of the part (its total over all units), its targets and lists.
    private static IEnumerable<WordParagraph> Figures(ReportSummary summary, ReportDocumentOptions options, OutlinePart part)
    {
        var lines = ReportSentences.Figures(summary, options.Comparison, options.YearToDate, part.Indicators)
            .Concat(ReportSentences.Targets(summary, options.UnitTargets, part.Targets))
            .Concat(part.Lists.Select(list => ReportSentences.ListRows(summary, list))).ToArray();
        if (lines.Length == 0)
            yield break;
        yield return OfficialBlocks.Heading("1. " + ReportSentences.FiguresHeading);
        foreach (var line in lines)
            yield return OfficialBlocks.Body(line);
    }

    // Each unit's text under the part, in tree order: "- Chi bộ Thôn 1: …" (a shared name with its parent's, as the
    // summary's sheets name it); a relayed text keeps its own lines.
    private static IEnumerable<WordParagraph> Attributed(ReportSummary summary, NarrativeSpec narrative)
    {
        var written = summary.Narratives.Where(n => n.NarrativeId == narrative.Id).ToArray();
        if (written.Length == 0)
        {
            yield return OfficialBlocks.Body("(Chưa đơn vị nào báo cáo nội dung này.)");
            yield break;
        }

        var names = summary.Tree();
        foreach (var text in written)
        {
            var lines = text.Text.Split('\n');
            yield return OfficialBlocks.Body("- " + names.LabelOrId(text.UnitId) + ": " + lines[0].Trim());
            foreach (var line in lines.Skip(1).Where(l => l.Trim().Length > 0))
                yield return OfficialBlocks.Body("+ " + line.Trim());
        }
    }

    private static bool SameHeading(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('.', ':'), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
