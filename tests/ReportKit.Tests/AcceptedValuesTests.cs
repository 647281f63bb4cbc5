using System.Globalization;
using System.Linq;
using ReportKit.Templates;

namespace ReportKit.Tests;

/// <summary>The validator and the sample data refuse and accept exactly what <see cref="AcceptedValues"/> says, with the validator's codes in its order.</summary>
public sealed class AcceptedValuesTests
{
    public static TheoryData<string, string> Probes()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { "integer", "integer 5..100", "integer -10..", "decimal", "decimal ..3" })
            foreach (var value in new[] { "-11", "-1", "0", "2.5", "3", "5", "100", "101", "1000000000000000", "1000000000000000.5", "-2000000000000000" })
                data.Add(type, value);
        return data;
    }

    private static readonly string[] ValueCodes = { ProblemCodes.Implausible, ProblemCodes.NotWhole, ProblemCodes.BelowMin, ProblemCodes.AboveMax };

    private static IndicatorSpec Indicator(string type) => type switch
    {
        "integer" => TestPlans.Indicator("dang_vien", "Số đảng viên"),
        "integer 5..100" => TestPlans.Indicator("dang_vien", "Số đảng viên", min: 5, max: 100),
        "integer -10.." => TestPlans.Indicator("dang_vien", "Số đảng viên", min: -10),
        "decimal" => TestPlans.Indicator("dang_vien", "Số đảng viên", type: IndicatorType.Decimal),
        _ => TestPlans.Indicator("dang_vien", "Số đảng viên", type: IndicatorType.Decimal, max: 3),
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void The_validator_refuses_what_the_model_refuses_with_the_models_reason(string type, string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var indicator = Indicator(type);
        var plan = TestPlans.Plan001();
        plan = plan with { Indicators = new EquatableArray<IndicatorSpec>(plan.Indicators.Select(i => i.Id == indicator.Id ? indicator : i).ToArray()) };
        var check = AcceptedValues.Of(indicator).Check(value);

        var problems = SubmissionValidator.Validate(plan, new Submission(plan.Id, "hang_nam", "u", "2024").WithValue("dang_vien", value));
        var code = problems.Where(p => p.IndicatorId == "dang_vien" && ValueCodes.Contains(p.RuleId)).Select(p => p.RuleId).SingleOrDefault();

        Assert.Equal(check switch
        {
            ValueCheck.Implausible => ProblemCodes.Implausible,
            ValueCheck.NotWhole => ProblemCodes.NotWhole,
            ValueCheck.BelowMin => ProblemCodes.BelowMin,
            ValueCheck.AboveMax => ProblemCodes.AboveMax,
            _ => null,
        }, code);
    }

    [Fact]
    public void An_integer_indicator_without_a_minimum_refuses_negatives_and_the_bound_is_ten_to_the_fifteenth()
    {
        var accepted = AcceptedValues.Of(TestPlans.Indicator("dang_vien", "Số đảng viên") with { Min = null });
        Assert.Equal(0m, accepted.Min);
        Assert.True(accepted.WholeNumbers);
        Assert.Equal(1_000_000_000_000_000m, AcceptedValues.MaxMagnitude);
        Assert.True(accepted.Accepts(AcceptedValues.MaxMagnitude));
        Assert.Equal(ValueCheck.Implausible, accepted.Check(AcceptedValues.MaxMagnitude + 1));
        Assert.Equal(ValueCheck.BelowMin, accepted.Check(-1));
        Assert.Equal((0m, AcceptedValues.MaxMagnitude), (accepted.Lowest, accepted.Highest));
    }

    [Theory]
    [MemberData(nameof(SeedTemplates))]
    public void Sample_values_are_ones_the_model_accepts(string template)
    {
        var path = System.IO.Path.Combine(ReportKit.Testing.RepoPaths.Templates, template);
        var plan = PlanTemplateParser.Parse(path, System.IO.File.ReadAllText(path)).Plan!;
        var sample = SampleData.Create(plan, 3);
        foreach (var submission in sample.Submissions.Where(s => SubmissionValidator.Validate(plan, s).All(p => p.Severity != ProblemSeverity.Error)))
            foreach (var (key, value) in submission.Values)
                if (value is { } v && plan.Indicators.FirstOrDefault(i => i.Id == key.IndicatorId) is { } indicator)
                    Assert.True(AcceptedValues.Of(indicator).Accepts(v), key + " = " + v);
    }

    public static TheoryData<string> SeedTemplates() =>
        new(System.IO.Directory.GetFiles(ReportKit.Testing.RepoPaths.Templates, "*.plan.yaml").Select(System.IO.Path.GetFileName).OfType<string>());
}
