using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static SchemaGen.Documents.Word.WordXml;

namespace SchemaGen.Documents.Word
{
    /// <summary>A text box found inside a paragraph: its content, read as blocks after the paragraph that anchors it.</summary>
    internal readonly struct TextBoxContent
    {
        public TextBoxContent(XElement content, ElementPath path)
        {
            Content = content;
            Path = path;
        }

        /// <summary>The <c>w:txbxContent</c> element.</summary>
        public XElement Content { get; }

        public ElementPath Path { get; }
    }

    /// <summary>
    /// The text of one paragraph as Word shows it: runs joined; <c>w:tab</c> a tab, <c>w:br</c> and <c>w:cr</c> a line
    /// break; insertions (<c>w:ins</c>, <c>w:moveTo</c>) kept and deletions (<c>w:del</c>, <c>w:moveFrom</c>) dropped, as in
    /// the document with all changes accepted; field results kept and field instructions dropped; hidden runs dropped.
    /// Text boxes met on the way are collected, not read into the paragraph's text.
    /// </summary>
    internal sealed class InlineTextReader
    {
        private readonly WordReadContext _context;
        private readonly StringBuilder _text = new StringBuilder();
        private readonly List<TextBoxContent> _textBoxes = new List<TextBoxContent>();
        // One entry per open complex field: false while its instruction is being read, true once its result has begun.
        private readonly Stack<bool> _fields = new Stack<bool>();
        private int _fieldsInInstruction;
        private XElement _paragraph = null!;
        private ElementPath _paragraphPath = ElementPath.Of("");
        private readonly SiblingPositions _positions = new SiblingPositions();

        public InlineTextReader(WordReadContext context) => _context = context;

        public string Text => _text.ToString();

        public IReadOnlyList<TextBoxContent> TextBoxes => _textBoxes;

        /// <summary>
        /// Reads one paragraph. Field state starts afresh with each paragraph: a field left open by a damaged or
        /// hand-made file then hides at most the rest of its own paragraph, not the rest of the document.
        /// </summary>
        public void Read(XElement paragraph, ElementPath paragraphPath)
        {
            _text.Clear();
            _textBoxes.Clear();
            _fields.Clear();
            _fieldsInInstruction = 0;
            _paragraph = paragraph;
            _paragraphPath = paragraphPath;
            _positions.Clear();
            ReadChildren(paragraph, hidden: false);
        }

        private void ReadChildren(XElement parent, bool hidden)
        {
            foreach (XElement child in ChildElements(parent)) ReadInline(child, hidden);
        }

        private void ReadInline(XElement element, bool hidden)
        {
            XNamespace ns = element.Name.Namespace;
            if (ns == W)
            {
                ReadWordElement(element, hidden);
            }
            else if (IsAlternateContent(element))
            {
                if (ChosenBranch(element) is XElement branch) ReadChildren(branch, hidden);
            }
            else if (ns == OfficeMath && element.Name.LocalName == "t")
            {
                Append(element.Value, hidden);
            }
            else
            {
                // DrawingML and VML wrappers (wp:anchor, a:graphic, wps:txbx, v:shape, v:textbox) lead to text boxes.
                ReadChildren(element, hidden);
            }
        }

        private void ReadWordElement(XElement element, bool hidden)
        {
            switch (element.Name.LocalName)
            {
                case "r":
                    ReadRun(element, hidden);
                    break;
                case "t":
                    Append(element.Value, hidden);
                    break;
                case "tab":
                case "ptab":
                    Append("\t", hidden);
                    break;
                case "br":
                case "cr":
                    Append("\n", hidden);
                    break;
                case "noBreakHyphen":
                    Append("-", hidden);
                    break;
                case "sym":
                    ReadSymbol(element, hidden);
                    break;
                case "fldChar":
                    ReadFieldCharacter(element);
                    break;
                case "txbxContent":
                    _textBoxes.Add(new TextBoxContent(element, ElementPath.Of(WordElementPaths.Below(_paragraphPath.ToString(), _paragraph, element, _positions))));
                    break;
                case "drawing":
                case "pict":
                    ReadGraphic(element, hidden, isObject: false);
                    break;
                case "object":
                    ReadGraphic(element, hidden, isObject: true);
                    break;
                case "sdt":
                    if (ContentControl.ReadableContent(element, _context) is XElement content) ReadChildren(content, hidden);
                    break;
                case "footnoteReference":
                    _context.Skipped.Footnotes++;
                    break;
                case "endnoteReference":
                    _context.Skipped.Endnotes++;
                    break;
                case "commentReference":
                    _context.Skipped.Comments++;
                    break;
                // Deleted and moved-away text, field codes, properties and the reading aid above ruby text are not what the page says.
                case "del":
                case "moveFrom":
                case "delText":
                case "instrText":
                case "delInstrText":
                case "pPr":
                case "rPr":
                case "sdtPr":
                case "sdtEndPr":
                case "rt":
                case "rubyPr":
                case "softHyphen":
                    break;
                default:
                    // Wrappers: w:ins, w:moveTo, w:hyperlink, w:smartTag, w:customXml, w:fldSimple (its content is the result), w:ruby, w:dir, w:bdo.
                    ReadChildren(element, hidden);
                    break;
            }
        }

        private void ReadRun(XElement run, bool hidden)
        {
            bool runHidden = hidden || IsOn(run.Element(W + "rPr"), "vanish");
            if (runHidden && !hidden && HasText(run)) _context.Skipped.HiddenRuns++;
            ReadChildren(run, runHidden);
        }

        private static bool HasText(XElement run)
        {
            foreach (XElement text in ChildElements(run, W + "t"))
                if (text.Value.Length > 0) return true;
            return false;
        }

        /// <summary>A drawing, VML picture or embedded object: its text boxes are read; one without any is tallied as skipped.</summary>
        private void ReadGraphic(XElement graphic, bool hidden, bool isObject)
        {
            int before = _textBoxes.Count;
            ReadChildren(graphic, hidden);
            if (_textBoxes.Count > before) return;
            if (isObject) _context.Skipped.EmbeddedObjects++;
            else _context.Skipped.Drawings++;
        }

        /// <summary><c>w:sym</c> names its character by code; symbol-font codes (U+F0xx) are kept as they are.</summary>
        private void ReadSymbol(XElement symbol, bool hidden)
        {
            string? code = (string?)symbol.Attribute(W + "char");
            if (code is not null && int.TryParse(code, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value) && value > 0 && value <= 0xFFFF)
                Append(((char)value).ToString(), hidden);
        }

        private void ReadFieldCharacter(XElement fieldCharacter)
        {
            switch ((string?)fieldCharacter.Attribute(W + "fldCharType"))
            {
                case "begin":
                    _fields.Push(false);
                    _fieldsInInstruction++;
                    break;
                case "separate":
                    if (_fields.Count > 0 && !_fields.Peek())
                    {
                        _fields.Pop();
                        _fields.Push(true);
                        _fieldsInInstruction--;
                    }
                    break;
                case "end":
                    if (_fields.Count > 0 && !_fields.Pop()) _fieldsInInstruction--;
                    break;
            }
        }

        private void Append(string text, bool hidden)
        {
            if (hidden || _fieldsInInstruction > 0) return;
            _text.Append(text);
        }
    }
}
