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
/// aside with a warning. A submission from a unit not in the tree is an error and is not counted.</para>
/// <para><b>Duplicates.</b> When a unit submitted more than once, the latest <see cref="Submission.SubmittedOn"/> wins
/// (an undated one counts as the earliest); ties are broken by <see cref="Submission.Source"/> in ordinal order
/// (the greater wins), then by the submission's canonical text, so the result never depends on the order
/// submissions are given in. The others are listed in <see cref="ReportSummary.Replaced"/> and never summed.</para>
/// <para><b>Who owes the report (expected units).</b> Units whose level is one of the report's reporting levels: the
/// levels of the plan's units that list the report, else the plan's bottom level. When no unit of the tree sits at a
/// reporting level (a tree without levels, or a plan without them), the leaves of the tree are expected.</para>
/// <para><b>Roll-up.</b> An expected unit's row is its own kept submission (blank if none). Every other unit's row is the
/// sum of its children's rows, so a parent row is the sum of the reports below it; a parent's own submission is never
/// added on top of its children (no double counting); it is not counted and gets a warning. An expected unit with units
/// below it (an office passing its consolidated file up, see <see cref="ReportSummary.ToSubmission"/>) stands for its
/// subtree. The total row is the sum of the roots' rows. Blank stays blank: a sum over no values is blank, not 0.
/// Ratios are recomputed on every row from that row's rolled-up numerator and denominator, never averaged.</para>
/// <para><b>Invalid values.</b> Values failing a type check are excluded; values breaking a range or rule are counted
/// and flagged (see <see cref="SubmissionValidator"/>). A unit's status does not depend on its problems.</para>
/// <para><b>Timeliness</b> (DHIS2): a report is on time when submitted on or before the deadline of the unit's level
/// (<see cref="ReportingCalendar.DueDate"/>); late by the days after it; missing when nothing was received and the
/// deadline is before <c>asOf</c>; not yet due otherwise. A report with no deadline is never late nor missing.</para>
/// </remarks>
public static class Consolidator
{
    /// <summary>Consolidates <paramref name="submissions"/> of report <paramref name="reportId"/> for period <paramref name="periodKey"/> as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">The plan has no such report, or the key is not one of its periods.</exception>
    public static ReportSummary Summarize(
        PlanSpec plan,
        string reportId,
        string periodKey,
        UnitTree units,
        IEnumerable<Submission> submissions,
        DateOnly asOf)
    {
        var index = new PlanIndex(plan);
        var report = index.Report(reportId);
        var period = ReportingCalendar.PeriodOf(report, periodKey);
        var label = ReportingCalendar.Label(report, period);
        var info = new PeriodInfo(period, label, ReportingCalendar.CutOffWindow(report, period),
            report.Due is null ? null : ReportingCalendar.Resolve(report.Due, report, period),
            ReportingCalendar.Deadlines(report, period));
        var columns = SummaryColumns.For(index, report);
        var expected = ExpectedUnits(index, report, units);
        var context = SubmissionValidator.LowerFirst(label);

        var problems = new List<ValidationProblem>();
        foreach (var unit in units.Units.Where(u => u.LevelId is not null && !plan.Levels.IsEmpty && plan.Levels.All(l => l.Id != u.LevelId)))
            problems.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.UnknownLevel, report.Id, unit.Id, period.Key, null, null, null,
                $"{unit.Name}, {context}: cấp «{unit.LevelId}» không có trong kế hoạch.", null));

        var relevant = submissions
            .Where(s => s.PlanId == plan.Id && s.ReportId == report.Id && s.PeriodKey == period.Key)
            .OrderBy(s => s, SubmissionOrder.Instance)
            .ToArray();

        var kept = new Dictionary<string, CheckedSubmission>(StringComparer.Ordinal);
        var replaced = new List<ReplacedSubmission>();
        var unitProblems = units.Units.ToDictionary(u => u.Id, _ => new List<ValidationProblem>(), StringComparer.Ordinal);
        var unknown = new List<ValidationProblem>();
        var replacedCount = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var group in relevant.GroupBy(s => s.UnitId, StringComparer.Ordinal))
        {
            var unit = units.Find(group.Key);
            if (unit is null)
            {
                unknown.AddRange(group.Select(s => new ValidationProblem(ProblemSeverity.Error, ProblemCodes.UnknownUnit, report.Id, s.UnitId, period.Key,
                    null, null, null, $"{s.UnitId}, {context}: đơn vị «{s.UnitId}» không có trong danh sách đơn vị; báo cáo không được tính.", s.Source)));
                continue;
            }

            var list = unitProblems[unit.Id];
            var arrived = new List<Submission>();
            foreach (var submission in group)
            {
                if (submission.SubmittedOn is { } on && on > asOf)
                    list.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.SubmittedAfterAsOf, report.Id, unit.Id, period.Key, null, null, null,
                        $"{unit.Name}, {context}: báo cáo ghi ngày nộp {Dates.Vietnamese(on)}, sau ngày tổng hợp {Dates.Vietnamese(asOf)}; chưa được tính.", submission.Source));
                else
                    arrived.Add(submission);
            }

            if (arrived.Count == 0)
                continue;
            var winner = arrived[arrived.Count - 1];
            replaced.AddRange(arrived.Take(arrived.Count - 1).Select(s => new ReplacedSubmission(s, winner)));
            replacedCount[unit.Id] = arrived.Count - 1;
            var check = SubmissionValidator.Check(index, report, period, winner, unit.Name);
            if (winner.SubmittedOn is null)
                list.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.NoSubmissionDate, report.Id, unit.Id, period.Key, null, null, null,
                    $"{unit.Name}, {context}: báo cáo không ghi ngày nộp; được tính là đã nhận nhưng không đúng hạn.", winner.Source));
            if (!expected.Contains(unit.Id))
                list.Add(new ValidationProblem(ProblemSeverity.Warning, ProblemCodes.UnitNotExpected, report.Id, unit.Id, period.Key, null, null, null,
                    $"{unit.Name}, {context}: đơn vị không thuộc diện phải nộp «{report.Title}» (số liệu được cộng từ các đơn vị cấp dưới); số liệu của báo cáo này không được tính.", winner.Source));
            list.AddRange(check.Problems);
            kept[unit.Id] = check;
        }

        // Order replaced duplicates by tree order (then by their canonical order, as grouped above).
        replaced.Sort((a, b) => units.OrderOf(a.Kept.UnitId).CompareTo(units.OrderOf(b.Kept.UnitId)) is var c && c != 0
            ? c
            : SubmissionOrder.Instance.Compare(a.Replaced, b.Replaced));

        var statuses = units.Units.Where(u => expected.Contains(u.Id))
            .Select(u => StatusOf(index, report, period, u, kept.TryGetValue(u.Id, out var k) ? k : null, asOf))
            .ToArray();
        var statusById = statuses.ToDictionary(s => s.Unit.Id, StringComparer.Ordinal);

        // Roll up: post-order over the tree (reverse tree order visits children before parents).
        var sums = new Dictionary<string, SortedDictionary<ValueKey, decimal>>(StringComparer.Ordinal);
        for (var i = units.Units.Count - 1; i >= 0; i--)
        {
            var unit = units.Units[i];
            sums[unit.Id] = expected.Contains(unit.Id)
                ? new SortedDictionary<ValueKey, decimal>(kept.TryGetValue(unit.Id, out var own) ? own.Accepted.ToDictionary(p => p.Key, p => p.Value) : new Dictionary<ValueKey, decimal>())
                : Add(units.ChildrenOf(unit.Id).Select(c => sums[c.Id]));
        }

        var totalSums = Add(units.Roots.Select(r => sums[r.Id]));
        var rows = units.Units.Select(u => new SummaryRow(u, units.DepthOf(u.Id), RowValues(index, columns, sums[u.Id]),
                NotesOf(units, u, statusById, expected, kept, replacedCount)))
            .ToArray();
        var total = new SummaryRow(null, 0, RowValues(index, columns, totalSums), ReceivedNote(statuses));

        var coverage = new List<UnitCoverage>();
        var byContents = index.IndicatorsOf(report).Where(i => i.By == Disaggregation.Contents && i.Type != IndicatorType.Ratio).ToArray();
        foreach (var (unitId, values) in units.Units.Select(u => ((string?)u.Id, sums[u.Id])).Append((null, totalSums)))
        {
            foreach (var indicator in byContents)
            {
                var items = index.ContentLeaves.Select(c => c.Id!)
                    .Where(item => values.TryGetValue(new ValueKey(indicator.Id, item), out var v) && v > 0);
                coverage.Add(new UnitCoverage(unitId, indicator.Id, items.ToEquatableArray()));
            }
        }

        var narrativeSpecs = index.NarrativesOf(report);
        var narratives = units.Units
            .Where(u => expected.Contains(u.Id) && kept.ContainsKey(u.Id))
            .SelectMany(u => narrativeSpecs
                .Where(n => kept[u.Id].Narratives.ContainsKey(n.Id))
                .Select(n => new UnitNarrative(u.Id, n.Id, n.Label, kept[u.Id].Narratives[n.Id])))
            .ToArray();

        problems.AddRange(units.Units.SelectMany(u => unitProblems[u.Id]));
        problems.AddRange(unknown.OrderBy(p => p.UnitId, StringComparer.Ordinal));

        return new ReportSummary(plan, report, info, asOf, columns, rows, total, statuses,
            RatesOf(index, units, statuses), coverage, narratives, replaced, problems);
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

    private static UnitStatus StatusOf(PlanIndex plan, ReportSpec report, ReportingPeriod period, Unit unit, CheckedSubmission? kept, DateOnly asOf)
    {
        var due = ReportingCalendar.DueDate(report, period, unit.LevelId);
        var levelName = plan.LevelName(unit.LevelId);
        if (kept is null)
        {
            var overdue = due is { } d && asOf > d;
            return new UnitStatus(unit, levelName, overdue ? SubmissionState.Missing : SubmissionState.NotYetDue, due, null,
                overdue ? asOf.DayNumber - due!.Value.DayNumber : null, null, 0, 0);
        }

        var submission = kept.Submission;
        var errors = kept.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = kept.Problems.Count - errors;
        var (state, late) = submission.SubmittedOn switch
        {
            null => (SubmissionState.ReceivedUndated, (int?)null),
            { } on when due is { } d && on > d => (SubmissionState.Late, on.DayNumber - d.DayNumber),
            _ => (SubmissionState.OnTime, null),
        };
        return new UnitStatus(unit, levelName, state, due, submission.SubmittedOn, late, submission.Source, errors, warnings);
    }

    private static SortedDictionary<ValueKey, decimal> Add(IEnumerable<SortedDictionary<ValueKey, decimal>> parts)
    {
        var sum = new SortedDictionary<ValueKey, decimal>();
        foreach (var part in parts)
        {
            foreach (var pair in part)
                sum[pair.Key] = sum.TryGetValue(pair.Key, out var value) ? value + pair.Value : pair.Value;
        }

        return sum;
    }

    private static decimal?[] RowValues(PlanIndex plan, IReadOnlyList<SummaryColumn> columns, SortedDictionary<ValueKey, decimal> sums)
    {
        decimal? Total(string id) => SubmissionValidator.TotalOf(plan, sums, id);
        var valueOf = Expressions.WithRatios(plan, Total);
        return columns.Select(column => column.Role switch
        {
            ColumnRole.Entered => sums.TryGetValue(column.ValueKey, out var v) ? v : (decimal?)null,
            ColumnRole.Total => Total(column.IndicatorId),
            _ => valueOf(column.IndicatorId),
        }).ToArray();
    }

    private static string NotesOf(UnitTree units, Unit unit, Dictionary<string, UnitStatus> statuses, HashSet<string> expected,
        Dictionary<string, CheckedSubmission> kept, Dictionary<string, int> replaced)
    {
        var notes = new List<string>();
        if (statuses.TryGetValue(unit.Id, out var status))
        {
            notes.Add(status.State switch
            {
                SubmissionState.Late => $"Nộp muộn {status.DaysLate} ngày",
                SubmissionState.ReceivedUndated => "Không rõ ngày nộp",
                SubmissionState.Missing => $"Chưa báo cáo (quá hạn {status.DaysLate} ngày)",
                SubmissionState.NotYetDue => "Chưa báo cáo",
                _ => "",
            });
            if (status.Errors > 0)
                notes.Add($"{status.Errors} lỗi số liệu");
        }
        else
        {
            var below = units.SubtreeOf(unit.Id).Where(u => statuses.ContainsKey(u.Id)).Select(u => statuses[u.Id]).ToArray();
            if (below.Length > 0)
                notes.Add(ReceivedNote(below));
            if (kept.ContainsKey(unit.Id) && !expected.Contains(unit.Id))
                notes.Add("Báo cáo riêng không được cộng");
        }

        if (replaced.TryGetValue(unit.Id, out var count) && count > 0)
            notes.Add($"Nộp lại, {count} bản trước không tính");
        return string.Join("; ", notes.Where(n => n.Length > 0));
    }

    private static string ReceivedNote(IReadOnlyCollection<UnitStatus> statuses) =>
        statuses.Count == 0 ? "" : $"Đã nhận {statuses.Count(s => s.IsReceived)}/{statuses.Count} báo cáo";

    private static ReportingRates RatesOf(PlanIndex plan, UnitTree units, IReadOnlyList<UnitStatus> statuses)
    {
        static ReportingRate Rate(string id, string name, IEnumerable<UnitStatus> scope)
        {
            var list = scope.ToArray();
            return new ReportingRate(id, name, list.Length, list.Count(s => s.IsReceived), list.Count(s => s.IsOnTime),
                list.Count(s => s.State == SubmissionState.Missing), list.Count(s => s.State == SubmissionState.NotYetDue));
        }

        var overall = Rate(ReportingRate.AllScope, SummaryRow.TotalLabel, statuses);
        var levelOrder = plan.Plan.Levels.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var byLevel = statuses
            .Where(s => s.Unit.LevelId is not null)
            .GroupBy(s => s.Unit.LevelId!, StringComparer.Ordinal)
            .OrderBy(g => levelOrder.TryGetValue(g.Key, out var i) ? i : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Rate(g.Key, plan.LevelName(g.Key) ?? g.Key, g))
            .ToArray();
        var byId = statuses.ToDictionary(s => s.Unit.Id, StringComparer.Ordinal);
        var byUnit = units.Units
            .Select(u => (u, scope: units.SubtreeOf(u.Id).Where(d => byId.ContainsKey(d.Id)).Select(d => byId[d.Id]).ToArray()))
            .Where(p => p.scope.Length > 0)
            .Select(p => Rate(p.u.Id, p.u.Name, p.scope))
            .ToArray();
        return new ReportingRates(overall, byLevel, byUnit);
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
