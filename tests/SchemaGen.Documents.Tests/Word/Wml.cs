using System.Globalization;
using System.Linq;
using System.Security;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>
    /// WordprocessingML fragments for test documents, written as Word writes them, so that each test shows the markup
    /// it reads. Text is escaped; everything else is taken as markup.
    /// </summary>
    internal static class Wml
    {
        public static string Escape(string text) => SecurityElement.Escape(text) ?? "";

        public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A run of text.</summary>
        public static string R(string text) => "<w:r><w:t xml:space=\"preserve\">" + Escape(text) + "</w:t></w:r>";

        /// <summary>A paragraph of one run (no run at all for empty text).</summary>
        public static string P(string text) => "<w:p>" + (text.Length == 0 ? "" : R(text)) + "</w:p>";

        /// <summary>A paragraph with properties (the inside of <c>w:pPr</c>) and content (runs and other inline markup).</summary>
        public static string P(string? properties, params string[] content)
            => "<w:p>" + (properties is null ? "" : "<w:pPr>" + properties + "</w:pPr>") + string.Concat(content) + "</w:p>";

        public static string Style(string styleId) => "<w:pStyle w:val=\"" + styleId + "\"/>";

        public static string NumPr(int numId, int? level = null)
            => "<w:numPr>" + (level is int l ? "<w:ilvl w:val=\"" + N(l) + "\"/>" : "") + "<w:numId w:val=\"" + N(numId) + "\"/></w:numPr>";

        public static string Table(params string[] rows) => "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + string.Concat(rows) + "</w:tbl>";

        public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

        /// <summary>A row Word repeats at the top of each page (<c>w:tblHeader</c>).</summary>
        public static string HeaderRow(params string[] cells) => "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + string.Concat(cells) + "</w:tr>";

        /// <summary>A row with row properties (the inside of <c>w:trPr</c>).</summary>
        public static string RowWith(string properties, params string[] cells) => "<w:tr><w:trPr>" + properties + "</w:trPr>" + string.Concat(cells) + "</w:tr>";

        /// <summary>A cell of one paragraph (several when the text has line breaks), spanning <paramref name="span"/> grid columns.</summary>
        public static string Cell(string text, int span = 1) => CellWith(SpanProperty(span), ParagraphsOf(text));

        /// <summary>A cell that begins a vertical merge (<c>w:vMerge w:val="restart"</c>).</summary>
        public static string MergeStart(string text, int span = 1) => CellWith(SpanProperty(span) + "<w:vMerge w:val=\"restart\"/>", ParagraphsOf(text));

        /// <summary>A cell that continues the vertical merge above it: <c>w:vMerge</c> with no value, and an empty paragraph.</summary>
        public static string MergeContinue(int span = 1) => CellWith(SpanProperty(span) + "<w:vMerge/>", "<w:p/>");

        /// <summary>A cell with cell properties (the inside of <c>w:tcPr</c>) and block content.</summary>
        public static string CellWith(string properties, string content) => "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + content + "</w:tc>";

        public static string Cells(params string[] texts) => string.Concat(texts.Select(t => Cell(t)));

        public static string Cells(params int[] figures) => string.Concat(figures.Select(f => Cell(N(f))));

        /// <summary>A block-level content control around <paramref name="content"/>.</summary>
        public static string ContentControl(string content, string? tag = null)
            => "<w:sdt><w:sdtPr>" + (tag is null ? "" : "<w:tag w:val=\"" + Escape(tag) + "\"/>") + "<w:id w:val=\"1\"/></w:sdtPr><w:sdtContent>" + content + "</w:sdtContent></w:sdt>";

        private static string SpanProperty(int span) => span > 1 ? "<w:gridSpan w:val=\"" + N(span) + "\"/>" : "";

        private static string ParagraphsOf(string text) => string.Concat(text.Split('\n').Select(P));
    }
}
