using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SchemaGen.Schema.Loading
{
    /// <summary>
    /// Reads one YAML mapping with the keys a schema element allows. Every key read is remembered, so that
    /// <see cref="ReportUnknownKeys"/> can flag the rest; every problem is reported at the node's line and column.
    /// </summary>
    internal sealed class YamlMapping
    {
        private readonly YamlMappingNode _node;
        private readonly LoadContext _context;
        private readonly HashSet<string> _read = new();

        public YamlMapping(YamlMappingNode node, LoadContext context)
        {
            _node = node;
            _context = context;
        }

        public SourceSpan Span => _context.SpanOf(_node);

        public YamlNode? Get(string key)
        {
            _read.Add(key);
            foreach (var pair in _node.Children)
                if (pair.Key is YamlScalarNode k && k.Value == key) return pair.Value;
            return null;
        }

        public SourceSpan SpanOf(string key)
        {
            foreach (var pair in _node.Children)
                if (pair.Key is YamlScalarNode k && k.Value == key) return _context.SpanOf(pair.Value);
            return Span;
        }

        public string? String(string key, bool required = false)
        {
            YamlNode? node = Get(key);
            if (node is null)
            {
                if (required) _context.Report(SchemaDiagnosticIds.MissingKey, $"'{key}' is required here", Span);
                return null;
            }
            if (node is YamlScalarNode scalar)
            {
                // "key:" with nothing after it (or only an anchor, or ~) is YAML's null: for a required key, as good as missing.
                if (required && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null or "" or "~"))
                {
                    _context.Report(SchemaDiagnosticIds.MissingKey, $"'{key}' is required here and has no value", _context.SpanOf(node));
                    return null;
                }
                return scalar.Value ?? "";
            }
            _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be a single value", _context.SpanOf(node));
            return null;
        }

        public string Id(string key = "id")
        {
            string? id = String(key, required: true);
            if (id is null) return "";
            if (!Naming.IsValidIdentifier(id))
                _context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"'{id}' is not a valid C# identifier (ASCII letters, digits and '_', starting with a letter; not a keyword)", SpanOf(key));
            return id;
        }

        public bool Bool(string key)
        {
            string? value = String(key);
            if (value is null) return false;
            if (value == "true") return true;
            if (value == "false") return false;
            _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be true or false, not '{value}'", SpanOf(key));
            return false;
        }

        public int? Int(string key)
        {
            string? value = String(key);
            if (value is null) return null;
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)) return n;
            _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be a whole number, not '{value}'", SpanOf(key));
            return null;
        }

        public T? Enum<T>(string key, IReadOnlyDictionary<string, T> words) where T : struct
        {
            string? value = String(key);
            if (value is null) return null;
            if (words.TryGetValue(value, out T result)) return result;
            _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be one of {string.Join(", ", words.Keys)}; '{value}' is not", SpanOf(key));
            return null;
        }

        public EquatableArray<Text> Strings(string key)
        {
            YamlNode? node = Get(key);
            if (node is null) return EquatableArray<Text>.Empty;
            if (node is YamlSequenceNode seq)
            {
                var values = new List<Text>();
                foreach (YamlNode item in seq.Children)
                {
                    if (item is YamlScalarNode s && s.Value is not null) values.Add(s.Value);
                    else _context.Report(SchemaDiagnosticIds.InvalidValue, $"every item of '{key}' must be a single value", _context.SpanOf(item));
                }
                return values.ToEquatableArray();
            }
            _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be a list, for example [a, b]", _context.SpanOf(node));
            return EquatableArray<Text>.Empty;
        }

        /// <summary>A list of identifiers (or one written as a plain value), each checked where it stands.</summary>
        public EquatableArray<Text> Ids(string key)
        {
            YamlNode? node = Get(key);
            if (node is null) return EquatableArray<Text>.Empty;
            var items = node is YamlSequenceNode seq ? seq.Children.ToList() : new List<YamlNode> { node };
            var ids = new List<Text>();
            foreach (YamlNode item in items)
            {
                if (item is not YamlScalarNode { Value: not null } scalar)
                    _context.Report(SchemaDiagnosticIds.InvalidValue, $"every item of '{key}' must be a single value", _context.SpanOf(item));
                else if (!Naming.IsValidIdentifier(scalar.Value))
                    _context.Report(SchemaDiagnosticIds.InvalidIdentifier, $"'{scalar.Value}' in '{key}' is not a valid C# identifier (ASCII letters, digits and '_', starting with a letter; not a keyword)", _context.SpanOf(item));
                else
                    ids.Add(scalar.Value);
            }
            return ids.ToEquatableArray();
        }

        public IEnumerable<YamlMapping> Mappings(string key)
        {
            YamlNode? node = Get(key);
            if (node is null) yield break;
            if (node is not YamlSequenceNode seq)
            {
                _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be a list of mappings", _context.SpanOf(node));
                yield break;
            }
            foreach (YamlNode item in seq.Children)
            {
                if (item is YamlMappingNode map) yield return new YamlMapping(map, _context);
                else _context.Report(SchemaDiagnosticIds.InvalidValue, $"every item of '{key}' must be a mapping (id: ..., label: ...)", _context.SpanOf(item));
            }
        }

        public YamlMapping? Mapping(string key, bool required = false)
        {
            YamlNode? node = Get(key);
            if (node is null)
            {
                if (required) _context.Report(SchemaDiagnosticIds.MissingKey, $"'{key}' is required here", Span);
                return null;
            }
            if (node is YamlMappingNode map) return new YamlMapping(map, _context);
            _context.Report(SchemaDiagnosticIds.InvalidValue, $"'{key}' must be a mapping", _context.SpanOf(node));
            return null;
        }

        /// <summary>Reports every key that no reader asked for, with the closest known key as a hint.</summary>
        public void ReportUnknownKeys(string element)
        {
            foreach (var pair in _node.Children)
            {
                if (pair.Key is not YamlScalarNode)
                {
                    // A sequence or a mapping as a key ([a]: b) matches no key of the schema language: it would be ignored silently.
                    _context.Report(SchemaDiagnosticIds.UnknownKey, $"a key in {element} must be a plain word, not a {(pair.Key is YamlSequenceNode ? "sequence" : "mapping")}", _context.SpanOf(pair.Key));
                    continue;
                }
                var k = (YamlScalarNode)pair.Key;
                if (k.Value is null || _read.Contains(k.Value)) continue;
                string? hint = Naming.Closest(k.Value, _read);
                _context.Report(SchemaDiagnosticIds.UnknownKey,
                    $"unknown key '{k.Value}' in {element}" + (hint is null ? $" (allowed: {string.Join(", ", _read.OrderBy(x => x, System.StringComparer.Ordinal))})" : $" (did you mean '{hint}'?)"),
                    _context.SpanOf(pair.Key));
            }
        }
    }

    /// <summary>The file being loaded and the diagnostics found so far.</summary>
    internal sealed class LoadContext
    {
        public LoadContext(string path, string text = "")
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        /// <summary>The text being loaded (for places YamlDotNet does not give).</summary>
        public string Text { get; }

        /// <summary>The one character at <paramref name="offset"/>, its line and column counted as YAML breaks lines (CR LF, CR, LF, NEL, LS, PS).</summary>
        public SourceSpan SpanAt(int offset)
        {
            int line = 1, lineStart = 0;
            for (int i = 0; i < offset; i++)
            {
                char c = Text[i];
                if (c == '\r' && i + 1 < Text.Length && Text[i + 1] == '\n') continue;
                if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = offset - lineStart + 1;
            return new SourceSpan(Path, line, column, line, column + 1, offset, offset + 1);
        }

        public List<SchemaDiagnostic> Diagnostics { get; } = new();

        /// <summary>
        /// A node's place as YamlDotNet gives it (where diagnostics point), and its extent to the end of its last
        /// descendant: YamlDotNet ends a block mapping where it starts, and the extent is what tells whether a diagnostic
        /// lies inside an element.
        /// </summary>
        public SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start, node.End) with { ExtentEndOffset = (int)EndOf(node).Index };

        private static Mark EndOf(YamlNode node)
        {
            Mark end = node.End;
            YamlNode? last = node switch
            {
                YamlMappingNode map => map.Children.Count == 0 ? null : map.Children[map.Children.Count - 1].Value,
                YamlSequenceNode seq => seq.Children.Count == 0 ? null : seq.Children[seq.Children.Count - 1],
                _ => null,
            };
            if (last is null) return end;
            Mark inner = EndOf(last);
            return inner.Index > end.Index ? inner : end;
        }

        public SourceSpan SpanOf(Mark start, Mark end)
            => new SourceSpan(Path, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column, (int)start.Index, (int)end.Index);

        public void Report(DiagnosticRule rule, string message, SourceSpan span)
            => Diagnostics.Add(new SchemaDiagnostic(rule.Id, rule.Severity, message, span));
    }
}
