using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Cli;

/// <summary>Finds and parses plan templates named on the command line.</summary>
internal static class TemplateFiles
{
    public const string Pattern = "*.plan.yaml";

    /// <summary>Expands files and folders into template paths, sorted, without duplicates.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                found.UnionWith(Directory.EnumerateFiles(path, Pattern, SearchOption.AllDirectories).Select(Relative));
            else if (File.Exists(path))
                found.Add(Relative(path));
            else
                throw new FileNotFoundException(Say.T($"không tìm thấy tệp hoặc thư mục '{path}'", $"no such file or folder '{path}'"), path);
        }
        return found.ToList();
    }

    public static TemplateParseResult Parse(string path) => PlanTemplateParser.Parse(path, File.ReadAllText(path));

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
