using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ReportKit.Templates;

namespace ReportKit.Generators.Tests;

/// <summary>
/// The names the reader keeps template ids off (<see cref="Identifiers"/>) are the names the generated classes
/// really have: every public member that does not come from a template id is on the reserved list.
/// </summary>
public sealed class GeneratedNamesTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static TheoryData<string> PlanClasses() => new(Plans().Select(p => p.Type.Name));

    [Theory]
    [MemberData(nameof(PlanClasses))]
    public void Every_generated_member_not_named_by_an_id_is_reserved(string planClass)
    {
        var (type, plan) = Plans().Single(p => p.Type.Name == planClass);
        var reportClasses = plan.Reports.Select(r => Identifiers.ToPascalCase(r.Id)).ToHashSet();
        var itemClasses = plan.Indicators.Where(i => i.By != Disaggregation.None).Select(i => Identifiers.ItemGroupClass(i.Id)).ToHashSet();
        var rowClasses = plan.Lists.Select(l => Identifiers.ListRowClass(l.Id)).ToHashSet();

        Assert.Subset(Identifiers.PlanClassMembers.ToHashSet(), Names(type).Except(reportClasses).Except(itemClasses).Except(rowClasses).ToHashSet());
        foreach (var report in plan.Reports)
        {
            var members = plan.IndicatorsOf(report).Select(i => i.Id).Concat(plan.AnswersOf(report).Select(a => a.Id))
                .Concat(plan.NarrativesOf(report).Select(n => n.Id)).Concat(plan.ListsOf(report).Select(l => l.Id)).Select(Identifiers.ToPascalCase);
            var reportType = type.GetNestedType(Identifiers.ToPascalCase(report.Id))!;
            Assert.Subset(Identifiers.ReportClassMembers.ToHashSet(), Names(reportType).Except(members).ToHashSet());
        }
        foreach (var indicator in plan.Indicators.Where(i => i.By is not (Disaggregation.None or Disaggregation.CrossTab)))
        {
            var items = plan.ItemsOf(indicator).Select(i => Identifiers.ToPascalCase(i.Id));
            Assert.Equal(new[] { Identifiers.ItemTotal }, Names(type.GetNestedType(Identifiers.ItemGroupClass(indicator.Id))!).Except(items));
        }

        // A cross-tab's class has a property and a nested class per row option, and ColumnTotals; each row class a property per column option.
        foreach (var indicator in plan.Indicators.Where(i => i.By == Disaggregation.CrossTab))
        {
            var itemClass = type.GetNestedType(Identifiers.ItemGroupClass(indicator.Id))!;
            var rows = plan.EnteredCellsOf(indicator).GroupBy(c => c.Row!.Id).ToArray();
            var rowNames = rows.SelectMany(r => new[] { Identifiers.ToPascalCase(r.Key), Identifiers.ItemGroupClass(r.Key) });
            Assert.Equal(Identifiers.ItemMembers, Names(itemClass).Except(rowNames));
            // ColumnTotals: a property per column option that has an entered cell, nothing else.
            var columnTotals = itemClass.GetNestedType(Identifiers.ItemGroupClass(Identifiers.ColumnTotals))!;
            Assert.Equal(IndicatorCells.ColumnsWithTotals(plan.EnteredCellsOf(indicator)).Select(c => Identifiers.ToPascalCase(c.Id)),
                Names(columnTotals).Where(n => !n.StartsWith('_')));
            foreach (var row in rows)
            {
                var columns = row.Select(c => Identifiers.ToPascalCase(c.Item.Id));
                Assert.Equal(new[] { Identifiers.ItemTotal }, Names(itemClass.GetNestedType(Identifiers.ItemGroupClass(row.Key))!).Except(columns));
            }
        }
    }

    private static IEnumerable<string> Names(System.Type type) =>
        type.GetMembers(Declared).Where(m => m is not ConstructorInfo && !(m is MethodInfo { IsSpecialName: true }))
            .Select(m => m.Name).Distinct();

    private static IEnumerable<(System.Type Type, PlanSpec Plan)> Plans() =>
        typeof(GeneratedNamesTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(GeneratedNamesTests).Namespace && !t.IsNested)
            .Select(t => (Type: t, Spec: t.GetProperty(Identifiers.SpecMember, BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Spec?.PropertyType == typeof(PlanSpec))
            .Select(t => (t.Type, (PlanSpec)t.Spec!.GetValue(null)!))
            .OrderBy(t => t.Type.Name, System.StringComparer.Ordinal);
}
