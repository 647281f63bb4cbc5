namespace ReportKit.Templates;

/// <summary>
/// Where something stands in a template file. Lines and columns are 1-based, as a template author
/// counts them (and as YamlDotNet reports them); offsets are 0-based character indexes for Roslyn.
/// </summary>
/// <param name="Path">The template's path as given to the parser.</param>
/// <param name="StartOffset">0-based character offset of the first character.</param>
/// <param name="EndOffset">0-based character offset just past the last character.</param>
/// <param name="StartLine">1-based line of the first character.</param>
/// <param name="StartColumn">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just past the last character.</param>
/// <param name="EndColumn">1-based column just past the last character.</param>
public sealed record SourceSpan(
    string Path,
    int StartOffset,
    int EndOffset,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn)
{
    /// <summary>A span for a whole file whose content could not be located more precisely.</summary>
    public static SourceSpan StartOf(string path) => new(path, 0, 0, 1, 1, 1, 1);

    /// <summary>The MSBuild-style location, <c>path(line,col)</c>.</summary>
    public override string ToString() => $"{Path}({StartLine},{StartColumn})";
}
