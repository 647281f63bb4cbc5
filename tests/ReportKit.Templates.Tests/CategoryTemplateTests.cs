using System.IO;
using System.Linq;
using ReportKit.Testing;

namespace ReportKit.Templates.Tests;

/// <summary>The example template with a cross-tab, and what the JSON Schema can tell of categories without the checker.</summary>
public sealed class CategoryTemplateTests
{
    private static readonly string Example = Path.Combine(RepoPaths.Templates, "examples", "tong-dieu-tra-nong-thon-2025.plan.yaml");

    [Fact]
    public void Example_is_clean_for_the_checker_and_valid_against_the_schema()
    {
        var text = File.ReadAllText(Example);
        var parsed = PlanTemplateParser.Parse(Example, text);

        Assert.True(parsed.Diagnostics.IsEmpty, string.Join("\n", parsed.Diagnostics));
        var indicator = Assert.Single(parsed.Plan!.Indicators);
        Assert.Equal(Disaggregation.CrossTab, indicator.By);
        Assert.Equal(new[] { "doi_tuong", "hinh_thuc" }, indicator.Dimensions);
        Assert.Equal(new ExcludedCellSpec("ho", "webform"), Assert.Single(indicator.Exclude));
        Assert.Equal(7, parsed.Plan.EnteredCellsOf(indicator).Count);
        var results = SchemaTests.Evaluate(SchemaTests.YamlToJson(text));
        Assert.True(results.IsValid, SchemaTests.Describe(results));
        Assert.Equal("# yaml-language-server: $schema=../reportkit.plan.schema.json", File.ReadLines(Example).First());
    }

    // Cross-references (an unknown category or option, an option twice) need the checker; the shapes the schema rejects itself.
    [Theory]
    [InlineData("categories-three-dimensions")]
    [InlineData("categories-same-dimension-twice")]
    [InlineData("categories-empty-options")]
    public void Schema_rejects_the_malformed_category_shapes(string file)
    {
        var results = SchemaTests.Evaluate(SchemaTests.YamlToJson(File.ReadAllText(TemplateFiles.Malformed(file))));

        Assert.False(results.IsValid);
    }

    [Fact]
    public void Schema_rejects_an_exclusion_that_is_not_a_pair()
    {
        var text = File.ReadAllText(Example).Replace("- [ho, webform]", "- [ho]", System.StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(Example), text);

        Assert.False(SchemaTests.Evaluate(SchemaTests.YamlToJson(text)).IsValid);
    }

    [Fact]
    public void Categories_are_cached_on_equality_so_the_generator_sees_a_changed_option()
    {
        var text = File.ReadAllText(Example);
        var a = PlanTemplateParser.Parse(Example, text).Plan!;
        var b = PlanTemplateParser.Parse(Example, text).Plan!;
        var c = PlanTemplateParser.Parse(Example, text.Replace("title: UBND cấp xã", "title: UBND cấp xã, phường", System.StringComparison.Ordinal)).Plan!;

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
