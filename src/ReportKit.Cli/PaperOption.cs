using System.CommandLine;
using ReportKit.Excel.Layout;

namespace ReportKit.Cli;

/// <summary>
/// The shared <c>--paper</c> option of <c>summarize</c> and <c>demo</c>: A4 (default; a wide table prints as several
/// pages, each at 10 pt or more) or A3 (one sheet where the table fits).
/// </summary>
internal static class PaperOption
{
    public static Option<PaperSize> Create() => new("--paper")
    {
        Description = Say.T(
            "Khổ giấy in bảng tổng hợp: A4 (mặc định; bảng rộng chia thành nhiều trang cột) hoặc A3",
            "Paper the summary tables print on: A4 (default; wide tables split into column pages) or A3"),
        DefaultValueFactory = _ => PaperSize.A4,
    };
}
