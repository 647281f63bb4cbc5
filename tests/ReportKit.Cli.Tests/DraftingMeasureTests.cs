using System.IO;
using System.Linq;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// The drafts of the four seeds against their hand-written templates. The table in docs/drafting.md is this test's
/// output: when the drafter changes, run with REPORTKIT_UPDATE_DOCS=1 to rewrite it, then read the diff.
/// </summary>
public sealed class DraftingMeasureTests
{
    private const string Begin = "<!-- measure:begin (written by DraftingMeasureTests; REPORTKIT_UPDATE_DOCS=1 to refresh) -->";
    private const string End = "<!-- measure:end -->";

    [Fact]
    public void Outline_numbering_comes_out_exactly_as_the_hand_templates_write_it_for_every_seed()
    {
        foreach (var (plan, template) in DraftingMeasure.Seeds)
        {
            var hand = DraftingMeasure.Outline(DraftingMeasure.HandSpec(template)).Select(i => i.Path).Where(DraftingMeasure.IsNumbered).ToArray();
            var draft = DraftingMeasure.Outline(DraftingMeasure.DraftSpec(DraftingMeasure.PlanPath(plan), out _)).Select(i => i.Path)
                .Where(DraftingMeasure.IsNumbered).ToArray();
            Assert.True(hand.SequenceEqual(draft), plan + "\nhand:  " + string.Join(" ", hand) + "\ndraft: " + string.Join(" ", draft));
        }
    }

    [Fact]
    public void The_field_by_field_table_in_docs_is_the_one_the_drafter_gives_now()
    {
        var table = DraftingMeasure.Table(DraftingMeasure.Seeds.Select(s => DraftingMeasure.Measure(s.Plan, s.Template)).ToList());
        var path = RepoPaths.Combine("docs", "drafting.md");
        var doc = File.ReadAllText(path);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/drafting.md has no measure markers");
        var current = doc.Substring(start + Begin.Length, end - start - Begin.Length).Trim('\n');
        if (Environment.GetEnvironmentVariable("REPORTKIT_UPDATE_DOCS") == "1" && current != table.Trim('\n'))
        {
            File.WriteAllText(path, doc.Substring(0, start + Begin.Length) + "\n" + table.Trim('\n') + "\n" + doc.Substring(end));
            return;
        }
        Assert.Equal(table.Trim('\n'), current);
    }
}
