using System;
using System.IO;
using System.Threading;

namespace ReportKit.Cli.Preview;

/// <summary>
/// Tells when a template file has been saved. It watches the template's folder, not the file: editors that save by
/// writing another file and renaming it over the template (vim, many IDEs) replace the file a watch on it would hold.
/// A save is told once it has been quiet for <see cref="Quiet"/>, so the several events of one save make one run.
/// </summary>
internal sealed class TemplateWatcher : IDisposable
{
    /// <summary>How long after the last event of a save the template is read.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private static readonly StringComparison NameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _name;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _poll;
    private readonly Timer _debounce;
    private readonly SemaphoreSlim _saved = new(0, 1);

    /// <summary>Starts watching; saves made from now on are told, including during a run.</summary>
    public TemplateWatcher(string templatePath)
    {
        var full = Path.GetFullPath(templatePath);
        _name = Path.GetFileName(full);
        _debounce = new Timer(_ => Signal());
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        _watcher.Changed += (_, e) => Touched(e.Name);
        _watcher.Created += (_, e) => Touched(e.Name);
        _watcher.Deleted += (_, e) => Touched(e.Name);
        _watcher.Renamed += (_, e) =>
        {
            Touched(e.Name);
            Touched(e.OldName);
        };
        // Too many events at once (the buffer overflowed): the template may have changed among them.
        _watcher.Error += (_, _) => _debounce.Change(Quiet, System.Threading.Timeout.InfiniteTimeSpan);
        try
        {
            _watcher.EnableRaisingEvents = true;
        }
        catch (IOException)
        {
            // The system's limit of watches is reached (Linux: fs.inotify.max_user_instances): look at the file instead.
            _watcher.Dispose();
            _watcher = null;
            var seen = Stamp(full);
            _poll = new Timer(_ =>
            {
                var now = Stamp(full);
                if (now != seen)
                {
                    seen = now;
                    Touched(_name);
                }
            }, null, PollEvery, PollEvery);
        }
    }

    /// <summary>True when saves are seen by looking at the file every <see cref="PollEvery"/>, the system having no watch left.</summary>
    public bool Polling => _poll is not null;

    /// <summary>Waits for the next save; false when <paramref name="cancel"/> ends the watch first.</summary>
    public bool WaitForSave(CancellationToken cancel)
    {
        try
        {
            _saved.Wait(cancel);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Touched(string? name)
    {
        if (string.Equals(name, _name, NameComparison))
            _debounce.Change(Quiet, System.Threading.Timeout.InfiniteTimeSpan);
    }

    private static (bool, DateTime, long) Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (true, file.LastWriteTimeUtc, file.Length) : (false, default, 0);
    }

    private void Signal()
    {
        // One pending save is enough: a run reads the template as it is then.
        lock (_saved)
        {
            if (_saved.CurrentCount == 0)
                _saved.Release();
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _poll?.Dispose();
        _debounce.Dispose();
        _saved.Dispose();
    }
}
