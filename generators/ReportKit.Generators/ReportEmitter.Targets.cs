using System.Linq;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

// Targets (chỉ tiêu) compiled into the report class: each judged on the report's own values, as TargetQueries judges them.
internal static partial class ReportEmitter
{
    private static void EmitTargets(CSharpWriter w, PlanSpec plan, ReportSpec report, string className)
    {
        var targets = plan.TargetsOf(report);
        if (targets.Count == 0)
            return;
        w.Line();
        w.Line("/// <summary>The plan's targets judged on this report, compiled to C#: each on the report's own values.</summary>");
        w.Open("public static class " + Identifiers.TargetsClass);
        foreach (var target in targets)
        {
            var scope = target.IsConsolidated ? "Judged on the consolidated total in a summary." : "In a summary, judged on each unit of level " + target.Level + ".";
            w.Summary($"{target.Id}: {target.Label}\n{scope} True when met, false when not, null when the value is blank (not judged).");
            w.Line($"public static bool? {Identifiers.ToPascalCase(target.Id)}({className} report) => {Calc}.Meets(" +
                   $"{CompileExpression(plan, new IndicatorRefExpr(target.Indicator), "report.", report)}, global::ReportKit.Templates.TargetComparison.{target.Comparison}, {Literal(target.Threshold)});");
        }
        w.Close();
        w.Line();
        w.Line("/// <summary>Whether this report's values meet every target judged on it: false when one is missed, null when none is missed but one is blank.</summary>");
        w.Line($"public bool? {Identifiers.MeetsTargetsMember} => {Calc}.AllMet(" +
               string.Join(", ", targets.Select(t => $"{Identifiers.TargetsClass}.{Identifiers.ToPascalCase(t.Id)}(this)")) + ");");
    }
}
