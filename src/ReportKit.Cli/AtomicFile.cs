using System;
using System.IO;

namespace ReportKit.Cli;

/// <summary>Writes a file through a temporary file and a rename, so an existing output is never half-overwritten.</summary>
internal static class AtomicFile
{
    public static int WriteAllBytes(string path, byte[] bytes, bool force, Output output)
    {
        if (File.Exists(path) && !force)
        {
            output.Error(Say.T($"'{path}' đã tồn tại; dùng --force để ghi đè", $"'{path}' exists already; use --force to overwrite"));
            return ExitCodes.OutputExists;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
        output.Info(Say.T("đã ghi: ", "written: ") + path);
        return ExitCodes.Ok;
    }
}
