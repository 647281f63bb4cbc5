using System.Linq;
using ReportKit.Excel.Layout;
using ReportKit.Templates;

namespace ReportKit.Excel.Summary;

/// <summary>The styles and number formats of the summary workbook, in one place.</summary>
internal static class SummaryStyles
{
    /// <summary>Whole numbers: Excel shows the viewer's thousands separator (Vietnamese <c>1.234</c>).</summary>
    public const string IntegerFormat = "#,##0";

    /// <summary>Decimals: one decimal at least, two at most.</summary>
    public const string DecimalFormat = "#,##0.0#";

    /// <summary>Percentages from fractions (0.812 shows as 81,2 %).</summary>
    public const string PercentFormat = "0.0%";

    /// <summary>The shade of a value that breaks a rule (light orange; a light grey in black and white).</summary>
    public const string FlaggedFill = "FCE4D6";

    /// <summary>The shade of a value below a plan's target (light yellow), apart from a value that breaks a rule.</summary>
    public const string ShortfallFill = "FFEB9C";

    public const double TableFontSize = 12;
    public const double HeaderFontSize = 11;

    /// <summary>The smallest text on a summary sheet (headers, notes, remarks, column numbers): what the print scale protects.</summary>
    public const double SmallestFontSize = 11;

    public static readonly CellFont Body = CellFont.Times(TableFontSize);
    public static readonly CellFont BodyBold = CellFont.Times(TableFontSize, bold: true);
    public static readonly CellFont HeaderFont = CellFont.Times(HeaderFontSize, bold: true);

    public static readonly CellStyle Header = new(HeaderFont, HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All);
    public static readonly CellStyle ColumnNumber = new(CellFont.Times(SmallestFontSize, italic: true), HorizontalAlignment.Center, VerticalAlignment.Center, Borders: CellBorders.All);
    public static readonly CellStyle Text = new(Body, HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All);
    public static readonly CellStyle TextBold = Text with { Font = BodyBold };
    public static readonly CellStyle Centered = new(Body, HorizontalAlignment.Center, VerticalAlignment.Center, Borders: CellBorders.All);
    public static readonly CellStyle CenteredBold = Centered with { Font = BodyBold };
    public static readonly CellStyle Integer = new(Body, HorizontalAlignment.Right, VerticalAlignment.Center, Borders: CellBorders.All, NumberFormat: IntegerFormat);
    public static readonly CellStyle Percent = Integer with { NumberFormat = PercentFormat };
    public static readonly CellStyle Date = Centered with { NumberFormat = CellStyle.DefaultDateFormat };
    public static readonly CellStyle Note = new(CellFont.Times(11), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true, Borders: CellBorders.All);
    public static readonly CellStyle NoteBold = Note with { Font = CellFont.Times(11, bold: true) };

    public static readonly CellStyle Title = new(CellFont.Times(15, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true);
    public static readonly CellStyle Subtitle = new(CellFont.Times(14, bold: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true);
    public static readonly CellStyle TitleLine = new(CellFont.Times(13, italic: true), HorizontalAlignment.Center, VerticalAlignment.Center, Wrap: true);
    public static readonly CellStyle SectionHeading = new(CellFont.Times(13, bold: true), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true);
    public static readonly CellStyle Remark = new(CellFont.Times(11, italic: true), HorizontalAlignment.Left, VerticalAlignment.Center, Wrap: true);

    /// <summary>The number format of a value column: a whole-number figure (<see cref="FieldTypes.IsWholeNumber"/>) has no decimals.</summary>
    public static string FormatOf(PlanSpec plan, SummaryColumn column) =>
        column.Format == ValueFormat.Percent ? PercentFormat
        : column.Type == IndicatorType.Integer || plan.Indicators.FirstOrDefault(i => i.Id == column.IndicatorId) is { } indicator && plan.IsWholeNumber(indicator)
            ? IntegerFormat
            : DecimalFormat;

    /// <summary>A number cell of the given format, bold in totals and parent rows.</summary>
    public static CellStyle Number(string format, bool bold) =>
        Integer with { NumberFormat = format, Font = bold ? BodyBold : Body };
}
