using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// LibreOffice (headless) and Python's openpyxl, for tests that have a form saved or edited by the programs users
/// have. Installed with apt-get (libreoffice-calc, libreoffice-writer, python3-openpyxl, fonts-liberation) when missing, as scripts/render-workbook.sh does;
/// on a machine where that is impossible (not root, no apt-get) the tests are skipped (<see cref="OfficeFactAttribute"/>).
/// </summary>
internal static class OfficeTools
{
    private const string Soffice = "/usr/bin/soffice";
    private const string Python = "/usr/bin/python3";
    private const string Writer = "/usr/lib/libreoffice/program/libswlo.so"; // libreoffice-writer, for the .docx documents
    // fonts-liberation: a serif with Times New Roman's metrics. Without it LibreOffice lays the documents out in a wider
    // fallback font, and a heading such as "ĐẢNG CỘNG SẢN VIỆT NAM" wraps where Word's would not.
    private const string TimesCompatibleFont = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";
    private static readonly object Gate = new();
    private static bool _ready;

    /// <summary>Why the tools cannot be had here, or null when they are installed or can be.</summary>
    public static string? Unavailable() => Availability.Value;

    private static readonly Lazy<string?> Availability = new(() => Installed()
        ? null
        : OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get")
            ? null
            : "LibreOffice and python3-openpyxl are missing and cannot be installed here (needs root and apt-get)");

    private static bool Installed() =>
        File.Exists(Soffice) && File.Exists(Python) && File.Exists(Writer) && File.Exists(TimesCompatibleFont) &&
        ProcessRunner.Run(Python, new[] { "-c", "import openpyxl" }, Path.GetTempPath()).ExitCode == 0;

    /// <summary>Installs the tools once per test run when they are missing.</summary>
    public static void Ensure()
    {
        lock (Gate)
        {
            if (_ready || Installed())
            {
                _ready = true;
                return;
            }

            // flock: other test runs on the machine may be installing too.
            var result = ProcessRunner.Run("/usr/bin/flock", new[]
            {
                "/tmp/reportkit-apt.lock", "sh", "-c",
                "apt-get update -qq && apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 libreoffice-calc libreoffice-writer python3-openpyxl fonts-liberation",
            }, Path.GetTempPath(), new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" }, TimeSpan.FromMinutes(20));
            Assert.True(result.ExitCode == 0 && Installed(), "could not install libreoffice-calc and python3-openpyxl:\n" + result.All);
            _ready = true;
        }
    }

    /// <summary>
    /// Opens <paramref name="source"/> in LibreOffice and saves it unchanged to <paramref name="target"/>, as .xlsx or in
    /// another format (<c>ods</c>, <c>xls</c>: LibreOffice's file extension and filter).
    /// </summary>
    public static void SaveWithLibreOffice(string source, string target, string format = "xlsx:Calc MS Excel 2007 XML")
    {
        Ensure();
        var work = RepoPaths.NewTempFolder("libreoffice");
        var input = Path.Combine(work, "in", "form.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(input)!);
        File.Copy(source, input);
        // A private profile keeps runs independent of any LibreOffice the user has open (as in scripts/render-workbook.sh).
        var result = ProcessRunner.Run(Soffice, new[]
        {
            "--headless", "-env:UserInstallation=file://" + Path.Combine(work, "profile"),
            "--convert-to", format, "--outdir", Path.Combine(work, "out"), input,
        }, work, timeout: TimeSpan.FromMinutes(3));
        var output = Path.Combine(work, "out", "form." + format.Split(':')[0]);
        Assert.True(result.ExitCode == 0 && File.Exists(output), "LibreOffice did not save the form:\n" + result.All);
        File.Copy(output, target, overwrite: true);
        Directory.Delete(work, recursive: true);
    }

    /// <summary>
    /// Loads <paramref name="source"/> with openpyxl, applies <paramref name="operation"/> (e.g. <c>insert_rows</c>, the
    /// sheet, a row) if any, and saves it to <paramref name="target"/> (Tools/edit_form.py).
    /// </summary>
    public static void EditWithOpenpyxl(string source, string target, params string[] operation)
    {
        Ensure();
        var script = Path.Combine(RepoPaths.Root, "tests", "ReportKit.Excel.Tests", "Tools", "edit_form.py");
        var result = ProcessRunner.Run(Python, new[] { script, source, target }.Concat(operation), Path.GetTempPath(), timeout: TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, "openpyxl failed:\n" + result.All);
    }

    /// <summary>Fills cells of <paramref name="sheet"/> with openpyxl (Tools/fill_cells.py: <c>A1=text</c>, <c>A1=n:12</c>, <c>A1=d:2024-05-01</c>).</summary>
    public static void FillWithOpenpyxl(string source, string target, string sheet, IEnumerable<string> cells)
    {
        Ensure();
        var script = Path.Combine(RepoPaths.Root, "tests", "ReportKit.Excel.Tests", "Tools", "fill_cells.py");
        var result = ProcessRunner.Run(Python, new[] { script, source, target, sheet }.Concat(cells), Path.GetTempPath(), timeout: TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, "openpyxl failed:\n" + result.All);
    }
}

/// <summary>A fact that needs LibreOffice and openpyxl: skipped only where they are missing and cannot be installed.</summary>
public sealed class OfficeFactAttribute : FactAttribute
{
    public OfficeFactAttribute()
    {
        if (OfficeTools.Unavailable() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs LibreOffice and openpyxl: skipped only where they are missing and cannot be installed.</summary>
public sealed class OfficeTheoryAttribute : TheoryAttribute
{
    public OfficeTheoryAttribute()
    {
        if (OfficeTools.Unavailable() is { } reason)
        {
            Skip = reason;
        }
    }
}
