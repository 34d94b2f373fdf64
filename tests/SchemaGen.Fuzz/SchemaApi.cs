using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Fuzz
{
    /// <summary>A schema diagnostic as the harnesses check it: its id, whether it is the loader's "unexpected failure", and where it points.</summary>
    public sealed record SchemaProblem(string Id, bool IsInternalFailure, bool IsKnownId, int StartLine, int StartOffset, string Text);

    /// <summary>A parsed rule as the harnesses check it: each term's sign, kind, path, previous flag and constant, and where it stands in the text.</summary>
    public sealed record ParsedTerm(int Sign, string Kind, string Path, bool Previous, decimal Constant, int Offset, int Length);

    public sealed record ParsedRule(IReadOnlyList<ParsedTerm> Left, string Operator, IReadOnlyList<ParsedTerm> Right);

    /// <summary>
    /// The one file of the fuzzing harnesses that touches SchemaGen.Schema (the loader, the linter, the rule parser and
    /// resolver, the diagnostic catalog). The schema API is being reworked: a rename there is a change here only.
    /// </summary>
    public static class SchemaApi
    {
        /// <summary>How the generator and the CLI get a schema's text from bytes: UTF-8, invalid sequences replaced.</summary>
        public static string Decode(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes);

        /// <summary>Loads and lints a schema from its text; returns every diagnostic, and whether a model came out.</summary>
        public static IReadOnlyList<SchemaProblem> LoadAndLint(string text, out bool hasDocument)
        {
            SchemaLoadResult result = SchemaLoader.Load(text, "fuzz.yaml");
            hasDocument = result.Document is not null;
            var known = new HashSet<string>(SchemaDiagnosticIds.All.Select(r => r.Id), StringComparer.Ordinal);
            return result.Diagnostics.Select(d => new SchemaProblem(d.Id, d.Id == SchemaDiagnosticIds.GeneratorFailure.Id, known.Contains(d.Id),
                d.Span.StartLine, d.Span.StartOffset, d.ToString())).ToArray();
        }

        /// <summary>Parses a rule; on a syntax error returns null with the error's offset and length in the text.</summary>
        public static ParsedRule? ParseRule(string text, out (string Message, int Offset, int Length)? error)
        {
            RuleExpression? expression = RuleParser.Parse(text, out RuleParser.RuleError? parseError);
            error = parseError is { } e ? (e.Message, e.Offset, e.Length) : null;
            if (expression is null) return null;
            static ParsedTerm Term(RuleTerm t) => new ParsedTerm(t.Sign, t.Kind.ToString(), t.Path, t.Previous, t.Constant, t.Offset, t.Length);
            return new ParsedRule(expression.Left.Select(Term).ToArray(), RuleExpression.Symbol(expression.Operator), expression.Right.Select(Term).ToArray());
        }

        private static readonly Lazy<(SchemaDocument Document, InvariantSpec[] Invariants)> Reference = new(() =>
        {
            const string path = "schema/gov-info-annual-report-2021.yaml";
            using Stream stream = typeof(SchemaApi).Assembly.GetManifestResourceStream(path) ?? throw new InvalidOperationException("no embedded " + path);
            using var reader = new StreamReader(stream);
            SchemaLoadResult result = SchemaLoader.Load(reader.ReadToEnd(), path);
            SchemaDocument document = result.Document ?? throw new InvalidOperationException("the 2021 schema does not load: " + string.Join("; ", result.Diagnostics));
            // One invariant per shape the resolver knows: for each column and for each row, total and equation.
            InvariantSpec[] invariants = document.Invariants
                .GroupBy(i => (i.ForEach, i.Kind)).Select(g => g.First()).ToArray();
            return (document, invariants);
        });

        /// <summary>
        /// Resolves a rule against real invariants of the 2021 schema (one of each axis and kind), as the linter does for
        /// every invariant; returns how many resolved and the resolver's errors (offset, length).
        /// </summary>
        public static IReadOnlyList<(int Offset, int Length)> ResolveRule(string text, out int resolved)
        {
            resolved = 0;
            var errors = new List<(int, int)>();
            RuleExpression? expression = RuleParser.Parse(text, out _);
            if (expression is null) return errors;
            var (document, invariants) = Reference.Value;
            foreach (InvariantSpec invariant in invariants)
            {
                TableSpec table = document.FindTable(invariant.Table) ?? throw new InvalidOperationException("no table " + invariant.Table);
                var found = new List<RuleResolver.ResolveError>();
                if (RuleResolver.Resolve(table, invariant with { Rule = text }, expression, found) is not null) resolved++;
                errors.AddRange(found.Select(f => (f.Offset, f.Length)));
            }
            return errors;
        }
    }
}
