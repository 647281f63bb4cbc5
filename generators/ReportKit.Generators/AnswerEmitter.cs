using System.Collections.Generic;
using ReportKit.Templates;
using static ReportKit.Generators.CSharpWriter;

namespace ReportKit.Generators;

/// <summary>
/// The members of a report class for its date, text and document fields (<see cref="FieldTypes.AnswersOf"/>):
/// <c>DateOnly?</c>, <c>string?</c> and <c>ReportKit.DocumentReference?</c> properties, kept in <c>Submission.Answers</c>.
/// yes_no fields are values (<c>bool?</c>), emitted with the indicators.
/// </summary>
internal static class AnswerEmitter
{
    private const string Calc = "global::ReportKit.Generated.ReportKitCalc";

    /// <summary>One property per answer field.</summary>
    public static void EmitProperties(CSharpWriter w, IReadOnlyList<IndicatorSpec> answers)
    {
        foreach (var field in answers)
        {
            w.Line();
            w.Summary(field.Label + (field.Required ? " (bắt buộc)" : "") + Kind(field) + (field.Note is null ? "" : "\n" + field.Note));
            w.Line($"public {PropertyType(field)} {Identifiers.ToPascalCase(field.Id)} {{ get; set; }}");
        }
    }

    /// <summary>The lines of <c>ToSubmission</c> that store the answers.</summary>
    public static void EmitToSubmission(CSharpWriter w, IReadOnlyList<IndicatorSpec> answers)
    {
        foreach (var field in answers)
        {
            var name = Identifiers.ToPascalCase(field.Id);
            var answer = field.Type switch
            {
                IndicatorType.Date => $"{Calc}.DateAnswer({name})",
                IndicatorType.Document => $"{name}?.ToString()",
                _ => name,
            };
            w.Line($"submission = submission.WithAnswer({Literal(field.Id)}, {answer});");
        }
    }

    /// <summary>The lines of <c>FromSubmission</c> that read the answers back.</summary>
    public static void EmitFromSubmission(CSharpWriter w, IReadOnlyList<IndicatorSpec> answers)
    {
        foreach (var field in answers)
        {
            var local = "__" + Identifiers.ToPascalCase(field.Id);
            var read = field.Type switch
            {
                IndicatorType.Date => $"{Calc}.ToDate({local})",
                IndicatorType.Document => $"{Calc}.ToDocument({local})",
                _ => local,
            };
            w.Line($"report.{Identifiers.ToPascalCase(field.Id)} = submission.Answers.TryGetValue({Literal(field.Id)}, out var {local}) ? {read} : null;");
        }
    }

    private static string PropertyType(IndicatorSpec field) => field.Type switch
    {
        IndicatorType.Date => "global::System.DateOnly?",
        IndicatorType.Document => "global::ReportKit.DocumentReference?",
        _ => "string?",
    };

    private static string Kind(IndicatorSpec field) => field.Type switch
    {
        IndicatorType.Date => "\nNgày (a date).",
        IndicatorType.Document => "\nSố, ký hiệu, ngày của văn bản (a document reference).",
        _ => "\nTối đa " + FieldTypes.MaxLengthOf(field).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ký tự (a short text).",
    };
}
