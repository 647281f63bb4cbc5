namespace ReportKit;

/// <summary>
/// A file that was sent in but could not be read as a report (an edited or damaged form, another plan's form…): the
/// unit sent something, so the summary says so instead of showing it as having sent nothing.
/// </summary>
/// <param name="File">The file's name.</param>
/// <param name="UnitId">The unit it claims to come from, when that could be read; null otherwise.</param>
/// <param name="Reason">Why it was rejected, in Vietnamese (the first error).</param>
public sealed record RejectedFile(string File, string? UnitId, string Reason);
