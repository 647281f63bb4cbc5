using System.Linq;

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
            DraftingMeasure.AssertNumberingExact(plan, DraftingMeasure.HandSpec(template), DraftingMeasure.DraftSpec(DraftingMeasure.PlanPath(plan), out _));
    }

    [Fact]
    public void The_field_by_field_table_in_docs_is_the_one_the_drafter_gives_now()
    {
        var table = DraftingMeasure.Table(DraftingMeasure.Seeds.Select(s => DraftingMeasure.Measure(s.Plan, s.Template)).ToList());
        DraftingMeasure.AssertDocsBlock(Begin, End, table);
    }
}
