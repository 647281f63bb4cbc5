using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ReportKit.Excel.Forms;

/// <summary>One row of the metadata sheet: a key and its fields (column A, then B, C …).</summary>
/// <param name="Key">What the row says (<c>plan</c>, <c>value</c> …).</param>
/// <param name="Fields">Its fields.</param>
internal sealed record MetadataEntry(string Key, IReadOnlyList<string> Fields)
{
    public string Field(int index) => index < Fields.Count ? Fields[index] : string.Empty;
}

/// <summary>Where one entered value of an input form lives.</summary>
/// <param name="Key">The indicator and item.</param>
/// <param name="Address">The cell, A1.</param>
internal sealed record ValueCell(ValueKey Key, string Address);

/// <summary>Where one narrative of an input form lives.</summary>
/// <param name="NarrativeId">The narrative.</param>
/// <param name="Address">The cell, A1.</param>
internal sealed record NarrativeCell(string NarrativeId, string Address);

/// <summary>
/// What the hidden metadata sheet of an input form records, and its seal. One place for the row keys, the
/// order they are written in and the seal, shared by <see cref="InputForm"/> and the importer.
/// </summary>
internal sealed record FormMetadata(
    string FormatVersion,
    string PlanId,
    int PlanRevision,
    string PlanFingerprint,
    string ReportId,
    string PeriodKey,
    string UnitId,
    string SheetName,
    string SubmittedOnAddress,
    IReadOnlyList<ValueCell> Values,
    IReadOnlyList<NarrativeCell> Narratives)
{
    public const string CurrentFormatVersion = "1";
    public const string FormatRow = "reportkit.form";
    public const string PlanRow = "plan";
    public const string RevisionRow = "plan.revision";
    public const string FingerprintRow = "plan.fingerprint";
    public const string ReportRow = "report";
    public const string PeriodRow = "period";
    public const string UnitRow = "unit";
    public const string SheetRow = "sheet";
    public const string SubmittedOnRow = "submitted_on";
    public const string ValueRow = "value";
    public const string NarrativeRow = "narrative";
    public const string SealRow = "seal";

    /// <summary>Mixed into every seal so a seal is never a bare hash of visible text.</summary>
    private const string SealDomain = "ReportKit input form seal v1";

    /// <summary>The rows in the order they are written (without the seal).</summary>
    public IReadOnlyList<MetadataEntry> Entries()
    {
        var entries = new List<MetadataEntry>
        {
            new(FormatRow, new[] { FormatVersion }),
            new(PlanRow, new[] { PlanId }),
            new(RevisionRow, new[] { PlanRevision.ToString(CultureInfo.InvariantCulture) }),
            new(FingerprintRow, new[] { PlanFingerprint }),
            new(ReportRow, new[] { ReportId }),
            new(PeriodRow, new[] { PeriodKey }),
            new(UnitRow, new[] { UnitId }),
            new(SheetRow, new[] { SheetName }),
            new(SubmittedOnRow, new[] { SubmittedOnAddress }),
        };
        entries.AddRange(Values.Select(v => new MetadataEntry(ValueRow, new[] { v.Key.IndicatorId, v.Key.ItemId ?? string.Empty, v.Address })));
        entries.AddRange(Narratives.Select(n => new MetadataEntry(NarrativeRow, new[] { n.NarrativeId, n.Address })));
        return entries;
    }

    /// <summary>
    /// HMAC-SHA256 over every row before the seal, keyed by a fixed domain string and the caller's optional secret.
    /// </summary>
    public static string Seal(IEnumerable<MetadataEntry> entries, string? secret)
    {
        var canonical = new StringBuilder();
        foreach (var entry in entries)
        {
            canonical.Append(entry.Key);
            foreach (var field in entry.Fields)
            {
                canonical.Append('\u001F').Append(field);
            }

            canonical.Append('\u001E');
        }

        var key = SHA256.HashData(Encoding.UTF8.GetBytes(SealDomain + "\u0000" + (secret ?? string.Empty)));
        return Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical.ToString()))).ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="seal"/> is the seal of <paramref name="entries"/> (compared in constant time).</summary>
    public static bool IsSealed(IEnumerable<MetadataEntry> entries, string seal, string? secret)
    {
        var expected = Encoding.ASCII.GetBytes(Seal(entries, secret));
        var actual = Encoding.ASCII.GetBytes(seal.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>Reads the rows back; null with a reason when a row is missing or malformed.</summary>
    public static FormMetadata? Parse(IReadOnlyList<MetadataEntry> entries, out string? reason)
    {
        string? Single(string key)
        {
            var found = entries.Where(e => e.Key == key).ToList();
            return found.Count == 1 ? found[0].Field(0) : null;
        }

        var version = Single(FormatRow);
        var plan = Single(PlanRow);
        var revisionText = Single(RevisionRow);
        var fingerprint = Single(FingerprintRow);
        var report = Single(ReportRow);
        var period = Single(PeriodRow);
        var unit = Single(UnitRow);
        var sheet = Single(SheetRow);
        var submittedOn = Single(SubmittedOnRow);
        if (version is null || plan is null || revisionText is null || fingerprint is null || report is null ||
            period is null || unit is null || sheet is null || submittedOn is null)
        {
            reason = "a required row is missing or repeated";
            return null;
        }

        if (!int.TryParse(revisionText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var revision))
        {
            reason = "the plan revision is not a number";
            return null;
        }

        var values = entries.Where(e => e.Key == ValueRow)
            .Select(e => new ValueCell(new ValueKey(e.Field(0), e.Field(1).Length == 0 ? null : e.Field(1)), e.Field(2)))
            .ToArray();
        var narratives = entries.Where(e => e.Key == NarrativeRow).Select(e => new NarrativeCell(e.Field(0), e.Field(1))).ToArray();
        var addresses = values.Select(v => v.Address).Concat(narratives.Select(n => n.Address)).Append(submittedOn).ToArray();
        if (addresses.Any(a => !IsAddress(a)) || addresses.Distinct(StringComparer.OrdinalIgnoreCase).Count() != addresses.Length)
        {
            reason = "a cell address is malformed or repeated";
            return null;
        }

        reason = null;
        return new FormMetadata(version, plan, revision, fingerprint, report, period, unit, sheet, submittedOn, values, narratives);
    }

    private static bool IsAddress(string text)
    {
        try
        {
            Layout.CellReference.Parse(text);
            return text.IndexOf('$') < 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
