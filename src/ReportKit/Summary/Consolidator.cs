using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>
/// Consolidates the submissions of one report for one period over a unit tree: the entry point the Excel layer,
/// the command line and the generated code call.
/// </summary>
/// <remarks>
/// <para><b>Which submissions.</b> Only submissions of this plan, report and period key are read; others are ignored
/// (they belong to other summaries). A submission dated after <c>asOf</c> had not arrived as of that date: it is set
/// aside with a warning. One dated before the period starts is counted with a warning (the date is likely a typing
/// slip). A submission from a unit not in the tree is an error and is not counted.</para>
/// <para><b>Duplicates.</b> A unit's own reports and its relayed summaries (<see cref="Submission.IsRelay"/>) are
/// chosen apart. Of several of one kind, the latest <see cref="Submission.SubmittedOn"/> wins (an undated one counts as
/// the earliest); ties are broken by <see cref="Submission.Source"/> in ordinal order (the greater wins: for files, the
/// name that sorts last), then by the canonical text, so the result never depends on the order submissions are given
/// in; a tie on the date is a warning naming both files and the one used. The others are listed in
/// <see cref="ReportSummary.Replaced"/> and never summed.</para>
/// <para><b>Who owes the report (expected units).</b> Units whose level is one of the report's reporting levels: the
/// levels of the plan's units that list the report, else the plan's bottom level. When no unit of the tree sits at a
/// reporting level (a tree without levels, or a plan without them), the leaves of the tree are expected.</para>
/// <para><b>Roll-up, always from the tree.</b> A unit's row is the sum of its children's rows plus, when it is expected,
/// its own report. An expected unit with units below it (it both reports and consolidates) gets an own-activity row
/// (<see cref="SummaryRow.IsOwn"/>) first among its children, so its own figures stay apart from what it consolidates;
/// a missing own report never hides its subtree. A unit that is not expected and sends its own report gets a warning
/// and that report is not counted (its row is the sum below it: no double counting). The total row is the sum of the
/// roots' rows. Blank stays blank: a sum over no values is blank, not 0. Ratios are recomputed on every row from that
/// row's rolled-up numerator and denominator, never averaged.</para>
/// <para><b>The relay.</b> A relayed summary of a unit (its level's consolidated result, <see cref="ReportSummary.ToSubmission"/>)
/// stands for that unit's whole subtree: its row is the relayed figures, and what was sent directly from inside that
/// subtree (a relay of a unit below, a unit's own report) is already in it, so it is set aside with a warning. The
/// relayed unit has a status of its own (its file on time or late against its level's deadline) and counts, in every
/// reporting rate, what its level counted below it. When a consolidating unit sends nothing, the reports of the units
/// below it still roll up.</para>
/// <para><b>Invalid values.</b> Values failing a type check are excluded; values breaking a range or rule are counted
/// and flagged (see <see cref="SubmissionValidator"/>). A unit's status does not depend on its problems.</para>
/// <para><b>Timeliness</b> (DHIS2): a report is on time when submitted on or before the deadline of the unit's level
/// (<see cref="ReportingCalendar.DueDate"/>); late by the days after it; missing when nothing was received and the
/// deadline is before <c>asOf</c>; not yet due otherwise. A report with no deadline is received or not: never on time,
/// late nor missing, and its on-time counts are null.</para>
/// <para><b>Rejected files</b> (from the importer) are listed on the statuses of the units they claim to come from, so a
/// unit that sent a file that could not be read is not shown as one that sent nothing.</para>
/// </remarks>
public static partial class Consolidator
{
    /// <summary>Consolidates <paramref name="submissions"/> of report <paramref name="reportId"/> for period <paramref name="periodKey"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reportId">The report.</param>
    /// <param name="periodKey">The period key.</param>
    /// <param name="units">The unit tree.</param>
    /// <param name="submissions">Own reports and relayed summaries, in any order.</param>
    /// <param name="asOf">The date statuses are computed for.</param>
    /// <param name="rejected">Files that were sent but could not be read (from the importer); none if null.</param>
    /// <exception cref="ArgumentException">The plan has no such report, or the key is not one of its periods.</exception>
    public static ReportSummary Summarize(
        PlanSpec plan,
        string reportId,
        string periodKey,
        UnitTree units,
        IEnumerable<Submission> submissions,
        DateOnly asOf,
        IEnumerable<RejectedFile>? rejected = null)
    {
        var index = new PlanIndex(plan);
        var report = index.Report(reportId);
        var period = ReportingCalendar.PeriodOf(report, periodKey);
        var label = ReportingCalendar.Label(report, period);
        var cutOff = ReportingCalendar.CutOffWindow(report, period);
        var info = new PeriodInfo(period, label, cutOff,
            report.Due is null ? null : ReportingCalendar.Resolve(report.Due, report, period),
            ReportingCalendar.Deadlines(report, period));
        var columns = SummaryColumns.For(index, report);
        var asked = index.IndicatorsOf(report);
        var expected = ExpectedUnits(index, report, units);
        var context = SubmissionValidator.LowerFirst(label);
        var starts = new[] { period.CalendarWindow?.From, cutOff?.From }.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty().Min();
        var rejectedFiles = (rejected ?? Array.Empty<RejectedFile>()).ToArray();

        var problems = new List<ValidationProblem>();
        foreach (var unit in units.Units.Where(u => u.LevelId is not null && !plan.Levels.IsEmpty && plan.Levels.All(l => l.Id != u.LevelId)))
            problems.Add(ValidationProblems.UnknownLevel.Create(Site(unit.Id, units.LabelOf(unit.Id), null), unit.LevelId!));

        var relevant = submissions
            .Where(s => s.PlanId == plan.Id && s.ReportId == report.Id && s.PeriodKey == period.Key)
            .OrderBy(s => s, SubmissionOrder.Instance)
            .ToArray();

        var own = new Dictionary<string, CheckedSubmission>(StringComparer.Ordinal);
        var relays = new Dictionary<string, CheckedSubmission>(StringComparer.Ordinal);
        var notOwed = new HashSet<string>(StringComparer.Ordinal);
        var replaced = new List<ReplacedSubmission>();
        var unitProblems = units.Units.ToDictionary(u => u.Id, _ => new List<ValidationProblem>(), StringComparer.Ordinal);
        var unknown = new List<ValidationProblem>();
        var replacedCount = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var group in relevant.GroupBy(s => s.UnitId, StringComparer.Ordinal))
        {
            var unit = units.Find(group.Key);
            if (unit is null)
            {
                unknown.AddRange(group.Select(s => ValidationProblems.UnknownUnit.Create(Site(s.UnitId, s.UnitId, s.Source), s.UnitId, "; báo cáo không được tính")));
                continue;
            }

            var name = units.LabelOf(unit.Id);
            var list = unitProblems[unit.Id];
            var site = Site(unit.Id, name, null);
            foreach (var kind in group.GroupBy(s => s.IsRelay))
            {
                var arrived = new List<Submission>();
                foreach (var submission in kind)
                {
                    if (submission.SubmittedOn is { } on && on > asOf)
                        list.Add(ValidationProblems.SubmittedAfterAsOf.Create(site.From(submission.Source), Dates.Vietnamese(on), Dates.Vietnamese(asOf)));
                    else
                        arrived.Add(submission);
                }

                if (arrived.Count == 0)
                    continue;
                var winner = arrived[arrived.Count - 1];
                replaced.AddRange(arrived.Take(arrived.Count - 1).Select(s => new ReplacedSubmission(s, winner)));
                replacedCount[unit.Id] = replacedCount.TryGetValue(unit.Id, out var n) ? n + arrived.Count - 1 : arrived.Count - 1;
                if (arrived.Count > 1 && arrived[arrived.Count - 2].SubmittedOn == winner.SubmittedOn)
                {
                    var tied = arrived.Where(s => s.SubmittedOn == winner.SubmittedOn).Select(s => "«" + (s.Source ?? "?") + "»");
                    list.Add(ValidationProblems.SameDateDuplicate.Create(site.From(winner.Source), arrived.Count(s => s.SubmittedOn == winner.SubmittedOn),
                        winner.SubmittedOn is { } d ? Dates.Vietnamese(d) : "(không ghi ngày)", string.Join(", ", tied), winner.Source ?? "?"));
                }

                if (winner.SubmittedOn is null)
                    list.Add(ValidationProblems.NoSubmissionDate.Create(site.From(winner.Source)));
                else if (starts != default && winner.SubmittedOn < starts)
                    list.Add(ValidationProblems.SubmittedBeforePeriod.Create(site.From(winner.Source), Dates.Vietnamese(winner.SubmittedOn.Value), Dates.Vietnamese(starts)));
                var check = SubmissionValidator.Check(index, report, period, winner, name, kind.Key ? null : unit.LevelId);
                list.AddRange(check.Problems);
                (kind.Key ? relays : own)[unit.Id] = check;
            }
        }

        // The relay nearest the root covers its subtree: what was sent from inside it is already in its figures.
        var coveredBy = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var unit in units.Units)
        {
            if (units.ParentOf(unit.Id) is { } parent)
            {
                if (coveredBy.TryGetValue(parent.Id, out var coverer))
                    coveredBy[unit.Id] = coverer;
                else if (relays.ContainsKey(parent.Id))
                    coveredBy[unit.Id] = parent;
            }
        }

        foreach (var unit in units.Units)
        {
            var list = unitProblems[unit.Id];
            var site = Site(unit.Id, units.LabelOf(unit.Id), null);
            if (coveredBy.TryGetValue(unit.Id, out var coverer))
            {
                foreach (var sent in new[] { own, relays }.Where(d => d.ContainsKey(unit.Id)).Select(d => d[unit.Id].Submission))
                    list.Add(ValidationProblems.InRelay.Create(site.From(sent.Source), "số liệu", "của " + units.LabelOf(coverer.Id), "báo cáo này "));
                own.Remove(unit.Id);
                relays.Remove(unit.Id);
            }
            else if (relays.ContainsKey(unit.Id) && own.TryGetValue(unit.Id, out var ownToo))
            {
                list.Add(ValidationProblems.InRelay.Create(site.From(ownToo.Submission.Source), "báo cáo riêng của đơn vị", "đơn vị gửi lên", ""));
                own.Remove(unit.Id);
            }
            else if (own.TryGetValue(unit.Id, out var notExpected) && !expected.Contains(unit.Id))
            {
                list.Add(ValidationProblems.UnitNotExpected.Create(site.From(notExpected.Submission.Source), report.Title));
                own.Remove(unit.Id);
                notOwed.Add(unit.Id);
            }
        }

        // Replaced duplicates in tree order (then in their canonical order, as grouped above).
        replaced.Sort((a, b) => units.OrderOf(a.Kept.UnitId).CompareTo(units.OrderOf(b.Kept.UnitId)) is var c && c != 0
            ? c
            : SubmissionOrder.Instance.Compare(a.Replaced, b.Replaced));

        var rejectedBy = rejectedFiles.Where(r => r.UnitId is not null && units.Contains(r.UnitId))
            .GroupBy(r => r.UnitId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RejectedFile>)g.ToArray(), StringComparer.Ordinal);
        IReadOnlyList<RejectedFile>? RejectedOf(string id) => rejectedBy.TryGetValue(id, out var files) ? files : null;
        var statuses = units.Units
            .Where(u => !coveredBy.ContainsKey(u.Id) && (relays.ContainsKey(u.Id) || expected.Contains(u.Id)))
            .Select(u => relays.TryGetValue(u.Id, out var relay)
                ? StatusOf(index, report, period, u, relay, asOf, RejectedOf(u.Id))
                : StatusOf(index, report, period, u, own.TryGetValue(u.Id, out var k) ? k : null, asOf, RejectedOf(u.Id)))
            .ToArray();
        var statusById = statuses.ToDictionary(s => s.Unit.Id, StringComparer.Ordinal);

        // Roll up: post-order over the tree (reverse tree order visits children before parents). The sums are only looked
        // up, never iterated in order nor changed once made: a row of one part shares that part's sums (a leaf's own
        // report, a unit with one child), so 10,000 leaves keep one dictionary each, not three (docs/benchmarks.md).
        var sums = new Dictionary<string, Dictionary<ValueKey, decimal>>(StringComparer.Ordinal);
        var ownSums = new Dictionary<string, Dictionary<ValueKey, decimal>>(StringComparer.Ordinal);
        for (var i = units.Units.Count - 1; i >= 0; i--)
        {
            var unit = units.Units[i];
            if (coveredBy.ContainsKey(unit.Id))
            {
                sums[unit.Id] = new Dictionary<ValueKey, decimal>();
                continue;
            }

            if (relays.TryGetValue(unit.Id, out var relay))
            {
                sums[unit.Id] = relay.Accepted.ToDictionary(p => p.Key, p => p.Value);
                continue;
            }

            var parts = units.ChildrenOf(unit.Id).Select(c => sums[c.Id]).ToList();
            if (expected.Contains(unit.Id))
            {
                var mine = own.TryGetValue(unit.Id, out var k) ? YesNoCounts.WithOwnAnswers(asked, k.Accepted) : new Dictionary<ValueKey, decimal>();
                ownSums[unit.Id] = mine;
                parts.Add(mine);
            }

            sums[unit.Id] = Add(parts);
        }

        var totalSums = Add(units.Roots.Select(r => sums[r.Id]));
        var rows = new List<SummaryRow>(units.Units.Count);
        foreach (var unit in units.Units)
        {
            var depth = units.DepthOf(unit.Id);
            var split = ownSums.ContainsKey(unit.Id) && !units.IsLeaf(unit.Id);
            rows.Add(new SummaryRow(unit, depth, RowValues(index, columns, sums[unit.Id]),
                NotesOf(index, units, unit, split, statusById, coveredBy, replacedCount, RejectedOf(unit.Id), notOwed.Contains(unit.Id)), YesNoAnswered: YesNoCounts.Of(asked, sums[unit.Id])));
            if (split)
                rows.Add(new SummaryRow(unit, depth + 1, RowValues(index, columns, ownSums[unit.Id]), StatusNote(statusById[unit.Id]), IsOwn: true,
                    YesNoAnswered: YesNoCounts.Of(asked, ownSums[unit.Id])));
        }

        var total = new SummaryRow(null, 0, RowValues(index, columns, totalSums), ReceivedNote(Completeness.Rate(ReportingRate.AllScope, SummaryRow.TotalLabel, statuses)),
            YesNoAnswered: YesNoCounts.Of(asked, totalSums));

        var coverage = new List<UnitCoverage>();
        var byContents = index.IndicatorsOf(report).Where(i => i.By == Disaggregation.Contents && i.Type != IndicatorType.Ratio).ToArray();
        foreach (var (unitId, values) in units.Units.Select(u => ((string?)u.Id, sums[u.Id])).Append((null, totalSums)))
        {
            foreach (var indicator in byContents)
            {
                var items = index.ContentLeafIds
                    .Where(item => values.TryGetValue(new ValueKey(indicator.Id, item), out var v) && v > 0);
                coverage.Add(new UnitCoverage(unitId, indicator.Id, items.ToEquatableArray()));
            }
        }

        var narrativeSpecs = index.NarrativesOf(report);
        var kept = units.Units
            .Select(u => relays.TryGetValue(u.Id, out var r) ? r : own.TryGetValue(u.Id, out var o) ? o : null)
            .Where(c => c is not null)
            .ToArray();
        var narratives = kept
            .SelectMany(c => narrativeSpecs
                .Where(n => c!.Narratives.ContainsKey(n.Id))
                .Select(n => new UnitNarrative(c!.Submission.UnitId, n.Id, n.Label, c.Narratives[n.Id])))
            .ToArray();

        var answerFields = index.Plan.AnswersOf(report);
        var answers = kept
            .SelectMany(c => answerFields
                .Where(f => c!.Answers.ContainsKey(f.Id))
                .Select(f => new UnitAnswer(c!.Submission.UnitId, f.Id, f.Label, c.Answers[f.Id])))
            .ToArray();

        problems.AddRange(units.Units.SelectMany(u => unitProblems[u.Id]));
        problems.AddRange(unknown.OrderBy(p => p.UnitId, StringComparer.Ordinal));

        return new ReportSummary(plan, report, info, asOf, columns, rows, total, statuses,
            RatesOf(index, units, statuses), coverage, narratives, replaced, problems, rejectedFiles, answers)
        {
            ListRows = ListSummary.Gather(index, report, units, id => relays.TryGetValue(id, out var r) ? r : own.TryGetValue(id, out var o) ? o : null),
        };

        ProblemSite Site(string unitId, string unitName, string? source) => new(report.Id, unitId, period.Key, unitName + ", " + context + ": ", source);
    }

    /// <summary>
    /// The ids of the units in <paramref name="units"/> that owe report <paramref name="reportId"/> (see the remarks on
    /// <see cref="Consolidator"/>), in tree order.
    /// </summary>
    public static IReadOnlyList<string> ExpectedUnitIds(PlanSpec plan, string reportId, UnitTree units)
    {
        var index = new PlanIndex(plan);
        var expected = ExpectedUnits(index, index.Report(reportId), units);
        return units.Units.Where(u => expected.Contains(u.Id)).Select(u => u.Id).ToArray();
    }

    private static HashSet<string> ExpectedUnits(PlanIndex plan, ReportSpec report, UnitTree units)
    {
        var levels = new HashSet<string>(plan.ReportingLevels(report), StringComparer.Ordinal);
        var atLevel = units.Units.Where(u => u.LevelId is not null && levels.Contains(u.LevelId)).Select(u => u.Id).ToArray();
        return new HashSet<string>(
            atLevel.Length > 0 ? atLevel : units.Units.Where(u => units.IsLeaf(u.Id)).Select(u => u.Id),
            StringComparer.Ordinal);
    }

    private static UnitStatus StatusOf(PlanIndex plan, ReportSpec report, ReportingPeriod period, Unit unit, CheckedSubmission? kept, DateOnly asOf,
        IReadOnlyList<RejectedFile>? rejected)
    {
        var due = ReportingCalendar.DueDate(report, period, unit.LevelId);
        var levelName = plan.LevelName(unit.LevelId);
        if (kept is null)
        {
            var overdue = due is { } d && asOf > d;
            return new UnitStatus(unit, levelName, overdue ? SubmissionState.Missing : SubmissionState.NotYetDue, due, null,
                overdue ? asOf.DayNumber - due!.Value.DayNumber : null, null, 0, 0, null, rejected);
        }

        var submission = kept.Submission;
        var errors = kept.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = kept.Problems.Count - errors;
        var (state, late) = submission.SubmittedOn switch
        {
            _ when due is null => (SubmissionState.Received, (int?)null),
            null => (SubmissionState.ReceivedUndated, null),
            { } on when on > due => (SubmissionState.Late, on.DayNumber - due.Value.DayNumber),
            _ => (SubmissionState.OnTime, null),
        };
        return new UnitStatus(unit, levelName, state, due, submission.SubmittedOn, late, submission.Source, errors, warnings, submission.Relay, rejected);
    }

    /// <summary>The sums of <paramref name="parts"/>, key by key; the part itself when there is one (the sums are never changed).</summary>
    private static Dictionary<ValueKey, decimal> Add(IEnumerable<Dictionary<ValueKey, decimal>> parts)
    {
        var list = parts as IReadOnlyList<Dictionary<ValueKey, decimal>> ?? parts.ToList();
        if (list.Count == 1)
            return list[0];
        var sum = new Dictionary<ValueKey, decimal>();
        foreach (var part in list)
        {
            foreach (var pair in part)
                sum[pair.Key] = sum.TryGetValue(pair.Key, out var value) ? value + pair.Value : pair.Value;
        }

        return sum;
    }

    private static decimal?[] RowValues(PlanIndex plan, IReadOnlyList<SummaryColumn> columns, Dictionary<ValueKey, decimal> sums)
    {
        decimal? Total(string id) => SubmissionValidator.TotalOf(plan, sums, id);
        var valueOf = Expressions.WithRatios(plan, Total);
        return columns.Select(column => column.Role switch
        {
            ColumnRole.Entered => sums.TryGetValue(column.ValueKey, out var v) ? v : (decimal?)null,
            ColumnRole.Total => SubmissionValidator.TotalOf(plan, sums, column.IndicatorId, column.ItemId),
            _ => valueOf(column.IndicatorId),
        }).ToArray();
    }

    private static string NotesOf(PlanIndex plan, UnitTree units, Unit unit, bool split, Dictionary<string, UnitStatus> statuses,
        Dictionary<string, Unit> coveredBy, Dictionary<string, int> replaced, IReadOnlyList<RejectedFile>? rejected, bool notOwed)
    {
        var notes = new List<string>();
        if (coveredBy.TryGetValue(unit.Id, out var coverer))
            notes.Add("Số liệu nằm trong báo cáo tổng hợp của " + units.LabelOf(coverer.Id));
        else if (statuses.TryGetValue(unit.Id, out var status) && !split)
            notes.Add(StatusNote(status));
        else
        {
            var below = units.SubtreeOf(unit.Id).Where(u => statuses.ContainsKey(u.Id)).Select(u => statuses[u.Id]).ToArray();
            if (below.Length > 0)
                notes.Add(ReceivedNote(Completeness.Rate(unit.Id, unit.Name, below)));
            if (rejected is { Count: > 0 } && !statuses.ContainsKey(unit.Id))
                notes.Add("Đã nộp, bị từ chối: " + rejected[0].Reason);
        }

        if (replaced.TryGetValue(unit.Id, out var count) && count > 0)
            notes.Add($"Nộp lại, {count} bản trước không tính");
        // Said on the row, not only among the problems: its figures, its Có, are in no total above it (unit.not_expected).
        if (notOwed)
            notes.Add("Báo cáo của đơn vị không được tính: " + (plan.LevelName(unit.LevelId) is { } level ? "cấp " + level : "đơn vị") +
                      " không thuộc diện phải nộp báo cáo này" + (units.IsLeaf(unit.Id) ? "" : "; số liệu là tổng của cấp dưới"));
        return string.Join("; ", notes.Where(n => n.Length > 0));
    }

    /// <summary>The note of one status: its state, its errors, what a relay carried, a rejected file.</summary>
    private static string StatusNote(UnitStatus status)
    {
        var notes = new List<string>();
        if (status.Relay is { } relay)
            notes.Add("Báo cáo tổng hợp, " + ReceivedNote(relay.Overall).ToLowerInvariant() + " cấp dưới");
        // A unit whose only file was refused did send something: say that, not "not reported".
        notes.Add(status.State switch
        {
            _ when !status.IsReceived && status.RejectedFiles.Count > 0 => "Đã nộp, bị từ chối: " + status.RejectedFiles[0].Reason,
            SubmissionState.Late => $"Nộp muộn {status.DaysLate} ngày",
            SubmissionState.ReceivedUndated => "Không rõ ngày nộp",
            SubmissionState.Missing => $"Chưa báo cáo (quá hạn {status.DaysLate} ngày)",
            SubmissionState.NotYetDue => "Chưa báo cáo",
            _ => "",
        });
        if (status.Errors > 0)
            notes.Add($"{status.Errors} lỗi số liệu");
        return string.Join("; ", notes.Where(n => n.Length > 0));
    }

    private static string ReceivedNote(ReportingRate rate) =>
        rate.Expected == 0 ? "" : $"Đã nhận {rate.Actual}/{rate.Expected} báo cáo";

    private static ReportingRates RatesOf(PlanIndex plan, UnitTree units, IReadOnlyList<UnitStatus> statuses)
    {
        var overall = Completeness.Rate(ReportingRate.AllScope, SummaryRow.TotalLabel, statuses);
        var byId = statuses.ToDictionary(s => s.Unit.Id, StringComparer.Ordinal);
        var byUnit = units.Units
            .Select(u => (u, scope: units.SubtreeOf(u.Id).Where(d => byId.ContainsKey(d.Id)).Select(d => byId[d.Id]).ToArray()))
            .Where(p => p.scope.Length > 0)
            .Select(p => Completeness.Rate(p.u.Id, p.u.Name, p.scope))
            .ToArray();
        return new ReportingRates(overall, Completeness.ByLevel(plan.Plan, statuses), byUnit);
    }

    /// <summary>The canonical order of submissions (earliest first): date (undated first), source, canonical text; all ordinal.</summary>
    private sealed class SubmissionOrder : IComparer<Submission>
    {
        public static readonly SubmissionOrder Instance = new();

        public int Compare(Submission? x, Submission? y)
        {
            if (ReferenceEquals(x, y))
                return 0;
            if (x is null || y is null)
                return x is null ? -1 : 1;
            var byUnit = string.CompareOrdinal(x.UnitId, y.UnitId);
            if (byUnit != 0)
                return byUnit;
            var byDate = Nullable.Compare(x.SubmittedOn, y.SubmittedOn);
            if (byDate != 0)
                return byDate;
            var bySource = string.CompareOrdinal(x.Source, y.Source);
            return bySource != 0 ? bySource : string.CompareOrdinal(x.ToString(), y.ToString());
        }
    }
}
