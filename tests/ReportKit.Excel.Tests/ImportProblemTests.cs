using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ClosedXML.Excel;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;
using ReportKit.Templates;
using ReportKit.Testing;

namespace ReportKit.Excel.Tests;

/// <summary>
/// One bad file in a batch with two good forms: each test asserts the bad file is rejected by name with its code
/// (and cell where there is one), and that the good forms still go through.
/// </summary>
public sealed partial class ImportProblemTests
{
    private const string Template = "ke-hoach-76-kh-du.plan.yaml";
    private const string Report = "hang_nam";
    private const string Period = "2023";
    private const string BadFile = "bad.xlsx";

    private readonly PlanSpec _plan = FormsTestKit.Plan(Template);
    private readonly SampleDataSet _sample;
    private readonly string _folder = RepoPaths.NewTempFolder("import-problems");
    private readonly string _scratch = RepoPaths.NewTempFolder("import-scratch");
    private readonly Unit[] _units;

    public ImportProblemTests()
    {
        _sample = SampleData.Create(_plan, 7);
        _units = Consolidator.ExpectedUnitIds(_plan, Report, _sample.Units).Take(3).Select(id => _sample.Units[id]).ToArray();
        WriteFilled("good-1.xlsx", _units[0]);
        WriteFilled("good-2.xlsx", _units[1]);
    }

    private FormImportOptions Options => new(_plan) { ReportId = Report, PeriodKey = Period, Units = _sample.Units, MaxDegreeOfParallelism = _parallelism };

    // 1 where a test measures what an import allocates: the files are then read on the test's own thread, so
    // GC.GetAllocatedBytesForCurrentThread counts the import alone, not the tests running beside it.
    private int _parallelism = Environment.ProcessorCount;

    private string PathOf(string name) => Path.Combine(_folder, name);

    private Submission SubmissionFor(Unit unit) =>
        new Submission(_plan.Id, Report, unit.Id, Period) { SubmittedOn = new DateOnly(2023, 11, 20) }
            .WithValue("dang_vien", 25).WithValue("dang_vien_tham_gia", 24).WithValue("so_buoi", "hoi_thao", 2)
            .WithNarrative("ket_qua", "Đã quán triệt đầy đủ.");

    private string WriteFilled(string name, Unit unit, PlanSpec? plan = null, string period = Period)
    {
        var path = PathOf(name);
        InputForm.Save(plan ?? _plan, Report, period, unit, path);
        FormsTestKit.Fill(path, SubmissionFor(unit) with { PeriodKey = period });
        return path;
    }

    private string AddressOf(ValueKey key) => FormsTestKit.CellMap(FormsTestKit.MetadataRows(PathOf("good-1.xlsx"))).Values[key];

    /// <summary>Imports the folder and checks the bad file's one error and the good files' acceptance; returns the error.</summary>
    private ImportProblem ImportExpectingRejection(string code, string? cell = null, string? sheet = null)
    {
        var result = FormImporter.ImportFolder(_folder, Options);
        var problem = Assert.Single(result.Problems, p => p.File == BadFile && p.Severity == ImportSeverity.Error);
        Assert.Equal(code, problem.Code);
        Assert.Equal(cell, problem.Cell);
        if (sheet is not null)
        {
            Assert.Equal(sheet, problem.Sheet);
        }

        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        Assert.DoesNotContain(result.Submissions, s => s.Source == BadFile);
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx" }, result.Submissions.Select(s => s.Source));
        Assert.Equal(new[] { _units[0].Id, _units[1].Id }, result.Submissions.Select(s => s.UnitId));
        Assert.Equal(24m, result.Submissions[0]["dang_vien_tham_gia"]);
        Assert.DoesNotContain(result.Problems, p => p.File != BadFile);
        return problem;
    }

    private void EditBad(Action<IXLWorksheet> edit)
    {
        WriteFilled(BadFile, _units[2]);
        FormsTestKit.Edit(PathOf(BadFile), workbook => edit(workbook.Worksheet(InputForm.SheetName)));
    }

    private void RepackageBad(IReadOnlyDictionary<string, Action<Stream>> write, Func<string, bool>? drop = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        FormsTestKit.Repackage(source, PathOf(BadFile), write, drop, level);
        File.Delete(source);
    }

    [Fact]
    public void A_good_batch_imports_every_value_narrative_and_date()
    {
        var result = FormImporter.ImportFolder(_folder, Options);
        Assert.Empty(result.Problems);
        var submission = result.Submissions[0];
        Assert.Equal(SubmissionFor(_units[0]) with { Source = "good-1.xlsx" }, submission with
        {
            Values = submission.Values.Where(v => v.Value is not null).ToImmutableSortedDictionary(v => v.Key, v => v.Value),
            Narratives = submission.Narratives.Where(n => n.Value is not null).ToImmutableSortedDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal),
        });
        Assert.Null(submission["so_bai_thu_hoach"]);
        Assert.True(submission.Values.ContainsKey(new ValueKey("so_bai_thu_hoach")));
    }

    [Fact]
    public void Text_in_a_number_cell_is_rejected_at_its_cell()
    {
        var cell = AddressOf(new ValueKey("dang_vien"));
        EditBad(sheet => sheet.Cell(cell).SetValue<string>("hai mươi lăm"));
        var problem = ImportExpectingRejection(ImportProblemCodes.NotANumber, cell, InputForm.SheetName);
        Assert.Contains("hai mươi lăm", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_count_is_rejected_at_its_cell()
    {
        var cell = AddressOf(new ValueKey("so_buoi", "toa_dam"));
        EditBad(sheet => sheet.Cell(cell).SetValue(-3));
        ImportExpectingRejection(ImportProblemCodes.Negative, cell, InputForm.SheetName);
    }

    [Fact]
    public void A_decimal_in_a_whole_number_cell_is_rejected_at_its_cell()
    {
        var cell = AddressOf(new ValueKey("dang_vien_tham_gia"));
        EditBad(sheet => sheet.Cell(cell).SetValue(2.5));
        ImportExpectingRejection(ImportProblemCodes.NotWhole, cell, InputForm.SheetName);
    }

    [Fact]
    public void A_formula_where_a_value_belongs_is_rejected_at_its_cell()
    {
        var cell = AddressOf(new ValueKey("dang_vien"));
        EditBad(sheet => sheet.Cell(cell).FormulaA1 = "20+5");
        ImportExpectingRejection(ImportProblemCodes.Formula, cell, InputForm.SheetName);
    }

    [Fact]
    public void A_form_of_another_plan_is_rejected()
    {
        var other = FormsTestKit.Plan("ke-hoach-duk-xay-dung-dang.plan.yaml");
        var otherSample = SampleData.Create(other, 7);
        var unit = otherSample.Units[Consolidator.ExpectedUnitIds(other, "bao_cao_ket_qua", otherSample.Units)[0]];
        InputForm.Save(other, "bao_cao_ket_qua", "2023", unit, PathOf(BadFile));
        ImportExpectingRejection(ImportProblemCodes.WrongPlan, null, InputForm.MetadataSheetName);
    }

    [Fact]
    public void A_form_of_another_template_revision_is_rejected()
    {
        WriteFilled(BadFile, _units[2], _plan with { Revision = _plan.Revision + 1 });
        ImportExpectingRejection(ImportProblemCodes.WrongRevision);
    }

    [Fact]
    public void A_form_of_an_edited_template_with_the_same_revision_is_rejected()
    {
        // The same revision, but a cell that now means something else (a count became a decimal).
        var edited = _plan with { Indicators = _plan.Indicators.Select(i => i.Id == "dang_vien" ? i with { Type = IndicatorType.Decimal } : i).ToEquatableArray() };
        WriteFilled(BadFile, _units[2], edited);
        ImportExpectingRejection(ImportProblemCodes.PlanChanged);
    }

    [Fact]
    public void A_form_of_another_period_is_rejected()
    {
        WriteFilled(BadFile, _units[2], period: "2024");
        var problem = ImportExpectingRejection(ImportProblemCodes.WrongPeriod);
        Assert.Contains("Năm 2024", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Năm 2023", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_of_a_unit_outside_the_tree_is_rejected()
    {
        WriteFilled(BadFile, new Unit("chi_bo_khac", "Chi bộ ngoài danh sách", null, "chi_bo"));
        ImportExpectingRejection(ImportProblemCodes.UnknownUnit);
    }

    [Fact]
    public void Edited_metadata_is_detected_by_the_seal()
    {
        WriteFilled(BadFile, _units[2]);
        FormsTestKit.Edit(PathOf(BadFile), workbook =>
        {
            var sheet = workbook.Worksheet(InputForm.MetadataSheetName);
            var unitRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "unit");
            unitRow.Cell(2).SetValue<string>(_units[0].Id); // pass the form off as another unit's
        });
        ImportExpectingRejection(ImportProblemCodes.Tampered, null, InputForm.MetadataSheetName);
    }

    [Fact]
    public void A_moved_cell_in_the_metadata_is_detected_by_the_seal()
    {
        WriteFilled(BadFile, _units[2]);
        FormsTestKit.Edit(PathOf(BadFile), workbook =>
        {
            var sheet = workbook.Worksheet(InputForm.MetadataSheetName);
            var row = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "value");
            row.Cell(4).SetValue<string>("A1");
        });
        ImportExpectingRejection(ImportProblemCodes.Tampered);
    }

    [Fact]
    public void Forms_sealed_with_another_secret_are_rejected()
    {
        var path = PathOf(BadFile);
        InputForm.Save(_plan, Report, Period, _units[2], path, new InputFormOptions { SealSecret = "bí mật của văn phòng" });
        ImportExpectingRejection(ImportProblemCodes.Tampered);
    }

    [Fact]
    public void A_missing_metadata_sheet_is_rejected()
    {
        WriteFilled(BadFile, _units[2]);
        FormsTestKit.Edit(PathOf(BadFile), workbook => workbook.Worksheet(InputForm.MetadataSheetName).Delete());
        ImportExpectingRejection(ImportProblemCodes.NoMetadata);
    }

    [Fact]
    public void A_renamed_form_sheet_is_rejected_as_missing()
    {
        EditBad(sheet => sheet.Name = "Sheet1");
        ImportExpectingRejection(ImportProblemCodes.MissingSheet, null, InputForm.SheetName);
    }

    [Fact]
    public void Random_bytes_are_rejected()
    {
        var bytes = new byte[20_000];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'X';
        File.WriteAllBytes(PathOf(BadFile), bytes);
        ImportExpectingRejection(ImportProblemCodes.NotXlsx);
    }

    [Fact]
    public void A_truncated_file_is_rejected()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        var bytes = File.ReadAllBytes(source);
        File.WriteAllBytes(PathOf(BadFile), bytes[..(bytes.Length / 2)]);
        File.Delete(source);
        ImportExpectingRejection(ImportProblemCodes.Corrupt);
    }

    [Fact]
    public void An_ole_file_old_xls_or_encrypted_is_rejected()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        File.WriteAllBytes(PathOf(BadFile), bytes);
        var problem = ImportExpectingRejection(ImportProblemCodes.OleFile);
        Assert.Contains(".xls", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_is_rejected_fast_and_in_bounded_memory()
    {
        // 200 MB of zeros deflate to a few hundred kilobytes.
        RepackageBad(new Dictionary<string, Action<Stream>>
        {
            ["xl/media/zeros.bin"] = stream =>
            {
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 200; i++)
                {
                    stream.Write(zeros);
                }
            },
        }, level: CompressionLevel.SmallestSize);
        Assert.True(new FileInfo(PathOf(BadFile)).Length < 2 * 1024 * 1024);

        _parallelism = 1;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        ImportExpectingRejection(ImportProblemCodes.ZipBomb);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
        // Reading the good forms beside it takes well over 64 KB: a smaller count would mean the import ran elsewhere.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 64L * 1024, 64L * 1024 * 1024);
    }

    [Fact]
    public void A_part_whose_header_understates_its_size_is_read_no_further_than_declared()
    {
        // 30 MB of spaces inside the shared strings, with both zip headers patched to declare 1,000 bytes. The entry
        // stream stops at the declared size, so the part reads as cut-off XML (the importer's own byte count is the
        // second line of defence); either way it is rejected without inflating the 30 MB.
        const string part = "xl/sharedStrings.xml";
        RepackageBad(new Dictionary<string, Action<Stream>>
        {
            [part] = stream =>
            {
                stream.Write(Encoding.UTF8.GetBytes("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"));
                var chunk = Encoding.UTF8.GetBytes(new string(' ', 1024 * 1024));
                for (var i = 0; i < 30; i++)
                {
                    stream.Write(chunk);
                }

                stream.Write(Encoding.UTF8.GetBytes("</t></si></sst>"));
            },
        });
        var bytes = File.ReadAllBytes(PathOf(BadFile));
        Assert.Equal(2, FormsTestKit.UnderstateSize(bytes, part, 1_000));
        File.WriteAllBytes(PathOf(BadFile), bytes);

        _parallelism = 1;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        ImportExpectingRejection(ImportProblemCodes.MalformedXml);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 64L * 1024, 16L * 1024 * 1024);
    }

    [Fact]
    public void Xml_with_a_dtd_billion_laughs_is_rejected()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append(" <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat("&lol" + (i == 1 ? string.Empty : (i - 1).ToString()) + ";", 10))).Append("\">\n");
        }

        laughs.Append("]>\n<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"&lol9;\"/></sheets></workbook>");
        RepackageBad(new Dictionary<string, Action<Stream>> { ["xl/workbook.xml"] = FormsTestKit.Text(laughs.ToString()) });
        var clock = Stopwatch.StartNew();
        ImportExpectingRejection(ImportProblemCodes.Dtd);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
    }

    [Fact]
    public void A_sheet_with_a_million_rows_is_rejected_within_the_row_budget()
    {
        RepackageBad(new Dictionary<string, Action<Stream>>
        {
            ["xl/worksheets/sheet1.xml"] = stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
                writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                for (var row = 1; row <= 1_000_000; row++)
                {
                    writer.Write("<row r=\"");
                    writer.Write(row);
                    writer.Write("\"/>");
                }

                writer.Write("</sheetData></worksheet>");
            },
        });
        var clock = Stopwatch.StartNew();
        ImportExpectingRejection(ImportProblemCodes.SheetTooLarge, null, InputForm.SheetName);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
    }

    [Fact]
    public void A_macro_workbook_is_rejected()
    {
        RepackageBad(new Dictionary<string, Action<Stream>> { ["xl/vbaProject.bin"] = stream => stream.Write(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3 }) });
        var problem = ImportExpectingRejection(ImportProblemCodes.Macro);
        Assert.Contains("macro", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_macro_enabled_content_type_is_rejected()
    {
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        string types;
        using (var zip = ZipFile.OpenRead(source))
        using (var reader = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open()))
        {
            types = reader.ReadToEnd().Replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal);
        }

        FormsTestKit.Repackage(source, PathOf(BadFile), new Dictionary<string, Action<Stream>> { ["[Content_Types].xml"] = FormsTestKit.Text(types) });
        File.Delete(source);
        ImportExpectingRejection(ImportProblemCodes.Macro);
    }

    [Fact]
    public void A_workbook_with_an_external_link_is_rejected()
    {
        RepackageBad(new Dictionary<string, Action<Stream>>
        {
            ["xl/externalLinks/externalLink1.xml"] = FormsTestKit.Text(
                "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><externalBook/></externalLink>"),
        });
        ImportExpectingRejection(ImportProblemCodes.ExternalLink);
    }

    [Fact]
    public void An_oversized_file_is_rejected_before_it_is_opened()
    {
        using (var file = File.Create(PathOf(BadFile)))
        {
            file.SetLength(11L * 1024 * 1024);
        }

        ImportExpectingRejection(ImportProblemCodes.FileTooLarge);
    }

    [Fact]
    public void A_blank_report_date_is_a_warning_and_the_form_is_kept()
    {
        var path = PathOf("no-date.xlsx");
        InputForm.Save(_plan, Report, Period, _units[2], path);
        FormsTestKit.Fill(path, SubmissionFor(_units[2]) with { SubmittedOn = null });
        var result = FormImporter.ImportFolder(_folder, Options);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.NoDate, ImportSeverity.Warning, "no-date.xlsx"), (problem.Code, problem.Severity, problem.File));
        Assert.Null(result.Submissions.Single(s => s.Source == "no-date.xlsx").SubmittedOn);
    }

    [Fact]
    public void A_form_sent_back_blank_is_not_a_report()
    {
        InputForm.Save(_plan, Report, Period, _units[2], PathOf("untouched.xlsx"));

        var result = FormImporter.ImportFolder(_folder, Options);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ImportProblemCodes.BlankForm, ImportSeverity.Warning, "untouched.xlsx"), (problem.Code, problem.Severity, problem.File));
        Assert.DoesNotContain(result.Submissions, s => s.Source == "untouched.xlsx");
        Assert.Equal(2, result.Submissions.Count); // the two good forms of the batch
    }

    [Fact]
    public void Results_are_in_file_name_order_whatever_the_parallelism()
    {
        WriteFilled("a-first.xlsx", _units[2]);
        File.WriteAllBytes(PathOf("z-garbage.xlsx"), new byte[] { 1, 2, 3 });
        var serial = FormImporter.ImportFolder(_folder, new FormImportOptions(_plan) { MaxDegreeOfParallelism = 1 });
        var parallel = FormImporter.ImportFolder(_folder, new FormImportOptions(_plan) { MaxDegreeOfParallelism = 4 });
        Assert.Equal(new[] { "a-first.xlsx", "good-1.xlsx", "good-2.xlsx", "z-garbage.xlsx" }, parallel.Files);
        Assert.Equal(serial.Submissions, parallel.Submissions);
        Assert.Equal(serial.Problems, parallel.Problems);
        Assert.Equal(new[] { "a-first.xlsx", "good-1.xlsx", "good-2.xlsx" }, parallel.Submissions.Select(s => s.Source));
    }
}
