using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Tests;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// <c>reportkit forms</c> then <c>summarize</c> on seed 001 (<c>hang_nam</c> 2024, due 30/11/2024, as of 15/12/2024) with
/// the returns a clerk trips over: a unit that sent its form twice, a form dated after the as-of date, an undated
/// form, a form from the Đảng ủy (which does not owe the report), two chi bộ with the same name, and a unit that sent
/// two copies dated the same day.
/// </summary>
public sealed class SummarizeNoticesRun
{
    public const string AsOf = "2024-12-15";

    public static readonly (string Id, string Name, string? Parent, string Level)[] Units =
    {
        ("du", "Đảng ủy xã Hồng Phong", null, "dang_uy"),
        ("cb_thon_1", "Chi bộ Thôn 1", "du", "chi_bo"),
        ("cb_cong_an_a", "Chi bộ Công an xã", "du", "chi_bo"),
        ("cb_cong_an_b", "Chi bộ Công an xã", "du", "chi_bo"),
        ("cb_thon_2", "Chi bộ Thôn 2", "du", "chi_bo"),
        ("cb_thon_3", "Chi bộ Thôn 3", "du", "chi_bo"),
    };

    public const string Thon1 = "Chi bộ Thôn 1_hang_nam_2024.xlsx";
    public const string Thon1Again = "Chi bộ Thôn 1 (gửi lại)_hang_nam_2024.xlsx";
    public const string CongAnA = "Chi bộ Công an xã (cb_cong_an_a)_hang_nam_2024.xlsx";
    public const string CongAnB = "Chi bộ Công an xã (cb_cong_an_b)_hang_nam_2024.xlsx";
    public const string Thon2 = "Chi bộ Thôn 2_hang_nam_2024.xlsx";
    public const string Thon3 = "Chi bộ Thôn 3_hang_nam_2024.xlsx";
    public const string Thon3Copy = "Chi bộ Thôn 3 (bản 2)_hang_nam_2024.xlsx";
    public const string DangUy = "Đảng ủy xã Hồng Phong_hang_nam_2024.xlsx";

    public SummarizeNoticesRun()
    {
        Folder = RepoPaths.NewTempFolder("cli-notices");
        var csv = new StringBuilder("id,name,parent,level\n");
        foreach (var (id, name, parent, level) in Units)
            csv.Append($"{id},{name},{parent},{level}\n");
        File.WriteAllText(Path.Combine(Folder, "don-vi.csv"), csv.ToString(), new UTF8Encoding(true));

        Forms = Cli.Run(Folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv", "--out", "bieu-nhap");
        if (Forms.ExitCode != 0)
            return;

        var forms = Path.Combine(Folder, "bieu-nhap");
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        File.Copy(Path.Combine(forms, Thon1), Path.Combine(forms, Thon1Again));
        File.Copy(Path.Combine(forms, Thon3), Path.Combine(forms, Thon3Copy));
        InputForm.Save(plan, "hang_nam", "2024", new Unit("du", "Đảng ủy xã Hồng Phong", null, "dang_uy"), Path.Combine(forms, DangUy));
        var filled = new (string File, string Unit, DateOnly? On)[]
        {
            (Thon1, "cb_thon_1", new DateOnly(2024, 11, 20)),
            (Thon1Again, "cb_thon_1", new DateOnly(2024, 11, 25)),
            (CongAnA, "cb_cong_an_a", new DateOnly(2024, 12, 20)),
            (CongAnB, "cb_cong_an_b", new DateOnly(2024, 12, 5)),
            (Thon2, "cb_thon_2", null),
            (Thon3, "cb_thon_3", new DateOnly(2024, 11, 28)),
            (Thon3Copy, "cb_thon_3", new DateOnly(2024, 11, 28)),
            (DangUy, "du", new DateOnly(2024, 12, 1)),
        };
        for (var i = 0; i < filled.Length; i++)
        {
            var path = Path.Combine(forms, filled[i].File);
            var filler = i % 4;
            FormsTestKit.Fill(path, new Submission(plan.Id, "hang_nam", filled[i].Unit, "2024")
            {
                SubmittedOn = filled[i].On,
                Values = FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values.Keys
                    .ToImmutableSortedDictionary(k => k, k => (decimal?)OfficeWorkflow.ValueOf(filler, k)),
                Narratives = plan.NarrativesOf(plan.Reports.Single(r => r.Id == "hang_nam"))
                    .ToImmutableSortedDictionary(n => n.Id, n => (string?)("Đã triển khai (" + n.Label + ")."), StringComparer.Ordinal),
            });
        }

        Summarize = Cli.Run(Folder, "summarize", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv",
            "--in", "bieu-nhap", "--out", "tong-hop.xlsx", "--as-of", AsOf);
        SummarizeAgain = Cli.Run(Folder, "summarize", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--units", "don-vi.csv",
            "--in", "bieu-nhap", "--out", "tong-hop-2.xlsx", "--as-of", AsOf);
    }

    public string Folder { get; }

    internal ProcessRunner.Result Forms { get; }

    internal ProcessRunner.Result Summarize { get; } = new(-1, "", "");

    internal ProcessRunner.Result SummarizeAgain { get; } = new(-1, "", "");
}

/// <summary>What <c>summarize</c> tells the clerk on the console about how reports were counted (see <see cref="SummarizeNoticesRun"/>).</summary>
public sealed class SummarizeNoticesTests : IClassFixture<SummarizeNoticesRun>
{
    private readonly SummarizeNoticesRun _run;

    public SummarizeNoticesTests(SummarizeNoticesRun run) => _run = run;

    private string[] Lines => _run.Summarize.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Forms_and_summarize_go_through()
    {
        Cli.ExitCode(0, _run.Forms);
        Cli.ExitCode(0, _run.Summarize);
    }

    [Fact]
    public void A_report_dated_after_as_of_is_told_with_its_date_the_as_of_date_and_its_file_and_the_unit_is_still_missing()
    {
        Assert.Contains(
            $"báo cáo ghi ngày 20/12/2024, sau ngày tổng hợp 15/12/2024, chưa được tính: Chi bộ Công an xã (cb_cong_an_a) — {SummarizeNoticesRun.CongAnA}",
            Lines);
        Assert.Contains("chưa nộp: Chi bộ Công an xã (cb_cong_an_a), hạn 30/11/2024", Lines);
    }

    [Fact]
    public void A_unit_that_sent_two_forms_is_told_once_with_both_files_and_which_one_was_used()
    {
        var duplicates = Lines.Where(l => l.Contains(SummarizeNoticesRun.Thon1, StringComparison.Ordinal) || l.Contains(SummarizeNoticesRun.Thon1Again, StringComparison.Ordinal));
        Assert.Equal(new[]
        {
            $"biểu gửi nhiều lần, chỉ tính một: Chi bộ Thôn 1 — dùng {SummarizeNoticesRun.Thon1Again} (ngày 25/11/2024), " +
            $"không tính {SummarizeNoticesRun.Thon1} (ngày 20/11/2024); biểu ghi ngày báo cáo muộn nhất được dùng",
        }, duplicates);
    }

    [Fact]
    public void Two_copies_dated_the_same_day_are_told_with_the_file_used_and_why()
    {
        Assert.Contains(
            $"biểu gửi nhiều lần, chỉ tính một: Chi bộ Thôn 3 — dùng {SummarizeNoticesRun.Thon3} (ngày 28/11/2024), " +
            $"không tính {SummarizeNoticesRun.Thon3Copy} (ngày 28/11/2024); cùng ngày báo cáo nên dùng tệp có tên xếp sau",
            Lines);
    }

    [Fact]
    public void Units_with_one_name_are_told_apart_by_their_ids()
    {
        Assert.Contains($"nộp muộn 5 ngày: Chi bộ Công an xã (cb_cong_an_b) — {SummarizeNoticesRun.CongAnB}", Lines);
        Assert.DoesNotContain(Lines, l => l.Contains("(cb_thon", StringComparison.Ordinal)); // unique names stay as they are
    }

    [Fact]
    public void An_undated_report_is_told_once_at_its_date_cell()
    {
        var undated = Lines.Where(l => l.Contains(SummarizeNoticesRun.Thon2, StringComparison.Ordinal)).ToList();
        var line = Assert.Single(undated);
        Assert.StartsWith(SummarizeNoticesRun.Thon2 + " [", line);
        Assert.EndsWith("(cell.no_date)", line);
    }

    [Fact]
    public void A_report_from_a_unit_that_does_not_owe_it_is_told_with_its_file()
    {
        Assert.Contains(
            "đơn vị không thuộc diện phải nộp báo cáo này, số liệu không được tính: " +
            $"Đảng ủy xã Hồng Phong — {SummarizeNoticesRun.DangUy}",
            Lines);
    }

    [Fact]
    public void The_lines_come_in_the_same_order_every_run_and_none_twice()
    {
        Assert.Equal(Lines, _run.SummarizeAgain.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        Assert.Equal(Lines.Length, Lines.Distinct().Count());
    }

    [Fact]
    public void The_summary_line_counts_the_set_aside_report_as_not_received()
    {
        var last = _run.Summarize.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().TrimEnd('\r');
        Assert.Equal("8 tệp, 8 nhận, 0 chưa điền, 0 bị từ chối; 4/5 báo cáo đã nhận, 2 đúng hạn; tổng hợp đã ghi vào tong-hop.xlsx, báo cáo vào tong-hop.docx", last);
    }
}
