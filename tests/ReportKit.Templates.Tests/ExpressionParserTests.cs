using System.Collections.Generic;

namespace ReportKit.Templates.Tests;

public class ExpressionParserTests
{
    [Theory]
    [InlineData("dang_vien_du / dang_vien", "(dang_vien_du / dang_vien)")]
    [InlineData("(a + b) * 2", "((a + b) * 2)")]
    [InlineData("a + b * 2", "(a + (b * 2))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("  1.5*x ", "(1.5 * x)")]
    [InlineData("a - -1", "(a - -1)")]
    [InlineData("((a))", "a")]
    public void Parses_with_precedence_and_left_associativity(string text, string shape)
    {
        var result = ExpressionParser.Parse(text);
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(shape, result.Expression!.ToString());
    }

    [Theory]
    [InlineData("a / / b", 4)]
    [InlineData("(a + b", 6)]
    [InlineData("a b", 2)]
    [InlineData("", 0)]
    [InlineData("số + 1", 1)]
    [InlineData("1x", 1)]
    [InlineData("a + 1.", 6)]
    [InlineData("a $ b", 2)]
    public void Reports_the_offset_of_the_error(string text, int offset)
    {
        var result = ExpressionParser.Parse(text);
        Assert.False(result.Success);
        Assert.Null(result.Expression);
        Assert.Equal(offset, result.Error!.Offset);
    }

    [Fact]
    public void Records_each_reference_with_its_offset()
    {
        var result = ExpressionParser.Parse("(a + bb) / a");
        Assert.Equal(new[] { new ExpressionReference("a", 1, 1), new ExpressionReference("bb", 5, 2), new ExpressionReference("a", 11, 1) }, result.References);
        Assert.Equal(new[] { "a", "bb" }, ExpressionParser.IndicatorIds(result.Expression!));
    }

    [Theory]
    [InlineData("a <= b", ComparisonOperator.LessOrEqual)]
    [InlineData("a<b", ComparisonOperator.Less)]
    [InlineData("a >= b + 1", ComparisonOperator.GreaterOrEqual)]
    [InlineData("a > 0", ComparisonOperator.Greater)]
    [InlineData("a == b", ComparisonOperator.Equal)]
    [InlineData("a != b", ComparisonOperator.NotEqual)]
    public void Parses_comparisons(string text, ComparisonOperator op)
    {
        var result = ExpressionParser.ParseComparison(text);
        Assert.True(result.Success, result.Error?.Message);
        Assert.Equal(op, result.Operator);
        Assert.Equal(text.Replace(" ", ""), (result.Left + ExpressionParser.ToText(op) + result.Right).Replace(" ", "").Replace("(", "").Replace(")", ""));
    }

    [Theory]
    [InlineData("a = b", 2)]
    [InlineData("a b", 2)]
    [InlineData("a <= b <= c", 7)]
    [InlineData("a <=", 4)]
    public void Rejects_malformed_comparisons(string text, int offset)
    {
        var result = ExpressionParser.ParseComparison(text);
        Assert.False(result.Success);
        Assert.Equal(offset, result.Error!.Offset);
    }

    [Fact]
    public void Evaluates_and_leaves_uncomputable_values_blank()
    {
        var values = new Dictionary<string, decimal?> { ["du"] = 24, ["tong"] = 25, ["zero"] = 0, ["blank"] = null };
        decimal? Eval(string text) => ExpressionParser.Evaluate(ExpressionParser.Parse(text).Expression!, id => values[id]);

        Assert.Equal(0.96m, Eval("du / tong"));
        Assert.Equal(98m, Eval("(du + 25) * 2"));
        Assert.Null(Eval("du / zero"));
        Assert.Null(Eval("du + blank"));
        Assert.True(ExpressionParser.Compare(24, ComparisonOperator.LessOrEqual, 25));
        Assert.Null(ExpressionParser.Compare(null, ComparisonOperator.Less, 1));
    }

    [Fact]
    public void Deep_or_long_expressions_are_refused_not_overflowed()
    {
        Assert.False(ExpressionParser.Parse(new string('(', 10_000) + "a" + new string(')', 10_000)).Success);
        Assert.False(ExpressionParser.Parse("a" + string.Concat(System.Linq.Enumerable.Repeat(" + a", 1_000))).Success);
        Assert.True(ExpressionParser.Parse("a" + string.Concat(System.Linq.Enumerable.Repeat(" + a", 60))).Success);
    }
}
