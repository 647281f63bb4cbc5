using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Testing;
using Snapshooter.Xunit;

namespace ReportKit.Cli.Tests;

/// <summary>The command's language: Vietnamese help and messages by default, English with <c>--lang en</c>; the same exit codes in both.</summary>
public sealed class LanguageTests
{
    [Fact]
    public void The_root_help_is_in_vietnamese() => Snapshot.Match(Help("--help"));

    [Fact]
    public void The_summarize_help_is_in_vietnamese() => Snapshot.Match(Help("summarize", "--help"));

    [Fact]
    public void The_summarize_help_is_in_english_under_lang_en() => Snapshot.Match(Help("--lang", "en", "summarize", "--help"));

    [Fact]
    public void The_environment_chooses_english_too()
    {
        var folder = RepoPaths.NewTempFolder("cli-lang");
        var result = ProcessRunner.Run("dotnet", new[] { Cli.Assembly, "forms", "--help" }, folder, new Dictionary<string, string> { ["REPORTKIT_LANG"] = "en" });
        Cli.ExitCode(0, result);
        Assert.Contains("Write a blank input form (.xlsx) for every unit that owes the report", result.StandardOutput);
        Assert.Contains("-u, --units <units> (REQUIRED)", result.StandardOutput);
    }

    /// <summary>System.CommandLine's own errors, reworded in Vietnamese by their shape, as they come in English.</summary>
    [Theory]
    [InlineData("vi", "lỗi: thiếu tùy chọn bắt buộc --units", "forms", "{template}", "--report", "hang_nam", "--period", "2024", "--out", "bieu-nhap")]
    [InlineData("en", "error: Option '--units' is required.", "forms", "{template}", "--report", "hang_nam", "--period", "2024", "--out", "bieu-nhap")]
    [InlineData("vi", "lỗi: giá trị 'A5' của tùy chọn --paper không hợp lệ; chọn một trong: A3, A4", "demo", "--paper", "A5")]
    [InlineData("en", "error: Cannot parse argument 'A5' for option '--paper' as expected type 'ReportKit.Excel.Layout.PaperSize'. Did you mean one of the following?\nA3\nA4", "demo", "--paper", "A5")]
    [InlineData("vi", "lỗi: lệnh 'forms' còn thiếu đối số; xem reportkit forms --help", "forms", "--units", "don-vi.csv", "--out", "x")]
    [InlineData("en", "error: Required argument missing for command: 'forms'.", "forms", "--units", "don-vi.csv", "--out", "x")]
    public void A_usage_error_is_told_in_the_chosen_language_exits_2_and_writes_nothing(string lang, string expected, params string[] arguments)
    {
        var folder = RepoPaths.NewTempFolder("cli-lang");
        var result = Cli.Run(folder, new[] { "--lang", lang }.Concat(arguments.Select(a => a == "{template}" ? Cli.Seed001 : a)).ToArray());
        Cli.ExitCode(2, result);
        Assert.Equal(expected, result.StandardError.Trim().Replace("\r\n", "\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    /// <summary>Each documented exit code is the same in both languages; only the words change.</summary>
    /// <param name="vi">What the Vietnamese output contains.</param>
    /// <param name="en">What the English output contains.</param>
    [Theory]
    [InlineData(0, "đã kiểm tra 1 mẫu kế hoạch: 0 lỗi", "1 template(s) checked: 0 error(s)", "check", "{template}")]
    [InlineData(1, "đã kiểm tra 1 mẫu kế hoạch: 1 lỗi", "1 template(s) checked: 1 error(s)", "check", "{broken}")]
    [InlineData(2, "lỗi: lệnh, tùy chọn hoặc đối số không có: 'tong-hop'", "error: Unrecognized command or argument 'tong-hop'", "tong-hop")]
    [InlineData(3, "lỗi: 'existing.json' đã tồn tại; dùng --force để ghi đè", "error: 'existing.json' exists already; use --force to overwrite", "schema", "{existing}")]
    [InlineData(4, "lỗi: không tìm thấy tệp hoặc thư mục 'khong-co.plan.yaml'", "error: no such file or folder 'khong-co.plan.yaml'", "check", "khong-co.plan.yaml")]
    public void Exit_codes_do_not_depend_on_the_language(int code, string vi, string en, params string[] arguments)
    {
        foreach (var lang in new[] { "vi", "en" })
        {
            var folder = RepoPaths.NewTempFolder("cli-lang");
            File.WriteAllText(Path.Combine(folder, "existing.json"), "{}");
            File.WriteAllText(Path.Combine(folder, "broken.plan.yaml"), "plan: [\n");
            var given = new List<string> { "--lang", lang };
            foreach (var argument in arguments)
                given.Add(argument switch { "{template}" => Cli.Seed001, "{broken}" => "broken.plan.yaml", "{existing}" => "existing.json", _ => argument });
            var result = Cli.Run(folder, given.ToArray());
            Cli.ExitCode(code, result);
            Assert.Contains(lang == "vi" ? vi : en, result.All);
        }
    }

    [Fact]
    public void English_messages_carry_no_vietnamese_prefix_and_vietnamese_ones_no_english()
    {
        var folder = RepoPaths.NewTempFolder("cli-lang");
        var vi = Cli.Run(folder, "forms", "khong-co.plan.yaml", "--units", "don-vi.csv", "--out", "x");
        var en = Cli.Run(folder, "--lang", "en", "forms", "khong-co.plan.yaml", "--units", "don-vi.csv", "--out", "x");
        Assert.Equal("lỗi: không tìm thấy mẫu kế hoạch 'khong-co.plan.yaml'", vi.StandardError.Trim());
        Assert.Equal("error: no such template 'khong-co.plan.yaml'", en.StandardError.Trim());
        Assert.Equal(4, vi.ExitCode);
        Assert.Equal(4, en.ExitCode);
    }

    private static string Help(params string[] arguments)
    {
        var result = Cli.Run(RepoPaths.NewTempFolder("cli-help"), arguments);
        Cli.ExitCode(0, result);
        Assert.Equal("", result.StandardError);
        return result.StandardOutput.Replace("\r\n", "\n");
    }
}
