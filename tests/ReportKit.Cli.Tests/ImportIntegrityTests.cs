using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Tests;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// <c>reportkit summarize</c> on a folder where one form had a row inserted, one was saved as .ods, one has its report
/// date typed as text and LibreOffice left a lock file: the moved form and the .ods are rejected by name and cell, the
/// typed date is a warning, the lock file is not mentioned, and the other forms are summarized.
/// </summary>
public sealed class ImportIntegrityTests
{
    [Fact]
    public void Summarize_rejects_a_form_with_an_inserted_row_at_the_cell_and_tells_how_to_save_an_ods()
    {
        var folder = RepoPaths.NewTempFolder("cli-integrity");
        File.WriteAllText(Path.Combine(folder, "units.csv"),
            "id,name,parent,level\nchi_bo_na_pai,Chi bộ Thôn Nà Pài,dang_uy,chi_bo\nchi_bo_mam_non,Chi bộ Trường Mầm non,dang_uy,chi_bo\n" +
            "chi_bo_cong_an,Chi bộ Công an xã,dang_uy,chi_bo\ndang_uy,Đảng ủy xã Hồng Phong,,dang_uy\n");
        Cli.ExitCode(0, Cli.Run(folder, "forms", Cli.Seed001, "--report", OfficeWorkflow.Report, "--period", OfficeWorkflow.Period, "--units", "units.csv", "--out", "forms/"));
        var forms = Path.Combine(folder, "forms");
        string Form(string unit) => Directory.EnumerateFiles(forms).Single(f => Path.GetFileName(f).StartsWith(unit, StringComparison.Ordinal));
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        void Fill(string path, string unitId) => FormsTestKit.Fill(path, new Submission(plan.Id, OfficeWorkflow.Report, unitId, OfficeWorkflow.Period)
        {
            SubmittedOn = new DateOnly(2024, 11, 20),
            Values = FormsTestKit.CellMap(FormsTestKit.MetadataRows(path)).Values.Keys.ToImmutableSortedDictionary(k => k, k => (decimal?)3),
        });

        var good = Form("Chi bộ Thôn Nà Pài");
        Fill(good, "chi_bo_na_pai");
        File.WriteAllText(Path.Combine(forms, ".~lock." + Path.GetFileName(good) + "#"), ",Văn thư,may-1,20.11.2024 08:00,;");

        var moved = Form("Chi bộ Trường Mầm non");
        Fill(moved, "chi_bo_mam_non");
        var (values, _, date) = FormsTestKit.CellMap(FormsTestKit.MetadataRows(moved));
        var cell = values[new ValueKey("so_bai_thu_hoach")];
        var row = int.Parse(cell[1..], System.Globalization.CultureInfo.InvariantCulture);
        using (var workbook = new XLWorkbook(moved))
        {
            workbook.Worksheet(InputForm.SheetName).Row(row).InsertRowsAbove(1);
            workbook.Save();
        }

        var typed = Form("Chi bộ Công an xã");
        Fill(typed, "chi_bo_cong_an");
        using (var workbook = new XLWorkbook(typed))
        {
            workbook.Worksheet(InputForm.SheetName).Cell(date).SetValue<string>("20-11-2024");
            workbook.Save();
        }

        File.Copy(good, Path.Combine(forms, "Chi bộ Thôn Nà Pài (bản LibreOffice).ods"));

        var result = Cli.Run(folder, "summarize", Cli.Seed001, "--report", OfficeWorkflow.Report, "--period", OfficeWorkflow.Period, "--units", "units.csv",
            "--in", "forms/", "--out", "tong-hop.xlsx", "--as-of", OfficeWorkflow.AsOf);

        Cli.ExitCode(1, result);
        var errors = result.StandardError.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains("bị từ chối: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, l => l.Contains(Path.GetFileName(moved) + " [" + InputForm.SheetName + "!" + cell + "]: Ô " + cell +
            " không còn cạnh nhãn «Số bài thu hoạch» (nhãn này nay ở hàng " + (row + 1) + "): biểu đã bị chèn/xóa hàng;", StringComparison.Ordinal) &&
            l.EndsWith("(form.moved)", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("(bản LibreOffice).ods: Tệp .ods: hãy mở bằng LibreOffice và lưu lại dưới dạng Excel 2007-365 (.xlsx)", StringComparison.Ordinal) &&
            l.EndsWith("(file.other_format)", StringComparison.Ordinal));
        Assert.Contains("(cell.date_as_text)", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(".~lock.", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "tong-hop.xlsx")));
    }
}
