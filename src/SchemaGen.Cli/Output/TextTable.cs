using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SchemaGen.Cli.Output
{
    /// <summary>A plain text table: a header row, a rule, then rows; columns padded by display width, numbers right-aligned.</summary>
    public sealed class TextTable
    {
        private readonly string[] _headers;
        private readonly bool[] _rightAligned;
        private readonly List<string[]> _rows = new();

        public TextTable(params string[] headers)
        {
            _headers = headers;
            _rightAligned = new bool[headers.Length];
        }

        public TextTable AlignRight(params int[] columns)
        {
            foreach (int c in columns) _rightAligned[c] = true;
            return this;
        }

        public void Add(params string[] cells) => _rows.Add(cells);

        public int Count => _rows.Count;

        public void WriteTo(TextWriter writer)
        {
            int[] widths = _headers.Select((h, i) => _rows.Select(r => DisplayWidth.Of(r[i])).Append(DisplayWidth.Of(h)).Max()).ToArray();
            writer.WriteLine(Line(_headers, widths));
            writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (string[] row in _rows) writer.WriteLine(Line(row, widths));
        }

        private string Line(string[] cells, int[] widths)
            => string.Join("  ", cells.Select((c, i) => _rightAligned[i] ? DisplayWidth.PadLeft(c, widths[i]) : DisplayWidth.PadRight(c, widths[i]))).TrimEnd();
    }
}
