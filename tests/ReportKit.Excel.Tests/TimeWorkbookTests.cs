using System;
using System.IO;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Inspection;
using ReportKit.Excel.Layout;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;
using ReportKit.Templates;
using ReportKit.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace ReportKit.Excel.Tests;

/// <summary>
/// The summer plan example (templates/examples): a one-off report whose data window is the plan's activity dates,
/// on its input form and on its summary, as WorkbookText snapshots; and a phase form titled by its phase.
/// </summary>
public sealed class TimeWorkbookTests
{
    private static PlanSpec Load(params string[] path)
    {
        var full = RepoPaths.Combine(path);
        var result = PlanTemplateParser.Parse(full, File.ReadAllText(full));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    private static readonly PlanSpec Summer = Load("templates", "examples", "hoat-dong-he-ninh-thuan-2019.plan.yaml");

    private static UnitTree Province() => UnitTree.Create(new[]
    {
        new Unit("tinh", "Ban Chỉ đạo hoạt động hè tỉnh", null, null),
        new Unit("ninh_hai", "BCĐ HĐH huyện Ninh Hải", "tinh", "huyen"),
        new Unit("ninh_phuoc", "BCĐ HĐH huyện Ninh Phước", "tinh", "huyen"),
    });

    private static string Text(WorkbookLayout layout)
    {
        using var stream = new MemoryStream();
        ClosedXmlWorkbookWriter.Instance.Save(layout, stream, new WorkbookSaveOptions { Timestamp = new DateTime(2019, 8, 20, 0, 0, 0, DateTimeKind.Utc) });
        stream.Position = 0;
        return WorkbookText.Render(stream);
    }

    [Fact]
    public void The_summer_plan_form_prints_the_activity_window_as_its_data_window()
    {
        var text = Text(InputForm.Build(Summer, "ket_qua_he", ReportingPeriod.OnceKey, Province().Find("ninh_hai")!));

        Assert.Contains("Số liệu tính từ ngày 01/06/2019 đến ngày 31/07/2019", text, StringComparison.Ordinal);
        Snapshot.Match(text, SnapshotNameExtension.Create("form"));
    }

    [Fact]
    public void The_summer_plan_summary_prints_the_activity_window_and_sums_the_units()
    {
        Submission Sent(string unit, int activities) =>
            new Submission(Summer.Id, "ket_qua_he", unit, ReportingPeriod.OnceKey) { SubmittedOn = new DateOnly(2019, 8, 5), Source = unit + ".xlsx" }
                .WithValue("so_hoat_dong", "tuyen_truyen_giao_duc", activities).WithValue("luot_tham_gia", 10 * activities)
                .WithNarrative("ket_qua", "Tổ chức đúng thời gian.");
        var summary = Consolidator.Summarize(Summer, "ket_qua_he", ReportingPeriod.OnceKey, Province(),
            new[] { Sent("ninh_hai", 4), Sent("ninh_phuoc", 3) }, new DateOnly(2019, 8, 20));

        var text = Text(SummaryWorkbook.Build(summary));

        Assert.Contains("01/06/2019", text, StringComparison.Ordinal);
        Assert.Equal(70m, summary.Value(null, "luot_tham_gia"));
        Snapshot.Match(text, SnapshotNameExtension.Create("summary"));
    }

    [Fact]
    public void A_phase_form_is_for_its_phase_and_prints_the_phases_dates()
    {
        var plan = Load("tests", "ReportKit.Templates.Tests", "Valid", "time.plan.yaml");
        var unit = new Unit("xa_a", "UBND xã A", null, null);

        var text = Text(InputForm.Build(plan, "theo_dot", "dot_2", unit));

        Assert.Contains("Kỳ báo cáo: Đợt 2", text, StringComparison.Ordinal);
        Assert.Contains("Số liệu tính từ ngày 01/04/2025 đến ngày 30/04/2025", text, StringComparison.Ordinal);
        Assert.Contains("15/05/2025", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => InputForm.Build(plan, "sau_thang", "2024-H2", unit));
    }
}
