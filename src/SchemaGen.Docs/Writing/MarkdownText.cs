using System;
using System.Text;

namespace SchemaGen.Docs.Writing
{
    /// <summary>
    /// Markdown escaping. Markdown passes raw HTML through, so &lt;, &gt; and &amp; become entities; characters that
    /// start emphasis, links or code are backslash-escaped, and | is escaped so that text can sit in a table cell.
    /// </summary>
    public static class MarkdownText
    {
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
                    case '\r': break;
                    case '\n': sb.Append(' '); break;
                    case '\\': case '|': case '*': case '_': case '[': case ']': case '`': case '#':
                        sb.Append('\\').Append(c); break;
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }

        /// <summary>An inline code span. Entities are not decoded inside code, so only the fence and | need care.</summary>
        public static string Code(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            string body = text!.Replace("\r", "").Replace("\n", " ").Replace("|", "\\|");
            string fence = body.Contains("`") ? "``" : "`";
            string pad = body.StartsWith("`", StringComparison.Ordinal) || body.EndsWith("`", StringComparison.Ordinal) ? " " : "";
            return fence + pad + body + pad + fence;
        }
    }
}
