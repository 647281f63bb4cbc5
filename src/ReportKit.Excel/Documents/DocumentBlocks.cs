using System.Linq;
using System;
using System.Collections.Generic;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Documents;

/// <summary>
/// Where a header or footer block sits across a sheet's columns: a left zone (columns 1 to
/// <paramref name="LeftColumns"/>) and a right zone (the rest, up to <paramref name="ColumnCount"/>).
/// </summary>
/// <param name="ColumnCount">Columns the block spans.</param>
/// <param name="LeftColumns">Columns of the left zone (issuing body; Nơi nhận).</param>
internal sealed record BlockGeometry(int ColumnCount, int LeftColumns)
{
    internal void Check()
    {
        if (LeftColumns < 1 || ColumnCount <= LeftColumns)
        {
            throw new ArgumentException("A block needs at least one column on each side (" + LeftColumns + " of " + ColumnCount + ").");
        }
    }
}

/// <summary>
/// Header and footer blocks per convention, as <see cref="CellBlock"/>s to stack on a summary or a form.
/// Times New Roman throughout; each text line is merged across its zone and centred.
/// </summary>
internal static class DocumentBlocks
{
    /// <summary>Blank rows between the signing title and the signer's name (room to sign and stamp).</summary>
    public const int SignatureSpaceRows = 3;

    /// <summary>
    /// The header for the document's convention: <see cref="PartyHeader"/> or <see cref="StateHeader"/>; without
    /// <paramref name="numberLine"/>, no <c>Số …</c> line (a unit's form is no numbered document). With
    /// <paramref name="wrap"/>, each text wraps in its zone rather than spill out of it, and each row is as tall as its
    /// text (a unit's form, whose zones are as wide as its level's heading, names the unit itself there).
    /// </summary>
    public static CellBlock Header(DocumentSpec document, BlockGeometry geometry, bool numberLine = true, bool wrap = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Kind == DocumentKind.Party ? PartyHeader(document, geometry, numberLine, wrap) : StateHeader(document, geometry, numberLine, wrap);
    }

    /// <summary>
    /// Who signs a unit's report: Party (Hướng dẫn 36, a cấp ủy signs "thay mặt"): <c>T/M CHI ỦY</c> for a chi bộ,
    /// <c>T/M ĐẢNG ỦY</c> for a đảng bộ or đảng ủy, as the unit's own name says (<see cref="CommitteeOf"/>) or else its
    /// level's; <c>T/M</c> and the level's name otherwise, over <c>BÍ THƯ</c>; state: <c>THỦ TRƯỞNG ĐƠN VỊ</c> with no
    /// capacity line. A level such as "Cấp ủy cơ sở" holds chi bộ and đảng bộ alike: each signs as what it is.
    /// </summary>
    public static (string? Capacity, string Title) UnitSignature(DocumentKind kind, string? levelName, string? unitCommittee = null)
    {
        if (kind != DocumentKind.Party)
        {
            return (null, "THỦ TRƯỞNG ĐƠN VỊ");
        }

        var level = FirstKind(levelName);
        var body = unitCommittee ?? CommitteeOf(level) ?? (level.Length > 0 ? DocumentText.Upper(level) : "CẤP ỦY");
        return ("T/M " + body, "BÍ THƯ");
    }

    /// <summary>
    /// The committee that signs for a Party body so named: <c>CHI ỦY</c> for "Chi bộ …", <c>ĐẢNG ỦY</c> for "Đảng bộ …" or
    /// "Đảng ủy …"; null when the name does not say ("Chi bộ, đơn vị" names a level by its first kind).
    /// </summary>
    public static string? CommitteeOf(string? name)
    {
        var first = FirstKind(name);
        return first.StartsWith("Chi bộ", StringComparison.OrdinalIgnoreCase) ? "CHI ỦY"
            : first.StartsWith("Đảng bộ", StringComparison.OrdinalIgnoreCase) || first.StartsWith("Đảng ủy", StringComparison.OrdinalIgnoreCase) ? "ĐẢNG ỦY"
            : null;
    }

    private static string FirstKind(string? name) => (name ?? string.Empty).Split(',')[0].Trim();

    /// <summary>
    /// Hướng dẫn 36: left, the parent body (upper case, 14, regular), the issuing body (upper case, 14, bold),
    /// <c>*</c>, then <c>Số 76-KH/ĐU</c> (14); right, <c>ĐẢNG CỘNG SẢN VIỆT NAM</c> (15, bold, underlined)
    /// and, on the number's row, the place and date in italics (14).
    /// </summary>
    public static CellBlock PartyHeader(DocumentSpec document, BlockGeometry geometry, bool numberLine = true, bool wrap = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        geometry.Check();
        var left = new List<(string Text, CellFont Font)>();
        if (!string.IsNullOrWhiteSpace(document.Issuer.Parent))
        {
            left.Add((DocumentText.Upper(document.Issuer.Parent!), CellFont.Times(14)));
        }

        left.Add((DocumentText.Upper(document.Issuer.Name), CellFont.Times(14, bold: true)));
        left.Add(("*", CellFont.Times(14)));
        if (numberLine)
        {
            left.Add((DocumentText.NumberLine(document), CellFont.Times(14)));
        }

        var block = new CellBlock();
        for (var i = 0; i < left.Count; i++)
        {
            PutLeft(block, geometry, i + 1, left[i].Text, left[i].Font, wrap);
        }

        PutRight(block, geometry, 1, DocumentText.PartyTitle, CellFont.Times(15, bold: true, underline: true), wrap);
        PutRight(block, geometry, left.Count, DocumentText.PlaceAndDate(document), CellFont.Times(14, italic: true), wrap);
        return block;
    }

    /// <summary>
    /// Nghị định 30: left, the parent body (upper case, 13, regular), the issuing body (upper case, 13, bold),
    /// <c>Số: …/SVHTTDL-QLVHGĐ</c> (13) and, for a công văn, <c>V/v …</c> (12, italic, wrapped); right,
    /// the Quốc hiệu (13, bold), the Tiêu ngữ (13, bold, underlined) and, on the number's row, the place
    /// and date in italics (13).
    /// </summary>
    public static CellBlock StateHeader(DocumentSpec document, BlockGeometry geometry, bool numberLine = true, bool wrap = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        geometry.Check();
        var block = new CellBlock();
        var row = 1;
        if (!string.IsNullOrWhiteSpace(document.Issuer.Parent))
        {
            PutLeft(block, geometry, row++, DocumentText.Upper(document.Issuer.Parent!), CellFont.Times(13), wrap);
        }

        PutLeft(block, geometry, row++, DocumentText.Upper(document.Issuer.Name), CellFont.Times(13, bold: true), wrap);

        // The number sits below the Tiêu ngữ's row, with a gap row under a one-line issuer.
        var numberRow = Math.Max(row, 3);
        if (numberLine)
        {
            PutLeft(block, geometry, numberRow, DocumentText.NumberLine(document), CellFont.Times(13), wrap);
        }

        PutRight(block, geometry, 1, DocumentText.NationalTitle, CellFont.Times(13, bold: true), wrap);
        PutRight(block, geometry, 2, DocumentText.NationalMotto, CellFont.Times(13, bold: true, underline: true), wrap);
        PutRight(block, geometry, numberRow, DocumentText.PlaceAndDate(document), CellFont.Times(13, italic: true), wrap);
        if (DocumentText.IsOfficialLetter(document))
        {
            var style = ZoneStyle(CellFont.Times(12, italic: true)) with { Wrap = true, Vertical = VerticalAlignment.Top };
            Put(block, numberRow + 1, 1, geometry.LeftColumns, DocumentText.SubjectLine(document), style);
        }

        return block;
    }

    /// <summary>
    /// The footer: left, <c>Nơi nhận:</c> (12, bold italic) and the recipients (11); right, the signing
    /// capacity and title (upper case, 14, bold), room to sign, and the signer's name (14, bold).
    /// With <paramref name="preparerColumns"/> above zero, a <c>NGƯỜI LẬP BIỂU</c> block takes that many
    /// columns between the two, with <paramref name="preparerName"/> (if known) level with the signer's name.
    /// </summary>
    public static CellBlock Footer(DocumentSpec document, BlockGeometry geometry, int preparerColumns = 0, string? preparerName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        geometry.Check();
        if (preparerColumns < 0 || geometry.LeftColumns + preparerColumns >= geometry.ColumnCount)
        {
            throw new ArgumentOutOfRangeException(nameof(preparerColumns), preparerColumns, "The preparer block must leave room for the signature.");
        }

        var block = new CellBlock();
        var recipients = DocumentText.RecipientLines(document);
        if (recipients.Count > 0)
        {
            Put(block, 1, 1, geometry.LeftColumns, DocumentText.RecipientsLabel,
                ZoneStyle(CellFont.Times(12, bold: true, italic: true)) with { Horizontal = HorizontalAlignment.Left });
            for (var i = 0; i < recipients.Count; i++)
            {
                Put(block, i + 2, 1, geometry.LeftColumns, recipients[i],
                    ZoneStyle(CellFont.Times(11)) with { Horizontal = HorizontalAlignment.Left });
            }
        }

        var signFirst = geometry.LeftColumns + preparerColumns + 1;
        var row = 1;
        var nameRow = row + SignatureSpaceRows + 1;
        // A source that names no signer gets no signature block: nothing is invented.
        if (document.Signature is { } signature)
        {
            if (!string.IsNullOrWhiteSpace(signature.Capacity))
            {
                Put(block, row++, signFirst, geometry.ColumnCount, DocumentText.Upper(signature.Capacity!), ZoneStyle(CellFont.Times(14, bold: true)));
                nameRow++;
            }

            Put(block, row, signFirst, geometry.ColumnCount, DocumentText.Upper(signature.Title), ZoneStyle(CellFont.Times(14, bold: true)));
            Put(block, nameRow, signFirst, geometry.ColumnCount, signature.Name.Trim(), ZoneStyle(CellFont.Times(14, bold: true)));
        }

        if (preparerColumns > 0)
        {
            var first = geometry.LeftColumns + 1;
            var last = geometry.LeftColumns + preparerColumns;
            Put(block, row, first, last, DocumentText.PreparerLabel, ZoneStyle(CellFont.Times(14, bold: true)));
            if (!string.IsNullOrWhiteSpace(preparerName))
            {
                Put(block, nameRow, first, last, preparerName!.Trim(), ZoneStyle(CellFont.Times(14, bold: true)));
            }
        }

        return block;
    }

    private static void PutLeft(CellBlock block, BlockGeometry geometry, int row, string text, CellFont font, bool wrap = false) =>
        Put(block, row, 1, geometry.LeftColumns, text, ZoneStyle(font) with { Wrap = wrap });

    private static void PutRight(CellBlock block, BlockGeometry geometry, int row, string text, CellFont font, bool wrap = false) =>
        Put(block, row, geometry.LeftColumns + 1, geometry.ColumnCount, text, ZoneStyle(font) with { Wrap = wrap });

    private static void Put(CellBlock block, int row, int firstColumn, int lastColumn, string text, CellStyle style)
    {
        if (lastColumn > firstColumn)
        {
            block.SetMerged(new CellRange(row, firstColumn, row, lastColumn), text, style);
        }
        else
        {
            block.Set(row, firstColumn, text, style);
        }
    }

    private static CellStyle ZoneStyle(CellFont font) =>
        new(font, HorizontalAlignment.Center, VerticalAlignment.Center);

    /// <summary>
    /// The widest line of each zone of the header (left: issuer, parent, number; right: national or Party
    /// title, place and date), in column width units, so a sheet can make its zones wide enough.
    /// </summary>
    internal static (double Left, double Right) HeaderNeeds(DocumentSpec document)
    {
        var party = document.Kind == DocumentKind.Party;
        var size = party ? 14 : 13;
        var left = new List<double>
        {
            Measuring.TextMeasure.ColumnWidthFor(DocumentText.Upper(document.Issuer.Name), CellFont.Times(size, bold: true)),
            Measuring.TextMeasure.ColumnWidthFor(DocumentText.NumberLine(document), CellFont.Times(size)),
        };
        if (!string.IsNullOrWhiteSpace(document.Issuer.Parent))
            left.Add(Measuring.TextMeasure.ColumnWidthFor(DocumentText.Upper(document.Issuer.Parent!), CellFont.Times(size)));

        var right = new[]
        {
            Measuring.TextMeasure.ColumnWidthFor(party ? DocumentText.PartyTitle : DocumentText.NationalTitle, CellFont.Times(party ? 15 : 13, bold: true)),
            Measuring.TextMeasure.ColumnWidthFor(DocumentText.PlaceAndDate(document), CellFont.Times(size, italic: true)),
        };
        return (left.Max(), right.Max());
    }
}
