using System.Linq;

namespace ReportKit.Tests;

public class UnitTreeTests
{
    [Fact]
    public void Units_are_listed_depth_first_in_the_order_given()
    {
        var tree = UnitTree.Create(new[]
        {
            new Unit("cb2", "Chi bộ Thôn 2", "du", "chi_bo"),
            new Unit("du", "Đảng ủy xã Tân Lập", null, "dang_uy"),
            new Unit("cb1", "Chi bộ Thôn 1", "du", "chi_bo"),
            new Unit("to", "Tổ đảng", "cb2", null),
        });
        Assert.Equal(new[] { "du", "cb2", "to", "cb1" }, tree.Units.Select(u => u.Id));
        Assert.Equal(2, tree.DepthOf("to"));
        Assert.Equal(new[] { "cb2", "to" }, tree.SubtreeOf("cb2").Select(u => u.Id));
        Assert.Equal(new[] { "cb2", "du" }, tree.AncestorsOf("to").Select(u => u.Id));
        Assert.True(tree.IsLeaf("cb1"));
    }

    [Fact]
    public void Unknown_parents_duplicate_ids_and_cycles_are_all_reported_in_vietnamese()
    {
        var error = Assert.Throws<UnitTreeException>(() => UnitTree.Create(new[]
        {
            new Unit("a", "Chi bộ A", "b", null),
            new Unit("b", "Chi bộ B", "a", null),
            new Unit("c", "Chi bộ C", "khong_co", null),
            new Unit("c", "Chi bộ C trùng", null, null),
        }));
        Assert.Equal(
            new[]
            {
                "Mã đơn vị «c» bị trùng.",
                "Đơn vị «Chi bộ C» (c) thuộc đơn vị cấp trên «khong_co» không có trong danh sách.",
                "Các đơn vị cấp trên tạo thành vòng: a → b → a.",
            },
            error.Problems);
    }

    [Fact]
    public void A_unit_that_is_its_own_parent_is_a_cycle()
    {
        Assert.False(UnitTree.TryCreate(new[] { new Unit("a", "Chi bộ A", "a", null) }, out var tree, out var problems));
        Assert.Null(tree);
        Assert.Equal(new[] { "Các đơn vị cấp trên tạo thành vòng: a → a." }, problems);
    }

    [Fact]
    public void A_shared_name_is_told_apart_by_its_parent_and_by_its_id_only_when_the_parent_does_not()
    {
        var tree = UnitTree.Create(new[]
        {
            new Unit("tl", "Đảng ủy xã Tân Lập", null, "dang_uy"),
            new Unit("hb", "Đảng ủy xã Hòa Bình", null, "dang_uy"),
            new Unit("tl2", "Đảng ủy xã Tân Lập", null, "dang_uy"),
            new Unit("cb_tl", "Chi bộ Thôn 2", "tl", "chi_bo"),
            new Unit("cb_hb", "Chi bộ thôn 2", "hb", "chi_bo"),
            new Unit("cb_hb_b", "Chi bộ Thôn 2", "hb", "chi_bo"),
            new Unit("cb1", "Chi bộ Thôn 1", "hb", "chi_bo"),
        });
        Assert.Equal("Chi bộ Thôn 1", tree.LabelOf("cb1"));
        Assert.Equal("Chi bộ Thôn 2 (Đảng ủy xã Tân Lập)", tree.LabelOf("cb_tl"));
        // Two of one name under one parent, and two roots of one name: only the id tells them apart.
        Assert.Equal("Chi bộ thôn 2 (cb_hb)", tree.LabelOf("cb_hb"));
        Assert.Equal("Chi bộ Thôn 2 (cb_hb_b)", tree.LabelOf("cb_hb_b"));
        Assert.Equal("Đảng ủy xã Tân Lập (tl2)", tree.LabelOf("tl2"));
        Assert.Equal("Đảng ủy xã Hòa Bình", tree.LabelOf("hb"));
        Assert.Equal("khong_co", tree.LabelOrId("khong_co"));
    }
}
