using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Import;

namespace ReportKit.Excel.Tests;

public sealed partial class ImportProblemTests
{
    // The reading of a styles part is kept for the batch and reused for a later form whose styles part has the same
    // bytes (VerifiedParts): a form whose styles hide a value gets its own reading whether it comes before the batch's
    // good forms (its reading kept first) or after them (theirs kept first).
    [Fact]
    public void A_form_whose_styles_hide_a_value_is_rejected_and_the_others_accepted_in_either_order_of_the_batch()
    {
        _parallelism = 1;
        var cell = AddressOf(new ValueKey("dang_vien"));
        EditBad(sheet => sheet.Cell(cell).Style.NumberFormat.Format = ";;;");

        // bad.xlsx is read first, then good-1 and good-2.
        var problem = ImportExpectingRejection(ImportProblemCodes.HiddenFormat, cell, InputForm.SheetName);
        Assert.Contains("“;;;”", problem.Message, System.StringComparison.Ordinal);

        // The same bad form read last.
        File.Move(PathOf(BadFile), PathOf("zz-bad.xlsx"));
        var result = FormImporter.ImportFolder(_folder, Options);
        var last = Assert.Single(result.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal((ImportProblemCodes.HiddenFormat, "zz-bad.xlsx", cell), (last.Code, last.File, last.Cell));
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx" }, result.Submissions.Select(s => s.Source));
    }
}

public sealed partial class ImportProblemTests
{
    private const string MetadataSheetPart = "xl/worksheets/sheet2.xml";

    // The metadata sheet of every form of a report is the same part byte for byte (its texts are shared strings), so its
    // reading is kept for the batch (VerifiedParts). What it refers to in the file's other parts is still the file's own:
    // a later form with the very same sheet but shared strings that lack its texts is refused at the sheet's first cell.
    [Fact]
    public void A_form_whose_metadata_sheet_is_a_kept_ones_copy_but_whose_shared_strings_lack_its_texts_is_rejected_at_the_cell()
    {
        var problem = ImportWithKeptMetadataSheet("xl/sharedStrings.xml", strings =>
            Regex.Replace(strings, "<(?<p>(?:\\w+:)?)si>.*?</\\k<p>si>", "", RegexOptions.Singleline));
        Assert.Equal(ImportProblemCodes.BadSharedString, problem.Code);
    }

    // The same for the cell formats: a later form with the very same metadata sheet but a styles part without the format
    // its cells use is refused at the sheet's first cell, as a form read on its own is.
    [Fact]
    public void A_form_whose_metadata_sheet_is_a_kept_ones_copy_but_whose_styles_lack_its_cell_format_is_rejected_at_the_cell()
    {
        var problem = ImportWithKeptMetadataSheet("xl/styles.xml", styles =>
            Regex.Replace(styles, "<(?<p>(?:\\w+:)?)cellXfs[^>]*>.*?</\\k<p>cellXfs>",
                m => "<" + m.Groups["p"].Value + "cellXfs count=\"1\"><" + m.Groups["p"].Value + "xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" /></" + m.Groups["p"].Value + "cellXfs>",
                RegexOptions.Singleline));
        Assert.Equal(ImportProblemCodes.AmbiguousPackage, problem.Code);
    }

    /// <summary>
    /// Imports the two good forms, then (read last, on one thread) a third whose metadata sheet is byte for byte theirs and
    /// whose <paramref name="part"/> is rewritten; returns its one error, which must be at the metadata sheet's A1.
    /// </summary>
    private ImportProblem ImportWithKeptMetadataSheet(string part, Func<string, string> rewrite)
    {
        _parallelism = 1;
        var source = WriteFilled(Path.Combine(_scratch, "source.xlsx"), _units[2]);
        Assert.Contains("name=\"" + InputForm.MetadataSheetName + "\"", ReadPart(source, "xl/workbook.xml"), StringComparison.Ordinal);
        Assert.Equal(ReadPart(PathOf("good-1.xlsx"), MetadataSheetPart), ReadPart(source, MetadataSheetPart));
        var original = ReadPart(source, part);
        var rewritten = rewrite(original);
        Assert.NotEqual(original, rewritten);
        FormsTestKit.Repackage(source, PathOf("zz-bad.xlsx"), new Dictionary<string, Action<Stream>> { [part] = FormsTestKit.Text(rewritten) });

        var result = FormImporter.ImportFolder(_folder, Options);
        var problem = Assert.Single(result.Problems, p => p.Severity == ImportSeverity.Error);
        Assert.Equal(("zz-bad.xlsx", InputForm.MetadataSheetName, "A1"), (problem.File, problem.Sheet, problem.Cell));
        Assert.Equal(new[] { "good-1.xlsx", "good-2.xlsx" }, result.Submissions.Select(s => s.Source));
        return problem;
    }
}
