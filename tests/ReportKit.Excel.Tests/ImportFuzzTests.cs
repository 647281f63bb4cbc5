using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Bounded mutation fuzzing of a genuine filled form, at the zip and the XML level: every mutant is either rejected
/// by name or accepted with exactly the numbers a trusted reader (ClosedXML) sees in its cells; never an exception,
/// a hang or another value. The seed is fixed, so a failure names a mutant that can be replayed.
/// </summary>
public sealed class ImportFuzzTests
{
    private const int Mutants = 160;
    private static readonly string[] Values = { "", "0", "-1", "12", " 12 ", "1e3", "1E+400", "NaN", "0x10", "1,5", "2.5", "99999999999999999999", "&lt;", "'7", "-0" };
    private static readonly string[] Types = { "", " t=\"n\"", " t=\"s\"", " t=\"str\"", " t=\"b\"", " t=\"e\"", " t=\"inlineStr\"", " t=\"d\"" };

    private readonly string _folder = RepoPaths.NewTempFolder("import-fuzz");

    [Fact]
    public void Every_mutant_of_a_filled_form_is_rejected_by_name_or_read_as_a_trusted_reader_sees_it()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var unit = new Unit("chi_bo_1", "Chi bộ Thôn 1", null, "chi_bo");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        InputForm.Save(plan, "hang_nam", "2024", unit, genuine);
        var cells = FormsTestKit.CellMap(FormsTestKit.MetadataRows(genuine));
        FormsTestKit.Fill(genuine, cells.Values.Keys.Select((k, i) => (k, i)).Aggregate(
            new Submission(plan.Id, "hang_nam", unit.Id, "2024") { SubmittedOn = new DateOnly(2024, 11, 20) },
            (s, p) => s.WithValue(p.k, p.k.IndicatorId.StartsWith("dang_vien", StringComparison.Ordinal) ? 30 : p.i % 4)));
        var bytes = File.ReadAllBytes(genuine);
        var sheet = ReadPart(genuine, "xl/worksheets/sheet1.xml");
        var random = new Random(20261201);
        var accepted = 0;

        for (var n = 0; n < Mutants; n++)
        {
            var path = Path.Combine(_folder, "mutant-" + n.ToString(CultureInfo.InvariantCulture) + ".xlsx");
            var what = n % 3 == 0 ? FlipBytes(bytes, path, random) : MutateSheet(genuine, sheet, cells.Values.Values.ToArray(), path, random);

            ImportResult result;
            try
            {
                result = FormImporter.Import(new[] { path }, new FormImportOptions(plan) { ReportId = "hang_nam", PeriodKey = "2024" });
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"mutant {n} ({what}) threw {e.GetType().Name}: {e.Message}");
            }

            if (result.Submissions.Count == 0)
            {
                Assert.True(result.Problems.Any(p => p.Severity == ImportSeverity.Error && p.File == Path.GetFileName(path) && p.Message.Length > 0),
                    $"mutant {n} ({what}) was neither accepted nor rejected by name");
                continue;
            }

            accepted++;
            var submission = Assert.Single(result.Submissions);
            XLWorkbook trusted;
            try
            {
                trusted = new XLWorkbook(path);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"mutant {n} ({what}) was accepted, but a trusted reader cannot open it: {e.Message}");
            }

            using var _ = trusted;
            var form = trusted.Worksheet(InputForm.SheetName);
            foreach (var (key, address) in cells.Values)
            {
                var cell = form.Cell(address);
                var read = submission[key.IndicatorId, key.ItemId];
                if (cell.DataType == XLDataType.Number && TrustedNumber(cell) is { } number)
                    Assert.True(read == (decimal)number, $"mutant {n} ({what}): {address} reads {read}, ClosedXML sees {number}");
                else if (cell.IsEmpty() || cell.GetString().Length == 0)
                    Assert.True(read is null, $"mutant {n} ({what}): {address} reads {read} from an empty cell");
                else
                    Assert.True(read is null || read == TextNumber(cell.GetString()), $"mutant {n} ({what}): {address} reads {read} from the text “{cell.GetString()}”");
            }
        }

        // The run must also exercise acceptance, or it proves nothing about the values read.
        Assert.InRange(accepted, 5, Mutants);
    }

    /// <summary>Flips one to three bytes of the package.</summary>
    private static string FlipBytes(byte[] genuine, string path, Random random)
    {
        var copy = (byte[])genuine.Clone();
        var flips = new List<int>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(copy.Length);
            copy[at] ^= (byte)random.Next(1, 256);
            flips.Add(at);
        }

        File.WriteAllBytes(path, copy);
        return "bytes " + string.Join(",", flips);
    }

    /// <summary>Rewrites one input cell of the form sheet with another value, type, or reference.</summary>
    private static string MutateSheet(string genuine, string sheet, string[] addresses, string path, Random random)
    {
        var address = addresses[random.Next(addresses.Length)];
        var pattern = new Regex("<(?<p>(?:\\w+:)?)c r=\"" + address + "\"(?<a>[^>]*?)(?: t=\"[^\"]*\")?>(?:<\\k<p>f>[^<]*</\\k<p>f>)?<\\k<p>v>[^<]*</\\k<p>v></\\k<p>c>");
        var value = Values[random.Next(Values.Length)];
        var type = Types[random.Next(Types.Length)];
        var moved = random.Next(6) == 0;
        var mutated = pattern.Replace(sheet, m =>
        {
            var p = m.Groups["p"].Value;
            var reference = moved ? "" : " r=\"" + address + "\"";
            return "<" + p + "c" + reference + m.Groups["a"].Value + type + "><" + p + "v>" + value + "</" + p + "v></" + p + "c>";
        }, 1);
        FormsTestKit.Repackage(genuine, path, new Dictionary<string, Action<Stream>> { ["xl/worksheets/sheet1.xml"] = FormsTestKit.Text(mutated) });
        return $"{address}{(moved ? " without r" : "")}{type} = “{value}”";
    }

    /// <summary>The number ClosedXML reads from a number cell, or null when it cannot read one (an empty or unreadable value).</summary>
    internal static double? TrustedNumber(IXLCell cell)
    {
        try
        {
            return cell.GetDouble();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>What the importer may make of a number typed as text (src/ReportKit.Excel/README.md), else null.</summary>
    internal static decimal? TextNumber(string text)
    {
        var trimmed = text.Trim().TrimStart('\'').Replace(',', '.');
        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static string ReadPart(string package, string part)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }
}
