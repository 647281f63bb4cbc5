using ReportKit.Templates;

namespace ReportKit.Generators;

internal static partial class ReportEmitter
{
    /// <summary>
    /// The IntelliSense line of a level-scoped indicator or narrative (<c>levels:</c>): who enters it, so a developer
    /// knows why it stays null for units at other levels; empty when every level enters it.
    /// </summary>
    private static string LevelDoc(PlanSpec plan, EquatableArray<string> levels) =>
        levels.IsEmpty ? "" : "\nChỉ đơn vị cấp " + plan.LevelNames(levels) + " nhập (entered only at levels " + string.Join(", ", levels) + "); để trống ở các cấp khác.";
}
