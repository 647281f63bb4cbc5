namespace ReportKit.Templates;

/// <summary>The catalogue of template diagnostics: one place, stable ids. Never renumber; only append.</summary>
public static class TemplateDiagnostics
{
    /// <summary>RK0001: the file is not valid YAML.</summary>
    public const string YamlSyntax = "RK0001";
}
