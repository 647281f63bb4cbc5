using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace ReportKit.Templates.Tests;

public class FuzzTests
{
    private static readonly string[] Injections =
    {
        "\t", "\uFEFF", "\0", "\u0301", "\u202E", "\u200F", "\uD800", "\uDC00", "\u0000\u0000", "\r", "\n", " ", ":", "- ", "[", "{", "}", "]", "&a ", "*a", "#", "\"", "'", "|", ">", "---\n", "%", "!!str ", "ð",
    };

    private static readonly string[] Keys =
    {
        "reportkit", "plan", "id", "kind", "title", "indicators", "reports", "due", "period", "formula", "type", "no", "items", "holds", "coverage", "level", "month", "from", "to",
    };

    /// <summary>Applies one mutation chosen by <paramref name="kind"/>, placed by the two seeds.</summary>
    private static string Mutate(string text, int kind, int a, int b)
    {
        var lines = text.Split('\n').ToList();
        var line = lines.Count == 0 ? 0 : a % lines.Count;
        var offset = text.Length == 0 ? 0 : a % (text.Length + 1);
        switch (kind)
        {
            case 0: // delete a line
                if (lines.Count > 0)
                    lines.RemoveAt(line);
                return string.Join("\n", lines);
            case 1: // duplicate a line
                if (lines.Count > 0)
                    lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            case 2: // rename a key: drop, swap or replace letters of one "key:"
            {
                var key = Keys[b % Keys.Length] + ":";
                var at = text.IndexOf(key, offset % Math.Max(1, text.Length), StringComparison.Ordinal);
                if (at < 0)
                    at = text.IndexOf(key, StringComparison.Ordinal);
                if (at < 0)
                    return text;
                var renamed = (b / Keys.Length % 3) switch
                {
                    0 => key.Substring(1),
                    1 => key.Length > 3 ? key.Substring(1, 1) + key.Substring(0, 1) + key.Substring(2) : "x" + key,
                    _ => Keys[(b / 7) % Keys.Length] + ":",
                };
                return text.Substring(0, at) + renamed + text.Substring(at + key.Length);
            }

            case 3: // truncate
                return text.Substring(0, offset);
            case 4: // swap two lines
                if (lines.Count > 1)
                {
                    var other = b % lines.Count;
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                }

                return string.Join("\n", lines);
            case 5: // change indentation of a line
                if (lines.Count > 0)
                    lines[line] = b % 2 == 0 ? " " + lines[line] : lines[line].TrimStart();
                return string.Join("\n", lines);
            default: // inject tabs, BOM, NUL, combining marks, RTL marks, surrogate halves, YAML punctuation
                return text.Substring(0, offset) + Injections[b % Injections.Length] + text.Substring(offset);
        }
    }

    [Fact]
    public void Mutated_templates_never_throw_and_give_a_plan_or_an_error()
    {
        var texts = TemplateFiles.ValidTemplateTexts();
        Assert.NotEmpty(texts);
        var known = TemplateDiagnostics.All.Select(d => d.Id).ToHashSet();

        var gen = Gen.Select(Gen.Int[0, texts.Count - 1], Gen.Select(Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 4]);
        gen.Sample(
            sample =>
            {
                var (index, mutations) = sample;
                var text = mutations.Aggregate(texts[index], (t, m) => Mutate(t, m.Item1, m.Item2, m.Item3));
                var result = PlanTemplateParser.Parse("fuzz.plan.yaml", text);

                Assert.True(result.Plan is null == result.HasErrors, "a plan must be given exactly when there is no error");
                foreach (var d in result.Diagnostics)
                {
                    Assert.Contains(d.Id, known);
                    Assert.True(d.Location.StartLine >= 1 && d.Location.StartColumn >= 1, d.ToString());
                    Assert.InRange(d.Location.StartOffset, 0, text.Length);
                    Assert.InRange(d.Location.EndOffset, d.Location.StartOffset, text.Length + 1);
                    Assert.False(string.IsNullOrWhiteSpace(d.Message));
                }
            },
            iter: 10_000,
            print: sample => sample.Item1 + ": " + string.Join(", ", sample.Item2.Select(m => m.ToString())));
    }
}
