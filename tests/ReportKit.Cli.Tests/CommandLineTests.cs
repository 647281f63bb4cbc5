using System.IO;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>Command lines a user gets wrong: exit code 2 and a message, nothing written.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void An_unknown_option_exits_2_with_a_message()
    {
        var folder = RepoPaths.NewTempFolder("cli-usage");
        var result = Cli.Run(folder, "demo", "--bogus");
        Cli.ExitCode(2, result);
        Assert.Contains("lỗi (error): Unrecognized command or argument '--bogus'", result.StandardError);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void Forms_without_units_exits_2_naming_the_option()
    {
        var folder = RepoPaths.NewTempFolder("cli-usage");
        var result = Cli.Run(folder, "forms", Cli.Seed001, "--report", "hang_nam", "--period", "2024", "--out", "forms");
        Cli.ExitCode(2, result);
        Assert.Contains("--units", result.StandardError);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }
}
