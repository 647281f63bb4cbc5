using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>Command lines a user gets wrong: exit code 2 and a message, nothing written.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void An_unknown_option_exits_2_with_a_message()
    {
        var folder = RepoPaths.NewTempFolder("cli-usage");
        var result = Cli.Run(folder, "demo", "--bogus");
        Cli.ExitCode(2, result);
        Assert.Contains("lỗi: lệnh, tùy chọn hoặc đối số không có: '--bogus'", result.StandardError);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Forms_without_units_exits_2_naming_the_option()
    {
        var folder = RepoPaths.NewTempFolder("cli-usage");
        var result = Cli.Run(folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--out", "forms");
        Cli.ExitCode(2, result);
        Assert.Contains("--units", result.StandardError);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Summarize_for_a_year_before_the_plan_exits_2_naming_the_reports_periods()
    {
        var folder = Office();
        var result = Cli.Run(folder, Summarize("--period", "2022"));
        Cli.ExitCode(2, result);
        Assert.Equal(
            "lỗi: báo cáo hang_nam không có kỳ '2022' (báo cáo này chỉ tính từ năm 2023); các kỳ: 2023, 2024, … (từ năm 2023 trở đi)",
            result.StandardError.Trim());
        Assert.DoesNotContain("không mong đợi", result.StandardError);
        AssertNothingWritten(folder);
    }

    [Fact]
    public void Forms_for_another_span_than_the_plans_exits_2_naming_the_span()
    {
        var folder = Office();
        var result = Cli.Run(folder, "forms", Cli.Seed001, "--report", "so_ket", "--period", "2023-2024", "--units", "don-vi.csv", "--out", "bieu-nhap");
        Cli.ExitCode(2, result);
        Assert.Equal("lỗi: báo cáo so_ket không có kỳ '2023-2024' (báo cáo này chỉ có kỳ 2023-2025); các kỳ: 2023-2025", result.StandardError.Trim());
        AssertNothingWritten(folder);
    }

    [Fact]
    public void Forms_for_a_period_the_regime_does_not_ask_for_exits_2_saying_why()
    {
        var folder = Office();
        var template = Path.Combine(RepoPaths.Root, "tests", "ReportKit.Templates.Tests", "Valid", "time.plan.yaml");
        var result = Cli.Run(folder, "forms", template, "--report", "sau_thang", "--period", "2024-H2", "--units", "don-vi.csv", "--out", "bieu-nhap");
        Cli.ExitCode(2, result);
        Assert.Equal(
            "lỗi: báo cáo sau_thang không có kỳ '2024-H2' (chế độ báo cáo chỉ yêu cầu 6 tháng đầu năm; 6 tháng cuối năm 2024 không phải báo cáo); " +
            "các kỳ: 2024-H1, 2025-H1, … (từ năm 2024 trở đi)",
            result.StandardError.Trim());
        AssertNothingWritten(folder);
    }

    [Fact]
    public void Forms_for_a_year_before_the_plan_exits_2_too()
    {
        var folder = Office();
        var result = Cli.Run(folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2022", "--units", "don-vi.csv", "--out", "bieu-nhap");
        Cli.ExitCode(2, result);
        Assert.Contains("báo cáo hang_nam không có kỳ '2022' (báo cáo này chỉ tính từ năm 2023)", result.StandardError);
        AssertNothingWritten(folder);
    }

    /// <summary>Each wrong command line: exit 2, the message in <paramref name="expected"/>, nothing written.</summary>
    [Theory]
    [InlineData("lệnh, tùy chọn hoặc đối số không có: 'tong-hop'", new[] { "tong-hop" })]
    [InlineData("chưa chọn lệnh", new string[0])]
    [InlineData("lệnh, tùy chọn hoặc đối số không có: '--asof'", new[] { "summarize", "{template}", "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--in", "bieu-nhap", "--out", "tong-hop.xlsx", "--asof", "2024-12-15" })]
    [InlineData("thiếu tùy chọn bắt buộc --in", new[] { "summarize", "{template}", "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--out", "tong-hop.xlsx" })]
    [InlineData("thiếu tùy chọn bắt buộc --out", new[] { "summarize", "{template}", "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--in", "bieu-nhap" })]
    [InlineData("kế hoạch không có báo cáo 'hang_thang'; các báo cáo: trien_khai (", new[] { "summarize", "{template}", "--report", "hang_thang", "--period", "2024", "--units", "don-vi.csv", "--in", "bieu-nhap", "--out", "tong-hop.xlsx" })]
    [InlineData("kế hoạch có nhiều báo cáo, hãy chọn --report", new[] { "forms", "{template}", "--period", "2024", "--units", "don-vi.csv", "--out", "bieu-nhap" })]
    [InlineData("kỳ báo cáo '2024-Q1' không hợp lệ cho báo cáo hang_nam; các kỳ: 2023, 2024, … (từ năm 2023 trở đi) (--period, ví dụ 2024)", new[] { "forms", "{template}", "--report", "hang_nam", "--period", "2024-Q1", "--units", "don-vi.csv", "--out", "bieu-nhap" })]
    [InlineData("kỳ báo cáo '(trống)' không hợp lệ cho báo cáo hang_nam; các kỳ: 2023, 2024, … (từ năm 2023 trở đi) (--period, ví dụ 2024)", new[] { "summarize", "{template}", "--report", "hang_nam", "--units", "don-vi.csv", "--in", "bieu-nhap", "--out", "tong-hop.xlsx" })]
    [InlineData("--as-of: ngày '15/12/2024' không hợp lệ; viết theo dạng yyyy-MM-dd, ví dụ 2024-12-15", new[] { "summarize", "{template}", "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--in", "bieu-nhap", "--out", "tong-hop.xlsx", "--as-of", "15/12/2024" })]
    [InlineData("--as-of: ngày '2024-02-30' không hợp lệ", new[] { "summarize", "{template}", "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--in", "bieu-nhap", "--out", "tong-hop.xlsx", "--as-of", "2024-02-30" })]
    public void A_bad_command_line_exits_2_with_a_message_and_writes_nothing(string expected, string[] arguments)
    {
        var folder = Office();
        var result = Cli.Run(folder, arguments.Select(a => a == "{template}" ? Cli.Seed001 : a).ToArray());
        Cli.ExitCode(2, result);
        Assert.Contains("lỗi: " + expected, result.StandardError);
        AssertNothingWritten(folder);
    }

    [Fact]
    public void A_template_or_units_file_that_is_not_there_exits_4_naming_it()
    {
        var folder = Office();
        var template = Cli.Run(folder, "summarize", "ke-hoach.plan.yaml", "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--in", "bieu-nhap", "--out", "tong-hop.xlsx");
        Cli.ExitCode(4, template);
        Assert.Equal("lỗi: không tìm thấy mẫu kế hoạch 'ke-hoach.plan.yaml'", template.StandardError.Trim());

        var units = Cli.Run(folder, Summarize("--period", "2024", "--units", "donvi.csv"));
        Cli.ExitCode(4, units);
        Assert.Equal("lỗi: không tìm thấy tệp danh sách đơn vị 'donvi.csv'", units.StandardError.Trim());
        AssertNothingWritten(folder);
    }

    [Fact]
    public void A_units_file_with_a_level_the_plan_does_not_have_exits_1_at_its_line_and_writes_nothing()
    {
        var folder = Office();
        File.WriteAllText(Path.Combine(folder, "don-vi.csv"),
            "id,name,parent,level\ndu,Đảng ủy xã Hồng Phong,,dang_uy\ncb1,Chi bộ Thôn 1,du,chi_bo\ncb2,Chi bộ Thôn 2,du,chi_bo\n" +
            "cb3,Chi bộ Thôn 3,du,chi_bo\ncb4,Chi bộ Thôn 4,du,chi_bo\nxa,Xã Hồng Phong,du,xa\n", new UTF8Encoding(true));

        foreach (var result in new[]
                 {
                     Cli.Run(folder, Summarize("--period", "2024")),
                     Cli.Run(folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--out", "bieu-nhap"),
                 })
        {
            Cli.ExitCode(1, result);
            Assert.Equal("lỗi: don-vi.csv, dòng 7: cấp «xa» không có trong kế hoạch (các cấp: chi_bo, dang_uy, huyen_uy)",
                result.StandardError.Trim());
        }
        AssertNothingWritten(folder);
    }

    /// <summary>A folder with a units file of seed 001 and an empty folder of returned forms.</summary>
    private static string Office()
    {
        var folder = RepoPaths.NewTempFolder("cli-usage");
        File.WriteAllText(Path.Combine(folder, "don-vi.csv"), "id,name,parent,level\ndu,Đảng ủy xã,,dang_uy\ncb1,Chi bộ Thôn 1,du,chi_bo\n", new UTF8Encoding(true));
        Directory.CreateDirectory(Path.Combine(folder, "bieu-nhap"));
        return folder;
    }

    private static string[] Summarize(params string[] options)
    {
        var arguments = new List<string> { "summarize", Cli.Seed001, "--report", "hang_nam", "--in", "bieu-nhap", "--out", "tong-hop.xlsx", "--as-of", "2024-12-15" };
        arguments.AddRange(options);
        if (!options.Contains("--units"))
            arguments.AddRange(new[] { "--units", "don-vi.csv" });
        return arguments.ToArray();
    }

    private static void AssertNothingWritten(string folder)
    {
        Assert.Equal(new[] { "bieu-nhap", "don-vi.csv" }, Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "don-vi.csv" }, Cli.Files(folder).Keys);
    }
}
