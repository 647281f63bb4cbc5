using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportKit.Cli.Preview;

/// <summary>
/// The folder a preview is written to. Files are made in a hidden staging folder inside it, then each is renamed
/// over its previous version (a rename on one file system: a viewer or Excel sees the old file or the new one,
/// never half of one); files the previous preview wrote and this one does not are removed. What the preview wrote
/// is listed in <see cref="ManifestName"/>, so nothing else in the folder is ever touched.
/// </summary>
internal sealed class PreviewFolder : IDisposable
{
    /// <summary>The list of the files the last preview wrote (relative paths, one a line).</summary>
    public const string ManifestName = ".reportkit-preview";

    private const string StagingPrefix = ".reportkit-preview-";

    private PreviewFolder(string folder, string staging)
    {
        Folder = folder;
        Staging = staging;
    }

    /// <summary>The folder the preview ends up in.</summary>
    public string Folder { get; }

    /// <summary>Where this run writes before publishing.</summary>
    public string Staging { get; }

    /// <summary>Creates the folder if needed and a fresh staging folder in it; staging folders left by a stopped run are removed.</summary>
    public static PreviewFolder Open(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var left in Directory.EnumerateDirectories(folder, StagingPrefix + "*"))
            Directory.Delete(left, recursive: true);
        var staging = Path.Combine(folder, StagingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return new PreviewFolder(folder, staging);
    }

    /// <summary>Moves every staged file into place, over its previous version, and removes the previous preview's other files.</summary>
    /// <returns>The published files, in the folder, in the order staged paths were given.</returns>
    public IReadOnlyList<string> Publish(IReadOnlyList<string> staged)
    {
        var relative = staged.Select(path => Path.GetRelativePath(Staging, path)).ToList();
        var published = new List<string>();
        foreach (var name in relative)
        {
            var target = Path.Combine(Folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.Move(Path.Combine(Staging, name), target, overwrite: true);
            published.Add(target);
        }

        var manifest = Path.Combine(Folder, ManifestName);
        var previous = File.Exists(manifest) ? File.ReadAllLines(manifest, Encoding.UTF8) : Array.Empty<string>();
        var kept = relative.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var temp = Path.Combine(Staging, ManifestName);
        File.WriteAllLines(temp, kept.Order(StringComparer.Ordinal), new UTF8Encoding(false));
        File.Move(temp, manifest, overwrite: true);
        foreach (var stale in previous.Where(p => p.Length > 0 && !kept.Contains(p)))
        {
            var path = Path.Combine(Folder, stale);
            // Only what lies inside the folder: a manifest edited by hand cannot send a deletion elsewhere.
            if (!Path.GetFullPath(path).StartsWith(Path.GetFullPath(Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
                continue;
            File.Delete(path);
            // png/ goes when a preview without pages (--no-render) follows one with pages.
            var parent = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (parent != Path.GetFullPath(Folder) && !Directory.EnumerateFileSystemEntries(parent).Any())
                Directory.Delete(parent);
        }
        return published;
    }

    private static string Normalize(string relative) => relative.Replace('\\', '/');

    /// <summary>Removes the staging folder: after a publish it is empty, after a failure it holds the unpublished files.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Staging))
            Directory.Delete(Staging, recursive: true);
    }
}
