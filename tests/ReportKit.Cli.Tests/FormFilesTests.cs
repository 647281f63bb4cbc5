using ReportKit.Excel;
using System.Linq;
using System.Text;

namespace ReportKit.Cli.Tests;

public sealed class FormFilesTests
{
    [Fact]
    public void Units_with_the_same_name_get_their_ids_so_no_form_overwrites_another()
    {
        var names = FormFiles.ForUnits(
            new[] { new Unit("chi_bo_07", "Chi bộ Công an xã", null, null), new Unit("chi_bo_05", "Chi bộ Công an xã", null, null), new Unit("chi_bo_01", "Chi bộ Thôn 3", null, null) },
            "hang_nam", "2024");
        Assert.Equal("Chi bộ Công an xã (chi_bo_07)_hang_nam_2024.xlsx", names["chi_bo_07"]);
        Assert.Equal("Chi bộ Công an xã (chi_bo_05)_hang_nam_2024.xlsx", names["chi_bo_05"]);
        Assert.Equal("Chi bộ Thôn 3_hang_nam_2024.xlsx", names["chi_bo_01"]);
    }

    [Fact]
    public void Long_names_that_share_their_beginning_keep_the_report_and_period_and_stay_distinct()
    {
        var stem = string.Concat(Enumerable.Repeat("Chi bộ Trường Trung học phổ thông ", 6));
        var names = FormFiles.ForUnits(new[] { new Unit("a", stem + "Hồng Phong", null, null), new Unit("b", stem + "Tân Lập", null, null) }, "hang_nam", "2024");
        Assert.NotEqual(names["a"], names["b"]);
        Assert.All(names.Values, n => Assert.EndsWith("_hang_nam_2024.xlsx", n));
        Assert.All(names.Values, n => Assert.InRange(Encoding.UTF8.GetByteCount(n), 1, SafeFileName.MaxBytes));
        Assert.EndsWith(" (a)_hang_nam_2024.xlsx", names["a"]);
    }
}
