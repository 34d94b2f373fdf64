using System.Collections;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Puts a finished reading into the input's coordinates. The reader works in the numbers of the lines it walks
    /// (<see cref="DocumentLines"/>), which mean nothing to a user, so every diagnostic, heading, table and cell is given
    /// its <see cref="SourceLocation"/>, and its line and column become the input's own (the text's line:column, a web
    /// page's start-tag line) or 0 where the input has none (Word, PDF).
    /// </summary>
    internal sealed class ReadingLocations
    {
        private readonly TextLine[] _lines;
        // The reader numbers lines in order, so they are found by binary search; a dictionary only if they ever are not.
        private readonly Dictionary<int, TextLine>? _byNumber;

        public ReadingLocations(TextLine[] lines)
        {
            _lines = lines;
            for (int i = 1; i < lines.Length; i++)
            {
                if (lines[i].Number > lines[i - 1].Number) continue;
                _byNumber = new Dictionary<int, TextLine>(lines.Length);
                foreach (TextLine line in lines) _byNumber[line.Number] = line;
                break;
            }
        }

        private bool TryFind(int number, out TextLine line)
        {
            if (_byNumber is not null) return _byNumber.TryGetValue(number, out line);
            int low = 0, high = _lines.Length - 1;
            while (low <= high)
            {
                int middle = low + (high - low) / 2;
                int at = _lines[middle].Number;
                if (at == number)
                {
                    line = _lines[middle];
                    return true;
                }
                if (at < number) low = middle + 1;
                else high = middle - 1;
            }
            line = default;
            return false;
        }

        public ReportReading Apply(ReportReading reading)
            => new ReportReading(reading.Schema, Each(reading.Sections, Locate), Each(reading.Tables, Locate), Each(reading.Diagnostics, Locate));

        /// <summary>Each item located, by index: a Select(…).ToArray() over a read-only list made interface calls per item in the native build.</summary>
        private static T[] Each<T>(IReadOnlyList<T> items, System.Func<T, T> locate)
        {
            var located = new T[items.Count];
            for (int i = 0; i < located.Length; i++) located[i] = locate(items[i]);
            return located;
        }

        private ReadDiagnostic Locate(ReadDiagnostic d)
        {
            SourceLocation source = d.Source.IsNone ? Of(d.Line, d.Column0) : d.Source;
            return d with { Source = source, Line = source.Line, Column0 = source.Line > 0 ? source.Column : 0 };
        }

        public SectionReading Locate(SectionReading s)
        {
            SourceLocation heading = s.Found ? Of(s.HeadingLine, 0) : SourceLocation.None;
            return new SectionReading(s.SectionId, s.Found, heading.Line, s.Text) { HeadingLocation = heading };
        }

        private TableReading Locate(TableReading t)
        {
            SourceLocation first = Of(t.FirstLine, 0);
            var cells = new LocatedCells(t.Cells, this);
            return new TableReading(t, first.Line, cells) { Location = first, Imputed = t.Imputed, Unread = t.Unread };
        }

        private CellReading Locate(CellReading cell)
        {
            SourceLocation source = cell.Source.IsNone ? Of(cell.Line, cell.Column) : cell.Source;
            return cell with { Source = source, Line = source.Line, Column = source.Line > 0 ? source.Column : 0 };
        }

        /// <summary>
        /// A table's cells in the input's coordinates, located as they are read instead of copied: every cell is read
        /// once or twice after this, and a copy of each table's dictionary cost more than locating on each read.
        /// </summary>
        private sealed class LocatedCells : IReadOnlyDictionary<(string Row, string Column), CellReading>
        {
            private readonly IReadOnlyDictionary<(string Row, string Column), CellReading> _read;
            private readonly ReadingLocations _locations;

            public LocatedCells(IReadOnlyDictionary<(string Row, string Column), CellReading> read, ReadingLocations locations)
            {
                _read = read;
                _locations = locations;
            }

            public CellReading this[(string Row, string Column) key] => _locations.Locate(_read[key]);

            public IEnumerable<(string Row, string Column)> Keys => _read.Keys;

            public IEnumerable<CellReading> Values => _read.Values.Select(_locations.Locate);

            public int Count => _read.Count;

            public bool ContainsKey((string Row, string Column) key) => _read.ContainsKey(key);

            public bool TryGetValue((string Row, string Column) key, out CellReading value)
            {
                if (!_read.TryGetValue(key, out value)) return false;
                value = _locations.Locate(value);
                return true;
            }

            public IEnumerator<KeyValuePair<(string Row, string Column), CellReading>> GetEnumerator()
            {
                foreach (KeyValuePair<(string Row, string Column), CellReading> cell in _read)
                    yield return new KeyValuePair<(string Row, string Column), CellReading>(cell.Key, _locations.Locate(cell.Value));
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>The place of a line and column of the laid-out document; none for line 0.</summary>
        private SourceLocation Of(int line, int column)
        {
            if (line <= 0 || !TryFind(line, out TextLine text)) return SourceLocation.None;
            return text.At(column > 0 ? column : text.FirstColumn);
        }
    }
}
