using System;
using System.IO;

namespace ReportKit.Excel.Writing;

/// <summary>
/// What every writer does after producing a raw package: normalize it (applying the edits the writer
/// returns) and save it atomically.
/// </summary>
internal static class PackageSaving
{
    public static void SaveAs(string path, Func<Stream, PackageNormalizer.PackageEdits> writeRawPackage, WorkbookSaveOptions options, string author)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // The whole package is produced before the temporary file exists: a failing row source
        // leaves nothing behind.
        using var raw = new ChunkedMemoryStream();
        var edits = writeRawPackage(raw);
        raw.Position = 0;
        WriteAtomically(path, file => PackageNormalizer.Normalize(raw, file, options.Timestamp, author, edits));
    }

    /// <summary>
    /// Writes a file through a temporary one beside it, flushed to disk and renamed over <paramref name="path"/>: the
    /// rename is atomic on one volume, so readers never see half a file, and a failure leaves nothing under that name.
    /// </summary>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException("No folder in path '" + path + "'.", nameof(path));
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("The folder '" + folder + "' does not exist.");
        }

        var temporary = Path.Combine(folder, TemporaryName(Path.GetFileName(fullPath)));
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            // Name the file the caller asked for, not the temporary one; nothing under that name was touched.
            throw new IOException("Could not write '" + fullPath + "' (nothing was changed under that name): " + e.Message, e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// The temporary file a workbook is written to before its rename: <c>.{name}.{32 hex}.tmp</c> beside it. A process
    /// killed in between leaves it behind; <see cref="IsTemporary"/> tells readers of a folder to pass over it.
    /// </summary>
    public static string TemporaryName(string fileName) => "." + fileName + "." + Guid.NewGuid().ToString("N") + ".tmp";

    /// <summary>Whether <paramref name="fileName"/> is a temporary file left by <see cref="SaveAs"/>.</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.Length > 38 && fileName[0] == '.' && fileName.EndsWith(".tmp", StringComparison.Ordinal) &&
        fileName[^37] == '.' && fileName.AsSpan(fileName.Length - 36, 32).IndexOfAnyExcept("0123456789abcdef") < 0;

    public static void Save(Stream output, Func<Stream, PackageNormalizer.PackageEdits> writeRawPackage, WorkbookSaveOptions options, string author)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var raw = new ChunkedMemoryStream();
        var edits = writeRawPackage(raw);
        raw.Position = 0;

        // A zip written to a seekable stream from its start gets the same bytes a file gets: an empty
        // seekable output takes the package directly. Any other output gets it through a seekable buffer.
        if (output.CanSeek && output.Position == 0 && output.Length == 0)
        {
            PackageNormalizer.Normalize(raw, output, options.Timestamp, author, edits);
        }
        else
        {
            using var normalized = new ChunkedMemoryStream();
            PackageNormalizer.Normalize(raw, normalized, options.Timestamp, author, edits);
            normalized.Position = 0;
            normalized.CopyTo(output);
        }

        output.Flush();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
