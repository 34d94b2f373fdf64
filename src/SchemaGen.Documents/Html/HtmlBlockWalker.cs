using System.Collections.Generic;
using System.Globalization;
using AngleSharp.Dom;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Html
{
    /// <summary>A block as the walker found it, with what the main-content filter weighs.</summary>
    internal sealed record WalkedBlock(Block Block, IElement Owner, int Characters, int LinkCharacters)
    {
        public bool IsDataTable => Block is TableBlock;

        public bool IsLinkDense => Characters > 0 && 2 * LinkCharacters >= Characters;
    }

    /// <summary>
    /// Walks a page's body in reading order and turns it into blocks: each block element's text one
    /// <see cref="TextBlock"/> (h1–h6 headings), each data table one <see cref="TableBlock"/>, and the cells of layout
    /// tables walked as if they were divisions. Elements <see cref="PageChrome"/> left out are not entered.
    /// </summary>
    internal sealed class HtmlBlockWalker
    {
        /// <summary>
        /// Deeper than this the walk stops recursing and takes the rest of the subtree as running text, so that no page
        /// can exhaust the stack. Real pages nest a few dozen levels, layout tables included.
        /// </summary>
        public const int MaxDepth = 256;

        /// <summary>Images smaller than this (width or height attribute, in pixels) are icons, not pictures of tables.</summary>
        private const int IconSize = 48;

        private readonly PageStatistics _statistics;
        private readonly PageChrome _chrome;
        private readonly List<DocumentNote> _notes;
        private readonly List<WalkedBlock> _blocks = new List<WalkedBlock>();
        private readonly List<(IElement Element, ElementPath Path)> _images = new List<(IElement, ElementPath)>();
        private ParagraphBuilder _paragraph = new ParagraphBuilder();
        private readonly Stack<ParagraphBuilder> _spareParagraphs = new Stack<ParagraphBuilder>();
        private (IElement Element, ElementPath Path) _block;
        private (IElement Element, ElementPath Path) _paragraphOwner;
        private bool _paragraphIsHeading;
        private int _headingDepth;
        private int _linkDepth;
        private int _preformattedDepth;
        private bool _inCell;
        private int _depth;
        private bool _toldTooDeep;

        public HtmlBlockWalker(PageStatistics statistics, PageChrome chrome, List<DocumentNote> notes)
        {
            _statistics = statistics;
            _chrome = chrome;
            _notes = notes;
        }

        public IReadOnlyList<WalkedBlock> Blocks => _blocks;

        /// <summary>Images met in the content (icons aside), for the note that their figures are not read.</summary>
        public IReadOnlyList<(IElement Element, ElementPath Path)> Images => _images;

        public void Walk(IElement body)
        {
            var bodyPath = ElementPath.Of(ElementPaths.Body);
            _block = (body, bodyPath);
            _paragraphOwner = _block;
            VisitChildren(body, bodyPath);
            FlushParagraph();
        }

        private void VisitChildren(IElement element, ElementPath path)
        {
            foreach ((INode node, ElementStep step) in ElementPaths.Children(element))
            {
                if (node is IText text) AppendText(text.Data);
                else if (node is IElement child && step.IsElement) Visit(child, path.Child(step));
            }
        }

        private void Visit(IElement element, ElementPath path)
        {
            if (_chrome.Skipped.Contains(element)) return;
            string name = element.LocalName;
            if (_depth >= MaxDepth)
            {
                TakeAsRunningText(element, path);
                return;
            }
            _depth++;
            try
            {
                if (name == "br")
                {
                    _paragraph.EndLine();
                }
                else if (name == "img")
                {
                    if (!IsIcon(element)) _images.Add((element, path));
                }
                else if (name == "table" && !_inCell)
                {
                    VisitTable(element, path);
                }
                else if (name == "a")
                {
                    _linkDepth++;
                    VisitChildren(element, path);
                    _linkDepth--;
                }
                else if (HtmlElements.Block.Contains(name) || HtmlElements.IsHeading(name))
                {
                    VisitBlock(element, path);
                }
                else
                {
                    VisitChildren(element, path);
                }
            }
            finally
            {
                _depth--;
            }
        }

        /// <summary>A block element: its text starts and ends a paragraph (in a cell, a line).</summary>
        private void VisitBlock(IElement element, ElementPath path)
        {
            string name = element.LocalName;
            bool heading = HtmlElements.IsHeading(name);
            bool preformatted = HtmlElements.Preformatted.Contains(name);
            BlockBoundary();
            (IElement, ElementPath) outer = _block;
            _block = (element, path);
            if (heading) _headingDepth++;
            if (preformatted) _preformattedDepth++;
            VisitChildren(element, path);
            BlockBoundary();
            if (preformatted) _preformattedDepth--;
            if (heading) _headingDepth--;
            _block = outer;
        }

        private void VisitTable(IElement element, ElementPath path)
        {
            FlushParagraph();
            HtmlTable table = HtmlTable.Read(element, path);
            if (LayoutTables.IsLayout(table, _statistics))
            {
                if (table.Caption is not null) Visit(table.Caption, table.CaptionPath!);
                foreach (HtmlTableCell cell in table.Cells)
                    if (!_chrome.Skipped.Contains(cell.Element)) VisitBlock(cell.Element, cell.Path);
                return;
            }
            if (table.Caption is not null && !_chrome.Skipped.Contains(table.Caption))
            {
                string caption = ReadCellText(table.Caption, table.CaptionPath!);
                if (caption.Length > 0)
                {
                    ElementStatistics captionStatistics = _statistics[table.Caption];
                    _blocks.Add(new WalkedBlock(new TextBlock(caption, ElementPaths.Locate(table.Caption, table.CaptionPath!)), table.Caption,
                        captionStatistics.Characters, captionStatistics.LinkCharacters));
                }
            }
            TableBlock block = HtmlTableGrid.Build(table, cell => ReadCellText(cell.Element, cell.Path), _notes);
            ElementStatistics statistics = _statistics[element];
            _blocks.Add(new WalkedBlock(block, element, statistics.Characters, statistics.LinkCharacters));
        }

        /// <summary>A cell's text: its own paragraph builder, block edges and &lt;br&gt; as line breaks.</summary>
        private string ReadCellText(IElement cell, ElementPath path)
        {
            ParagraphBuilder outer = _paragraph;
            bool outerInCell = _inCell;
            // A builder reused from cell to cell: a stack, should a cell ever be read while another is.
            _paragraph = _spareParagraphs.Count > 0 ? _spareParagraphs.Pop() : new ParagraphBuilder();
            _inCell = true;
            if (!_chrome.Skipped.Contains(cell)) VisitChildren(cell, path);
            string text = _paragraph.Text();
            _paragraph.Clear();
            _spareParagraphs.Push(_paragraph);
            _paragraph = outer;
            _inCell = outerInCell;
            return text;
        }

        private void AppendText(string text)
        {
            bool wasEmpty = !_paragraph.HasContent;
            _paragraph.Append(text, _linkDepth > 0, _preformattedDepth > 0);
            if (wasEmpty && _paragraph.HasContent && !_inCell)
            {
                _paragraphOwner = _block;
                _paragraphIsHeading = _headingDepth > 0;
            }
        }

        private void BlockBoundary()
        {
            if (_inCell) _paragraph.EndLine();
            else FlushParagraph();
        }

        private void FlushParagraph()
        {
            if (!_paragraph.HasContent)
            {
                _paragraph.Clear();
                return;
            }
            string text = _paragraph.Text();
            (IElement owner, ElementPath path) = _paragraphOwner;
            if (text.Length > 0)
            {
                var block = new TextBlock(text, ElementPaths.Locate(owner, path), _paragraphIsHeading);
                _blocks.Add(new WalkedBlock(block, owner, _paragraph.Characters, _paragraph.LinkCharacters));
            }
            _paragraph.Clear();
        }

        /// <summary>Past <see cref="MaxDepth"/>: the subtree's text, in order, without recursion, as part of the current paragraph.</summary>
        private void TakeAsRunningText(IElement element, ElementPath path)
        {
            if (!_toldTooDeep)
            {
                _toldTooDeep = true;
                _notes.Add(new DocumentNote(ReadDiagnosticIds.ContentSkipped, FindingSeverity.Info,
                    string.Format(CultureInfo.InvariantCulture, "the markup nests deeper than {0} elements here: what is below is read as running text, without its paragraphs and tables", MaxDepth),
                    ElementPaths.Locate(element, path)));
            }
            var stack = new Stack<INode>();
            stack.Push(element);
            while (stack.Count > 0)
            {
                INode node = stack.Pop();
                if (node is IText text)
                {
                    AppendText(text.Data);
                    continue;
                }
                if (node is not IElement current || _chrome.Skipped.Contains(current)) continue;
                if (current.LocalName == "br" || HtmlElements.Block.Contains(current.LocalName)) _paragraph.EndLine();
                INodeList children = current.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
            }
        }

        private static bool IsIcon(IElement image)
        {
            int width = HtmlTableGrid.ParseSpan(image.GetAttribute("width"), int.MaxValue);
            int height = HtmlTableGrid.ParseSpan(image.GetAttribute("height"), int.MaxValue);
            return width < IconSize || height < IconSize;
        }
    }
}
