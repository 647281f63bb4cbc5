using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>Seed plans, form generation and filling, for the input form and import tests.</summary>
internal static partial class FormsTestKit
{
    public static readonly string[] SeedTemplates =
    {
        "cong-van-svhttdl-qlvhgd.plan.yaml",
        "ke-hoach-76-kh-du.plan.yaml",
        "ke-hoach-98-kh-tu.plan.yaml",
        "ke-hoach-duk-xay-dung-dang.plan.yaml",
    };

    private static readonly Dictionary<string, PlanSpec> Loaded = new();

    public static PlanSpec Plan(string template)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(template, out var plan))
            {
                var path = Path.Combine(RepoPaths.Templates, template);
                var result = PlanTemplateParser.Parse(path, File.ReadAllText(path));
                plan = result.Plan ?? throw new InvalidDataException(template + ": " + string.Join("; ", result.Diagnostics));
                Loaded[template] = plan;
            }

            return plan;
        }
    }

    /// <summary>The sample period the form tests use: one with a unit that submitted twice if the sample has one, else the first.</summary>
    public static SamplePeriod PeriodOf(SampleDataSet sample) =>
        sample.Periods.FirstOrDefault(p => sample.Submissions
            .Where(s => s.ReportId == p.ReportId && s.PeriodKey == p.PeriodKey)
            .GroupBy(s => s.UnitId).Any(g => g.Count() > 1))
        ?? sample.Periods[0];

    /// <summary>The rows of a form's metadata sheet, as written (key, fields).</summary>
    public static List<string[]> MetadataRows(string path)
    {
        using var workbook = new XLWorkbook(path);
        return MetadataRows(workbook);
    }

    public static List<string[]> MetadataRows(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheet(InputForm.MetadataSheetName);
        return sheet.RowsUsed()
            .Select(row => Enumerable.Range(1, 6).Select(c => Decode(row.Cell(c).GetString())).ToArray())
            .ToList();
    }

    /// <summary>
    /// A metadata cell's text as meant: the form writes <c>~~</c> for <c>~</c> and <c>~x</c> for an <c>x</c> after <c>_</c>
    /// (FormMetadata.Encode, kept from LibreOffice's reading of <c>_x…_</c>). Repeated here: the CLI tests link this file.
    /// </summary>
    private static string Decode(string written)
    {
        var builder = new System.Text.StringBuilder(written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            var c = written[i];
            if (c == '~' && i + 1 < written.Length && (written[i + 1] == '~' || (written[i + 1] is 'x' or 'X' && i > 0 && written[i - 1] == '_')))
            {
                c = written[++i];
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The input cells named by the metadata: value keys and narrative ids to A1 addresses, and the date cell.</summary>
    public static (Dictionary<ValueKey, string> Values, Dictionary<string, string> Narratives, string Date) CellMap(List<string[]> rows) =>
        (rows.Where(r => r[0] == "value").ToDictionary(r => new ValueKey(r[1], r[2].Length == 0 ? null : r[2]), r => r[3]),
         rows.Where(r => r[0] == "narrative").ToDictionary(r => r[1], r => r[2]),
         rows.Single(r => r[0] == "submitted_on")[1]);

    /// <summary>Fills a generated form in place as a clerk would, from <paramref name="submission"/>, using the cells its metadata names.</summary>
    public static void Fill(string path, Submission submission)
    {
        using var workbook = new XLWorkbook(path);
        var (values, narratives, date) = CellMap(MetadataRows(workbook));
        var sheet = workbook.Worksheet(InputForm.SheetName);
        foreach (var (key, value) in submission.Values)
        {
            if (value is { } number)
            {
                sheet.Cell(values[key]).SetValue((double)number);
            }
        }

        foreach (var (id, text) in submission.Narratives)
        {
            if (text is not null)
            {
                sheet.Cell(narratives[id]).SetValue<string>(text);
            }
        }

        if (submission.SubmittedOn is { } on)
        {
            sheet.Cell(date).SetValue(on.ToDateTime(TimeOnly.MinValue));
        }

        workbook.Save();
    }

    /// <summary>Edits a saved form with ClosedXML.</summary>
    public static void Edit(string path, Action<XLWorkbook> edit)
    {
        using var workbook = new XLWorkbook(path);
        edit(workbook);
        workbook.Save();
    }

    /// <summary>
    /// Copies the package at <paramref name="source"/> to <paramref name="target"/>, leaving out parts <paramref name="drop"/>
    /// names and writing the parts <paramref name="write"/> gives (new or replacing) through a stream, so large hostile
    /// parts are streamed into the zip rather than built in memory.
    /// </summary>
    public static void Repackage(string source, string target, IReadOnlyDictionary<string, Action<Stream>> write, Func<string, bool>? drop = null,
        CompressionLevel level = CompressionLevel.Optimal)
    {
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var entry in input.Entries)
        {
            if (write.ContainsKey(entry.FullName) || (drop?.Invoke(entry.FullName) ?? false))
            {
                continue;
            }

            var copy = output.CreateEntry(entry.FullName);
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }

        foreach (var (name, writer) in write)
        {
            using var to = output.CreateEntry(name, level).Open();
            writer(to);
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    public static Action<Stream> Text(string text) => stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(text);
    };

    /// <summary>
    /// Patches the uncompressed size a zip declares for <paramref name="entryName"/> in its local and central headers
    /// (a lying zip bomb); returns how many headers were patched.
    /// </summary>
    public static int UnderstateSize(byte[] zip, string entryName, uint declared)
    {
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var (nameLengthAt, nameAt, sizeAt) = signature switch
            {
                0x04034b50 => (26, 30, 22),
                0x02014b50 => (28, 46, 24),
                _ => (-1, -1, -1),
            };
            if (nameAt < 0 || BitConverter.ToUInt16(zip, i + nameLengthAt) != name.Length || i + nameAt + name.Length > zip.Length ||
                !zip.AsSpan(i + nameAt, name.Length).SequenceEqual(name))
            {
                continue;
            }

            BitConverter.TryWriteBytes(zip.AsSpan(i + sizeAt, 4), declared);
            patched++;
        }

        return patched;
    }
}
