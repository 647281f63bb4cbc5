using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace ReportKit;

/// <summary>
/// One unit's report for one period: the type every input path converts to (typed generated classes,
/// imported Excel forms, consolidated results passed upward). Immutable and value-equatable; build it with
/// the constructor, object initializer, <see cref="WithValue(string, decimal?)"/> and <see cref="WithNarrative"/>,
/// or <c>with</c>.
/// </summary>
/// <example>
/// <code>
/// var s = new Submission("KeHoach76", "hang_nam", "chi_bo_01", "2024") { SubmittedOn = new(2024, 11, 20), Source = "chi_bo_01.xlsx" }
///     .WithValue("dang_vien", 25).WithValue("dang_vien_du", 24)
///     .WithValue("so_buoi", "tong_quat", 1)
///     .WithNarrative("kien_nghi", "Không");
/// </code>
/// </example>
/// <param name="PlanId">The plan's id (<c>KeHoach76</c>).</param>
/// <param name="ReportId">The report's id (<c>hang_nam</c>).</param>
/// <param name="UnitId">The submitting unit's id.</param>
/// <param name="PeriodKey">The period key (<c>2024</c>, <c>once</c>…), see <see cref="ReportingPeriod.Key"/>.</param>
public sealed record Submission(string PlanId, string ReportId, string UnitId, string PeriodKey)
{
    /// <summary>The day it was submitted; null when unknown (then it counts as received but never as on time).</summary>
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>Where it came from (a file name, a form id), shown in messages; may be null.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Null for a unit's own report. Set when the submission is a consolidating unit's summary passed up (the relay,
    /// <see cref="ReportSummary.ToSubmission"/>): its values stand for the unit's whole subtree, its own activity
    /// included, and this is what the lower level counted of the reports below it.
    /// </summary>
    public RelayCompleteness? Relay { get; init; }

    /// <summary>True when this is a consolidated result passed up (<see cref="Relay"/> is set).</summary>
    public bool IsRelay => Relay is not null;

    /// <summary>Entered values; a null value is a cell left blank. Sorted by key, so iteration is deterministic.</summary>
    /// <remarks>Whatever comparer the given dictionary has, the keys are kept in <see cref="ValueKey"/> order.</remarks>
    public ImmutableSortedDictionary<ValueKey, decimal?> Values
    {
        get => _values;
        init => _values = value.WithComparers(Comparer<ValueKey>.Default);
    }

    private readonly ImmutableSortedDictionary<ValueKey, decimal?> _values = ImmutableSortedDictionary<ValueKey, decimal?>.Empty;

    /// <summary>Narrative texts by narrative id, sorted ordinally by id.</summary>
    /// <remarks>Whatever comparer the given dictionary has, the ids are kept in ordinal order.</remarks>
    public ImmutableSortedDictionary<string, string?> Narratives
    {
        get => _narratives;
        init => _narratives = value.WithComparers(StringComparer.Ordinal);
    }

    private readonly ImmutableSortedDictionary<string, string?> _narratives =
        ImmutableSortedDictionary.Create<string, string?>(StringComparer.Ordinal);

    /// <summary>Row lists by list id, sorted ordinally: the rows filled, in the order of the form.</summary>
    /// <remarks>
    /// Whatever comparer the given dictionary has, the ids are kept in ordinal order; a list without rows is not kept, so a
    /// list left empty and one not given are the same submission.
    /// </remarks>
    public ImmutableSortedDictionary<string, ImmutableArray<ListRow>> Lists
    {
        get => _lists;
        init => _lists = value.Where(l => !l.Value.IsDefaultOrEmpty).ToImmutableSortedDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
    }

    private readonly ImmutableSortedDictionary<string, ImmutableArray<ListRow>> _lists =
        ImmutableSortedDictionary.Create<string, ImmutableArray<ListRow>>(StringComparer.Ordinal);

    /// <summary>The rows of a list, empty when none.</summary>
    public ImmutableArray<ListRow> RowsOf(string listId) => Lists.TryGetValue(listId, out var rows) && !rows.IsDefault ? rows : ImmutableArray<ListRow>.Empty;

    /// <summary>A copy with a list's rows set (empty rows left out).</summary>
    public Submission WithRows(string listId, IEnumerable<ListRow> rows) =>
        this with { Lists = Lists.SetItem(listId, rows.Where(r => !r.IsEmpty).ToImmutableArray()) };

    /// <summary>
    /// Answers of <c>date</c>, <c>text</c> and <c>document</c> fields by field id, sorted ordinally: canonical invariant
    /// strings (a date <c>yyyy-MM-dd</c>, a document <see cref="DocumentReference.ToString"/>, a text as entered); null is
    /// blank. Never summed: the summary lists them per unit.
    /// </summary>
    /// <remarks>Whatever comparer the given dictionary has, the ids are kept in ordinal order.</remarks>
    public ImmutableSortedDictionary<string, string?> Answers
    {
        get => _answers;
        init => _answers = value.WithComparers(StringComparer.Ordinal);
    }

    private readonly ImmutableSortedDictionary<string, string?> _answers =
        ImmutableSortedDictionary.Create<string, string?>(StringComparer.Ordinal);

    /// <summary>The value entered for an indicator (or one of its items), or null when blank or absent.</summary>
    public decimal? this[string indicatorId, string? itemId = null] =>
        Values.TryGetValue(new ValueKey(indicatorId, itemId), out var value) ? value : null;

    /// <summary>A copy with the indicator's single value set.</summary>
    public Submission WithValue(string indicatorId, decimal? value) => WithValue(new ValueKey(indicatorId), value);

    /// <summary>A copy with the value of one content item or form of a disaggregated indicator set.</summary>
    public Submission WithValue(string indicatorId, string itemId, decimal? value) => WithValue(new ValueKey(indicatorId, itemId), value);

    /// <summary>A copy with the value for <paramref name="key"/> set.</summary>
    public Submission WithValue(ValueKey key, decimal? value) => this with { Values = Values.SetItem(key, value) };

    /// <summary>A copy with a narrative text set.</summary>
    public Submission WithNarrative(string narrativeId, string? text) => this with { Narratives = Narratives.SetItem(narrativeId, text) };

    /// <summary>A copy with the answer of a <c>date</c>, <c>text</c> or <c>document</c> field set (its canonical string; null for blank).</summary>
    public Submission WithAnswer(string fieldId, string? answer) => this with { Answers = Answers.SetItem(fieldId, answer) };

    /// <summary>Value equality, including the values, narratives and answers.</summary>
    public bool Equals(Submission? other) =>
        other is not null
        && PlanId == other.PlanId && ReportId == other.ReportId && UnitId == other.UnitId && PeriodKey == other.PeriodKey
        && SubmittedOn == other.SubmittedOn && Source == other.Source
        && Values.SequenceEqual(other.Values) && Narratives.SequenceEqual(other.Narratives)
        && Lists.Count == other.Lists.Count && Lists.All(l => other.RowsOf(l.Key).SequenceEqual(RowsOf(l.Key)))
        && Answers.SequenceEqual(other.Answers);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(PlanId);
        hash.Add(ReportId);
        hash.Add(UnitId);
        hash.Add(PeriodKey);
        hash.Add(SubmittedOn);
        hash.Add(Source);
        hash.Add(Relay);
        foreach (var pair in Values)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        foreach (var pair in Narratives)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        foreach (var pair in Lists)
        {
            hash.Add(pair.Key);
            foreach (var row in RowsOf(pair.Key))
                hash.Add(row);
        }

        foreach (var pair in Answers)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        return hash.ToHashCode();
    }

    /// <summary>A one-line-per-field invariant rendering: a canonical form for ordering, logs and tests.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(PlanId).Append('/').Append(ReportId).Append('/').Append(UnitId).Append('/').Append(PeriodKey)
            .Append(" submitted ").Append(SubmittedOn is { } on ? Dates.Iso(on) : "?")
            .Append(" source ").Append(Source ?? "?");
        if (Relay is { } relay)
            text.Append('\n').Append(relay);
        foreach (var pair in Values)
            text.Append('\n').Append(pair.Key).Append(" = ").Append(pair.Value is { } v ? Numbers.Format(v) : "");
        foreach (var pair in Narratives)
            text.Append('\n').Append(pair.Key).Append(": ").Append(pair.Value);
        foreach (var pair in Lists)
        {
            var rows = RowsOf(pair.Key);
            for (var i = 0; i < rows.Length; i++)
                text.Append('\n').Append(pair.Key).Append('[').Append(i + 1).Append("] ").Append(rows[i]);
        }

        foreach (var pair in Answers)
            text.Append('\n').Append(pair.Key).Append(" := ").Append(pair.Value);
        return text.ToString();
    }
}
