using System.Collections.Generic;
using System.Linq;
using ReportKit.Generated;
using ReportKit.Templates;

namespace ReportKit.Generators.Tests;

/// <summary>
/// The generated code agrees with the runtime: it counts the values the validator counts (one
/// <see cref="AcceptedValues"/>), and its IntelliSense words regimes and deadlines as the workbook does
/// (one <see cref="ReportWording"/>).
/// </summary>
public sealed class AgreementTests
{
    public static TheoryData<string> Seeds() => new(GeneratorHarness.SeedTemplateNames());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_report_doc_states_the_regime_and_deadlines_the_workbook_prints(string seed)
    {
        var (run, _) = GeneratorHarness.RunAndCompile(new[] { GeneratorHarness.SeedTemplate(seed) });
        var source = run.GeneratedTrees.Single().GetText().ToString();
        var path = System.IO.Path.Combine(ReportKit.Testing.RepoPaths.Templates, seed);
        var plan = PlanTemplateParser.Parse(path, System.IO.File.ReadAllText(path)).Plan!;

        foreach (var report in plan.Reports)
        {
            var at = source.IndexOf("public sealed partial class " + Identifiers.ToPascalCase(report.Id) + " :", System.StringComparison.Ordinal);
            Assert.True(at > 0, report.Id);
            var summary = source.Substring(0, at);
            summary = summary.Substring(summary.LastIndexOf("/// <summary>", System.StringComparison.Ordinal));
            var lines = ReportWording.RegimeLines(plan, report);
            var doc = string.Join("\n", summary.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("/// ", System.StringComparison.Ordinal)).Select(l => l.Substring(4)));
            Assert.Contains(string.Join("\n", lines.Select(CSharpWriter.XmlEscape)), doc);
            // Dates as the workbook writes them (20/04/2023), never ISO.
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", string.Join("\n", lines));
        }
    }

    [Fact]
    public void The_seed_deadline_reads_as_in_the_workbook()
    {
        var report = KeHoach76.Spec.Reports.Single(r => r.Due?.Kind == DueKind.Before);
        Assert.Equal("Hạn: trước ngày 20/04/2023", ReportWording.RegimeLines(KeHoach76.Spec, report)[1]);
    }

    public static TheoryData<string?, string?, string> Bounds()
    {
        var data = new TheoryData<string?, string?, string>();
        foreach (var (min, max) in new (string?, string?)[] { ("0", null), ("5", "100"), (null, null), ("-10", "10"), (null, "3") })
            foreach (var value in new[] { "-11", "-1", "0", "2.5", "3", "5", "100", "101", "1000000000000000", "1000000000000001", "-2000000000000000" })
                data.Add(min, max, value);
        return data;
    }

    // ReportKitCalc.Accepted (what generated ratios and rules read) and the validator accept the same values.
    [Theory]
    [MemberData(nameof(Bounds))]
    public void Generated_arithmetic_counts_what_the_validator_counts(string? min, string? max, string text)
    {
        static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var value = D(text)!.Value;
        var plan = KeHoach76.Spec;
        var indicator = plan.Indicators.Single(i => i.Id == "dang_vien") with { Type = IndicatorType.Decimal, Min = D(min), Max = D(max) };
        plan = plan with { Indicators = new EquatableArray<IndicatorSpec>(plan.Indicators.Select(i => i.Id == indicator.Id ? indicator : i).ToArray()) };
        var accepted = AcceptedValues.Of(indicator);

        var submission = new Submission(plan.Id, "hang_nam", "chi_bo_1", "2024").WithValue("dang_vien", value);
        var codes = new[] { ProblemCodes.Implausible, ProblemCodes.NotWhole, ProblemCodes.BelowMin, ProblemCodes.AboveMax };
        var validatorAccepts = !SubmissionValidator.Validate(plan, submission).Any(p => p.IndicatorId == "dang_vien" && codes.Contains(p.RuleId));

        Assert.Equal(accepted.Accepts(value), validatorAccepts);
        Assert.Equal(validatorAccepts, ReportKitCalc.Accepted(value, accepted.Min, accepted.Max) is not null);
        if (AcceptedValues.IsWhole(value))
            Assert.Equal(validatorAccepts, ReportKitCalc.Accepted((long?)(long)value, accepted.Min, accepted.Max) is not null);
    }

    // The generated class: a count the validator refuses is blank to its ratio and flagged by its Validate.
    [Theory]
    [InlineData(-3, false)]
    [InlineData(0, true)]
    [InlineData(25, true)]
    public void A_generated_report_leaves_out_and_flags_what_the_validator_refuses(int members, bool accepted)
    {
        Assert.Equal(accepted, AcceptedValues.Of(KeHoach76.Spec.Indicators.Single(i => i.Id == "dang_vien")).Accepts(members));
        var report = new KeHoach76.HangNam("chi_bo_1", 2024) { DangVien = members, DangVienThamGia = 0 };

        Assert.Equal(accepted && members != 0, report.TyLeDangVienThamGia is not null);
        Assert.Equal(!accepted, report.Validate().Any(p => p.IndicatorId == "dang_vien" && p.RuleId == ProblemCodes.BelowMin));
    }
}
