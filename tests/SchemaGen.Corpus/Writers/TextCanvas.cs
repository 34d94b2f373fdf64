using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>
    /// Fixed-width text as a PDF-to-text tool lays it out: lines of text pieces at display columns, a CJK character two
    /// columns wide. Pieces that would overlap are kept apart by one space, as such tools do.
    /// </summary>
    internal sealed class TextCanvas
    {
        private readonly List<List<(int Column, string Text)>> _lines = new List<List<(int, string)>>();

        public int LineCount => _lines.Count;

        public void EnsureLines(int count)
        {
            while (_lines.Count < count) _lines.Add(new List<(int, string)>());
        }

        public void Put(int line, int column, string text)
        {
            if (text.Length == 0) return;
            EnsureLines(line + 1);
            _lines[line].Add((column, text));
        }

        public IEnumerable<string> Render()
        {
            foreach (var pieces in _lines)
            {
                var line = new StringBuilder();
                int at = 0;
                foreach (var (column, text) in pieces.OrderBy(p => p.Column))
                {
                    if (at > 0 && column <= at) { line.Append(' '); at++; }
                    else while (at < column) { line.Append(' '); at++; }
                    line.Append(text);
                    at += Width(text);
                }
                yield return line.ToString();
            }
        }

        /// <summary>Display width: East Asian wide and full-width characters take two columns.</summary>
        public static int Width(string text)
        {
            int width = 0;
            foreach (char c in text) width += IsWide(c) ? 2 : 1;
            return width;
        }

        public static bool IsWide(char c)
            => (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
               || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');

        /// <summary>Breaks text into lines no wider than <paramref name="width"/>, keeping its own line breaks and never splitting a run of digits.</summary>
        public static List<string> Wrap(string text, int width)
        {
            var lines = new List<string>();
            foreach (string part in text.Split('\n'))
            {
                var line = new StringBuilder();
                int lineWidth = 0;
                int i = 0;
                while (i < part.Length)
                {
                    int end = i + 1;
                    if (char.IsAsciiDigit(part[i]) || part[i] == '.') while (end < part.Length && (char.IsAsciiDigit(part[end]) || part[end] == '.')) end++;
                    string token = part.Substring(i, end - i);
                    int tokenWidth = Width(token);
                    // Closing punctuation never starts a line (kinsoku): it stays at the end of the line before.
                    if (lineWidth > 0 && lineWidth + tokenWidth > width && !IsClosingPunctuation(token))
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }
                    line.Append(token);
                    lineWidth += tokenWidth;
                    i = end;
                }
                lines.Add(line.ToString());
            }
            return lines;
        }

        private static bool IsClosingPunctuation(string token) => token.Length == 1 && "。，、；：？！）」』”’》〕".IndexOf(token[0]) >= 0;

        public static int Centered(int column, int width, string text) => column + Math.Max(0, (width - Width(text)) / 2);
    }
}
