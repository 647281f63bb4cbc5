using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ReportKit.Tests;

/// <summary>The validation problem catalogue has one entry per built-in code, and every format formats.</summary>
public sealed class ProblemCatalogueTests
{
    [Fact]
    public void Catalogue_has_exactly_one_entry_per_problem_code()
    {
        var codes = typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.Equal(codes, ValidationProblems.All.Select(d => d.Code));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_declared_descriptor_is_listed()
    {
        var declared = typeof(ValidationProblems).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ValidationProblemDescriptor)).Select(f => (ValidationProblemDescriptor)f.GetValue(null)!);

        Assert.Equal(declared.OrderBy(d => d.Code, StringComparer.Ordinal),
            ValidationProblems.All.Concat(ValidationProblems.PlanRules).OrderBy(d => d.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_format_takes_its_placeholders_and_ends_a_sentence()
    {
        foreach (var descriptor in ValidationProblems.All.Concat(ValidationProblems.PlanRules))
        {
            var count = Regex.Matches(descriptor.MessageFormat, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value) + 1).DefaultIfEmpty(0).Max();
            var message = descriptor.Format(Enumerable.Range(0, count).Select(i => (object)("<" + i + ">")).ToArray());
            Assert.DoesNotContain("{", message);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), descriptor.Code);
        }
    }
}
