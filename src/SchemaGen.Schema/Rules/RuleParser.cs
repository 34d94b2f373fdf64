using System;
using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Rules
{
    /// <summary>
    /// Parses an invariant rule. Grammar (linear on purpose: every rule the format implies is a sum or a comparison of sums):
    /// <code>
    /// rule  := side op side
    /// side  := ['-'] term (('+' | '-') term)*
    /// term  := number | ref | 'sum' '(' ref ')'
    /// ref   := ['previous' '.'] ident ('.' ident)*
    /// op    := '==' | '=' | '&lt;=' | '&gt;=' | '&lt;' | '&gt;' | '≤' | '≥'
    /// </code>
    /// </summary>
    public static class RuleParser
    {
        public readonly record struct RuleError(string Message, int Offset, int Length);

        public static RuleExpression? Parse(string text, out RuleError? error)
        {
            var reader = new Reader(text);
            error = null;
            var left = ParseSide(reader, out error);
            if (left is null) return null;
            reader.SkipSpace();
            int opAt = reader.Position;
            Comparison? op = reader.ReadComparison();
            if (op is null)
            {
                error = new RuleError(reader.AtEnd ? "the rule has no comparison (==, <=, >=, < or >)" : $"expected a comparison or '+'/'-' but found '{reader.Peek}'", opAt, 1);
                return null;
            }
            var right = ParseSide(reader, out error);
            if (right is null) return null;
            reader.SkipSpace();
            if (!reader.AtEnd)
            {
                error = new RuleError($"unexpected '{reader.Peek}' after the rule", reader.Position, 1);
                return null;
            }
            return new RuleExpression(left.ToEquatableArray(), op.Value, right.ToEquatableArray());
        }

        private static List<RuleTerm>? ParseSide(Reader reader, out RuleError? error)
        {
            error = null;
            var terms = new List<RuleTerm>();
            int sign = 1;
            reader.SkipSpace();
            if (reader.TryRead('-')) sign = -1;
            while (true)
            {
                RuleTerm? term = ParseTerm(reader, sign, out error);
                if (term is null) return null;
                terms.Add(term);
                reader.SkipSpace();
                if (reader.TryRead('+')) sign = 1;
                else if (reader.TryRead('-') || reader.TryRead('−')) sign = -1;
                else return terms;
            }
        }

        private static RuleTerm? ParseTerm(Reader reader, int sign, out RuleError? error)
        {
            error = null;
            reader.SkipSpace();
            int start = reader.Position;
            if (reader.AtEnd)
            {
                error = new RuleError("expected a term but the rule ended", start, 0);
                return null;
            }
            char c = reader.Peek;
            if (char.IsDigit(c))
            {
                string digits = reader.ReadWhile(ch => char.IsDigit(ch) || ch == '.');
                if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
                {
                    error = new RuleError($"'{digits}' is not a number", start, digits.Length);
                    return null;
                }
                return new RuleTerm(sign, TermKind.Constant, "", false, value, start, digits.Length);
            }
            string? path = ReadPath(reader, out error);
            if (path is null) return null;
            if (path == "sum")
            {
                reader.SkipSpace();
                if (!reader.TryRead('('))
                {
                    error = new RuleError("'sum' must be followed by '(' and a group", reader.Position, 1);
                    return null;
                }
                reader.SkipSpace();
                int innerStart = reader.Position;
                string? inner = ReadPath(reader, out error);
                if (inner is null) return null;
                reader.SkipSpace();
                if (!reader.TryRead(')'))
                {
                    error = new RuleError("missing ')' after sum(...)", reader.Position, 1);
                    return null;
                }
                bool previousSum = StripPrevious(ref inner);
                return new RuleTerm(sign, TermKind.Sum, inner, previousSum, 0m, innerStart, reader.Position - 1 - innerStart);
            }
            bool previous = StripPrevious(ref path);
            return new RuleTerm(sign, TermKind.Reference, path, previous, 0m, start, reader.Position - start);
        }

        private static bool StripPrevious(ref string path)
        {
            const string prefix = "previous.";
            if (!path.StartsWith(prefix, System.StringComparison.Ordinal)) return false;
            path = path.Substring(prefix.Length);
            return true;
        }

        private static string? ReadPath(Reader reader, out RuleError? error)
        {
            error = null;
            int start = reader.Position;
            string path = reader.ReadWhile(ch => ch < 128 && (char.IsLetterOrDigit(ch) || ch == '_' || ch == '.'));
            if (path.Length == 0 || !char.IsLetter(path[0]) && path[0] != '_' || path.EndsWith(".", StringComparison.Ordinal) || path.Contains(".."))
            {
                error = new RuleError(reader.AtEnd && path.Length == 0
                    ? "expected a row or column reference"
                    : $"expected a row or column reference but found '{(path.Length > 0 ? path : reader.Peek.ToString())}'", start, System.Math.Max(1, path.Length));
                return null;
            }
            return path;
        }

        private sealed class Reader
        {
            private readonly string _text;

            public Reader(string text) => _text = text;

            public int Position { get; private set; }

            public bool AtEnd => Position >= _text.Length;

            public char Peek => AtEnd ? '\0' : _text[Position];

            public void SkipSpace()
            {
                while (!AtEnd && char.IsWhiteSpace(_text[Position])) Position++;
            }

            public bool TryRead(char c)
            {
                if (AtEnd || _text[Position] != c) return false;
                Position++;
                return true;
            }

            public string ReadWhile(System.Func<char, bool> predicate)
            {
                int start = Position;
                while (!AtEnd && predicate(_text[Position])) Position++;
                return _text.Substring(start, Position - start);
            }

            public Comparison? ReadComparison()
            {
                if (Match("==") || Match("=")) return Comparison.Equal;
                if (Match("<=") || Match("≤")) return Comparison.LessOrEqual;
                if (Match(">=") || Match("≥")) return Comparison.GreaterOrEqual;
                if (Match("<")) return Comparison.Less;
                if (Match(">")) return Comparison.Greater;
                return null;
            }

            private bool Match(string token)
            {
                if (string.CompareOrdinal(_text, Position, token, 0, token.Length) != 0) return false;
                Position += token.Length;
                return true;
            }
        }
    }
}
