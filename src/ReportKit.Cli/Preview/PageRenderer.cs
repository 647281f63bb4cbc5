using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

namespace ReportKit.Cli.Preview;

/// <summary>
/// Prints workbooks and documents to PNG pages the way a person sees them printed, as <c>scripts/render-workbook.sh</c>
/// does: LibreOffice (headless) prints each to PDF on its own page setup, pdftoppm turns each page into a PNG.
/// </summary>
/// <remarks>
/// LibreOffice runs with a private profile, so it never meets a LibreOffice the user has open. The profile is kept
/// for the renderer's life: building it is most of a first start, and <c>--watch</c> renders again on every save.
/// </remarks>
internal sealed class PageRenderer : IDisposable
{
    /// <summary>Resolution of the pages: readable on a screen, small files (the script's default).</summary>
    public const int Dpi = 80;

    /// <summary>Longest wait for one program; a LibreOffice that hangs is stopped and the pages skipped.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly string _soffice;
    private readonly string _pdftoppm;
    private readonly string _work;

    private PageRenderer(string soffice, string pdftoppm)
    {
        _soffice = soffice;
        _pdftoppm = pdftoppm;
        _work = Path.Combine(Path.GetTempPath(), "reportkit-render-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>A renderer, or null with the program that is missing from PATH (soffice or pdftoppm).</summary>
    public static PageRenderer? Find(out string? missing)
    {
        missing = null;
        var soffice = OnPath("soffice");
        var pdftoppm = OnPath("pdftoppm");
        if (soffice is null || pdftoppm is null)
        {
            missing = soffice is null ? "soffice (LibreOffice)" : "pdftoppm (poppler-utils)";
            return null;
        }
        return new PageRenderer(soffice, pdftoppm);
    }

    /// <summary>
    /// Renders each document into <paramref name="pngFolder"/> as <c>&lt;file name&gt;-&lt;page&gt;.png</c>
    /// (<c>tong-hop_hang_nam_2024.docx-1.png</c>: the workbook and the báo cáo of one period share a stem).
    /// </summary>
    /// <returns>The pages written, and a line for each document that could not be rendered.</returns>
    public (IReadOnlyList<string> Pages, IReadOnlyList<string> Problems) Render(IReadOnlyList<string> documents, string pngFolder, CancellationToken cancel)
    {
        var pages = new List<string>();
        var problems = new List<string>();
        var run = Path.Combine(_work, "run");
        if (Directory.Exists(run))
            Directory.Delete(run, recursive: true);
        var inputs = Path.Combine(run, "in");
        var pdfs = Path.Combine(run, "pdf");
        Directory.CreateDirectory(inputs);
        Directory.CreateDirectory(pngFolder);
        // LibreOffice names a PDF after its input without the extension: copies named "x.docx.docx" keep the
        // workbook and the báo cáo of one period apart, and one start of LibreOffice prints them all.
        var copies = documents.Select(d => Path.Combine(inputs, Path.GetFileName(d) + Path.GetExtension(d))).ToList();
        for (var i = 0; i < documents.Count; i++)
            File.Copy(documents[i], copies[i]);

        var profile = new Uri(Path.Combine(_work, "profile")).AbsoluteUri;
        var converted = RunTool(_soffice, new[] { "--headless", "--norestore", "-env:UserInstallation=" + profile, "--convert-to", "pdf", "--outdir", pdfs }.Concat(copies), cancel);
        if (converted is not null)
        {
            problems.Add(Say.T($"LibreOffice không in được sang PDF: {converted}", $"LibreOffice could not print to PDF: {converted}"));
            return (pages, problems);
        }

        foreach (var document in documents)
        {
            var name = Path.GetFileName(document);
            var pdf = Path.Combine(pdfs, name + ".pdf");
            if (!File.Exists(pdf))
            {
                problems.Add(Say.T($"{name}: LibreOffice không in ra trang nào (thiếu libreoffice-calc hoặc libreoffice-writer?)",
                    $"{name}: LibreOffice printed no page (libreoffice-calc or libreoffice-writer missing?)"));
                continue;
            }
            var stem = Path.Combine(pngFolder, name);
            if (RunTool(_pdftoppm, new[] { "-png", "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, stem }, cancel) is { } failed)
            {
                problems.Add($"{name}: pdftoppm: {failed}");
                continue;
            }
            // pdftoppm numbers pages "-1", or "-01" … when there are ten or more.
            pages.AddRange(Directory.EnumerateFiles(pngFolder, name + "-*.png").Order(StringComparer.Ordinal));
        }
        return (pages, problems);
    }

    /// <summary>Runs a program to its end; null when it succeeded, else why not. Stopped (with its children) on timeout or cancel.</summary>
    private static string? RunTool(string program, IEnumerable<string> arguments, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var error = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (cancel.Register(() => Stop(process)))
        {
            if (!process.WaitForExit(Timeout))
            {
                Stop(process);
                return Say.T($"{Path.GetFileName(program)} chưa xong sau {Timeout.TotalMinutes:0} phút, đã dừng", $"{Path.GetFileName(program)} did not finish in {Timeout.TotalMinutes:0} minutes and was stopped");
            }
            process.WaitForExit();
        }
        cancel.ThrowIfCancellationRequested();
        string text;
        lock (error)
            text = error.ToString().Trim();
        return process.ExitCode == 0 ? null : $"exit {process.ExitCode}{(text.Length > 0 ? ": " + text : "")}";
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    private static string? OnPath(string program)
    {
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".com" } : new[] { program };
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    public void Dispose()
    {
        if (Directory.Exists(_work))
            Directory.Delete(_work, recursive: true);
    }
}
