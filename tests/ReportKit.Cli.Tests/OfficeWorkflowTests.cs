using System.IO;
using System.Linq;
using System.Text;
using ReportKit.Excel.Inspection;

namespace ReportKit.Cli.Tests;

/// <summary>What a clerk sees running <c>forms</c> then <c>summarize</c> on seed 001 (see <see cref="OfficeWorkflow"/>).</summary>
public sealed class OfficeWorkflowTests : IClassFixture<OfficeWorkflow>
{
    private readonly OfficeWorkflow _run;

    public OfficeWorkflowTests(OfficeWorkflow run) => _run = run;

    [Fact]
    public void Forms_writes_one_form_per_chi_bo_named_after_the_unit_with_its_diacritics()
    {
        Cli.ExitCode(0, _run.Forms);
        Assert.Equal(OfficeWorkflow.ExpectedForms.Values.OrderBy(n => n, StringComparer.Ordinal), _run.FormNames);
        Assert.All(_run.FormNames, name => Assert.True(name.IsNormalized(NormalizationForm.FormC), name));
        Assert.Contains("5 biểu nhập", _run.Forms.StandardOutput);
    }

    [Fact]
    public void Forms_writes_nothing_outside_the_output_folder()
    {
        Assert.Equal(
            new[] { "units.csv" }.Concat(OfficeWorkflow.ExpectedForms.Values.Select(n => "forms/" + n)).OrderBy(n => n, StringComparer.Ordinal),
            _run.FilesAfterForms);
    }

    [Fact]
    public void Summarize_exits_1_and_names_each_rejected_file_with_why()
    {
        Cli.ExitCode(1, _run.Summarize);
        var errors = Lines(_run.Summarize.StandardError).Where(l => l.StartsWith("lỗi: bị từ chối: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, l => l.Contains(OfficeWorkflow.CorruptFile + ": ") && l.EndsWith("(file.corrupt)", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains(OfficeWorkflow.OtherPlanFile + " [_reportkit]: ") && l.Contains("CongVanSvhttdlQlvhgd") &&
                                     l.EndsWith("(form.wrong_plan)", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_names_the_late_unit_with_its_days_late_and_the_missing_unit()
    {
        var lines = Lines(_run.Summarize.StandardError);
        Assert.Contains($"nộp muộn 5 ngày: Chi bộ Công an xã — {OfficeWorkflow.ExpectedForms["chi_bo_cong_an"]}", lines);
        Assert.Equal(new[] { "chưa nộp: Chi bộ Quân sự xã, hạn 30/11/2024" }, lines.Where(l => l.StartsWith("chưa nộp", StringComparison.Ordinal)));
        Assert.Contains($"biểu chưa điền, không tính là đã nộp: {OfficeWorkflow.ExpectedForms[OfficeWorkflow.BlankUnit]}", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("số liệu cần xem lại", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_ends_with_one_summary_line_counting_files_and_units()
    {
        Assert.Equal(
            "7 tệp, 4 nhận, 1 chưa điền, 2 bị từ chối; 4/5 báo cáo đã nhận, 3 đúng hạn; tổng hợp đã ghi vào tong-hop.xlsx, báo cáo vào tong-hop.docx",
            Lines(_run.Summarize.StandardOutput).Last());
    }

    [Fact]
    public void The_summary_workbook_holds_the_received_units_values_and_totals()
    {
        const string table = "Tổng hợp", status = "Tình hình nộp báo cáo";
        var cells = new RenderedCells(WorkbookText.Render(_run.SummaryPath));
        // Columns of seed 001's table: C = Số buổi sinh hoạt (total of its 4 forms), M = Tổng số đảng viên, N = Số đảng viên tham gia
        // (the sessions by content have no Tổng số column: one session counts under several contents).
        for (var i = 0; i < OfficeWorkflow.Filled.Length; i++)
        {
            var row = cells.RowOf(table, "B", OfficeWorkflow.NameOf(OfficeWorkflow.Filled[i].UnitId));
            Assert.Equal($"{4 * (i + 1)}|{21 + i}|{19 + i}", $"{cells.At(table, "C", row)}|{cells.At(table, "M", row)}|{cells.At(table, "N", row)}");
        }

        var blank = cells.RowOf(table, "B", "Chi bộ Quân sự xã");
        Assert.Null(cells.At(table, "M", blank));
        var total = cells.RowOf(table, "B", "Tổng cộng");
        Assert.Equal("40|90|82", $"{cells.At(table, "C", total)}|{cells.At(table, "M", total)}|{cells.At(table, "N", total)}");

        Assert.Equal("Muộn 5 ngày", cells.At(status, "F", cells.RowOf(status, "B", "Chi bộ Công an xã")));
        Assert.Equal("Chưa nộp (quá hạn 15 ngày)", cells.At(status, "F", cells.RowOf(status, "B", "Chi bộ Quân sự xã")));
    }

    [Fact]
    public void Summarize_without_force_refuses_to_overwrite_and_leaves_the_summary_untouched()
    {
        Cli.ExitCode(3, _run.SummarizeAgain);
        Assert.Contains("tong-hop.xlsx", _run.SummarizeAgain.StandardError);
        Assert.Contains("--force", _run.SummarizeAgain.StandardError);
        Assert.Equal(_run.SummaryHash, Cli.Files(_run.Folder)["tong-hop.xlsx"]);
    }

    [Fact]
    public void Quiet_prints_only_errors_and_the_summary_line()
    {
        Cli.ExitCode(1, _run.SummarizeQuiet);
        Assert.Equal(
            new[] { "7 tệp, 4 nhận, 1 chưa điền, 2 bị từ chối; 4/5 báo cáo đã nhận, 3 đúng hạn; tổng hợp đã ghi vào tong-hop-quiet.xlsx, báo cáo vào tong-hop-quiet.docx" },
            Lines(_run.SummarizeQuiet.StandardOutput));
        var errors = Lines(_run.SummarizeQuiet.StandardError);
        Assert.Equal(2, errors.Length);
        Assert.All(errors, l => Assert.StartsWith("lỗi: bị từ chối: ", l));
        Assert.True(File.Exists(Path.Combine(_run.Folder, "tong-hop-quiet.xlsx")));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
