using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportKit.Templates.Parsing;

/// <summary>
/// Reads a YAML tree as a plan template (format version 1, see docs/template-format.md) into a
/// <see cref="PlanSpec"/>, reporting every problem it finds in one pass. References are resolved at the
/// end, so elements may refer to ones defined further down.
/// </summary>
internal sealed partial class PlanReader
{
    private const string Root = "the template root";

    private readonly DiagnosticSink _sink;
    private readonly List<(IdTable Table, string Id, SourceSpan Span, string Where)> _references = new();
    private readonly IdTable _contents = new("content item");
    private readonly IdTable _forms = new("form");
    private readonly IdTable _levels = new("level");
    private readonly IdTable _units = new("unit");
    private readonly IdTable _indicators;
    private readonly IdTable _narratives;
    private readonly IdTable _reports;
    private readonly IdTable _rules = new("rule");
    private readonly IdTable _lists;

    public PlanReader(DiagnosticSink sink)
    {
        _sink = sink;
        // Indicators and narratives become properties of each generated report class, and each report class
        // is named after its report: one C# name scope for the three, so none can take another's name.
        var reportFields = new NameScope();
        _indicators = new IdTable("indicator", reportFields);
        _narratives = new IdTable("narrative", reportFields);
        _reports = new IdTable("report", reportFields);
        _lists = new IdTable("list", reportFields); // a list is a property of the report class too
        _indicators.ReserveGenerated(Identifiers.ReportClassMembers, "a member of every generated report class");
        _reports.ReserveGenerated(Identifiers.PlanClassMembers, "a member of the generated plan class");
        _rules.ReserveGenerated(new[] { Identifiers.RulesClass }, "the class that holds the compiled rules");
        // A broken rule is reported under its id, beside the validator's own checks: the two must not share a code.
        _rules.ReserveGenerated(new[] { "Plan", "Report", "Period", "Unit", "Type", "Ratio", "Min", "Max", "MaxIndicator", "Required" },
            "the code of one of the validator's own checks");
        // Each kind's ids are constants in a class named after the kind; content items and forms are also
        // properties of the generated per-item classes, which have a Total.
        _contents.ReserveGenerated(new[] { Identifiers.ContentIds }.Concat(Identifiers.ItemMembers), "a name the generated code uses for content items");
        _forms.ReserveGenerated(new[] { Identifiers.FormIds }.Concat(Identifiers.ItemMembers), "a name the generated code uses for forms");
        _levels.ReserveGenerated(new[] { Identifiers.LevelIds }, "the class of level ids");
        _units.ReserveGenerated(new[] { Identifiers.UnitIds }, "the class of unit ids");
        // A report's targets are methods of its nested class Targets.
        _targets.ReserveGenerated(new[] { Identifiers.TargetsClass }, "the class that holds the compiled targets");
        foreach (var table in new[] { _contents, _forms, _levels, _units, _rules, _targets })
            table.ReserveGenerated(Identifiers.ObjectMembers, "a member every C# object has");
    }

    public PlanSpec? Read(YamlNode? rootNode)
    {
        if (rootNode is null || rootNode is YamlScalar { IsNull: true })
            rootNode = new YamlMapping(new TextPosition(1, 1, rootNode?.Start.Offset ?? 0));
        if (rootNode is not YamlMapping rootMap)
        {
            _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(rootNode), "(root)", "the file",
                "a mapping of keys (reportkit, plan, indicators, …)", rootNode.Describe());
            return null;
        }

        var root = new Fields(_sink, rootMap, Root, TemplateKeys.Root);
        if (!ReadFormatVersion(root))
            return null;

        var plan = ReadPlan(root);
        // A report becomes a class nested in the plan's class, and C# forbids a member named like its type.
        if (plan is not null && Identifiers.IsValidId(plan.Id))
            _reports.Reserve(Identifiers.ToPascalCase(plan.Id), "the plan", plan.Id, plan.Location.StartLine);
        var holders = ReadSections(root, out var sections);
        holders.TryGetValue(SectionRole.Contents, out var contentsHolder);
        var contents = ReadList(root, "contents", "content item", (node, where, numbers) => ReadContentItem(node, where, numbers, contentsHolder));
        var forms = ReadList(root, "forms", "form", ReadForm);
        var levels = ReadList(root, "levels", "level", (node, where, _) => ReadLevel(node, where));
        var units = ReadList(root, "units", "unit", ReadUnit);
        var indicatorReads = ReadList(root, "indicators", "indicator", (node, where, _) => ReadIndicator(node, where));
        var narratives = ReadList(root, "narratives", "narrative", (node, where, _) => ReadNarrative(node, where));
        var events = ReadList(root, "events", "event", (node, where, _) => ReadEvent(node, where));
        var reports = ReadList(root, "reports", "report", (node, where, _) => ReadReport(node, where, plan?.Document.Kind));
        var peakDates = ReadList(root, "peak_dates", "peak date", (node, where, _) => ReadPeakDate(node, where));
        var ruleReads = ReadList(root, "rules", "rule", (node, where, _) => ReadRule(node, where));
        var assumptions = ReadTextList(root, "assumptions");
        var categories = ReadList(root, "categories", "category", (node, where, _) => ReadCategory(node, where));
        var targetReads = ReadList(root, "targets", "target", (node, where, _) => ReadTarget(node, where));
        var lists = ReadList(root, "lists", "list", (node, where, _) => ReadRowList(node, where));


        CheckIndicators(indicatorReads, contents, forms);
        CheckSplits(indicatorReads, categories, contents, forms);
        CheckRules(ruleReads, indicatorReads);
        CheckLevelsAndLimits(indicatorReads, ruleReads);
        CheckReportContents(reports, ruleReads, indicatorReads);
        CheckComparisons(reports, indicatorReads);
        CheckItemClassNames(indicatorReads, reports, plan);
        CheckTargets(targetReads, indicatorReads, reports);
        CheckLists(lists, contents, forms);
        CheckListLevels(lists, indicatorReads, ruleReads);
        CheckNumericReads(indicatorReads);
        ResolveReferences();

        if (plan is null)
            return null;
        var read = plan with
        {
            Sections = sections.ToEquatableArray(),
            Contents = contents.ToEquatableArray(),
            Forms = forms.ToEquatableArray(),
            Levels = levels.ToEquatableArray(),
            Units = units.ToEquatableArray(),
            Indicators = indicatorReads.Select(i => i.Spec).ToEquatableArray(),
            Narratives = narratives.ToEquatableArray(),
            Reports = reports.ToEquatableArray(),
            PeakDates = peakDates.ToEquatableArray(),
            Rules = ruleReads.Select(r => r.Spec).ToEquatableArray(),
            Assumptions = assumptions.ToEquatableArray(),
            Categories = categories.Count == 0 ? default : categories.ToEquatableArray(),
            Targets = targetReads.Select(t => t.Spec).ToEquatableArray(),
            Events = events.ToEquatableArray(),
            Lists = lists.ToEquatableArray(),
        };
        // The outlines are checked against what each report holds, which the model's queries say once the plan is whole.
        CheckOutlines(read);
        return _sink.HasErrors ? null : read;
    }

    private bool ReadFormatVersion(Fields root)
    {
        var node = root.Value("reportkit");
        if (node is null)
        {
            Missing(root, "reportkit");
            return false;
        }

        if (node is YamlScalar scalar && scalar.Value.Trim() == "1")
            return true;
        _sink.Report(TemplateDiagnostics.UnsupportedFormatVersion, _sink.SpanOf(node),
            node is YamlScalar text ? Clean(text.Value) : node.Describe());
        return false;
    }

    // ---------------------------------------------------------------- plan

    private static readonly (string Name, DocumentKind Value)[] DocumentKinds = { ("party", DocumentKind.Party), ("state", DocumentKind.State) };

    private PlanSpec? ReadPlan(Fields root)
    {
        var map = Mapping(root, "plan", required: true, "a mapping with id, kind, genre, issuer, title");
        if (map is null)
            return null;
        var f = new Fields(_sink, map, "plan", TemplateKeys.Plan);
        var id = Id(f, "id", required: true);
        var revision = Int(f, "revision", 1, int.MaxValue) ?? 1;
        var kind = Enum(f, "kind", required: true, DocumentKinds);
        var genre = Text(f, "genre", required: true);
        var number = Text(f, "number");
        var symbol = Text(f, "symbol");
        var issuer = ReadIssuer(f);
        var place = Text(f, "place");
        var date = Date(f, "date");
        var year = Int(f, "year", 1, 9999);
        var title = Text(f, "title", required: true);
        var implements = ReadList(f, "implements", "implemented document", (node, where, _) => ReadDocumentRef(node, where));
        var sendTo = ReadRecipients(f, "send_to");
        var recipients = ReadRecipients(f, "recipients");
        var signature = ReadSignature(f);
        if (id is null || kind is null || genre is null || issuer is null || title is null || (signature is null && f.Value("signature") is not (null or YamlScalar { IsNull: true })))
            return null;
        var document = new DocumentSpec(kind.Value, genre, number, symbol, issuer, place, date, year, title,
            implements.ToEquatableArray(), sendTo.ToEquatableArray(), recipients.ToEquatableArray(), signature);
        return new PlanSpec(1, id, revision, document,
            EquatableArray<SectionSpec>.Empty, EquatableArray<ContentItemSpec>.Empty, EquatableArray<FormSpec>.Empty,
            EquatableArray<LevelSpec>.Empty, EquatableArray<UnitSpec>.Empty, EquatableArray<IndicatorSpec>.Empty,
            EquatableArray<NarrativeSpec>.Empty, EquatableArray<ReportSpec>.Empty, EquatableArray<PeakDateSpec>.Empty,
            EquatableArray<RuleSpec>.Empty, EquatableArray<string>.Empty, _sink.SpanOf(map));
    }

    private IssuerSpec? ReadIssuer(Fields plan)
    {
        var map = Mapping(plan, "issuer", required: true, "a mapping such as { name: BAN THƯỜNG VỤ ĐẢNG ỦY, parent: … }");
        if (map is null)
            return null;
        var f = new Fields(_sink, map, "plan.issuer", TemplateKeys.Issuer);
        var name = Text(f, "name", required: true);
        var parent = Text(f, "parent");
        return name is null ? null : new IssuerSpec(name, parent);
    }

    private SignatureSpec? ReadSignature(Fields plan)
    {
        var map = Mapping(plan, "signature", required: false, "a mapping such as { capacity: T/M BAN THƯỜNG VỤ, title: PHÓ BÍ THƯ, name: … }");
        if (map is null)
            return null;
        var f = new Fields(_sink, map, "plan.signature", TemplateKeys.Signature);
        var capacity = Text(f, "capacity");
        var title = Text(f, "title", required: true);
        var name = Text(f, "name", required: true);
        return title is null || name is null ? null : new SignatureSpec(capacity, title, name);
    }

    private DocumentRefSpec? ReadDocumentRef(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { ref: 105-KH/HU, date: 2023-04-07 }", TemplateKeys.DocumentRef);
        if (f is null)
            return null;
        var reference = Text(f, "ref", required: true);
        var date = Date(f, "date");
        var by = Text(f, "by");
        var title = Text(f, "title");
        return reference is null ? null : new DocumentRefSpec(reference, date, by, title);
    }

    private List<RecipientSpec> ReadRecipients(Fields plan, string key)
    {
        var result = new List<RecipientSpec>();
        var sequence = Sequence(plan, key);
        if (sequence is null)
            return result;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var where = "plan." + key + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            if (item is YamlScalar scalar && !scalar.IsNull)
            {
                var name = Clean(scalar.Value);
                if (name.Length > 0)
                    result.Add(new RecipientSpec(name, null));
                continue;
            }

            var f = ElementFields(item, where, "a name or a mapping such as { name: Thường trực Đảng ủy, tag: B/c }", TemplateKeys.Recipient);
            if (f is null)
                continue;
            var recipientName = Text(f, "name", required: true);
            var tag = Text(f, "tag");
            if (tag is not null && tag.Length > 1 && tag[0] == '(' && tag[tag.Length - 1] == ')')
                tag = tag.Substring(1, tag.Length - 2).Trim();
            if (recipientName is not null)
                result.Add(new RecipientSpec(recipientName, tag));
        }

        return result;
    }

    // ---------------------------------------------------------------- outline, contents, forms, levels, units

    private static readonly (string Name, SectionRole Value)[] SectionRoles =
        { ("contents", SectionRole.Contents), ("forms", SectionRole.Forms), ("units", SectionRole.Units) };

    private Dictionary<SectionRole, string> ReadSections(Fields root, out List<SectionSpec> sections)
    {
        var holders = new Dictionary<SectionRole, (string No, int Line)>();
        sections = ReadList(root, "sections", "section", (node, where, numbers) => ReadSection(node, where, numbers, holders));
        return holders.ToDictionary(h => h.Key, h => h.Value.No);
    }

    private SectionSpec? ReadSection(YamlNode node, string where, NumberSet numbers, Dictionary<SectionRole, (string No, int Line)> holders)
    {
        var f = ElementFields(node, where, "a mapping such as { no: II, title: NỘI DUNG }", TemplateKeys.Section);
        if (f is null)
            return null;
        var no = Number(f, required: true, numbers);
        var title = Text(f, "title", required: true);
        var role = Enum(f, "holds", required: false, SectionRoles) ?? SectionRole.Text;
        if (role != SectionRole.Text && no is not null)
        {
            if (holders.TryGetValue(role, out var holder))
            {
                _sink.Report(TemplateDiagnostics.DuplicateHoldingSection, _sink.SpanOf(f.Value("holds")!), no, NameOf(role), holder.No, holder.Line);
            }
            else
            {
                holders[role] = (no, f.Map.Start.Line);
            }
        }

        var items = ReadList(f, "items", "section", (child, childWhere, childNumbers) => ReadSection(child, childWhere, childNumbers, holders));
        return no is null || title is null ? null : new SectionSpec(no, title, role, items.ToEquatableArray(), _sink.SpanOf(f.Map));
    }

    private static string NameOf(SectionRole role) => SectionRoles.First(r => r.Value == role).Name;

    private ContentItemSpec? ReadContentItem(YamlNode node, string where, NumberSet numbers, string? holderNo, string? parentPath = null)
    {
        var f = ElementFields(node, where, "a mapping such as { id: tong_quat, no: \"1.1\", title: … }",
            TemplateKeys.ContentItem, _contents);
        if (f is null)
            return null;

        var id = DeclareId(f, _contents, required: false);
        var no = Number(f, required: true, numbers);
        var title = Text(f, "title", required: true);
        var path = no is null ? null : ContentPath(holderNo, parentPath, no);
        var items = ReadList(f, "items", "content item", (child, childWhere, childNumbers) => ReadContentItem(child, childWhere, childNumbers, holderNo, path));
        var isLeaf = f.Value("items") is null || f.Value("items") is YamlSequence { Items.Count: 0 };
        if (isLeaf && id is null && no is not null && f.Value("id") is null)
        {
            _sink.Report(TemplateDiagnostics.ContentLeafWithoutId, _sink.SpanOf(f.Map), no);
        }

        return no is null || title is null || path is null ? null : new ContentItemSpec(id, no, path, title, items.ToEquatableArray(), _sink.SpanOf(f.Map));
    }

    // A numbered item already carries its parents' numbers ("2.1" under "2"), so its path is the holding
    // section's number + its own; a bullet ("-", "+") has no number of its own and stands at its parent's path.
    private static string ContentPath(string? holderNo, string? parentPath, string no)
    {
        if (ItemNumbering.IsBullet(no))
            return parentPath ?? (holderNo is null || ItemNumbering.IsBullet(holderNo) ? ItemNumbering.Bullet : holderNo);
        return holderNo is null || ItemNumbering.IsBullet(holderNo) ? no : holderNo.TrimEnd('.') + "." + no;
    }

    private FormSpec? ReadForm(YamlNode node, string where, NumberSet numbers)
    {
        var f = ElementFields(node, where, "a mapping such as { id: hoi_nghi, title: Hội nghị }",
            TemplateKeys.Form, _forms);
        if (f is null)
            return null;

        var id = DeclareId(f, _forms, required: true);
        var no = Number(f, required: false, numbers);
        var title = Text(f, "title", required: true);
        return id is null || title is null ? null : new FormSpec(id, no, title, _sink.SpanOf(f.Map));
    }

    private LevelSpec? ReadLevel(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: chi_bo, name: Chi bộ }",
            TemplateKeys.Level, _levels);
        if (f is null)
            return null;

        var id = DeclareId(f, _levels, required: true);
        var name = Text(f, "name", required: true);
        return id is null || name is null ? null : new LevelSpec(id, name, _sink.SpanOf(f.Map));
    }

    private UnitSpec? ReadUnit(YamlNode node, string where, NumberSet numbers)
    {
        var f = ElementFields(node, where, "a mapping such as { id: chi_bo, name: Các chi bộ }",
            TemplateKeys.Unit, _units);
        if (f is null)
            return null;

        var id = DeclareId(f, _units, required: true);
        var no = Number(f, required: false, numbers);
        var name = Text(f, "name", required: true);
        var level = Reference(f, "level", _levels);
        var tasks = ReadTextList(f, "tasks");
        var reports = ReferenceList(f, "reports", _reports);
        var consolidates = ReferenceList(f, "consolidates", _reports);
        return id is null || name is null
            ? null
            : new UnitSpec(id, no, name, level, tasks.ToEquatableArray(), reports.ToEquatableArray(), consolidates.ToEquatableArray(), _sink.SpanOf(f.Map));
    }

    // ---------------------------------------------------------------- narratives, peak dates

    private NarrativeSpec? ReadNarrative(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { id: han_che, label: Hạn chế, nguyên nhân }",
            TemplateKeys.Narrative, _narratives);
        if (f is null)
            return null;

        var id = DeclareId(f, _narratives, required: true);
        var label = Text(f, "label", required: true);
        var required = Bool(f, "required") ?? false;
        var maxLength = Int(f, "max_length", 1, int.MaxValue);
        var hint = Text(f, "hint");
        var levels = ReadLevelScope(f);
        return id is null || label is null ? null : new NarrativeSpec(id, label, required, maxLength, hint, _sink.SpanOf(f.Map), levels);
    }

    private static readonly Regex DayMonth = new(@"^(\d{1,2})/(\d{1,2})$", RegexOptions.CultureInvariant);

    private PeakDateSpec? ReadPeakDate(YamlNode node, string where)
    {
        var f = ElementFields(node, where, "a mapping such as { date: \"03/02\", label: Ngày Thành lập Đảng }", TemplateKeys.PeakDate);
        if (f is null)
            return null;
        var label = Text(f, "label", required: true);
        var dateNode = f.Value("date");
        (int Day, int Month)? date = null;
        if (dateNode is null)
        {
            Missing(f, "date");
        }
        else if (dateNode is not YamlScalar scalar)
        {
            WrongType(f, "date", "a day and month written dd/MM, e.g. \"03/02\"", dateNode);
        }
        else
        {
            var text = Clean(scalar.Value);
            var match = DayMonth.Match(text);
            if (!match.Success)
            {
                _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(scalar), text, "write peak dates as day/month (dd/MM), e.g. \"03/02\" for 3 February");
            }
            else
            {
                var day = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                var problem = CalendarProblem(null, month, day);
                if (problem is not null)
                    _sink.Report(TemplateDiagnostics.InvalidDate, _sink.SpanOf(scalar), text, problem);
                else
                    date = (day, month);
            }
        }

        return date is null || label is null ? null : new PeakDateSpec(date.Value.Day, date.Value.Month, label, _sink.SpanOf(f.Map));
    }

    // ---------------------------------------------------------------- shared element helpers

    /// <summary>Numbers already used in one list (sections, contents, forms, units); bullets may repeat.</summary>
    private sealed class NumberSet
    {
        public NumberSet(string where) => Where = where;

        public string Where { get; }

        public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);
    }

    private List<T> ReadList<T>(Fields owner, string key, string kind, Func<YamlNode, string, NumberSet, T?> read)
        where T : class
    {
        var result = new List<T>();
        var sequence = Sequence(owner, key);
        if (sequence is null)
        {
            var table = TableOf(kind);
            if (owner.Value(key) is not null && table is not null)
                table.Incomplete = true;
            return result;
        }

        var listWhere = owner.Where == Root ? "'" + key + "'" : "'" + key + "' of " + owner.Where;
        var numbers = new NumberSet(listWhere);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            var where = DescribeElement(kind, key, i, item);
            var value = read(item, where, numbers);
            if (value is not null)
                result.Add(value);
        }

        return result;
    }

    private IdTable? TableOf(string kind) => kind switch
    {
        "content item" => _contents,
        "form" => _forms,
        "level" => _levels,
        "unit" => _units,
        "indicator" => _indicators,
        "narrative" => _narratives,
        "report" => _reports,
        "rule" => _rules,
        "category" => _categories,
        "target" => _targets,
        "event" => _events,
        "list" => _lists,
        _ => null,
    };

    /// <summary>"indicator 'so_buoi'" when the element has a usable id or number, else "indicators[3]".</summary>
    private static string DescribeElement(string kind, string key, int index, YamlNode item)
    {
        if (item is YamlMapping map)
        {
            foreach (var name in new[] { "id", "no" })
            {
                var entry = map.Entries.FirstOrDefault(e => e.Key is YamlScalar k && k.Value == name);
                if (entry.Value is YamlScalar { IsNull: false } value && value.Value.Length <= 40)
                    return kind + " '" + Clean(value.Value) + "'";
            }
        }

        return key + "[" + (index + 1).ToString(CultureInfo.InvariantCulture) + "]";
    }

    private Fields? ElementFields(YamlNode node, string where, string expected, IReadOnlyList<string> keys)
    {
        if (node is YamlMapping map)
            return new Fields(_sink, map, where, keys);
        _sink.Report(TemplateDiagnostics.WrongValueType, _sink.SpanOf(node), where, "its list", expected, node.Describe());
        return null;
    }

    /// <summary>
    /// An element of a list that declares ids in <paramref name="declaring"/>: when it is not a mapping, the table is
    /// marked incomplete, so a reference to the id it would have declared is not reported as unknown as well.
    /// </summary>
    private Fields? ElementFields(YamlNode node, string where, string expected, IReadOnlyList<string> keys, IdTable declaring)
    {
        var fields = ElementFields(node, where, expected, keys);
        if (fields is null)
            declaring.Incomplete = true;
        return fields;
    }

    private string? DeclareId(Fields f, IdTable table, bool required)
    {
        var id = Id(f, "id", required);
        if (id is null)
        {
            if (required)
                table.Incomplete = true;
            return null;
        }

        table.Declare(_sink, id, f.Value("id")!);
        return id;
    }

    private string? Number(Fields f, bool required, NumberSet numbers)
    {
        var no = Text(f, "no", required);
        if (no is null)
            return null;
        if (!ItemNumbering.IsBullet(no))
        {
            if (numbers.Lines.TryGetValue(no, out var firstLine))
                _sink.Report(TemplateDiagnostics.DuplicateNumber, _sink.SpanOf(f.Value("no")!), no, numbers.Where, firstLine);
            else
                numbers.Lines[no] = f.Value("no")!.Start.Line;
        }

        return no;
    }
}
