using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportKit.Cli;

/// <summary>
/// What <c>summarize</c> tells the clerk on the console about how the received reports were counted, beyond what the
/// import found in each file: reports dated after <c>--as-of</c> (set aside), duplicates (which file was used and which
/// not), undated reports, reports from units that do not owe the report, and any other warning of the summary. One line
/// each, with the reason, the unit and the file; in a fixed order (by kind, then as the summary lists them: tree order),
/// never the same line twice.
/// </summary>
internal static class SummaryNotices
{
    /// <param name="summary">The consolidated summary.</param>
    /// <param name="received">The submissions given to the consolidator (their <see cref="Submission.Source"/> is the file name).</param>
    /// <param name="units">The unit tree (names units in messages, <see cref="UnitTree.LabelOf"/>).</param>
    /// <param name="undatedTold">Files the import already reported as undated (at their date cell): not told again.</param>
    public static IReadOnlyList<string> Lines(ReportSummary summary, IEnumerable<Submission> received, UnitTree units, IReadOnlySet<string> undatedTold)
    {
        var bySource = new Dictionary<string, Submission>(StringComparer.Ordinal);
        foreach (var submission in received)
        {
            if (submission.Source is { } source)
                bySource.TryAdd(source, submission);
        }

        string Label(string unitId) => units.LabelOrId(unitId);
        string File(ValidationProblem p) => p.Source ?? "—";
        string Dated(Submission s) => s.SubmittedOn is { } on ? Say.T("ngày ", "dated ") + Dates.Vietnamese(on) : Say.T("không ghi ngày", "undated");

        var lines = new List<string>();
        var warnings = summary.Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();

        foreach (var problem in warnings.Where(p => p.RuleId == ProblemCodes.SubmittedAfterAsOf))
        {
            var dated = problem.Source is { } source && bySource.TryGetValue(source, out var s) && s.SubmittedOn is { } on
                ? Say.T($"ghi ngày {Dates.Vietnamese(on)}, sau ngày tổng hợp {Dates.Vietnamese(summary.AsOf)}", $"dated {Dates.Vietnamese(on)}, after the as-of date {Dates.Vietnamese(summary.AsOf)}")
                : Say.T($"ghi ngày sau ngày tổng hợp {Dates.Vietnamese(summary.AsOf)}", $"dated after the as-of date {Dates.Vietnamese(summary.AsOf)}");
            lines.Add(Say.T($"báo cáo {dated}, chưa được tính: ", $"report {dated}, not counted: ") + $"{Label(problem.UnitId)} — {File(problem)}");
        }

        foreach (var group in summary.Replaced.GroupBy(r => r.Kept, ReferenceEqualityComparer.Instance))
        {
            var kept = (Submission)group.Key!;
            var why = group.Any(r => r.Replaced.SubmittedOn == kept.SubmittedOn)
                ? Say.T("cùng ngày báo cáo nên dùng tệp có tên xếp sau", "same date: the later file name is used")
                : Say.T("biểu ghi ngày báo cáo muộn nhất được dùng", "the latest report is used");
            lines.Add(Say.T("biểu gửi nhiều lần, chỉ tính một: ", "sent more than once, counted once: ") + $"{Label(kept.UnitId)} — " +
                      Say.T("dùng ", "using ") + $"{kept.Source ?? "—"} ({Dated(kept)}), " + Say.T("không tính ", "not counting ") +
                      string.Join(", ", group.Select(r => $"{r.Replaced.Source ?? "—"} ({Dated(r.Replaced)})")) + "; " + why);
        }

        foreach (var problem in warnings.Where(p => p.RuleId == ProblemCodes.NoSubmissionDate && !(p.Source is { } f && undatedTold.Contains(f))))
            lines.Add(Say.T("báo cáo không ghi ngày nộp: tính là đã nhận nhưng không đúng hạn: ", "undated report: received, never on time: ") + $"{Label(problem.UnitId)} — {File(problem)}");

        foreach (var problem in warnings.Where(p => p.RuleId == ProblemCodes.UnitNotExpected))
            lines.Add(Say.T("đơn vị không thuộc diện phải nộp báo cáo này, số liệu không được tính: ", "the unit does not owe this report, not counted: ") +
                      $"{Label(problem.UnitId)} — {File(problem)}");

        // A same-date tie is told by the duplicate line above.
        var told = new HashSet<string>(StringComparer.Ordinal)
        {
            ProblemCodes.SubmittedAfterAsOf, ProblemCodes.NoSubmissionDate, ProblemCodes.UnitNotExpected, ProblemCodes.SameDateDuplicate,
        };
        foreach (var problem in warnings.Where(p => !told.Contains(p.RuleId)))
            lines.Add($"{(problem.Source is null ? "" : problem.Source + ": ")}{problem.Message} ({problem.RuleId})");

        return lines.Distinct(StringComparer.Ordinal).ToList();
    }
}
