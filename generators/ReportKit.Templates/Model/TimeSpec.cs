namespace ReportKit.Templates;

// Time as plans state it: dated activity windows, phases (đợt) and named events. Bounds written as an event's id
// are resolved to the event's date when the template is read, so the runtime never looks events up.

/// <summary>A named event of the plan with its date (<c>Lễ kỷ niệm 50 năm … ngày 26/3/2025</c>), once, unlike a yearly peak date.</summary>
/// <param name="Id">The id deadlines and phase bounds refer to.</param>
/// <param name="Label">The event as the plan writes it.</param>
/// <param name="Date">Its date.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record EventSpec(string Id, string Label, CalendarDate Date, SourceSpan Location);

/// <summary>
/// A dated window of activity (<c>từ ngày 01/6/2020 đến ngày 31/7/2020</c>): the data window of a one-off report, or of
/// one phase. Both days are inclusive.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="FromEvent">The event whose date <paramref name="From"/> is, when the plan bounds the window by an event.</param>
/// <param name="ToEvent">The event whose date <paramref name="To"/> is, when the plan bounds the window by an event.</param>
public sealed record DatedWindowSpec(CalendarDate From, CalendarDate To, string? FromEvent = null, string? ToEvent = null);

/// <summary>A phase (đợt) of a <see cref="PeriodKind.Phase"/> report: one period, its key the phase's id.</summary>
/// <param name="Id">The id, the period's key (<c>dot_1</c>).</param>
/// <param name="Label">The phase as the plan names it (<c>Đợt 1</c>).</param>
/// <param name="Window">Its dates.</param>
/// <param name="Location">Where it is in the template.</param>
public sealed record PhaseSpec(string Id, string Label, DatedWindowSpec Window, SourceSpan Location);
