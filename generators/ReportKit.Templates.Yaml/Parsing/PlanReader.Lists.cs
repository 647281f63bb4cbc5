using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportKit.Templates.Parsing;

// Row lists (lists:) and the aggregates over them in formulas and rules (count(list), sum(list.column)).
internal sealed partial class PlanReader
{
    private static readonly (string Name, ListColumnType Value)[] ListColumnTypes =
    {
        ("text", ListColumnType.Text), ("integer", ListColumnType.Integer), ("decimal", ListColumnType.Decimal),
        ("date", ListColumnType.Date), ("yes_no", ListColumnType.YesNo),
    };

    /// <summary>The members every generated list row class has (besides its columns).</summary>
    private static readonly HashSet<string> RowClassMembers = new(new[] { "ReportedBy", "ToRow", "FromRow", "EqualityContract", "Deconstruct" }
        .Concat(Identifiers.ObjectMembers), StringComparer.Ordinal);

    /// <summary>The aggregates of every formula and check rule, resolved against the lists at the end.</summary>
    private readonly List<(ExpressionAggregate Aggregate, YamlScalar Node, string Text, string Where)> _aggregates = new();

    /// <summary>The choice columns, checked against the plan's forms and contents at the end.</summary>
    private readonly List<(ListColumnSpec Column, string ListId, YamlNode Node)> _choices = new();

    private void QueueAggregates(YamlScalar node, string text, EquatableArray<ExpressionAggregate> aggregates, string where)
    {
        foreach (var aggregate in aggregates)
            _aggregates.Add((aggregate, node, text, where));
    }

    private ListSpec? ReadRowList(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: mo_hinh, label: Danh sách mô hình, rows: 10, columns: [ … ] }",
            TemplateKeys.List, _lists);
        if (f is null)
            return null;

        var id = DeclareId(f, _lists, required: true);
        var label = Text(f, "label", required: true);
        var note = Text(f, "note");
        int? rows = null;
        if (f.Value("rows") is null)
            Missing(f, "rows");
        else if (f.Value("rows") is YamlScalar rowsNode && int.TryParse(Clean(rowsNode.Value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            if (count < 1 || count > ListSpec.MaxRows)
                _sink.Report(TemplateDiagnostics.ListRowsOutOfRange, _sink.SpanOf(rowsNode), id ?? where, count, ListSpec.MaxRows);
            else
                rows = count;
        }
        else
            WrongType(f, "rows", "a whole number of blank rows, e.g. 10", f.Value("rows")!);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = ReadList(f, "columns", "list column", (columnNode, columnWhere, _) => ReadListColumn(columnNode, columnWhere, id ?? where, seen));
        if (f.Value("columns") is null)
            Missing(f, "columns");
        var levels = ReadLevelScope(f);
        if (id is null || label is null || rows is null || columns.Count == 0)
            return null;
        return new ListSpec(id, label, rows.Value, columns.ToEquatableArray(), note, _sink.SpanOf(f.Map), levels);
    }

    private ListColumnSpec? ReadListColumn(YamlNode node, string where, string listId, Dictionary<string, int> seen)
    {
        var f = ElementFields(node, where, "a mapping such as { id: ten, label: Tên mô hình, type: text }", TemplateKeys.ListColumn);
        if (f is null)
            return null;
        var id = Id(f, "id", required: true);
        if (id is not null)
        {
            var line = f.Value("id")!.Start.Line;
            if (seen.TryGetValue(id, out var first))
            {
                _sink.Report(TemplateDiagnostics.DuplicateListColumn, _sink.SpanOf(f.Value("id")!), listId, id, first);
                id = null;
            }
            else if (Identifiers.IsValidId(id) && RowClassMembers.Contains(Identifiers.ToPascalCase(id)))
            {
                // A column is a property of the generated row class, which has members of its own.
                _sink.Report(TemplateDiagnostics.ReservedGeneratedName, _sink.SpanOf(f.Value("id")!), "list column", id, Identifiers.ToPascalCase(id),
                    "a member of the generated row class");
                id = null;
            }
            else
            {
                seen[id] = line;
            }
        }

        var label = Text(f, "label", required: true);
        var typeNode = f.Value("type");
        ListColumnType? type = ListColumnType.Text;
        string? choice = null;
        if (typeNode is YamlMapping choiceMap)
        {
            var cf = new Fields(_sink, choiceMap, "the type of " + where, TemplateKeys.ListColumnChoice);
            choice = Id(cf, "choice", required: true);
            type = choice is null ? null : ListColumnType.Choice;
        }
        else if (typeNode is YamlScalar { IsNull: false } typeScalar)
        {
            var text = Clean(typeScalar.Value);
            var match = ListColumnTypes.FirstOrDefault(t => t.Name == text);
            if (match.Name is null)
            {
                var suggestion = Suggestions.Closest(text, ListColumnTypes.Select(t => t.Name));
                _sink.Report(TemplateDiagnostics.UnknownListColumnType, _sink.SpanOf(typeScalar), text, where,
                    suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
                type = null;
            }
            else
            {
                type = match.Value;
            }
        }
        else if (typeNode is not null and not YamlScalar { IsNull: true })
        {
            WrongType(f, "type", "a column type (text, integer, decimal, date, yes_no) or { choice: forms | contents | a category id }", typeNode);
            type = null;
        }

        if (id is null || label is null || type is null)
            return null;
        var column = new ListColumnSpec(id, label, type.Value, choice, _sink.SpanOf(f.Map));
        if (choice is not null)
            _choices.Add((column, listId, typeNode!));
        return column;
    }

    /// <summary>
    /// Resolves the aggregates of formulas and rules against the lists, and the choice columns against what they choose
    /// from: the plan's forms, its contents, or a category of <c>categories:</c>.
    /// </summary>
    private void CheckLists(List<ListSpec> lists, List<ContentItemSpec> contents, List<FormSpec> forms)
    {
        var byId = new Dictionary<string, ListSpec>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            if (!byId.ContainsKey(list.Id))
                byId[list.Id] = list;
        }

        foreach (var (aggregate, node, text, where) in _aggregates)
        {
            var expr = aggregate.Aggregate;
            var what = where + " ('" + expr + "')";
            if (!byId.TryGetValue(expr.ListId, out var list))
            {
                if (_lists.Incomplete)
                    continue;
                var suggestion = Suggestions.Closest(expr.ListId, _lists.Ids);
                _sink.Report(TemplateDiagnostics.UnknownListInAggregate, SpanInside(node, text, aggregate.Offset, expr.ListId.Length), what, expr.ListId,
                    suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
                continue;
            }

            if (expr.ColumnId is null)
                continue;
            var columnSpan = SpanInside(node, text, aggregate.ColumnOffset, expr.ColumnId.Length);
            var column = list.Columns.FirstOrDefault(c => c.Id == expr.ColumnId);
            if (column is null)
            {
                var suggestion = Suggestions.Closest(expr.ColumnId, list.Columns.Select(c => c.Id));
                _sink.Report(TemplateDiagnostics.UnknownListColumn, columnSpan, what, expr.ColumnId, list.Id,
                    suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
            }
            else if (!column.IsNumeric)
            {
                _sink.Report(TemplateDiagnostics.AggregateOverNonNumeric, columnSpan, what, column.Id, list.Id, ColumnTypeName(column));
            }
        }

        foreach (var (column, listId, node) in _choices)
        {
            var problem = column.Choice switch
            {
                ListColumnSpec.Forms => forms.Count == 0 && !_forms.Incomplete ? "the template defines no forms" : null,
                ListColumnSpec.Contents => contents.Count == 0 && !_contents.Incomplete ? "the template defines no contents" : null,
                string category when _categories.Contains(category) || _categories.Incomplete => null,
                string category => "it is neither 'forms', 'contents' nor a category of 'categories'"
                    + (Suggestions.Closest(category, _categories.Ids) is { } near ? "; did you mean '" + near + "'?" : ""),
                null => null,
            };
            if (problem is not null)
                _sink.Report(TemplateDiagnostics.ListChoiceWithoutOptions, _sink.SpanOf(node), column.Id, listId, column.Choice!, problem);
        }

        // The row class "<List>Row" sits in the plan class beside the report classes.
        foreach (var list in lists.Where(l => Identifiers.IsValidId(l.Id)))
        {
            var className = Identifiers.ListRowClass(list.Id);
            if (_reports.Ids.Any(r => Identifiers.ToPascalCase(r) == className))
                _sink.Report(TemplateDiagnostics.ReservedGeneratedName, list.Location, "list", list.Id, className, "the name of a report class");
        }
    }

    /// <summary>RK0036 for each list a formula or rule reads that some of its levels do not fill (as RK0035 for indicators).</summary>
    private void CheckListLevels(List<ListSpec> lists, List<IndicatorRead> indicators, List<RuleRead> rules)
    {
        var byId = lists.GroupBy(l => l.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        void Check(string what, EquatableArray<string> levels, IEnumerable<ExprSpec?> expressions, YamlNode at)
        {
            var read = expressions.Where(e => e is not null).SelectMany(e => ExpressionParser.Aggregates(e!)).Select(a => a.ListId).Distinct(StringComparer.Ordinal);
            foreach (var listId in read)
            {
                if (byId.TryGetValue(listId, out var list) && !levels.IsWithin(list.Levels))
                    _sink.Report(TemplateDiagnostics.ReadsNarrowerList, _sink.SpanOf(at), what,
                        levels.IsEmpty ? "every level" : "levels [" + string.Join(", ", levels) + "]", listId, "[" + string.Join(", ", list.Levels) + "]");
            }
        }

        foreach (var indicator in indicators.Where(i => i.Spec.Formula is not null))
            Check("indicator '" + indicator.Spec.Id + "'", indicator.Spec.Levels, new[] { indicator.Spec.Formula }, indicator.FormulaNode ?? indicator.IdNode);
        foreach (var rule in rules.Where(r => r.CheckNode is not null))
            Check("rule '" + rule.Spec.Id + "'", rule.Spec.Levels, new[] { rule.Spec.Left, rule.Spec.Right }, rule.CheckNode!);
    }

    private static string ColumnTypeName(ListColumnSpec column) =>
        column.Type == ListColumnType.Choice ? "a choice of " + column.Choice : ListColumnTypes.First(t => t.Value == column.Type).Name;
}
