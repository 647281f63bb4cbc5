using System.IO;
using System.Linq;
using System.Text.Json;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary><c>reportkit check</c> and <c>reportkit schema</c>.</summary>
public sealed class CheckAndSchemaTests
{
    [Fact]
    public void Check_passes_the_repository_templates()
    {
        var result = Cli.Run(RepoPaths.Root, "check", "templates/");
        Cli.ExitCode(0, result);
        // The four seeds and the examples under templates/examples/.
        var templates = RepoPaths.BundledTemplatePaths().Length;
        Assert.True(templates > 4);
        Assert.Contains("đã kiểm tra " + templates + " mẫu kế hoạch: 0 lỗi, 0 cảnh báo", result.StandardOutput);
        Assert.Equal("", result.StandardError);
    }

    [Fact]
    public void Check_reports_two_templates_with_one_plan_id_as_the_build_would()
    {
        var folder = RepoPaths.NewTempFolder("cli-check-duplicate");
        Directory.CreateDirectory(Path.Combine(folder, "mau"));
        File.Copy(Cli.Seed001, Path.Combine(folder, "mau", "a.plan.yaml"));
        File.Copy(Cli.Seed001, Path.Combine(folder, "mau", "b.plan.yaml"));

        var result = Cli.Run(folder, "check", "mau");

        Cli.ExitCode(1, result);
        var error = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("mau/b.plan.yaml(", error);
        Assert.Contains("error RK0029: plan id 'KeHoach76' is already used by mau/a.plan.yaml", error);
    }

    [Fact]
    public void Check_prints_a_broken_template_error_at_its_file_line_and_column_and_exits_1()
    {
        var folder = RepoPaths.NewTempFolder("cli-check");
        Directory.CreateDirectory(Path.Combine(folder, "mau"));
        var lines = File.ReadAllLines(Cli.Seed001);
        File.WriteAllLines(Path.Combine(folder, "mau", "ke-hoach-76-kh-du.plan.yaml"), lines);
        var broken = Array.FindIndex(lines, l => l == "    check: dang_vien_tham_gia <= dang_vien");
        lines[broken] = "    check: dang_vien_tham_gia <= dang_vien_khong_co";
        File.WriteAllLines(Path.Combine(folder, "mau", "broken.plan.yaml"), lines);

        var result = Cli.Run(folder, "check", "mau");

        Cli.ExitCode(1, result);
        var column = lines[broken].IndexOf("dang_vien_khong_co", StringComparison.Ordinal) + 1;
        var errors = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            $"mau/broken.plan.yaml({broken + 1},{column}): error RK0009: unknown indicator 'dang_vien_khong_co' referenced in rule 'dang_vien_tham_gia_khong_qua_tong_so'",
            Assert.Single(errors));
        Assert.Contains("đã kiểm tra 2 mẫu kế hoạch: 1 lỗi, 0 cảnh báo", result.StandardOutput);
    }

    [Fact]
    public void Check_on_a_missing_path_says_so_and_exits_4_without_a_stack_trace()
    {
        var result = Cli.Run(RepoPaths.NewTempFolder("cli-check"), "check", "khong-co");
        Cli.ExitCode(4, result);
        Assert.Equal("lỗi: không tìm thấy tệp hoặc thư mục 'khong-co'", result.StandardError.Trim());
    }

    [Fact]
    public void Schema_writes_the_repository_schema_and_refuses_to_overwrite_without_force()
    {
        var folder = RepoPaths.NewTempFolder("cli-schema");
        var target = Path.Combine(folder, "out.json");

        Cli.ExitCode(0, Cli.Run(folder, "schema", "out.json"));
        var written = File.ReadAllText(target);
        using (JsonDocument.Parse(written)) { }
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Templates, "reportkit.plan.schema.json")), written);

        File.WriteAllText(target, "{}");
        var refused = Cli.Run(folder, "schema", "out.json");
        Cli.ExitCode(3, refused);
        Assert.Contains("--force", refused.StandardError);
        Assert.Equal("{}", File.ReadAllText(target));

        Cli.ExitCode(0, Cli.Run(folder, "schema", "out.json", "--force"));
        Assert.Equal(written, File.ReadAllText(target));
    }
}
