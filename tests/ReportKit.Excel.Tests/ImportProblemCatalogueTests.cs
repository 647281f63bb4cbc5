using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ReportKit.Excel.Import;

namespace ReportKit.Excel.Tests;

/// <summary>The import problem catalogue has one entry per code, and every format formats.</summary>
public sealed class ImportProblemCatalogueTests
{
    [Fact]
    public void Catalogue_has_exactly_one_entry_per_import_problem_code()
    {
        var codes = typeof(ImportProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();

        Assert.Equal(codes, ImportProblems.All.Select(d => d.Code));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_declared_descriptor_is_listed()
    {
        var declared = typeof(ImportProblems).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ImportProblemDescriptor)).Select(f => (ImportProblemDescriptor)f.GetValue(null)!);

        Assert.Equal(declared.OrderBy(d => d.Code, StringComparer.Ordinal), ImportProblems.All.OrderBy(d => d.Code, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_format_takes_its_placeholders()
    {
        foreach (var descriptor in ImportProblems.All)
        {
            var count = Regex.Matches(descriptor.MessageFormat, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value) + 1).DefaultIfEmpty(0).Max();
            var message = descriptor.Format(Enumerable.Range(0, count).Select(i => (object)("<" + i + ">")).ToArray());
            Assert.DoesNotContain("{", message);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), descriptor.Code);
        }
    }
}
