using System;
using System.Linq;
using ReportKit.Excel.Documents;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>
/// The identity a summary carries by default: a report (<c>BÁO CÁO</c>) of the body that issued the plan,
/// not the plan itself. Its number and day are left blank for the office to fill when it registers and
/// signs the report (never invented); the year is the as-of date's. The plan's own number stays on the
/// <c>Kế hoạch</c> sheet.
/// </summary>
internal static class SummaryDocument
{
    /// <summary>The document type abbreviation of a report (báo cáo) in both conventions.</summary>
    private const string ReportAbbreviation = "BC";

    public static DocumentSpec For(ReportSummary summary)
    {
        var plan = summary.Plan.Document;
        return plan with
        {
            Genre = "BÁO CÁO",
            Number = null,
            Symbol = ReportSymbol(plan),
            Date = null,
            Year = summary.AsOf.Year,
            Title = summary.Report.Title,
            SendTo = EquatableArray<RecipientSpec>.Empty,
            // The plan's own recipients are the units it was sent to; only the office's file copy carries over.
            Recipients = plan.Recipients.Where(r => r.Name.StartsWith("Lưu", StringComparison.Ordinal)).ToEquatableArray(),
        };
    }

    // Party: "KH/ĐU" → "BC/ĐU" (type, then issuer). State: "SVHTTDL-QLVHGĐ" → "BC-SVHTTDL" (type, then issuer).
    private static string ReportSymbol(DocumentSpec plan)
    {
        if (plan.Kind == DocumentKind.Party)
        {
            var slash = plan.Symbol.IndexOf('/');
            return ReportAbbreviation + (slash >= 0 ? plan.Symbol.Substring(slash) : "/" + plan.Symbol);
        }

        // A công văn's symbol is issuer-drafting unit ("SVHTTDL-QLVHGĐ"); a typed state document's is
        // type-issuer ("KH-UBND"): the issuer is the first part of the one, the rest of the other.
        var parts = plan.Symbol.Split('-');
        var issuer = DocumentText.IsOfficialLetter(plan) || parts.Length == 1 ? parts[0] : string.Join("-", parts.Skip(1));
        return ReportAbbreviation + "-" + issuer;
    }
}
