namespace ReportKit.Cli;

/// <summary>The documented exit codes of the <c>reportkit</c> command (also listed in <c>reportkit --help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Everything went through.</summary>
    public const int Ok = 0;

    /// <summary>Some input was rejected: template errors or a wrong units file line (nothing done), rejected forms (the rest done).</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself was wrong: unknown command or option, missing argument, a report, period or date that is not valid.</summary>
    public const int Usage = 2;

    /// <summary>An output already exists and <c>--force</c> was not given; nothing was written.</summary>
    public const int OutputExists = 3;

    /// <summary>Nothing could be done: a file or folder could not be read or written (or an unexpected error).</summary>
    public const int Failure = 4;

    /// <summary>The exit codes as <c>--help</c> lists them.</summary>
    public static string Help => Say.T(
        "Mã thoát: 0 xong; 1 có đầu vào bị từ chối (mẫu kế hoạch có lỗi, một dòng sai trong danh sách đơn vị, biểu bị từ chối); " +
        "2 dòng lệnh sai (lệnh hoặc tùy chọn không có, thiếu tùy chọn, báo cáo, kỳ hoặc ngày --as-of không hợp lệ); " +
        "3 tệp đầu ra đã có (dùng --force); 4 không đọc hoặc ghi được tệp hay thư mục, hoặc lỗi không mong đợi.",
        "Exit codes: 0 done; 1 some input was rejected (template errors, a wrong line in the units file, rejected forms); " +
        "2 bad command line (unknown command or option, missing option, a report, period or --as-of date that is not valid); " +
        "3 an output exists (use --force); 4 a file or folder could not be read or written, or an unexpected error.");
}
