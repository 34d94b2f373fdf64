using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Formats.Detection
{
    /// <summary>
    /// A report as detection sees it: its non-empty cells in reading order (a table's cells; a line of text split at '|'
    /// and tabs, or the whole line when it has none), each folded to a match key (Simplified script, half-width, no spaces,
    /// no item number), and the whole text folded for searching. Detection compares whole cells with labels, so that prose
    /// mentioning 政府集中采购 is not taken for the procurement table.
    /// </summary>
    internal sealed class ReportCells
    {
        private ReportCells(IReadOnlyList<string> raw, long rawCharacters, List<string> keys, string folded, AskedKeys? asked)
        {
            _asked = asked;
            _keys = keys;
            Raw = raw;
            Folded = folded;
            // Asked once per format version: worked out once, from the cells' lengths summed as they were cut.
            IsRunTogether = Raw.Count > 0 && rawCharacters / Raw.Count > 400;
        }

        /// <summary>The non-empty cells as written.</summary>
        public IReadOnlyList<string> Raw { get; }

        /// <summary><see cref="TextNormalizer.MatchKey"/> of each cell in <see cref="Raw"/>.</summary>
        public IReadOnlyList<string> Keys => _keys;

        /// <summary>The whole text through <see cref="TextNormalizer.Fold"/>: line breaks and spaces gone.</summary>
        public string Folded { get; }

        /// <param name="asked">The keys detection will ask <see cref="IndexesOf"/> for, when known: only cells with these are indexed.</param>
        public static ReportCells Of(Document document, AskedKeys? asked = null)
        {
            // Room for a cell per line and per table cell, so that the lists are not copied as they grow.
            int expected = 0, characters = 0;
            // As spans over the lists behind them: a foreach over a read-only list boxed an enumerator and made two interface
            // calls per item, and its indexer is an interface call too (detection walks every cell of a report twice).
            ReadOnlySpan<Block> blocks = SpanOf(document.Blocks);
            for (int b = 0; b < blocks.Length; b++)
            {
                Block block = blocks[b];
                if (block is TableBlock table)
                {
                    ReadOnlySpan<SourceCell> tableCells = SpanOf(table.Cells);
                    expected += tableCells.Length;
                    for (int c = 0; c < tableCells.Length; c++) characters += tableCells[c].Text.Length;
                }
                else
                {
                    expected++;
                    if (block is TextBlock line) characters += line.Text.Length;
                }
            }
            var raw = new List<string>(expected);
            long rawCharacters = 0;
            var keys = new List<string>(expected);
            // Folding works character by character and drops line breaks, so the folded whole is the folded lines joined:
            // room for the text's characters (folding drops more than it adds), so that the builder does not grow by blocks.
            var folded = new StringBuilder(characters + 16);
            void Add(string text, int lineStart, int lineEnd)
            {
                // Each cell cut once, already trimmed, and folded once: folding drops every white-space character (a test
                // holds it to that), so a trimmed cell folds as the cell does, and the line's fold is its cells' and its
                // separators' folds joined. Most cells fold to themselves: then folding makes no copy.
                int start = lineStart;
                while (true)
                {
                    int separator = text.AsSpan(start, lineEnd - start).IndexOfAny(CellSeparatorValues);
                    if (separator >= 0) separator += start;
                    int end = separator < 0 ? lineEnd : separator;
                    int from = start, to = end;
                    TextNormalizer.TrimWhiteSpace(text, ref from, ref to);
                    if (from < to)
                    {
                        string cell = from == 0 && to == text.Length ? text : text.Substring(from, to - from);
                        string foldedCell = TextNormalizer.Fold(cell);
                        folded.Append(foldedCell);
                        if (!TextNormalizer.IsBlank(cell))
                        {
                            raw.Add(cell);
                            rawCharacters += cell.Length;
                            keys.Add(TextNormalizer.MatchKeyOfFolded(foldedCell));
                        }
                    }
                    if (separator < 0) return;
                    folded.Append(FoldedSeparator(text[separator]));
                    start = separator + 1;
                }
            }
            for (int b = 0; b < blocks.Length; b++)
            {
                Block block = blocks[b];
                if (block is TextBlock text)
                {
                    // A text file's block is one line; others' lines are read in place, not split into strings.
                    string lines = text.Text;
                    int lineStart = 0;
                    for (int lineEnd = lines.IndexOf('\n'); lineEnd >= 0; lineEnd = lines.IndexOf('\n', lineStart))
                    {
                        Add(lines, lineStart, lineEnd);
                        lineStart = lineEnd + 1;
                    }
                    Add(lines, lineStart, lines.Length);
                }
                else if (block is TableBlock table)
                {
                    ReadOnlySpan<SourceCell> tableCells = SpanOf(table.Cells);
                    for (int c = 0; c < tableCells.Length; c++)
                    {
                        SourceCell cell = tableCells[c];
                        if (cell.IsFiller) continue;
                        string cellText = cell.Text.Replace('\n', ' ');
                        Add(cellText, 0, cellText.Length);
                    }
                }
            }
            return new ReportCells(raw, rawCharacters, keys, folded.ToString(), asked);
        }

        private static ReadOnlySpan<T> SpanOf<T>(IReadOnlyList<T> list) => list switch
        {
            T[] array => array,
            List<T> items => CollectionsMarshal.AsSpan(items),
            _ => list.ToArray(),
        };

        private static readonly char[] CellSeparators = { '|', '｜', '\t' };

        // Searched for in every line of a report: a prepared set, not the array searched afresh each time.
        private static readonly SearchValues<char> CellSeparatorValues = SearchValues.Create(CellSeparators);

        private static readonly string[] FoldedSeparators = CellSeparators.Select(c => TextNormalizer.Fold(c.ToString())).ToArray();

        private static string FoldedSeparator(char separator) => FoldedSeparators[Array.IndexOf(CellSeparators, separator)];

        /// <summary>True when most of the text is run together on long lines (a crawler's flattened dump): whole cells are then rare.</summary>
        public bool IsRunTogether { get; }

        /// <summary>Indexes of the cells whose key is <paramref name="key"/>, in reading order.</summary>
        public IReadOnlyList<int> IndexesOf(string key)
        {
            if (_asked is not null && !_asked.Contains(key)) return Scan(key);
            return (_indexesByKey ??= IndexKeys()).TryGetValue(key, out List<int>? indexes) ? indexes : Array.Empty<int>();
        }

        /// <summary>Whether some cell's key is <paramref name="key"/> (<see cref="IndexesOf"/> not empty), without listing them.</summary>
        public bool Contains(string key)
            => _asked is not null && !_asked.Contains(key) ? Scan(key).Count > 0 : (_indexesByKey ??= IndexKeys()).ContainsKey(key);

        /// <summary>Whether the text cites the notice (as <see cref="FormatSignature.NoticeKeysIn"/> finds notices: searched once, asked once per version).</summary>
        public bool Cites(string noticeKey) => (_noticeKeys ??= new HashSet<string>(FormatSignature.NoticeKeysIn(Folded), StringComparer.Ordinal)).Contains(noticeKey);

        private HashSet<string>? _noticeKeys;

        // Detection asks for every distinctive label of every version: one pass over the cells instead of one per label,
        // indexing only the cells that can be asked for (most are figures and prose, which no label is).
        private Dictionary<string, List<int>>? _indexesByKey;
        private readonly AskedKeys? _asked;

        // The keys as the list they were made in: walked whole, where the read-only list's indexer is an interface call.
        private readonly List<string> _keys;

        private Dictionary<string, List<int>> IndexKeys()
        {
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < _keys.Count; i++)
            {
                string key = _keys[i];
                if (_asked is not null && !_asked.Contains(key)) continue;
                if (!byKey.TryGetValue(key, out List<int>? indexes)) byKey.Add(key, indexes = new List<int>());
                indexes.Add(i);
            }
            return byKey;
        }

        private List<int> Scan(string key)
        {
            var indexes = new List<int>();
            for (int i = 0; i < _keys.Count; i++)
                if (string.Equals(_keys[i], key, StringComparison.Ordinal)) indexes.Add(i);
            return indexes;
        }

        public bool IsFigure(int index) => index < Raw.Count && CellValueParser.Parse(Raw[index]).IsNumber;
    }

    /// <summary>
    /// The match keys detection asks a report's cells for (the versions' distinctive labels and reshaped rows), with the
    /// characters they start with, so that a cell is turned away by its first character before its key is hashed.
    /// </summary>
    internal sealed class AskedKeys
    {
        private readonly HashSet<string> _keys;
        private readonly HashSet<char> _firsts;

        public AskedKeys(IEnumerable<string> keys)
        {
            _keys = new HashSet<string>(keys.Where(k => k.Length > 0), StringComparer.Ordinal);
            _firsts = new HashSet<char>(_keys.Select(k => k[0]));
        }

        public bool Contains(string key) => key.Length > 0 && _firsts.Contains(key[0]) && _keys.Contains(key);
    }
}
