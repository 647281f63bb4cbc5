using System;
using System.IO;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Excel.Import;

public static partial class FormImporter
{
    /// <summary>
    /// Reads back the figures of an earlier period's summary workbook of the same plan and report (the sealed relay
    /// sheet carries every unit row), with every check the level above makes on a relayed summary: the seal, the plan,
    /// its revision and report, the table against its digests. Which period it may be is for the caller
    /// (<see cref="EarlierPeriods.RoleOf"/>).
    /// </summary>
    /// <param name="path">The summary workbook.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="reportId">The report of the summary being made.</param>
    /// <param name="sealSecret">The secret the summary was sealed with, if not the default.</param>
    /// <exception cref="ComparisonRefusedException">The file is not a readable, untouched ReportKit summary of this report; the message says why (Vietnamese).</exception>
    public static PeriodFigures ReadSummaryFigures(string path, PlanSpec plan, string reportId, string? sealSecret = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        // Any period of the report and any root unit (units are matched afterwards); a summary's hidden sheet has a row
        // per unit, so the row limits are those of a large tree, not of one form.
        var options = new FormImportOptions(plan) { ReportId = reportId, SealSecret = sealSecret, MaxRows = 1_000_000, MaxCells = 20_000_000, MaxDegreeOfParallelism = 1 };
        var outcome = ImportFile(path, name, new Expectations(options));
        if (outcome.Problems.Any(p => p.Code == ImportProblemCodes.NoMetadata))
            throw new ComparisonRefusedException($"Tệp “{name}” không phải biểu tổng hợp do ReportKit tạo (không có trang dữ liệu ẩn “{Forms.InputForm.MetadataSheetName}”): hãy chọn tệp tổng hợp của kỳ trước.");
        if (outcome.Problems.FirstOrDefault(p => p.Severity == ImportSeverity.Error) is { } problem)
            throw new ComparisonRefusedException($"Không dùng được tệp “{name}” để so sánh: {problem.Message}");
        if (outcome.Submission is not { IsRelay: true })
            throw new ComparisonRefusedException($"Tệp “{name}” là biểu nhập số liệu của một đơn vị, không phải biểu tổng hợp: hãy chọn tệp tổng hợp (summarize) của kỳ trước.");
        return outcome.Figures
            ?? throw new ComparisonRefusedException($"Biểu tổng hợp “{name}” do phiên bản cũ của ReportKit tạo, không ghi số liệu từng đơn vị: hãy tổng hợp lại kỳ đó bằng phiên bản hiện hành.");
    }
}
