using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates.Parsing;

// Categories (categories:) and what an indicator is split by (by: a dimension or a cross-tab of two, exclude:).
internal sealed partial class PlanReader
{
    private readonly IdTable _categories = CategoryTable();

    private static IdTable CategoryTable()
    {
        var table = new IdTable("category");
        // 'by: contents' and 'by: forms' name the built-in dimensions: a category may not take their names.
        table.ReserveGenerated(new[] { Identifiers.ToPascalCase(IndicatorCells.Contents), Identifiers.ToPascalCase(IndicatorCells.Forms) },
            "the name of a built-in dimension ('by: contents', 'by: forms')");
        return table;
    }

    /// <summary>What <c>by:</c> and <c>exclude:</c> of one indicator said, with their nodes for the checks after reading.</summary>
    private sealed class SplitRead
    {
        public Disaggregation By { get; set; } = Disaggregation.None;

        public List<(string Id, YamlScalar Node)> Dimensions { get; } = new();

        public List<(string Row, string Column, YamlScalar RowNode, YamlScalar ColumnNode)> Exclude { get; } = new();

        public YamlScalar? ExcludeKey { get; set; }
    }

    private CategorySpec? ReadCategory(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: loai_hop, title: Loại cuộc họp, options: [{ id: giao_ban, title: Họp giao ban }] }",
            TemplateKeys.Category, _categories);
        if (f is null)
            return null;

        var id = DeclareId(f, _categories, required: true);
        var title = Text(f, "title", required: true);
        var options = new List<CategoryOptionSpec>();
        var optionsNode = f.Value("options");
        if (optionsNode is null || optionsNode is YamlScalar { IsNull: true } || optionsNode is YamlSequence { Items.Count: 0 })
        {
            _sink.Report(TemplateDiagnostics.EmptyCategory, _sink.SpanOf(optionsNode is null ? f.Map : (YamlNode?)f.KeyNode("options") ?? optionsNode), id ?? where);
            return null;
        }

        // Options become properties of the generated per-item class, which also has a Total (and, in a cross-tab, ColumnTotals).
        var names = new IdTable("option of category '" + (id ?? where) + "'");
        names.ReserveGenerated(Identifiers.ItemMembers, "a name the generated code uses for the options");
        names.ReserveGenerated(Identifiers.ObjectMembers, "a member every C# object has");
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var complete = true;
        foreach (var (option, index) in ReadList(f, "options", "option", (n, w, _) => ReadOption(n, w)).Select((o, i) => (o, i)))
        {
            if (lines.TryGetValue(option.Spec.Id, out var firstLine))
            {
                _sink.Report(TemplateDiagnostics.DuplicateOption, _sink.SpanOf(option.IdNode), id ?? where, option.Spec.Id, firstLine);
                complete = false;
                continue;
            }

            lines[option.Spec.Id] = option.IdNode.Start.Line;
            names.Declare(_sink, option.Spec.Id, option.IdNode);
            options.Add(option.Spec);
        }

        if (optionsNode is YamlSequence sequence && options.Count + (complete ? 0 : 1) < sequence.Items.Count)
            complete = false;
        if (id is null || title is null || !complete || options.Count == 0)
            return null;
        return new CategorySpec(id, title, options.ToEquatableArray(), _sink.SpanOf(f.Map));
    }

    private sealed record OptionRead(CategoryOptionSpec Spec, YamlNode IdNode);

    private OptionRead? ReadOption(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: giao_ban, title: Họp giao ban }", TemplateKeys.CategoryOption);
        if (f is null)
            return null;
        var id = Id(f, "id", required: true);
        var title = Text(f, "title", required: true);
        return id is null || title is null ? null : new OptionRead(new CategoryOptionSpec(id, title, _sink.SpanOf(f.Map)), f.Value("id")!);
    }

    /// <summary>
    /// <c>by: contents</c>, <c>by: forms</c>, <c>by: &lt;category&gt;</c>, or <c>by: [a, b]</c> for a cross-tab; and <c>exclude:</c>, a
    /// list of <c>[row option, column option]</c> pairs. Which names a category is checked once every category is read.
    /// </summary>
    private SplitRead ReadSplit(Fields f, string where)
    {
        var split = new SplitRead();
        var node = f.Value("by");
        var names = new List<YamlScalar>();
        if (node is YamlScalar { IsNull: false } scalar)
        {
            names.Add(scalar);
        }
        else if (node is YamlSequence { Items.Count: > 0 } sequence && sequence.Items.All(i => i is YamlScalar { IsNull: false }))
        {
            names.AddRange(sequence.Items.Cast<YamlScalar>());
        }
        else if (node is not null)
        {
            WrongType(f, "by", "contents, forms, a category id, or a list of two of them (a cross-tab): [loai_hop, hinh_thuc]", node);
            return split;
        }

        foreach (var name in names)
        {
            var id = Clean(name.Value);
            if (split.Dimensions.Any(d => d.Id == id))
            {
                _sink.Report(TemplateDiagnostics.RepeatedDimension, _sink.SpanOf(name), IndicatorName(f, where), id);
                return new SplitRead();
            }

            split.Dimensions.Add((id, name));
        }

        if (split.Dimensions.Count > 2)
        {
            _sink.Report(TemplateDiagnostics.TooManyDimensions, _sink.SpanOf(names[2]), IndicatorName(f, where),
                split.Dimensions.Count.ToString(CultureInfo.InvariantCulture));
            return new SplitRead();
        }

        split.By = split.Dimensions.Count switch
        {
            0 => Disaggregation.None,
            2 => Disaggregation.CrossTab,
            _ => split.Dimensions[0].Id switch
            {
                IndicatorCells.Contents => Disaggregation.Contents,
                IndicatorCells.Forms => Disaggregation.Forms,
                _ => Disaggregation.Category,
            },
        };

        split.ExcludeKey = f.KeyNode("exclude");
        var excludeNode = f.Value("exclude");
        if (excludeNode is null)
            return split;
        if (split.By != Disaggregation.CrossTab)
        {
            _sink.Report(TemplateDiagnostics.ExcludeWithoutCrossTab, _sink.SpanOf(split.ExcludeKey!), IndicatorName(f, where));
            return split;
        }

        const string Pairs = "a list of combinations that cannot occur, each [row option, column option]: [[chuyen_de, truc_tuyen]]";
        if (excludeNode is not YamlSequence pairs)
        {
            WrongType(f, "exclude", Pairs, excludeNode);
            return split;
        }

        foreach (var pair in pairs.Items)
        {
            if (pair is YamlSequence { Items.Count: 2 } two && two.Items[0] is YamlScalar { IsNull: false } row && two.Items[1] is YamlScalar { IsNull: false } column)
                split.Exclude.Add((Clean(row.Value), Clean(column.Value), row, column));
            else
                _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(pair), "exclude", where, Pairs, "an item that is " + pair.Describe());
        }

        return split;
    }

    private static string IndicatorName(Fields f, string where) => f.Value("id") is YamlScalar { IsNull: false } id ? Clean(id.Value) : where;

    /// <summary>
    /// After reading: every dimension a category or built in, the excluded options theirs, the built-in dimensions of a
    /// cross-tab not empty, and the names the generated per-item classes use free.
    /// </summary>
    private void CheckSplits(List<IndicatorRead> indicators, List<CategorySpec> categories, List<ContentItemSpec> contents, List<FormSpec> forms)
    {
        var byId = categories.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var outline = new ContentOutline(contents);
        IReadOnlyList<(string Id, SourceSpan Location)>? OptionsOf(string dimension) => dimension switch
        {
            IndicatorCells.Contents => outline.Leaves.Select(l => (l.Item.Id!, l.Item.Location)).ToArray(),
            IndicatorCells.Forms => forms.Select(x => (x.Id, x.Location)).ToArray(),
            _ => byId.TryGetValue(dimension, out var category) ? category.Options.Select(o => (o.Id, o.Location)).ToArray() : null,
        };

        foreach (var indicator in indicators.Where(i => i.Split is { Dimensions.Count: > 0 }))
        {
            var spec = indicator.Spec;
            var split = indicator.Split!;
            var known = true;
            foreach (var (dimension, node) in split.Dimensions)
            {
                if (dimension is IndicatorCells.Contents or IndicatorCells.Forms)
                {
                    var incomplete = dimension == IndicatorCells.Contents ? _contents.Incomplete : _forms.Incomplete;
                    if (split.By == Disaggregation.CrossTab && OptionsOf(dimension)!.Count == 0 && !incomplete)
                        _sink.Report(TemplateDiagnostics.EmptyDisaggregation, _sink.SpanOf(node), spec.Id, dimension);
                    continue;
                }

                if (byId.ContainsKey(dimension) || _categories.Contains(dimension) || _categories.Incomplete)
                    continue;
                known = false;
                var suggestion = Suggestions.Closest(dimension, byId.Keys.Concat(new[] { IndicatorCells.Contents, IndicatorCells.Forms }));
                _sink.Report(TemplateDiagnostics.UnknownCategory, _sink.SpanOf(node), spec.Id, dimension,
                    suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
            }

            if (!known || split.Dimensions.Any(d => OptionsOf(d.Id) is null))
                continue;
            if (split.By == Disaggregation.CrossTab)
            {
                foreach (var (row, column, rowNode, columnNode) in split.Exclude)
                {
                    foreach (var (option, node, dimension) in new[] { (row, rowNode, split.Dimensions[0].Id), (column, columnNode, split.Dimensions[1].Id) })
                    {
                        var options = OptionsOf(dimension)!.Select(o => o.Id).ToArray();
                        if (options.Contains(option))
                            continue;
                        var suggestion = Suggestions.Closest(option, options);
                        _sink.Report(TemplateDiagnostics.UnknownExcludedOption, _sink.SpanOf(node), spec.Id, option, dimension,
                            suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
                    }
                }
            }

            if (split.By == Disaggregation.CrossTab && split.ExcludeKey is { } excludeKey)
            {
                var combinations = OptionsOf(split.Dimensions[0].Id)!.SelectMany(r => OptionsOf(split.Dimensions[1].Id)!.Select(c => (r.Id, c.Id))).ToArray();
                var excluded = new HashSet<(string, string)>(split.Exclude.Select(e => (e.Row, e.Column)));
                if (combinations.Length > 0 && combinations.All(excluded.Contains))
                    _sink.Report(TemplateDiagnostics.EveryCellExcluded, _sink.SpanOf(excludeKey), spec.Id, combinations.Length.ToString(CultureInfo.InvariantCulture));
            }

            CheckSplitNames(spec, split, OptionsOf);
        }
    }

    /// <summary>
    /// The per-item class "&lt;Indicator&gt;Values" has a property per option (for a cross-tab, per row option, whose values
    /// sit in a nested class "&lt;Row&gt;Values"): no option may be named like the class it is a member of.
    /// </summary>
    private void CheckSplitNames(IndicatorSpec spec, SplitRead split, Func<string, IReadOnlyList<(string Id, SourceSpan Location)>?> optionsOf)
    {
        if (!Identifiers.IsValidId(spec.Id) || split.By is Disaggregation.Contents or Disaggregation.Forms)
            return;
        var className = Identifiers.ItemGroupClass(spec.Id);
        var use = "the class generated for indicator '" + spec.Id + "'";
        var rows = optionsOf(split.Dimensions[0].Id)!;
        foreach (var (id, location) in rows.Where(o => Identifiers.IsValidId(o.Id) && Identifiers.ToPascalCase(o.Id) == className))
            _sink.Report(TemplateDiagnostics.ReservedGeneratedName, location, "option", id, className, use);
        if (split.By != Disaggregation.CrossTab)
            return;
        var rowClasses = rows.Where(r => Identifiers.IsValidId(r.Id)).ToDictionary(r => Identifiers.ItemGroupClass(r.Id), r => r.Id, StringComparer.Ordinal);
        foreach (var (id, location) in rows.Where(o => Identifiers.IsValidId(o.Id) && rowClasses.ContainsKey(Identifiers.ToPascalCase(o.Id))))
            _sink.Report(TemplateDiagnostics.ReservedGeneratedName, location, "option", id, Identifiers.ToPascalCase(id),
                "the class generated for the row '" + rowClasses[Identifiers.ToPascalCase(id)] + "' of indicator '" + spec.Id + "'");
        if (rowClasses.TryGetValue(className, out var clash))
            _sink.Report(TemplateDiagnostics.ReservedGeneratedName, rows.First(r => r.Id == clash).Location, "option", clash, className, use);
        foreach (var (id, location) in optionsOf(split.Dimensions[1].Id)!.Where(o => Identifiers.IsValidId(o.Id) && rowClasses.ContainsKey(Identifiers.ToPascalCase(o.Id))))
            _sink.Report(TemplateDiagnostics.ReservedGeneratedName, location, "option", id, Identifiers.ToPascalCase(id),
                "the class generated for the row '" + rowClasses[Identifiers.ToPascalCase(id)] + "' of indicator '" + spec.Id + "'");
    }
}
