using System;
using System.IO;

namespace ReportKit.Cli;

/// <summary>A file that could not be written, told in Vietnamese with the cause a clerk can act on; other file errors as they are.</summary>
internal static class OutputFailure
{
    public static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null)
            inner = inner.InnerException;
        var text = e.Message + " " + inner.Message;
        // The command's own messages (a template or folder that is not there) are already worded for the clerk.
        var writing = e.Message.StartsWith("Could not write", StringComparison.Ordinal) || inner is UnauthorizedAccessException ||
                      text.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) || text.Contains("No space left", StringComparison.OrdinalIgnoreCase);
        if (!writing)
            return e.Message;
        var cause = inner is UnauthorizedAccessException || text.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)
            ? Say.T("thư mục chỉ đọc hoặc không có quyền ghi", "the folder is read-only or not writable")
            : text.Contains("No space left", StringComparison.OrdinalIgnoreCase) || text.Contains("disk full", StringComparison.OrdinalIgnoreCase)
                ? Say.T("ổ đĩa đã đầy", "the disk is full")
                : Say.T("lỗi ghi tệp", "write error");
        return Say.T($"không ghi được tệp: {cause}; các tệp đã có không bị thay đổi ({e.Message})", $"could not write the file: {cause}; existing files were not changed ({e.Message})");
    }
}
