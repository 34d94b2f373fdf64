using System.Text;

namespace SchemaGen.Docs.Writing
{
    /// <summary>HTML escaping. Every piece of schema text goes through here: labels may hold &lt;, &amp; and quotes.</summary>
    public static class HtmlText
    {
        /// <summary>Escapes text for element content and for double- or single-quoted attribute values.</summary>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var sb = new StringBuilder(text!.Length + 16);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '"': sb.Append("&quot;"); break;
                    case '\'': sb.Append("&#39;"); break;
                    case '\r': break; // output uses \n only, so it is byte-identical on every platform
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }

        /// <summary>A string usable as an id or file name: ASCII letters, digits, '-', '_' and '.'; anything else becomes '-'.</summary>
        public static string Slug(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
                sb.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.') ? c : '-');
            string slug = sb.ToString().Trim('-', '.');
            return slug.Length == 0 ? "x" : slug;
        }
    }
}
