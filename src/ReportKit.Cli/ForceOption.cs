using System.CommandLine;

namespace ReportKit.Cli;

/// <summary>The shared <c>--force</c> option: without it, an existing output is never overwritten.</summary>
internal static class ForceOption
{
    public static Option<bool> Create() => new("--force", "-f")
    {
        Description = Say.T("Ghi đè các tệp đầu ra đã có", "Overwrite outputs that already exist"),
    };
}
