using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
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
    /// <remarks>
    /// The whole text is folded into one buffer, cell after cell (folding works character by character and drops white
    /// space, so the folded whole is the folded cells and separators joined), and each cell is kept as ranges: of the text
    /// it was cut from and of its key in <see cref="Folded"/>. Detection asks for a few dozen keys and looks at the cell
    /// after a few hits, so a cell's text and key become strings only when asked for; keying every cell as a string was
    /// most of what detection allocated.
    /// </remarks>
    internal sealed class ReportCells
    {
        private ReportCells(Cell[] cells, int count, long rawCharacters, string folded, AskedKeys? asked)
        {
            _cells = cells;
            Count = count;
            _asked = asked;
            Folded = folded;
            // Asked once per format version: worked out once, from the cells' lengths summed as they were cut.
            IsRunTogether = count > 0 && rawCharacters / count > 400;
        }

        /// <summary>One non-empty cell: Text[RawStart..RawEnd) as written, its key at Folded[KeyStart..KeyEnd).</summary>
        private struct Cell
        {
            public string Text;
            public int RawStart, RawEnd;
            // The cell's whole fold while the cells are cut, narrowed to its key once the folded text is a string.
            public int KeyStart, KeyEnd;
        }

        private Cell[] _cells;

        // The cells array of this thread's last detection, emptied: detection cuts every report into cells once and is done
        // with them when it has scored the versions, and a new array per report was two fifths of what detection allocated.
        [ThreadStatic] private static Cell[]? _spareCells;

        private const int MaxKeptCells = 1 << 16;

        private static Cell[] TakeSpareCells(int least)
        {
            Cell[]? spare = _spareCells;
            if (spare is null || spare.Length < least) return new Cell[least];
            _spareCells = null;
            return spare;
        }

        /// <summary>
        /// Hands the cells array to the thread's next detection, emptied (it holds no text of this report after it), once
        /// the caller is done with these cells: nothing may be asked of them after.
        /// </summary>
        public void Release()
        {
            Cell[] cells = _cells;
            if (cells.Length == 0) return;
            _cells = Array.Empty<Cell>();
            Array.Clear(cells, 0, Count);
            if (cells.Length <= MaxKeptCells && (_spareCells is null || _spareCells.Length < cells.Length)) _spareCells = cells;
        }

        /// <summary>How many non-empty cells the report has.</summary>
        public int Count { get; }

        /// <summary>The cell at <paramref name="index"/> as written (trimmed).</summary>
        public string RawAt(int index) => Cut(_cells[index].Text, _cells[index].RawStart, _cells[index].RawEnd);

        /// <summary><see cref="TextNormalizer.MatchKey"/> of the cell at <paramref name="index"/>.</summary>
        public string KeyAt(int index) => Cut(Folded, _cells[index].KeyStart, _cells[index].KeyEnd);

        /// <summary>text[start..end) as a string: the text itself when that is all of it.</summary>
        private static string Cut(string text, int start, int end) => start == 0 && end == text.Length ? text : text.Substring(start, end - start);

        /// <summary><see cref="KeyAt"/> of every cell, in reading order.</summary>
        public IReadOnlyList<string> Keys => _keys ??= Enumerable.Range(0, Count).Select(KeyAt).ToArray();

        private string[]? _keys;

        /// <summary>The whole text through <see cref="TextNormalizer.Fold"/>: line breaks and spaces gone.</summary>
        public string Folded { get; }

        /// <param name="asked">The keys detection will ask <see cref="IndexesOf"/> for, when known: only cells with these are indexed.</param>
        public static ReportCells Of(Document document, AskedKeys? asked = null)
        {
            // Room for a cell per line and per table cell, so that the list is seldom copied as it grows, and for every
            // character in the folded buffer (folding never lengthens a text).
            int expected = 0, characters = 0;
            // As spans over the lists behind them: a foreach over a read-only list boxed an enumerator and made two interface
            // calls per item, and its indexer is an interface call too (detection walks every cell of a report twice).
            ReadOnlySpan<Block> blocks = SpanOf(document.Blocks);
            for (int b = 0; b < blocks.Length; b++)
            {
                Block block = blocks[b];
                if (block is TableBlock table)
                {
                    ReadOnlySpan<string> cellTexts = SpanOf(table.CellTexts);
                    expected += cellTexts.Length;
                    for (int c = 0; c < cellTexts.Length; c++) characters += cellTexts[c].Length;
                }
                else
                {
                    expected++;
                    if (block is TextBlock line) characters += line.Text.Length;
                }
            }
            var cut = new CellCutter(expected, characters);
            try
            {
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
                            cut.Line(lines, lineStart, lineEnd);
                            lineStart = lineEnd + 1;
                        }
                        cut.Line(lines, lineStart, lines.Length);
                    }
                    else if (block is TableBlock table)
                    {
                        // The written cells' texts: a text's pipe table makes no source cell per slot for them.
                        ReadOnlySpan<string> cellTexts = SpanOf(table.CellTexts);
                        for (int c = 0; c < cellTexts.Length; c++)
                        {
                            string cellText = cellTexts[c].Replace('\n', ' ');
                            cut.Line(cellText, 0, cellText.Length);
                        }
                    }
                }
                return cut.ToCells(asked);
            }
            finally
            {
                cut.Return();
            }
        }

        /// <summary>Cuts lines into cells, folding each into one buffer as it goes.</summary>
        private struct CellCutter
        {
            private Cell[] _cells;
            private int _count;
            private char[] _folded;
            private int _length;
            private long _rawCharacters;

            public CellCutter(int expected, int characters)
            {
                _cells = TakeSpareCells(Math.Max(expected, 4));
                _count = 0;
                _folded = ArrayPool<char>.Shared.Rent(Math.Max(characters, 16));
                _length = 0;
                _rawCharacters = 0;
            }

            /// <summary>Cuts text[lineStart..lineEnd) at its separators; each trimmed, non-blank piece is a cell.</summary>
            public void Line(string text, int lineStart, int lineEnd)
            {
                int start = lineStart;
                while (true)
                {
                    int separator = text.AsSpan(start, lineEnd - start).IndexOfAny(CellSeparatorValues);
                    if (separator >= 0) separator += start;
                    int end = separator < 0 ? lineEnd : separator;
                    int from = start, to = end;
                    TextNormalizer.TrimWhiteSpace(text, ref from, ref to);
                    int foldStart = _length;
                    // The trimmed piece folds as the untrimmed one: folding drops every white-space character (a test holds
                    // it to that). A blank cell is kept out of the cells but not out of the folded whole.
                    _length = TextNormalizer.FoldInto(text, from, to, _folded, _length);
                    if (from < to && !TextNormalizer.IsBlank(text, from, to))
                    {
                        if (_count == _cells.Length) Array.Resize(ref _cells, _cells.Length * 2);
                        _cells[_count++] = new Cell { Text = text, RawStart = from, RawEnd = to, KeyStart = foldStart, KeyEnd = _length };
                        _rawCharacters += to - from;
                    }
                    if (separator < 0) return;
                    _length = TextNormalizer.FoldInto(text, separator, separator + 1, _folded, _length);
                    start = separator + 1;
                }
            }

            public ReportCells ToCells(AskedKeys? asked)
            {
                string folded = new(_folded, 0, _length);
                for (int i = 0; i < _count; i++)
                    TextNormalizer.MatchKeyBounds(folded, ref _cells[i].KeyStart, ref _cells[i].KeyEnd);
                return new ReportCells(_cells, _count, _rawCharacters, folded, asked);
            }

            public void Return() => ArrayPool<char>.Shared.Return(_folded);
        }

        private static ReadOnlySpan<T> SpanOf<T>(IReadOnlyList<T> list) => list switch
        {
            T[] array => array,
            List<T> items => CollectionsMarshal.AsSpan(items),
            _ => list.ToArray(),
        };

        // Searched for in every line of a report: a prepared set, not the characters searched afresh each time.
        private static readonly SearchValues<char> CellSeparatorValues = SearchValues.Create("|｜\t");

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

        private ReadOnlySpan<char> KeySpan(int index) => Folded.AsSpan(_cells[index].KeyStart, _cells[index].KeyEnd - _cells[index].KeyStart);

        private Dictionary<string, List<int>> IndexKeys()
        {
            var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < Count; i++)
            {
                // Asked keys are found by the cell's span and stored as the asked string: no key is copied to be looked up.
                string? key = _asked is null ? KeyAt(i) : _asked.Find(KeySpan(i));
                if (key is null) continue;
                if (!byKey.TryGetValue(key, out List<int>? indexes)) byKey.Add(key, indexes = new List<int>());
                indexes.Add(i);
            }
            return byKey;
        }

        private List<int> Scan(string key)
        {
            var indexes = new List<int>();
            for (int i = 0; i < Count; i++)
                if (KeySpan(i).SequenceEqual(key)) indexes.Add(i);
            return indexes;
        }

        public bool IsFigure(int index) => index < Count && CellValueParser.Parse(RawAt(index)).IsNumber;
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
            _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public bool Contains(string key) => key.Length > 0 && _firsts.Contains(key[0]) && _keys.Contains(key);

        /// <summary>The asked key equal to <paramref name="key"/>, or null when it is not asked for.</summary>
        public string? Find(ReadOnlySpan<char> key)
            => key.Length > 0 && _firsts.Contains(key[0]) && _lookup.TryGetValue(key, out string? asked) ? asked : null;
    }
}
