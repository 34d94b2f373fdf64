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
            try
            {
                var events = new List<YamlDotNet.Core.Events.ParsingEvent>();
                if (!CheckEvents(text, context, events)) return null;
                // The tree is built from the events just checked: the text is scanned and parsed once, not twice.
                stream.Load(new RecordedEvents(events));
                return stream;
            }
            catch (YamlException)
            {
                throw;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is FormatException)
            {
                string[] lines = text.Split('\n');
                var end = new SourceSpan(context.Path, lines.Length, lines[lines.Length - 1].Length + 1, lines.Length, lines[lines.Length - 1].Length + 1, text.Length, text.Length);
                context.Report(SchemaDiagnosticIds.YamlSyntax, "the YAML ends before a structure is closed (" + ex.Message.Replace("\r", "").Replace("\n", " ") + ")", end);
                return null;
            }
        }

        /// <summary>The events of one parse, given again to build the tree from (YamlStream.Load reads any parser).</summary>
        private sealed class RecordedEvents : IParser
        {
            private readonly List<YamlDotNet.Core.Events.ParsingEvent> _events;
            private int _next;

            public RecordedEvents(List<YamlDotNet.Core.Events.ParsingEvent> events) => _events = events;

            public YamlDotNet.Core.Events.ParsingEvent? Current { get; private set; }

            public bool MoveNext()
            {
                Current = _next < _events.Count ? _events[_next++] : null;
                return Current is not null;
            }
        }

        /// <summary>
        /// How many nodes aliases may bring in, counted as if every alias were written out: far beyond what a schema
        /// needs, far below what a "billion laughs" file (anchors aliasing anchors, nine times over) would expand to.
        /// </summary>
        public const int MaxAliasedNodes = 100_000;

        internal const string MaxAliasedNodesText = "100,000";

        /// <summary>
        /// Walks the parser's events (the parser keeps its own stack, it does not recurse) before any tree is built, and
        /// keeps them in <paramref name="events"/> for the tree:
        /// nesting beyond <see cref="MaxNestingDepth"/>, an alias inside the node it names (a cycle) or aliases that would
        /// expand past <see cref="MaxAliasedNodes"/> stop the load; a second document is reported (only the first is read).
        /// </summary>
        private static bool CheckEvents(string text, LoadContext context, List<YamlDotNet.Core.Events.ParsingEvent> events)
        {
            var parser = new Parser(new StringReader(text));
            int depth = 0, documents = 0;
            long nodes = 0, aliased = 0;
            // Anchored collections still open (their anchor and the node count when they opened), and each closed anchor's size.
            var open = new Stack<(string Anchor, long NodesBefore, YamlDotNet.Core.Events.NodeEvent Start)>();
            var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
            bool broken = false;
            while (!broken && MoveNext(parser, open.Select(o => o.Start), context, out broken))
            {
                events.Add(parser.Current!);
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.NodeEvent node and (YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart):
                        nodes++;
                        if (++depth > MaxNestingDepth)
                        {
                            context.Report(SchemaDiagnosticIds.NestingTooDeep,
                                $"mappings and sequences nest more than {MaxNestingDepth} levels deep here; a schema needs far fewer", context.SpanOf(node.Start, node.End));
                            return false;
                        }
                        open.Push((node.Anchor.IsEmpty ? "" : node.Anchor.Value, nodes, node));
                        break;
                    case YamlDotNet.Core.Events.MappingEnd:
                    case YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        if (open.Count > 0)
                        {
                            var (anchor, before, _) = open.Pop();
                            if (anchor.Length > 0) sizes[anchor] = nodes - before + 1;
                        }
                        break;
                    case YamlDotNet.Core.Events.Scalar scalar:
                        nodes++;
                        if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                        break;
                    case YamlDotNet.Core.Events.AnchorAlias alias:
                        string name = alias.Value.Value;
                        if (open.Any(o => o.Anchor == name))
                        {
                            context.Report(SchemaDiagnosticIds.NestingTooDeep,
                                $"the alias *{name} stands inside the node &{name} names: it would nest without end", context.SpanOf(alias.Start, alias.End));
                            return false;
                        }
                        if (!sizes.TryGetValue(name, out long size))
                        {
                            context.Report(SchemaDiagnosticIds.YamlSyntax, $"the alias *{name} names no anchor: write &{name} on a value before it", context.SpanOf(alias.Start, alias.End));
                            return false;
                        }
                        else
                        {
                            aliased += size;
                            nodes += size;
                            if (aliased > MaxAliasedNodes)
                            {
                                context.Report(SchemaDiagnosticIds.NestingTooDeep,
                                    $"aliases would bring in more than {MaxAliasedNodesText} nodes by here (anchors aliasing anchors); a schema needs far fewer", context.SpanOf(alias.Start, alias.End));
                                return false;
                            }
                        }
                        break;
                    case YamlDotNet.Core.Events.DocumentStart start when ++documents == 2:
                        context.Report(SchemaDiagnosticIds.Structure,
                            "a schema file holds one YAML document; this second document (after '---') would be ignored", context.SpanOf(start.Start, start.End));
                        break;
                }
            }
            return !broken;
        }

        /// <summary>
        /// The parser's next event. A YamlException (a syntax error with its place) goes to <see cref="Load"/>; a file that
        /// ends inside a flow collection makes YamlDotNet throw other exceptions, without a place: that is reported here,
        /// at the '[' or '{' left open (false: no more events).
        /// </summary>
        private static bool MoveNext(Parser parser, IEnumerable<YamlDotNet.Core.Events.NodeEvent> open, LoadContext context, out bool broken)
        {
            broken = false;
            try
            {
                return parser.MoveNext();
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is FormatException)
            {
                YamlDotNet.Core.Events.NodeEvent? unclosed = open.FirstOrDefault(e =>
                    e is YamlDotNet.Core.Events.SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or YamlDotNet.Core.Events.MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow });
                if (unclosed is null)
                {
                    // The parser failed before it gave the collection's start: the first '[' or '{' after the last event it gave.
                    int from = (int)Math.Min(Math.Max(0, parser.Current?.End.Index ?? 0), context.Text.Length);
                    int opener = context.Text.IndexOfAny(new[] { '[', '{' }, from);
                    SourceSpan at = opener < 0 ? context.SpanOf(parser.Current?.Start ?? Mark.Empty, parser.Current?.End ?? Mark.Empty) : context.SpanAt(opener);
                    context.Report(SchemaDiagnosticIds.YamlSyntax,
                        opener < 0 ? "the YAML ends before a structure is closed" : $"this '{context.Text[opener]}' is never closed: the file ends before its '{(context.Text[opener] == '[' ? ']' : '}')}'", at);
                }
                else
                    context.Report(SchemaDiagnosticIds.YamlSyntax,
                        $"this '{(unclosed is YamlDotNet.Core.Events.SequenceStart ? '[' : '{')}' is never closed: the file ends before its '{(unclosed is YamlDotNet.Core.Events.SequenceStart ? ']' : '}')}'",
                        context.SpanOf(unclosed.Start, unclosed.End));
                broken = true;
                return false;
            }
        }

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
