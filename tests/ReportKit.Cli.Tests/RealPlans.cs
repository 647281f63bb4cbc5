using System.IO;
using ReportKit.Testing;

namespace ReportKit.Cli.Tests;

/// <summary>
/// Real plans from stored public pages, measured like the seeds (<see cref="DraftingMeasure"/>). Their text is
/// third-party and is not in the repository: the folder named by <see cref="Variable"/> holds each as
/// <c>&lt;name&gt;.txt</c>; the hand-written template for each is committed as
/// <c>templates/examples/&lt;name&gt;.plan.yaml</c>.
/// </summary>
internal static class RealPlans
{
    /// <summary>The environment variable naming the folder of the plans' texts.</summary>
    public const string Variable = "REPORTKIT_REAL_PLANS";

    /// <summary>Each measured plan, by the name its text and its template share.</summary>
    public static readonly string[] Names =
    {
        "ke-hoach-149-kh-ubnd-ninh-binh-2021",
        "ke-hoach-101-kh-ubnd-ninh-binh-2025",
        "ke-hoach-383-kh-ubnd-tien-giang-2022",
    };

    /// <summary>The folder of the texts, when the variable names one.</summary>
    public static string? Folder =>
        System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? folder : null;

    /// <summary>Null when the texts can be read; the reason the tests are skipped otherwise.</summary>
    public static string? Unavailable() =>
        Folder is not { } folder ? Variable + " is not set: the real plans' texts (third-party pages) are not in the repository"
        : !Directory.Exists(folder) ? Variable + "=" + folder + " is not a folder"
        : null;

    public static string PlanPath(string name) => Path.Combine(Folder!, name + ".txt");

    public static string TemplatePath(string name) => Path.Combine(RepoPaths.Examples, name + ".plan.yaml");
}

/// <summary>A fact that reads the real plans' texts: skipped, with the reason, when <see cref="RealPlans.Variable"/> names no folder.</summary>
public sealed class RealPlanFactAttribute : FactAttribute
{
    public RealPlanFactAttribute()
    {
        if (RealPlans.Unavailable() is { } reason)
            Skip = reason;
    }
}
