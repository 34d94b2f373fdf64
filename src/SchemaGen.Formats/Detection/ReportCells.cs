using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Formats.Detection
{
    /// <summary>
    /// A report's text as detection sees it: its non-empty cells in reading order (a line split at '|' and tabs, or a
    /// whole line when it has none), each folded to a match key (Simplified script, half-width, no spaces, no item
    /// number), and the whole text folded for searching. Detection compares whole cells with labels, so that prose
    /// mentioning 政府集中采购 is not taken for the procurement table.
    /// </summary>
    internal sealed class ReportCells
    {
        private ReportCells(IReadOnlyList<string> raw, IReadOnlyList<string> keys, string folded)
        {
            Raw = raw;
            Keys = keys;
            Folded = folded;
        }

        /// <summary>The non-empty cells as written.</summary>
        public IReadOnlyList<string> Raw { get; }

        /// <summary><see cref="TextNormalizer.MatchKey"/> of each cell in <see cref="Raw"/>.</summary>
        public IReadOnlyList<string> Keys { get; }

        /// <summary>The whole text through <see cref="TextNormalizer.Fold"/>: line breaks and spaces gone.</summary>
        public string Folded { get; }

        public static ReportCells Of(string text)
        {
            var raw = new List<string>();
            foreach (string line in text.Split('\n'))
                foreach (string cell in line.Split('|', '｜', '\t'))
                    if (!TextNormalizer.IsBlank(cell)) raw.Add(cell.Trim());
            return new ReportCells(raw, raw.Select(TextNormalizer.MatchKey).ToArray(), TextNormalizer.Fold(text));
        }

        /// <summary>Indexes of the cells whose key is <paramref name="key"/>.</summary>
        public IEnumerable<int> IndexesOf(string key)
        {
            for (int i = 0; i < Keys.Count; i++)
                if (string.Equals(Keys[i], key, StringComparison.Ordinal)) yield return i;
        }

        public bool IsFigure(int index) => index < Raw.Count && CellValueParser.Parse(Raw[index]).IsNumber;
    }
}
