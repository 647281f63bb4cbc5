using System;
using System.Collections.Generic;

namespace ReportKit.Templates.Parsing;

/// <summary>Field types beyond numbers (<c>yes_no</c>, <c>date</c>, <c>text</c>, <c>document</c>): the keys each type takes, and what may read them.</summary>
internal sealed partial class PlanReader
{
    /// <summary>Indicator ids read as numbers (by a formula, a check or coverage rule, a <c>max:</c>), where, and by what.</summary>
    private readonly List<(string Id, SourceSpan Span, string Where)> _numericReads = new();

    /// <summary>The keys of amounts only, and why each means nothing for another type.</summary>
    private static readonly (string Key, string Why)[] AmountOnlyKeys =
    {
        ("min", "only amounts have a lowest value"),
        ("max", "only amounts have a highest value"),
        ("format", "only amounts are shown as a number or a percentage"),
        ("by", "only amounts are split by contents or forms"),
        ("additive", "only amounts split by contents or forms add up"),
        ("phrase", "only amounts are stated as a figure in the báo cáo"),
    };

    /// <summary>RK0050 for keys the type does not take; the <c>max_length</c> of a text field.</summary>
    private int? ReadFieldTypeKeys(Fields f, IndicatorType type, string indicator)
    {
        var typeName = FieldTypes.TemplateName(type);
        if (!FieldTypes.IsAmount(type))
        {
            foreach (var (key, why) in AmountOnlyKeys)
            {
                if (f.KeyNode(key) is { } keyNode)
                    _sink.Report(TemplateDiagnostics.KeyNotForFieldType, _sink.SpanOf(keyNode), key, typeName, indicator, why + WhatTypeHolds(type));
            }
        }

        if (f.KeyNode("max_length") is { } maxLengthKey && type != IndicatorType.Text)
        {
            _sink.Report(TemplateDiagnostics.KeyNotForFieldType, _sink.SpanOf(maxLengthKey), "max_length", typeName, indicator,
                "only a text field has a longest answer (a narrative has its own max_length)");
            return null;
        }

        return Int(f, "max_length", 1, 4000);
    }

    private static string WhatTypeHolds(IndicatorType type) => type switch
    {
        IndicatorType.YesNo => " (a yes_no field is Có or Không)",
        IndicatorType.Date => " (a date field holds one day)",
        IndicatorType.Text => " (a text field holds a short answer)",
        IndicatorType.Document => " (a document field holds số, ký hiệu and ngày of a document)",
        _ => "",
    };

    /// <summary>RK0051: date, text and document answers are never summed or compared, so nothing computes with them.</summary>
    private void CheckNumericReads(List<IndicatorRead> indicators)
    {
        var types = new Dictionary<string, IndicatorType>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!types.ContainsKey(indicator.Spec.Id))
                types[indicator.Spec.Id] = indicator.Spec.Type;
        }

        foreach (var (id, span, where) in _numericReads)
        {
            if (types.TryGetValue(id, out var type) && FieldTypes.IsAnswer(type))
                _sink.Report(TemplateDiagnostics.AnswerFieldInExpression, span, where, id, FieldTypes.TemplateName(type));
        }
    }
}
