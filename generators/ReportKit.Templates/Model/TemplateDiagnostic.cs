namespace ReportKit.Templates;

/// <summary>How serious a template diagnostic is.</summary>
public enum TemplateSeverity
{
    /// <summary>The template still compiles; the author should look.</summary>
    Warning,

    /// <summary>The template cannot be compiled.</summary>
    Error,
}

/// <summary>A problem found in a template, with its stable id (<c>RK0001</c>…) and location.</summary>
/// <param name="Id">Stable id from <see cref="TemplateDiagnostics"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in the template author's terms.</param>
/// <param name="Location">Where it is.</param>
public sealed record TemplateDiagnostic(string Id, TemplateSeverity Severity, string Message, SourceSpan Location)
{
    /// <summary>The MSBuild format: <c>path(line,col): error RK0007: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == TemplateSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
