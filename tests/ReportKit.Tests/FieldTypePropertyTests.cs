using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>Field types beyond numbers over random data: document references read back, yes_no and answers roll up.</summary>
public class FieldTypePropertyTests
{
    private static readonly Gen<DocumentReference> References =
        from number in Gen.Int[1, 999]
        from padded in Gen.Bool
        from symbol in Gen.Int[0, 5].Select(i => new[] { "KH/ĐU", "KH/CB", "KH-UBND", "CV/BTGTU", "2020/TT-VPCP", "BC/HU" }[i])
        from state in Gen.Bool
        from date in Gen.Date[new DateTime(1990, 1, 1), new DateTime(2150, 12, 31)]
        from genre in Gen.Int[0, 3].Select(i => new string?[] { null, "Kế hoạch", "Công văn", "Hướng dẫn" }[i])
        select new DocumentReference((padded && number < 10 ? "0" : "") + number, symbol, DateOnly.FromDateTime(date), genre)
        {
            Separator = state ? '/' : '-',
        };

    [Fact]
    public void A_document_reference_reads_back_from_its_canonical_and_its_printed_form()
    {
        References.Sample(reference =>
        {
            Assert.Equal(reference, DocumentReference.Parse(reference.ToString()));
            Assert.Equal(reference, DocumentReference.Parse(reference.Vietnamese()));
            Assert.Equal(reference, DocumentReference.Parse(reference.Vietnamese().ToUpperInvariant().Replace("KẾ", "kế", StringComparison.Ordinal)) with { Genre = reference.Genre });
        }, iter: 500);
    }

    /// <summary>A plan with one count, one yes_no and one date field, one report.</summary>
    private static readonly PlanSpec Plan = TestPlans.Plan001() with
    {
        Indicators = new[]
        {
            TestPlans.Indicator("so_buoi", "Số buổi"),
            TestPlans.Indicator("ban_chi_dao", "Thành lập Ban Chỉ đạo", type: IndicatorType.YesNo) with { Min = null },
            TestPlans.Indicator("ngay", "Ngày quán triệt", type: IndicatorType.Date) with { Min = null },
        }.ToEquatableArray(),
        Rules = EquatableArray<RuleSpec>.Empty,
        Narratives = EquatableArray<NarrativeSpec>.Empty,
    };

    private static readonly Gen<(int[] Parents, (int? YesNo, int? Day)[] Answers)> Forests =
        from parents in Gen.Int[0, 1000].Array[1, 15]
        from answers in Gen.Select(Gen.Int[-1, 1], Gen.Int[-1, 27]).Array[15]
        select (parents, answers.Select(a => (a.Item1 < 0 ? (int?)null : a.Item1, a.Item2 < 0 ? (int?)null : a.Item2)).ToArray());

    [Fact]
    public void Every_row_counts_the_Co_and_the_answers_below_it_and_lists_each_date()
    {
        var report = Plan.Reports.Single(r => r.Id == "trien_khai");
        Forests.Sample(forest =>
        {
            var units = forest.Parents.Select((p, i) => new Unit("u" + i, "Đơn vị " + i, i == 0 || p % (i + 1) == i ? null : "u" + (p % i), null)).ToArray();
            var tree = UnitTree.Create(units);
            var leaves = tree.Units.Where(u => tree.IsLeaf(u.Id)).ToArray();
            var submissions = leaves.Select((u, i) => new Submission(Plan.Id, report.Id, u.Id, "once") { SubmittedOn = new DateOnly(2023, 4, 10) }
                    .WithValue("ban_chi_dao", forest.Answers[i].YesNo)
                    .WithAnswer("ngay", forest.Answers[i].Day is { } d ? Dates.Iso(new DateOnly(2023, 4, 1 + d)) : null))
                .ToArray();

            var summary = Consolidator.Summarize(Plan, report.Id, "once", tree, submissions, new DateOnly(2023, 5, 1));

            foreach (var unit in tree.Units)
            {
                var below = submissions.Where(s => tree.SubtreeOf(unit.Id).Any(u => u.Id == s.UnitId)).ToArray();
                var answered = below.Count(s => s["ban_chi_dao"] is not null);
                var yes = below.Count(s => s["ban_chi_dao"] == 1);
                Assert.Equal(answered == 0 ? null : yes, summary.Value(unit.Id, "ban_chi_dao"));
                Assert.Equal(answered, summary.Row(unit.Id).YesNoAnswered!.TryGetValue("ban_chi_dao", out var n) ? n : 0);
            }

            Assert.Equal(
                submissions.Where(s => s.Answers["ngay"] is not null).Select(s => s.UnitId + "=" + s.Answers["ngay"]),
                summary.AnswerList.Select(a => a.UnitId + "=" + a.Answer));
            // The relay of a root carries x and y: the level above shows the same counts.
            foreach (var root in tree.Roots)
            {
                var relayed = summary.ToSubmission(root.Id, new DateOnly(2023, 5, 1));
                var above = Consolidator.Summarize(Plan, report.Id, "once", UnitTree.Create(new[] { root }), new[] { relayed }, new DateOnly(2023, 5, 2));
                Assert.Equal(summary.Value(root.Id, "ban_chi_dao"), above.Value(root.Id, "ban_chi_dao"));
                Assert.Equal(summary.Row(root.Id).YesNoAnswered!.GetValueOrDefault("ban_chi_dao"), above.Row(root.Id).YesNoAnswered!.GetValueOrDefault("ban_chi_dao"));
                Assert.DoesNotContain(above.Problems, p => p.Severity == ProblemSeverity.Error);
            }
        }, iter: 150);
    }
}
