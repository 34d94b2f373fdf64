using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SchemaGen.Runtime.Documents;
using static SchemaGen.Documents.Word.WordXml;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Block-level content (the body, a table cell, a content control, a text box) into blocks in reading order:
    /// a paragraph becomes a <see cref="TextBlock"/>, a table a <see cref="TableBlock"/> (or, for a layout table, the
    /// blocks of its cells), a text box the blocks it holds, right after the paragraph that anchors it.
    /// Paragraphs with no visible text (empty, or only spaces and tabs) make no block: in a Word document they are
    /// spacing, not content.
    /// </summary>
    internal sealed class WordBodyReader
    {
        private readonly WordReadContext _context;
        private readonly InlineTextReader _inline;
        private readonly WordTableReader _tables;
        private readonly Stack<List<Block>> _spareBlockLists = new Stack<List<Block>>();
        private readonly Stack<StringBuilder> _spareBuilders = new Stack<StringBuilder>();

        public WordBodyReader(WordReadContext context)
        {
            _context = context;
            _inline = new InlineTextReader(context);
            _tables = new WordTableReader(context, this);
        }

        public void ReadBlocks(XElement container, ElementPath path, List<Block> into)
        {
            using SiblingTally<XName> siblings = SiblingTally<XName>.Rent();
            foreach (XElement child in ChildElements(container)) ReadBlock(child, path.Next(child, siblings), into);
        }

        /// <summary>
        /// A cell's content as one text: its paragraphs one per line, a table inside it one line per row with tabs
        /// between the cells, text boxes as further lines.
        /// </summary>
        public string CellText(XElement cell, ElementPath path)
        {
            // A list and a builder reused from cell to cell (a table in a cell reads its cells while this one's are out, so stacks).
            List<Block> blocks = _spareBlockLists.Count > 0 ? _spareBlockLists.Pop() : new List<Block>();
            StringBuilder text = _spareBuilders.Count > 0 ? _spareBuilders.Pop() : new StringBuilder();
            ReadBlocks(cell, path, blocks);
            foreach (Block block in blocks)
            {
                if (block is TextBlock paragraph) AppendLine(text, paragraph.Text);
                else if (block is TableBlock table) AppendTableLines(text, table);
            }
            string result = text.ToString();
            blocks.Clear();
            text.Clear();
            _spareBlockLists.Push(blocks);
            _spareBuilders.Push(text);
            return result;
        }

        private void ReadBlock(XElement element, ElementPath path, List<Block> into)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (element.Name.Namespace == W)
            {
                switch (element.Name.LocalName)
                {
                    case "p":
                        ReadParagraph(element, path, into);
                        break;
                    case "tbl":
                        _tables.Read(element, path, into);
                        break;
                    case "sdt":
                        if (ContentControl.ReadableContent(element, _context) is XElement content) ReadBlocks(content, path.Child("sdtContent", 1), into);
                        break;
                    case "customXml":
                    case "smartTag":
                    case "ins":
                    case "moveTo":
                        ReadBlocks(element, path, into);
                        break;
                    case "altChunk":
                        // Content imported from another file (HTML, RTF) that Word merges when it opens the document; it is not WordprocessingML.
                        _context.Skipped.EmbeddedObjects++;
                        break;
                }
            }
            else if (IsAlternateContent(element) && ChosenBranch(element) is XElement branch)
            {
                ReadBlocks(branch, path.Child(branch.Name.LocalName, 1), into);
            }
        }

        private void ReadParagraph(XElement paragraph, ElementPath path, List<Block> into)
        {
            XElement? properties = paragraph.Element(W + "pPr");
            string? styleId = ChildVal(properties, "pStyle");
            ParagraphStyleTraits traits = _context.Styles.Resolve(styleId);
            if (traits.IsTableOfContents)
            {
                _context.Skipped.TableOfContentsEntries++;
                return;
            }

            _inline.Read(paragraph, path);
            string text = _inline.Text;
            // Copied: reading the text boxes reads their paragraphs with the same inline reader.
            TextBoxContent[] textBoxes = _inline.TextBoxes.ToArray();

            // A paragraph whose mark was deleted as a tracked change, and nothing else of it is left, is gone with its number.
            bool removed = text.Length == 0 && IsOn(properties?.Element(W + "rPr"), "del");
            string? number = removed ? null : NumberOf(properties, styleId, traits);
            if (number is not null) text = number + text;

            if (!string.IsNullOrWhiteSpace(text)) into.Add(new TextBlock(text, SourceLocation.AtElement(path), IsHeading(properties, traits)));
            foreach (TextBoxContent box in textBoxes) ReadBlocks(box.Content, box.Path, into);
        }

        /// <summary>The automatic number of the paragraph: its own <c>w:numPr</c> first, then its style's.</summary>
        private string? NumberOf(XElement? properties, string? styleId, ParagraphStyleTraits traits)
        {
            XElement? numbering = properties?.Element(W + "numPr");
            int? numId = Int(ChildVal(numbering, "numId")) ?? traits.NumId;
            if (numId is not int id) return null;
            int? level = Int(ChildVal(numbering, "ilvl")) ?? traits.NumLevel;
            return _context.Numbering.Next(id, level, styleId);
        }

        /// <summary>A heading by its own outline level, else by its style's (level or built-in heading name).</summary>
        private static bool IsHeading(XElement? properties, ParagraphStyleTraits traits)
            => Int(ChildVal(properties, "outlineLvl")) is int level ? level >= 0 && level <= 8 : traits.IsHeading;

        private static void AppendLine(StringBuilder text, string line)
        {
            if (string.IsNullOrWhiteSpace(line)) return;
            if (text.Length > 0) text.Append('\n');
            text.Append(line);
        }

        private static void AppendTableLines(StringBuilder text, TableBlock table)
        {
            for (int row = 0; row < table.RowCount; row++)
            {
                var line = new StringBuilder();
                foreach (SourceCell cell in table.CellsStartingIn(row))
                {
                    if (cell.IsFiller || cell.Text.Length == 0) continue;
                    if (line.Length > 0) line.Append('\t');
                    line.Append(cell.Text);
                }
                AppendLine(text, line.ToString());
            }
        }
    }
}
