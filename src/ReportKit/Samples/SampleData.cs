using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit;

/// <summary>A period of the sample data set, with the date to summarize it as of.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="PeriodKey">The period key.</param>
/// <param name="AsOf">A date a week after its last deadline, so that late and missing reports show.</param>
public sealed record SamplePeriod(string ReportId, string PeriodKey, DateOnly AsOf);

/// <summary>A deterministic sample: a unit tree, submissions and the periods they cover.</summary>
/// <param name="Units">The unit tree.</param>
/// <param name="Submissions">All submissions, duplicates included, ordered by report, period, unit and date.</param>
/// <param name="Periods">The periods that have submissions, by report in plan order.</param>
public sealed record SampleDataSet(UnitTree Units, IReadOnlyList<Submission> Submissions, IReadOnlyList<SamplePeriod> Periods);

/// <summary>
/// Realistic, deterministic sample data for a plan (the CLI <c>demo</c>, tests, previews): a unit tree with Vietnamese
/// names following the plan's levels (Đảng ủy xã → Chi bộ Thôn 1, Chi bộ Trường THCS …), and for each report its first
/// periods (up to two) with submissions: most on time, one unit late, one missing. Each unit fills what its level enters:
/// numbers, Có/Không (mostly Có), dates, texts and implementing documents, narratives, and two to four rows of each list
/// (<see cref="SampleEntries"/>). In the first period of the first
/// report with numbers, two submissions with errors (an indicator above the one it may not exceed, a coverage rule
/// not met or a fractional count) and one unit that submitted twice.
/// </summary>
public static class SampleData
{
    private static readonly string[] Communes = { "Tân Lập", "Hòa Bình", "Yên Trạch", "Mai Pha", "Hồng Phong", "Quảng Lạc", "Thụy Hùng", "Gia Cát" };

    private static readonly string[] Districts =
    {
        "huyện Cao Lộc", "huyện Văn Lãng", "huyện Lộc Bình", "huyện Chi Lăng", "huyện Hữu Lũng", "huyện Bắc Sơn",
        "huyện Đình Lập", "huyện Tràng Định", "huyện Bình Gia", "huyện Văn Quan", "thành phố Lạng Sơn",
    };

    private static readonly string[] Results =
    {
        "Chi ủy đã quán triệt đầy đủ nội dung đến toàn thể đảng viên trong buổi sinh hoạt định kỳ.",
        "Đảng viên tham gia đầy đủ, thảo luận sôi nổi, liên hệ thực tiễn ở địa phương.",
        "Đã tổ chức 02 buổi tọa đàm và đăng 05 tin, bài trên trang thông tin của xã.",
        "Nội dung được lồng ghép vào sinh hoạt chi bộ hằng tháng và các buổi họp thôn.",
    };

    private static readonly string[] Limitations =
    {
        "Một số đảng viên cao tuổi không tham gia được do sức khỏe.",
        "Việc tuyên truyền trên mạng xã hội còn hạn chế do thiếu người phụ trách.",
        "Kinh phí cho hoạt động tuyên truyền còn ít.",
    };

    private static readonly string[] Proposals =
    {
        "Đề nghị tập huấn cho báo cáo viên cơ sở.",
        "Đề nghị cấp thêm tài liệu bản in.",
        "Không có kiến nghị.",
    };

    // A state plan's units are offices and People's Committees: the same kinds of sentence, in their own words
    // (cán bộ, công chức; cơ quan, đơn vị), one for one with the Party pools so the draws stay where they were.
    private static readonly string[] StateResults =
    {
        "Đơn vị đã phổ biến đầy đủ nội dung đến toàn thể cán bộ, công chức, viên chức.",
        "Cán bộ, công chức tham gia đầy đủ, thảo luận sôi nổi, liên hệ với nhiệm vụ được giao.",
        "Đã tổ chức 02 buổi tọa đàm và đăng 05 tin, bài trên cổng thông tin của đơn vị.",
        "Nội dung được lồng ghép vào các cuộc họp giao ban định kỳ của cơ quan.",
    };

    private static readonly string[] StateLimitations =
    {
        "Một số cán bộ đi công tác không tham dự được, phải phổ biến lại.",
        "Việc tuyên truyền trên mạng xã hội còn hạn chế do thiếu người phụ trách.",
        "Kinh phí cho hoạt động tuyên truyền còn ít.",
    };

    /// <summary>The sample for <paramref name="plan"/>; the same plan and seed always give the same data.</summary>
    public static SampleDataSet Create(PlanSpec plan, int seed)
    {
        // System.Random with a seed has a stable sequence in .NET 8 and later.
        var random = new Random(seed);
        var tree = UnitTree.Create(BuildUnits(plan, random));
        var index = new PlanIndex(plan);
        var submissions = new List<Submission>();
        var periods = new List<SamplePeriod>();
        // Errors go to the first period of the first report with numbers, periodic reports first (rules such as
        // coverage usually apply to them); one unit of that period also submits twice.
        var errorReport = plan.Reports
            .Where(r => index.IndicatorsOf(r).Any(i => i.Type != IndicatorType.Ratio))
            .OrderBy(r => r.Period == PeriodKind.Once ? 1 : 0)
            .FirstOrDefault();
        var errorsInjected = false;

        foreach (var report in plan.Reports)
        {
            var expected = Consolidator.ExpectedUnitIds(plan, report.Id, tree).Select(id => tree[id]).ToArray();
            if (expected.Length == 0)
                continue;
            var firstYear = report.FromYear ?? plan.Document.Date?.Year ?? plan.Document.Year ?? 2024;
            foreach (var period in ReportingCalendar.Periods(report, firstYear + 1).Take(2))
            {
                var dues = expected.Select(u => ReportingCalendar.DueDate(report, period, u.LevelId)).ToArray();
                var fallback = (ReportingCalendar.CutOffWindow(report, period)?.To ?? new DateOnly(firstYear, 12, 31)).AddDays(15);
                var lastDue = dues.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(fallback).Max();
                periods.Add(new SamplePeriod(report.Id, period.Key, lastDue.AddDays(7)));

                var late = random.Next(expected.Length);
                var missing = expected.Length > 1 ? (late + 1 + random.Next(expected.Length - 1)) % expected.Length : -1;
                var injectErrors = !errorsInjected && report == errorReport && expected.Length >= 5;
                var others = Enumerable.Range(0, expected.Length).Where(i => i != late && i != missing).ToArray();
                var (bad1, bad2, duplicate) = injectErrors ? (others[0], others[1], others[2]) : (-1, -1, -1);
                errorsInjected |= injectErrors;

                for (var i = 0; i < expected.Length; i++)
                {
                    if (i == missing)
                        continue;
                    var unit = expected[i];
                    var due = dues[i] ?? fallback;
                    var on = i == late ? due.AddDays(1 + random.Next(6)) : due.AddDays(-random.Next(12)); // late by at most 6 days: before AsOf
                    var source = $"{unit.Id}_{report.Id}_{period.Key}.xlsx";
                    var window = EntryWindow(report, period, due);
                    var submission = CleanSubmission(plan, index, report, period, unit, random, seed, window) with { SubmittedOn = on, Source = source };
                    if (i == bad1)
                        submission = BreakLimit(index, report, submission, random);
                    if (i == bad2)
                        submission = BreakCoverage(index, report, submission);
                    if (i == duplicate)
                    {
                        var earlier = CleanSubmission(plan, index, report, period, unit, random, seed, window) with
                        {
                            SubmittedOn = on.AddDays(-3),
                            Source = $"{unit.Id}_{report.Id}_{period.Key} (lần 1).xlsx",
                        };
                        submissions.Add(earlier);
                    }

                    submissions.Add(submission);
                }
            }
        }

        return new SampleDataSet(tree, submissions, periods);
    }

    private static List<Unit> BuildUnits(PlanSpec plan, Random random)
    {
        var units = new List<Unit>();
        var levels = plan.Levels;
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var communes = Communes.OrderBy(_ => random.Next()).ToArray();
        var districts = Districts.OrderBy(_ => random.Next()).ToArray();
        var used = 0;

        string NextId(string prefix)
        {
            counters[prefix] = counters.TryGetValue(prefix, out var n) ? n + 1 : 1;
            return prefix + "_" + counters[prefix].ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        // A commune-level Đảng ủy stands for one of several communes; any other level above the units is one
        // body (a Huyện ủy, a Sở, an Đảng ủy Khối), named as the plan names its level.
        bool IsCommuneLevel(LevelSpec level) => level.Name is "Đảng ủy" or "Đảng ủy xã";

        string PlaceName(LevelSpec? level, string commune)
        {
            var name = level?.Name ?? "Đơn vị";
            if (level is not null && IsCommuneLevel(level))
                return "Đảng ủy xã " + commune;
            if (level is not null && levels.Count > 1 && level != levels[0])
                return name;
            return name + " " + districts[used++ % districts.Length];
        }

        // The leaves are the plan's own reporting units where it names them (V.1 "Các chi bộ trực thuộc
        // Đảng ủy", V.2 "Ban Chỉ đạo 35 xã", "Phòng Văn hóa và Thông tin các huyện, thành phố" …), so the
        // sample reads like the plan; otherwise generic units named after the bottom level.
        void AddLeaves(string parentId, string commune)
        {
            var level = levels.IsEmpty ? null : levels[0];
            var named = SampleUnitNames.For(plan, level?.Id, commune, random, districts);
            if (named.Count > 0)
            {
                foreach (var name in named)
                    units.Add(new Unit(NextId(level?.Id ?? "don_vi"), name, parentId, level?.Id));
                return;
            }

            var count = 6 + random.Next(3);
            var chiBo = level?.Name.StartsWith("Chi bộ", StringComparison.Ordinal) == true;
            var places = SampleUnitNames.ChiBoPlaces.OrderBy(_ => random.Next()).Take(count).ToArray();
            foreach (var place in places)
            {
                var name = chiBo ? "Chi bộ " + string.Format(System.Globalization.CultureInfo.InvariantCulture, place, commune) : PlaceName(level, commune);
                units.Add(new Unit(NextId(level?.Id ?? "don_vi"), name, parentId, level?.Id));
            }
        }

        void AddLevel(int levelIndex, string? parentId, int communeIndex)
        {
            var level = levels[levelIndex];
            var commune = communes[communeIndex % communes.Length];
            var unit = new Unit(NextId(level.Id), PlaceName(level, commune), parentId, level.Id);
            units.Add(unit);
            if (levelIndex == 1)
            {
                AddLeaves(unit.Id, commune);
                return;
            }

            var children = IsCommuneLevel(levels[levelIndex - 1]) ? 2 : 1;
            for (var child = 0; child < children; child++)
                AddLevel(levelIndex - 1, unit.Id, (communeIndex * 2) + child);
        }

        if (levels.Count >= 2)
        {
            AddLevel(levels.Count - 1, null, 0);
        }
        else
        {
            var root = new Unit("tong_hop", "Cơ quan tổng hợp", null, null);
            units.Add(root);
            AddLeaves(root.Id, communes[0]);
        }

        return units;
    }

    /// <summary>
    /// The days a unit's dated entries fall on (an answer's date, a list's date cell, the date of its document): the
    /// period's data window, else the 45 days before its deadline; never after the deadline.
    /// </summary>
    private static DateWindow EntryWindow(ReportSpec report, ReportingPeriod period, DateOnly due)
    {
        var window = ReportingCalendar.CutOffWindow(report, period) ?? new DateWindow(due.AddDays(-45), due.AddDays(-3));
        var to = window.To > due ? due : window.To;
        return new DateWindow(window.From > to ? to : window.From, to);
    }

    private static Submission CleanSubmission(PlanSpec plan, PlanIndex index, ReportSpec report, ReportingPeriod period, Unit unit, Random random, int seed, DateWindow window)
    {
        var entered = plan.IndicatorsOf(report, unit.LevelId);
        var indicators = entered.Where(i => FieldTypes.IsAmount(i.Type) && i.Type != IndicatorType.Ratio).ToArray();
        var answers = plan.AnswersOf(report, unit.LevelId);
        Submission attempt = null!;
        for (var tries = 0; tries < 30; tries++)
        {
            attempt = new Submission(plan.Id, report.Id, unit.Id, period.Key);
            // Answers, Có/Không and list rows from a generator of their own, the numbers from the shared one.
            var entries = SampleEntries.For(seed + tries, report.Id, period.Key, unit.Id);
            foreach (var question in entered.Where(i => i.IsYesNo()))
            {
                foreach (var item in index.ItemIdsOf(question).Cast<string?>().DefaultIfEmpty(null))
                    attempt = item is null ? attempt.WithValue(question.Id, SampleEntries.YesNo(entries)) : attempt.WithValue(question.Id, item, SampleEntries.YesNo(entries));
            }

            attempt = SampleEntries.WithAnswers(plan, answers, attempt, window, entries);
            attempt = SampleEntries.WithRows(plan, plan.ListsOf(report, unit.LevelId), attempt, window, entries);
            // Indicators bounded by another come after it, so the bound is known.
            foreach (var indicator in indicators.OrderBy(i => i.MaxIndicator is null ? 0 : 1))
            {
                var items = index.ItemIdsOf(indicator);
                if (items.Count > 0)
                {
                    foreach (var item in items)
                        attempt = attempt.WithValue(indicator.Id, item, Draw(indicator, random, small: true, limit: null));
                    continue;
                }

                var limit = indicator.MaxIndicator is { } maxId ? SubmissionValidator.TotalOf(index, Accepted(attempt), maxId) : null;
                attempt = attempt.WithValue(indicator.Id, Draw(indicator, random, small: false, limit));
            }

            foreach (var narrative in plan.NarrativesOf(report, unit.LevelId))
            {
                if (!narrative.Required && random.Next(2) == 0)
                    continue;
                attempt = attempt.WithNarrative(narrative.Id, NarrativeText(plan.Document.Kind, narrative, random));
            }

            if (SubmissionValidator.Validate(plan, attempt).All(p => p.Severity != ProblemSeverity.Error))
                break;
        }

        return attempt;
    }

    /// <summary>A sentence fitting the narrative's heading (results, limitations, proposals), the plan's kind and its length limit.</summary>
    private static string NarrativeText(DocumentKind kind, NarrativeSpec narrative, Random random)
    {
        bool Mentions(string word) => narrative.Label.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
        var party = kind == DocumentKind.Party;
        var pool = Mentions("kiến nghị") || Mentions("đề xuất") ? Proposals
            : Mentions("hạn chế") || Mentions("khó khăn") ? (party ? Limitations : StateLimitations)
            : party ? Results : StateResults;
        var fitting = pool.Where(t => narrative.MaxLength is not { } max || t.Length <= max).ToArray();
        return fitting.Length > 0 ? fitting[random.Next(fitting.Length)] : "Không.";
    }

    private static Dictionary<ValueKey, decimal> Accepted(Submission submission) =>
        submission.Values.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.Value);

    private static decimal Draw(IndicatorSpec indicator, Random random, bool small, decimal? limit)
    {
        var accepted = AcceptedValues.Of(indicator);
        var min = Math.Max(accepted.Min ?? 0m, 0m);
        if (limit is { } l)
        {
            var low = decimal.Floor(l * 0.7m);
            return accepted.WholeNumbers
                ? low + random.Next((int)Math.Min(l - low, 1000m) + 1)
                : Math.Round(low + ((l - low) * (decimal)random.NextDouble()), 1, MidpointRounding.AwayFromZero);
        }

        var span = small ? 4 : 55;
        if (accepted.Max is { } max)
            span = (int)Math.Max(1m, Math.Min(span, max - min));
        var start = small ? min : min + 5;
        if (accepted.Max is { } top && start > top)
            start = min;
        return accepted.WholeNumbers
            ? start + random.Next(span)
            : Math.Round(start + (span * (decimal)random.NextDouble()), 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Participants above members: an indicator above the one it may not exceed (by <c>max:</c> or a check rule), or, failing that, a negative count.</summary>
    private static Submission BreakLimit(PlanIndex index, ReportSpec report, Submission submission, Random random)
    {
        var asked = index.IndicatorsOf(report);
        bool Plain(string id) => asked.Any(a => a.Id == id && a.By == Disaggregation.None && a.Type != IndicatorType.Ratio);
        // "max: members" on the indicator, or a rule "participants <= members".
        var pairs = asked.Where(i => i.MaxIndicator is not null).Select(i => (Bounded: i.Id, Limit: i.MaxIndicator!))
            .Concat(index.RulesOf(report)
                .Where(r => r.Kind == RuleKind.Check && r.Operator is ComparisonOperator.LessOrEqual or ComparisonOperator.Less)
                .Where(r => r.Left is IndicatorRefExpr && r.Right is IndicatorRefExpr)
                .Select(r => (Bounded: ((IndicatorRefExpr)r.Left!).Id, Limit: ((IndicatorRefExpr)r.Right!).Id)));
        foreach (var (bounded, limitId) in pairs)
        {
            if (Plain(bounded) && Plain(limitId) && submission[limitId] is { } limit)
                return submission.WithValue(bounded, limit + 1 + random.Next(5));
        }

        const decimal Negative = -3m;
        var count = asked.FirstOrDefault(i => i.Type == IndicatorType.Integer && i.By == Disaggregation.None && AcceptedValues.Of(i).Check(Negative) == ValueCheck.BelowMin);
        return count is null ? submission : submission.WithValue(count.Id, Negative);
    }

    /// <summary>A coverage rule not met (every item of its group zero), or, failing that, a fractional count.</summary>
    private static Submission BreakCoverage(PlanIndex index, ReportSpec report, Submission submission)
    {
        var rule = index.RulesOf(report).FirstOrDefault(r => r.Kind == RuleKind.Coverage && r.Coverage is not null);
        if (rule is not null)
        {
            foreach (var item in index.LeavesUnder(rule.Coverage!.Within))
                submission = submission.WithValue(rule.Coverage.Indicator, item, 0);
            return submission;
        }

        const decimal Fraction = 2.5m;
        var count = index.IndicatorsOf(report).FirstOrDefault(i => FieldTypes.IsAmount(i.Type) && i.Type != IndicatorType.Ratio && AcceptedValues.Of(i).Check(Fraction) == ValueCheck.NotWhole);
        if (count is null)
            return submission;
        var key = index.ItemIdsOf(count).Count > 0 ? new ValueKey(count.Id, index.ItemIdsOf(count)[0]) : new ValueKey(count.Id);
        return submission.WithValue(key, Fraction);
    }
}
