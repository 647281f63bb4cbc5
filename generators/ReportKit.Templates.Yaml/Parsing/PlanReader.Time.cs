using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates.Parsing;

// Time as plans state it: named events with their dates, a one-off report's dated window, the phases (đợt) of a
// phase report, the periods a regime is limited to, deadlines counted from an event. An event's date is copied
// into what refers to it, so the runtime's calendar needs only the report.
internal sealed partial class PlanReader
{
    private readonly IdTable _events = new("event");
    private readonly Dictionary<string, EventSpec> _eventsById = new(StringComparer.Ordinal);

    /// <summary>What a report says about its time beyond its kind and years.</summary>
    // HasWindow: a one-off report that states its dates (even wrongly), whose days_after_end counts from their end.
    private sealed record ReportTime(DatedWindowSpec? Window, EquatableArray<PhaseSpec> Phases, EquatableArray<string> Periods, bool HasWindow)
    {
        public static ReportTime None { get; } = new(null, default, default, false);
    }

    private EventSpec? ReadEvent(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: le_ky_niem, label: Lễ kỷ niệm 50 năm …, date: 2025-03-26 }",
            TemplateKeys.Event, _events);
        if (f is null)
            return null;

        var id = DeclareId(f, _events, required: true);
        var label = Text(f, "label", required: true);
        var date = Date(f, "date", required: true);
        if (id is null || label is null || date is null)
        {
            // Its id may be declared without a date: what refers to it is then not told "unknown" as well.
            _events.Incomplete = true;
            return null;
        }

        var spec = new EventSpec(id, label, date.Value, _sink.SpanOf(f.Map));
        if (!_eventsById.ContainsKey(id))
            _eventsById[id] = spec;
        return spec;
    }

    private ReportTime ReadReportTime(Fields f, string report, PeriodKind? period)
    {
        if (period is not { } kind)
            return ReportTime.None;
        var periodName = Periods.First(p => p.Value == kind).Name;
        DatedWindowSpec? window = null;
        var statesDates = kind == PeriodKind.Once && (f.Has("from") || f.Has("to"));
        var year = new[] { "from", "to" }.FirstOrDefault(k => f.Value(k) is YamlScalar y && int.TryParse(y.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (statesDates && year is not null)
            _sink.Report(TemplateDiagnostics.InvalidPeriodYears, _sink.SpanOf(f.KeyNode(year)!), report, periodName,
                "a one-off report has no years; its 'from' and 'to' are the first and last day of its activity, e.g. from: 2020-06-01, to: 2020-07-31 (or leave them out and give its deadline in 'due')");
        else if (statesDates)
            window = ReadWindow(f, "report '" + report + "'");
        if (kind == PeriodKind.Phase)
        {
            foreach (var key in new[] { "from", "to" }.Where(f.Has))
                NotFit(f, key, report, periodName, "a phase report's dates are its phases'; give each phase its 'from' and 'to'");
        }

        foreach (var key in new[] { "cutoff" }.Where(f.Has).Where(_ => kind is PeriodKind.Once or PeriodKind.Phase))
            NotFit(f, key, report, periodName, "a " + (kind == PeriodKind.Once ? "one-off report" : "phase") + "'s data window is its stated dates, no cut-off rule draws it");

        var phases = new List<PhaseSpec>();
        if (kind == PeriodKind.Phase)
        {
            var ids = new IdTable("phase");
            ids.ReserveGenerated(Identifiers.ObjectMembers, "a member every C# object has");
            phases = ReadList(f, "phases", "phase", (node, where, _) => ReadPhase(node, where, ids));
            if (phases.Count == 0 && !f.Has("phases"))
                _sink.Report(TemplateDiagnostics.MissingRequiredKey, _sink.SpanOf(f.Map), "'phases'", f.Where,
                    " (a phase report lists its phases: - { id: dot_1, label: Đợt 1, from: 2025-03-01, to: 2025-03-26 })");
            CheckPhaseOrder(report, phases);
        }
        else if (f.Has("phases"))
        {
            NotFit(f, "phases", report, periodName, "only a 'period: phase' report has phases");
        }

        return new ReportTime(window, phases.ToEquatableArray(), ReadRegimePeriods(f, report, kind, periodName, phases), statesDates);
    }

    private void NotFit(Fields f, string key, string report, string periodName, string why) =>
        _sink.Report(TemplateDiagnostics.TimeKeyDoesNotFitPeriod, _sink.SpanOf(f.KeyNode(key)!), key, report, periodName, why);

    private PhaseSpec? ReadPhase(YamlNode node, string where, IdTable ids)
    {
        var f = ElementFields(node, where, "a mapping such as { id: dot_1, label: Đợt 1, from: 2025-03-01, to: le_ky_niem }", TemplateKeys.Phase);
        if (f is null)
            return null;
        var id = DeclareId(f, ids, required: true);
        var label = Text(f, "label", required: true);
        var window = ReadWindow(f, "phase '" + (id ?? where) + "'");
        return id is null || label is null || window is null ? null : new PhaseSpec(id, label, window, _sink.SpanOf(f.Map));
    }

    /// <summary>A window's <c>from</c> and <c>to</c>, each a date or an event's id; RK0100 when it ends before it starts.</summary>
    private DatedWindowSpec? ReadWindow(Fields f, string what)
    {
        var from = ReadBound(f, "from");
        var to = ReadBound(f, "to");
        if (from is null || to is null)
            return null;
        if (CalendarRules.ToDateTime(to.Value.Date) < CalendarRules.ToDateTime(from.Value.Date))
        {
            _sink.Report(TemplateDiagnostics.WindowEndsBeforeStart, _sink.SpanOf(f.Value("to")!), what,
                ReportWording.Date(to.Value.Date), ReportWording.Date(from.Value.Date));
            return null;
        }

        return new DatedWindowSpec(from.Value.Date, to.Value.Date, from.Value.Event, to.Value.Event);
    }

    /// <summary>A day written as an ISO date or as the id of an event (the window then starts or ends on the event's date).</summary>
    private (CalendarDate Date, string? Event)? ReadBound(Fields f, string key)
    {
        var node = f.Value(key);
        if (node is null)
        {
            Missing(f, key);
            return null;
        }

        if (node is YamlScalar scalar && Identifiers.IsValidId(Clean(scalar.Value)))
        {
            var id = Clean(scalar.Value);
            return EventOf(id, _sink.SpanOf(scalar), f.Where) is { } found ? (found.Date, id) : null;
        }

        return Date(f, key) is { } date ? (date, null) : null;
    }

    /// <summary>The event named <paramref name="id"/>; RK0009 (with a "did you mean") when the plan has no such event.</summary>
    private EventSpec? EventOf(string id, SourceSpan span, string where)
    {
        if (_eventsById.TryGetValue(id, out var found))
            return found;
        if (!_events.Contains(id) && !_events.Incomplete)
        {
            var suggestion = Suggestions.Closest(id, _events.Ids);
            _sink.Report(TemplateDiagnostics.UnknownReference, span, "event", id, where,
                suggestion is null ? "; name it under 'events:' with its date ({ id: " + id + ", label: …, date: 2025-03-26 })" : "; did you mean '" + suggestion + "'?");
        }

        return null;
    }

    private DueSpec? ReadDueAfterEvent(Fields f, SourceSpan span)
    {
        var days = Int(f, "days_after_event", 0, 366, required: true);
        var id = Id(f, "event", required: true);
        if (days is null || id is null || !Identifiers.IsValidId(id))
            return null;
        var found = EventOf(id, _sink.SpanOf(f.Value("event")!), f.Where);
        return found is null ? null : new DueSpec(DueKind.DaysAfterEvent, found.Date, null, null, null, days, span, id);
    }

    /// <summary>RK0101: phases in date order, none starting before the one before it ends.</summary>
    private void CheckPhaseOrder(string report, List<PhaseSpec> phases)
    {
        for (var i = 1; i < phases.Count; i++)
        {
            var (before, phase) = (phases[i - 1], phases[i]);
            if (CalendarRules.ToDateTime(phase.Window.From) > CalendarRules.ToDateTime(before.Window.To))
                continue;
            var how = CalendarRules.ToDateTime(phase.Window.To) < CalendarRules.ToDateTime(before.Window.From) ? "comes before" : "overlaps";
            _sink.Report(TemplateDiagnostics.PhasesOverlap, phase.Location, report, phase.Id, Dates(phase.Window), how, before.Id, Dates(before.Window));
        }

        static string Dates(DatedWindowSpec w) => ReportWording.Date(w.From) + "–" + ReportWording.Date(w.To);
    }

    /// <summary><c>periods:</c>: the periods of each year the regime asks for, by their <see cref="RegimePeriods"/> names.</summary>
    private EquatableArray<string> ReadRegimePeriods(Fields f, string report, PeriodKind kind, string periodName, List<PhaseSpec> phases)
    {
        if (!f.Has("periods"))
            return default;
        if (!RegimePeriods.CanLimit(kind))
        {
            NotFit(f, "periods", report, periodName, "only half-yearly (h1, h2), quarterly (q1–q4), monthly (m1–m12) and phase reports can ask for some of their periods");
            return default;
        }

        var names = kind == PeriodKind.Phase ? phases.Select(p => p.Id).ToList() : RegimePeriods.Names(kind).ToList();
        var result = new List<string>();
        foreach (var name in ReadTextList(f, "periods"))
        {
            if (names.Contains(name))
            {
                if (!result.Contains(name))
                    result.Add(name);
                continue;
            }

            var node = ((YamlSequence)f.Value("periods")!).Items.First(i => i is YamlScalar s && Clean(s.Value) == name);
            var suggestion = Suggestions.Closest(name, names);
            _sink.Report(TemplateDiagnostics.UnknownRegimePeriod, _sink.SpanOf(node), report, periodName, name, string.Join(", ", names),
                suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        }

        // In the calendar's order, so the generated Spec does not depend on how the template lists them.
        return result.OrderBy(names.IndexOf).ToEquatableArray();
    }

    /// <summary>
    /// RK0031 for stated dates: a one-off report's window or a phase may not end after a deadline (a report sent on time
    /// could not hold its last days), nor a deadline come before it starts. <c>days_after_end</c> always comes after.
    /// </summary>
    private void CheckDatedWindows(ReportSpec report)
    {
        var windows = report.Window is { } own
            ? new[] { ("its dates", own) }
            : report.Phases.Select(p => ("phase '" + p.Id + "'", p.Window)).ToArray();
        var dues = new List<(string? Level, DueSpec Due)>();
        if (report.Due is not null)
            dues.Add((null, report.Due));
        dues.AddRange(report.Tiers.Select(t => ((string?)t.Level, t.Due)));
        dues.RemoveAll(d => d.Due.Kind == DueKind.DaysAfterEnd);
        foreach (var (level, due) in dues)
        {
            foreach (var (what, window) in windows)
            {
                if (CalendarRules.LastOnTimeDay(due, null, null) is not { } deadline || deadline >= CalendarRules.ToDateTime(window.To))
                    continue;
                var whose = level is null ? "its deadline" : "the deadline of level '" + level + "'";
                var problem = deadline < CalendarRules.ToDateTime(window.From) ? "start" : "end";
                _sink.Report(TemplateDiagnostics.DataWindowAfterDeadline, due.Location, report.Id,
                    whose + " (" + ReportWording.Date(deadline) + ") comes before the " + problem + " of " + what + " (" + ReportWording.Date(window.From) + "–" +
                    ReportWording.Date(window.To) + "): a report sent on time could not hold its data; transcribe the dates and the deadline as the document gives them");
            }
        }
    }
}
