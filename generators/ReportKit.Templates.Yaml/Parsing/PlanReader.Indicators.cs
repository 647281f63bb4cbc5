using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates.Parsing;

internal sealed partial class PlanReader
{
    private sealed class IndicatorRead
    {
        public IndicatorRead(IndicatorSpec spec, YamlNode idNode, YamlNode? typeNode, YamlNode? formulaNode, YamlNode? byNode)
        {
            Spec = spec;
            IdNode = idNode;
            TypeNode = typeNode;
            FormulaNode = formulaNode;
            ByNode = byNode;
        }

        public IndicatorSpec Spec { get; }

        public YamlNode IdNode { get; }

        public YamlNode? TypeNode { get; }

        public YamlNode? FormulaNode { get; }

        public YamlNode? ByNode { get; }

        /// <summary>The <c>required</c> key, where RK0033 points.</summary>
        public YamlNode? RequiredKey { get; init; }

        /// <summary>The <c>max</c> value, where RK0034 and RK0035 point.</summary>
        public YamlNode? MaxNode { get; init; }

        /// <summary>What <c>by:</c> and <c>exclude:</c> said (PlanReader.Categories.cs).</summary>
        public SplitRead? Split { get; init; }
    }

    private sealed class RuleRead
    {
        public RuleRead(RuleSpec spec, YamlNode? coverageIndicatorNode)
        {
            Spec = spec;
            CoverageIndicatorNode = coverageIndicatorNode;
        }

        public RuleSpec Spec { get; }

        public YamlNode? CoverageIndicatorNode { get; }

        /// <summary>The <c>check</c> value, where RK0035 points.</summary>
        public YamlNode? CheckNode { get; init; }
    }

    private static readonly (string Name, IndicatorType Value)[] IndicatorTypes =
    {
        ("integer", IndicatorType.Integer), ("decimal", IndicatorType.Decimal), ("ratio", IndicatorType.Ratio),
        ("yes_no", IndicatorType.YesNo), ("date", IndicatorType.Date), ("text", IndicatorType.Text), ("document", IndicatorType.Document),
    };

    private static readonly (string Name, ValueFormat Value)[] ValueFormats =
        { ("number", ValueFormat.Number), ("percent", ValueFormat.Percent) };

    private IndicatorRead? ReadIndicator(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: so_buoi, label: Số buổi sinh hoạt }",
            TemplateKeys.Indicator, _indicators);
        if (f is null)
            return null;

        var id = DeclareId(f, _indicators, required: true);
        var label = Text(f, "label", required: true);
        var unit = Text(f, "unit");
        var type = Enum(f, "type", required: false, IndicatorTypes) ?? IndicatorType.Integer;
        var split = ReadSplit(f, where);
        var by = split.By;
        var min = Decimal(f, "min");
        if (min is null && type == IndicatorType.Integer && !f.Has("min"))
            min = 0m;
        decimal? max = null;
        string? maxIndicator = null;
        if (f.Value("max") is { } maxNode)
        {
            if (maxNode is YamlScalar maxScalar && TryParseDecimal(maxScalar.Value, out var maxValue))
                max = maxValue;
            else if (maxNode is YamlScalar)
            {
                maxIndicator = Reference(f, "max", _indicators);
                if (maxIndicator is not null)
                    _numericReads.Add((maxIndicator, _sink.SpanOf(maxNode), "the 'max' of " + where));
            }
            else
                WrongType(f, "max", "a number or an indicator id", maxNode);
        }

        if (min is not null && max is not null && min > max)
        {
            _sink.Report(TemplateDiagnostics.ValueOutOfRange, _sink.SpanOf(f.Value("max")!), "max", where,
                "it is below min (" + min.Value.ToString(CultureInfo.InvariantCulture) + ")");
        }

        var formulaNode = f.Value("formula");
        ExprSpec? formula = null;
        var formulaText = Text(f, "formula");
        if (formulaText is not null && formulaNode is YamlScalar formulaScalar)
        {
            var parsed = ExpressionParser.Parse(formulaText);
            formula = CheckExpression(formulaScalar, formulaText, parsed.Error, parsed.References, "the formula of " + where) ? parsed.Expression : null;
            QueueAggregates(formulaScalar, formulaText, parsed.Aggregates, "the formula of " + where);
        }

        var format = Enum(f, "format", required: false, ValueFormats) ?? (type == IndicatorType.Ratio ? ValueFormat.Percent : ValueFormat.Number);
        var required = Bool(f, "required") ?? false;
        var group = Text(f, "group");
        var note = Text(f, "note");
        var additive = Bool(f, "additive") ?? true;
        if (!additive && by == Disaggregation.None && f.KeyNode("additive") is { } additiveKey)
        {
            // Only items can fail to add up: an undivided indicator has no total of its own to leave out.
            _sink.Report(TemplateDiagnostics.MissingRequiredKey, _sink.SpanOf(additiveKey), "'by'", where,
                " ('additive: false' is for an indicator split by contents or forms whose items overlap)");
            additive = true;
        }

        var levels = ReadLevelScope(f);
        var maxLength = ReadFieldTypeKeys(f, type, id ?? where);
        var phrase = FieldTypes.IsAmount(type) ? ReadPhrase(f, id ?? where) : null;
        if (id is null || label is null)
            return null;
        var spec = new IndicatorSpec(id, label, unit, type, by, min, max, maxIndicator, formula, format, required, group, note, _sink.SpanOf(f.Map), additive,
            levels,
            by is Disaggregation.Category or Disaggregation.CrossTab ? split.Dimensions.Select(d => d.Id).ToEquatableArray() : default,
            split.Exclude.Select(e => new ExcludedCellSpec(e.Row, e.Column)).ToEquatableArray() is { IsEmpty: false } exclude ? exclude : default,
            maxLength, phrase);
        return new IndicatorRead(spec, f.Value("id")!, f.Value("type"), formulaNode, f.Value("by"))
            { RequiredKey = f.KeyNode("required"), MaxNode = f.Value("max"), Split = split };
    }

    /// <summary>The indicator's <c>phrase</c>; RK0110 unless it holds the placeholder exactly once.</summary>
    private string? ReadPhrase(Fields f, string indicator)
    {
        var phrase = Text(f, "phrase");
        if (phrase is null)
            return null;
        var count = PlanQueries.PhrasePlaceholders(phrase);
        if (count == 1)
            return phrase;
        _sink.Report(TemplateDiagnostics.PhraseWithoutOnePlaceholder, _sink.SpanOf(f.Value("phrase")!), indicator,
            count.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>Reports an expression error at its column, and queues its indicator references. True when valid.</summary>
    private bool CheckExpression(YamlScalar node, string text, ExpressionError? error, EquatableArray<ExpressionReference> references, string where)
    {
        foreach (var reference in references)
        {
            var span = SpanInside(node, text, reference.Offset, reference.Length);
            _references.Add((_indicators, reference.Id, span, where));
            _numericReads.Add((reference.Id, span, where));
        }
        if (error is null)
            return true;
        _sink.Report(TemplateDiagnostics.InvalidExpression, SpanInside(node, text, error.Offset, 1), text,
            error.Message + " (at character " + (error.Offset + 1).ToString(CultureInfo.InvariantCulture) + ")");
        return false;
    }

    /// <summary>
    /// The span of characters inside a scalar. Exact for one-line scalars (the common case); for others,
    /// where the text no longer maps column for column, the scalar's start.
    /// </summary>
    private SourceSpan SpanInside(YamlScalar node, string cleanedText, int offset, int length)
    {
        if (node.Start.Line != node.End.Line || cleanedText.Length == 0)
            return _sink.SpanOf(node);
        var raw = node.Value;
        var lead = raw.Length - raw.TrimStart().Length + (node.IsQuoted ? 1 : 0);
        if (node.Value.IndexOf('\\') >= 0 || cleanedText.Length != raw.Trim().Length)
            return _sink.SpanOf(node);
        var start = new TextPosition(node.Start.Line, node.Start.Column + lead + offset, node.Start.Offset + lead + offset);
        var end = new TextPosition(start.Line, start.Column + length, start.Offset + length);
        return _sink.SpanOf(start, end);
    }

    private void CheckIndicators(List<IndicatorRead> indicators, List<ContentItemSpec> contents, List<FormSpec> forms)
    {
        foreach (var indicator in indicators)
        {
            var spec = indicator.Spec;
            if (spec.Type == IndicatorType.Ratio && indicator.FormulaNode is null)
                _sink.Report(TemplateDiagnostics.RatioWithoutFormula, _sink.SpanOf(indicator.TypeNode ?? indicator.IdNode), spec.Id);
            if (spec.Type != IndicatorType.Ratio && indicator.FormulaNode is not null)
            {
                var typeName = IndicatorTypes.First(t => t.Value == spec.Type).Name;
                _sink.Report(TemplateDiagnostics.FormulaOnNonRatio, _sink.SpanOf(indicator.FormulaNode), spec.Id, typeName);
            }

            if (spec.By is Disaggregation.Contents or Disaggregation.Forms && Identifiers.IsValidId(spec.Id))
            {
                // The per-item class is named "<Indicator>Values"; an item named the same would be a member named like its class.
                var className = Identifiers.ItemGroupClass(spec.Id);
                var items = spec.By == Disaggregation.Contents
                    ? new ContentOutline(contents).Nodes.Where(n => n.Item.Id is not null).Select(n => (n.Item.Id!, n.Item.Location, "content item"))
                    : forms.Select(x => (x.Id, x.Location, "form"));
                foreach (var (itemId, location, kind) in items.Where(i => Identifiers.ToPascalCase(i.Item1) == className))
                    _sink.Report(TemplateDiagnostics.ReservedGeneratedName, location, kind, itemId, className, "the class generated for indicator '" + spec.Id + "'");
            }

            if (spec.By == Disaggregation.Contents && contents.Count == 0 && !_contents.Incomplete)
                _sink.Report(TemplateDiagnostics.EmptyDisaggregation, _sink.SpanOf(indicator.ByNode!), spec.Id, "contents");
            if (spec.By == Disaggregation.Forms && forms.Count == 0 && !_forms.Incomplete)
                _sink.Report(TemplateDiagnostics.EmptyDisaggregation, _sink.SpanOf(indicator.ByNode!), spec.Id, "forms");
        }

        CheckFormulaCycles(indicators);
    }

    /// <summary>Finds ratio formulas that depend on themselves, iteratively (no recursion on template data).</summary>
    private void CheckFormulaCycles(List<IndicatorRead> indicators)
    {
        var byId = new Dictionary<string, IndicatorRead>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.ContainsKey(indicator.Spec.Id))
                byId[indicator.Spec.Id] = indicator;
        }

        IReadOnlyList<string> DependenciesOf(string id) =>
            byId.TryGetValue(id, out var read) && read.Spec.Formula is not null
                ? ExpressionParser.IndicatorIds(read.Spec.Formula).Where(byId.ContainsKey).ToList()
                : Array.Empty<string>();

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the current path, 2 = done
        foreach (var start in indicators)
        {
            if (start.Spec.Formula is null || state.ContainsKey(start.Spec.Id))
                continue;
            var path = new List<string> { start.Spec.Id };
            var pending = new Stack<(string Id, IReadOnlyList<string> Dependencies, int Next)>();
            pending.Push((start.Spec.Id, DependenciesOf(start.Spec.Id), 0));
            state[start.Spec.Id] = 1;
            while (pending.Count > 0)
            {
                var (id, dependencies, next) = pending.Pop();
                if (next >= dependencies.Count)
                {
                    state[id] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                pending.Push((id, dependencies, next + 1));
                var dependency = dependencies[next];
                state.TryGetValue(dependency, out var dependencyState);
                if (dependencyState == 1)
                {
                    var cycle = path.Skip(path.IndexOf(dependency)).Concat(new[] { dependency });
                    var culprit = byId[dependency];
                    _sink.Report(TemplateDiagnostics.FormulaCycle, _sink.SpanOf(culprit.FormulaNode ?? culprit.IdNode),
                        dependency, string.Join(" → ", cycle));
                }
                else if (dependencyState == 0)
                {
                    state[dependency] = 1;
                    path.Add(dependency);
                    pending.Push((dependency, DependenciesOf(dependency), 0));
                }
            }
        }
    }

    // ---------------------------------------------------------------- reports

    private static readonly (string Name, PeriodKind Value)[] Periods =
    {
        ("once", PeriodKind.Once), ("month", PeriodKind.Month), ("quarter", PeriodKind.Quarter), ("half_year", PeriodKind.HalfYear),
        ("nine_months", PeriodKind.NineMonths), ("year", PeriodKind.Year), ("span", PeriodKind.Span),
        ("phase", PeriodKind.Phase),
    };

    private static readonly (string Name, CutOffKind Value)[] CutOffKinds = { ("calendar", CutOffKind.Calendar), ("nd09", CutOffKind.Nd09) };

    private ReportSpec? ReadReport(YamlNode node, string where, DocumentKind? documentKind)
    {
        var f = ElementFields(node, where, "a mapping such as { id: hang_nam, title: …, period: year, from: 2023, due: { month: 11 } }",
            TemplateKeys.Report, _reports);
        if (f is null)
            return null;

        var id = DeclareId(f, _reports, required: true);
        var title = Text(f, "title", required: true);
        var period = Enum(f, "period", required: true, Periods);
        // A one-off report's from/to are the dates of its activity window, a phase report's dates are its phases'.
        var dated = period is PeriodKind.Once or PeriodKind.Phase;
        var from = dated ? null : Int(f, "from", MinYear, MaxYear);
        var to = dated ? null : Int(f, "to", MinYear, MaxYear);
        if (period is not null && !dated)
            CheckYears(f, id ?? where, period.Value, from, to);
        var time = ReadReportTime(f, id ?? where, period);

        DueSpec? due = null;
        if (f.Value("due") is { } dueNode)
            due = ReadDue(dueNode, period, "the due of " + where, time.HasWindow);
        var cutOff = ReadCutOff(f, documentKind);
        var tiers = ReadList(f, "tiers", "tier", (tierNode, tierWhere, _) => ReadTier(tierNode, tierWhere, period, time.HasWindow));
        var indicators = ReferenceList(f, "indicators", _indicators);
        var narratives = ReferenceList(f, "narratives", _narratives);
        var assumption = Text(f, "assumption");
        var (compare, cumulative) = (ComparisonList(f, id, "compare"), ComparisonList(f, id, "cumulative"));
        var lists = ReferenceList(f, "lists", _lists);
        var outline = ReadOutline(f, id);
        if (f.Value("due") is null && assumption is null && id is not null)
            _sink.Report(TemplateDiagnostics.DueWithoutAssumption, _sink.SpanOf(f.Map), id);
        var dueAssumed = Bool(f, "due_assumed") ?? false;
        if (dueAssumed && id is not null && (f.Value("due") is null || assumption is null))
        {
            _sink.Report(TemplateDiagnostics.DueAssumedMisused, _sink.SpanOf(f.KeyNode("due_assumed")!), id,
                f.Value("due") is null
                    ? "has no 'due' to mark; give the deadline you assumed in 'due', or remove 'due_assumed'"
                    : "has no 'assumption' saying what was assumed and why; write it in 'assumption'");
        }
        if (id is null || title is null || period is null)
            return null;
        var report = new ReportSpec(id, title, period.Value, from, to, due, cutOff, tiers.ToEquatableArray(), indicators.ToEquatableArray(),
            narratives.ToEquatableArray(), assumption, _sink.SpanOf(f.Map), WritesEmptyList(f, "indicators"), WritesEmptyList(f, "narratives"),
            compare.ToEquatableArray(), cumulative.ToEquatableArray(), time.Window, time.Phases, time.Periods, lists.ToEquatableArray(),
            outline.ToEquatableArray(), dueAssumed);
        CheckDataWindow(f, report);
        CheckDatedWindows(report);
        return report;
    }

    /// <summary>
    /// RK0031: the data window must fit the deadline. A stated cut-off may not end after the earliest deadline (the
    /// calendar only cuts a default window short, never one the document states), and no deadline may come before
    /// the window starts.
    /// </summary>
    private void CheckDataWindow(Fields f, ReportSpec report)
    {
        if (report.FromYear is null || (report.Period == PeriodKind.Span && (report.ToYear is null || report.ToYear < report.FromYear)))
            return;
        if (DataWindowQueries.FirstPeriod(report) is not { Deadline: { } deadline } fit)
            return;
        var period = report.Period == PeriodKind.Span
            ? report.FromYear!.Value.ToString(CultureInfo.InvariantCulture) + "-" + report.ToYear!.Value.ToString(CultureInfo.InvariantCulture)
            : report.FromYear!.Value.ToString(CultureInfo.InvariantCulture);
        var whose = fit.DeadlineLevel is null ? "its deadline" : "the deadline of level '" + fit.DeadlineLevel + "'";
        if (fit.DeadlineBeforeStart)
        {
            _sink.Report(TemplateDiagnostics.DataWindowAfterDeadline, fit.DeadlineDue!.Location, report.Id,
                whose + " (" + ReportWording.Date(deadline) + " for " + period + ") comes before its data window starts (" +
                ReportWording.Date(fit.From) + "), so no report could hold any data");
            return;
        }

        if (fit.EndsOnDeadline && f.Value("cutoff") is { } cutOffNode)
        {
            _sink.Report(TemplateDiagnostics.DataWindowAfterDeadline, _sink.SpanOf(cutOffNode), report.Id,
                "the stated cut-off gives a data window " + ReportWording.Date(fit.From) + "–" + ReportWording.Date(fit.StatedTo) +
                " for " + period + ", which ends after " + whose + " (" + ReportWording.Date(deadline) +
                "): a report sent on time could not hold its data; state the cut-off the document gives (one that ends by the deadline), or leave 'cutoff' out so the data run to the deadline");
        }
    }

    private void CheckYears(Fields f, string report, PeriodKind period, int? from, int? to)
    {
        var periodName = Periods.First(p => p.Value == period).Name;
        if (period == PeriodKind.Once)
        {
            foreach (var key in new[] { "from", "to" })
            {
                if (f.Value(key) is { } node)
                    _sink.Report(TemplateDiagnostics.InvalidPeriodYears, _sink.SpanOf(f.KeyNode(key)!), report, periodName,
                        "a one-off report has no '" + key + "'; give its deadline in 'due'");
            }

            return;
        }

        if (f.Value("from") is null)
        {
            var what = period == PeriodKind.Span
                ? "a span report needs 'from' and 'to', its first and last year (sơ kết 2023-2025: from: 2023, to: 2025)"
                : "a periodic report needs 'from', the first year it is due (từ năm 2023: from: 2023)";
            _sink.Report(TemplateDiagnostics.InvalidPeriodYears, _sink.SpanOf(f.Map), report, periodName, what);
            return;
        }

        if (period == PeriodKind.Span && f.Value("to") is null)
        {
            _sink.Report(TemplateDiagnostics.InvalidPeriodYears, _sink.SpanOf(f.Map), report, periodName,
                "a span report needs 'to', its last year (sơ kết 2023-2025: to: 2025)");
            return;
        }

        if (from is not null && to is not null && to < from)
        {
            _sink.Report(TemplateDiagnostics.InvalidPeriodYears, _sink.SpanOf(f.Value("to")!), report, periodName,
                "'to' (" + to.Value.ToString(CultureInfo.InvariantCulture) + ") is before 'from' (" + from.Value.ToString(CultureInfo.InvariantCulture) + ")");
        }
    }

    private CutOffSpec ReadCutOff(Fields f, DocumentKind? documentKind)
    {
        var fallback = new CutOffSpec(documentKind == DocumentKind.State ? CutOffKind.Nd09 : CutOffKind.Calendar, null);
        var node = f.Value("cutoff");
        if (node is null)
            return fallback;
        if (node is YamlMapping map)
        {
            var cf = new Fields(_sink, map, "the cutoff of " + f.Where, TemplateKeys.CutOff);
            var endDay = Int(cf, "end_day", 1, 28, required: true);
            var by = Text(cf, "by");
            return endDay is null ? fallback : new CutOffSpec(CutOffKind.EndDay, endDay, by);
        }

        var kind = Enum(f, "cutoff", required: false, CutOffKinds, extraAllowed: "{ end_day: 25 }");
        return kind is null ? fallback : new CutOffSpec(kind.Value, null);
    }

    private TierSpec? ReadTier(YamlNode node, string where, PeriodKind? period, bool hasWindow)
    {
        var f = ElementFields(node, where, "a mapping such as { level: chi_bo, due: { days_after_end: 5 } }", TemplateKeys.Tier);
        if (f is null)
            return null;
        var level = Reference(f, "level", _levels, required: true);
        DueSpec? due = null;
        if (f.Value("due") is { } dueNode)
            due = ReadDue(dueNode, period, "the due of " + where, hasWindow);
        else
            Missing(f, "due");
        return level is null || due is null ? null : new TierSpec(level, due);
    }

    private static readonly string[] DueKinds = { "before", "on", "month", "days_after_end", "days_after_event" };

    // hasWindow: a one-off report with a dated window, whose days_after_end counts from the window's end.
    private DueSpec? ReadDue(YamlNode node, PeriodKind? period, string where, bool hasWindow = false)
    {
        if (node is not YamlMapping map)
        {
            _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(node), "due", where.Substring("the due of ".Length),
                "a mapping: { before: 2023-04-20 }, { on: … }, { month: 11 }, { month: 2025-10 } or { days_after_end: 15 }", node.Describe());
            return null;
        }

        var f = new Fields(_sink, map, where, TemplateKeys.Due);
        var given = DueKinds.Where(k => f.KeyNode(k) is not null).OrderBy(k => f.KeyNode(k)!.Start.Offset).ToList();
        if (given.Count == 0)
        {
            _sink.Report(TemplateDiagnostics.MissingRequiredKey, _sink.SpanOf(map), "'before', 'on', 'month', 'days_after_end' or 'days_after_event'", where, "");
            return null;
        }

        if (given.Count > 1)
        {
            _sink.Report(TemplateDiagnostics.ConflictingKeys, _sink.SpanOf(f.KeyNode(given[1])!), given[1], given[0], where,
                "a due date is exactly one of before, on, month, days_after_end, days_after_event");
            return null;
        }

        var kind = given[0];
        if (kind != "month" && f.KeyNode("day") is { } dayKey)
        {
            _sink.Report(TemplateDiagnostics.ConflictingKeys, _sink.SpanOf(dayKey), "day", kind, where, "'day' only goes with 'month'");
            return null;
        }

        if (kind != "days_after_event" && f.KeyNode("event") is { } eventKey)
        {
            _sink.Report(TemplateDiagnostics.ConflictingKeys, _sink.SpanOf(eventKey), "event", kind, where, "'event' only goes with 'days_after_event'");
            return null;
        }

        var periodName = period is null ? null : Periods.First(p => p.Value == period).Name;
        var recurs = period is not null && period != PeriodKind.Once && period != PeriodKind.Span;
        var span = _sink.SpanOf(map);
        switch (kind)
        {
            case "before":
            case "on":
            {
                var date = Date(f, kind, required: true);
                if (date is null)
                    return null;
                if (recurs)
                {
                    _sink.Report(TemplateDiagnostics.DueDoesNotFitPeriod, _sink.SpanOf(f.Value(kind)!), kind + ": " + date, periodName!,
                        "a fixed date happens once, but this report recurs; use 'month' (and 'day') or 'days_after_end'");
                    return null;
                }

                return new DueSpec(kind == "before" ? DueKind.Before : DueKind.On, date, null, null, null, null, span);
            }

            case "month" when period == PeriodKind.Phase:
                _sink.Report(TemplateDiagnostics.DueDoesNotFitPeriod, _sink.SpanOf(f.Value("month") ?? map), "month", periodName!,
                    "a phase report is due once per phase; use 'days_after_end' (days after the phase ends) or 'days_after_event'");
                return null;
            case "month":
                return ReadDueMonth(f, period, periodName, recurs, span);
            case "days_after_event":
                return ReadDueAfterEvent(f, span);
            default:
            {
                var days = Int(f, "days_after_end", 0, 366, required: true);
                if (days is null)
                    return null;
                if (period == PeriodKind.Once && !hasWindow)
                {
                    _sink.Report(TemplateDiagnostics.DueDoesNotFitPeriod, _sink.SpanOf(f.Value("days_after_end")!), "days_after_end: " + days.Value.ToString(CultureInfo.InvariantCulture),
                        periodName!, "a one-off report has no period end unless it states its dates ('from: 2020-06-01', 'to: 2020-07-31'); use 'before', 'on' or 'month: yyyy-MM', or give the dates");
                    return null;
                }

                return new DueSpec(DueKind.DaysAfterEnd, null, null, null, null, days, span);
            }
        }
    }

    private DueSpec? ReadDueMonth(Fields f, PeriodKind? period, string? periodName, bool recurs, SourceSpan span)
    {
        var node = f.Value("month");
        if (node is null)
        {
            Missing(f, "month");
            return null;
        }

        var text = node is YamlScalar scalar ? Clean(scalar.Value) : null;
        var match = text is null ? null : YearMonth.Match(text);
        if (match is null || !match.Success)
        {
            WrongType(f, "month", "a month (11) or a year and month (2025-10)", node);
            return null;
        }

        int? year = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(node), text!, YearProblem(year.Value));
            return null;
        }

        if (month < 1 || month > 12)
        {
            _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(node), text!, "month " + month.ToString(CultureInfo.InvariantCulture) + " does not exist; months run from 1 to 12");
            return null;
        }

        int? day = null;
        if (f.Value("day") is { } dayNode)
        {
            day = Int(f, "day", 1, 31);
            if (day is null)
                return null;
            var problem = CalendarProblem(year, month, day.Value);
            if (problem is not null)
            {
                _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(dayNode),
                    (year is null ? "" : year.Value.ToString("D4", CultureInfo.InvariantCulture) + "-") +
                    month.ToString("D2", CultureInfo.InvariantCulture) + "-" + day.Value.ToString("D2", CultureInfo.InvariantCulture), problem);
                return null;
            }
        }

        if (period is not null)
        {
            var written = "month: " + text;
            if (year is null && !recurs)
            {
                _sink.Report(TemplateDiagnostics.DueDoesNotFitPeriod, _sink.SpanOf(node), written, periodName!,
                    "a " + (period == PeriodKind.Span ? "span" : "one-off") + " report is due once, so give the year too, e.g. 'month: 2025-" + month.ToString("D2", CultureInfo.InvariantCulture) + "'");
                return null;
            }

            if (year is not null && recurs)
            {
                _sink.Report(TemplateDiagnostics.DueDoesNotFitPeriod, _sink.SpanOf(node), written, periodName!,
                    "a recurring report is due in the same month of every year; write the month alone, e.g. 'month: " + month.ToString(CultureInfo.InvariantCulture) + "'");
                return null;
            }

            if (year is null && period is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.HalfYear)
            {
                _sink.Report(TemplateDiagnostics.DueDoesNotFitPeriod, _sink.SpanOf(node), written, periodName!,
                    "this report recurs several times a year, so one month of the year cannot be its deadline; use 'days_after_end'");
                return null;
            }
        }

        return new DueSpec(DueKind.InMonth, null, year, month, day, null, span);
    }

    private static readonly System.Text.RegularExpressions.Regex YearMonth =
        new(@"^(?:(\d{4})-)?(\d{1,2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // ---------------------------------------------------------------- rules

    private RuleRead? ReadRule(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: du_le, check: \"dang_vien_du <= dang_vien\", message: … }",
            TemplateKeys.Rule, _rules);
        if (f is null)
            return null;

        var id = DeclareId(f, _rules, required: true);
        var message = Text(f, "message", required: true);
        var reports = ReferenceList(f, "reports", _reports);
        var levels = ReadLevelScope(f);
        var checkKey = f.KeyNode("check");
        var coverageKey = f.KeyNode("coverage");
        if (checkKey is not null && coverageKey is not null)
        {
            var second = checkKey.Start.Offset > coverageKey.Start.Offset ? checkKey : coverageKey;
            _sink.Report(TemplateDiagnostics.ConflictingKeys, _sink.SpanOf(second), second.Value, second == checkKey ? "coverage" : "check", where,
                "a rule is either a check or a coverage rule");
            return null;
        }

        if (checkKey is null && coverageKey is null)
        {
            _sink.Report(TemplateDiagnostics.MissingRequiredKey, _sink.SpanOf(f.Map), "'check' or 'coverage'", where, "");
            return null;
        }

        if (checkKey is not null)
        {
            var text = Text(f, "check", required: true);
            if (text is null || f.Value("check") is not YamlScalar scalar)
                return null;
            var parsed = ExpressionParser.ParseComparison(text);
            QueueAggregates(scalar, text, parsed.Aggregates, where);
            if (!CheckExpression(scalar, text, parsed.Error, parsed.References, where) || id is null || message is null)
                return null;
            return new RuleRead(new RuleSpec(id, RuleKind.Check, parsed.Left, parsed.Operator, parsed.Right, null, message, reports.ToEquatableArray(), _sink.SpanOf(f.Map),
                levels), null) { CheckNode = scalar };
        }

        var coverageMap = Mapping(f, "coverage", required: true, "a mapping such as { indicator: so_buoi, within: cot_loi, min: 1 }");
        if (coverageMap is null)
            return null;
        var cf = new Fields(_sink, coverageMap, "the coverage of " + where, TemplateKeys.Coverage);
        var indicator = Reference(cf, "indicator", _indicators, required: true);
        var within = Reference(cf, "within", _contents);
        var min = Int(cf, "min", 1, int.MaxValue) ?? 1;
        if (id is null || message is null || indicator is null)
            return null;
        _numericReads.Add((indicator, _sink.SpanOf(cf.Value("indicator")!), "the coverage of " + where));
        var coverage = new CoverageSpec(indicator, within, min);
        return new RuleRead(
            new RuleSpec(id, RuleKind.Coverage, null, default, null, coverage, message, reports.ToEquatableArray(), _sink.SpanOf(f.Map), levels),
            cf.Value("indicator"));
    }

    private void CheckRules(List<RuleRead> rules, List<IndicatorRead> indicators)
    {
        var byId = new Dictionary<string, IndicatorSpec>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.ContainsKey(indicator.Spec.Id))
                byId[indicator.Spec.Id] = indicator.Spec;
        }

        foreach (var rule in rules)
        {
            if (rule.Spec.Coverage is { } coverage && byId.TryGetValue(coverage.Indicator, out var indicator) && indicator.By != Disaggregation.Contents)
                _sink.Report(TemplateDiagnostics.CoverageNeedsContents, _sink.SpanOf(rule.CoverageIndicatorNode!), rule.Spec.Id, coverage.Indicator);
        }
    }

    /// <summary>
    /// A report that lists its indicators must list what its ratios and rules read: the generated report class
    /// has a property only for what the report asks for.
    /// </summary>
    private void CheckReportContents(List<ReportSpec> reports, List<RuleRead> rules, List<IndicatorRead> indicators)
    {
        var byId = new Dictionary<string, IndicatorSpec>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.ContainsKey(indicator.Spec.Id))
                byId[indicator.Spec.Id] = indicator.Spec;
        }

        foreach (var report in reports.Where(r => !r.Indicators.IsEmpty || r.NoIndicators))
        {
            foreach (var id in report.Indicators)
            {
                if (!byId.TryGetValue(id, out var ratio) || ratio.Formula is null)
                    continue;
                foreach (var missing in ExpressionParser.IndicatorIds(ratio.Formula).Distinct().Where(i => byId.ContainsKey(i) && !report.Indicators.Contains(i)))
                    _sink.Report(TemplateDiagnostics.ReportLacksIndicator, report.Location, report.Id, missing, "ratio '" + ratio.Id + "'");
            }

            foreach (var rule in rules.Where(r => r.Spec.Reports.Contains(report.Id)))
            {
                foreach (var missing in PlanQueries.IndicatorIdsOf(rule.Spec).Distinct().Where(i => byId.ContainsKey(i) && !report.Indicators.Contains(i)))
                    _sink.Report(TemplateDiagnostics.ReportLacksIndicator, rule.Spec.Location, report.Id, missing, "rule '" + rule.Spec.Id + "'");
            }
        }
    }

    /// <summary>
    /// The per-item class of a disaggregated indicator ("SoBuoiValues") sits in the plan class beside the report
    /// classes: no report, and not the plan itself, may take its name.
    /// </summary>
    private void CheckItemClassNames(List<IndicatorRead> indicators, List<ReportSpec> reports, PlanSpec? plan)
    {
        foreach (var indicator in indicators.Where(i => i.Spec.By != Disaggregation.None && Identifiers.IsValidId(i.Spec.Id)))
        {
            var className = Identifiers.ItemGroupClass(indicator.Spec.Id);
            var use = "the class generated for indicator '" + indicator.Spec.Id + "'";
            foreach (var report in reports.Where(r => Identifiers.ToPascalCase(r.Id) == className))
                _sink.Report(TemplateDiagnostics.ReservedGeneratedName, report.Location, "report", report.Id, className, use);
            if (plan is not null && Identifiers.ToPascalCase(plan.Id) == className)
                _sink.Report(TemplateDiagnostics.ReservedGeneratedName, plan.Location, "plan", plan.Id, className, use);
        }
    }

    private void ResolveReferences()
    {
        foreach (var (table, id, span, where) in _references)
        {
            if (table.Contains(id) || table.Incomplete || !Identifiers.IsValidId(id))
                continue;
            var suggestion = Suggestions.Closest(id, table.Ids);
            var hint = suggestion is null ? "" : "; did you mean '" + suggestion + "'?";
            _sink.Report(TemplateDiagnostics.UnknownReference, span, table.Kind, id, where, hint);
        }
    }
}
