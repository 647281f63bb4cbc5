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

    /// <summary>The example templates folder (real plans beyond the seeds, each showing a part of the format).</summary>
    public static string Examples => Path.Combine(Templates, "examples");

    /// <summary>Every bundled template: the seeds, then the examples; full paths in ordinal order.</summary>
    public static string[] BundledTemplatePaths() =>
        Directory.GetFiles(Templates, "*.plan.yaml")
            .Concat(Directory.Exists(Examples) ? Directory.GetFiles(Examples, "*.plan.yaml") : Array.Empty<string>())
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

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
