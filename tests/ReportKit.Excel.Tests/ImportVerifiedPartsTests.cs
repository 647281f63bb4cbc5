using System.IO;
using System.Linq;
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
