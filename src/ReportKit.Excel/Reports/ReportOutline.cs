using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ReportKit.Templates;

namespace ReportKit.Excel.Reports;

/// <summary>A part of a báo cáo's outline (đề cương).</summary>
internal enum ReportPart
{
    /// <summary>Công tác lãnh đạo, chỉ đạo, triển khai.</summary>
    Direction,

    /// <summary>Kết quả thực hiện.</summary>
    Results,

    /// <summary>Hạn chế, nguyên nhân.</summary>
    Shortcomings,

    /// <summary>Bài học kinh nghiệm (sơ kết, tổng kết only).</summary>
    Lessons,

    /// <summary>Phương hướng, nhiệm vụ.</summary>
    Tasks,

    /// <summary>Đề xuất, kiến nghị.</summary>
    Proposals,
}

/// <summary>
/// One part of a báo cáo as written: its heading, and what goes under it. Null lists mean "all the report's" (the
/// default Kết quả thực hiện holds every figure and target).
/// </summary>
/// <param name="Heading">The heading as printed: <c>II. KẾT QUẢ THỰC HIỆN</c>.</param>
/// <param name="Title">The title, to tell a narrative's heading that repeats it.</param>
/// <param name="Rates">Whether the reporting situation is stated here.</param>
/// <param name="Indicators">The indicators whose figures are stated here (null: all), none if empty.</param>
/// <param name="Targets">The targets judged here (null: all).</param>
/// <param name="Lists">The row lists stated here.</param>
/// <param name="Narratives">The narratives gathered here, in order.</param>
/// <param name="ClerkWrites">Whether the part ends with a line for the body's own account (how it led, what it plans).</param>
internal sealed record OutlinePart(string Heading, string Title, bool Rates, IReadOnlyList<string>? Indicators, IReadOnlyList<string>? Targets,
    IReadOnlyList<ListSpec> Lists, IReadOnlyList<NarrativeSpec> Narratives, bool ClerkWrites);

/// <summary>
/// The outline of a báo cáo: the report's own (<see cref="ReportSpec.Outline"/>, the plan's đề cương) when the template
/// gives one, else the default of a báo cáo kết quả (shared/reference/domain.md §3): I. Công tác lãnh đạo, chỉ đạo, triển
/// khai; II. Kết quả thực hiện; III. Hạn chế, nguyên nhân; IV. Phương hướng, nhiệm vụ; V. Đề xuất, kiến nghị; a
/// sơ kết or tổng kết adds Bài học kinh nghiệm after III. In the default the units' narratives go to the part their id
/// or heading names (see <see cref="PartOf"/>).
/// </summary>
internal static class ReportOutline
{
    private static readonly string[] Numerals = { "I", "II", "III", "IV", "V", "VI" };

    /// <summary>The parts of <paramref name="report"/>'s báo cáo, in order, with what each holds.</summary>
    public static IReadOnlyList<OutlinePart> Of(PlanSpec plan, ReportSpec report)
    {
        var narratives = plan.NarrativesOf(report);
        var lists = plan.ListsOf(report);
        if (!report.Outline.IsEmpty)
        {
            return report.Outline.Select(p => new OutlinePart(
                (string.IsNullOrWhiteSpace(p.No) ? string.Empty : p.No!.Trim().TrimEnd('.') + ". ") + Documents.DocumentText.Upper(p.Title),
                p.Title, p.Rates, p.Indicators.ToArray(), p.Targets.ToArray(),
                p.Lists.Select(id => lists.First(l => l.Id == id)).ToArray(),
                p.Narratives.Select(id => narratives.First(n => n.Id == id)).ToArray(),
                p.Rates || p.Narratives.IsEmpty && p.Indicators.IsEmpty && p.Lists.IsEmpty && p.Targets.IsEmpty)).ToArray();
        }

        var hasLessons = IsReview(report);
        return PartsOf(report).Select(p => new OutlinePart(p.No + ". " + Documents.DocumentText.Upper(p.Title), p.Title,
            p.Part == ReportPart.Direction,
            p.Part == ReportPart.Results ? null : Array.Empty<string>(),
            p.Part == ReportPart.Results ? null : Array.Empty<string>(),
            p.Part == ReportPart.Results ? lists : Array.Empty<ListSpec>(),
            narratives.Where(n => PartOf(n, hasLessons) == p.Part).ToArray(),
            p.Part is ReportPart.Direction or ReportPart.Tasks)).ToArray();
    }

    /// <summary>The parts of the default outline, numbered: <c>(I, Direction, "Công tác lãnh đạo, chỉ đạo, triển khai")</c> ….</summary>
    public static IReadOnlyList<(string No, ReportPart Part, string Title)> PartsOf(ReportSpec report)
    {
        var parts = new List<ReportPart> { ReportPart.Direction, ReportPart.Results, ReportPart.Shortcomings };
        if (IsReview(report))
            parts.Add(ReportPart.Lessons);
        parts.Add(ReportPart.Tasks);
        parts.Add(ReportPart.Proposals);
        return parts.Select((p, i) => (Numerals[i], p, TitleOf(p))).ToArray();
    }

    /// <summary>A sơ kết or tổng kết: a multi-year milestone, or a report its title calls one.</summary>
    public static bool IsReview(ReportSpec report) =>
        report.Period == PeriodKind.Span ||
        report.Title.IndexOf("sơ kết", StringComparison.OrdinalIgnoreCase) >= 0 ||
        report.Title.IndexOf("tổng kết", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// The part a narrative belongs to, by its id or its heading: hạn chế / khó khăn / tồn tại → III; bài học → Bài học
    /// kinh nghiệm (III where the report has no such part); đề xuất / kiến nghị → V; kết quả → II;
    /// phương hướng / nhiệm vụ → IV; lãnh đạo / chỉ đạo → I; anything else (tình hình tư tưởng …) → II.
    /// </summary>
    public static ReportPart PartOf(NarrativeSpec narrative, bool hasLessons)
    {
        var words = Plain(narrative.Id.Replace('_', ' ') + " " + narrative.Label);
        bool Has(string word) => words.Contains(" " + word + " ", StringComparison.Ordinal);
        if (Has("han che") || Has("kho khan") || Has("ton tai") || Has("vuong mac"))
            return ReportPart.Shortcomings;
        if (Has("bai hoc"))
            return hasLessons ? ReportPart.Lessons : ReportPart.Shortcomings;
        if (Has("de xuat") || Has("kien nghi"))
            return ReportPart.Proposals;
        if (Has("ket qua"))
            return ReportPart.Results;
        if (Has("phuong huong") || Has("nhiem vu"))
            return ReportPart.Tasks;
        if (Has("lanh dao") || Has("chi dao"))
            return ReportPart.Direction;
        return ReportPart.Results;
    }

    private static string TitleOf(ReportPart part) => part switch
    {
        ReportPart.Direction => "Công tác lãnh đạo, chỉ đạo, triển khai",
        ReportPart.Results => "Kết quả thực hiện",
        ReportPart.Shortcomings => "Hạn chế, nguyên nhân",
        ReportPart.Lessons => "Bài học kinh nghiệm",
        ReportPart.Tasks => "Phương hướng, nhiệm vụ",
        _ => "Đề xuất, kiến nghị",
    };

    // Lower case without diacritics or punctuation, words padded by spaces: " ket qua trien khai ".
    private static string Plain(string text) => " " + VietnameseText.Words(text) + " ";
}
