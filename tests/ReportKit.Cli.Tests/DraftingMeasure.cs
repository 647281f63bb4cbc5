using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Cli.Drafting;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// Compares the draft <c>reportkit init</c> makes of a plan with the template written by hand for it, field by field,
/// and renders the table docs/drafting.md shows (<see cref="DraftingMeasureTests"/> keeps the two in step).
/// </summary>
internal static class DraftingMeasure
{
    /// <summary>Each measured plan: its text under tests/Plans and its hand-written template.</summary>
    public static readonly (string Plan, string Template)[] Seeds =
    {
        ("000_fdf67b30129c0d9e.txt", "ke-hoach-duk-xay-dung-dang.plan.yaml"),
        ("001_d89e9d0d9bfc5a8c.txt", "ke-hoach-76-kh-du.plan.yaml"),
        ("002_3d0a17df5fbf7069.txt", "ke-hoach-98-kh-tu.plan.yaml"),
        ("004_14b33d5069775a79.txt", "cong-van-svhttdl-qlvhgd.plan.yaml"),
    };

    public enum Grade { Exact, Partial, Missed }

    /// <summary>One compared field: its group (identity, outline …), what it is, and how the draft did.</summary>
    public sealed record Row(string Group, string Field, Grade Grade, string Hand, string Draft);

    /// <summary>The outcome for one plan (named as the table names it): every compared field, and the outline items only the draft has.</summary>
    public sealed record Result(string Plan, IReadOnlyList<Row> Rows, IReadOnlyList<string> DraftOnlyOutline);

    public static string PlanPath(string plan) => RepoPaths.Combine("tests", "Plans", plan);

    /// <summary>The draft's YAML for a plan file.</summary>
    public static string DraftYaml(string planPath) => DraftWriter.Write(PlanDrafter.Draft(PlanText.Read(planPath)), Path.GetFileName(planPath));

    /// <summary>The draft of a plan read back through the template parser (the draft must parse without errors).</summary>
    public static PlanSpec DraftSpec(string planPath, out string yaml)
    {
        yaml = DraftYaml(planPath);
        var result = PlanTemplateParser.Parse(Path.GetFileName(planPath) + ".plan.yaml", yaml);
        Assert.True(result.Plan is not null && result.Diagnostics.All(d => d.Severity != TemplateSeverity.Error),
            string.Join("\n", result.Diagnostics) + "\n" + yaml);
        return result.Plan!;
    }

    public static PlanSpec HandSpec(string template) => HandSpecAt(Path.Combine(RepoPaths.Templates, template));

    /// <summary>A hand-written template, which must parse without errors.</summary>
    public static PlanSpec HandSpecAt(string path)
    {
        var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
        Assert.True(result.Plan is not null && result.Diagnostics.All(d => d.Severity != TemplateSeverity.Error), string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    /// <summary>A seed (tests/Plans) against its template in templates/, named by its first three characters.</summary>
    public static Result Measure(string plan, string template) =>
        MeasureFiles(PlanPath(plan), Path.Combine(RepoPaths.Templates, template), plan[..3]);

    /// <summary>The draft of the plan at <paramref name="planPath"/> against the hand-written template at <paramref name="templatePath"/>.</summary>
    public static Result MeasureFiles(string planPath, string templatePath, string name)
    {
        var hand = HandSpecAt(templatePath);
        var draft = DraftSpec(planPath, out _);
        var rows = new List<Row>();
        var h = hand.Document;
        var d = draft.Document;

        void Text(string group, string field, string? handValue, string? draftValue)
        {
            if (handValue is null && draftValue is null)
                return;
            rows.Add(new Row(group, field, GradeText(handValue, draftValue), handValue ?? "—", draftValue ?? "—"));
        }

        Text("identity", "kind", h.Kind.ToString(), d.Kind.ToString());
        Text("identity", "genre", h.Genre, d.Genre);
        Text("identity", "number", h.Number, d.Number);
        Text("identity", "symbol", h.Symbol, d.Symbol);
        Text("identity", "issuer", h.Issuer.Name, d.Issuer.Name);
        Text("identity", "issuer parent", h.Issuer.Parent, d.Issuer.Parent);
        Text("identity", "place", h.Place, d.Place);
        Text("identity", "date", h.Date?.ToString() ?? h.Year?.ToString(), d.Date?.ToString() ?? d.Year?.ToString());
        Text("identity", "title", h.Title, d.Title);
        foreach (var reference in h.Implements)
        {
            var found = d.Implements.FirstOrDefault(r => r.Ref == reference.Ref);
            var grade = found is null ? Grade.Missed
                : found.Date == reference.Date && found.By == reference.By && found.Title == reference.Title ? Grade.Exact : Grade.Partial;
            rows.Add(new Row("identity", "implements " + reference.Ref, grade, Show(reference), found is null ? "—" : Show(found)));
        }
        foreach (var recipient in h.SendTo)
            rows.Add(Recipient("kính gửi", recipient, d.SendTo));

        var handOutline = Outline(hand);
        var draftOutline = Outline(draft);
        var used = new bool[draftOutline.Count];
        foreach (var (path, title) in handOutline)
        {
            var at = Enumerable.Range(0, draftOutline.Count).FirstOrDefault(i => !used[i] && draftOutline[i].Path == path, -1);
            if (at < 0)
            {
                rows.Add(new Row("outline", path, Grade.Missed, title, "—"));
                continue;
            }
            used[at] = true;
            rows.Add(new Row("outline numbering", path, Grade.Exact, path, path));
            rows.Add(new Row("outline", path, GradeText(title, draftOutline[at].Title), title, draftOutline[at].Title));
        }
        var draftOnly = Enumerable.Range(0, draftOutline.Count).Where(i => !used[i]).Select(i => draftOutline[i].Path).ToList();

        foreach (var unit in hand.Units)
        {
            var found = draft.Units.FirstOrDefault(u => u.No == unit.No && u.Name == unit.Name)
                ?? draft.Units.FirstOrDefault(u => u.Name == unit.Name)
                ?? (unit.No is null ? null : draft.Units.FirstOrDefault(u => u.No == unit.No));
            var grade = found is null ? Grade.Missed
                : found.Name == unit.Name && found.No == unit.No && found.Tasks.SequenceEqual(unit.Tasks) ? Grade.Exact : Grade.Partial;
            rows.Add(new Row("units", (unit.No is null ? "" : unit.No + ". ") + unit.Name, grade,
                unit.Tasks.Count + " task(s)", found is null ? "—" : found.Tasks.Count(t => unit.Tasks.Contains(t)) + "/" + unit.Tasks.Count + " tasks exact"));
        }

        foreach (var report in hand.Reports)
        {
            var same = draft.Reports.FirstOrDefault(r => r.Period == report.Period && Due(r.Due) == Due(report.Due) && r.FromYear == report.FromYear && r.ToYear == report.ToYear);
            var near = same ?? draft.Reports.FirstOrDefault(r => r.Period == report.Period || (r.Due is not null && Due(r.Due) == Due(report.Due)));
            rows.Add(new Row("report deadlines", report.Id, same is not null ? Grade.Exact : near is not null ? Grade.Partial : Grade.Missed,
                Regime(report), near is null ? "—" : Regime(near)));
        }

        foreach (var recipient in h.Recipients)
            rows.Add(Recipient("recipients", recipient, d.Recipients));

        Text("signer", "capacity", h.Signature?.Capacity, d.Signature?.Capacity);
        Text("signer", "title", h.Signature?.Title, d.Signature?.Title);
        Text("signer", "name", h.Signature?.Name, d.Signature?.Name);
        return new Result(name, rows, draftOnly);
    }

    private static Row Recipient(string group, RecipientSpec recipient, IReadOnlyList<RecipientSpec> drafted)
    {
        var found = drafted.FirstOrDefault(r => r.Name == recipient.Name);
        var grade = found is null ? Grade.Missed : found.Tag == recipient.Tag ? Grade.Exact : Grade.Partial;
        return new Row(group, recipient.Name, grade, recipient.Name + (recipient.Tag is null ? "" : " (" + recipient.Tag + ")"),
            found is null ? "—" : found.Name + (found.Tag is null ? "" : " (" + found.Tag + ")"));
    }

    /// <summary>Exact when equal; partial when one starts with the other or most of the hand's words are there; else missed.</summary>
    private static Grade GradeText(string? hand, string? draft)
    {
        if (hand == draft)
            return Grade.Exact;
        if (hand is null || draft is null)
            return Grade.Missed;
        if (draft.StartsWith(hand, System.StringComparison.Ordinal) || hand.StartsWith(draft, System.StringComparison.Ordinal)
            || string.Equals(hand, draft, System.StringComparison.OrdinalIgnoreCase))
            return Grade.Partial;
        var handWords = hand.ToLowerInvariant().Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        var draftWords = new HashSet<string>(draft.ToLowerInvariant().Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        return handWords.Length > 0 && handWords.Count(draftWords.Contains) * 10 >= handWords.Length * 6 ? Grade.Partial : Grade.Missed;
    }

    /// <summary>The outline in document order: sections, and under the section that holds them the contents, forms or units, each with its full number.</summary>
    public static List<(string Path, string Title)> Outline(PlanSpec plan)
    {
        var items = new List<(string, string)>();
        void Walk(SectionSpec section, string path)
        {
            items.Add((path, section.Title));
            switch (section.Role)
            {
                case SectionRole.Contents:
                    void Contents(IEnumerable<ContentItemSpec> contents, string above)
                    {
                        foreach (var item in contents)
                        {
                            var full = Join(above, item.No);
                            items.Add((full, item.Title));
                            Contents(item.Items, full);
                        }
                    }
                    Contents(plan.Contents, path);
                    break;
                case SectionRole.Forms:
                    // Forms and units the document does not number (split from a sentence, taken from "Kính gửi") are not outline items.
                    foreach (var form in plan.Forms.Where(f => f.No is not null))
                        items.Add((path + "." + form.No, form.Title));
                    break;
                case SectionRole.Units:
                    foreach (var unit in plan.Units.Where(u => u.No is not null))
                        items.Add((path + "." + unit.No, unit.Name));
                    break;
            }
            foreach (var child in section.Items)
                Walk(child, Join(path, child.No));
        }
        foreach (var section in plan.Sections)
            Walk(section, section.No);
        return items;
    }

    // "1.2" under "1" under "IV" is IV.1.2, as content paths are.
    private static string Join(string path, string no) =>
        no.Contains('.') ? path.Split('.')[0] + "." + no : path + "." + no;

    /// <summary>Fails unless every written number of the hand template's outline (not the bullets) comes out of the draft exactly, in order.</summary>
    public static void AssertNumberingExact(string name, PlanSpec hand, PlanSpec draft)
    {
        var written = Outline(hand).Select(i => i.Path).Where(IsNumbered).ToArray();
        var drafted = Outline(draft).Select(i => i.Path).Where(IsNumbered).ToArray();
        Assert.True(written.SequenceEqual(drafted), name + "\nhand:  " + string.Join(" ", written) + "\ndraft: " + string.Join(" ", drafted));
    }

    /// <summary>Whether a number is written (I, 1, 1.1, a) rather than a bullet.</summary>
    public static bool IsNumbered(string path) => !path.Split('.').Last().StartsWith('-') && !path.EndsWith('+');

    private static string Show(DocumentRefSpec r) => r.Ref + (r.Date is { } date ? ", " + date : "") + (r.By is null ? "" : ", " + r.By);

    private static string Due(DueSpec? due) => due is null ? "none"
        : due.Kind + ":" + due.Date + ":" + due.Year + ":" + due.Month + ":" + due.Day + ":" + due.Days;

    private static string Regime(ReportSpec r) =>
        r.Period.ToString().ToLowerInvariant() + (r.FromYear is { } from ? " " + from : "") + (r.ToYear is { } to ? "–" + to : "")
        + ", due " + (r.Due is null ? "none" : r.Due.Kind switch
        {
            DueKind.Before => "before " + r.Due.Date,
            DueKind.On => "on " + r.Due.Date,
            DueKind.InMonth => "month " + (r.Due.Year is { } y ? y + "-" : "") + r.Due.Month + (r.Due.Day is { } day ? " day " + day : ""),
            _ => r.Due.Kind.ToString(),
        });

    /// <summary>The markdown the docs show: a summary table over the seeds, then each seed's rows that are not exact.</summary>
    public static string Table(IReadOnlyList<Result> results)
    {
        var md = new StringBuilder();
        var groups = new[] { "identity", "outline numbering", "outline", "units", "report deadlines", "recipients", "signer" };
        md.Append("| plan | field group | exact | partial | missed |\n|---|---|---|---|---|\n");
        foreach (var result in results)
        {
            foreach (var group in groups)
            {
                var rows = result.Rows.Where(r => r.Group == group).ToList();
                if (group == "outline numbering")
                {
                    // Numbering is exact or missed: an item is found at its number or not at all.
                    var total = result.Rows.Count(r => r.Group == "outline");
                    md.Append($"| {result.Plan} | {group} | {rows.Count} | – | {total - rows.Count} |\n");
                    continue;
                }
                md.Append($"| {result.Plan} | {group} | {rows.Count(r => r.Grade == Grade.Exact)} | {rows.Count(r => r.Grade == Grade.Partial)} | {rows.Count(r => r.Grade == Grade.Missed)} |\n");
            }
        }
        md.Append("\nOutline items only the draft has (the document writes them; the hand template left them out):\n\n");
        foreach (var result in results)
            md.Append($"- {result.Plan}: {(result.DraftOnlyOutline.Count == 0 ? "none" : result.DraftOnlyOutline.Count + " (" + string.Join(", ", result.DraftOnlyOutline.Distinct()) + ")")}\n");
        md.Append("\nEvery field that is not exact:\n\n| plan | group | field | hand template | draft | grade |\n|---|---|---|---|---|---|\n");
        foreach (var result in results)
        {
            foreach (var row in result.Rows.Where(r => r.Grade != Grade.Exact))
                md.Append($"| {result.Plan} | {row.Group} | {Cell(row.Field)} | {Cell(row.Hand)} | {Cell(row.Draft)} | {row.Grade.ToString().ToLowerInvariant()} |\n");
        }
        return md.ToString();
    }

    /// <summary>
    /// Checks that the block of docs/drafting.md between <paramref name="begin"/> and <paramref name="end"/> is
    /// <paramref name="table"/>; with REPORTKIT_UPDATE_DOCS=1 rewrites the block instead.
    /// </summary>
    public static void AssertDocsBlock(string begin, string end, string table)
    {
        var path = RepoPaths.Combine("docs", "drafting.md");
        var doc = File.ReadAllText(path);
        var start = doc.IndexOf(begin, System.StringComparison.Ordinal);
        var stop = doc.IndexOf(end, System.StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, "docs/drafting.md has no markers " + begin + " … " + end);
        var current = doc.Substring(start + begin.Length, stop - start - begin.Length).Trim('\n');
        if (System.Environment.GetEnvironmentVariable("REPORTKIT_UPDATE_DOCS") == "1" && current != table.Trim('\n'))
        {
            File.WriteAllText(path, doc.Substring(0, start + begin.Length) + "\n" + table.Trim('\n') + "\n" + doc.Substring(stop));
            return;
        }
        Assert.Equal(table.Trim('\n'), current);
    }

    private static string Cell(string text)
    {
        var one = text.Replace("|", "\\|").Replace("\n", " ");
        return one.Length > 90 ? one[..87] + "…" : one;
    }
}
