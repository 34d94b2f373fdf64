using System;
using System.Linq;
using System.Net;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>How the page's tables and paragraphs are marked up.</summary>
    public enum HtmlMarkup
    {
        /// <summary>Hand-written or CMS markup: headings in h1/h2, header rows in thead with th cells.</summary>
        Clean,
        /// <summary>No th and no thead: every cell a td, header text in bold paragraphs (most agency CMS pages).</summary>
        HeadersInTd,
        /// <summary>Pasted from Word: MsoNormalTable, unquoted attributes, span soup with mso- styles, text split across spans, o:p, &amp;nbsp; for empty cells.</summary>
        WordPasted,
    }

    public enum HtmlEncoding { Utf8, Utf8WithBom, Gbk, Gb2312, Gb18030 }

    /// <summary>How the page names its encoding.</summary>
    public enum CharsetDeclaration { MetaCharset, HttpEquiv, None }

    /// <summary>How a line break inside a cell is written.</summary>
    public enum CellLineBreak { Br, Paragraphs }

    public sealed record HtmlOptions
    {
        public HtmlMarkup Markup { get; init; } = HtmlMarkup.Clean;
        public HtmlEncoding Encoding { get; init; } = HtmlEncoding.Utf8;
        public CharsetDeclaration Declaration { get; init; } = CharsetDeclaration.MetaCharset;

        /// <summary>Navigation, breadcrumbs, a metadata table (索引号, 发布机构) and a footer with links and 版权所有 around the report.</summary>
        public bool SiteChrome { get; init; }

        /// <summary>The whole report inside layout tables (a side menu cell beside a content cell).</summary>
        public bool NestedLayoutTables { get; init; }

        /// <summary>Narrow header labels broken in two (商业&lt;br&gt;企业).</summary>
        public bool WrapNarrowHeaders { get; init; }

        public CellLineBreak LineBreaks { get; init; } = CellLineBreak.Br;

        public Script Script { get; init; } = Script.Simplified;

        /// <summary>Zero parts left empty, totals written (an empty Word cell is &amp;nbsp;): the reader must find blanks there.</summary>
        public bool ZeroPartsBlank { get; init; }
    }

    /// <summary>
    /// A report as agencies' web pages carry it, in several real-world shapes (<see cref="HtmlOptions"/>): clean markup or
    /// Word-pasted soup, with or without site chrome and layout tables around it, in UTF-8 (with or without BOM) or
    /// GBK/GB2312/GB18030, the charset named in a meta tag, an http-equiv Content-Type, or nowhere.
    /// </summary>
    public sealed class HtmlReportWriter : ReportWriter
    {
        private const string WordSpanStyle = "font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:宋体";
        private const string WordDigitStyle = "font-size:10.5pt;font-family:\"Times New Roman\",serif;mso-fareast-font-family:仿宋_GB2312";
        private const string WordCellStyle = "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt";

        private readonly HtmlOptions _options;

        static HtmlReportWriter() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public HtmlReportWriter(HtmlOptions? options = null) => _options = options ?? new HtmlOptions();

        public HtmlOptions Options => _options;

        public override LayoutOptions Layout(LayoutOptions layout, SeededRandom random)
            => layout with { WrapNarrowHeaders = _options.WrapNarrowHeaders, Text = layout.Text with { Script = _options.Script } };

        public override ReportFigures Shown(ReportFigures figures, SeededRandom random) => _options.ZeroPartsBlank ? figures.WithZeroPartsBlank() : figures;

        /// <summary>The encoding the page's bytes are in, and the label it declares.</summary>
        public static (Encoding Encoding, string Label) EncodingOf(HtmlEncoding encoding)
        {
            System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Encoding Strict(int codePage) => System.Text.Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return encoding switch
            {
                HtmlEncoding.Gbk => (Strict(936), "gbk"),
                // Pages that say gb2312 are GBK in fact (browsers decode them so); the text here stays within GBK.
                HtmlEncoding.Gb2312 => (Strict(936), "gb2312"),
                HtmlEncoding.Gb18030 => (Strict(54936), "gb18030"),
                HtmlEncoding.Utf8WithBom => (new UTF8Encoding(true, true), "utf-8"),
                _ => (new UTF8Encoding(false, true), "utf-8"),
            };
        }

        public override WrittenReport Write(WriteContext context)
        {
            (Encoding encoding, string label) = EncodingOf(_options.Encoding);
            var labels = new LabelWriter(new TextStyle { Script = _options.Script }, context.Random);
            var html = new StringBuilder();
            bool word = _options.Markup == HtmlMarkup.WordPasted;
            html.Append(word
                ? "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
                : "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n");
            html.Append("<head>\n");
            if (_options.Declaration == CharsetDeclaration.MetaCharset) html.Append("<meta charset=\"").Append(label).Append("\">\n");
            if (_options.Declaration == CharsetDeclaration.HttpEquiv) html.Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").Append(label).Append("\">\n");
            html.Append("<title>").Append(Escape(context.Layout.Title)).Append("</title>\n");
            if (word) html.Append("<style>\n<!--\n p.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt; font-family:等线;}\n table.MsoNormalTable {mso-style-name:普通表格;}\n-->\n</style>\n");
            html.Append("</head>\n<body>\n");
            if (_options.SiteChrome) AppendChromeTop(html, context, labels);
            if (_options.NestedLayoutTables) AppendLayoutTop(html, labels);
            html.Append(word ? "<div class=WordSection1 style='layout-grid:15.6pt'>\n" : "<div class=\"article\">\n");
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                if (block is LayoutParagraph paragraph) AppendParagraph(html, paragraph, context.Random);
                else AppendTable(html, (LayoutTable)block, context.Random);
            }
            html.Append("</div>\n");
            if (_options.NestedLayoutTables) html.Append("</td></tr></table>\n</td></tr></table>\n");
            if (_options.SiteChrome) AppendChromeBottom(html, context, labels);
            html.Append("</body>\n</html>\n");

            string text = html.ToString();
            byte[] preamble = encoding.GetPreamble();
            byte[] body = encoding.GetBytes(text);
            return new WrittenReport(preamble.Concat(body).ToArray(), text, label);
        }

        private void AppendParagraph(StringBuilder html, LayoutParagraph paragraph, SeededRandom random)
        {
            string text = Escape(paragraph.Text);
            switch (_options.Markup)
            {
                case HtmlMarkup.WordPasted:
                    string align = paragraph.Role is ParagraphRole.Title ? " align=center style='text-align:center'" :
                        paragraph.Role == ParagraphRole.Closing ? " align=right style='text-align:right'" : " style='text-indent:32.0pt;mso-char-indent-count:2.0'";
                    string content = WordRuns(paragraph.Text, random);
                    if (paragraph.IsHeading) content = "<b>" + content + "</b>";
                    html.Append("<p class=MsoNormal").Append(align).Append('>').Append(content).Append("<span lang=EN-US><o:p></o:p></span></p>\n");
                    break;
                case HtmlMarkup.HeadersInTd:
                    html.Append(paragraph.IsHeading ? "<p style=\"text-align:center\"><strong>" + text + "</strong></p>\n"
                        : "<p style=\"text-indent:2em\">" + text + "</p>\n");
                    break;
                default:
                    html.Append(paragraph.Role switch
                    {
                        ParagraphRole.Title => "<h1>" + text + "</h1>\n",
                        ParagraphRole.SectionHeading => "<h2>" + text + "</h2>\n",
                        ParagraphRole.Caption => "<h3>" + text + "</h3>\n",
                        _ => "<p>" + text + "</p>\n",
                    });
                    break;
            }
        }

        private void AppendTable(StringBuilder html, LayoutTable table, SeededRandom random)
        {
            bool word = _options.Markup == HtmlMarkup.WordPasted;
            bool clean = _options.Markup == HtmlMarkup.Clean;
            html.Append(word
                ? "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 style='width:450.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
                : clean ? "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n" : "<table width=\"100%\" border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n");
            int headerRows = table.HeaderRowCount;
            if (clean && headerRows > 0) html.Append("<thead>\n");
            for (int row = 0; row < table.RowCount; row++)
            {
                if (clean && row == headerRows) html.Append(headerRows > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
                html.Append(word ? "<tr style='mso-yfti-irow:" + row + (row == 0 ? ";mso-yfti-firstrow:yes" : "") + "'>\n" : "<tr>\n");
                foreach (LayoutCell cell in table.CellsStartingIn(row)) AppendCell(html, cell, random);
                html.Append("</tr>\n");
            }
            if (clean) html.Append("</tbody>\n");
            html.Append("</table>\n");
        }

        private void AppendCell(StringBuilder html, LayoutCell cell, SeededRandom random)
        {
            string spans = (cell.RowSpan > 1 ? (_options.Markup == HtmlMarkup.WordPasted ? " rowspan=" + cell.RowSpan : " rowspan=\"" + cell.RowSpan + "\"") : "")
                + (cell.ColumnSpan > 1 ? (_options.Markup == HtmlMarkup.WordPasted ? " colspan=" + cell.ColumnSpan : " colspan=\"" + cell.ColumnSpan + "\"") : "");
            switch (_options.Markup)
            {
                case HtmlMarkup.WordPasted:
                    html.Append("<td width=").Append(cell.Role == CellRole.Figure ? 45 : 120).Append(spans).Append(" valign=middle style='").Append(WordCellStyle).Append("'>\n");
                    string align = cell.Role == CellRole.RowHeader ? "" : " align=center style='text-align:center'";
                    if (cell.Text.Length == 0)
                        html.Append("<p class=MsoNormal").Append(align).Append("><span lang=EN-US style='").Append(WordDigitStyle).Append("'>&nbsp;<o:p></o:p></span></p>\n");
                    else
                        foreach (string line in cell.Text.Split('\n'))
                            html.Append("<p class=MsoNormal").Append(align).Append('>').Append(WordRuns(line, random)).Append("<span lang=EN-US><o:p></o:p></span></p>\n");
                    html.Append("</td>\n");
                    break;
                case HtmlMarkup.HeadersInTd:
                    string content = cell.Text.Length == 0 ? "&nbsp;" : CellText(cell.Text);
                    if (cell.IsHeaderArea) content = "<p align=\"center\"><b>" + content + "</b></p>";
                    html.Append("<td").Append(spans).Append('>').Append(content).Append("</td>\n");
                    break;
                default:
                    string tag = cell.IsHeaderArea ? "th" : "td";
                    html.Append('<').Append(tag).Append(spans).Append('>').Append(CellText(cell.Text)).Append("</").Append(tag).Append(">\n");
                    break;
            }
        }

        private string CellText(string text)
        {
            string[] lines = text.Split('\n').Select(Escape).ToArray();
            if (lines.Length == 1) return lines[0];
            return _options.LineBreaks == CellLineBreak.Br ? string.Join("<br>", lines) : string.Concat(lines.Select(l => "<p>" + l + "</p>"));
        }

        /// <summary>Word's runs: text in spans with mso- styles, split in two at a random place now and then, digits in their own EN-US span.</summary>
        private static string WordRuns(string text, SeededRandom random)
        {
            if (text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c == '.' || c == '-' || c == '+'))
                return "<span lang=EN-US style='" + WordDigitStyle + "'>" + Escape(text) + "</span>";
            if (text.Length >= 4 && random.Chance(0.5))
            {
                int at = random.Next(1, text.Length - 1);
                if (char.IsLowSurrogate(text[at])) at++;
                return "<span style='" + WordSpanStyle + "'>" + Escape(text.Substring(0, at)) + "</span><span style='" + WordSpanStyle + ";mso-font-kerning:0pt'>"
                    + Escape(text.Substring(at)) + "</span>";
            }
            return "<span style='" + WordSpanStyle + "'>" + Escape(text) + "</span>";
        }

        private static void AppendChromeTop(StringBuilder html, WriteContext context, LabelWriter labels)
        {
            ReportIdentity identity = context.Identity;
            html.Append("<div class=\"header\"><div class=\"logo\">").Append(Escape(labels.Text(identity.Place + "人民政府"))).Append("</div>\n<ul class=\"nav\">");
            foreach (var (href, text) in new[] { ("/", "首页"), ("/zwgk/", "政务公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"), ("/zjdq/", "走进" + identity.Place) })
                html.Append("<li><a href=\"").Append(href).Append("\">").Append(Escape(labels.Text(text))).Append("</a></li>");
            html.Append("</ul></div>\n");
            html.Append("<div class=\"crumb\">").Append(Escape(labels.Text("当前位置："))).Append("<a href=\"/\">").Append(Escape(labels.Text("首页"))).Append("</a> &gt; <a href=\"/zwgk/\">")
                .Append(Escape(labels.Text("政务公开"))).Append("</a> &gt; <a href=\"/zwgk/ndbg/\">").Append(Escape(labels.Text("政府信息公开年报"))).Append("</a></div>\n");
            // The metadata block most government CMS print above an article: itself a table, but not a report table.
            string index = "11" + context.Random.Next(100000, 999999) + "MB" + context.Random.Next(1000, 9999) + "/" + (identity.Year + 1) + "-" + context.Random.Next(10000, 99999);
            html.Append("<table class=\"meta\" border=\"0\">\n<tr><td>").Append(Escape(labels.Text("索引号："))).Append("</td><td>").Append(index).Append("</td><td>")
                .Append(Escape(labels.Text("发布机构："))).Append("</td><td>").Append(Escape(labels.Text(identity.Agency))).Append("</td></tr>\n<tr><td>")
                .Append(Escape(labels.Text("成文日期："))).Append("</td><td>").Append(identity.Year + 1).Append("-01-").Append(context.Random.Next(10, 29)).Append("</td><td>")
                .Append(Escape(labels.Text("公开方式："))).Append("</td><td>").Append(Escape(labels.Text("主动公开"))).Append("</td></tr>\n</table>\n");
        }

        private static void AppendChromeBottom(StringBuilder html, WriteContext context, LabelWriter labels)
        {
            ReportIdentity identity = context.Identity;
            html.Append("<div class=\"tools\">【<a href=\"javascript:window.print()\">").Append(Escape(labels.Text("打印本页"))).Append("</a>】【<a href=\"javascript:window.close()\">")
                .Append(Escape(labels.Text("关闭窗口"))).Append("</a>】</div>\n");
            html.Append("<div class=\"footer\">\n<p><a href=\"/gywm/\">").Append(Escape(labels.Text("关于我们"))).Append("</a> | <a href=\"/wzdt/\">").Append(Escape(labels.Text("网站地图")))
                .Append("</a> | <a href=\"/lxwm/\">").Append(Escape(labels.Text("联系我们"))).Append("</a></p>\n<p>")
                .Append(Escape(labels.Text("版权所有：" + identity.Place + "人民政府办公室　主办：" + identity.Place + "人民政府办公室"))).Append("</p>\n<p>")
                .Append(Escape(labels.Text("网站标识码："))).Append(context.Random.Next(1000000, 9999999)).Append(context.Random.Next(100, 999)).Append("　")
                .Append(Escape(labels.Text(context.Random.Pick(new[] { "浙", "苏", "赣", "滇", "甘", "粤" }) + "ICP备" + context.Random.Next(10000000, 99999999) + "号")))
                .Append("</p>\n</div>\n");
        }

        private static void AppendLayoutTop(StringBuilder html, LabelWriter labels)
        {
            html.Append("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n<tr><td width=\"200\" valign=\"top\">\n<ul class=\"menu\">");
            foreach (string item in new[] { "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报" })
                html.Append("<li><a href=\"#\">").Append(Escape(labels.Text(item))).Append("</a></li>");
            html.Append("</ul>\n</td>\n<td valign=\"top\">\n<table width=\"100%\" border=\"0\"><tr><td class=\"content\">\n");
        }

        private static string Escape(string text) => WebUtility.HtmlEncode(text);
    }
}
