using System.Linq;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

// Time as plans state it in the generated report class: a phase report's phases as typed periods, and the check
// that a period is one the regime asks for (a phase of the report, h1 of an H1-only regime).
internal static partial class ReportEmitter
{
    private const string AskedHelper = "__Asked";

    /// <summary>True when a period of the report's kind may still not be one of its periods (a phase, a limited regime).</summary>
    private static bool ChecksAsked(ReportSpec report) => report.Period == PeriodKind.Phase || !report.Periods.IsEmpty;

    /// <summary>In the constructor taking a period: refuses a period the regime does not ask for.</summary>
    private static void EmitAskedCheck(CSharpWriter w, ReportSpec report)
    {
        if (ChecksAsked(report))
            w.Line(AskedHelper + "(period);");
    }

    /// <summary>The phases as typed periods (<c>Phases.Dot1</c>) and the helper that checks a period against the report.</summary>
    private static void EmitPeriods(CSharpWriter w, PlanSpec plan, ReportSpec report)
    {
        if (!ChecksAsked(report))
            return;
        if (report.Period == PeriodKind.Phase)
        {
            w.Line();
            w.Line("/// <summary>The phases (đợt) of this report, each one of its periods.</summary>");
            w.Open("public static class " + Identifiers.PhasesClass);
            foreach (var phase in report.Phases.Where(p => RegimePeriods.Asks(report, p.Id)))
            {
                w.Summary(phase.Label + ": " + ReportWording.Window(phase.Window) + ".");
                w.Line($"public static {Rk}ReportingPeriod {Identifiers.ToPascalCase(phase.Id)} => {Rk}ReportingPeriod.ForPhase({Literal(phase.Id)});");
            }
            w.Close();
        }

        w.Line();
        w.Line("// The calendar refuses, in Vietnamese, a period the report does not have or its regime does not ask for.");
        w.Line($"private static {Rk}ReportingPeriod {AskedHelper}({Rk}ReportingPeriod period) =>");
        w.Line($"    {Rk}ReportingCalendar.PeriodOf({Identifiers.SpecMember}.Reports[{plan.Reports.ToList().IndexOf(report)}], period.Key);");
    }
}
