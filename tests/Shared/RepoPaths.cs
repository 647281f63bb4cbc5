using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ReportKit.Testing;

/// <summary>Paths inside the repository, for tests that read templates, samples and snapshots.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root (recorded at build time).</summary>
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepoRoot").Value!;

    /// <summary>The bundled seed templates folder.</summary>
    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>A fresh empty temporary folder.</summary>
    public static string NewTempFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "reportkit-tests", prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
