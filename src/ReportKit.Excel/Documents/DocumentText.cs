using System;
using System.Collections.Generic;
using System.Globalization;
using ReportKit.Templates;

namespace ReportKit.Excel.Documents;

/// <summary>
/// The lines of a document's header and footer, written per convention: Hướng dẫn 36-HD/VPTW for Party
/// documents, Nghị định 30/2020/NĐ-CP for state documents. What the source leaves blank stays blank.
/// </summary>
internal static class DocumentText
{
    /// <summary>The Party header title.</summary>
    public const string PartyTitle = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /// <summary>The state Quốc hiệu.</summary>
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The state Tiêu ngữ.</summary>
    public const string NationalMotto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The label above the recipients.</summary>
    public const string RecipientsLabel = "Nơi nhận:";

    /// <summary>The label of the person who drew up a table.</summary>
    public const string PreparerLabel = "NGƯỜI LẬP BIỂU";

    /// <summary>Blank space left for a number, day or month the source does not give (filled in by hand).</summary>
    private const string Gap = "    ";

    /// <summary>Placeholder for a place, a name or a line the source does not give (filled in by hand).</summary>
    public const string PlaceGap = "……";

    /// <summary>
    /// <c>Số 76-KH/ĐU</c> (Party: no colon, a hyphen before the symbol) or <c>Số: 12/SVHTTDL-QLVHGĐ</c>
    /// (state: a colon, a slash); a blank number leaves a gap: <c>Số:     /SVHTTDL-QLVHGĐ</c>.
    /// </summary>
    public static string NumberLine(DocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (document.Kind == DocumentKind.Party ? "Số " : "Số: ") + document.NumberAndSymbol(Gap);
    }

    /// <summary>
    /// The line under an annex's title naming the report it is attached to: <c>(Kèm theo Báo cáo số     -BC/ĐU)</c>,
    /// the number left blank until the report is registered.
    /// </summary>
    public static string AnnexLine(DocumentSpec report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "(Kèm theo Báo cáo số " + report.NumberAndSymbol(Gap) + ")";
    }

    /// <summary>
    /// <c>Lạng Sơn, ngày 07 tháng 4 năm 2023</c>: days below 10 and months 1 and 2 get a leading zero
    /// (both conventions); a blank date keeps gaps for the hand-written day and month:
    /// <c>Lạng Sơn, ngày    tháng    năm 2023</c>.
    /// </summary>
    public static string PlaceAndDate(DocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var place = string.IsNullOrWhiteSpace(document.Place) ? PlaceGap : document.Place!.Trim();
        if (document.Date is { } date)
        {
            var day = date.Day.ToString("D2", CultureInfo.InvariantCulture);
            var month = date.Month <= 2 ? date.Month.ToString("D2", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
            return place + ", ngày " + day + " tháng " + month + " năm " + date.Year.ToString(CultureInfo.InvariantCulture);
        }

        var year = document.Year is { } y ? " " + y.ToString(CultureInfo.InvariantCulture) : Gap;
        return place + ", ngày" + Gap + "tháng" + Gap + "năm" + year;
    }

    /// <summary>The <c>V/v …</c> line of a công văn (the prefix is added unless the title has it).</summary>
    public static string SubjectLine(DocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Title.Trim();
        return title.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) ? title : "V/v " + title;
    }

    /// <summary>Whether the document is a công văn (which carries a <c>V/v</c> line under its number).</summary>
    public static bool IsOfficialLetter(DocumentSpec document) => document.IsOfficialLetter();

    /// <summary>
    /// The Nơi nhận lines: <c>- Ban Tuyên giáo ĐU,</c> … <c>- Lưu VP.</c> — each ends with the convention's
    /// separator (Party <c>,</c>, state <c>;</c>) unless written with one, the last with a full stop, and a
    /// tag follows as written: <c>- Như trên; (T/h)</c>.
    /// </summary>
    public static IReadOnlyList<string> RecipientLines(DocumentSpec document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var separator = document.Kind == DocumentKind.Party ? "," : ";";
        var lines = new List<string>(document.Recipients.Count);
        for (var i = 0; i < document.Recipients.Count; i++)
        {
            var recipient = document.Recipients[i];
            var name = recipient.Name.Trim();
            var last = i == document.Recipients.Count - 1;
            if (name.Length > 0 && name[^1] is not (',' or ';' or '.' or ':'))
            {
                name += last ? "." : separator;
            }

            lines.Add("- " + name + (string.IsNullOrWhiteSpace(recipient.Tag) ? string.Empty : " (" + recipient.Tag!.Trim() + ")"));
        }

        return lines;
    }

    /// <summary>
    /// What follows a deadline the template assumed (<see cref="ReportSpec.DueAssumed"/>): <c> (giả định)</c>; empty when the
    /// deadline is the document's own, even if the report carries an assumption about something else (its existence, its
    /// period, its figures).
    /// </summary>
    public static string DueMark(ReportSpec report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.DueAssumed ? " (giả định)" : string.Empty;
    }

    /// <summary>
    /// The report's assumption as every document prints it (input form, summary, báo cáo, reminder), so that whoever reads
    /// the paper sees what the plan did not say: <c>Giả định của mẫu báo cáo: …</c>; null when the
    /// template states none.
    /// </summary>
    public static string? AssumptionNote(ReportSpec report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.IsNullOrWhiteSpace(report.Assumption) ? null : "Giả định của mẫu báo cáo: " + report.Assumption!.Trim();
    }

    /// <summary>Upper case as conventions print names of bodies and signing capacities (invariant: Vietnamese letters map exactly).</summary>
    public static string Upper(string text) => text.Trim().ToUpperInvariant();
}
