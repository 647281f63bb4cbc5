using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ReportKit.Excel.Import;

namespace ReportKit.Benchmarks;

/// <summary>
/// The time and peak memory of importing one hostile file, in a fresh process (so the peak working set is this file's):
/// <c>-- --hostile NAME</c>, or <c>-- --hostile list</c> for the names. The file is made from a genuine filled form of
/// the import workload; "genuine" is the baseline of the same process doing the same work on the form unchanged.
/// scripts/fuzz-measure.sh runs every one and prints the table docs/reliability.md keeps.
/// </summary>
public static class HostileImport
{
    private const string Sheet = "xl/worksheets/sheet1.xml";

    /// <summary>Each hostile input: what it is, and how it is made from the genuine form's bytes.</summary>
    private static readonly (string Name, Func<byte[], byte[]> Make)[] Inputs =
    {
        ("genuine", genuine => genuine),
        ("random-bytes-1MB", _ => RandomBytes(1 << 20)),
        ("truncated-zip", genuine => genuine[..(genuine.Length / 2)]),
        ("ole-file", _ => new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(RandomBytes(4096)).ToArray()),
        ("oversized-11MB", _ => RandomBytes(11 << 20)),
        ("zip-bomb-19MB-of-spaces", genuine => Replace(genuine, Sheet, new string(' ', 19 << 20))),
        ("too-many-parts-1001", genuine => Repackage(genuine, new Dictionary<string, byte[]>(), Enumerable.Range(0, 1001).Select(i => ("xl/media/x" + i.ToString(CultureInfo.InvariantCulture) + ".xml", "<a/>"u8.ToArray())))),
        ("billion-laughs-dtd", genuine => Replace(genuine, Sheet, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]><x>&i;</x>")),
        ("million-rows", genuine => Replace(genuine, Sheet, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            string.Concat(Enumerable.Range(1, 1_000_000).Select(i => "<row r=\"" + i.ToString(CultureInfo.InvariantCulture) + "\"/>")) + "</sheetData></worksheet>")),
        ("nesting-100000-deep", genuine => EditSheet(genuine, "<x:sheetData>", "<x:sheetData>" + string.Concat(Enumerable.Repeat("<x:z>", 100_000)) + string.Concat(Enumerable.Repeat("</x:z>", 100_000)))),
        ("attribute-15M-characters", genuine => EditSheet(genuine, "<x:sheetData>", "<x:sheetData><x:row r=\"1\" spans=\"" + new string('9', 15_000_000) + "\"/>")),
        ("two-entries-of-one-name", genuine => Repackage(genuine, new Dictionary<string, byte[]>(), new[] { (Sheet, Part(genuine, Sheet)) })),
        ("sheet-re-encoded-utf16", genuine => Replace(genuine, Sheet, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Part(genuine, Sheet)).Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.Ordinal))).ToArray())),
    };

    public static int Run(string[] args)
    {
        if (args.Length != 2 || (args[1] != "list" && Inputs.All(i => i.Name != args[1])))
        {
            Console.Error.WriteLine("usage: --hostile list|" + string.Join("|", Inputs.Select(i => i.Name)));
            return 2;
        }

        if (args[1] == "list")
        {
            Console.WriteLine(string.Join("\n", Inputs.Select(i => i.Name)));
            return 0;
        }

        var (files, options) = ImportWorkload.Prepare(1);
        var input = Inputs.Single(i => i.Name == args[1]);
        var path = Path.Combine(Path.GetTempPath(), "reportkit-hostile-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".xlsx");
        File.WriteAllBytes(path, input.Make(File.ReadAllBytes(files[0])));
        var size = new FileInfo(path).Length;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var result = FormImporter.Import(new[] { path }, options);
        clock.Stop();
        File.Delete(path);
        using var process = Process.GetCurrentProcess();
        var outcome = result.Submissions.Count == 1 ? "accepted" : string.Join(",", result.Problems.Where(p => p.Severity == ImportSeverity.Error).Select(p => p.Code).Distinct());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {input.Name} | {size / 1048576.0:F2} MB | {outcome} | {clock.Elapsed.TotalSeconds:F3} s | {process.PeakWorkingSet64 / 1048576.0:F0} MB | {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:F1} MB |"));
        return 0;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(16).NextBytes(bytes);
        bytes[0] = 0x50;
        bytes[1] = 0x4B;
        bytes[2] = 0x03;
        bytes[3] = 0x04;
        return bytes;
    }

    private static byte[] Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] EditSheet(byte[] package, string find, string replace)
    {
        var text = Encoding.UTF8.GetString(Part(package, Sheet));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return Replace(package, Sheet, text[..at] + replace + text[(at + find.Length)..]);
    }

    private static byte[] Replace(byte[] package, string name, string text) => Replace(package, name, new UTF8Encoding(false).GetBytes(text));

    private static byte[] Replace(byte[] package, string name, byte[] bytes) =>
        Repackage(package, new Dictionary<string, byte[]> { [name] = bytes }, Array.Empty<(string, byte[])>());

    /// <summary>The package with parts replaced and parts added (even under a name it has).</summary>
    private static byte[] Repackage(byte[] package, Dictionary<string, byte[]> replaced, IEnumerable<(string Name, byte[] Bytes)> added)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var to = zip.CreateEntry(entry.FullName).Open();
                if (replaced.TryGetValue(entry.FullName, out var bytes))
                    to.Write(bytes);
                else
                    entry.Open().CopyTo(to);
            }

            foreach (var (name, bytes) in added)
            {
                using var to = zip.CreateEntry(name).Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
