using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportKit.Cli.Commands;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Tests;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary><c>reportkit preview</c> run as a template author runs it, on seed 001 (Kế hoạch 76-KH/ĐU) and broken copies of it.</summary>
public sealed class PreviewTests
{
    internal const string PlanId = "KeHoach76";

    /// <summary>The sample's first period of each report of seed 001 (SampleData: the first periods after the plan's year).</summary>
    private static readonly string[] Previewed = { "trien_khai_once", "hang_nam_2023", "so_ket_2023-2025" };

    [Fact]
    public void Preview_of_a_bundled_template_writes_per_report_a_form_the_summary_filled_from_the_demo_sample_and_the_bao_cao_and_lists_them()
    {
        var folder = RepoPaths.NewTempFolder("cli-preview");
        // No LibreOffice on PATH: the files are written all the same, and one line says the pages are not rendered.
        var result = ProcessRunner.Run("dotnet", new[] { Cli.Assembly, "preview", Cli.Seed001 }, folder,
            new Dictionary<string, string> { ["PATH"] = RepoPaths.NewTempFolder("empty-path") }, TimeSpan.FromMinutes(5));

        Cli.ExitCode(0, result);
        var preview = Path.Combine(folder, "preview", PlanId);
        var expected = Previewed.SelectMany(p => new[] { $"bieu-nhap_{p}_chi_bo.xlsx", $"tong-hop_{p}.xlsx", $"tong-hop_{p}.docx" }).Append(".reportkit-preview");
        Assert.Equal(expected.Order(StringComparer.Ordinal), Cli.Files(preview).Keys);
        foreach (var file in expected.Where(f => !f.StartsWith('.')))
            Assert.Contains("đã ghi: " + Path.Combine("preview", PlanId, file), result.StandardOutput);
        Assert.Single(result.StandardOutput.Split('\n'), line => line.StartsWith("không in ảnh trang: không tìm thấy soffice (LibreOffice) trên PATH", StringComparison.Ordinal));
        Assert.Contains($"Bản xem trước {PlanId}: 3 báo cáo, 9 tệp trong {Path.Combine("preview", PlanId)}", result.StandardOutput);

        // The summary is the demo's: the same sample data (seed), consolidated and written by the same code.
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var data = SampleData.Create(plan, DemoCommand.Seed);
        var period = data.Periods.First(p => p.ReportId == "hang_nam");
        var demo = Path.Combine(folder, "demo-summary.xlsx");
        SampleReports.SaveSummary(plan, data, period, demo, ReportKit.Excel.Layout.PaperSize.A4);
        var summary = WorkbookText.Render(Path.Combine(preview, "tong-hop_hang_nam_2023.xlsx"));
        Assert.Equal(WorkbookText.Render(demo), summary);
        Assert.Contains("BIỂU TỔNG HỢP", summary);
        Assert.Contains(data.Units.Units.First(u => u.LevelId == "chi_bo").Name, summary);

        var form = WorkbookText.Render(Path.Combine(preview, "bieu-nhap_hang_nam_2023_chi_bo.xlsx"));
        Assert.Contains("BIỂU NHẬP SỐ LIỆU", form);
        Assert.Contains("Kỳ báo cáo: Năm 2023", form);

        var report = Paragraphs(Path.Combine(preview, "tong-hop_hang_nam_2023.docx"));
        Assert.Contains("BÁO CÁO", report);
        Assert.Contains(report, p => p.StartsWith("Tình hình gửi báo cáo (tính đến ngày", StringComparison.Ordinal));
        Assert.Contains(report, p => p.Contains("tong-hop_hang_nam_2023.xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_template_with_an_error_gets_its_located_diagnostic_exit_1_and_no_file_written()
    {
        var folder = RepoPaths.NewTempFolder("cli-preview");
        var template = Path.Combine(folder, "ke-hoach.plan.yaml");
        File.WriteAllText(template, Broken(File.ReadAllText(Cli.Seed001)));

        var result = Cli.Run(folder, "preview", "ke-hoach.plan.yaml", "--no-render");

        Cli.ExitCode(1, result);
        Assert.Contains("ke-hoach.plan.yaml(280,13): error RK0006: 'sometimes' is not a valid 'period'", result.StandardError);
        Assert.Contains("ke-hoach.plan.yaml: 1 lỗi, 0 cảnh báo; chưa ghi bản xem trước", result.StandardOutput);
        Assert.Equal(new[] { "ke-hoach.plan.yaml" }, Cli.Files(folder).Keys);
    }

    [Fact]
    public void A_second_preview_replaces_the_first_ones_files_removes_those_it_no_longer_writes_and_leaves_other_files_alone()
    {
        var folder = RepoPaths.NewTempFolder("cli-preview");
        Cli.ExitCode(0, Cli.Run(folder, "preview", Cli.Seed001, "--report", "trien_khai", "--no-render", "-o", "xem-truoc"));
        File.WriteAllText(Path.Combine(folder, "xem-truoc", "ghi-chu.txt"), "của người soạn");

        var second = Cli.Run(folder, "preview", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--no-render", "-o", "xem-truoc");

        Cli.ExitCode(0, second);
        Assert.Equal(new[] { ".reportkit-preview", "bieu-nhap_hang_nam_2024_chi_bo.xlsx", "ghi-chu.txt", "tong-hop_hang_nam_2024.docx", "tong-hop_hang_nam_2024.xlsx" },
            Cli.Files(Path.Combine(folder, "xem-truoc")).Keys);
        Assert.Contains("Kỳ báo cáo: Năm 2024", WorkbookText.Render(Path.Combine(folder, "xem-truoc", "bieu-nhap_hang_nam_2024_chi_bo.xlsx")));
    }

    [Fact]
    public void A_report_or_sample_period_the_plan_does_not_have_is_a_usage_error_that_lists_what_there_is()
    {
        var folder = RepoPaths.NewTempFolder("cli-preview");

        var report = Cli.Run(folder, "preview", Cli.Seed001, "--report", "hang_thang", "--no-render");
        var period = Cli.Run(folder, "preview", Cli.Seed001, "--report", "hang_nam", "--period", "2030", "--no-render");

        Cli.ExitCode(2, report);
        Assert.Contains("kế hoạch không có báo cáo 'hang_thang'; các báo cáo: trien_khai (", report.StandardError);
        Cli.ExitCode(2, period);
        Assert.Contains("--period: dữ liệu mẫu của báo cáo hang_nam không có kỳ '2030'; các kỳ mẫu: 2023, 2024", period.StandardError);
        Assert.Empty(Cli.Files(folder));
    }

    [OfficeFact]
    public void With_LibreOffice_the_pages_of_the_form_the_summary_and_the_bao_cao_are_rendered_to_png()
    {
        OfficeTools.Ensure();
        var folder = RepoPaths.NewTempFolder("cli-preview-render");

        // LibreOffice's first start builds its profile: on a loaded machine longer than Cli.Run waits.
        var result = ProcessRunner.Run("dotnet", new[] { Cli.Assembly, "preview", Cli.Seed001, "--report", "hang_nam", "-o", "xem-truoc" }, folder, timeout: TimeSpan.FromMinutes(10));

        Cli.ExitCode(0, result);
        var png = Path.Combine(folder, "xem-truoc", "png");
        foreach (var document in new[] { "bieu-nhap_hang_nam_2023_chi_bo.xlsx", "tong-hop_hang_nam_2023.xlsx", "tong-hop_hang_nam_2023.docx" })
        {
            var pages = Directory.EnumerateFiles(png, document + "-*.png").ToList();
            Assert.True(pages.Count > 0, $"no page of {document}:\n{result.All}");
            Assert.All(pages, page => Assert.True(PngWidth(page) > 400, page));
            Assert.Contains($"ảnh {pages.Count} trang: " + Path.Combine("xem-truoc", "png", document + "-"), result.StandardOutput);
        }
        // The form and the báo cáo are portrait A4: taller than wide.
        var bao = Directory.EnumerateFiles(png, "tong-hop_hang_nam_2023.docx-*.png").Order(StringComparer.Ordinal).First();
        Assert.True(PngHeight(bao) > PngWidth(bao), bao);
    }

    /// <summary>Seed 001 with the first report's period misspelt (line 280, column 13).</summary>
    internal static string Broken(string template) => template.Replace("    period: once\n", "    period: sometimes\n", StringComparison.Ordinal);

    internal static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static List<string> Paragraphs(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    // The IHDR chunk: width and height, big-endian, after the 8-byte signature and the chunk's length and type.
    private static int PngWidth(string path) => BigEndian(File.ReadAllBytes(path), 16);

    private static int PngHeight(string path) => BigEndian(File.ReadAllBytes(path), 20);

    private static int BigEndian(byte[] bytes, int at)
    {
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        return (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    }

    /// <summary>The command running in the background, its output read as it comes.</summary>
    internal sealed class RunningCli : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _text = new();

        public RunningCli(string folder, params string[] arguments)
        {
            _process = Process.Start(ProcessRunner.StartInfo("dotnet", new[] { Cli.Assembly }.Concat(arguments), folder))!;
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Text
        {
            get
            {
                lock (_text)
                    return _text.ToString();
            }
        }

        /// <summary>Waits until what the command printed satisfies <paramref name="done"/>; fails with the output when it does not in time.</summary>
        public void WaitFor(Func<string, bool> done, TimeSpan within)
        {
            var until = Stopwatch.StartNew();
            lock (_text)
            {
                while (!done(_text.ToString()))
                {
                    var left = within - until.Elapsed;
                    Assert.True(left > TimeSpan.Zero && !_process.HasExited, "the watch did not print what was expected in time:\n" + _text);
                    Monitor.Wait(_text, left);
                }
            }
        }

        /// <summary>Sends Ctrl+C (SIGINT) and returns the exit code.</summary>
        public int Interrupt(TimeSpan within)
        {
            using (var kill = Process.Start("kill", new[] { "-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
                kill.WaitForExit();
            Assert.True(_process.WaitForExit(within), "the watch did not end on Ctrl+C:\n" + Text);
            _process.WaitForExit();
            return _process.ExitCode;
        }

        public void Kill()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }

        public void Dispose() => _process.Dispose();

        private void Append(string? line)
        {
            if (line is null)
                return;
            lock (_text)
            {
                _text.AppendLine(line);
                Monitor.PulseAll(_text);
            }
        }
    }
}

/// <summary>
/// <c>preview --watch</c>, alone: its minute's budget is not shared with the tests of other classes running beside it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PreviewWatchCollection
{
    public const string Name = "preview --watch";
}

[Collection(PreviewWatchCollection.Name)]
public sealed class PreviewWatchTests
{
    /// <summary>
    /// The watch, bounded to a minute: the first preview; a save (by rename, as vim does) that breaks the template prints
    /// the diagnostic and keeps the previous preview; a save that mends it with a new title previews again; Ctrl+C ends with 0.
    /// </summary>
    [Fact]
    public void Watch_previews_again_on_each_save_prints_the_diagnostics_first_and_ends_cleanly_on_ctrl_c()
    {
        var folder = RepoPaths.NewTempFolder("cli-preview-watch");
        var template = Path.Combine(folder, "ke-hoach.plan.yaml");
        var text = File.ReadAllText(Cli.Seed001);
        File.WriteAllText(template, text);
        var deadline = Stopwatch.StartNew();
        var budget = TimeSpan.FromSeconds(60);
        using var watch = new PreviewTests.RunningCli(folder, "preview", "ke-hoach.plan.yaml", "--watch", "--no-render", "--report", "hang_nam", "-o", "xem-truoc");
        try
        {
            var summaryLine = $"Bản xem trước {PreviewTests.PlanId}: 1 báo cáo, 3 tệp trong xem-truoc";
            watch.WaitFor(all => PreviewTests.Count(all, summaryLine) == 1 && all.Contains("đang theo dõi ke-hoach.plan.yaml", StringComparison.Ordinal), budget - deadline.Elapsed);
            var first = Cli.Files(Path.Combine(folder, "xem-truoc"));

            var temp = template + ".swp";
            File.WriteAllText(temp, PreviewTests.Broken(text));
            File.Move(temp, template, overwrite: true);
            watch.WaitFor(all => all.Contains("chưa ghi bản xem trước", StringComparison.Ordinal), budget - deadline.Elapsed);
            Assert.Contains("ke-hoach.plan.yaml(280,13): error RK0006", watch.Text);
            Assert.Equal(first, Cli.Files(Path.Combine(folder, "xem-truoc")));

            File.WriteAllText(template, text.Replace("    title: Báo cáo kết quả thực hiện\n", "    title: Báo cáo kết quả thực hiện kế hoạch\n", StringComparison.Ordinal));
            watch.WaitFor(all => PreviewTests.Count(all, summaryLine) == 2, budget - deadline.Elapsed);
            var diagnostics = watch.Text.LastIndexOf("ke-hoach.plan.yaml: KeHoach76, 0 lỗi, 0 cảnh báo", StringComparison.Ordinal);
            Assert.True(diagnostics > watch.Text.LastIndexOf("mẫu đã thay đổi", StringComparison.Ordinal), "the check comes before the files:\n" + watch.Text);
            Assert.Contains("Báo cáo kết quả thực hiện kế hoạch", WorkbookText.Render(Path.Combine(folder, "xem-truoc", "bieu-nhap_hang_nam_2023_chi_bo.xlsx")));

            Assert.Equal(0, watch.Interrupt(budget - deadline.Elapsed));
            Assert.Contains("đã dừng theo dõi", watch.Text);
        }
        finally
        {
            watch.Kill();
        }
    }
}
