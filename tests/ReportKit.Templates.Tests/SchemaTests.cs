using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using ReportKit.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportKit.Templates.Tests;

/// <summary>
/// The JSON Schema in templates/ is what editors use to complete and check plan templates: it must
/// accept every bundled template and flag the mistakes an author makes (misspelt keys, wrong types).
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Templates, "reportkit.plan.schema.json");

    // Loaded once: JsonSchema.Net registers a schema under its $id, and one instance per run is enough.
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    // The smallest template the format accepts, written the way an author would. Each negative test
    // changes exactly one thing in it, so a rejection can only come from that change.
    private const string MinimalTemplate = """
        reportkit: 1
        plan:
          id: KeHoachThu
          revision: 2
          kind: party
          genre: KẾ HOẠCH
          number: "12"
          symbol: KH/ĐU
          issuer: { name: ĐẢNG ỦY XÃ }
          date: 2023-04-07
          title: thử
          recipients: [Lưu VP, { name: Như trên, tag: T/h }]
          signature: { capacity: T/M BAN THƯỜNG VỤ, title: PHÓ BÍ THƯ, name: Nguyễn Văn A }
        contents:
          - { id: nhom, no: "1", title: Nhóm, items: [ { id: la, no: "1.1", title: Lá } ] }
        indicators:
          - { id: so_buoi, label: Số buổi, unit: buổi, type: integer, by: contents }
          - { id: dang_vien, label: Tổng số đảng viên }
          - { id: dang_vien_du, label: Số đảng viên tham gia, max: dang_vien }
          - { id: ty_le, label: Tỷ lệ, type: ratio, formula: dang_vien_du / dang_vien, format: percent }
        reports:
          - { id: mot_lan, title: Một lần, period: once, due: { before: 2023-04-20 } }
          - { id: hang_nam, title: Hằng năm, period: year, from: 2023, due: { month: 11 } }
          - { id: so_ket, title: Sơ kết, period: span, from: 2023, to: 2025, due: { month: 2025-10 } }
        peak_dates:
          - { date: "03/02", label: Ngày Thành lập Đảng }
        rules:
          - { id: khong_qua, check: dang_vien_du <= dang_vien, message: Không vượt }
          - { id: bao_phu, coverage: { indicator: so_buoi, within: nhom, min: 1 }, message: Chọn ít nhất một }
        """;

    [Theory]
    [MemberData(nameof(SeedTemplateTests.BundledTemplates), MemberType = typeof(SeedTemplateTests))]
    public void Bundled_template_is_valid_against_the_schema(string fileName)
    {
        var json = YamlToJson(File.ReadAllText(Path.Combine(RepoPaths.Templates, fileName)));

        var results = Evaluate(json);

        Assert.True(results.IsValid, fileName + " is rejected by the schema:\n" + Describe(results));
    }

    [Fact]
    public void Every_template_starts_with_the_schema_modeline_that_editors_read()
    {
        foreach (var path in RepoPaths.BundledTemplatePaths())
        {
            var firstLine = File.ReadLines(path).First();
            var schema = Path.GetRelativePath(Path.GetDirectoryName(path)!, SchemaPath).Replace('\\', '/');
            Assert.Equal("# yaml-language-server: $schema=" + schema, firstLine);
        }
    }

    [Fact]
    public void Minimal_template_is_valid()
    {
        var results = Evaluate(YamlToJson(MinimalTemplate));

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Minimal_template_is_also_accepted_by_the_checker()
    {
        var result = PlanTemplateParser.Parse("minimal.plan.yaml", MinimalTemplate);

        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }

    [Fact]
    public void Misspelt_root_key_is_rejected_where_it_is_written()
    {
        var results = Evaluate(YamlToJson(MinimalTemplate + "\nindicatrs: []\n"));

        Assert.False(results.IsValid);
        Assert.Contains("/indicatrs", FailedLocations(results));
    }

    [Fact]
    public void Misspelt_indicator_key_is_rejected_where_it_is_written()
    {
        var yaml = MinimalTemplate.Replace("{ id: dang_vien, label: Tổng số đảng viên }", "{ id: dang_vien, lable: Tổng số đảng viên }", StringComparison.Ordinal);
        Assert.NotEqual(MinimalTemplate, yaml);

        var results = Evaluate(YamlToJson(yaml));

        Assert.False(results.IsValid);
        Assert.Contains("/indicators/1/lable", FailedLocations(results));
    }

    [Fact]
    public void Misspelt_key_in_a_nested_due_is_rejected()
    {
        var yaml = MinimalTemplate.Replace("due: { before: 2023-04-20 }", "due: { befor: 2023-04-20 }", StringComparison.Ordinal);
        Assert.NotEqual(MinimalTemplate, yaml);

        Assert.False(Evaluate(YamlToJson(yaml)).IsValid);
    }

    [Fact]
    public void Text_revision_is_rejected()
    {
        var yaml = MinimalTemplate.Replace("revision: 2", "revision: \"abc\"", StringComparison.Ordinal);
        Assert.NotEqual(MinimalTemplate, yaml);

        var results = Evaluate(YamlToJson(yaml));

        Assert.False(results.IsValid);
        Assert.Contains("/plan/revision", FailedLocations(results));
    }

    [Fact]
    public void Unknown_indicator_type_is_rejected()
    {
        var yaml = MinimalTemplate.Replace("type: integer", "type: integr", StringComparison.Ordinal);
        Assert.NotEqual(MinimalTemplate, yaml);

        var results = Evaluate(YamlToJson(yaml));

        Assert.False(results.IsValid);
        Assert.Contains("/indicators/0/type", FailedLocations(results));
    }

    [Theory]
    [InlineData("kind: party", "kind: partty")]                                  // not party/state
    [InlineData("id: KeHoachThu", "id: Kế_hoạch")]                              // ids are ASCII
    [InlineData("date: 2023-04-07", "date: 07/04/2023")]                        // dates are ISO
    [InlineData("due: { before: 2023-04-20 }", "due: { before: 2023-04-20, month: 4 }")] // exactly one due form
    [InlineData("due: { month: 11 }", "due: { month: 13 }")]                    // no month 13
    [InlineData("period: year, from: 2023,", "period: year,")]                  // periodic needs from
    [InlineData("period: span, from: 2023, to: 2025,", "period: span, from: 2023,")] // span needs to
    [InlineData("type: ratio, formula: dang_vien_du / dang_vien,", "type: ratio,")] // ratio needs formula
    [InlineData("date: \"03/02\"", "date: \"03-02\"")]                          // peak dates are dd/MM
    [InlineData("check: dang_vien_du <= dang_vien", "check: dang_vien_du dang_vien")] // a check compares
    [InlineData("period: once, due:", "period: once, from: 2023, due:")]        // a one-off has no years
    [InlineData("due: { month: 11 }", "due: { before: 2023-11-30 }")]           // a yearly report has no fixed date
    [InlineData("due: { month: 2025-10 }", "due: { month: 10 }")]               // a span is due in one given year
    [InlineData(", due: { before: 2023-04-20 } }", " }")]                       // no due and no assumption
    [InlineData("{ id: dang_vien, label: Tổng số đảng viên }", "{ id: dang_vien, label: Tổng số đảng viên, formula: 1 + 1 }")] // formulas only on ratios
    [InlineData("title: thử", "title: \"  \"")]                                 // text is not blank
    [InlineData("signature: { capacity: T/M BAN THƯỜNG VỤ, title: PHÓ BÍ THƯ, name: Nguyễn Văn A }", "signature: { capacity: T/M BAN THƯỜNG VỤ, title: PHÓ BÍ THƯ }")]
    [InlineData("reportkit: 1", "reportkit: 2")]                                 // only version 1
    [InlineData("{ id: dang_vien, label: Tổng số đảng viên }", "{ id: dang_vien, label: Tổng số đảng viên, levels: [] }")] // levels name a level (RK0032)
    [InlineData("formula: dang_vien_du / dang_vien, format: percent }", "formula: dang_vien_du / dang_vien, format: percent, required: true }")] // a ratio is never required (RK0033)
    [InlineData("{ id: dang_vien, label: Tổng số đảng viên }", "{ id: dang_vien, label: Tổng số đảng viên, levles: [xa] }")] // misspelt levels (RK0003)
    [InlineData("period: once, due:", "period: once, compare: [dang_vien], due:")] // a one-off has no earlier period (RK0090)
    [InlineData("period: span, from: 2023, to: 2025,", "period: span, from: 2023, to: 2025, compare: [dang_vien],")] // nor a span
    [InlineData("period: year, from: 2023,", "period: year, from: 2023, cumulative: [dang_vien],")] // a year has no year-to-date (RK0091)
    public void Template_mistake_is_rejected_by_the_schema_and_by_the_checker(string valid, string mistaken)
    {
        Assert.Contains(valid, MinimalTemplate, StringComparison.Ordinal);
        var yaml = MinimalTemplate.Replace(valid, mistaken, StringComparison.Ordinal);

        Assert.False(Evaluate(YamlToJson(yaml)).IsValid, "the schema accepts: " + mistaken);
        // The editor's squiggles and `reportkit check` must agree, or authors learn to ignore one. The
        // schema has no warnings: what the checker only warns about (RK0025) the schema flags outright.
        Assert.False(PlanTemplateParser.Parse("mistake.plan.yaml", yaml).Diagnostics.IsEmpty, "the checker accepts: " + mistaken);
    }

    [Theory]
    [InlineData("tests/ReportKit.Templates.Tests/Valid/time.plan.yaml")]
    [InlineData("templates/examples/hoat-dong-he-ninh-thuan-2019.plan.yaml")]
    public void Time_templates_are_valid_against_the_schema(string path)
    {
        var results = Evaluate(YamlToJson(File.ReadAllText(RepoPaths.Combine(path.Split('/')))));

        Assert.True(results.IsValid, path + " is rejected by the schema:\n" + Describe(results));
    }

    // The time mistakes a schema can see (dates compared, references resolved are the checker's alone).
    [Theory]
    [InlineData("time-periods-unknown")]
    [InlineData("time-phases-on-year")]
    public void Time_mistake_is_rejected_by_the_schema(string file)
    {
        Assert.False(Evaluate(YamlToJson(File.ReadAllText(TemplateFiles.Malformed(file)))).IsValid);
    }

    // Field types: the schema refuses the keys a type does not take. RK0051 (a date, text or document read by a
    // formula, rule or max) is a reference between indicators, which only the checker can see.
    [Theory]
    [InlineData("types-min-on-yes-no")]
    [InlineData("types-max-length-on-date")]
    [InlineData("types-by-on-document")]
    [InlineData("types-text-max-length-zero")]
    public void Field_type_mistake_is_rejected_by_the_schema(string malformed)
    {
        var json = YamlToJson(File.ReadAllText(TemplateFiles.Malformed(malformed)));

        Assert.False(Evaluate(json).IsValid, "the schema accepts " + malformed);
    }

    [Fact]
    public void Field_types_are_valid_against_the_schema()
    {
        var yaml = MinimalTemplate.Replace("{ id: dang_vien, label: Tổng số đảng viên }",
            "{ id: dang_vien, label: Tổng số đảng viên }\n  - { id: ban_chi_dao, label: Ban Chỉ đạo, type: yes_no, required: true }\n" +
            "  - { id: ngay, label: Ngày tổ chức, type: date }\n  - { id: ten, label: Tên, type: text, max_length: 80 }\n" +
            "  - { id: ke_hoach, label: Kế hoạch, type: document }", StringComparison.Ordinal);
        Assert.NotEqual(MinimalTemplate, yaml);

        var results = Evaluate(YamlToJson(yaml));

        Assert.True(results.IsValid, Describe(results));
        Assert.True(PlanTemplateParser.Parse("types.plan.yaml", yaml).Diagnostics.IsEmpty);
    }

    [Fact]
    public void Converter_keeps_quoted_numbers_as_text_and_plain_numbers_as_numbers()
    {
        var json = YamlToJson("a: \"1\"\nb: 1\nc: 2.5\nd: ~\ne: true\nf: 2023-04-20\ng: '03'\n")!.AsObject();

        Assert.Equal("\"1\"", json["a"]!.ToJsonString());
        Assert.Equal("1", json["b"]!.ToJsonString());
        Assert.Equal("2.5", json["c"]!.ToJsonString());
        Assert.Null(json["d"]);
        Assert.True(json.ContainsKey("d"));
        Assert.Equal("true", json["e"]!.ToJsonString());
        Assert.Equal("\"2023-04-20\"", json["f"]!.ToJsonString());
        Assert.Equal("\"03\"", json["g"]!.ToJsonString());
    }

    // Targets: the mistakes a schema can see (the checker alone resolves ids and what they are).
    [Theory]
    [InlineData("targets-share-above-one")]
    [InlineData("targets-share-percent-above-100")]
    [InlineData("targets-share-and-consolidated")]
    [InlineData("targets-without-scope")]
    [InlineData("targets-two-thresholds")]
    [InlineData("targets-no-threshold")]
    [InlineData("targets-unknown-key")]
    public void Target_mistake_is_rejected_by_the_schema(string malformed)
    {
        Assert.False(Evaluate(YamlToJson(File.ReadAllText(TemplateFiles.Malformed(malformed)))).IsValid);
        var fixedText = File.ReadAllText(TemplateFiles.Malformed(malformed)).Split("targets:")[0] + """
            targets:
              - { id: trai_he, label: 7/7 huyện tổ chức trại hè, indicator: so_trai_he, at_least: 1, level: huyen, share: 100% }
              - { id: toan_tinh, label: Toàn tỉnh ít nhất 1 tọa đàm, indicator: so_trai_he, above: 0, consolidated: true }
            """;
        var results = Evaluate(YamlToJson(fixedText));
        Assert.True(results.IsValid, Describe(results));
    }

    internal static EvaluationResults Evaluate(JsonNode? json) =>
        Schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

    /// <summary>The instance locations (JSON pointers) at which some keyword failed.</summary>
    private static List<string> FailedLocations(EvaluationResults results) =>
        results.Details
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .Select(d => d.InstanceLocation.ToString())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    internal static string Describe(EvaluationResults results) =>
        string.Join("\n", results.Details
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " (" + d.EvaluationPath + ") " + e.Key + ": " + e.Value)));

    // ------------------------------------------------------------------ YAML → JSON

    private static readonly Regex IntegerScalar = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex DecimalScalar = new(@"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// YAML as JSON, typed the way the template format reads scalars: a plain scalar that looks like
    /// an integer, a decimal, a boolean or null becomes one; anything quoted, and every other plain
    /// scalar (dates such as 2023-04-20 included), is a string.
    /// </summary>
    internal static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents.Single().RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(entry =>
            new KeyValuePair<string, JsonNode?>(((YamlScalarNode)entry.Key).Value ?? "", Convert(entry.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InvalidOperationException("YAML aliases are not used in plan templates: " + node.Start),
    };

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
            return JsonValue.Create(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return null;
        if (value is "true" or "True" or "TRUE")
            return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE")
            return JsonValue.Create(false);
        if (IntegerScalar.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.Create(integer);
        if (DecimalScalar.IsMatch(value) && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        return JsonValue.Create(value);
    }
}
