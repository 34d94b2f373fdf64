using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// The YAML schema loader and linter, from bytes (decoded as the generator and the CLI decode them). Holds: no exception
    /// escapes; no SG1012 ("the generator failed", the loader's catch-all for its own exceptions); every diagnostic has a
    /// catalogued id and, when located, a place inside the text.
    /// </summary>
    public sealed class SchemaTarget : FuzzTarget
    {
        public override string Name => "schema";

        public override string Description => "YAML schema loader + linter (SchemaLoader.Load), from bytes";

        public override string? Dictionary => "yaml.dict";

        public override int MaxInputBytes => 256 * 1024;

        public override IReadOnlyList<Seed> LoadSeeds()
            => Seeds.Files(("schema", "*.yaml"), ("tests/SchemaGen.Generator.Tests/BrokenSchemas", "*.yaml"));

        protected override void Execute(byte[] input)
        {
            string text = SchemaApi.Decode(input);
            IReadOnlyList<SchemaProblem> problems = SchemaApi.LoadAndLint(text, out bool hasDocument);
            // YAML breaks lines at CR, LF, CRLF, NEL, LS and PS: counting each of them once is an upper bound on the lines.
            int lines = 1 + text.Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
            foreach (SchemaProblem problem in problems)
            {
                if (problem.IsInternalFailure) throw new PropertyViolation("the loader failed unexpectedly: " + problem.Text);
                if (!problem.IsKnownId) throw new PropertyViolation("a diagnostic with an id not in the catalog: " + problem.Text);
                if (problem.StartLine < 0 || problem.StartLine > lines + 1 || problem.StartOffset < 0 || problem.StartOffset > text.Length)
                    throw new PropertyViolation($"a diagnostic placed outside the text ({lines} lines, {text.Length} chars): " + problem.Text);
            }
            // A file the loader could not turn into a model must say why.
            if (!hasDocument && problems.Count == 0) throw new PropertyViolation("no model and no diagnostic");
        }
    }
}
