using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Cli.Commands;
using ReportKit.Excel.Tests;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary><c>reportkit demo</c> run twice in two empty folders, once for all the demo tests.</summary>
public sealed class DemoRuns
{
    public DemoRuns()
    {
        First = RepoPaths.NewTempFolder("cli-demo");
        Second = RepoPaths.NewTempFolder("cli-demo");
        FirstRun = Cli.Run(First, "demo");
        SecondRun = Cli.Run(Second, "demo");
    }

    public string First { get; }

    public string Second { get; }

    internal ProcessRunner.Result FirstRun { get; }

    internal ProcessRunner.Result SecondRun { get; }
}

public sealed class DemoTests : IClassFixture<DemoRuns>
{
    private readonly DemoRuns _runs;

    public DemoTests(DemoRuns runs) => _runs = runs;

    [Fact]
    public void Demo_in_an_empty_folder_writes_a_summary_per_sample_period_and_the_forms_of_each_plan_and_says_where()
    {
        Cli.ExitCode(0, _runs.FirstRun);
        Assert.Contains(Path.Combine(_runs.First, "out"), _runs.FirstRun.StandardOutput);
        var files = Cli.Files(_runs.First).Keys.ToList();
        var expected = new List<string>();
        // The seeds and the examples (templates/examples/x.plan.yaml → out/examples/x/).
        var templates = RepoPaths.BundledTemplatePaths().Select(p => Path.GetRelativePath(RepoPaths.Templates, p).Replace('\\', '/'));
        foreach (var template in templates)
        {
            var plan = FormsTestKit.Plan(template);
            var sample = SampleData.Create(plan, DemoCommand.Seed);
            var folder = "out/" + template.Replace(".plan.yaml", "") + "/";
            expected.Add(folder + "don-vi.csv");
            expected.AddRange(sample.Periods.Select(p => $"{folder}tong-hop_{p.ReportId}_{p.PeriodKey}.xlsx"));
            expected.AddRange(sample.Periods.Select(p => $"{folder}tong-hop_{p.ReportId}_{p.PeriodKey}.docx"));
            var first = sample.Periods[0];
            var formNames = FormFiles.ForUnits(Consolidator.ExpectedUnitIds(plan, first.ReportId, sample.Units).Select(id => sample.Units[id]), first.ReportId, first.PeriodKey);
            Assert.NotEmpty(formNames);
            expected.AddRange(formNames.Values.Select(n => folder + "bieu-nhap/" + n));
        }

        Assert.Equal(expected.OrderBy(f => f, StringComparer.Ordinal), files);
    }

    [Fact]
    public void Two_demos_in_two_folders_write_byte_identical_files()
    {
        Cli.ExitCode(0, _runs.SecondRun);
        Assert.Equal(Cli.Files(_runs.First), Cli.Files(_runs.Second));
    }

    [Fact]
    public void A_second_demo_refuses_without_force_and_leaves_every_file_as_it_was_then_force_rewrites_the_same_bytes()
    {
        var before = Cli.Files(_runs.Second);
        var times = Directory.EnumerateFiles(_runs.Second, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var refused = Cli.Run(_runs.Second, "demo");
        Cli.ExitCode(3, refused);
        Assert.Contains("--force", refused.StandardError);
        Assert.Equal(before, Cli.Files(_runs.Second));
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));

        var forced = Cli.Run(_runs.Second, "demo", "--force");
        Cli.ExitCode(0, forced);
        Assert.Equal(before, Cli.Files(_runs.Second));
    }
}
