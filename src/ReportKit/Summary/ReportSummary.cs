using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>The period a summary covers, with its data cut-off window and deadlines.</summary>
/// <param name="Period">The period.</param>
/// <param name="Label">Its Vietnamese label (<c>Năm 2024</c>; a one-off report's title).</param>
/// <param name="CutOff">The data cut-off window; null for a one-off report.</param>
/// <param name="Due">The report's general deadline (last on-time day); null when the report states none.</param>
/// <param name="Deadlines">The general deadline (level null) and one per tier.</param>
public sealed record PeriodInfo(ReportingPeriod Period, string Label, DateWindow? CutOff, DateOnly? Due, IReadOnlyList<LevelDeadline> Deadlines)
{
    /// <summary>The period key.</summary>
    public string Key => Period.Key;
}

/// <summary>One row of the summary table: a unit (or the total), its values per column and a note.</summary>
/// <param name="Unit">The unit; null for the total row.</param>
/// <param name="Depth">0 for roots (and the total row), 1 for their children…</param>
/// <param name="Values">One value per <see cref="ReportSummary.Columns"/> entry, in the same order; null is blank.</param>
/// <param name="Notes">The notes column (<c>Nộp muộn 3 ngày</c>, <c>Chưa báo cáo</c>…), empty if none.</param>
/// <param name="IsOwn">
/// True for the own-activity row of a unit that both reports and consolidates (<c>Đảng ủy xã (trực tiếp)</c>): its own
/// report, listed first among its children and added into the unit's row like them.
/// </param>
/// <param name="YesNoAnswered">
/// For each yes_no indicator of the report: how many units of the row answered (Có or Không); the row's value is how
/// many answered Có. Null when the report has no yes_no field.
/// </param>
public sealed record SummaryRow(Unit? Unit, int Depth, IReadOnlyList<decimal?> Values, string Notes, bool IsOwn = false,
    IReadOnlyDictionary<string, int>? YesNoAnswered = null)
{
    /// <summary>The label of the total row.</summary>
    public const string TotalLabel = "Tổng cộng";

    /// <summary>What follows a unit's name on its own-activity row.</summary>
    public const string OwnSuffix = " (trực tiếp)";

    /// <summary>True for the total row.</summary>
    public bool IsTotal => Unit is null;

    /// <summary>The unit's name (with <see cref="OwnSuffix"/> on an own-activity row), or <see cref="TotalLabel"/>.</summary>
    public string Label => Unit is null ? TotalLabel : IsOwn ? Unit.Name + OwnSuffix : Unit.Name;
}

/// <summary>Where an expected unit's report stands as of the summary's date (DHIS2's completeness and timeliness).</summary>
public enum SubmissionState
{
    /// <summary>Received on or before the deadline.</summary>
    OnTime,

    /// <summary>Received after the deadline.</summary>
    Late,

    /// <summary>Received, but the submission has no date: counted as received, never as on time.</summary>
    ReceivedUndated,

    /// <summary>Not received and the deadline has passed.</summary>
    Missing,

    /// <summary>Not received and not yet due (or the report has no deadline).</summary>
    NotYetDue,

    /// <summary>Received, and no deadline applies: neither on time nor late.</summary>
    Received,
}

/// <summary>The report status of one expected unit.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="LevelName">Its level's name, if known.</param>
/// <param name="State">Where its report stands.</param>
/// <param name="Due">Its deadline (the tier deadline of its level, else the report's); null if none.</param>
/// <param name="SubmittedOn">The kept submission's date.</param>
/// <param name="DaysLate">For <see cref="SubmissionState.Late"/>: days after the deadline it came; for <see cref="SubmissionState.Missing"/>: days overdue as of the summary date; otherwise null.</param>
/// <param name="Source">The kept submission's source.</param>
/// <param name="Errors">Errors found in the kept submission.</param>
/// <param name="Warnings">Warnings found in the kept submission.</param>
/// <param name="Relay">
/// For a consolidating unit whose summary was passed up (<see cref="Submission.Relay"/>): what its level counted of
/// the reports below it. Its subtree's completeness is that, not this one status. Null otherwise.
/// </param>
/// <param name="Rejected">The files this unit sent that were rejected (see <see cref="ReportSummary.Rejected"/>); empty if none.</param>
public sealed record UnitStatus(
    Unit Unit,
    string? LevelName,
    SubmissionState State,
    DateOnly? Due,
    DateOnly? SubmittedOn,
    int? DaysLate,
    string? Source,
    int Errors,
    int Warnings,
    RelayCompleteness? Relay = null,
    IReadOnlyList<RejectedFile>? Rejected = null)
{
    /// <summary>DHIS2 "actual report": received, on time or not.</summary>
    public bool IsReceived => State is SubmissionState.OnTime or SubmissionState.Late or SubmissionState.ReceivedUndated or SubmissionState.Received;

    /// <summary>The files this unit sent that were rejected; empty if none.</summary>
    public IReadOnlyList<RejectedFile> RejectedFiles => Rejected ?? Array.Empty<RejectedFile>();

    /// <summary>DHIS2 "actual report on time".</summary>
    public bool IsOnTime => State == SubmissionState.OnTime;
}

/// <summary>
/// DHIS2's completeness figures for a scope (all units, a level, a unit's subtree):
/// reporting rate = actual / expected × 100; reporting rate on time = actual on time / expected × 100.
/// </summary>
/// <param name="ScopeId"><c>*</c> for all units, a level id, or a unit id (its subtree).</param>
/// <param name="ScopeName">The scope's name (<c>Tổng cộng</c>, the level's or the unit's name).</param>
/// <param name="Expected">Units in scope that owe the report.</param>
/// <param name="Actual">Of those, reports received.</param>
/// <param name="ActualOnTime">Of those, reports received on time; null when no deadline applies to any unit in scope.</param>
/// <param name="Missing">Not received with the deadline passed.</param>
/// <param name="NotYetDue">Not received, not yet due.</param>
public sealed record ReportingRate(string ScopeId, string ScopeName, int Expected, int Actual, int? ActualOnTime, int Missing, int NotYetDue)
{
    /// <summary>The scope id of the overall rate.</summary>
    public const string AllScope = "*";

    /// <summary>Reporting rate in percent (0–100, 2 decimals, half away from zero); null when nothing is expected.</summary>
    public decimal? Rate => Numbers.Percent(Actual, Expected);

    /// <summary>Reporting rate on time in percent (0–100, 2 decimals); null when nothing is expected or no deadline applies.</summary>
    public decimal? RateOnTime => ActualOnTime is { } onTime ? Numbers.Percent(onTime, Expected) : null;
}

/// <summary>Reporting rates overall, per level and per unit subtree.</summary>
/// <param name="Overall">All expected units.</param>
/// <param name="ByLevel">Per level of the expected units, in the plan's level order.</param>
/// <param name="ByUnit">Per unit with at least one expected unit in its subtree (itself included), in tree order.</param>
public sealed record ReportingRates(ReportingRate Overall, IReadOnlyList<ReportingRate> ByLevel, IReadOnlyList<ReportingRate> ByUnit);

/// <summary>Which content items a row reported (value above zero) for an indicator disaggregated by contents.</summary>
/// <param name="UnitId">The unit (its row, rolled up for units above the reporting level); null for the total row.</param>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="ItemIds">The content item ids with a value above zero, in document order.</param>
public sealed record UnitCoverage(string? UnitId, string IndicatorId, EquatableArray<string> ItemIds);

/// <summary>A narrative part written by a unit.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="NarrativeId">The narrative.</param>
/// <param name="Label">The narrative's heading.</param>
/// <param name="Text">The text (trimmed, NFC).</param>
public sealed record UnitNarrative(string UnitId, string NarrativeId, string Label, string Text);

/// <summary>A date, text or document answer given by a unit (<see cref="Submission.Answers"/>).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="FieldId">The field.</param>
/// <param name="Label">The field's label.</param>
/// <param name="Answer">The canonical answer (for a relayed summary, one <c>Unit: answer</c> line per unit below).</param>
public sealed record UnitAnswer(string UnitId, string FieldId, string Label, string Answer);

/// <summary>A submission replaced by a later one from the same unit for the same period (never summed).</summary>
/// <param name="Replaced">The submission not used.</param>
/// <param name="Kept">The one used instead.</param>
public sealed record ReplacedSubmission(Submission Replaced, Submission Kept);

/// <summary>
/// The consolidated result of one report for one period over a unit tree: the table (columns, rows in tree order,
/// total), each expected unit's status, reporting rates, coverage, narratives, replaced duplicates and every problem.
/// Built by <see cref="Consolidator.Summarize"/>; see there for the rules.
/// </summary>
/// <param name="Plan">The plan.</param>
/// <param name="Report">The report.</param>
/// <param name="Period">The period, its window and deadlines.</param>
/// <param name="AsOf">The date the statuses are computed for.</param>
/// <param name="Columns">The value columns.</param>
/// <param name="Rows">One row per unit, in tree order.</param>
/// <param name="Total">The total row (the sum of the roots' rows, ratios recomputed).</param>
/// <param name="Statuses">One status per expected unit, in tree order.</param>
/// <param name="Rates">Reporting rates (relayed units count what their level counted below them).</param>
/// <param name="Coverage">Per row (total last) and indicator disaggregated by contents: the items reported.</param>
/// <param name="Narratives">Narratives of the kept submissions of expected units, in tree order then narrative order.</param>
/// <param name="Replaced">Duplicates that were not used, in tree order.</param>
/// <param name="Problems">All problems: unit tree, then per unit in tree order, then submissions from unknown units.</param>
/// <param name="Rejected">Files that were sent but could not be read as a report (from the importer), in the order given.</param>
/// <param name="Answers">Date, text and document answers of the kept submissions, in tree order then field order; none if null.</param>
public sealed record ReportSummary(
    PlanSpec Plan,
    ReportSpec Report,
    PeriodInfo Period,
    DateOnly AsOf,
    IReadOnlyList<SummaryColumn> Columns,
    IReadOnlyList<SummaryRow> Rows,
    SummaryRow Total,
    IReadOnlyList<UnitStatus> Statuses,
    ReportingRates Rates,
    IReadOnlyList<UnitCoverage> Coverage,
    IReadOnlyList<UnitNarrative> Narratives,
    IReadOnlyList<ReplacedSubmission> Replaced,
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyList<RejectedFile> Rejected,
    IReadOnlyList<UnitAnswer>? Answers = null)
{
    /// <summary>
    /// The rows of the report's lists from the kept submissions: list by list in the plan's order, then units in tree
    /// order, then each unit's rows in its order. Only rows whose every cell is valid are here (the others are problems).
    /// </summary>
    public IReadOnlyList<UnitListRow> ListRows { get; init; } = Array.Empty<UnitListRow>();

    /// <summary>The date, text and document answers (<see cref="Answers"/>), empty when none.</summary>
    public IReadOnlyList<UnitAnswer> AnswerList => Answers ?? Array.Empty<UnitAnswer>();

    /// <summary>The row of unit <paramref name="unitId"/> (its whole subtree); throws <see cref="KeyNotFoundException"/> if the unit is not in the summary.</summary>
    public SummaryRow Row(string unitId) =>
        Rows.FirstOrDefault(r => !r.IsOwn && r.Unit!.Id == unitId) ?? throw new KeyNotFoundException($"No unit '{unitId}' in the summary.");

    /// <summary>
    /// The unit tree the summary covers, rebuilt from its rows (built anew on each call): sheets name units through it
    /// (<see cref="UnitTree.LabelOf"/>) as messages do.
    /// </summary>
    public UnitTree Tree() => UnitTree.Create(Rows.Where(r => !r.IsOwn && r.Unit is not null).Select(r => r.Unit!));

    /// <summary>The own-activity row of unit <paramref name="unitId"/>, or null when it has none (it does not both report and consolidate).</summary>
    public SummaryRow? OwnRow(string unitId) => Rows.FirstOrDefault(r => r.IsOwn && r.Unit!.Id == unitId);

    /// <summary>The value in column <paramref name="columnKey"/> of unit <paramref name="unitId"/>'s row (null: the total row).</summary>
    public decimal? Value(string? unitId, string columnKey)
    {
        var column = Columns.Select((c, i) => (c, i)).FirstOrDefault(p => p.c.Key == columnKey);
        if (column.c is null)
            throw new KeyNotFoundException($"Report '{Report.Id}' has no column '{columnKey}'.");
        return (unitId is null ? Total : Row(unitId)).Values[column.i];
    }

    /// <summary>
    /// The consolidated row of <paramref name="unitId"/> as a submission of that unit, so an office passes its
    /// consolidated result to the level above (the relay): the entered columns' rolled-up values (totals and ratios are
    /// recomputed above), each narrative gathered from the subtree's units, one <c>Unit: text</c> line each (the unit's
    /// own text alone when only it wrote one), every list row of the subtree with the unit that reported it
    /// (<see cref="ListRow.ReportedBy"/>), and <see cref="Submission.Relay"/>: what this summary counted of the
    /// reports in the unit's subtree.
    /// </summary>
    public Submission ToSubmission(string unitId, DateOnly? submittedOn)
    {
        var row = Row(unitId);
        var subtree = new HashSet<string>(SubtreeIds(unitId), StringComparer.Ordinal);
        var scope = Statuses.Where(s => subtree.Contains(s.Unit.Id)).ToArray();
        var submission = new Submission(Plan.Id, Report.Id, unitId, Period.Key)
        {
            SubmittedOn = submittedOn,
            Source = "Tổng hợp " + row.Label,
            Relay = new RelayCompleteness(AsOf, Completeness.Rate(ReportingRate.AllScope, row.Label, scope),
                Completeness.ByLevel(Plan, scope).ToEquatableArray()),
        };
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].IsEntered && row.Values[i] is { } value)
                submission = submission.WithValue(Columns[i].ValueKey, value);
        }

        // A yes_no value above is a count of Có: the level above needs how many answered too, to show x/y.
        foreach (var answered in row.YesNoAnswered ?? new Dictionary<string, int>())
            submission = submission.WithValue(YesNoCounts.Answered(answered.Key), answered.Value);

        // One look-up of row labels, not a scan of the rows per narrative (a summary of thousands of units relays them all).
        var labels = Rows.Where(r => !r.IsOwn && subtree.Contains(r.Unit!.Id)).ToDictionary(r => r.Unit!.Id, r => r.Label, StringComparer.Ordinal);
        // The unit's own text alone, or one "Unit: text" line per unit that wrote one.
        string Gathered(IReadOnlyList<(string UnitId, string Text)> parts) =>
            parts.Count == 1 && parts[0].UnitId == unitId ? parts[0].Text : string.Join("\n", parts.Select(p => labels[p.UnitId] + ": " + p.Text));
        foreach (var group in Narratives.Where(n => subtree.Contains(n.UnitId)).GroupBy(n => n.NarrativeId, StringComparer.Ordinal))
            submission = submission.WithNarrative(group.Key, Gathered(group.Select(n => (n.UnitId, n.Text)).ToArray()));
        foreach (var group in AnswerList.Where(a => subtree.Contains(a.UnitId)).GroupBy(a => a.FieldId, StringComparer.Ordinal))
            submission = submission.WithAnswer(group.Key, Gathered(group.Select(a => (a.UnitId, a.Answer)).ToArray()));

        // The subtree's list rows go up with who reported each (a row relayed from below keeps its first reporter).
        foreach (var list in ListRows.Where(r => subtree.Contains(r.UnitId)).GroupBy(r => r.ListId, StringComparer.Ordinal))
            submission = submission.WithRows(list.Key, list.Select(r => r.Row with { ReportedBy = r.Row.ReportedBy ?? labels[r.UnitId] }));

        return submission;
    }

    /// <summary>A canonical, deterministic text rendering of everything in the summary (for logs, the CLI and snapshot tests).</summary>
    public string ToText() => SummaryText.Render(this);

    private IEnumerable<string> SubtreeIds(string unitId)
    {
        var start = Rows.Select((r, i) => (r, i)).First(p => !p.r.IsOwn && p.r.Unit!.Id == unitId).i;
        yield return unitId;
        for (var i = start + 1; i < Rows.Count && Rows[i].Depth > Rows[start].Depth; i++)
        {
            if (!Rows[i].IsOwn)
                yield return Rows[i].Unit!.Id;
        }
    }
}
