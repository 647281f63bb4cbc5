using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>The units file's optional <c>targets</c> column: thresholds the plan assigns per unit, checked against the plan.</summary>
public sealed class UnitsFileTargetsTests
{
    private static readonly PlanSpec Plan = ParsePlan();

    private static PlanSpec ParsePlan()
    {
        var path = Path.Combine(RepoPaths.Templates, "examples", "ke-hoach-hoat-dong-he-ninh-thuan-2020.plan.yaml");
        return PlanTemplateParser.Parse(path, File.ReadAllText(path)).Plan!;
    }

    private static (UnitTree? Tree, UnitTarget[] Targets, string[] Problems, string Path) Read(string content)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("units-targets"), "don-vi.csv");
        File.WriteAllText(path, content, new UTF8Encoding(true));
        var (tree, targets, problems) = UnitsFile.Read(path, Plan.Levels.Select(l => l.Id).ToList(), Plan);
        return (tree, targets.ToArray(), problems.Select(p => p.ToString()).ToArray(), path);
    }

    [Fact]
    public void Thresholds_in_the_targets_column_are_read_per_unit_and_a_blank_cell_keeps_the_templates()
    {
        var (tree, targets, problems, _) = Read(
            "id,name,parent,level,targets\n" +
            "tinh,Ban Chỉ đạo tỉnh,,tinh,\n" +
            "h1,Huyện Ninh Hải,tinh,huyen,\"trai_he_ky_nang=2; hssv_tham_gia=40%\"\n" +
            "h2,Huyện Ninh Phước,tinh,huyen,\n");

        Assert.Empty(problems);
        Assert.Equal(3, tree!.Units.Count);
        Assert.Equal(new[] { new UnitTarget("h1", "trai_he_ky_nang", 2m), new UnitTarget("h1", "hssv_tham_gia", 0.4m) }, targets);
    }

    [Fact]
    public void A_file_without_the_column_reads_as_before_with_no_thresholds()
    {
        var (tree, targets, problems, _) = Read("id,name,parent,level\ntinh,Tỉnh,,tinh\nh1,Huyện 1,tinh,huyen\n");

        Assert.Empty(problems);
        Assert.Equal(2, tree!.Units.Count);
        Assert.Empty(targets);
    }

    [Fact]
    public void Each_wrong_threshold_is_told_at_its_line_with_what_to_write()
    {
        var (tree, _, problems, path) = Read(
            "id,name,parent,level,targets\n" +
            "tinh,Tỉnh,,tinh,trai_he_ky_nang=1\n" +
            "h1,Huyện 1,tinh,huyen,trai_he=2\n" +
            "h2,Huyện 2,tinh,huyen,toa_dam_cap_tinh=1\n" +
            "h3,Huyện 3,tinh,huyen,trai_he_ky_nang=hai\n" +
            "h4,Huyện 4,tinh,huyen,trai_he_ky_nang 2\n" +
            "h5,Huyện 5,tinh,huyen,trai_he_ky_nang=1;trai_he_ky_nang=2\n");

        Assert.Null(tree);
        Assert.Equal(new[]
        {
            $"{path}, dòng 2: cột targets: chỉ tiêu «trai_he_ky_nang» đánh giá các đơn vị cấp «huyen», đơn vị «tinh» thuộc cấp «tinh»",
            $"{path}, dòng 3: cột targets: kế hoạch không có chỉ tiêu «trai_he» (các chỉ tiêu: trai_he_ky_nang, hoat_dong_ky_nang_song, diem_vui_choi_moi, hssv_tham_gia)",
            $"{path}, dòng 4: cột targets: chỉ tiêu «toa_dam_cap_tinh» tính trên số tổng hợp, không giao riêng cho từng đơn vị",
            $"{path}, dòng 5: cột targets: ngưỡng «hai» của chỉ tiêu «trai_he_ky_nang» không phải là số; ghi số với dấu chấm thập phân (2.5) hoặc phần trăm (40%)",
            $"{path}, dòng 6: cột targets: «trai_he_ky_nang 2» phải có dạng mã_chỉ_tiêu=ngưỡng, ví dụ trai_he=2",
            $"{path}, dòng 7: cột targets: chỉ tiêu «trai_he_ky_nang» được ghi hai lần",
        }, problems);
    }
}
