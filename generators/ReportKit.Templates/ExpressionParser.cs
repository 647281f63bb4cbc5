using System;
using System.Collections.Generic;
using System.Globalization;

namespace ReportKit.Templates;

/// <summary>An indicator id as it occurs in an expression's text.</summary>
/// <param name="Id">The id as written.</param>
/// <param name="Offset">0-based character offset in the expression text.</param>
/// <param name="Length">Its length in characters.</param>
public sealed record ExpressionReference(string Id, int Offset, int Length);

/// <summary>A list aggregate as it occurs in an expression's text.</summary>
/// <param name="Aggregate">The aggregate.</param>
/// <param name="Offset">0-based character offset of its list id.</param>
/// <param name="ColumnOffset">0-based character offset of its column id (<c>sum</c>), or -1.</param>
public sealed record ExpressionAggregate(ListAggregateExpr Aggregate, int Offset, int ColumnOffset);

/// <summary>Why an expression could not be parsed, and where.</summary>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="Offset">0-based character offset in the expression text.</param>
public sealed record ExpressionError(string Message, int Offset);

/// <summary>The result of <see cref="ExpressionParser.Parse"/>.</summary>
/// <param name="Expression">The expression, or null when <see cref="Error"/> is set.</param>
/// <param name="References">Every indicator id in the text, in order (also when there is an error, as far as read).</param>
/// <param name="Error">The first error, or null.</param>
/// <param name="Aggregates">Every list aggregate in the text (<c>count(list)</c>, <c>sum(list.column)</c>), in order, with where its list id is.</param>
public sealed record ExpressionParseResult(ExprSpec? Expression, EquatableArray<ExpressionReference> References, ExpressionError? Error,
    EquatableArray<ExpressionAggregate> Aggregates = default)
{
    /// <summary>True when the text is a valid expression.</summary>
    public bool Success => Error is null && Expression is not null;
}

/// <summary>The result of <see cref="ExpressionParser.ParseComparison"/>.</summary>
/// <param name="Left">The left side, or null on error.</param>
/// <param name="Operator">The comparison operator (meaningless on error).</param>
/// <param name="Right">The right side, or null on error.</param>
/// <param name="References">Every indicator id in the text, in order.</param>
/// <param name="Error">The first error, or null.</param>
/// <param name="Aggregates">Every list aggregate in the text, in order.</param>
public sealed record ComparisonParseResult(
    ExprSpec? Left,
    ComparisonOperator Operator,
    ExprSpec? Right,
    EquatableArray<ExpressionReference> References,
    ExpressionError? Error,
    EquatableArray<ExpressionAggregate> Aggregates = default)
{
    /// <summary>True when the text is a valid comparison.</summary>
    public bool Success => Error is null && Left is not null && Right is not null;
}

/// <summary>
/// Parses and evaluates the expressions of formulas and check rules: numbers (invariant culture,
/// <c>.</c> as decimal point), indicator ids, <c>+ - * /</c> and parentheses, with the usual precedence
/// and left associativity (<c>"(a + b) * 2"</c>, <c>"dang_vien_du / dang_vien"</c>). Used at build time
/// by the template front end and at run time to recompute ratios.
/// </summary>
public static class ExpressionParser
{
    /// <summary>The deepest expression tree accepted, so no input can exhaust the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses an arithmetic expression. Never throws.</summary>
    /// <param name="text">The expression text.</param>
    public static ExpressionParseResult Parse(string text)
    {
        var reader = new Reader(text ?? string.Empty);
        var expression = reader.ParseWhole();
        return new ExpressionParseResult(reader.Error is null ? expression : null, reader.References.ToEquatableArray(), reader.Error,
            reader.Aggregates.ToEquatableArray());
    }

    /// <summary>Parses a comparison <c>left op right</c> with op one of <c>&lt; &lt;= &gt; &gt;= == !=</c>. Never throws.</summary>
    /// <param name="text">The comparison text, e.g. <c>dang_vien_du &lt;= dang_vien</c>.</param>
    public static ComparisonParseResult ParseComparison(string text)
    {
        var reader = new Reader(text ?? string.Empty);
        var (left, op, right) = reader.ParseComparison();
        var ok = reader.Error is null;
        return new ComparisonParseResult(ok ? left : null, op, ok ? right : null, reader.References.ToEquatableArray(), reader.Error,
            reader.Aggregates.ToEquatableArray());
    }

    /// <summary>The distinct indicator ids an expression refers to, in first-occurrence order.</summary>
    /// <param name="expression">The expression.</param>
    public static IReadOnlyList<string> IndicatorIds(ExprSpec expression)
    {
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ExprSpec>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IndicatorRefExpr reference:
                    if (seen.Add(reference.Id))
                        ids.Add(reference.Id);
                    break;
                case BinaryExpr binary:
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
            }
        }

        return ids;
    }

    /// <summary>The distinct list aggregates an expression uses, in first-occurrence order.</summary>
    /// <param name="expression">The expression.</param>
    public static IReadOnlyList<ListAggregateExpr> Aggregates(ExprSpec expression)
    {
        var found = new List<ListAggregateExpr>();
        var pending = new Stack<ExprSpec>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case ListAggregateExpr aggregate:
                    if (!found.Contains(aggregate))
                        found.Add(aggregate);
                    break;
                case BinaryExpr binary:
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
            }
        }

        return found;
    }

    /// <summary>
    /// Evaluates an expression. Returns null when an indicator has no value, on division by zero or on
    /// overflow: a ratio that cannot be computed is blank, never zero.
    /// </summary>
    /// <param name="expression">The expression.</param>
    /// <param name="valueOf">
    /// The value of an indicator id (its total for disaggregated indicators), or null if unknown; a list aggregate is
    /// asked for by its canonical text (<see cref="ListAggregateExpr.ToString"/>, <c>count(hoat_dong)</c>).
    /// </param>
    public static decimal? Evaluate(ExprSpec expression, Func<string, decimal?> valueOf)
    {
        switch (expression)
        {
            case NumberExpr number:
                return number.Value;
            case IndicatorRefExpr reference:
                return valueOf(reference.Id);
            case ListAggregateExpr aggregate:
                return valueOf(aggregate.ToString());
            case BinaryExpr binary:
                var left = Evaluate(binary.Left, valueOf);
                var right = Evaluate(binary.Right, valueOf);
                if (left is null || right is null)
                    return null;
                try
                {
                    return binary.Op switch
                    {
                        '+' => left.Value + right.Value,
                        '-' => left.Value - right.Value,
                        '*' => left.Value * right.Value,
                        '/' => right.Value == 0m ? null : left.Value / right.Value,
                        _ => null,
                    };
                }
                catch (OverflowException)
                {
                    return null;
                }

            default:
                return null;
        }
    }

    /// <summary>Evaluates a comparison; null when either side cannot be computed.</summary>
    /// <param name="left">Left value.</param>
    /// <param name="op">The operator.</param>
    /// <param name="right">Right value.</param>
    public static bool? Compare(decimal? left, ComparisonOperator op, decimal? right)
    {
        if (left is null || right is null)
            return null;
        return op switch
        {
            ComparisonOperator.Less => left < right,
            ComparisonOperator.LessOrEqual => left <= right,
            ComparisonOperator.Greater => left > right,
            ComparisonOperator.GreaterOrEqual => left >= right,
            ComparisonOperator.Equal => left == right,
            ComparisonOperator.NotEqual => left != right,
            _ => null,
        };
    }

    /// <summary>The text of a comparison operator (<c>&lt;=</c>…).</summary>
    /// <param name="op">The operator.</param>
    public static string ToText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Equal => "==",
        _ => "!=",
    };

    // A recursive-descent reader. Every method returns (node, depth) so the tree depth is bounded
    // without walking it again; after the first error the reader only unwinds.
    private sealed class Reader
    {
        private readonly string _text;
        private int _pos;

        public Reader(string text) => _text = text;

        public List<ExpressionReference> References { get; } = new();

        public List<ExpressionAggregate> Aggregates { get; } = new();

        public ExpressionError? Error { get; private set; }

        public ExprSpec? ParseWhole()
        {
            var (expression, _) = ParseSum(0);
            SkipSpaces();
            if (Error is null && _pos < _text.Length)
                Fail(Describe(_pos) + " after a complete expression", _pos);
            return expression;
        }

        public (ExprSpec? Left, ComparisonOperator Op, ExprSpec? Right) ParseComparison()
        {
            var (left, _) = ParseSum(0);
            if (Error is not null)
                return (null, default, null);
            SkipSpaces();
            var opStart = _pos;
            var op = ReadComparisonOperator();
            if (op is null)
            {
                if (Error is null)
                    Fail("expected a comparison (<, <=, >, >=, ==, !=), found " + Describe(opStart), opStart);
                return (null, default, null);
            }

            var (right, _) = ParseSum(0);
            SkipSpaces();
            if (Error is null && _pos < _text.Length)
                Fail(Describe(_pos) + " after a complete comparison", _pos);
            return (left, op.Value, right);
        }

        private ComparisonOperator? ReadComparisonOperator()
        {
            if (_pos >= _text.Length)
                return null;
            var c = _text[_pos];
            var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
            switch (c)
            {
                case '<':
                    _pos += next == '=' ? 2 : 1;
                    return next == '=' ? ComparisonOperator.LessOrEqual : ComparisonOperator.Less;
                case '>':
                    _pos += next == '=' ? 2 : 1;
                    return next == '=' ? ComparisonOperator.GreaterOrEqual : ComparisonOperator.Greater;
                case '=' when next == '=':
                    _pos += 2;
                    return ComparisonOperator.Equal;
                case '=':
                    Fail("use '==' to compare for equality", _pos);
                    return null;
                case '!' when next == '=':
                    _pos += 2;
                    return ComparisonOperator.NotEqual;
                default:
                    return null;
            }
        }

        private (ExprSpec? Node, int Depth) ParseSum(int nesting)
        {
            var (left, depth) = ParseProduct(nesting);
            while (Error is null)
            {
                SkipSpaces();
                if (_pos >= _text.Length || (_text[_pos] != '+' && _text[_pos] != '-'))
                    break;
                var op = _text[_pos++];
                var (right, rightDepth) = ParseProduct(nesting);
                (left, depth) = Combine(op, left, depth, right, rightDepth);
            }

            return (left, depth);
        }

        private (ExprSpec? Node, int Depth) ParseProduct(int nesting)
        {
            var (left, depth) = ParseOperand(nesting);
            while (Error is null)
            {
                SkipSpaces();
                if (_pos >= _text.Length || (_text[_pos] != '*' && _text[_pos] != '/'))
                    break;
                var op = _text[_pos++];
                var (right, rightDepth) = ParseOperand(nesting);
                (left, depth) = Combine(op, left, depth, right, rightDepth);
            }

            return (left, depth);
        }

        private (ExprSpec? Node, int Depth) Combine(char op, ExprSpec? left, int leftDepth, ExprSpec? right, int rightDepth)
        {
            if (Error is not null || left is null || right is null)
                return (null, 0);
            var depth = Math.Max(leftDepth, rightDepth) + 1;
            if (depth > MaxDepth)
            {
                Fail("the expression is too long or too deeply nested (more than " +
                     MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels)", _pos);
                return (null, 0);
            }

            return (new BinaryExpr(op, left, right), depth);
        }

        private (ExprSpec? Node, int Depth) ParseOperand(int nesting)
        {
            SkipSpaces();
            if (_pos >= _text.Length)
            {
                Fail("expected an indicator id, a number or '(' but the expression ends", _pos);
                return (null, 0);
            }

            var start = _pos;
            var c = _text[_pos];
            if (c == '(')
            {
                if (nesting >= MaxDepth)
                {
                    Fail("parentheses nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " deep", _pos);
                    return (null, 0);
                }

                _pos++;
                var inner = ParseSum(nesting + 1);
                if (Error is not null)
                    return (null, 0);
                SkipSpaces();
                if (_pos >= _text.Length || _text[_pos] != ')')
                {
                    Fail("expected ')' to close the '(' at column " + (start + 1).ToString(CultureInfo.InvariantCulture) +
                         ", found " + Describe(_pos), _pos);
                    return (null, 0);
                }

                _pos++;
                return inner;
            }

            if (c == '-' && _pos + 1 < _text.Length && IsDigit(_text[_pos + 1]))
            {
                _pos++;
                return ReadNumber(start, negative: true);
            }

            if (IsDigit(c))
                return ReadNumber(start, negative: false);

            if (IsAsciiLetter(c))
            {
                while (_pos < _text.Length && (IsAsciiLetter(_text[_pos]) || IsDigit(_text[_pos]) || _text[_pos] == '_'))
                    _pos++;
                if (_pos < _text.Length && char.IsLetter(_text[_pos]))
                {
                    Fail("ids are ASCII: " + Describe(_pos) + " cannot be part of an indicator id (no diacritics in ids)", _pos);
                    return (null, 0);
                }

                var id = _text.Substring(start, _pos - start);
                if (id is "count" or "sum" && NextNonSpace() == '(')
                    return ReadAggregate(id == "sum");
                References.Add(new ExpressionReference(id, start, id.Length));
                return (new IndicatorRefExpr(id), 0);
            }

            Fail("expected an indicator id, a number or '(', found " + Describe(_pos), _pos);
            return (null, 0);
        }

        private char NextNonSpace()
        {
            SkipSpaces();
            return _pos < _text.Length ? _text[_pos] : '\0';
        }

        // count(list) or sum(list.column); the '(' is next.
        private (ExprSpec? Node, int Depth) ReadAggregate(bool sum)
        {
            var name = sum ? "sum" : "count";
            _pos++;
            SkipSpaces();
            var listStart = _pos;
            var list = ReadId();
            if (list is null)
            {
                Fail("expected a list id after '" + name + "(', found " + Describe(listStart), listStart);
                return (null, 0);
            }

            string? column = null;
            var columnStart = -1;
            if (sum)
            {
                if (_pos >= _text.Length || _text[_pos] != '.')
                {
                    Fail("sum() takes a list column, written list.column (sum(" + list + ".so_nguoi)); found " + Describe(_pos), _pos);
                    return (null, 0);
                }

                _pos++;
                columnStart = _pos;
                column = ReadId();
                if (column is null)
                {
                    Fail("expected a column id after '" + list + ".', found " + Describe(columnStart), columnStart);
                    return (null, 0);
                }
            }
            else if (_pos < _text.Length && _text[_pos] == '.')
            {
                Fail("count() counts a list's filled rows and takes the list alone (count(" + list + "))", _pos);
                return (null, 0);
            }

            SkipSpaces();
            if (_pos >= _text.Length || _text[_pos] != ')')
            {
                Fail("expected ')' to close '" + name + "(', found " + Describe(_pos), _pos);
                return (null, 0);
            }

            _pos++;
            var aggregate = new ListAggregateExpr(list, column);
            Aggregates.Add(new ExpressionAggregate(aggregate, listStart, columnStart));
            return (aggregate, 0);
        }

        private string? ReadId()
        {
            var start = _pos;
            if (_pos >= _text.Length || !IsAsciiLetter(_text[_pos]))
                return null;
            while (_pos < _text.Length && (IsAsciiLetter(_text[_pos]) || IsDigit(_text[_pos]) || _text[_pos] == '_'))
                _pos++;
            return _text.Substring(start, _pos - start);
        }

        private (ExprSpec? Node, int Depth) ReadNumber(int start, bool negative)
        {
            var digitsStart = _pos;
            while (_pos < _text.Length && IsDigit(_text[_pos]))
                _pos++;
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                if (_pos >= _text.Length || !IsDigit(_text[_pos]))
                {
                    Fail("expected digits after the decimal point", _pos);
                    return (null, 0);
                }

                while (_pos < _text.Length && IsDigit(_text[_pos]))
                    _pos++;
            }

            if (_pos < _text.Length && (IsAsciiLetter(_text[_pos]) || _text[_pos] == '_'))
            {
                Fail("an id must start with a letter; a number cannot be followed by " + Describe(_pos), _pos);
                return (null, 0);
            }

            var digits = _text.Substring(digitsStart, _pos - digitsStart);
            if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                Fail("the number '" + digits + "' is too large", start);
                return (null, 0);
            }

            return (new NumberExpr(negative ? -value : value), 0);
        }

        private void SkipSpaces()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t'))
                _pos++;
        }

        private void Fail(string message, int offset)
        {
            Error ??= new ExpressionError(message, Math.Min(offset, _text.Length));
            _pos = _text.Length;
        }

        private string Describe(int offset)
        {
            if (offset >= _text.Length)
                return "the end of the expression";
            var c = _text[offset];
            return char.IsControl(c) || char.IsSurrogate(c)
                ? "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
