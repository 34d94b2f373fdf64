using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>The lines of a section that belong to one table.</summary>
    internal sealed class TableLines
    {
        public TableLines(TableIndex index) => Index = index;

        public TableIndex Index { get; }
        public bool Located { get; set; }
        /// <summary>0-based range [Start, End) of the block's lines; the caption line, if any, is the first.</summary>
        public int Start { get; set; }
        public int End { get; set; }
        /// <summary>0-based index of the caption line, -1 when the table has no caption or it was not found.</summary>
        public int CaptionIndex { get; set; } = -1;
    }

    /// <summary>
    /// Splits a table section into one block per table. Section 二 holds several tables, each opening at its
    /// caption line (第二十条第（一）项 …) and running to the next caption found; captions are searched in
    /// order. A table without a caption (三, 四) is the only table of its section and spans all of it.
    /// </summary>
    internal static class TableLocator
    {
        public static IReadOnlyList<TableLines> Locate(TextLine[] lines, SectionSpan section, IReadOnlyList<TableIndex> tables)
        {
            var blocks = tables.Select(t => new TableLines(t)).ToList();
            if (!section.Found) return blocks;

            int cursor = section.Start;
            foreach (TableLines block in blocks)
            {
                if (block.Index.Captions.Count == 0) continue;
                for (int i = cursor; i < section.End; i++)
                {
                    if (!IsCaption(lines[i], block.Index)) continue;
                    block.CaptionIndex = i;
                    cursor = i + 1;
                    break;
                }
            }

            var captionLines = blocks.Where(b => b.CaptionIndex >= 0).Select(b => b.CaptionIndex).OrderBy(i => i).ToList();
            for (int k = 0; k < blocks.Count; k++)
            {
                TableLines block = blocks[k];
                if (block.CaptionIndex >= 0) block.Start = block.CaptionIndex;
                else if (block.Index.Captions.Count == 0 && k == 0) block.Start = section.Start;
                else continue;
                block.Located = true;
                int next = captionLines.FirstOrDefault(i => i > block.Start);
                block.End = next > block.Start ? next : section.End;
            }
            return blocks;
        }

        private static bool IsCaption(TextLine line, TableIndex table)
        {
            if (line.Text.Length > 400) return false;
            string first = line.Text;
            if (line.IsTableRow || TableCells.HasPipe(line.Text))
            {
                first = "";
                foreach (TextCell cell in TableCells.CellsOf(line))
                {
                    if (cell.IsBlank) continue;
                    first = cell.Text;
                    break;
                }
            }
            string key = TextNormalizer.MatchKey(first);
            return key.Length > 0 && !table.Captions.Match(key).IsEmpty;
        }
    }
}
