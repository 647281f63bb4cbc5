using System;
using System.Linq;
using System.Text;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// The body that consolidates a report and issues, in its own name, what it sends up: the báo cáo and its biểu
/// tổng hợp. It heads them (tên cơ quan), numbers them (<c>Số    -BC/ĐU</c>), names where they go (Nơi nhận) and
/// signs them. Never the plan's signer: a plan is signed by whoever issued it, the report by whoever consolidates.
/// What is not known stays null and prints as a blank to fill by hand.
/// </summary>
/// <param name="Name">The body's name (<c>Đảng ủy xã Tân Lập</c>); null when the units file has several roots and no name is given.</param>
/// <param name="Parent">The body above it as its header prints it (<c>ĐẢNG BỘ HUYỆN HỮU LŨNG</c>), if known.</param>
/// <param name="Abbreviation">Its abbreviation in document symbols (<c>ĐU</c>, <c>SVHTTDL</c>), if known.</param>
/// <param name="Superior">The body the report goes to (Nơi nhận), if known.</param>
/// <param name="Place">The place its documents are dated at (địa danh), if known.</param>
/// <param name="SignerCapacity">The signing capacity (<c>T/M BAN THƯỜNG VỤ</c>, <c>KT. GIÁM ĐỐC</c>), if any.</param>
/// <param name="SignerTitle">The signer's title (<c>BÍ THƯ</c>, <c>PHÓ GIÁM ĐỐC</c>), if known.</param>
/// <param name="SignerName">The signer's name, if known.</param>
public sealed record ConsolidatingBody(
    string? Name,
    string? Parent,
    string? Abbreviation,
    string? Superior,
    string? Place,
    string? SignerCapacity,
    string? SignerTitle,
    string? SignerName)
{
    /// <summary>Nothing known: every line a blank to fill.</summary>
    public static ConsolidatingBody Unknown { get; } = new(null, null, null, null, null, null, null, null);

    /// <summary>
    /// The body of <paramref name="summary"/>: the root unit of its tree (the plan's issuer when the tree has several
    /// roots; then nobody known above it; a root named by the first words of the issuer's name is the issuer, named
    /// in full); it sends to the level above the root's in the plan (<see cref="UnitTree.LevelAbove"/>), or, for a root
    /// without a level, to the plan's issuer. When the body is the plan's issuer, the plan's parent body, abbreviation
    /// and place carry over. Then every non-blank field of <paramref name="given"/> (the office's own options) wins.
    /// The signer comes only from <paramref name="given"/>.
    /// </summary>
    /// <param name="summary">The consolidated report.</param>
    /// <param name="given">What the office says of itself (null fields: derived or blank).</param>
    public static ConsolidatingBody Of(ReportSummary summary, ConsolidatingBody? given = null)
    {
        if (summary is null)
            throw new ArgumentNullException(nameof(summary));
        var plan = summary.Plan;
        var issuer = plan.Document.Issuer;
        var roots = summary.Rows.Where(r => !r.IsOwn && !r.IsTotal && r.Depth == 0).Select(r => r.Unit!).ToArray();
        var root = roots.Length == 1 ? roots[0] : null;
        var name = Blank(given?.Name) ?? root?.Name ?? issuer.Name;
        // A units file may name the issuer short ("Đảng ủy Khối" for "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"): that root is the
        // issuer, and its documents are headed with the name the plan gives it.
        if (Blank(given?.Name) is null && root is not null && ShortFormOf(root.Name, issuer.Name))
            name = issuer.Name;
        var isIssuer = Same(name, issuer.Name);
        // A root at the plan's top level has nobody named above it: a blank to fill, not the plan's issuer below it.
        var superior = root is null
            ? null
            : UnitTree.LevelAbove(plan, root.LevelId) ?? (root.LevelId is null && !isIssuer ? issuer.Name : null);
        var derived = new ConsolidatingBody(
            name,
            isIssuer ? issuer.Parent : null,
            isIssuer ? IssuerAbbreviation(plan.Document) : null,
            superior,
            isIssuer ? plan.Document.Place : null,
            null,
            null,
            null);
        return given is null ? derived : new ConsolidatingBody(
            name,
            Blank(given.Parent) ?? derived.Parent,
            Blank(given.Abbreviation) ?? derived.Abbreviation,
            Blank(given.Superior) ?? derived.Superior,
            Blank(given.Place) ?? derived.Place,
            Blank(given.SignerCapacity),
            Blank(given.SignerTitle),
            Blank(given.SignerName));
    }

    /// <summary>
    /// The issuer's part of a document symbol: Party <c>KH/ĐU</c> → <c>ĐU</c> (type, then issuer); state công văn
    /// <c>SVHTTDL-QLVHGĐ</c> → <c>SVHTTDL</c> (issuer, then drafting unit); other state <c>KH-UBND</c> → <c>UBND</c>.
    /// </summary>
    /// <param name="document">The plan's document.</param>
    public static string? IssuerAbbreviation(DocumentSpec document)
    {
        if (document is null)
            throw new ArgumentNullException(nameof(document));
        var symbol = (document.Symbol ?? "").Trim();
        if (symbol.Length == 0)
            return null;
        if (document.Kind == DocumentKind.Party)
        {
            var slash = symbol.IndexOf('/');
            return slash >= 0 ? symbol.Substring(slash + 1) : symbol;
        }

        var parts = symbol.Split('-');
        return document.IsOfficialLetter() || parts.Length == 1 ? parts[0] : string.Join("-", parts.Skip(1));
    }

    private static string? Blank(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text!.Trim().Normalize(NormalizationForm.FormC);

    // "Đảng ủy Khối" of "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH": the full name begins with the short one's words (two at
    // least, so a bare "Sở" or "Ban" names no one), without case.
    private static bool ShortFormOf(string shortName, string fullName)
    {
        string[] Words(string text) => text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', '.')).Where(w => w.Length > 0).ToArray();
        var (words, full) = (Words(shortName), Words(fullName));
        return words.Length >= 2 && full.Length > words.Length &&
               words.Select((w, i) => string.Equals(w, full[i], StringComparison.OrdinalIgnoreCase)).All(same => same);
    }

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim().Normalize(NormalizationForm.FormC), b.Trim().Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
