using System.IO;
using System.Linq;
using ReportKit.Testing;

namespace ReportKit.Templates.Tests;

/// <summary>The one walk of a plan's contents and the one way its numbers are shown.</summary>
public sealed class ContentOutlineTests
{
    [Theory]
    [InlineData("1.1", "1.1", "1.1", "1.1.", "1.1. Giới thiệu")]
    [InlineData("1.1.", "1.1", "1.1", "1.1.", "1.1. Giới thiệu")]
    [InlineData(" II ", "II", "II", "II.", "II. Giới thiệu")]
    [InlineData("a)", "a)", "a)", "a)", "a) Giới thiệu")]
    [InlineData("-", null, "-", "-", "Giới thiệu")]
    [InlineData(null, null, "-", "", "Giới thiệu")]
    public void A_document_number_is_shown_one_way_in_each_place(string? no, string? shortForm, string cell, string heading, string label)
    {
        Assert.Equal(shortForm, ItemNumbering.Short(no));
        Assert.Equal(cell, ItemNumbering.Cell(no));
        Assert.Equal(heading, ItemNumbering.Heading(no));
        Assert.Equal(label, ItemNumbering.Label(no, "Giới thiệu"));
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(49, "XLIX")]
    public void Parts_and_quarters_are_numbered_in_roman_numerals(int number, string roman) =>
        Assert.Equal(roman, ItemNumbering.Roman(number));

    [Fact]
    public void The_outline_lists_items_in_document_order_with_depth_parents_and_leaves()
    {
        var path = Path.Combine(RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml");
        var plan = PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan!;
        var outline = plan.Outline();

        Assert.Equal(new[] { "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3" }, outline.Nodes.Take(7).Select(n => n.Item.No));
        Assert.Equal(new[] { 0, 1, 1, 0, 1, 1, 1 }, outline.Nodes.Take(7).Select(n => n.Depth));
        var leaf = outline.Find("tong_quat")!;
        Assert.True(leaf.IsReportable);
        Assert.Equal("1.1. Giới thiệu tổng quát về Tác phẩm", leaf.Label);
        Assert.Equal(new[] { "Giới thiệu Tác phẩm" }, leaf.Groups.Select(g => g.Title));
        Assert.Equal(leaf.Groups, outline.GroupsAbove("tong_quat"));
        Assert.All(outline.Leaves, l => Assert.True(l.IsLeaf && l.Item.Id is not null));
        Assert.Equal(outline.Leaves.Select(l => l.Item.Id), outline.LeafIdsUnder(null));
        Assert.Equal(outline.Leaves.Where(l => l.Groups.Count > 0 && l.Groups[0].No == "2").Select(l => l.Item.Id),
            outline.LeafIdsUnder("cot_loi"));
        Assert.Empty(outline.GroupsAbove("khong_co"));
    }
}
