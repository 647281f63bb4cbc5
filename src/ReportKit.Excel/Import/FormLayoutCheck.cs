using System;
using System.Collections.Generic;
using System.Linq;
using ReportKit.Excel.Forms;
using ReportKit.Excel.Layout;

namespace ReportKit.Excel.Import;

/// <summary>
/// Whether a returned form is still laid out as <see cref="InputForm"/> wrote it: every input cell beside its own label,
/// the unit line, the fixed texts and the computed cells where the sealed metadata says. A shifted label means rows or
/// columns were inserted or deleted: the first such cell is reported (the others moved with it) and the check stops.
/// Edited labels and overwritten totals are each reported at their cell.
/// </summary>
internal static class FormLayoutCheck
{
    private enum Kind
    {
        /// <summary>The label beside (or heading above) an input or computed cell.</summary>
        Label,

        /// <summary>A fixed text of the form.</summary>
        Text,

        /// <summary>The unit line.</summary>
        UnitLine,
    }

    private sealed record Anchor(Kind Kind, FixedCell Cell, string? Input, bool Heading, FormulaCell? Formula);

    /// <summary>Every cell the check reads, to be read with the input cells in one pass.</summary>
    public static IEnumerable<string> Addresses(FormMetadata metadata) =>
        UnorderedAnchors(metadata).Select(a => a.Cell.Address).Concat(metadata.Formulas.Select(f => f.Address));

    /// <summary>
    /// The problems of the layout, in sheet order; empty when the form is as written. <paramref name="at"/> gives a cell
    /// read with <see cref="Addresses"/>; <paramref name="all"/> reads every cell's text, only when a label is out of place.
    /// </summary>
    public static IReadOnlyList<ImportProblem> Check(FormMetadata metadata, string file, string sheet, Func<string, RawCell?> at,
        Func<RawCell, string?> text, Func<IReadOnlyDictionary<(int Row, int Column), string>> all)
    {
        var problems = new List<ImportProblem>();
        var anchors = Anchors(metadata).ToArray();
        IReadOnlyDictionary<(int, int), string>? texts = null;
        string Actual(string address) => at(address) is { } cell ? FormMetadata.Normalize(text(cell)) : string.Empty;

        foreach (var anchor in anchors)
        {
            var expected = anchor.Cell.Text;
            var actual = Actual(anchor.Cell.Address);
            if (actual == expected)
            {
                if (anchor.Formula is { } formula && CheckFormula(formula, at(formula.Address), text, file, sheet) is { } overwritten)
                {
                    problems.Add(overwritten);
                }

                continue;
            }

            texts ??= all();
            var (row, column) = CellReference.Parse(anchor.Cell.Address);
            if (Locate(expected, row, column, texts, anchors, Actual) is { } now)
            {
                problems.Add(MovedProblem(anchor, now, row, column, null, file, sheet));
                return problems;
            }

            // The label is gone (its row or column deleted), and what stands here belongs elsewhere: that came here.
            if (actual.Length > 0 && anchors.Where(a => a.Cell.Text == actual && a.Cell.Address != anchor.Cell.Address)
                    .Select(a => CellReference.Parse(a.Cell.Address))
                    .OrderBy(a => Math.Abs(a.Row - row) + Math.Abs(a.Column - column)).Cast<(int Row, int Column)?>().FirstOrDefault() is { } from)
            {
                problems.Add(MovedProblem(anchor, from, row, column, actual, file, sheet));
                return problems;
            }

            problems.Add(EditedProblem(anchor, actual, file, sheet));
        }

        return problems;
    }

    /// <summary>The anchors in sheet order, so that after an insertion the topmost (or leftmost) shifted cell is the one reported.</summary>
    private static IEnumerable<Anchor> Anchors(FormMetadata metadata) =>
        UnorderedAnchors(metadata).OrderBy(a => CellReference.Parse(a.Cell.Address)).ThenBy(a => a.Input, StringComparer.Ordinal);

    private static List<Anchor> UnorderedAnchors(FormMetadata metadata)
    {
        var anchors = new List<Anchor>();
        if (metadata.UnitLine is { } unitLine)
        {
            anchors.Add(new Anchor(Kind.UnitLine, unitLine, null, false, null));
        }

        anchors.AddRange(metadata.Texts.Select(t => new Anchor(Kind.Text, t, null, false, null)));
        anchors.AddRange(metadata.Values.Where(v => v.Label is not null).Select(v => new Anchor(Kind.Label, v.Label!, v.Address, false, null)));
        anchors.AddRange(metadata.Excluded.Where(v => v.Label is not null).Select(v => new Anchor(Kind.Label, v.Label!, v.Address, false, null)));
        anchors.AddRange(metadata.Narratives.Where(n => n.Label is not null).Select(n => new Anchor(Kind.Label, n.Label!, n.Address, true, null)));
        anchors.AddRange(metadata.Formulas.Where(f => f.Label is not null).Select(f => new Anchor(Kind.Label, f.Label!, f.Address, false, f)));
        anchors.AddRange(metadata.ListRows.Select(r => new Anchor(Kind.Label, r.Label, r.Cells.Count > 0 ? r.Cells[0].Address : r.Label.Address, false, null)));
        if (metadata.SubmittedOnLabel is { } dateLabel)
        {
            anchors.Add(new Anchor(Kind.Label, dateLabel, metadata.SubmittedOnAddress, false, null));
        }

        return anchors;
    }

    /// <summary>
    /// Where <paramref name="expected"/> stands now: the nearest cell holding it in the same column, else the same row,
    /// else anywhere; cells where another anchor of the same text belongs and still stands are not candidates.
    /// </summary>
    private static (int Row, int Column)? Locate(string expected, int row, int column, IReadOnlyDictionary<(int Row, int Column), string> texts,
        IReadOnlyList<Anchor> anchors, Func<string, string> actual)
    {
        var taken = anchors.Where(a => a.Cell.Text == expected && actual(a.Cell.Address) == expected)
            .Select(a => CellReference.Parse(a.Cell.Address)).ToHashSet();
        var candidates = texts.Where(t => t.Value.Length > 0 && FormMetadata.Normalize(t.Value) == expected && !taken.Contains(t.Key))
            .Select(t => t.Key)
            .ToArray();
        var best = candidates.Where(c => c.Column == column).OrderBy(c => Math.Abs(c.Row - row)).ThenBy(c => c.Row).Cast<(int, int)?>().FirstOrDefault()
            ?? candidates.Where(c => c.Row == row).OrderBy(c => Math.Abs(c.Column - column)).ThenBy(c => c.Column).Cast<(int, int)?>().FirstOrDefault()
            ?? candidates.OrderBy(c => Math.Abs(c.Row - row) + Math.Abs(c.Column - column)).ThenBy(c => c.Row).ThenBy(c => c.Column).Cast<(int, int)?>().FirstOrDefault();
        return best;
    }

    /// <summary>
    /// The anchor's text now stands at <paramref name="other"/>; or, when <paramref name="arrived"/> is given, the
    /// anchor's text is gone and <paramref name="arrived"/>, which belongs at <paramref name="other"/>, stands in its place.
    /// </summary>
    private static ImportProblem MovedProblem(Anchor anchor, (int Row, int Column) other, int row, int column, string? arrived, string file, string sheet)
    {
        var (where, what) = (other.Row != row, other.Column != column) switch
        {
            (true, false) => ("hàng " + other.Row, "chèn/xóa hàng"),
            (false, true) => ("cột " + CellReference.ColumnLetters(other.Column), "chèn/xóa cột"),
            _ => ("ô " + CellReference.A1(other.Row, other.Column), "chèn/xóa hàng hoặc cột"),
        };
        var shown = Shorten(anchor.Cell.Text);
        var (relation, noun) = anchor.Kind != Kind.Label ? ("là", anchor.Kind == Kind.UnitLine ? "dòng đơn vị báo cáo" : "nội dung")
            : anchor.Heading ? ("dưới tiêu đề", "tiêu đề") : ("cạnh nhãn", "nhãn");
        var why = arrived is null
            ? noun + " này nay ở " + where
            : "chỗ của " + noun + " này nay là «" + Shorten(arrived) + "», vốn ở " + where;
        var cell = anchor.Kind == Kind.Label ? anchor.Input! : anchor.Cell.Address;
        return ImportProblems.Moved.Create(file, sheet, cell, cell, relation, shown, why, what);
    }

    private static ImportProblem EditedProblem(Anchor anchor, string actual, string file, string sheet)
    {
        var address = anchor.Cell.Address;
        var now = actual.Length == 0 ? "nay để trống" : "nay là «" + Shorten(actual) + "»";
        return anchor.Kind switch
        {
            Kind.UnitLine => ImportProblems.UnitLineEdited.Create(file, sheet, address, address, anchor.Cell.Text, now),
            Kind.Label => ImportProblems.LabelEdited.Create(file, sheet, address,
                (anchor.Heading ? "Tiêu đề" : "Nhãn") + " «" + Shorten(anchor.Cell.Text) + "» ở ô " + address + " (của ô " + anchor.Input + ") đã bị sửa", now),
            _ => ImportProblems.LabelEdited.Create(file, sheet, address, "Ô " + address + " phải là «" + Shorten(anchor.Cell.Text) + "» như biểu gốc", now),
        };
    }

    private static ImportProblem? CheckFormula(FormulaCell formula, RawCell? found, Func<RawCell, string?> text, string file, string sheet)
    {
        var what = "Ô " + formula.Address + (formula.Label is { } label ? " («" + Shorten(label.Text) + "»)" : string.Empty);
        if (found is not { HasFormula: true } cell)
        {
            var value = found is { } typed ? FormMetadata.Normalize(text(typed)) : string.Empty;
            return ImportProblems.ComputedOverwritten.Create(file, sheet, formula.Address,
                what + " được tính tự động bằng công thức nhưng " + (value.Length == 0 ? "công thức đã bị xóa" : "đã bị ghi đè bằng «" + Shorten(value) + "»"),
                "nhập vào");
        }

        // A cell sharing another's formula (Excel's shared formulas) carries no text of its own: its presence is what counts.
        if (!string.IsNullOrWhiteSpace(cell.Formula) && FormMetadata.NormalizeFormula(cell.Formula) != FormMetadata.NormalizeFormula(formula.Formula))
        {
            return ImportProblems.ComputedOverwritten.Create(file, sheet, formula.Address,
                "Công thức của " + char.ToLowerInvariant(what[0]) + what[1..] + " đã bị sửa (biểu gốc: =" + formula.Formula + ", nay: =" +
                Shorten(cell.Formula!.Trim().TrimStart('=')) + ")", "sửa");
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
