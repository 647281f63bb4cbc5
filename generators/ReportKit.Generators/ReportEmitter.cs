using System.Collections.Generic;
using System.Linq;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

/// <summary>
/// Emits one strongly typed submission class per report: indicator properties with the right numeric
/// types, disaggregations as typed groups, narrative parts, computed ratios and the plan's check rules
/// compiled to C#, and the entry points to validate and summarize through the runtime engine.
/// </summary>
internal static partial class ReportEmitter
{
    private const string Rk = "global::ReportKit.";
    private const string Calc = "global::ReportKit.Generated.ReportKitCalc";

    private static string ItemGroupClass(IndicatorSpec indicator) => Identifiers.ItemGroupClass(indicator.Id);

    public static void EmitItemGroup(CSharpWriter w, PlanSpec plan, IndicatorSpec indicator)
    {
        if (indicator.By == Disaggregation.CrossTab)
        {
            EmitCrossTab(w, plan, indicator);
            return;
        }

        var type = ValueType(indicator);
        w.Line();
        w.Summary($"{indicator.Label}: one value per {ItemNounDoc(plan, indicator)}; {nameof(indicator)} {indicator.Id}.");
        w.Open($"public sealed class {ItemGroupClass(indicator)}");
        var items = plan.ItemsOf(indicator);
        foreach (var (id, _, _) in items)
        {
            w.Summary(ItemDoc(plan, indicator, id));
            w.Line($"public {type}? {Identifiers.ToPascalCase(id)} {{ get; set; }}");
        }
        w.Line();
        w.Summary("The total over all items, leaving out values outside the indicator's range as the validator does; blank when no item has a value.");
        w.Line($"public {type}? {Identifiers.ItemTotal} => {Calc}.Sum({string.Join(", ", items.Select(i => Accepted(indicator, Identifiers.ToPascalCase(i.Id))))});");
        w.Line();
        w.Line("internal global::System.Collections.Generic.IEnumerable<(string ItemId, decimal? Value)> __Items()");
        w.Line("{");
        foreach (var (id, _, _) in items)
            w.Line($"    yield return ({Literal(id)}, {Identifiers.ToPascalCase(id)});");
        w.Line("}");
        w.Line();
        w.Line("internal void __Set(string itemId, decimal? value)");
        w.Line("{");
        w.Line("    switch (itemId)");
        w.Line("    {");
        foreach (var (id, _, _) in items)
            w.Line($"        case {Literal(id)}: {Identifiers.ToPascalCase(id)} = {FromDecimal(indicator, "value")}; break;");
        w.Line("    }");
        w.Line("}");
        w.Close();
    }

    public static void EmitReport(CSharpWriter w, PlanSpec plan, ReportSpec report)
    {
        var indicators = plan.IndicatorsOf(report);
        var narratives = plan.NarrativesOf(report);
        var className = ReportClassName(report);
        var period = PeriodParameters(report);

        w.Line();
        w.Summary(report.Title + "\n" + RegimeDoc(plan, report));
        w.Open($"public sealed partial class {className} : {Rk}IReportModel<{className}>");

        w.Line("/// <summary>The report's id in the plan.</summary>");
        w.Line($"public const string ReportId = {Literal(report.Id)};");
        w.Line();
        w.Line("/// <summary>Starts a report of <paramref name=\"unit\"/> for the given period.</summary>");
        w.Line("/// <param name=\"unit\">The reporting unit's id.</param>");
        foreach (var p in period.Parameters)
            w.Line($"/// <param name=\"{p.Name}\">{p.Doc}</param>");
        w.Open($"public {className}({string.Join(", ", new[] { "string unit" }.Concat(period.Parameters.Select(p => p.Type + " " + p.Name)))})");
        w.Line("Unit = unit ?? throw new global::System.ArgumentNullException(nameof(unit));");
        w.Line($"Period = {period.PeriodExpression};");
        w.Close();
        if (period.Parameters.Count > 0)
        {
            var kind = "global::ReportKit.Templates.PeriodKind." + report.Period;
            w.Line();
            w.Line("/// <summary>Starts a report of <paramref name=\"unit\"/> for <paramref name=\"period\"/>.</summary>");
            w.Line("/// <param name=\"unit\">The reporting unit's id.</param>");
            w.Line($"/// <param name=\"period\">A period of kind {report.Period} (<c>{period.KeyExample}</c>).</param>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">The period is of another kind.</exception>");
            w.Open($"public {className}(string unit, {Rk}ReportingPeriod period)");
            w.Line("Unit = unit ?? throw new global::System.ArgumentNullException(nameof(unit));");
            w.Line("Period = period ?? throw new global::System.ArgumentNullException(nameof(period));");
            w.Line($"if (period.Kind != {kind})");
            w.Line($"    throw new global::System.ArgumentException($\"report {report.Id} is by {report.Period}, not {{period.Kind}} ({{period.Key}})\", nameof(period));");
            EmitAskedCheck(w, report);
            w.Close();
        }
        w.Line();
        w.Line("/// <summary>The reporting unit's id.</summary>");
        w.Line("public string Unit { get; }");
        w.Line();
        w.Line("/// <summary>The period the report covers.</summary>");
        w.Line($"public {Rk}ReportingPeriod Period {{ get; }}");
        w.Line();
        w.Line($"/// <summary>The period's key (<c>{period.KeyExample}</c>), as forms and untyped submissions carry it.</summary>");
        w.Line("public string PeriodKey => Period.Key;");
        w.Line();
        w.Line("/// <summary>When the unit submitted it; decides on time or late.</summary>");
        w.Line("public global::System.DateOnly? SubmittedOn { get; set; }");
        w.Line();
        w.Line("/// <summary>Where it came from (a file name), for messages.</summary>");
        w.Line("public string? Source { get; set; }");

        foreach (var indicator in indicators)
        {
            var name = Identifiers.ToPascalCase(indicator.Id);
            w.Line();
            w.Summary(IndicatorDoc(indicator) + LevelDoc(plan, indicator.Levels));
            if (indicator.Type == IndicatorType.Ratio)
                w.Line($"public decimal? {name} => {CompileExpression(plan, indicator.Formula!, "", report)};");
            else if (indicator.By != Disaggregation.None)
                w.Line($"public {ItemGroupClass(indicator)} {name} {{ get; }} = new();");
            else
                w.Line($"public {ValueType(indicator)}? {name} {{ get; set; }}");
        }

        AnswerEmitter.EmitProperties(w, plan.AnswersOf(report));

        foreach (var narrative in narratives)
        {
            w.Line();
            w.Summary(narrative.Label + (narrative.Required ? " (bắt buộc)" : "") + (narrative.Hint is null ? "" : "\n" + narrative.Hint) + LevelDoc(plan, narrative.Levels));
            w.Line($"public string? {Identifiers.ToPascalCase(narrative.Id)} {{ get; set; }}");
        }

        foreach (var list in plan.ListsOf(report))
            ListEmitter.EmitListProperty(w, list);

        var checks = plan.RulesOf(report).Where(r => r.Kind == RuleKind.Check).ToList();
        if (checks.Count > 0)
        {
            w.Line();
            w.Line("/// <summary>The plan's check rules that apply to this report, compiled to C#.</summary>");
            w.Open("public static class " + Identifiers.RulesClass);
            foreach (var rule in checks)
            {
                w.Summary($"{rule.Id}: {rule.Message}\nTrue when it holds or cannot be judged yet (a value is blank).");
                w.Line($"public static bool {Identifiers.ToPascalCase(rule.Id)}({className} report) => {Calc}.Holds(" +
                       $"{CompileExpression(plan, rule.Left!, "report.", report)}, global::ReportKit.Templates.ComparisonOperator.{rule.Operator}, {CompileExpression(plan, rule.Right!, "report.", report)});");
            }
            w.Close();
        }

        EmitTargets(w, plan, report, className);
        EmitPeriods(w, plan, report);
        EmitConversions(w, plan, report, className, indicators, narratives);
        EmitEntryPoints(w, report, className, period);
        w.Close();
    }

    /// <summary>The report's class name: its id in PascalCase (the parser keeps it apart from every member name).</summary>
    public static string ReportClassName(ReportSpec report) => Identifiers.ToPascalCase(report.Id);

    private static void EmitConversions(CSharpWriter w, PlanSpec plan, ReportSpec report, string className,
        IReadOnlyList<IndicatorSpec> indicators, IReadOnlyList<NarrativeSpec> narratives)
    {
        w.Line();
        w.Line("/// <summary>The untyped submission the engine validates and sums.</summary>");
        w.Open($"public {Rk}Submission ToSubmission()");
        w.Line($"var submission = new {Rk}Submission(Spec.Id, ReportId, Unit, PeriodKey) {{ SubmittedOn = SubmittedOn, Source = Source }};");
        foreach (var indicator in indicators.Where(i => i.Type != IndicatorType.Ratio))
        {
            var name = Identifiers.ToPascalCase(indicator.Id);
            if (indicator.IsYesNo())
                w.Line($"submission = submission.WithValue({Literal(indicator.Id)}, {Calc}.FromBool({name}));");
            else if (indicator.By == Disaggregation.None)
                w.Line($"submission = submission.WithValue({Literal(indicator.Id)}, {name});");
            else
                w.Line($"foreach (var (item, value) in {name}.__Items()) submission = submission.WithValue({Literal(indicator.Id)}, item, value);");
        }
        foreach (var narrative in narratives)
            w.Line($"submission = submission.WithNarrative({Literal(narrative.Id)}, {Identifiers.ToPascalCase(narrative.Id)});");
        foreach (var list in plan.ListsOf(report))
            ListEmitter.EmitToSubmission(w, list);
        AnswerEmitter.EmitToSubmission(w, plan.AnswersOf(report));
        w.Line("return submission;");
        w.Close();

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Reads an untyped submission (an imported form) of this report back into the typed class. A value that is");
        w.Line("/// not a whole number in a whole-number indicator (which validation rejects) is left blank; whole numbers are");
        w.Line("/// <see cref=\"long\"/>, so every value validation accepts (up to 10^15) is kept.");
        w.Line("/// </summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">The submission belongs to another plan or report, or its period key is not one of this report's kind.</exception>");
        w.Open($"public static {className} FromSubmission({Rk}Submission submission)");
        w.Line("if (submission is null) throw new global::System.ArgumentNullException(nameof(submission));");
        w.Line("if (submission.PlanId != Spec.Id || submission.ReportId != ReportId)");
        w.Line("    throw new global::System.ArgumentException($\"the submission is for {submission.PlanId}/{submission.ReportId}, not {Spec.Id}/{ReportId}\", nameof(submission));");
        w.Line($"if (!{Rk}ReportingPeriod.TryParse(global::ReportKit.Templates.PeriodKind.{report.Period}, submission.PeriodKey, out var __period))");
        w.Line($"    throw new global::System.ArgumentException($\"the submission's period key '{{submission.PeriodKey}}' is not a {report.Period} key (e.g. {PeriodParameters(report).KeyExample})\", nameof(submission));");
        w.Line($"var report = new {className}(submission.UnitId, __period!, fromSubmission: true) {{ SubmittedOn = submission.SubmittedOn, Source = submission.Source }};");
        var entered = indicators.Where(i => i.Type != IndicatorType.Ratio).ToList();
        if (entered.Count > 0)
        {
            w.Line("foreach (var __entry in submission.Values)");
            w.Line("{");
            w.Line("    switch (__entry.Key.IndicatorId)");
            w.Line("    {");
            foreach (var indicator in entered)
            {
                var name = Identifiers.ToPascalCase(indicator.Id);
                w.Line(indicator.By == Disaggregation.None
                    ? $"        case {Literal(indicator.Id)}: report.{name} = {FromDecimal(indicator, "__entry.Value")}; break;"
                    : $"        case {Literal(indicator.Id)}: report.{name}.__Set(__entry.Key.ItemId ?? \"\", __entry.Value); break;");
            }
            w.Line("    }");
            w.Line("}");
        }
        foreach (var narrative in narratives)
        {
            // Locals start with "__", which no PascalCase id can, so they never clash with a template's names.
            var local = "__" + Identifiers.ToPascalCase(narrative.Id);
            w.Line($"report.{Identifiers.ToPascalCase(narrative.Id)} = submission.Narratives.TryGetValue({Literal(narrative.Id)}, out var {local}) ? {local} : null;");
        }
        foreach (var list in plan.ListsOf(report))
            ListEmitter.EmitFromSubmission(w, list);
        AnswerEmitter.EmitFromSubmission(w, plan.AnswersOf(report));
        w.Line("return report;");
        w.Close();

        w.Line();
        w.Line("// The period of an untyped submission is taken as it is (a year outside the plan's, say); the engine validates it.");
        w.Line($"private {className}(string unit, {Rk}ReportingPeriod period, bool fromSubmission)");
        w.Line("{");
        w.Line("    Unit = unit;");
        w.Line("    Period = period;");
        w.Line("}");
        w.Line();
        w.Line($"static global::ReportKit.Templates.PlanSpec {Rk}IReportModel<{className}>.Plan => {Identifiers.SpecMember};");
        w.Line();
        w.Line($"static global::ReportKit.Templates.ReportSpec {Rk}IReportModel<{className}>.Report => {Identifiers.SpecMember}.Reports[{plan.Reports.ToList().IndexOf(report)}];");
    }

    private static void EmitEntryPoints(CSharpWriter w, ReportSpec report, string className, PeriodParts period)
    {
        w.Line();
        w.Line("/// <summary>Checks types, ranges, required values and the plan's rules; each problem names unit, period and indicator.</summary>");
        w.Line("/// <param name=\"units\">The unit tree, so messages use unit names; optional.</param>");
        w.Line($"public global::System.Collections.Generic.IReadOnlyList<{Rk}ValidationProblem> Validate({Rk}UnitTree? units = null) =>");
        w.Line($"    {Rk}SubmissionValidator.Validate(Spec, ToSubmission(), units);");

        w.Line();
        w.Line("/// <summary>Consolidates the submissions of one period up the unit tree, with completeness and timeliness as of a date.</summary>");
        foreach (var p in period.Parameters)
            w.Line($"/// <param name=\"{p.Name}\">{p.Doc}</param>");
        w.Line("/// <param name=\"units\">The unit tree.</param>");
        w.Line("/// <param name=\"submissions\">The reports received (other periods are ignored; a unit's latest submission wins).</param>");
        w.Line("/// <param name=\"asOf\">The date the summary is made; decides what is missing and what is not yet due.</param>");
        var parameters = period.Parameters.Select(p => p.Type + " " + p.Name)
            .Concat(new[] { $"{Rk}UnitTree units", $"global::System.Collections.Generic.IEnumerable<{className}> submissions", "global::System.DateOnly asOf" });
        w.Open($"public static {Rk}ReportSummary Summarize({string.Join(", ", parameters)})");
        w.Line($"var periodKey = {period.PeriodExpression}.Key;");
        w.Line("var all = new global::System.Collections.Generic.List<global::ReportKit.Submission>();");
        w.Line("foreach (var s in submissions)");
        w.Line("    if (s.PeriodKey == periodKey) all.Add(s.ToSubmission());");
        w.Line($"return {Rk}Consolidator.Summarize(Spec, ReportId, periodKey, units, all, asOf);");
        w.Close();
    }

    private static string CompileExpression(PlanSpec plan, ExprSpec expression, string owner, ReportSpec report) => expression switch
    {
        NumberExpr n => Literal(n.Value),
        IndicatorRefExpr r => IndicatorValue(plan, r.Id, owner),
        ListAggregateExpr a => ListEmitter.Aggregate(plan, report, a, owner),
        BinaryExpr b => $"{Calc}.{b.Op switch { '+' => "Add", '-' => "Sub", '*' => "Mul", _ => "Div" }}({CompileExpression(plan, b.Left, owner, report)}, {CompileExpression(plan, b.Right, owner, report)})",
        _ => "null",
    };

    // A disaggregated indicator stands for its total in formulas and rules.
    // The validator leaves out values outside an indicator's range (a negative count, say); compiled
    // ratios and rules read values the same way, so the typed API and the engine agree.
    private static string IndicatorValue(PlanSpec plan, string id, string owner)
    {
        var indicator = plan.Indicators.First(i => i.Id == id);
        var name = owner + Identifiers.ToPascalCase(id);
        return indicator.Type == IndicatorType.Ratio ? $"(decimal?){name}"
            : indicator.IsYesNo() ? $"{Calc}.FromBool({name})"
            : indicator.By == Disaggregation.None ? Accepted(indicator, name)
            : $"(decimal?){name}.{Identifiers.ItemTotal}";
    }

    private static string Accepted(IndicatorSpec indicator, string value)
    {
        var accepted = AcceptedValues.Of(indicator);
        return accepted.WholeNumbers
            ? $"{Calc}.Accepted({value}, {Literal(accepted.Min)}, {Literal(accepted.Max)})"
            : $"{Calc}.Accepted((decimal?){value}, {Literal(accepted.Min)}, {Literal(accepted.Max)})";
    }

    private static string ValueType(IndicatorSpec indicator) =>
        indicator.Type switch { IndicatorType.Integer => "long", IndicatorType.YesNo => "bool", _ => "decimal" };

    private static string FromDecimal(IndicatorSpec indicator, string value) =>
        indicator.Type switch
        {
            IndicatorType.Integer => $"{Calc}.ToLong({value})",
            IndicatorType.YesNo => $"{Calc}.ToBool({value})",
            _ => value,
        };

    private static string IndicatorDoc(IndicatorSpec i)
    {
        var doc = i.Label + (i.Unit is null ? "" : " (" + i.Unit + ")");
        if (i.Type == IndicatorType.Ratio)
            doc += "\nTính từ công thức (computed): " + i.Formula;
        if (i.By == Disaggregation.Contents)
            doc += "\nTheo nội dung (by content item).";
        if (i.By == Disaggregation.Forms)
            doc += "\nTheo hình thức (by form).";
        if (i.By is Disaggregation.Category or Disaggregation.CrossTab)
            doc += "\n" + SplitDoc(i);
        if (i.IsYesNo())
            doc += "\nCó (true) hoặc Không (false).";
        if (i.Required)
            doc += "\nBắt buộc (required).";
        if (i.Note is not null)
            doc += "\n" + i.Note;
        return doc;
    }

    private static string ItemDoc(PlanSpec plan, IndicatorSpec indicator, string itemId)
    {
        if (indicator.By == Disaggregation.Contents)
        {
            var item = plan.Outline().Find(itemId)!.Item;
            return item.Path + " " + item.Title;
        }
        var cell = plan.CellsOf(indicator).First(c => c.ItemId == itemId);
        return (cell.No is null ? "" : cell.No + " ") + cell.Title;
    }

    // The regime and deadlines as the summary workbook's plan sheet words them (ReportWording).
    private static string RegimeDoc(PlanSpec plan, ReportSpec r) =>
        string.Join("\n", ReportWording.RegimeLines(plan, r)) + DataWindowDoc(r) + (r.Assumption is null ? "" : "\nGiả định (assumption): " + r.Assumption);

    // The data window forms and summaries print (ReportingCalendar.CutOffWindow), in words.
    private static string DataWindowDoc(ReportSpec r) =>
        ReportWording.DataWindow(r) is { } window ? "\nSố liệu tính " + window + "." : "";

    private sealed record PeriodParameter(string Name, string Doc, string Type = "int");

    private sealed record PeriodParts(IReadOnlyList<PeriodParameter> Parameters, string PeriodExpression, string KeyExample);

    private static PeriodParts PeriodParameters(ReportSpec report)
    {
        const string P = Rk + "ReportingPeriod.";
        var year = new PeriodParameter("year", "The year.");
        var parts = report.Period switch
        {
            PeriodKind.Year => new(new[] { year }, P + "ForYear(year)", "2024"),
            PeriodKind.NineMonths => new(new[] { year }, P + "ForNineMonths(year)", "2024-9M"),
            PeriodKind.HalfYear => new(new[] { year, new PeriodParameter("half", "1 for the first six months, 2 for the second.") }, P + "ForHalfYear(year, half)", "2024-H1"),
            PeriodKind.Quarter => new(new[] { year, new PeriodParameter("quarter", "The quarter, 1–4.") }, P + "ForQuarter(year, quarter)", "2024-Q1"),
            PeriodKind.Month => new(new[] { year, new PeriodParameter("month", "The month, 1–12.") }, P + "ForMonth(year, month)", "2024-03"),
            PeriodKind.Span => new(System.Array.Empty<PeriodParameter>(), $"{P}ForSpan({report.FromYear}, {report.ToYear})", $"{report.FromYear}-{report.ToYear}"),
            PeriodKind.Phase => new PeriodParts(new[] { new PeriodParameter("phase", "The phase's id (<c>dot_1</c>), one of <see cref=\"Phases\"/>.", "string") },
                P + "ForPhase(phase)", report.Phases.IsEmpty ? "dot_1" : report.Phases[0].Id),
            _ => new(System.Array.Empty<PeriodParameter>(), P + "Once", "once"),
        };
        // A phase, and a period of a regime limited to some, is checked against the report as it is made.
        return ChecksAsked(report) ? parts with { PeriodExpression = AskedHelper + "(" + parts.PeriodExpression + ")" } : parts;
    }
}
