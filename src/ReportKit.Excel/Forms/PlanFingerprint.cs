using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

/// <summary>
/// A stable hash of what shapes one report's input form: SHA-256 over an explicit, versioned canonical text of
/// the plan id and revision, the report (id, period, years, data cut-off), each indicator it asks for (id,
/// type, unit of measure, items, bounds, formula, format, required) and each narrative part (id, required,
/// length), and each row list (id, rows, columns with their types and choices). Another report added to the plan mid-year leaves the forms already sent valid. Input forms
/// carry it, so a form filled against a template whose cells mean something else is recognised at import even
/// when the template author forgot to raise <see cref="PlanSpec.Revision"/>.
/// </summary>
/// <remarks>
/// Labels, titles, notes, the signature and where the template file lies are left out on purpose: fixing a typo
/// in a label must not invalidate every form already sent to the units, and neither must a new ReportKit
/// version that adds properties to the model (the text is written field by field, not by reflection).
/// </remarks>
internal static class PlanFingerprint
{
    /// <summary>The version of the canonical text; changing what it holds means a new version.</summary>
    public const int Version = 1;

    /// <summary>The fingerprint of the form of one report, as 64 lower-case hex digits.</summary>
    public static string Compute(PlanSpec plan, string reportId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(plan, reportId)))).ToLowerInvariant();
    }

    /// <summary>The canonical text the fingerprint hashes (exposed for diagnostics and tests).</summary>
    internal static string CanonicalText(PlanSpec plan, string reportId)
    {
        var report = plan.Reports.FirstOrDefault(r => r.Id == reportId)
            ?? throw new ArgumentException($"Plan '{plan.Id}' has no report '{reportId}'.", nameof(reportId));
        var text = new StringBuilder(2 * 1024);
        Line(text, "reportkit-form-fingerprint", Version.ToString(CultureInfo.InvariantCulture));
        Line(text, "plan", plan.Id, plan.Revision.ToString(CultureInfo.InvariantCulture));
        Line(text, "report", report.Id, report.Period.ToString(), Number(report.FromYear), Number(report.ToYear),
            report.CutOff.Kind.ToString(), Number(report.CutOff.EndDay));
        foreach (var indicator in plan.IndicatorsOf(report))
        {
            Line(text, "indicator", indicator.Id, indicator.Type.ToString(), indicator.By.ToString(), indicator.Unit ?? "",
                Number(indicator.Min), Number(indicator.Max), indicator.MaxIndicator ?? "", indicator.Formula?.ToString() ?? "",
                indicator.Format.ToString(), indicator.Required ? "required" : "");
            Line(text, "  items", string.Join(",", plan.ItemsOf(indicator).Select(i => i.Id)));
            // Who enters it decides which forms hold its cells; written only when scoped, so other plans keep their fingerprints.
            if (!indicator.Levels.IsEmpty)
                Line(text, "  levels", string.Join(",", indicator.Levels));
        }

        // Added lines only: plans without answer fields keep their fingerprint, and forms already sent stay valid.
        foreach (var field in plan.AnswersOf(report))
        {
            Line(text, "answer", field.Id, field.Type.ToString(), field.Required ? "required" : "", Number(field.MaxLength));
            if (!field.Levels.IsEmpty)
                Line(text, "  levels", string.Join(",", field.Levels));
        }

        foreach (var narrative in plan.NarrativesOf(report))
        {
            Line(text, "narrative", narrative.Id, narrative.Required ? "required" : "", Number(narrative.MaxLength));
            if (!narrative.Levels.IsEmpty)
                Line(text, "  levels", string.Join(",", narrative.Levels));
        }

        // Only reports with lists get list lines, so the forms of every other report keep their fingerprints.
        foreach (var list in plan.ListsOf(report))
        {
            Line(text, "list", list.Id, Number(list.Rows));
            if (!list.Levels.IsEmpty)
                Line(text, "  levels", string.Join(",", list.Levels));
            foreach (var column in list.Columns)
                Line(text, "  column", column.Id, column.Type.ToString(), column.Choice ?? "", string.Join(",", plan.ChoicesOf(column).Select(c => c.Id)));
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string key, params string[] fields) =>
        text.Append(key).Append('|').Append(string.Join("|", fields)).Append('\n');

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "";
}
