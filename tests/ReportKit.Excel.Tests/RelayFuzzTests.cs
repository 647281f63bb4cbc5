using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Bounded mutation fuzzing of a relayed summary: every mutant is rejected by name, or accepted as exactly the
/// submission that was sealed; a relay is never read with other figures.
/// </summary>
public sealed class RelayFuzzTests
{
    private const int Mutants = 120;
    private static readonly string[] Values = { "", "0", "1", "-1", "12345", "1e3", "NaN", "2.5", "99999999999999999999" };

    private readonly string _folder = RepoPaths.NewTempFolder("relay-fuzz");

    [Fact]
    public void Every_mutant_of_a_relayed_summary_is_rejected_by_name_or_read_as_it_was_sealed()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        summary.SaveAs(genuine);
        var sealedSubmission = summary.ToSubmission(summary.Rows[0].Unit!.Id, summary.AsOf);
        var bytes = File.ReadAllBytes(genuine);
        var sheet = ReadPart(genuine, "xl/worksheets/sheet1.xml");
        var numbers = Regex.Matches(sheet, "<(?:\\w+:)?c r=\"([A-Z]+[0-9]+)\"[^>]*?(?<!t=\"s\")>(?:<(?:\\w+:)?f>[^<]*</(?:\\w+:)?f>)?<(?:\\w+:)?v>[^<]*</(?:\\w+:)?v>")
            .Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.NotEmpty(numbers);
        var options = new FormImportOptions(summary.Plan)
        {
            ReportId = summary.Report.Id,
            PeriodKey = summary.Period.Key,
            Units = UnitTree.Create(summary.Rows.Where(r => !r.IsOwn).Select(r => r.Unit!)),
        };
        var random = new Random(1201);

        for (var n = 0; n < Mutants; n++)
        {
            var path = Path.Combine(_folder, "mutant-" + n.ToString(CultureInfo.InvariantCulture) + ".xlsx");
            string what;
            if (n % 3 == 0)
            {
                var copy = (byte[])bytes.Clone();
                var at = random.Next(copy.Length);
                copy[at] ^= (byte)random.Next(1, 256);
                File.WriteAllBytes(path, copy);
                what = "byte " + at;
            }
            else
            {
                var address = numbers[random.Next(numbers.Length)];
                var value = Values[random.Next(Values.Length)];
                var pattern = new Regex("(<(?<p>(?:\\w+:)?)c r=\"" + address + "\"[^>]*>)(?:<\\k<p>f>[^<]*</\\k<p>f>)?<\\k<p>v>[^<]*</\\k<p>v>");
                var mutated = pattern.Replace(sheet, m => m.Groups[1].Value + "<" + m.Groups["p"].Value + "v>" + value + "</" + m.Groups["p"].Value + "v>", 1);
                FormsTestKit.Repackage(genuine, path, new Dictionary<string, Action<Stream>> { ["xl/worksheets/sheet1.xml"] = FormsTestKit.Text(mutated) });
                what = address + " = “" + value + "”";
            }

            ImportResult result;
            try
            {
                result = FormImporter.Import(new[] { path }, options);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"mutant {n} ({what}) threw {e.GetType().Name}: {e.Message}");
            }

            if (result.Submissions.Count == 0)
            {
                Assert.True(result.Problems.Any(p => p.Severity == ImportSeverity.Error && p.Message.Length > 0), $"mutant {n} ({what}) was neither accepted nor rejected by name");
                continue;
            }

            Assert.True(sealedSubmission with { Source = Path.GetFileName(path) } == Assert.Single(result.Submissions),
                $"mutant {n} ({what}) was accepted with other figures than were sealed");
        }
    }

    private static string ReadPart(string package, string part)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }
}
