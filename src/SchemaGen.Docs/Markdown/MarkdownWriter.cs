using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Docs.Writing;

namespace SchemaGen.Docs.Markdown
{
    /// <summary>Builds Markdown with \n line ends; table cells are escaped by the caller through <see cref="MarkdownText"/>.</summary>
    public sealed class MarkdownWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();

        public MarkdownWriter Line(string text = "")
        {
            _sb.Append(text.Replace("\r", "")).Append('\n');
            return this;
        }

        public MarkdownWriter Heading(int level, string escapedText) => Line(new string('#', level) + " " + escapedText).Line();

        public MarkdownWriter Paragraph(string escapedText) => Line(escapedText).Line();

        /// <summary>A pipe table; cells must already be escaped Markdown.</summary>
        public MarkdownWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
        {
            Line("| " + string.Join(" | ", headers) + " |");
            Line("|" + string.Concat(headers.Select(_ => "---|")));
            foreach (var row in rows)
                Line("| " + string.Join(" | ", row.Select(c => c.Length == 0 ? " " : c)) + " |");
            return Line();
        }

        /// <summary>A fenced block; the fence grows past any run of backticks in the content.</summary>
        public MarkdownWriter Fenced(string info, string content)
        {
            int longest = 0, run = 0;
            foreach (char c in content) { run = c == '`' ? run + 1 : 0; if (run > longest) longest = run; }
            string fence = new string('`', System.Math.Max(3, longest + 1));
            Line(fence + info);
            Line(content.Replace("\r", "").TrimEnd('\n'));
            return Line(fence).Line();
        }

        public override string ToString() => _sb.ToString().TrimEnd('\n') + "\n";
    }
}
