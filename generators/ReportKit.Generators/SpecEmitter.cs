using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

/// <summary>
/// Emits a C# expression that rebuilds a <see cref="PlanSpec"/> at run time, so the application
/// never reads YAML. Source locations keep only the template's file name (no build-machine paths).
/// </summary>
internal static class SpecEmitter
{
    private const string Ns = "global::ReportKit.Templates.";

    // Top-level lists put one element per line so the generated file reads (and diffs) like the template.
    public static string Plan(PlanSpec p) =>
        $"new {Ns}PlanSpec({p.FormatVersion}, {Literal(p.Id)}, {p.Revision},\n" +
        $"            {Document(p.Document)},\n" +
        $"            {Array(p.Sections, Section, Top)},\n" +
        $"            {Array(p.Contents, Content, Top)},\n" +
        $"            {Array(p.Forms, f => $"new {Ns}FormSpec({Literal(f.Id)}, {Literal(f.No)}, {Literal(f.Title)}, {Span(f.Location)})", Top)},\n" +
        $"            {Array(p.Levels, l => $"new {Ns}LevelSpec({Literal(l.Id)}, {Literal(l.Name)}, {Span(l.Location)})", Top)},\n" +
        $"            {Array(p.Units, Unit, Top)},\n" +
        $"            {Array(p.Indicators, Indicator, Top)},\n" +
        $"            {Array(p.Narratives, n => $"new {Ns}NarrativeSpec({Literal(n.Id)}, {Literal(n.Label)}, {Literal(n.Required)}, {Literal(n.MaxLength)}, {Literal(n.Hint)}, {Span(n.Location)})", Top)},\n" +
        $"            {Array(p.Reports, Report, Top)},\n" +
        $"            {Array(p.PeakDates, d => $"new {Ns}PeakDateSpec({d.Day}, {d.Month}, {Literal(d.Label)}, {Span(d.Location)})", Top)},\n" +
        $"            {Array(p.Rules, Rule, Top)},\n" +
        $"            {Strings(p.Assumptions, Top)},\n" +
        $"            {Span(p.Location)})";

    private const string Top = "\n                ";

    private static string Document(DocumentSpec d) =>
        $"new {Ns}DocumentSpec({Ns}DocumentKind.{d.Kind}, {Literal(d.Genre)}, {Literal(d.Number)}, {Literal(d.Symbol)}, " +
        $"new {Ns}IssuerSpec({Literal(d.Issuer.Name)}, {Literal(d.Issuer.Parent)}), {Literal(d.Place)}, {Date(d.Date)}, {Literal(d.Year)}, " +
        $"{Literal(d.Title)}, " +
        $"{Array(d.Implements, r => $"new {Ns}DocumentRefSpec({Literal(r.Ref)}, {Date(r.Date)}, {Literal(r.By)}, {Literal(r.Title)})")}, " +
        $"{Array(d.SendTo, Recipient)}, {Array(d.Recipients, Recipient)}, " +
        (d.Signature is { } s ? $"new {Ns}SignatureSpec({Literal(s.Capacity)}, {Literal(s.Title)}, {Literal(s.Name)}))" : "null)");

    private static string Recipient(RecipientSpec r) => $"new {Ns}RecipientSpec({Literal(r.Name)}, {Literal(r.Tag)})";

    private static string Section(SectionSpec s) =>
        $"new {Ns}SectionSpec({Literal(s.No)}, {Literal(s.Title)}, {Ns}SectionRole.{s.Role}, {Array(s.Items, Section)}, {Span(s.Location)})";

    private static string Content(ContentItemSpec c) =>
        $"new {Ns}ContentItemSpec({Literal(c.Id)}, {Literal(c.No)}, {Literal(c.Path)}, {Literal(c.Title)}, {Array(c.Items, Content)}, {Span(c.Location)})";

    private static string Unit(UnitSpec u) =>
        $"new {Ns}UnitSpec({Literal(u.Id)}, {Literal(u.No)}, {Literal(u.Name)}, {Literal(u.Level)}, " +
        $"{Strings(u.Tasks)}, {Strings(u.Reports)}, {Strings(u.Consolidates)}, {Span(u.Location)})";

    private static string Indicator(IndicatorSpec i) =>
        $"new {Ns}IndicatorSpec({Literal(i.Id)}, {Literal(i.Label)}, {Literal(i.Unit)}, {Ns}IndicatorType.{i.Type}, " +
        $"{Ns}Disaggregation.{i.By}, {Literal(i.Min)}, {Literal(i.Max)}, {Literal(i.MaxIndicator)}, {Expr(i.Formula)}, " +
        $"{Ns}ValueFormat.{i.Format}, {Literal(i.Required)}, {Literal(i.Group)}, {Literal(i.Note)}, {Span(i.Location)}" +
        (i.Additive ? ")" : ", false)"); // written only when false: the default keeps other plans' source as it was

    private static string Report(ReportSpec r) =>
        $"new {Ns}ReportSpec({Literal(r.Id)}, {Literal(r.Title)}, {Ns}PeriodKind.{r.Period}, {Literal(r.FromYear)}, {Literal(r.ToYear)}, " +
        $"{Due(r.Due)}, new {Ns}CutOffSpec({Ns}CutOffKind.{r.CutOff.Kind}, {Literal(r.CutOff.EndDay)}), " +
        $"{Array(r.Tiers, t => $"new {Ns}TierSpec({Literal(t.Level)}, {Due(t.Due)})")}, " +
        $"{Strings(r.Indicators)}, {Strings(r.Narratives)}, {Literal(r.Assumption)}, {Span(r.Location)})";

    private static string Due(DueSpec? d) => d is null
        ? "null"
        : $"new {Ns}DueSpec({Ns}DueKind.{d.Kind}, {Date(d.Date)}, {Literal(d.Year)}, {Literal(d.Month)}, {Literal(d.Day)}, {Literal(d.Days)}, {Span(d.Location)})";

    private static string Rule(RuleSpec r) =>
        $"new {Ns}RuleSpec({Literal(r.Id)}, {Ns}RuleKind.{r.Kind}, {Expr(r.Left)}, {Ns}ComparisonOperator.{r.Operator}, {Expr(r.Right)}, " +
        (r.Coverage is null ? "null" : $"new {Ns}CoverageSpec({Literal(r.Coverage.Indicator)}, {Literal(r.Coverage.Within)}, {r.Coverage.Min})") +
        $", {Literal(r.Message)}, {Strings(r.Reports)}, {Span(r.Location)})";

    private static string Expr(ExprSpec? e) => e switch
    {
        null => "null",
        NumberExpr n => $"new {Ns}NumberExpr({Literal(n.Value)})",
        IndicatorRefExpr r => $"new {Ns}IndicatorRefExpr({Literal(r.Id)})",
        BinaryExpr b => $"new {Ns}BinaryExpr('{b.Op}', {Expr(b.Left)}, {Expr(b.Right)})",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown expression node"),
    };

    private static string Date(CalendarDate? d) =>
        d is { } v ? $"new {Ns}CalendarDate({v.Year}, {v.Month}, {v.Day})" : "null";

    private static string Span(SourceSpan s) =>
        $"new {Ns}SourceSpan({Literal(Path.GetFileName(s.Path))}, {s.StartOffset}, {s.EndOffset}, {s.StartLine}, {s.StartColumn}, {s.EndLine}, {s.EndColumn})";

    private static string Strings(EquatableArray<string> items, string separator = "") => items.IsEmpty
        ? $"{Ns}EquatableArray<string>.Empty"
        : $"{Ns}EquatableArray.Create<string>({separator}{string.Join("," + (separator.Length == 0 ? " " : separator), items.Select(x => Literal(x)))})";

    private static string Array<T>(EquatableArray<T> items, Func<T, string> emit, string separator = "") where T : IEquatable<T> => items.IsEmpty
        ? $"{Ns}EquatableArray<{Ns}{typeof(T).Name}>.Empty"
        : $"{Ns}EquatableArray.Create<{Ns}{typeof(T).Name}>({separator}{string.Join("," + (separator.Length == 0 ? " " : separator), items.Select(emit))})";
}
