using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>Runs the built <c>reportkit</c> command as a process, the way a clerk or a script does.</summary>
internal static class Cli
{
    /// <summary>The command's assembly, copied next to the tests by the project reference (built once with them).</summary>
    public static string Assembly { get; } = Path.Combine(AppContext.BaseDirectory, "ReportKit.Cli.dll");

    public static ProcessRunner.Result Run(string workingDirectory, params string[] arguments) =>
        ProcessRunner.Run("dotnet", new[] { Assembly }.Concat(arguments), workingDirectory, timeout: TimeSpan.FromMinutes(2));

    /// <summary>Every file under <paramref name="folder"/> (relative path, '/' separated) with a hash of its bytes.</summary>
    public static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);

    /// <summary>The seed template of plan 76-KH/ĐU (seed 001) in the repository.</summary>
    public static string Seed001 => Path.Combine(RepoPaths.Templates, "ke-hoach-76-kh-du.plan.yaml");

    /// <summary>Asserts the exit code, showing what the command printed when it differs.</summary>
    public static void ExitCode(int expected, ProcessRunner.Result result) =>
        Assert.True(expected == result.ExitCode, $"exit code {result.ExitCode}, expected {expected}\n--- stdout\n{result.StandardOutput}\n--- stderr\n{result.StandardError}");
}
