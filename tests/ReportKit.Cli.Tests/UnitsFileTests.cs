using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

public sealed class UnitsFileTests
{
    private static (UnitTree? Tree, string[] Problems, string Path) Read(string content, string[]? levels = null)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("units"), "don-vi.csv");
        File.WriteAllText(path, content, new UTF8Encoding(true));
        var (tree, problems) = UnitsFile.Read(path, levels);
        return (tree, problems.Select(p => p.ToString()).ToArray(), path);
    }

    [Fact]
    public void A_file_saved_by_excel_reads_with_quotes_a_bom_and_decomposed_letters()
    {
        var (tree, problems, _) = Read("Id,Name,Parent,Level\r\ndu,Đảng ủy xã,,dang_uy\r\ncb1,\"Chi bộ Thôn 1, 2 \"\"cũ\"\"\",du,chi_bo\r\n\r\ncb2," +
                                       "Chi bộ Quân sự xã".Normalize(NormalizationForm.FormD) + ",du,chi_bo\r\n");
        Assert.Empty(problems);
        Assert.Equal(new[] { "du", "cb1", "cb2" }, tree!.Units.Select(u => u.Id));
        Assert.Equal("Chi bộ Thôn 1, 2 \"cũ\"", tree["cb1"].Name);
        Assert.Equal("Chi bộ Quân sự xã", tree["cb2"].Name);
        Assert.Equal("du", tree["cb2"].ParentId);
        Assert.Equal("chi_bo", tree["cb2"].LevelId);
    }

    [Fact]
    public void A_file_in_the_ansi_code_page_is_refused_with_how_to_save_it_not_garbled()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("units"), "don-vi.csv");
        // "Chi bộ" in Windows-1258 bytes: not valid UTF-8.
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("id,name,parent,level\ncb1,Chi b").Concat(new byte[] { 0xF4, 0xF2 }).Concat(Encoding.ASCII.GetBytes(",,\n")).ToArray());

        var (tree, problems) = UnitsFile.Read(path);

        Assert.Null(tree);
        Assert.Contains("CSV UTF-8", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Invalid_bytes_after_a_byte_order_mark_are_refused_too()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("units"), "don-vi.csv");
        File.WriteAllBytes(path, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.ASCII.GetBytes("id,name,parent,level\ncb1,Chi b")).Concat(new byte[] { 0xF4, 0xF2 }).Concat(Encoding.ASCII.GetBytes(",,\n")).ToArray());

        var (tree, problems) = UnitsFile.Read(path);

        Assert.Null(tree);
        Assert.Contains("CSV UTF-8", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Written_files_start_with_a_byte_order_mark_for_excel() =>
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, UnitsFile.Encoding.GetPreamble());

    [Fact]
    public void Writing_then_reading_gives_the_same_units()
    {
        var (tree, _, _) = Read("id,name,parent,level\ndu,\"Đảng ủy xã Hồng Phong, huyện \"\"A\"\"\",,dang_uy\ncb1,Chi bộ Thôn 1/2,du,chi_bo\n");
        var (again, problems, _) = Read(UnitsFile.Write(tree!));
        Assert.Empty(problems);
        Assert.Equal(tree!.Units, again!.Units);
    }

    [Theory]
    [InlineData("ma,ten,cap_tren,cap\nx,X,,\n")]
    [InlineData("id,name,parent\nx,X,\n")]
    [InlineData("")]
    public void A_bad_header_is_reported_at_line_1(string content)
    {
        var (tree, problems, path) = Read(content);
        Assert.Null(tree);
        Assert.Equal($"{path}, dòng 1: dòng đầu phải là 'id,name,parent,level' (hoặc thêm cột ',targets')", Assert.Single(problems));
    }

    [Fact]
    public void Rows_with_missing_columns_blank_ids_or_names_or_an_unclosed_quote_are_reported_with_their_lines()
    {
        var (tree, problems, path) = Read("id,name,parent,level\ndu,Đảng ủy,,dang_uy\ncb1,Chi bộ 1,du\n,Chi bộ 2,du,chi_bo\ncb3,Chi bộ 3,du,chi_bo\n" +
                                          "cb4,,du,chi_bo\ncb5,\"Chi bộ 5, Thôn 5,du,chi_bo\ncb6,Chi bộ 6,du,chi_bo,thừa\n");
        Assert.Null(tree);
        Assert.Equal(new[]
        {
            $"{path}, dòng 3: cần 4 cột id,name,parent,level, dòng này có 3",
            $"{path}, dòng 4: mã đơn vị (id) không được trống",
            $"{path}, dòng 6: tên đơn vị (name) không được trống",
            $"{path}, dòng 7: dấu ngoặc kép (\") mở mà không đóng",
            $"{path}, dòng 8: cần 4 cột id,name,parent,level, dòng này có 5",
        }, problems);
    }

    [Fact]
    public void A_level_the_plan_does_not_have_is_reported_at_its_line_with_the_plans_levels()
    {
        var (tree, problems, path) = Read(
            "id,name,parent,level\nhu,Huyện ủy,,huyen_uy\ndu,Đảng ủy xã,hu,dang_uy\ncb1,Chi bộ 1,du,chi_bo\ncb2,Chi bộ 2,du,\n" +
            "cb3,Chi bộ 3,du,chi_bo\ncb4,Chi bộ 4,du,xa\n",
            new[] { "chi_bo", "dang_uy", "huyen_uy" });
        Assert.Null(tree);
        Assert.Equal($"{path}, dòng 7: cấp «xa» không có trong kế hoạch (các cấp: chi_bo, dang_uy, huyen_uy)", Assert.Single(problems));
    }

    [Fact]
    public void Without_the_plans_levels_any_level_is_read()
    {
        var (tree, problems, _) = Read("id,name,parent,level\ndu,Đảng ủy xã,,xa\n");
        Assert.Empty(problems);
        Assert.Equal("xa", tree!["du"].LevelId);
    }

    [Fact]
    public void An_unknown_parent_a_duplicate_id_and_a_cycle_are_reported_with_their_lines()
    {
        var (tree, problems, path) = Read(
            "id,name,parent,level\n" +
            "du,Đảng ủy,,dang_uy\n" +        // 2
            "cb1,Chi bộ 1,dang_uy_cu,chi_bo\n" + // 3: unknown parent
            "cb2,Chi bộ 2,cb3,chi_bo\n" +   // 4: cycle cb2 → cb3 → cb2
            "cb3,Chi bộ 3,cb2,chi_bo\n" +   // 5
            "cb1,Chi bộ 1 (lặp),du,chi_bo\n"); // 6: duplicate id
        Assert.Null(tree);
        Assert.Equal(new[]
        {
            $"{path}, dòng 3: đơn vị cấp trên 'dang_uy_cu' của 'cb1' không có trong danh sách; ghi mã (id) của một đơn vị trong tệp, hoặc để trống nếu là đơn vị gốc",
            $"{path}, dòng 4: các đơn vị cấp trên tạo thành vòng: cb2 → cb3 → cb2; sửa cột parent để có một đơn vị gốc",
            $"{path}, dòng 6: mã đơn vị 'cb1' bị trùng với dòng 3; mỗi đơn vị một mã riêng",
        }, problems);
    }

    [Fact]
    public void A_unit_that_is_its_own_parent_is_a_cycle()
    {
        var (_, problems, path) = Read("id,name,parent,level\ndu,Đảng ủy,du,dang_uy\n");
        Assert.Equal($"{path}, dòng 2: các đơn vị cấp trên tạo thành vòng: du → du; sửa cột parent để có một đơn vị gốc", Assert.Single(problems));
    }
}
