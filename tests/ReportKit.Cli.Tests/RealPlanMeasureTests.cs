using System.IO;
using System.Linq;

namespace ReportKit.Cli.Tests;

/// <summary>
/// The drafts of real plans (openings of stored public pages) against the templates written by hand from the same
/// text. The second table in docs/drafting.md is this test's output (REPORTKIT_UPDATE_DOCS=1 rewrites it).
/// </summary>
public sealed class RealPlanMeasureTests
{
    private const string Begin = "<!-- realplans:begin (written by RealPlanMeasureTests with REPORTKIT_REAL_PLANS set; REPORTKIT_UPDATE_DOCS=1 to refresh) -->";
    private const string End = "<!-- realplans:end -->";

    [Fact]
    public void Every_real_plan_has_its_hand_written_template_in_the_examples()
    {
        foreach (var name in RealPlans.Names)
            Assert.True(File.Exists(RealPlans.TemplatePath(name)), RealPlans.TemplatePath(name));
    }

    private static void AssertTextsPresent()
    {
        foreach (var name in RealPlans.Names)
            Assert.True(File.Exists(RealPlans.PlanPath(name)), "no text for " + name + " in " + RealPlans.Folder + " (" + RealPlans.Variable + ")");
    }

    [RealPlanFact]
    public void Outline_numbering_comes_out_exactly_as_the_hand_templates_write_it_for_every_real_plan()
    {
        AssertTextsPresent();
        foreach (var name in RealPlans.Names)
            DraftingMeasure.AssertNumberingExact(name, DraftingMeasure.HandSpecAt(RealPlans.TemplatePath(name)), DraftingMeasure.DraftSpec(RealPlans.PlanPath(name), out _));
    }

    [RealPlanFact]
    public void The_real_plans_table_in_docs_is_the_one_the_drafter_gives_now()
    {
        AssertTextsPresent();
        var results = RealPlans.Names.Select(n => DraftingMeasure.MeasureFiles(RealPlans.PlanPath(n), RealPlans.TemplatePath(n), n)).ToList();
        DraftingMeasure.AssertDocsBlock(Begin, End, DraftingMeasure.Table(results));
    }
}
