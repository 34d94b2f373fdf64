using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>An axis-aligned box in the page's reading frame (points; y grows upwards, as in PDF user space).</summary>
    internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
    {
        public double Width => Right - Left;
        public double Height => Top - Bottom;
        public double CenterX => (Left + Right) / 2;
        public double CenterY => (Bottom + Top) / 2;

        public Box Union(Box other) => new Box(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

        public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

        public double OverlapX(Box other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left));

        public double OverlapY(Box other) => Math.Max(0, Math.Min(Top, other.Top) - Math.Max(Bottom, other.Bottom));

        public PageBox ToPageBox() => new PageBox(Math.Round(Left, 2), Math.Round(Bottom, 2), Math.Round(Right, 2), Math.Round(Top, 2));

        public static Box Of(IEnumerable<Box> boxes)
        {
            Box? all = null;
            foreach (Box box in boxes) all = all is Box b ? b.Union(box) : box;
            return all ?? default;
        }
    }

    /// <summary>One printed character in the reading frame: its advance box (not the glyph outline, which fonts draw unevenly) and baseline.</summary>
    internal sealed record Glyph(string Text, double Left, double Right, double Baseline, double Size)
    {
        // An em box: CJK fonts put about 0.88 em above the baseline and 0.12 below.
        public Box Box => new Box(Left, Baseline - 0.12 * Size, Right, Baseline + 0.88 * Size);
    }

    /// <summary>
    /// A run of characters on one baseline with no wide gap and no ruling line inside: a word, a figure, or one line
    /// of a cell. Characters printed in another direction than the page's (a cell's text turned by 90°) are read in
    /// their own frame and become one run whose box is where they stand on the page.
    /// </summary>
    internal sealed record TextRun(string Text, Box Box, double Baseline, double Size)
    {
        /// <summary>Whether it is a figure: digits with separators, a sign or a decimal point, or a blank mark (—, /, 无).</summary>
        public bool IsFigure => FigureText.IsFigure(Text);
    }

    /// <summary>A horizontal or vertical ruling line (a table border) in the reading frame.</summary>
    internal readonly record struct Rule(bool IsHorizontal, double Position, double From, double To)
    {
        public double Length => To - From;
    }

    internal static class FigureText
    {
        /// <summary>A cell value as tables print it: 12, 1,234, 190.457379, -3, （空）marks — – / 无.</summary>
        public static bool IsFigure(string text)
        {
            string t = text.Trim();
            if (t.Length == 0) return false;
            if (t is "—" or "-" or "–" or "/" or "无" or "－" or "——") return true;
            int digits = 0;
            for (int i = 0; i < t.Length; i++)
            {
                char c = t[i];
                if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) digits++;
                else if (c is ',' or '.' or '，' or '．') { if (i == 0) return false; }
                else if (c is '-' or '+' or '－' or '+') { if (i != 0) return false; }
                else return false;
            }
            return digits > 0;
        }
    }
}
