using System.IO;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary><c>reportkit init</c> end to end, as a template author runs it.</summary>
public sealed class InitCommandTests
{
    private static string CopySeed(string folder, string seed)
    {
        var plan = Path.Combine(folder, "ke-hoach-76.txt");
        File.Copy(DraftingMeasure.PlanPath(seed), plan);
        return plan;
    }

    [Fact]
    public void Init_writes_a_draft_that_check_accepts_and_lists_what_to_fill()
    {
        var folder = RepoPaths.NewTempFolder("cli-init");
        CopySeed(folder, "001_d89e9d0d9bfc5a8c.txt");

        var result = Cli.Run(folder, "init", "ke-hoach-76.txt");

        Cli.ExitCode(0, result);
        Assert.True(File.Exists(Path.Combine(folder, "ke-hoach-76.plan.yaml")));
        Assert.Contains("Mẫu nháp: 5 phần, 6 đơn vị, 3 báo cáo", result.StandardOutput);
        Assert.Contains("Còn phải điền hoặc quyết định", result.StandardOutput);
        Assert.Contains("  - plan.date: ngày ban hành", result.StandardOutput);
        Assert.Contains("ke-hoach-76.plan.yaml: mẫu nháp hợp lệ (0 cảnh báo)", result.StandardOutput);
        Assert.Equal("", result.StandardError);
        Assert.Equal(DraftingMeasure.DraftYaml(Path.Combine(folder, "ke-hoach-76.txt")), File.ReadAllText(Path.Combine(folder, "ke-hoach-76.plan.yaml")));

        var check = Cli.Run(folder, "check", "ke-hoach-76.plan.yaml");
        Cli.ExitCode(0, check);
    }

    [Fact]
    public void Init_refuses_to_overwrite_without_force_and_overwrites_with_it()
    {
        var folder = RepoPaths.NewTempFolder("cli-init-force");
        CopySeed(folder, "000_fdf67b30129c0d9e.txt");
        var output = Path.Combine(folder, "mau", "nhap.plan.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "của tác giả");

        var refused = Cli.Run(folder, "init", "ke-hoach-76.txt", "-o", output);
        Cli.ExitCode(3, refused);
        Assert.Contains("--force", refused.StandardError);
        Assert.Equal("của tác giả", File.ReadAllText(output));

        var forced = Cli.Run(folder, "init", "ke-hoach-76.txt", "-o", output, "--force");
        Cli.ExitCode(0, forced);
        Assert.StartsWith("# yaml-language-server: $schema=reportkit.plan.schema.json", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Init_on_a_missing_plan_says_so_and_exits_4()
    {
        var folder = RepoPaths.NewTempFolder("cli-init-missing");

        var result = Cli.Run(folder, "init", "khong-co.txt");

        Cli.ExitCode(4, result);
        Assert.Contains("không tìm thấy văn bản 'khong-co.txt'", result.StandardError);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Init_prints_the_checker_diagnostics_of_a_draft_that_still_needs_filling()
    {
        var folder = RepoPaths.NewTempFolder("cli-init-errors");
        // No genre line, no header, no issuer sentence: the draft cannot name the issuer or the title.
        File.WriteAllText(Path.Combine(folder, "ghi-chu.txt"), "I. NỘI DUNG\n\n1. Tuyên truyền\n");

        var result = Cli.Run(folder, "init", "ghi-chu.txt", "--lang", "en");

        // Written, but check would refuse it: exit 1, as check exits on a template with errors.
        Cli.ExitCode(1, result);
        Assert.True(File.Exists(Path.Combine(folder, "ghi-chu.plan.yaml")));
        Cli.ExitCode(1, Cli.Run(folder, "check", "ghi-chu.plan.yaml"));
        Assert.Contains("ghi-chu.plan.yaml(", result.StandardError);
        Assert.Contains("error RK0004", result.StandardError);
        Assert.Contains("  - plan.issuer.name: the issuing body (required)", result.StandardOutput);
        Assert.Contains("the draft has", result.StandardOutput);
    }
}
