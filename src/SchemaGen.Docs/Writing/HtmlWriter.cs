using System.Text;

namespace SchemaGen.Docs.Writing
{
    /// <summary>
    /// A small writer of HTML markup that escapes every text and attribute value it is given, so that the page
    /// renderers never concatenate unescaped schema text. Lines end in \n on every platform.
    /// </summary>
    public sealed class HtmlWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();

        /// <summary>Opens an element. Attributes come in name/value pairs; a null value leaves the attribute out.</summary>
        public HtmlWriter Open(string tag, params string?[] attributes)
        {
            _sb.Append('<').Append(tag);
            AppendAttributes(attributes);
            _sb.Append('>');
            return this;
        }

        public HtmlWriter Close(string tag)
        {
            _sb.Append("</").Append(tag).Append('>');
            return this;
        }

        /// <summary>An element holding only text.</summary>
        public HtmlWriter Element(string tag, string? text, params string?[] attributes)
            => Open(tag, attributes).Text(text).Close(tag);

        /// <summary>A void element such as meta or br.</summary>
        public HtmlWriter Void(string tag, params string?[] attributes)
        {
            _sb.Append('<').Append(tag);
            AppendAttributes(attributes);
            _sb.Append('>');
            return this;
        }

        public HtmlWriter Text(string? text)
        {
            _sb.Append(HtmlText.Escape(text));
            return this;
        }

        /// <summary>
        /// An identifier that may wrap between its words (Natural|Person, Outcomes.|Total): narrow header cells break
        /// long ids where a reader would, instead of anywhere. The text content stays the identifier itself.
        /// </summary>
        public HtmlWriter Identifier(string? id)
        {
            if (string.IsNullOrEmpty(id)) return this;
            for (int i = 0; i < id!.Length; i++)
            {
                char c = id[i];
                bool wordStart = i > 0 && char.IsUpper(c) && (char.IsLower(id[i - 1]) || char.IsDigit(id[i - 1]) || (i + 1 < id.Length && char.IsUpper(id[i - 1]) && char.IsLower(id[i + 1])));
                bool afterSeparator = i > 0 && (id[i - 1] == '.' || id[i - 1] == '_');
                if (wordStart || afterSeparator) _sb.Append("<wbr>");
                _sb.Append(HtmlText.Escape(c.ToString()));
            }
            return this;
        }

        /// <summary>Markup that the caller built from constants (CSS, doctype); never schema text.</summary>
        public HtmlWriter Raw(string markup)
        {
            _sb.Append(markup.Replace("\r", ""));
            return this;
        }

        public HtmlWriter Line()
        {
            _sb.Append('\n');
            return this;
        }

        public override string ToString() => _sb.ToString();

        private void AppendAttributes(string?[] attributes)
        {
            for (int i = 0; i + 1 < attributes.Length; i += 2)
            {
                if (attributes[i + 1] is null) continue;
                _sb.Append(' ').Append(attributes[i]).Append("=\"").Append(HtmlText.Escape(attributes[i + 1])).Append('"');
            }
        }
    }
}
