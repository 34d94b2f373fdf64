using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Linting;
using SchemaGen.Schema.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SchemaGen.Schema.Loading
{
    /// <summary>The outcome of loading a schema: the model (null when the file is unusable) and every diagnostic.</summary>
    public sealed record SchemaLoadResult(SchemaDocument? Document, EquatableArray<SchemaDiagnostic> Diagnostics)
    {
        public bool HasErrors => Diagnostics.Any(d => d.Severity == FindingSeverity.Error);
    }

    /// <summary>
    /// Loads a schema YAML file into the immutable model and lints it. Never throws: YAML errors,
    /// unknown keys and broken references all come back as diagnostics with file:line:column.
    /// </summary>
    public static class SchemaLoader
    {
        /// <summary>
        /// How deep mappings and sequences may nest. The statutory schemas need about ten levels; the limit is checked on
        /// the parser's events, before YamlDotNet builds its (recursive) tree, so 40,000 nested '[' are a diagnostic, not a
        /// stack overflow.
        /// </summary>
        public const int MaxNestingDepth = 64;

        internal const string MaxNestingDepthText = "64";

        /// <summary>
        /// The most characters a schema file may hold (4 MiB): the statutory schemas are under 100 KB, a 40,000-row test
        /// schema under 2 MB; a 10 MB file is refused before it is parsed, so that lint, generate and the build stay bounded.
        /// </summary>
        public const int MaxSchemaChars = 4 * 1024 * 1024;

        internal const string MaxSchemaCharsText = "4,194,304 (4 MiB)";

        /// <summary>Loads a file read as UTF-8 (see <see cref="SchemaFile.Read"/>); an unreadable or non-UTF-8 file is a diagnostic.</summary>
        public static SchemaLoadResult LoadFile(string path)
        {
            SchemaFileText file = SchemaFile.Read(path);
            if (file.Text is not null) return Load(file.Text, path);
            SchemaDiagnostic problem = file.Problem ?? new SchemaDiagnostic(SchemaDiagnosticIds.Structure.Id, FindingSeverity.Error, "cannot read the schema file: " + file.ReadError, SourceSpan.None(path));
            return new SchemaLoadResult(null, new[] { problem }.ToEquatableArray());
        }

        public static SchemaLoadResult Load(string text, string path)
        {
            var context = new LoadContext(path, text);
            SchemaDocument? document = null;
            if (text.Length > MaxSchemaChars)
            {
                context.Report(SchemaDiagnosticIds.NestingTooDeep, $"the schema is {text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters long; at most {MaxSchemaCharsText} are read (the statutory schemas are under 100 KB)",
                    new SourceSpan(path, 1, 1, 1, 1, 0, 0));
                return new SchemaLoadResult(null, Ordered(context.Diagnostics));
            }
            try
            {
                YamlStream? stream = Parse(text, context);
                if (stream is null)
                {
                    // reported by Parse
                }
                else if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
                {
                    context.Report(SchemaDiagnosticIds.Structure, "a schema file must be a mapping with format, sections, tables and invariants", SourceSpan.None(path) with { StartLine = 1, StartColumn = 1 });
                }
                else
                {
                    document = ReadDocument(new YamlMapping(root, context), context);
                    context.Diagnostics.AddRange(SchemaLinter.Lint(document));
                }
            }
            catch (YamlException ex)
            {
                string message = ex.Message.Replace("\r", "").Replace("\n", " ");
                if (message.Contains("tab character")) message = "a tab in the indentation: YAML indents with spaces only (" + message + ")";
                context.Report(SchemaDiagnosticIds.YamlSyntax, message, SyntaxErrorSpan(ex, text, context));
                document = null;
            }
            catch (Exception ex)
            {
                // The loader runs inside the compiler: any surprise becomes a diagnostic, never an exception.
                context.Report(SchemaDiagnosticIds.GeneratorFailure, $"{ex.GetType().Name}: {ex.Message}", SourceSpan.None(path) with { StartLine = 1, StartColumn = 1 });
                document = null;
            }
            return new SchemaLoadResult(document, Ordered(context.Diagnostics));
        }

        /// <summary>Diagnostics in the order they are printed: by place in the file, then id; each once.</summary>
        public static EquatableArray<SchemaDiagnostic> Ordered(IEnumerable<SchemaDiagnostic> diagnostics)
            => diagnostics
                .Distinct()
                .OrderBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray();

        /// <summary>
        /// Parses the YAML. Most syntax errors come as YamlException with a position; a few malformed inputs (an unclosed
        /// flow sequence) make YamlDotNet throw other exceptions, which are still syntax errors: report them at the end of
        /// the text, where the parser gave up.
        /// </summary>
        private static YamlStream? Parse(string text, LoadContext context)
        {
            var stream = new YamlStream();
            var events = new CheckedYamlEvents(text, context);
            try
            {
                // The tree is built from the events as they are checked: the text is scanned and parsed once.
                stream.Load(events);
                return events.Stopped ? null : stream;
            }
            catch (YamlException) when (events.ParserFailed)
            {
                throw;
            }
            catch (Exception) when (events.Stopped)
            {
                return null; // reported by the check that stopped the events
            }
            catch (Exception ex) when (ex is YamlException || ex is InvalidOperationException || ex is ArgumentException || ex is FormatException)
            {
                // The tree's own error (a duplicate key, a structure left open): the checks and the parser's syntax errors
                // on the rest of the file come first, as when every event was checked before any tree was built.
                events.Drain();
                if (events.Stopped) return null;
                if (ex is YamlException) throw;
                string[] lines = text.Split('\n');
                var end = new SourceSpan(context.Path, lines.Length, lines[lines.Length - 1].Length + 1, lines.Length, lines[lines.Length - 1].Length + 1, text.Length, text.Length);
                context.Report(SchemaDiagnosticIds.YamlSyntax, "the YAML ends before a structure is closed (" + ex.Message.Replace("\r", "").Replace("\n", " ") + ")", end);
                return null;
            }
        }

        /// <summary>
        /// How many nodes aliases may bring in, counted as if every alias were written out: far beyond what a schema
        /// needs, far below what a "billion laughs" file (anchors aliasing anchors, nine times over) would expand to.
        /// </summary>
        public const int MaxAliasedNodes = 100_000;

        internal const string MaxAliasedNodesText = "100,000";

        /// <summary>
        /// Where a YAML syntax error is. YamlDotNet places a tab in the indentation at the start of the plain value before it
        /// (often the line above): the tab itself is where the error is.
        /// </summary>
        private static SourceSpan SyntaxErrorSpan(YamlException ex, string text, LoadContext context)
        {
            SourceSpan span = context.SpanOf(ex.Start, ex.End);
            if (!ex.Message.Contains("tab character")) return span;
            int tab = text.IndexOf('\t', (int)Math.Min(Math.Max(0, ex.Start.Index), text.Length));
            return tab < 0 ? span : context.SpanAt(tab);
        }

        private static readonly Dictionary<string, SectionKind> SectionKinds = new() { ["text"] = SectionKind.Text, ["tables"] = SectionKind.Tables };

        private static readonly IReadOnlyDictionary<string, CellKind> CellKinds = SchemaWords.CellKinds;

        private static readonly Dictionary<string, RuleAxis> Axes = new() { ["row"] = RuleAxis.Row, ["column"] = RuleAxis.Column };

        private static readonly Dictionary<string, InvariantKind> InvariantKinds = new() { ["total"] = InvariantKind.Total, ["equation"] = InvariantKind.Equation, ["bound"] = InvariantKind.Bound };

        private static readonly Dictionary<string, FindingSeverity> Severities = new() { ["error"] = FindingSeverity.Error, ["warning"] = FindingSeverity.Warning };

        private static SchemaDocument ReadDocument(YamlMapping root, LoadContext context)
        {
            FormatInfo format = ReadFormat(root.Mapping("format", required: true), context);
            var sections = root.Mappings("sections").Select(ReadSection).ToEquatableArray();
            var tables = root.Mappings("tables").Select(ReadTable).ToEquatableArray();
            var invariants = root.Mappings("invariants").Select(m => ReadInvariant(m, context)).ToEquatableArray();
            YamlMapping? migration = root.Mapping("migration");
            MigrationSpec? migrationSpec = migration is null ? null : MigrationLoader.Read(migration, context);
            var prose = ProseLoader.Read(root, tables, context);
            var removed = root.Mappings("removed").Select(m => ReadRemoved(m, context)).Where(r => r is not null).Select(r => r!).ToEquatableArray();
            root.ReportUnknownKeys("the schema file");
            return new SchemaDocument(context.Path, format, sections, tables, invariants, migrationSpec) { Prose = prose, Removed = removed };
        }

        private static FormatInfo ReadFormat(YamlMapping? map, LoadContext context)
        {
            if (map is null)
                return new FormatInfo("", "", "", "", null, null, null, null, "SchemaGen.Generated", "Report", null, SourceSpan.None(context.Path));
            string id = map.String("id", required: true) ?? "";
            string version = map.String("version", required: true) ?? "";
            // Both reach generated code and file names (SchemaKey, hint names): plain words only, no quotes or escapes.
            if (id.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
                context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"format id '{id}' must be lower-case words joined by '-'", map.SpanOf("id"));
            if (version.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(version, "^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$"))
                context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"format version '{version}' must be letters and digits, optionally joined by '.' or '-'", map.SpanOf("version"));
            string title = map.String("title", required: true) ?? "";
            string notice = map.String("notice", required: true) ?? "";
            string? issuedBy = map.String("issued-by");
            string? issuedOn = map.String("issued-on");
            int? from = null, to = null;
            YamlMapping? years = map.Mapping("report-years");
            if (years is not null)
            {
                from = years.Int("from");
                to = years.Int("to");
                years.ReportUnknownKeys("report-years");
            }
            string ns = map.String("namespace") ?? "SchemaGen.Generated.V" + new string(version.Where(char.IsLetterOrDigit).ToArray());
            if (!Naming.IsValidNamespace(ns))
                context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"namespace '{ns}' is not a valid C# namespace", map.SpanOf("namespace"));
            string model = map.Id("model");
            string? description = map.String("description");
            map.ReportUnknownKeys("format");
            return new FormatInfo(id, version, title, notice, issuedBy, issuedOn, from, to, ns, model, description, map.Span);
        }

        private static SectionSpec ReadSection(YamlMapping map)
        {
            var section = new SectionSpec(
                map.Id(),
                map.String("number", required: true) ?? "",
                map.String("label", required: true) ?? "",
                map.Strings("aliases"),
                map.Enum("kind", SectionKinds) ?? SectionKind.Text,
                map.Strings("tables"),
                map.String("description"),
                map.Span);
            map.ReportUnknownKeys("a section");
            return section;
        }

        private static TableSpec ReadTable(YamlMapping map)
        {
            string id = map.Id();
            var table = new TableSpec(
                id,
                map.String("section", required: true) ?? "",
                map.String("caption"),
                map.String("label", required: true) ?? "",
                map.String("stub"),
                map.Strings("header-notes"),
                map.Enum("cell", CellKinds) ?? CellKind.Count,
                map.String("description"),
                ReadAxis(map, "columns", "", 0),
                ReadAxis(map, "rows", "", 0),
                map.Span) { RenamedFrom = map.Ids("renamed-from") };
            map.ReportUnknownKeys($"table '{id}'");
            return table;
        }

        private static EquatableArray<AxisNode> ReadAxis(YamlMapping parent, string key, string parentPath, int depth)
            => parent.Mappings(key).Select(m => ReadNode(m, key, parentPath, depth)).ToEquatableArray();

        private static AxisNode ReadNode(YamlMapping map, string key, string parentPath, int depth)
        {
            string id = map.Id();
            string path = parentPath.Length == 0 ? id : parentPath + "." + id;
            var node = new AxisNode(
                id,
                path,
                map.String("number"),
                map.String("label", required: true) ?? "",
                map.Strings("aliases"),
                map.String("description"),
                map.Enum("kind", CellKinds),
                map.String("unit"),
                map.Int("scale"),
                map.Bool("unlabeled"),
                depth,
                ReadAxis(map, key, path, depth + 1),
                map.Span) { RenamedFrom = map.Ids("renamed-from") };
            map.ReportUnknownKeys(key == "rows" ? $"row '{path}'" : $"column '{path}'");
            return node;
        }

        /// <summary>One entry of <c>removed:</c>: a table, row or column reference and the reason; null (reported) when unusable.</summary>
        private static RemovedElement? ReadRemoved(YamlMapping map, LoadContext context)
        {
            string? text = map.String("element", required: true);
            string reason = map.String("reason", required: true) ?? "";
            map.ReportUnknownKeys("a removed element");
            if (text is null) return null;
            ElementReference? element = ElementReference.Parse(text, map.SpanOf("element"));
            if (element is null || element.Kind == ElementKind.Cell)
            {
                context.Report(SchemaDiagnosticIds.InvalidValue,
                    $"'{text}' must name a table, a row or a column ({ElementReference.SyntaxHelp}, without a cell)", map.SpanOf("element"));
                return null;
            }
            return new RemovedElement(element, reason.Trim(), map.Span);
        }

        private static InvariantSpec ReadInvariant(YamlMapping map, LoadContext context)
        {
            string id = map.String("id", required: true) ?? "";
            if (id.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))
                context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"invariant id '{id}' must be lower-case words joined by '-' (it is a stable rule id)", map.SpanOf("id"));
            string table = map.String("table", required: true) ?? "";
            RuleAxis? forEachValue = map.Enum("for-each", Axes);
            InvariantKind? kindValue = map.Enum("kind", InvariantKinds);
            // A for-each or kind that was given but is not a known word has been reported; checking the rule against a
            // guessed axis would only add errors that are not the user's.
            bool unknownShape = (forEachValue is null && map.Get("for-each") is not null) || (kindValue is null && map.Get("kind") is not null);
            RuleAxis forEach = forEachValue ?? RuleAxis.Column;
            InvariantKind kind = kindValue ?? InvariantKind.Equation;
            bool acrossYears = map.Bool("across-years");
            FindingSeverity severity = map.Enum("severity", Severities) ?? FindingSeverity.Error;
            string rule = map.String("rule", required: true) ?? "";
            string message = map.String("message", required: true) ?? "";
            string? standing = map.String("standing");
            SourceSpan ruleSpan = RuleSpanOf(map.Get("rule"), context) ?? map.Span;
            map.ReportUnknownKeys($"invariant '{id}'");
            return new InvariantSpec(id, table, forEach, kind, acrossYears, severity, rule.Trim(), message, standing, map.Span, ruleSpan) { HasUnknownShape = unknownShape };
        }

        /// <summary>
        /// Where the rule text starts. Positions inside the rule map onto columns only for a one-line scalar;
        /// a folded rule is located at its first line.
        /// </summary>
        private static SourceSpan? RuleSpanOf(YamlNode? node, LoadContext context)
        {
            if (node is not YamlScalarNode scalar) return null;
            SourceSpan span = context.SpanOf(scalar);
            bool quoted = scalar.Style == ScalarStyle.SingleQuoted || scalar.Style == ScalarStyle.DoubleQuoted;
            bool oneLine = span.StartLine == span.EndLine && scalar.Style != ScalarStyle.Folded && scalar.Style != ScalarStyle.Literal;
            if (!oneLine) return span with { EndLine = span.StartLine, EndColumn = span.StartColumn };
            return quoted ? span with { StartColumn = span.StartColumn + 1, StartOffset = span.StartOffset + 1 } : span;
        }
    }
}
