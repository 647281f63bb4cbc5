using System.Linq;

namespace ReportKit.Templates.Tests;

/// <summary>Who enters what (<c>levels:</c>), <c>indicators: []</c> meaning none, and a document identity kept as written.</summary>
public sealed class LevelTemplateTests
{
    private static PlanSpec Plan()
    {
        var result = TemplateFiles.ParseFile(TemplateFiles.Valid("levels"));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    [Fact]
    public void Levels_are_read_on_indicators_narratives_and_rules()
    {
        var plan = Plan();

        Assert.Equal(new[] { "tinh" }, plan.Indicators.Single(i => i.Id == "so_xa").Levels);
        Assert.True(plan.Indicators.Single(i => i.Id == "so_nguoi").Levels.IsEmpty);
        Assert.Equal(new[] { "tinh" }, plan.Narratives.Single(n => n.Id == "kien_nghi").Levels);
        Assert.Equal(new[] { "tinh" }, plan.Rules.Single().Levels);
    }

    [Fact]
    public void Each_level_enters_only_what_is_scoped_to_it()
    {
        var plan = Plan();
        var report = plan.Reports.Single(r => r.Id == "so_lieu");

        Assert.Equal(new[] { "so_hoi_nghi", "so_nguoi" }, plan.IndicatorsOf(report, "xa").Select(i => i.Id));
        Assert.Equal(new[] { "so_xa", "so_xa_dat", "ty_le_dat", "so_nguoi" }, plan.IndicatorsOf(report, "tinh").Select(i => i.Id));
        // A unit of no known level enters everything: nothing tells what to leave out.
        Assert.Equal(5, plan.IndicatorsOf(report, null).Count);
        Assert.Equal(new[] { "ket_qua" }, plan.NarrativesOf(report, "xa").Select(n => n.Id));
        Assert.Empty(plan.RulesOf(report, "xa"));
        Assert.Single(plan.RulesOf(report, "tinh"));
    }

    [Fact]
    public void An_empty_list_on_a_report_means_none_and_an_omitted_key_means_all()
    {
        var plan = Plan();

        var narrativeOnly = plan.Reports.Single(r => r.Id == "loi_van");
        Assert.True(narrativeOnly.NoIndicators);
        Assert.Empty(plan.IndicatorsOf(narrativeOnly));
        Assert.Equal(2, plan.NarrativesOf(narrativeOnly).Count);
        Assert.Empty(plan.RulesOf(narrativeOnly));

        var figuresOnly = plan.Reports.Single(r => r.Id == "chi_so");
        Assert.Empty(plan.NarrativesOf(figuresOnly));
        Assert.Equal(5, plan.IndicatorsOf(figuresOnly).Count);

        var all = plan.Reports.Single(r => r.Id == "so_lieu");
        Assert.False(all.NoIndicators || all.NoNarratives);
    }

    [Fact]
    public void A_legal_number_that_carries_its_year_prints_as_written_and_a_missing_symbol_is_not_invented()
    {
        var document = Plan().Document;

        Assert.Equal("01/2020/TT-VPCP", document.NumberAndSymbol("    "));
        Assert.Equal("Quy định chế độ báo cáo: thử", document.Title);
        var withoutSymbol = document with { Symbol = null };
        Assert.Equal("01/2020", withoutSymbol.NumberAndSymbol("    "));
        Assert.Equal("    ", (withoutSymbol with { Number = null }).NumberAndSymbol("    "));
    }

    [Fact]
    public void A_template_without_a_symbol_is_accepted()
    {
        var text = System.IO.File.ReadAllText(TemplateFiles.Valid("levels")).Replace("  symbol: TT-VPCP\n", "", System.StringComparison.Ordinal);

        var result = PlanTemplateParser.Parse("no-symbol.plan.yaml", text);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Plan!.Document.Symbol);
    }
}
