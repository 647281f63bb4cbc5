using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The identity a summary and its báo cáo carry: a report (<c>BÁO CÁO</c>) of the consolidating body
/// (<see cref="ConsolidatingBody"/>), not of the plan's issuer, and signed by the body's signer, never the plan's.
/// Its number and day are left blank for the office to fill when it registers and signs the report (never
/// invented); the year is the as-of date's. The plan's own number stays on the <c>Kế hoạch</c> sheet.
/// </summary>
internal static class SummaryDocument
{
    /// <summary>The document type abbreviation of a report (báo cáo) in both conventions.</summary>
    private const string ReportAbbreviation = "BC";

    /// <summary>The body's report as a document: header, number, place, Nơi nhận and signature.</summary>
    public static DocumentSpec For(ReportSummary summary, ConsolidatingBody? body = null)
    {
        body ??= ConsolidatingBody.Of(summary);
        var plan = summary.Plan.Document;
        return plan with
        {
            Genre = "BÁO CÁO",
            Number = null,
            Symbol = ReportSymbol(plan.Kind, body),
            Issuer = new IssuerSpec(body.Name ?? DocumentText.PlaceGap, body.Parent),
            Place = body.Place,
            Date = null,
            Year = summary.AsOf.Year,
            Title = summary.Report.Title,
            Implements = EquatableArray<DocumentRefSpec>.Empty,
            SendTo = EquatableArray<RecipientSpec>.Empty,
            Recipients = Recipients(plan, body).ToEquatableArray(),
            Signature = new SignatureSpec(body.SignerCapacity, body.SignerTitle ?? DocumentText.PlaceGap, body.SignerName ?? DocumentText.PlaceGap),
        };
    }

    /// <summary>
    /// The body's công văn đôn đốc about the report: <c>Số    -CV/ĐU</c> (Party) or <c>Số:    /SVHTTDL</c> (state: a
    /// công văn's symbol is its issuer's), <c>V/v đôn đốc gửi báo cáo …</c>, sent to the units it names (Kính gửi) and
    /// filed: Nơi nhận <c>Như trên</c> and Lưu.
    /// </summary>
    public static DocumentSpec ReminderFor(ReportSummary summary, ConsolidatingBody body, string subject)
    {
        var report = For(summary, body);
        var issuer = body.Abbreviation ?? DocumentText.PlaceGap;
        return report with
        {
            Genre = "CÔNG VĂN",
            Symbol = report.Kind == DocumentKind.Party ? "CV/" + issuer : issuer,
            Title = "V/v " + subject,
            Recipients = new[] { new RecipientSpec("Như trên", null) }.Concat(report.Recipients.Where(r => r.Name.StartsWith("Lưu", StringComparison.Ordinal))).ToEquatableArray(),
        };
    }

    // Party: type, then issuer ("BC/ĐU"); state: type, then issuer ("BC-SVHTTDL"). An unknown issuer is a gap.
    private static string ReportSymbol(DocumentKind kind, ConsolidatingBody body) =>
        ReportAbbreviation + (kind == DocumentKind.Party ? "/" : "-") + (body.Abbreviation ?? DocumentText.PlaceGap);

    // The body above (a line to fill when unknown), then the file copy: the plan's own when the body issued the plan.
    private static IEnumerable<RecipientSpec> Recipients(DocumentSpec plan, ConsolidatingBody body)
    {
        yield return new RecipientSpec(body.Superior ?? DocumentText.PlaceGap, null);
        var planCopy = plan.Recipients.LastOrDefault(r => r.Name.StartsWith("Lưu", StringComparison.Ordinal));
        var isIssuer = string.Equals(body.Name?.Trim(), plan.Issuer.Name.Trim(), StringComparison.OrdinalIgnoreCase);
        yield return planCopy is not null && isIssuer
            ? planCopy
            : new RecipientSpec(plan.Kind == DocumentKind.Party ? "Lưu" : "Lưu: VT", null);
    }
}
