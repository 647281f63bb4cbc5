using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary><c>reportkit units</c> writes a units file skeleton; <c>reportkit check --units</c> checks a units file at its lines.</summary>
public sealed class UnitsCommandTests
{
    [Fact]
    public void The_skeleton_has_a_row_per_level_from_the_top_with_parents_and_the_plans_units_in_excels_utf8()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        var result = Cli.Run(folder, "units", Cli.Seed001);
        Cli.ExitCode(0, result);

        var bytes = File.ReadAllBytes(Path.Combine(folder, "don-vi.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Equal(new[]
        {
            "id,name,parent,level",
            "huyen_uy_01,Huyện ủy,,huyen_uy",
            "dang_uy_01,Đảng ủy,huyen_uy_01,dang_uy",
            "chi_bo_01,\"Chi bộ, đơn vị\",dang_uy_01,chi_bo",
            "chi_bo_truc_thuoc,Các chi bộ trực thuộc Đảng ủy,dang_uy_01,chi_bo",
            "ban_chi_dao_35,Ban Chỉ đạo 35 xã,dang_uy_01,chi_bo",
            "mttq_doan_the,Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã,dang_uy_01,chi_bo",
            "van_hoa_xa_hoi_truyen_thanh,\"Công chức Văn hoá – Xã hội, Đài Truyền thanh xã\",dang_uy_01,chi_bo",
            "ban_tuyen_giao,Ban Tuyên giáo Đảng ủy,huyen_uy_01,dang_uy",
        }, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // The format has no comments: the guidance is on the console.
        Assert.Contains("  level   cấp của đơn vị, một trong:", result.StandardOutput);
        Assert.Contains("            chi_bo (Chi bộ, đơn vị)", result.StandardOutput);
        Assert.Contains($"reportkit check --units don-vi.csv {Cli.Seed001}", result.StandardOutput);
    }

    [Fact]
    public void The_skeleton_is_accepted_by_check_units_and_by_forms()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        Cli.ExitCode(0, Cli.Run(folder, "units", Cli.Seed001, "-o", "units.csv"));

        var check = Cli.Run(folder, "check", "--units", "units.csv", Cli.Seed001);
        Cli.ExitCode(0, check);
        Assert.Contains("đã kiểm tra 1 mẫu kế hoạch và danh sách đơn vị units.csv (8 đơn vị): 0 lỗi, 0 cảnh báo", check.StandardOutput);
        Assert.Equal("", check.StandardError);

        var forms = Cli.Run(folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--units", "units.csv", "--out", "bieu-nhap");
        Cli.ExitCode(0, forms);
        Assert.Equal(5, Directory.GetFiles(Path.Combine(folder, "bieu-nhap"), "*.xlsx").Length);
    }

    [Fact]
    public void Every_seed_and_example_gives_a_skeleton_check_accepts()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        foreach (var template in RepoPaths.BundledTemplatePaths())
        {
            Cli.ExitCode(0, Cli.Run(folder, "units", template, "-o", "u.csv", "--force", "-q"));
            var check = Cli.Run(folder, "check", "--units", "u.csv", template);
            Assert.True(check.ExitCode == 0, template + "\n" + check.All);
        }
    }

    [Fact]
    public void An_existing_file_is_kept_without_force_and_exits_3()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        File.WriteAllText(Path.Combine(folder, "don-vi.csv"), "của tôi");
        var result = Cli.Run(folder, "units", Cli.Seed001);
        Cli.ExitCode(3, result);
        Assert.Equal("lỗi: 'don-vi.csv' đã tồn tại; dùng --force để ghi đè", result.StandardError.Trim());
        Assert.Equal("của tôi", File.ReadAllText(Path.Combine(folder, "don-vi.csv")));
        Assert.Single(Directory.EnumerateFileSystemEntries(folder));

        Cli.ExitCode(0, Cli.Run(folder, "units", Cli.Seed001, "--force"));
        Assert.StartsWith("id,name,parent,level", File.ReadAllText(Path.Combine(folder, "don-vi.csv")));
    }

    [Fact]
    public void Check_units_tells_each_mistake_at_its_line_and_column_and_exits_1()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        File.WriteAllText(Path.Combine(folder, "don-vi.csv"),
            "id,name,parent,level\n" +
            "hu,Huyện ủy,,huyen_uy\n" +            // 2
            "du,Đảng ủy xã,hu,dang_uy\n" +         // 3
            "du,Đảng ủy xã (lặp),hu,dang_uy\n" +   // 4: duplicate id
            "cb1,Chi bộ 1,khong_co,chi_bo\n" +      // 5: unknown parent
            "cb2,Chi bộ 2,du,xa\n" +                // 6: unknown level
            "cb3,Chi bộ 3,cb4,\n" +                 // 7: cycle
            "cb4,Chi bộ 4,cb3,\n" +                 // 8
            "x,Đảng ủy dưới chi bộ,cb5,dang_uy\n" + // 9: level not below its parent's
            "cb5,Chi bộ 5,du,chi_bo\n" +            // 10
            "cb6,Chi bộ 6,cb2,chi_bo\n",            // 11: under a refused line, not told again
            new UTF8Encoding(true));

        var result = Cli.Run(folder, "check", "--units", "don-vi.csv", Cli.Seed001);

        Cli.ExitCode(1, result);
        Assert.Equal(new[]
        {
            "don-vi.csv(4,1): error: mã đơn vị 'du' bị trùng với dòng 3; mỗi đơn vị một mã riêng",
            "don-vi.csv(5,14): error: đơn vị cấp trên 'khong_co' của 'cb1' không có trong danh sách; ghi mã (id) của một đơn vị trong tệp, hoặc để trống nếu là đơn vị gốc",
            "don-vi.csv(6,17): error: cấp «xa» không có trong kế hoạch (các cấp: chi_bo, dang_uy, huyen_uy)",
            "don-vi.csv(7,14): error: các đơn vị cấp trên tạo thành vòng: cb3 → cb4 → cb3; sửa cột parent để có một đơn vị gốc",
            "don-vi.csv(9,27): error: đơn vị 'x' cấp «dang_uy» không thể trực thuộc 'cb5' cấp «chi_bo»: cấp trên phải cao hơn (các cấp từ dưới lên: chi_bo, dang_uy, huyen_uy)",
        }, result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Contains("đã kiểm tra 1 mẫu kế hoạch và danh sách đơn vị don-vi.csv: 5 lỗi, 0 cảnh báo", result.StandardOutput);

        // forms refuses the same file, at the same lines, in the clerk's words.
        var forms = Cli.Run(folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--out", "bieu-nhap");
        Cli.ExitCode(1, forms);
        Assert.Contains("lỗi: don-vi.csv, dòng 9: đơn vị 'x' cấp «dang_uy» không thể trực thuộc 'cb5' cấp «chi_bo»", forms.StandardError);
        Assert.False(Directory.Exists(Path.Combine(folder, "bieu-nhap")));
    }

    [Fact]
    public void Check_units_checks_the_targets_column_at_its_column()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        var template = Path.Combine(RepoPaths.Templates, "examples", "ke-hoach-hoat-dong-he-ninh-thuan-2020.plan.yaml");
        File.WriteAllText(Path.Combine(folder, "don-vi.csv"),
            "id,name,parent,level,targets\ntinh,Tỉnh,,tinh,\nh1,Huyện 1,tinh,huyen,trai_he=2\n", new UTF8Encoding(true));

        var result = Cli.Run(folder, "check", "-u", "don-vi.csv", template);

        Cli.ExitCode(1, result);
        Assert.StartsWith("don-vi.csv(3,23): error: cột targets: kế hoạch không có chỉ tiêu «trai_he»", result.StandardError);
    }

    [Fact]
    public void Check_units_in_english()
    {
        var folder = RepoPaths.NewTempFolder("cli-units");
        File.WriteAllText(Path.Combine(folder, "don-vi.csv"), "id,name,parent,level\ndu,Đảng ủy,,dang_uy\ndu,Đảng ủy,,dang_uy\n", new UTF8Encoding(true));
        var result = Cli.Run(folder, "--lang", "en", "check", "--units", "don-vi.csv", Cli.Seed001);
        Cli.ExitCode(1, result);
        Assert.Equal("don-vi.csv(3,1): error: unit id 'du' is also at line 2; each unit needs its own id", result.StandardError.Trim());
    }
}
