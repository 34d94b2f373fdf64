using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// Letters to runs. Chinese has no spaces between words, so runs are not found by a Latin word splitter but by
    /// distance: letters on one baseline belong to one run until a gap wider than <see cref="GapInEms"/> of the font
    /// size, or a vertical ruling line, separates them.
    /// </summary>
    internal static class RunBuilder
    {
        /// <summary>A gap this wide (in ems) ends a run: wider than a Latin space, narrower than any cell padding pair.</summary>
        public const double GapInEms = 0.6;

        /// <summary>Baselines closer than this (in ems) are one line.</summary>
        public const double BaselineToleranceInEms = 0.3;

        public static List<TextRun> Build(IReadOnlyList<Glyph> glyphs, IReadOnlyList<Rule> rules)
        {
            var runs = new List<TextRun>();
            var verticals = rules.Where(r => !r.IsHorizontal).OrderBy(r => r.Position).ToArray();
            foreach (List<Glyph> line in Lines(glyphs))
            {
                line.Sort((a, b) => a.Left.CompareTo(b.Left));
                var current = new List<Glyph>();
                foreach (Glyph glyph in line)
                {
                    if (current.Count > 0)
                    {
                        Glyph previous = current[^1];
                        // Fake bold and shadows print a letter twice at almost the same place: keep it once.
                        if (glyph.Text == previous.Text && glyph.Left < previous.Left + 0.3 * previous.Size) continue;
                        double size = Math.Min(glyph.Size, previous.Size);
                        bool wideGap = glyph.Left - previous.Right > GapInEms * size;
                        if (wideGap || RuleBetween(verticals, previous, glyph))
                        {
                            runs.Add(ToRun(current));
                            current = new List<Glyph>();
                        }
                    }
                    current.Add(glyph);
                }
                if (current.Count > 0) runs.Add(ToRun(current));
            }
            return runs;
        }

        /// <summary>Letters grouped by baseline, top line first.</summary>
        public static IEnumerable<List<Glyph>> Lines(IReadOnlyList<Glyph> glyphs)
        {
            var sorted = glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left).ToList();
            var line = new List<Glyph>();
            double lineBaseline = double.NaN;
            foreach (Glyph glyph in sorted)
            {
                if (line.Count > 0 && lineBaseline - glyph.Baseline > BaselineToleranceInEms * glyph.Size)
                {
                    yield return line;
                    line = new List<Glyph>();
                }
                if (line.Count == 0) lineBaseline = glyph.Baseline;
                line.Add(glyph);
            }
            if (line.Count > 0) yield return line;
        }

        private static bool RuleBetween(Rule[] verticals, Glyph left, Glyph right)
        {
            double from = (left.Left + left.Right) / 2;
            double to = (right.Left + right.Right) / 2;
            double y = left.Baseline + 0.3 * left.Size;
            int index = LowerBound(verticals, from);
            for (int i = index; i < verticals.Length && verticals[i].Position < to; i++)
                if (verticals[i].From <= y && verticals[i].To >= y) return true;
            return false;
        }

        private static int LowerBound(Rule[] sorted, double position)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                int mid = (low + high) / 2;
                if (sorted[mid].Position < position) low = mid + 1;
                else high = mid;
            }
            return low;
        }

        private static TextRun ToRun(List<Glyph> glyphs)
        {
            var text = new StringBuilder();
            for (int i = 0; i < glyphs.Count; i++)
            {
                // Latin words keep the space between them; CJK text has none to keep.
                if (i > 0 && glyphs[i].Left - glyphs[i - 1].Right > 0.2 * glyphs[i].Size && IsLatin(glyphs[i - 1].Text) && IsLatin(glyphs[i].Text))
                    text.Append(' ');
                text.Append(glyphs[i].Text);
            }
            Box box = Box.Of(glyphs.Select(g => g.Box));
            double baseline = glyphs.Average(g => g.Baseline);
            double size = glyphs.Max(g => g.Size);
            return new TextRun(text.ToString(), box, baseline, size);
        }

        private static bool IsLatin(string text) => text.Length > 0 && text[0] < 0x2E80;
    }
}
