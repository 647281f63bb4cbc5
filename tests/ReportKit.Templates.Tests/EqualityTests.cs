namespace ReportKit.Templates.Tests;

public class EqualityTests
{
    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_specs_and_hash_codes()
    {
        var text = TemplateFiles.Read(TemplateFiles.Valid("rich"));
        var first = PlanTemplateParser.Parse("rich.plan.yaml", text);
        var second = PlanTemplateParser.Parse("rich.plan.yaml", text);

        Assert.NotNull(first.Plan);
        Assert.NotSame(first.Plan, second.Plan);
        Assert.Equal(first.Plan, second.Plan);
        Assert.Equal(first.Plan!.GetHashCode(), second.Plan!.GetHashCode());
        Assert.Equal(first, second);
    }

    [Fact]
    public void Changing_one_label_changes_equality()
    {
        var text = TemplateFiles.Read(TemplateFiles.Valid("rich"));
        var original = PlanTemplateParser.Parse("rich.plan.yaml", text).Plan!;
        var edited = PlanTemplateParser.Parse("rich.plan.yaml", text.Replace("label: Tổng số đảng viên,", "label: Tổng số đảng viên chính thức,")).Plan!;

        Assert.NotEqual(original, edited);
        Assert.NotEqual(original.Indicators, edited.Indicators);
        // Elements above the edit keep their text and their locations, so they stay equal (generator caching relies on it).
        Assert.Equal(original.Levels, edited.Levels);
        Assert.Equal(original.Document, edited.Document);
    }

    [Fact]
    public void Diagnostics_are_deterministic()
    {
        var text = TemplateFiles.Read(TemplateFiles.Malformed("unknown-indicator-key"));
        Assert.Equal(PlanTemplateParser.Parse("x", text).Diagnostics, PlanTemplateParser.Parse("x", text).Diagnostics);
    }
}
