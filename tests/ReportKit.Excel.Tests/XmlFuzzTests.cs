using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Excel.Summary;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// Bounded structural fuzzing at the XML level (<see cref="XmlMutator"/>) of a genuine filled form and of a relayed
/// summary: every mutant is rejected by name (an error whose code is in the catalogue, on the file), or accepted with
/// exactly the values ClosedXML (and, for a sample, openpyxl) sees in its cells; never an exception, a hang or another
/// value. The seed is fixed; <c>REPORTKIT_FUZZ_MUTANTS</c>, <c>REPORTKIT_FUZZ_SEED</c> and <c>REPORTKIT_FUZZ_OUT</c> (keep
/// the mutants there) let <c>scripts/fuzz-forms.sh</c> run longer campaigns with the same checks.
/// </summary>
public sealed class XmlFuzzTests
{
    private const int DefaultMutants = 300;
    private const int OpenpyxlSample = 40;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);
    private static readonly HashSet<string> CatalogueCodes = ImportProblems.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    private readonly string _folder = Environment.GetEnvironmentVariable("REPORTKIT_FUZZ_OUT") is { Length: > 0 } kept
        ? Directory.CreateDirectory(Path.Combine(kept, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6])).FullName
        : RepoPaths.NewTempFolder("xml-fuzz");

    private static int Mutants => int.TryParse(Environment.GetEnvironmentVariable("REPORTKIT_FUZZ_MUTANTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultMutants;

    private static int Seed(int fixedSeed) => int.TryParse(Environment.GetEnvironmentVariable("REPORTKIT_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : fixedSeed;

    [Fact]
    public void Every_structural_mutant_of_a_filled_form_is_rejected_by_name_or_read_as_trusted_readers_see_it()
    {
        var plan = FormsTestKit.Plan("ke-hoach-76-kh-du.plan.yaml");
        var unit = new Unit("chi_bo_1", "Chi bộ Thôn 1", null, "chi_bo");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        InputForm.Save(plan, "hang_nam", "2024", unit, genuine);
        var cells = FormsTestKit.CellMap(FormsTestKit.MetadataRows(genuine));
        var submission = new Submission(plan.Id, "hang_nam", unit.Id, "2024") { SubmittedOn = new DateOnly(2024, 11, 20) };
        foreach (var (key, i) in cells.Values.Keys.Select((k, i) => (k, i)))
            submission = submission.WithValue(key, key.IndicatorId.StartsWith("dang_vien", StringComparison.Ordinal) ? 30 : i % 4 + 1);
        foreach (var id in cells.Narratives.Keys)
            submission = submission.WithNarrative(id, "Đã tổ chức học tập nghị quyết.");
        FormsTestKit.Fill(genuine, submission);
        var options = new FormImportOptions(plan) { ReportId = "hang_nam", PeriodKey = "2024" };
        Assert.Single(FormImporter.Import(new[] { genuine }, options).Submissions);
        // A genuine form of another unit, read before each mutant in one batch: the parts it shares byte for byte with the
        // mutant (the metadata sheet, styles, theme, workbook, relationships, content types) are then readings the batch
        // kept (VerifiedParts), and the mutant must come out exactly as it does alone.
        var companion = Path.Combine(_folder, "companion.xlsx");
        InputForm.Save(plan, "hang_nam", "2024", new Unit("chi_bo_2", "Chi bộ Thôn 2", null, "chi_bo"), companion);
        FormsTestKit.Fill(companion, submission with { UnitId = "chi_bo_2" });
        Assert.Equal(PartBytes(genuine, "xl/worksheets/sheet2.xml"), PartBytes(companion, "xl/worksheets/sheet2.xml"));
        Assert.Equal(PartBytes(genuine, "xl/styles.xml"), PartBytes(companion, "xl/styles.xml"));

        var mutator = new XmlMutator(File.ReadAllBytes(genuine), cells.Values.Values.Concat(cells.Narratives.Values).Append(cells.Date), Seed(20261202));
        var accepted = new List<(string Path, string What, Submission Read)>();
        var refusedByClosedXml = new List<(string Path, string What, Submission Read)>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < Mutants; n++)
        {
            var (parts, what) = mutator.Next();
            var path = Path.Combine(_folder, "mutant-" + n.ToString(CultureInfo.InvariantCulture) + ".xlsx");
            XmlMutator.Save(parts, path);
            what = "mutant " + n.ToString(CultureInfo.InvariantCulture) + " (" + what + ")";
            var judged = Judge(path, what, options, outcomes);
            AssertSameAfter(companion, path, what, options);
            if (judged is not { } read)
                continue;

            using var trusted = OpenTrusted(path, what, out var refusal);
            if (trusted is null)
            {
                // ClosedXML refuses some damage to parts no value is read from: openpyxl must then see the values read.
                refusedByClosedXml.Add((path, what + ", which ClosedXML refuses: " + refusal, read));
                continue;
            }

            accepted.Add((path, what, read));
            Assert.True(trusted.TryGetWorksheet(InputForm.SheetName, out var form), $"{what} was accepted, but ClosedXML sees no sheet “{InputForm.SheetName}”");
            foreach (var (key, address) in cells.Values)
                AssertSameNumber(what, address, read[key.IndicatorId, key.ItemId], form.Cell(address));
            foreach (var (id, address) in cells.Narratives)
            {
                var shown = form.Cell(address).GetString();
                Assert.True(read.Narratives.GetValueOrDefault(id) == (string.IsNullOrWhiteSpace(shown) ? null : shown),
                    $"{what}: {address} reads “{read.Narratives.GetValueOrDefault(id)}”, ClosedXML sees “{shown}”");
            }

            var date = form.Cell(cells.Date);
            if (date.DataType == XLDataType.DateTime)
                Assert.True(read.SubmittedOn is null || read.SubmittedOn == DateOnly.FromDateTime(date.GetDateTime()),
                    $"{what}: the report date reads {read.SubmittedOn}, ClosedXML sees {date.GetDateTime():yyyy-MM-dd}");
        }

        AssertOpenpyxlAgrees(accepted.Take(OpenpyxlSample).ToList(), cells.Values, mustOpen: false);
        AssertOpenpyxlAgrees(refusedByClosedXml, cells.Values, mustOpen: true);
        // The run must exercise both acceptance and rejection, or it proves nothing about either.
        Assert.True(accepted.Count >= Mutants / 20 && accepted.Count < Mutants, Summary(accepted.Count, outcomes));
    }

    [Fact]
    public void Every_structural_mutant_of_a_relayed_summary_is_rejected_by_name_or_read_as_it_was_sealed()
    {
        var summary = SummaryFixtures.MainSummary("ke-hoach-76-kh-du");
        var genuine = Path.Combine(_folder, "genuine.xlsx");
        summary.SaveAs(genuine);
        var sealedSubmission = summary.ToSubmission(summary.Rows[0].Unit!.Id, summary.AsOf);
        var addresses = FormsTestKit.MetadataRows(genuine).Where(r => r[0] == FormMetadata.ValueRow)
            .ToDictionary(r => new ValueKey(r[1], r[2].Length == 0 ? null : r[2]), r => r[3]);
        Assert.NotEmpty(addresses);
        var sheetName = FormsTestKit.MetadataRows(genuine).Single(r => r[0] == FormMetadata.SheetRow)[1];
        var options = new FormImportOptions(summary.Plan)
        {
            ReportId = summary.Report.Id,
            PeriodKey = summary.Period.Key,
            Units = UnitTree.Create(summary.Rows.Where(r => !r.IsOwn).Select(r => r.Unit!)),
        };
        Assert.Single(FormImporter.Import(new[] { genuine }, options).Submissions);

        var mutator = new XmlMutator(File.ReadAllBytes(genuine), addresses.Values, Seed(1202));
        var accepted = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < Mutants; n++)
        {
            var (parts, what) = mutator.Next();
            var path = Path.Combine(_folder, "relay-mutant-" + n.ToString(CultureInfo.InvariantCulture) + ".xlsx");
            XmlMutator.Save(parts, path);
            what = "relay mutant " + n.ToString(CultureInfo.InvariantCulture) + " (" + what + ")";
            if (Judge(path, what, options, outcomes) is not { } read)
                continue;

            accepted++;
            Assert.True(sealedSubmission with { Source = Path.GetFileName(path) } == read, $"{what} was accepted with other figures than were sealed");
            // What was read is what the leader sees: each sealed figure is the number in its cell.
            using var trusted = OpenTrusted(path, what, out _);
            if (trusted is null)
                continue;
            Assert.True(trusted.TryGetWorksheet(sheetName, out var table), $"{what} was accepted, but ClosedXML sees no sheet “{sheetName}”");
            foreach (var (key, address) in addresses)
                AssertSameNumber(what, address, read[key.IndicatorId, key.ItemId], table.Cell(address));
        }

        Assert.True(accepted >= Mutants / 20 && accepted < Mutants, Summary(accepted, outcomes));
    }

    /// <summary>
    /// Imports one mutant within the hang limit: its submission when accepted, null when rejected by name; fails on an
    /// exception, a hang, or a rejection without a catalogue code on the file.
    /// </summary>
    private static Submission? Judge(string path, string what, FormImportOptions options, Dictionary<string, int> outcomes)
    {
        var import = Task.Run(() => FormImporter.Import(new[] { path }, options));
        try
        {
            Assert.True(import.Wait(HangLimit), $"{what} was still being read after {HangLimit.TotalSeconds} s");
        }
        catch (AggregateException e)
        {
            throw new Xunit.Sdk.XunitException($"{what} threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
        }

        var result = import.Result;
        if (result.Submissions.Count == 0)
        {
            var error = result.Problems.FirstOrDefault(p => p.Severity == ImportSeverity.Error);
            Assert.True(error is not null && error.File == Path.GetFileName(path) && CatalogueCodes.Contains(error.Code) && error.Message.Length > 0,
                $"{what} was neither accepted nor rejected by name: {string.Join("; ", result.Problems)}");
            outcomes[error!.Code] = outcomes.GetValueOrDefault(error.Code) + 1;
            return null;
        }

        outcomes["accepted"] = outcomes.GetValueOrDefault("accepted") + 1;
        return Assert.Single(result.Submissions);
    }

    /// <summary>
    /// The file comes out of a batch where <paramref name="companion"/> is read first, on one thread (so its parts are the
    /// batch's kept readings), exactly as it comes out alone: the same problems at the same cells, the same submission.
    /// </summary>
    private static void AssertSameAfter(string companion, string path, string what, FormImportOptions options)
    {
        var name = Path.GetFileName(path);
        string Outcome(ImportResult result) =>
            string.Join("; ", result.Problems.Where(p => p.File == name).Select(p => $"{p.Code} {p.Severity} {p.Sheet}!{p.Cell}: {p.Message}")) + " | " +
            string.Join("; ", result.Submissions.Where(s => s.Source == name).Select(s =>
                string.Join(", ", s.Values.Select(v => $"{v.Key}={v.Value}")) + " / " + string.Join(", ", s.Narratives.Select(t => $"{t.Key}={t.Value}")) +
                " / " + string.Join(", ", s.Answers.Select(a => $"{a.Key}={a.Value}")) + " / " + s.Lists.Count + " lists / " + s.SubmittedOn));
        var serial = new FormImportOptions(options.Plan) { ReportId = options.ReportId, PeriodKey = options.PeriodKey, MaxDegreeOfParallelism = 1 };
        var alone = Outcome(FormImporter.Import(new[] { path }, serial));
        var batch = FormImporter.Import(new[] { companion, path }, serial);
        Assert.True(batch.Submissions.Any(s => s.Source == Path.GetFileName(companion)), $"{what}: the genuine form read before it was not accepted");
        Assert.True(alone == Outcome(batch), $"{what} comes out otherwise after a genuine form in one batch:\nalone: {alone}\nafter: {Outcome(batch)}");
    }

    private static byte[] PartBytes(string package, string part)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        using var stream = zip.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The parts values are read from (with what locates them): ClosedXML must open a mutant of these that was accepted.</summary>
    private static readonly string[] ValueParts = { "xl/worksheets/", "xl/sharedStrings.xml", "xl/workbook.xml", "_rels/", "[Content_Types].xml" };

    /// <summary>
    /// The mutant opened with ClosedXML; null when ClosedXML refuses a mutant of a part no value is read from (styles,
    /// theme, document properties), which openpyxl then judges.
    /// </summary>
    private static XLWorkbook? OpenTrusted(string path, string what, out string? refusal)
    {
        try
        {
            refusal = null;
            return new XLWorkbook(path);
        }
        catch (Exception e)
        {
            refusal = e.GetType().Name + ": " + e.Message;
            var part = what[(what.IndexOf('(') + 1)..];
            if (ValueParts.Any(p => part.StartsWith(p, StringComparison.Ordinal) || part.Contains("/" + p, StringComparison.Ordinal)))
                throw new Xunit.Sdk.XunitException($"{what} was accepted, but ClosedXML cannot open it: {refusal}");
            return null;
        }
    }

    /// <summary>The number read is the one ClosedXML sees: the same number, nothing from an empty cell, and from text only what the text says.</summary>
    private static void AssertSameNumber(string what, string address, decimal? read, IXLCell cell)
    {
        if (cell.DataType == XLDataType.Number && ImportFuzzTests.TrustedNumber(cell) is { } number)
            Assert.True(read == (decimal)number, $"{what}: {address} reads {read}, ClosedXML sees {number}");
        else if (cell.IsEmpty() || cell.GetString().Length == 0)
            Assert.True(read is null, $"{what}: {address} reads {read} from a cell ClosedXML sees empty");
        else
            Assert.True(read is null || read == ImportFuzzTests.TextNumber(cell.GetString()), $"{what}: {address} reads {read} from “{cell.GetString()}” ({cell.DataType})");
    }

    /// <summary>
    /// openpyxl, a reader written apart from ClosedXML, sees the numbers read in <paramref name="sample"/>. openpyxl refuses
    /// some files Excel and ClosedXML open (an attribute it does not know in the styles): that is a disagreement only
    /// where no other trusted reader opened the mutant (<paramref name="mustOpen"/>).
    /// </summary>
    private static void AssertOpenpyxlAgrees(List<(string Path, string What, Submission Read)> sample, Dictionary<ValueKey, string> addresses, bool mustOpen)
    {
        if (sample.Count == 0)
            return;
        OfficeTools.Ensure();
        var script = Path.Combine(Path.GetDirectoryName(sample[0].Path)!, "read_values.py");
        File.WriteAllText(script, """
            import json, sys, openpyxl
            addresses = sys.argv[1].split(",")
            out = {}
            for path in sys.argv[2:]:
                try:
                    sheet = openpyxl.load_workbook(path)["Biểu nhập"]
                    out[path] = {a: sheet[a].value for a in addresses}
                except Exception as e:
                    out[path] = {"error": type(e).__name__ + ": " + str(e)}
            print(json.dumps(out, default=str))
            """);
        var result = ProcessRunner.Run("/usr/bin/python3", new[] { script, string.Join(",", addresses.Values) }.Concat(sample.Select(s => s.Path)),
            Path.GetTempPath(), timeout: TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, "openpyxl failed:\n" + result.All);
        using var json = JsonDocument.Parse(result.StandardOutput);
        foreach (var (path, what, read) in sample)
        {
            var seen = json.RootElement.GetProperty(path);
            if (seen.TryGetProperty("error", out var error))
            {
                Assert.False(mustOpen, $"{what} was accepted, but openpyxl cannot open it either: {error}");
                continue;
            }

            foreach (var (key, address) in addresses)
            {
                var value = seen.GetProperty(address);
                var number = read[key.IndicatorId, key.ItemId];
                if (value.ValueKind == JsonValueKind.Number)
                    Assert.True(number == (decimal)value.GetDouble(), $"{what}: {address} reads {number}, openpyxl sees {value.GetDouble()}");
                else if (value.ValueKind == JsonValueKind.Null || value.GetString() is "")
                    Assert.True(number is null, $"{what}: {address} reads {number} from a cell openpyxl sees empty");
                else
                    Assert.True(number is null || number == ImportFuzzTests.TextNumber(value.ToString()), $"{what}: {address} reads {number}, openpyxl sees “{value}”");
            }
        }
    }

    private static string Summary(int accepted, Dictionary<string, int> outcomes) =>
        $"{accepted} of {Mutants} accepted; outcomes: " + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => o.Key + " " + o.Value));
}
