using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;
using ReportKit.Excel.Writing;

namespace ReportKit.Samples;

/// <summary>
/// One round of Công văn 63/HTS at the Trung ương Hội, with the packages' public API only: blank forms for the
/// member organisations, two of them filled and sent back, the folder imported into typed reports, and the summary
/// workbook written. The figures are illustrative, not the Hội's.
/// </summary>
/// <remarks>
/// No string keys: the generated report class is the type argument of the forms and the import
/// (<c>InputForm.Save&lt;TReport&gt;</c>, <c>FormImporter.ImportFolder&lt;TReport&gt;</c>), and the period is a
/// <see cref="ReportingPeriod"/>.
/// </remarks>
public static class ReportRound
{
    /// <summary>The report this round is about: "Báo cáo công tác Hội năm 2020" (đợt I).</summary>
    public const string Report = CongVan63.CongTacHoi2020.ReportId;

    /// <summary>The day the Trung ương Hội consolidates: after the 20/11/2020 deadline.</summary>
    public static readonly DateOnly AsOf = new(2020, 11, 25);

    /// <summary>A fixed timestamp for the workbooks, so a run writes the same files every time.</summary>
    public static readonly DateTime Timestamp = new(2020, 11, 25, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The period of a one-off report.</summary>
    public static ReportingPeriod Period => ReportingPeriod.Once;

    /// <summary>The Trung ương Hội and three member organisations (illustrative names).</summary>
    public static UnitTree Units() => UnitTree.Create(new[]
    {
        new Unit("trung_uong_hoi", "Trung ương Hội", null, "trung_uong_hoi"),
        new Unit("hoi_ha_tinh", "Hội Truyền thống Trường Sơn tỉnh Hà Tĩnh", "trung_uong_hoi", "to_chuc_thanh_vien"),
        new Unit("hoi_quang_binh", "Hội Truyền thống Trường Sơn tỉnh Quảng Bình", "trung_uong_hoi", "to_chuc_thanh_vien"),
        new Unit("hoi_nghe_an", "Hội Truyền thống Trường Sơn tỉnh Nghệ An", "trung_uong_hoi", "to_chuc_thanh_vien"),
    });

    /// <summary>What the member organisations send back: Hà Tĩnh on time, Quảng Bình three days late, Nghệ An nothing.</summary>
    public static IReadOnlyList<CongVan63.CongTacHoi2020> Returned() => new[]
    {
        new CongVan63.CongTacHoi2020("hoi_ha_tinh")
        {
            SoHuyenCoHoi = 12,
            SoXaCoHoi = 168,
            SoHoiHuyenThanhVienMttq = 9,
            KetQuaHoatDong = "Tổ chức gặp mặt kỷ niệm 61 năm Ngày mở đường Hồ Chí Minh; thăm hỏi hội viên có hoàn cảnh khó khăn.",
            SubmittedOn = new DateOnly(2020, 11, 18),
        },
        new CongVan63.CongTacHoi2020("hoi_quang_binh")
        {
            SoHuyenCoHoi = 8,
            SoXaCoHoi = 97,
            SoHoiHuyenThanhVienMttq = 8,
            KetQuaHoatDong = "Củng cố tổ chức Hội ở các huyện miền núi; phối hợp tìm kiếm, quy tập hài cốt liệt sĩ.",
            DeXuatKienNghi = "Đề nghị Trung ương Hội hướng dẫn thủ tục công nhận Hội cấp xã là thành viên Mặt trận Tổ quốc.",
            SubmittedOn = new DateOnly(2020, 11, 23),
        },
    };

    /// <summary>Runs the round in <paramref name="folder"/>: <c>bieu-nhap/</c> (blank forms), <c>da-nhan/</c> (returned), the summary.</summary>
    public static RoundResult Run(string folder)
    {
        var units = Units();
        var blank = Directory.CreateDirectory(Path.Combine(folder, "bieu-nhap")).FullName;
        var received = Directory.CreateDirectory(Path.Combine(folder, "da-nhan")).FullName;

        var forms = WriteForms(units, blank);
        foreach (var report in Returned())
        {
            var returned = Path.Combine(received, Path.GetFileName(forms[report.Unit]));
            File.Copy(forms[report.Unit], returned, overwrite: true);
            FormFiller.Fill(returned, report);
        }

        var imported = Import(received, units);
        var typed = imported.Reports;
        var summary = CongVan63.CongTacHoi2020.Summarize(units, typed, AsOf);
        var summaryPath = Path.Combine(folder, "tong-hop_cong_tac_hoi_2020.xlsx");
        summary.SaveAs(summaryPath, new SummaryWorkbookOptions { Timestamp = Timestamp });
        return new RoundResult(forms, imported.Result, typed, summary, summaryPath);
    }

    /// <summary>One blank form per member organisation that owes the report.</summary>
    public static IReadOnlyDictionary<string, string> WriteForms(UnitTree units, string folder)
    {
        var options = new InputFormOptions { SaveOptions = new WorkbookSaveOptions { Timestamp = Timestamp } };
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unitId in Consolidator.ExpectedUnitIds(CongVan63.Spec, Report, units))
        {
            var unit = units[unitId];
            var path = Path.Combine(folder, InputForm.FileName<CongVan63.CongTacHoi2020>(Period, unit));
            InputForm.Save<CongVan63.CongTacHoi2020>(Period, unit, path, options);
            forms[unitId] = path;
        }
        return forms;
    }

    /// <summary>Reads every returned form, checked against the plan, the report, the period and the unit list.</summary>
    public static ImportResult<CongVan63.CongTacHoi2020> Import(string folder, UnitTree units) =>
        FormImporter.ImportFolder<CongVan63.CongTacHoi2020>(folder, FormImportOptions.For<CongVan63.CongTacHoi2020>(Period.Key, units));
}

/// <summary>What one round produced.</summary>
/// <param name="Forms">The blank form of each unit that owes the report, by unit id.</param>
/// <param name="Imported">What the importer read from the returned forms, with its problems.</param>
/// <param name="Reports">The returned forms as typed reports.</param>
/// <param name="Summary">The consolidation as of <see cref="ReportRound.AsOf"/>.</param>
/// <param name="SummaryPath">The summary workbook written.</param>
public sealed record RoundResult(
    IReadOnlyDictionary<string, string> Forms,
    ImportResult Imported,
    IReadOnlyList<CongVan63.CongTacHoi2020> Reports,
    ReportSummary Summary,
    string SummaryPath);

/// <summary>
/// Fills a blank input form the way a clerk does, by what the form prints: the value of an indicator goes in the
/// "Số liệu" column of the row that carries its label, a narrative in the box below its heading, the date beside
/// "Ngày báo cáo". Only the yellow input cells are written, so the importer's integrity checks see an honest form.
/// </summary>
public static class FormFiller
{
    /// <summary>Writes <paramref name="report"/> into the form at <paramref name="path"/>.</summary>
    public static void Fill(string path, CongVan63.CongTacHoi2020 report)
    {
        var submission = report.ToSubmission();
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(InputForm.SheetName);
        foreach (var indicator in CongVan63.Spec.Indicators)
        {
            if (submission[indicator.Id, null] is { } number)
                InputCellRightOf(sheet, indicator.Label).SetValue((double)number);
        }
        foreach (var narrative in CongVan63.Spec.Narratives)
        {
            if (submission.Narratives.TryGetValue(narrative.Id, out var text) && text is not null)
                LabelCell(sheet, narrative.Label).CellBelow().SetValue(text);
        }
        if (submission.SubmittedOn is { } on)
            InputCellRightOf(sheet, "Ngày báo cáo").SetValue(on.ToDateTime(TimeOnly.MinValue));
        workbook.Save();
    }

    private static IXLCell LabelCell(IXLWorksheet sheet, string label) =>
        sheet.CellsUsed().FirstOrDefault(c => c.GetString().StartsWith(label, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"biểu nhập không có dòng «{label}»");

    /// <summary>The first unlocked cell to the right of the label, on its row.</summary>
    private static IXLCell InputCellRightOf(IXLWorksheet sheet, string label)
    {
        var labelCell = LabelCell(sheet, label);
        return labelCell.WorksheetRow().CellsUsed(XLCellsUsedOptions.All)
                   .FirstOrDefault(c => c.Address.ColumnNumber > labelCell.Address.ColumnNumber && !c.Style.Protection.Locked)
               ?? throw new InvalidOperationException($"dòng «{label}» không có ô nhập");
    }
}
