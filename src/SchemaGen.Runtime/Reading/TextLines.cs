using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>One line of the report: its 1-based number and its text.</summary>
    internal readonly struct TextLine
    {
        public TextLine(int number, string text)
        {
            Number = number;
            Text = text;
        }

        public int Number { get; }
        public string Text { get; }

        public bool IsBlank => TextNormalizer.IsBlank(Text);

        /// <summary>1-based column of the first visible character (1 for a blank line).</summary>
        public int FirstColumn
        {
            get
            {
                for (int i = 0; i < Text.Length; i++)
                    if (!TextNormalizer.IsSpaceOrInvisible(Text[i])) return i + 1;
                return 1;
            }
        }
    }

    internal static class TextLines
    {
        /// <summary>Splits on \r\n, \n, \r and the Unicode line and paragraph separators.</summary>
        public static TextLine[] Split(string text)
        {
            var lines = new List<TextLine>();
            int start = 0, number = 1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') continue;
                lines.Add(new TextLine(number++, text.Substring(start, i - start)));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            lines.Add(new TextLine(number, text.Substring(start)));
            return lines.ToArray();
        }

        public static string Join(TextLine[] lines, int start, int end)
        {
            var parts = new List<string>();
            for (int i = start; i < end && i < lines.Length; i++) parts.Add(lines[i].Text);
            return string.Join("\n", parts);
        }
    }
}
