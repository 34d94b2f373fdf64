using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// The invariant rule parser and resolver. Holds: no exception escapes; an error points inside the rule; a rule that
    /// parses has every term inside the text and parses again, written back in canonical form, to the same terms; the
    /// resolver, run against real invariants of the 2021 schema as the linter runs it, throws nothing and points its
    /// errors inside the rule.
    /// </summary>
    public sealed class RuleTarget : FuzzTarget
    {
        public override string Name => "rule";

        public override string Description => "invariant rule parser (RuleParser.Parse) and resolver (RuleResolver.Resolve)";

        public override string? Dictionary => "rule.dict";

        public override int MaxInputBytes => 16 * 1024;

        public override TimeSpan TimeLimit => TimeSpan.FromSeconds(2);

        public override IReadOnlyList<Seed> LoadSeeds()
            => Seeds.Rules(("schema", "*.yaml"), ("tests/SchemaGen.Generator.Tests/BrokenSchemas", "*.yaml"))
                .Concat(Extra.Select((rule, i) => new Seed("extra#" + i, Encoding.UTF8.GetBytes(rule))))
                .ToArray();

        private static readonly string[] Extra =
        {
            "previous.CarriedForward == CarriedOver", "sum(Outcomes.Withheld) <= Outcomes.Total", "-NaturalPerson + 1.5 ≥ Total − LegalPersons",
            "Total = 0", "a.b.c > 2", "sum(previous.LegalPersons) < 100",
        };

        protected override void Execute(byte[] input)
        {
            string text = SchemaApi.Decode(input);
            ParsedRule? rule = SchemaApi.ParseRule(text, out var error);
            if (rule is null)
            {
                if (error is null) throw new PropertyViolation("no rule and no error");
                var (message, offset, length) = error.Value;
                if (offset < 0 || length < 0 || offset > text.Length) throw new PropertyViolation($"error outside the rule ({offset}+{length} of {text.Length}): {message}");
                return;
            }
            if (error is not null) throw new PropertyViolation("a rule and an error: " + error.Value.Message);
            if (rule.Left.Count == 0 || rule.Right.Count == 0) throw new PropertyViolation("a side without terms");
            foreach (ParsedTerm term in rule.Left.Concat(rule.Right))
                if (term.Offset < 0 || term.Length < 0 || term.Offset + term.Length > text.Length)
                    throw new PropertyViolation($"term {term.Path}{term.Constant} outside the rule ({term.Offset}+{term.Length} of {text.Length})");

            string canonical = Write(rule);
            ParsedRule? again = SchemaApi.ParseRule(canonical, out var againError);
            if (again is null) throw new PropertyViolation($"'{canonical}' (written back from '{text}') does not parse: {againError?.Message}");
            if (!SameTerms(rule.Left, again.Left) || !SameTerms(rule.Right, again.Right) || rule.Operator != again.Operator)
                throw new PropertyViolation($"'{text}' written back as '{canonical}' parses to other terms");

            foreach (var (offset, length) in SchemaApi.ResolveRule(text, out _))
                if (offset < 0 || length < 0 || offset > text.Length) throw new PropertyViolation($"resolver error outside the rule ({offset}+{length} of {text.Length})");
        }

        private static string Write(ParsedRule rule) => Side(rule.Left) + " " + rule.Operator + " " + Side(rule.Right);

        private static string Side(IReadOnlyList<ParsedTerm> terms)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < terms.Count; i++)
            {
                ParsedTerm t = terms[i];
                if (i == 0) builder.Append(t.Sign < 0 ? "-" : "");
                else builder.Append(t.Sign < 0 ? " - " : " + ");
                string path = (t.Previous ? "previous." : "") + t.Path;
                builder.Append(t.Kind switch
                {
                    "Constant" => t.Constant.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "Sum" => "sum(" + path + ")",
                    _ => path,
                });
            }
            return builder.ToString();
        }

        private static bool SameTerms(IReadOnlyList<ParsedTerm> a, IReadOnlyList<ParsedTerm> b)
            => a.Count == b.Count && a.Zip(b).All(p => p.First.Sign == p.Second.Sign && p.First.Kind == p.Second.Kind && p.First.Path == p.Second.Path
                && p.First.Previous == p.Second.Previous && p.First.Constant == p.Second.Constant);
    }
}
