using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The schema conformance corpus (issue 14): tests/fixtures/schema-conformance/ holds broken and hostile schemas, one
    /// file per case, and cases.txt says what each must give: its error diagnostics (id line:column), or "compiles".
    /// Each case goes through what <c>schemagen lint</c> runs (strict UTF-8 decoding, the loader and linter) and through
    /// the real generator and compiler (the bytes decoded as the compiler decodes them). The only acceptable outcomes:
    /// exactly the expected SG1xxx errors on both paths (and whatever code is still generated compiles), or no error
    /// on either path and generated code that compiles and means what the YAML says, read back from its descriptor.
    /// Set SCHEMAGEN_CONFORMANCE_ACTUAL=FILE to write what each case gives (to review a new case's expectation).
    /// </summary>
    public sealed class ConformanceCorpusTests
    {
        private readonly ITestOutputHelper _output;

        public ConformanceCorpusTests(ITestOutputHelper output) => _output = output;

        private sealed record Case(string Name, string Expected, string What)
        {
            public string FileName => Name + ".yaml";
        }

        private enum Outcome { ExpectedDiagnostic, CompiledCorrectly, AnythingElse }

        private sealed record Result(Case Case, Outcome Outcome, string Actual, string Problem);

        /// <summary>The corpus in the repository (read in place, so a new case needs no rebuild).</summary>
        private static string CorpusDirectory
        {
            get
            {
                for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                {
                    string candidate = Path.Combine(dir.FullName, "tests", "fixtures", "schema-conformance");
                    if (File.Exists(Path.Combine(candidate, "cases.txt"))) return candidate;
                }
                throw new InvalidOperationException("tests/fixtures/schema-conformance/cases.txt not found above " + AppContext.BaseDirectory);
            }
        }

        private static IReadOnlyList<Case> Cases()
            => File.ReadAllLines(Path.Combine(CorpusDirectory, "cases.txt"), Encoding.UTF8)
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => l.Split('\t'))
                .Select(p => new Case(p[0], p[1], p[2]))
                .ToArray();

        [Fact]
        public void Every_file_of_the_corpus_has_a_case_and_every_case_a_file()
        {
            var files = Directory.GetFiles(CorpusDirectory, "*.yaml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var cases = Cases().Select(c => c.FileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.True(cases.Length >= 100, $"{cases.Length} cases: the corpus must hold at least 100");
            Assert.Equal(files, cases);
            Assert.All(Cases(), c => Assert.True(c.Expected == "compiles" || ParseExpected(c.Expected).Count > 0, c.Name + ": no expectation"));
        }

        [Fact]
        public void Every_case_gives_its_expected_diagnostic_or_code_that_compiles_and_means_what_the_yaml_says()
        {
            IReadOnlyList<Case> cases = Cases();
            var results = new ConcurrentBag<Result>();
            Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c => results.Add(Run(c)));

            int expected = results.Count(r => r.Outcome == Outcome.ExpectedDiagnostic);
            int compiled = results.Count(r => r.Outcome == Outcome.CompiledCorrectly);
            var other = results.Where(r => r.Outcome == Outcome.AnythingElse).OrderBy(r => r.Case.Name, StringComparer.Ordinal).ToList();
            _output.WriteLine($"schema conformance corpus: {results.Count} tried, {expected} expected diagnostic, {compiled} compiled correctly, {other.Count} anything else");
            foreach (Result r in other) _output.WriteLine($"  {r.Case.Name} ({r.Case.What}): expected {r.Case.Expected}; {r.Problem}");

            string? actualFile = Environment.GetEnvironmentVariable("SCHEMAGEN_CONFORMANCE_ACTUAL");
            if (!string.IsNullOrEmpty(actualFile))
                File.WriteAllLines(actualFile, results.OrderBy(r => r.Case.Name, StringComparer.Ordinal).Select(r => $"{r.Case.Name}\t{r.Actual}\t{r.Case.What}\t{r.Problem}"));

            Assert.Equal(cases.Count, results.Count);
            Assert.True(expected > 0 && compiled > 0, "the corpus must hold cases of both outcomes");
            Assert.True(other.Count == 0, string.Join("\n", other.Select(r => $"{r.Case.Name}: expected {r.Case.Expected}; {r.Problem}")));
        }

        /// <summary>"SG1006 31:13; SG1002 4:3" → the set of (id, line, column).</summary>
        private static IReadOnlyCollection<string> ParseExpected(string expected)
            => expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderBy(s => s, StringComparer.Ordinal).ToArray();

        private static string Describe(IEnumerable<string> diagnostics) => string.Join("; ", diagnostics.OrderBy(s => s, StringComparer.Ordinal));

        private static Result Run(Case c)
        {
            string path = "/conformance/" + c.FileName;
            byte[] bytes = File.ReadAllBytes(Path.Combine(CorpusDirectory, c.FileName));
            try
            {
                // What `schemagen lint` runs.
                SchemaFileText decoded = SchemaFile.Decode(bytes, path);
                SchemaLoadResult? loaded = decoded.Text is null ? null : SchemaLoader.Load(decoded.Text, path);
                IEnumerable<SchemaDiagnostic> lintDiagnostics = loaded?.Diagnostics ?? (IEnumerable<SchemaDiagnostic>)new[] { decoded.Problem! };
                string[] lint = lintDiagnostics.Where(d => d.Severity == FindingSeverity.Error)
                    .Select(d => $"{d.Id} {d.Span.StartLine}:{d.Span.StartColumn}").Distinct().ToArray();

                // What the build does: the generator over the file as the compiler decodes it, then the compiler.
                var metadata = new Dictionary<string, string> { [path] = SchemaFileSelection.SchemaMetadata + " = true" };
                GeneratorHarness.NewDriver(new[] { CompilerText(path, bytes) }, trackSteps: false, metadata)
                    .RunGeneratorsAndUpdateCompilation(GeneratorHarness.NewCompilation(), out Compilation compilation, out ImmutableArray<Diagnostic> generatorDiagnostics);
                string[] generator = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Select(d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1}:{d.Location.GetLineSpan().StartLinePosition.Character + 1}").Distinct().ToArray();
                var compiler = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

                string actual = lint.Length == 0 && generator.Length == 0 ? "compiles" : Describe(lint);
                if (compiler.Length > 0)
                    return new Result(c, Outcome.AnythingElse, actual, "the generated code does not compile cleanly: " + string.Join(" | ", compiler.Take(3).Select(d => d.ToString())));
                if (Describe(lint) != Describe(generator))
                    return new Result(c, Outcome.AnythingElse, actual, $"lint says [{Describe(lint)}], the generator says [{Describe(generator)}]");

                if (c.Expected == "compiles")
                {
                    if (actual != "compiles") return new Result(c, Outcome.AnythingElse, actual, "errors: " + actual);
                    string? wrong = MeansWhatTheYamlSays(compilation, loaded!.Document!);
                    return wrong is null ? new Result(c, Outcome.CompiledCorrectly, actual, "")
                        : new Result(c, Outcome.AnythingElse, actual, "compiled, but " + wrong);
                }
                return Describe(ParseExpected(c.Expected)) == Describe(lint)
                    ? new Result(c, Outcome.ExpectedDiagnostic, actual, "")
                    : new Result(c, Outcome.AnythingElse, actual, "got " + (lint.Length == 0 ? "no error" : Describe(lintDiagnostics.Where(d => d.Severity == FindingSeverity.Error).Select(d => d.ToString()))));
            }
            catch (Exception ex)
            {
                return new Result(c, Outcome.AnythingElse, "exception", ex.ToString());
            }
        }

        /// <summary>
        /// The file as the compiler hands it to the generator: a Unicode byte-order mark decides the encoding; otherwise
        /// strict UTF-8, and bytes that are not UTF-8 fall back to a single-byte code page (Latin-1 here).
        /// </summary>
        private static AdditionalText CompilerText(string path, byte[] bytes)
        {
            SourceText text;
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
                text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
            else
            {
                try
                {
                    text = SourceText.From(new UTF8Encoding(false, true).GetString(bytes, 0, bytes.Length).TrimStart('\uFEFF'), Encoding.UTF8);
                }
                catch (DecoderFallbackException)
                {
                    text = SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
                }
            }
            return new BytesText(path, text);
        }

        private sealed class BytesText : AdditionalText
        {
            private readonly SourceText _text;

            public BytesText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        /// <summary>Loads the compiled code and compares what it declares with the YAML; null when they agree, else what differs.</summary>
        private static string? MeansWhatTheYamlSays(Compilation compilation, SchemaDocument doc)
        {
            using var image = new MemoryStream();
            var emit = compilation.Emit(image);
            if (!emit.Success) return "does not emit: " + string.Join(" | ", emit.Diagnostics.Take(3));
            var context = new AssemblyLoadContext("conformance", isCollectible: true);
            try
            {
                image.Position = 0;
                Assembly assembly = context.LoadFromStream(image);
                var members = assembly.GetTypes().SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
                if (members.Any(m => m.Name.Contains("Injected", StringComparison.Ordinal))) return "a member named Injected was declared from the YAML's text";

                var formats = (IReadOnlyList<IReportFormat>)assembly.GetType("SchemaGen.Generated.ReportFormats")!.GetProperty("All")!.GetValue(null)!;
                if (formats.Count != 1) return $"{formats.Count} formats listed, not 1";
                SchemaDescriptor d = formats[0].Descriptor;
                var differences = new List<string>();
                void Same<T>(string what, T yaml, T code)
                {
                    if (!EqualityComparer<T>.Default.Equals(yaml, code)) differences.Add($"{what}: YAML '{yaml}', code '{code}'");
                }
                static string Join(IEnumerable<string> items) => string.Join("|", items);

                Same("format id", doc.Format.Id, d.FormatId);
                Same("version", doc.Format.Version, d.Version);
                Same("title", doc.Format.Title, d.Title);
                Same("notice", doc.Format.Notice, d.Notice);
                Same("report years", (doc.Format.ReportYearFrom, doc.Format.ReportYearTo), (d.ReportYearFrom, d.ReportYearTo));
                Same("sections", Join(doc.Sections.Select(s => s.Id)), Join(d.Sections.Select(s => s.Id)));
                foreach (var (s, sd) in doc.Sections.Zip(d.Sections))
                {
                    Same($"section {s.Id}", (s.Number, s.Label, Join(s.Aliases.Select(a => a.Value)), s.Kind == SectionKind.Text, Join(s.Tables.Select(t => t.Value))),
                        (sd.Number, sd.Label, Join(sd.Aliases), sd.IsText, Join(sd.TableIds)));
                }
                Same("tables", Join(doc.Tables.Select(t => t.Id)), Join(d.Tables.Select(t => t.Id)));
                foreach (var (t, td) in doc.Tables.Zip(d.Tables))
                {
                    Same($"table {t.Id}", (t.Section, t.Caption, t.Label, t.Stub, Join(t.HeaderNotes.Select(n => n.Value)), t.Cell),
                        (td.SectionId, td.Caption, td.Label, td.Stub, Join(td.HeaderNotes), td.Cell));
                    CompareAxis($"table {t.Id} column", t.Columns, td.Columns, Same);
                    CompareAxis($"table {t.Id} row", t.Rows, td.Rows, Same);

                    // The typed model: a property per top-level row on the table record, per leaf column on its Row record.
                    string ns = formats[0].GetType().Namespace!;
                    Type? tableType = assembly.GetType(ns + "." + t.Id + "Table");
                    if (tableType is null) { differences.Add($"no type {ns}.{t.Id}Table"); continue; }
                    foreach (AxisNode row in t.Rows)
                        if (tableType.GetProperty(row.Id, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) is null) differences.Add($"{tableType.Name} has no property {row.Id}");
                    Type? rowType = tableType.GetNestedType("Row");
                    if (rowType is null) { differences.Add($"{tableType.Name} has no Row record"); continue; }
                    foreach (AxisNode column in t.LeafColumns)
                        if (rowType.GetProperty(column.Id, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly) is null) differences.Add($"{tableType.Name}.Row has no property {column.Id}");
                    // Every column reaches its property through the constructor (a column named value once did not).
                    ConstructorInfo? constructor = rowType.GetConstructors().FirstOrDefault(k => k.GetParameters().Length == t.LeafColumns.Count());
                    if (constructor is null) { differences.Add($"{tableType.Name}.Row has no constructor taking every column"); continue; }
                    object?[] arguments = constructor.GetParameters().Select((p, i) => Convert.ChangeType(i + 1, Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                    object rowValue = constructor.Invoke(arguments);
                    int k = 0;
                    foreach (AxisNode column in t.LeafColumns)
                    {
                        object? got = rowType.GetProperty(column.Id, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)?.GetValue(rowValue);
                        Same($"{tableType.Name}.Row.{column.Id} from its constructor", Convert.ToString(arguments[k++], System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(got, System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                Same("invariants", Join(doc.Invariants.Select(i => i.Id)), Join(d.Invariants.Select(i => i.Id)));
                foreach (var (i, id) in doc.Invariants.Zip(d.Invariants))
                    Same($"invariant {i.Id}", (i.Table, i.ForEach, i.Kind, i.Severity, i.Rule, i.Message, i.Standing), (id.TableId, id.ForEach, id.Kind, id.Severity, id.Rule, id.Message, id.Standing));
                return differences.Count == 0 ? null : string.Join("; ", differences.Take(5));
            }
            finally
            {
                context.Unload();
            }
        }

        private static void CompareAxis(string what, IEnumerable<AxisNode> yaml, IEnumerable<AxisNodeDescriptor> code, Action<string, object, object> same)
        {
            same(what + "s", string.Join("|", yaml.Select(n => n.Path)), string.Join("|", code.Select(n => n.Path)));
            foreach (var (n, nd) in yaml.Zip(code))
            {
                same($"{what} {n.Path}", (n.Id, n.Number, n.Label, string.Join("|", n.Aliases.Select(a => a.Value)), n.Kind, n.Unit, n.Scale, n.Unlabeled),
                    (nd.Id, nd.Number, nd.Label, string.Join("|", nd.Aliases), nd.Kind, nd.Unit, nd.Scale, nd.Unlabeled));
                CompareAxis(what, n.Children, nd.Children, same);
            }
        }
    }
}
