using System;
using System.Collections.Generic;
using System.IO;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SchemaGen.Schema.Loading
{
    /// <summary>
    /// The parser's events, each checked as the tree builder takes it, before it can build anything from it (the parser
    /// keeps its own stack, it does not recurse): nesting beyond <see cref="SchemaLoader.MaxNestingDepth"/>, an alias
    /// inside the node it names (a cycle) or aliases that would expand past <see cref="SchemaLoader.MaxAliasedNodes"/>
    /// stop the events (<see cref="Stopped"/>, reported); a second document is reported (only the first is read). Checked
    /// on the way rather than recorded and checked first: the schema is scanned once and no list of events is kept.
    /// </summary>
    internal sealed class CheckedYamlEvents : IParser
    {
        private readonly Parser _parser;
        private readonly LoadContext _context;
        private int _depth, _documents;
        private long _nodes, _aliased;
        // Anchored collections still open (their anchor and the node count when they opened), and each closed anchor's size.
        private readonly Stack<(string Anchor, long NodesBefore, NodeEvent Start)> _open = new();
        private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);

        public CheckedYamlEvents(string text, LoadContext context)
        {
            _parser = new Parser(new StringReader(text));
            _context = context;
        }

        public ParsingEvent? Current { get; private set; }

        /// <summary>A check failed (reported): the events stopped there.</summary>
        public bool Stopped { get; private set; }

        /// <summary>The parser threw a syntax error (a YamlException with its place), which the loader reports.</summary>
        public bool ParserFailed { get; private set; }

        public bool MoveNext()
        {
            Current = null;
            if (Stopped || !NextFromParser()) return false;
            if (!Check(_parser.Current!))
            {
                Stopped = true;
                return false;
            }
            Current = _parser.Current;
            return true;
        }

        /// <summary>Takes and checks the events the tree builder left when it failed: a check's or the parser's error comes first.</summary>
        public void Drain()
        {
            while (MoveNext())
            {
            }
        }

        private bool Check(ParsingEvent next)
        {
            switch (next)
            {
                case NodeEvent node and (MappingStart or SequenceStart):
                    _nodes++;
                    if (++_depth > SchemaLoader.MaxNestingDepth)
                    {
                        _context.Report(SchemaDiagnosticIds.NestingTooDeep,
                            $"mappings and sequences nest more than {SchemaLoader.MaxNestingDepth} levels deep here; a schema needs far fewer", _context.SpanOf(node.Start, node.End));
                        return false;
                    }
                    _open.Push((node.Anchor.IsEmpty ? "" : node.Anchor.Value, _nodes, node));
                    return true;
                case MappingEnd:
                case SequenceEnd:
                    _depth--;
                    if (_open.Count > 0)
                    {
                        var (anchor, before, _) = _open.Pop();
                        if (anchor.Length > 0) _sizes[anchor] = _nodes - before + 1;
                    }
                    return true;
                case Scalar scalar:
                    _nodes++;
                    if (!scalar.Anchor.IsEmpty) _sizes[scalar.Anchor.Value] = 1;
                    return true;
                case AnchorAlias alias:
                    return CheckAlias(alias);
                case DocumentStart start when ++_documents == 2:
                    _context.Report(SchemaDiagnosticIds.Structure,
                        "a schema file holds one YAML document; this second document (after '---') would be ignored", _context.SpanOf(start.Start, start.End));
                    return true;
                default:
                    return true;
            }
        }

        private bool CheckAlias(AnchorAlias alias)
        {
            string name = alias.Value.Value;
            foreach (var open in _open)
            {
                if (open.Anchor != name) continue;
                _context.Report(SchemaDiagnosticIds.NestingTooDeep,
                    $"the alias *{name} stands inside the node &{name} names: it would nest without end", _context.SpanOf(alias.Start, alias.End));
                return false;
            }
            if (!_sizes.TryGetValue(name, out long size))
            {
                _context.Report(SchemaDiagnosticIds.YamlSyntax, $"the alias *{name} names no anchor: write &{name} on a value before it", _context.SpanOf(alias.Start, alias.End));
                return false;
            }
            _aliased += size;
            _nodes += size;
            if (_aliased <= SchemaLoader.MaxAliasedNodes) return true;
            _context.Report(SchemaDiagnosticIds.NestingTooDeep,
                $"aliases would bring in more than {SchemaLoader.MaxAliasedNodesText} nodes by here (anchors aliasing anchors); a schema needs far fewer", _context.SpanOf(alias.Start, alias.End));
            return false;
        }

        /// <summary>
        /// The parser's next event. A YamlException (a syntax error with its place) goes to the loader; a file that ends
        /// inside a flow collection makes YamlDotNet throw other exceptions, without a place: that is reported here, at the
        /// '[' or '{' left open, and stops the events.
        /// </summary>
        private bool NextFromParser()
        {
            try
            {
                return _parser.MoveNext();
            }
            catch (YamlException)
            {
                ParserFailed = true;
                throw;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is FormatException)
            {
                ReportUnclosed();
                Stopped = true;
                return false;
            }
        }

        private void ReportUnclosed()
        {
            NodeEvent? unclosed = null;
            foreach (var open in _open)
            {
                if (open.Start is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow })
                {
                    unclosed = open.Start;
                    break;
                }
            }
            if (unclosed is null)
            {
                // The parser failed before it gave the collection's start: the first '[' or '{' after the last event it gave.
                int from = (int)Math.Min(Math.Max(0, _parser.Current?.End.Index ?? 0), _context.Text.Length);
                int opener = _context.Text.IndexOfAny(new[] { '[', '{' }, from);
                SourceSpan at = opener < 0 ? _context.SpanOf(_parser.Current?.Start ?? Mark.Empty, _parser.Current?.End ?? Mark.Empty) : _context.SpanAt(opener);
                _context.Report(SchemaDiagnosticIds.YamlSyntax,
                    opener < 0 ? "the YAML ends before a structure is closed" : $"this '{_context.Text[opener]}' is never closed: the file ends before its '{(_context.Text[opener] == '[' ? ']' : '}')}'", at);
            }
            else
                _context.Report(SchemaDiagnosticIds.YamlSyntax,
                    $"this '{(unclosed is SequenceStart ? '[' : '{')}' is never closed: the file ends before its '{(unclosed is SequenceStart ? ']' : '}')}'",
                    _context.SpanOf(unclosed.Start, unclosed.End));
        }
    }
}
