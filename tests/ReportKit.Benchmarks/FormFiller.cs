using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using ReportKit.Excel.Forms;

namespace ReportKit.Benchmarks;

/// <summary>
/// Fills every blank input form in a folder as a client other than Excel would: the input cells named by the form's
/// metadata sheet get a number, narratives an inline string, the report date a date serial; nothing else is touched.
/// Thousands of forms in seconds, for the end-to-end benchmark (<c>scripts/bench-office-cycle.sh</c>); ClosedXML
/// would take longer than the cycle it prepares. Run: <c>-- --fill FOLDER</c>.
/// </summary>
public static partial class FormFiller
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static int Run(string[] args)
    {
        if (args.Length != 2 || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: --fill FOLDER");
            return 2;
        }

        var files = Directory.GetFiles(args[1], "*.xlsx").Order(StringComparer.Ordinal).ToArray();
        var filled = 0;
        Parallel.For(0, files.Length, i =>
        {
            Fill(files[i], i);
            Interlocked.Increment(ref filled);
        });
        Console.WriteLine(filled.ToString(CultureInfo.InvariantCulture) + " forms filled");
        return 0;
    }

    /// <summary>Fills one form in place; <paramref name="seed"/> varies the numbers.</summary>
    public static void Fill(string path, int seed)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var sheets = SheetParts(zip);
        var strings = Load(zip, "xl/sharedStrings.xml")?.Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList()
            ?? new List<string>();
        var metadata = Load(zip, sheets[InputForm.MetadataSheetName])!;
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in metadata.Descendants(Main + "row"))
        {
            // Columns A–F; an empty field is a cell ClosedXML does not write.
            var fields = new string[6];
            Array.Fill(fields, string.Empty);
            foreach (var c in row.Elements(Main + "c"))
                fields[((string)c.Attribute("r")!)[0] - 'A'] = (string?)c.Attribute("t") == "s" ? FormMetadata.Decode(strings[int.Parse(c.Value, CultureInfo.InvariantCulture)]) : c.Value;
            switch (fields[0])
            {
                case FormMetadata.ValueRow:
                    // One number per form: every "at most that indicator" rule holds.
                    cells[fields[3]] = "<v>" + (seed % 9 + 1).ToString(CultureInfo.InvariantCulture) + "</v>";
                    break;
                case FormMetadata.NarrativeRow:
                    cells[fields[2]] = "<is><t>Chi bộ đã tổ chức sinh hoạt chính trị, tư tưởng theo đúng kế hoạch (" + seed.ToString(CultureInfo.InvariantCulture) + ").</t></is>";
                    break;
                case FormMetadata.SubmittedOnRow:
                    cells[fields[1]] = "<v>" + (45597 + seed % 28).ToString(CultureInfo.InvariantCulture) + "</v>"; // November 2024
                    break;
            }
        }

        var entry = zip.GetEntry(sheets[InputForm.SheetName])!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var prefix = xml.Contains("<x:worksheet", StringComparison.Ordinal) ? "x:" : string.Empty;
        var seen = 0;
        xml = BlankCell().Replace(xml, match =>
        {
            if (match.Groups["p"].Value != prefix || !cells.TryGetValue(match.Groups["r"].Value, out var content))
                return match.Value;
            seen++;
            var inline = content.StartsWith("<is>", StringComparison.Ordinal);
            return "<" + prefix + "c" + match.Groups["a"].Value + (inline ? " t=\"inlineStr\"" : string.Empty) + ">" +
                   content.Replace("<", "<" + prefix, StringComparison.Ordinal).Replace("<" + prefix + "/", "</" + prefix, StringComparison.Ordinal) + "</" + prefix + "c>";
        });
        if (seen != cells.Count)
            throw new InvalidDataException(path + ": " + (cells.Count - seen) + " input cells are not blank cells of the form sheet");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(sheets[InputForm.SheetName], CompressionLevel.Fastest).Open());
        writer.Write(xml);
    }

    /// <summary>A blank cell, its address and style (a type without a value means nothing): <c>&lt;x:c r="E20" s="7" t="s" /&gt;</c>.</summary>
    [GeneratedRegex("<(?<p>(?:x:)?)c(?<a> r=\"(?<r>[A-Z]+[0-9]+)\"(?: s=\"[0-9]+\")?)(?: t=\"s\")? ?/>")]
    private static partial Regex BlankCell();

    /// <summary>Sheet name → part name, from the workbook and its relationships.</summary>
    private static Dictionary<string, string> SheetParts(ZipArchive zip)
    {
        var workbook = Load(zip, "xl/workbook.xml")!;
        var rels = Load(zip, "xl/_rels/workbook.xml.rels")!.Root!.Elements().ToDictionary(r => (string)r.Attribute("Id")!, r => (string)r.Attribute("Target")!);
        return workbook.Descendants(Main + "sheet").ToDictionary(s => (string)s.Attribute("name")!, s =>
        {
            var target = rels[(string)s.Attribute(Relationships + "id")!];
            return target.StartsWith('/') ? target[1..] : "xl/" + target;
        });
    }

    private static XDocument? Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
            return null;
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
