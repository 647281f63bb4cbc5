using System;
using System.IO;

namespace ReportKit.Cli;

/// <summary>A file that could not be read or written, told in Vietnamese with the cause a clerk can act on.</summary>
internal static class OutputFailure
{
    public static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
            inner = inner.InnerException;
        var text = e.Message + " " + inner.Message;
        var cause = inner is UnauthorizedAccessException || text.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)
            ? "thư mục chỉ đọc hoặc không có quyền ghi"
            : text.Contains("No space left", StringComparison.OrdinalIgnoreCase) || text.Contains("disk full", StringComparison.OrdinalIgnoreCase)
                ? "ổ đĩa đã đầy"
                : inner is FileNotFoundException or DirectoryNotFoundException
                    ? "không tìm thấy tệp hoặc thư mục"
                    : "lỗi đọc, ghi tệp";
        return $"không đọc hoặc ghi được tệp: {cause}; các tệp đã có không bị thay đổi ({e.Message})";
    }
}
