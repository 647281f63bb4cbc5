using ReportKit.Excel.Writing;

namespace ReportKit.Excel.Forms;

/// <summary>Options for building and saving an input form.</summary>
public sealed class InputFormOptions
{
    /// <summary>The default options.</summary>
    public static InputFormOptions Default { get; } = new();

    /// <summary>
    /// An optional sheet protection password. Without one a clerk can still unprotect the sheet from Excel's menu;
    /// either way protection only prevents slips, the importer checks every value again.
    /// </summary>
    public string? Password { get; init; }

    /// <summary>
    /// An optional secret mixed into the metadata seal; the importer must be given the same secret
    /// (<see cref="Import.FormImportOptions.SealSecret"/>). Without one the seal still detects edits made by hand.
    /// </summary>
    public string? SealSecret { get; init; }

    /// <summary>Show ratio indicators as locked formulas over the input cells (true), or leave them out.</summary>
    public bool IncludeRatios { get; init; } = true;

    /// <summary>
    /// Whom the form is sent back to (the unit's parent, <see cref="UnitTree.RecipientOf"/>): the instructions name it, and
    /// the heading shows it as the superior body above the unit. Null: the plan's issuer.
    /// </summary>
    public string? SendTo { get; init; }

    /// <summary>The timestamp and other save options; <see cref="WorkbookSaveOptions.Default"/> if null.</summary>
    public WorkbookSaveOptions? SaveOptions { get; init; }
}
