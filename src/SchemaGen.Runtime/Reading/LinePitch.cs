using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// The fixed line pitch of a one-cell-per-line table that a page's text extraction gives every cell the same number
    /// of lines: the Hebei education department's pages put each cell two blank lines after the one before (a pitch of 3),
    /// an empty cell as an empty line in its place, and four blank lines at the end of a row (a row gap of 5). With the
    /// pitch known, a cell's column is its distance from the row label divided by the pitch — so an empty cell is seen where
    /// it stands instead of being counted from blank lines. A pitch of 2 (one blank line between cells) cannot be told from
    /// the layout where extra blank lines are empty cells (seed 003), so only pitches of 3 or more are used.
    /// </summary>
    internal sealed class LinePitch
    {
        private LinePitch(int pitch, int rowGap)
        {
            Pitch = pitch;
            RowGap = rowGap;
        }

        public static readonly LinePitch Off = new LinePitch(0, 0);

        /// <summary>Fewer pairs of figures than this say nothing about a page's habits.</summary>
        private const int MinimumPairs = 8;

        /// <summary>Lines from one cell to the next in a row; 0 when the table has no fixed pitch.</summary>
        public int Pitch { get; }

        /// <summary>Lines from a row's last cell to the next row's first line.</summary>
        public int RowGap { get; }

        public bool IsOn => Pitch >= 3;

        /// <summary>Infers the pitch from the most common distance between two figures that follow each other on lines of their own.</summary>
        public static LinePitch Infer(TextLine[] lines)
        {
            int start = 0, end = lines.Length;
            var betweenValues = new Dictionary<int, int>();
            var valueToLabel = new Dictionary<int, int>();
            int previous = -1;
            bool previousIsValue = false;
            for (int i = start; i < end && i < lines.Length; i++)
            {
                if (lines[i].IsBlank) continue;
                if (lines[i].IsTableRow)
                {
                    previous = -1; // rows of a table block are not one-cell-per-line text
                    continue;
                }
                bool isValue = TableTextClassifier.IsValueLike(lines[i].Text, out _);
                if (previous >= 0 && previousIsValue)
                {
                    var counts = isValue ? betweenValues : valueToLabel;
                    counts.TryGetValue(i - previous, out int n);
                    counts[i - previous] = n + 1;
                }
                previous = i;
                previousIsValue = isValue;
            }
            if (betweenValues.Count == 0) return Off;
            int pitch = Mode(betweenValues);
            // A pitch is a habit of the whole page: seen often, and between most pairs of figures.
            int pairs = betweenValues.Values.Sum();
            if (pairs < MinimumPairs || betweenValues[pitch] * 10 < pairs * 6) return Off;
            int rowGap = valueToLabel.Count == 0 ? pitch : Mode(valueToLabel);
            return pitch >= 3 && rowGap >= pitch ? new LinePitch(pitch, rowGap) : Off;
        }

        /// <summary>
        /// The 1-based column of a cell <paramref name="distance"/> lines after the row's anchor: its label, or, for a row
        /// without one, the last line of the row or header before it. 0 when the distance is off the pitch.
        /// </summary>
        public int ColumnAt(int distance, bool anchorIsLabel)
        {
            int offset = anchorIsLabel ? distance : distance - RowGap + Pitch;
            return offset > 0 && offset % Pitch == 0 ? offset / Pitch : 0;
        }

        private static int Mode(Dictionary<int, int> counts)
            => counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
    }
}
