using System.Collections.Generic;

namespace ReportKit.Templates.Parsing;

/// <summary>
/// The keys the reader accepts in each mapping of a plan template: the one list <see cref="PlanReader"/> checks keys
/// against (RK0003) and that the JSON Schema (templates/reportkit.plan.schema.json) must match (a test compares them).
/// The order is the order "the keys allowed here are …" lists them.
/// </summary>
internal static class TemplateKeys
{
    public static readonly string[] Root =
        { "reportkit", "plan", "assumptions", "sections", "contents", "forms", "levels", "units", "indicators", "narratives", "reports", "peak_dates", "rules", "categories",
          "targets", "events", "lists" };

    public static readonly string[] Plan =
        { "id", "revision", "kind", "genre", "number", "symbol", "issuer", "place", "date", "year", "title", "implements", "send_to", "recipients", "signature" };

    public static readonly string[] Issuer = { "name", "parent" };

    public static readonly string[] Signature = { "capacity", "title", "name" };

    /// <summary>A document the plan implements (<c>plan.implements</c>).</summary>
    public static readonly string[] DocumentRef = { "ref", "date", "by", "title" };

    /// <summary>A recipient written as a mapping (<c>{ name: …, tag: … }</c>).</summary>
    public static readonly string[] Recipient = { "name", "tag" };

    public static readonly string[] Section = { "no", "title", "holds", "items" };

    public static readonly string[] ContentItem = { "id", "no", "title", "items" };

    public static readonly string[] Form = { "id", "no", "title" };

    public static readonly string[] Level = { "id", "name" };

    public static readonly string[] Unit = { "id", "no", "name", "level", "tasks", "reports", "consolidates" };

    public static readonly string[] Indicator =
        { "id", "label", "unit", "type", "by", "min", "max", "formula", "format", "required", "group", "note", "additive", "levels", "exclude", "max_length", "phrase" };

    public static readonly string[] Narrative = { "id", "label", "required", "max_length", "hint", "levels" };

    public static readonly string[] Report =
        { "id", "title", "period", "from", "to", "due", "cutoff", "tiers", "indicators", "narratives", "assumption",
          "due_assumed", "compare", "cumulative", "phases", "periods", "lists", "outline" };

    /// <summary>A part of a report's outline (<c>outline:</c>, the đề cương of its báo cáo).</summary>
    public static readonly string[] OutlinePart = { "no", "title", "rates", "narratives", "indicators", "lists", "targets" };

    /// <summary>A report's <c>cutoff</c> written as a mapping (<c>{ end_day: 25 }</c>).</summary>
    public static readonly string[] CutOff = { "end_day", "by" };

    public static readonly string[] Tier = { "level", "due" };

    public static readonly string[] Due = { "before", "on", "month", "day", "days_after_end", "days_after_event", "event" };

    /// <summary>A named event with its date (<c>events:</c>).</summary>
    public static readonly string[] Event = { "id", "label", "date" };

    /// <summary>A phase (đợt) of a phase report.</summary>
    public static readonly string[] Phase = { "id", "label", "from", "to" };

    public static readonly string[] PeakDate = { "date", "label" };

    public static readonly string[] Rule = { "id", "check", "coverage", "message", "reports", "levels" };

    public static readonly string[] Coverage = { "indicator", "within", "min" };

    /// <summary>A category (<c>categories:</c>) and one of its options.</summary>
    public static readonly string[] Category = { "id", "title", "options" };

    public static readonly string[] CategoryOption = { "id", "title" };

    /// <summary>A target (<c>targets</c>): what it judges, its threshold, and whose values (a level's units with a share, or the total).</summary>
    public static readonly string[] Target =
        { "id", "label", "indicator", "at_least", "above", "at_most", "equals", "level", "share", "consolidated", "note" };

    /// <summary>A row list (<c>lists:</c>).</summary>
    public static readonly string[] List = { "id", "label", "rows", "note", "columns", "levels" };

    /// <summary>A column of a row list.</summary>
    public static readonly string[] ListColumn = { "id", "label", "type" };

    /// <summary>A list column's <c>type</c> written as a mapping (<c>{ choice: forms }</c>).</summary>
    public static readonly string[] ListColumnChoice = { "choice" };

    /// <summary>Every list, by the name of the schema's definition of that mapping (<c>$defs/…</c>; the root is <c>""</c>).</summary>
    public static IReadOnlyDictionary<string, string[]> BySchemaDefinition { get; } = new Dictionary<string, string[]>
    {
        [""] = Root, ["plan"] = Plan, ["issuer"] = Issuer, ["signature"] = Signature, ["documentRef"] = DocumentRef,
        ["recipient"] = Recipient, ["section"] = Section, ["contentItem"] = ContentItem, ["form"] = Form, ["level"] = Level,
        ["unit"] = Unit, ["indicator"] = Indicator, ["narrative"] = Narrative, ["report"] = Report, ["cutoff"] = CutOff,
        ["tier"] = Tier, ["due"] = Due, ["peakDate"] = PeakDate, ["rule"] = Rule, ["coverage"] = Coverage,
        ["category"] = Category, ["categoryOption"] = CategoryOption,
        ["target"] = Target,
        ["event"] = Event, ["phase"] = Phase,
        ["list"] = List, ["listColumn"] = ListColumn, ["listColumnChoice"] = ListColumnChoice,
        ["outlinePart"] = OutlinePart,
    };
}
