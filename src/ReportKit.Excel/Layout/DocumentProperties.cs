namespace ReportKit.Excel.Layout;

/// <summary>A workbook-wide defined name for a range (used to find data areas again when importing).</summary>
/// <param name="Name">The name (letters, digits, underscores, dots; starts with a letter or underscore).</param>
/// <param name="SheetName">The sheet the range is on.</param>
/// <param name="Range">The range.</param>
/// <param name="Hidden">Hidden from the user's Name Manager.</param>
public sealed record DefinedName(string Name, string SheetName, CellRange Range, bool Hidden = false);

/// <summary>Document properties written to the package (author is pinned; no machine user name leaks).</summary>
public sealed class DocumentProperties
{
    /// <summary>The author written to the package.</summary>
    public string Author { get; set; } = "ReportKit";

    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Subject.</summary>
    public string? Subject { get; set; }

    /// <summary>Keywords.</summary>
    public string? Keywords { get; set; }

    /// <summary>Comments / description.</summary>
    public string? Description { get; set; }

    /// <summary>Category.</summary>
    public string? Category { get; set; }
}
