using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// One line of the report as the reader walks it: a line of text, a piece of one (run-together text cut at its
    /// labels), or one row of a table block with its cells. <see cref="Number"/> orders lines (1, 2, 3… as the reader
    /// walks them); <see cref="Location"/> is where the line's first character stands in the input, whatever its kind.
    /// </summary>
    internal readonly struct TextLine
    {
        public TextLine(int number, string text, SourceLocation location = default, TextCell[]? cells = null)
        {
            Number = number;
            Text = text;
            Location = location.IsNone ? SourceLocation.AtLine(number, 1) : location;
            Cells = cells;
            // Asked of every line by several passes (page furniture, table layout, line pitch, the tokenizers): worked out once.
            IsBlank = TextNormalizer.IsBlank(text);
        }

        public int Number { get; }
        public string Text { get; }
        public SourceLocation Location { get; }

        /// <summary>The row's cells when the line is a row of a table block; null for a line of text.</summary>
        public TextCell[]? Cells { get; }

        public bool IsTableRow => Cells is not null;

        /// <summary>The place of the character at a 1-based column of this line: its line:column for text, the line's own place otherwise.</summary>
        public SourceLocation At(int column)
            => Location.IsTextLine
                ? SourceLocation.AtLine(Location.Line, Math.Max(1, Location.Column) + Math.Max(1, column) - 1)
                : Location;

        public bool IsBlank { get; }

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
        /// <summary>The lines' texts from <paramref name="start"/> up to <paramref name="end"/>, one '\n' between each two.</summary>
        public static string Join(TextLine[] lines, int start, int end)
        {
            end = Math.Min(end, lines.Length);
            if (start >= end) return "";
            // An array of the texts (a reference each) and the joined string, which string.Join makes at its length at once.
            var texts = new string[end - start];
            for (int i = start; i < end; i++) texts[i - start] = lines[i].Text;
            return string.Join("\n", texts);
        }
    }
}
