using System.Linq;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using static SchemaGen.Documents.Tests.Word.Wml;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>Paragraph text as Word shows it: tracked changes accepted, fields as their results, text boxes, headings, what is left out.</summary>
    public class WordTextTests
    {
        private const string Change = " w:id=\"1\" w:author=\"审核人\" w:date=\"2022-01-10T00:00:00Z\"";

        private static string Inserted(string text) => "<w:ins" + Change + ">" + R(text) + "</w:ins>";

        private static string Deleted(string text) => "<w:del" + Change + "><w:r><w:delText>" + Escape(text) + "</w:delText></w:r></w:del>";

        private static string Field(string instruction, string result)
            => "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + Escape(instruction) + "</w:instrText></w:r>"
               + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R(result) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

        private static string OnlyText(string body) => Assert.Single(Texts(ReadBody(body))).Text;

        [Fact]
        public void An_inserted_figure_counts_and_a_deleted_one_does_not()
        {
            string figure = P(null, R("1"), Deleted("2"), Inserted("3"));
            TableBlock table = SingleTable(ReadBody(Table(Row(Cell("本年新收"), CellWith("", figure)))));
            Assert.Equal("13", table[0, 1].Text);
        }

        [Fact]
        public void Moved_text_is_read_where_it_was_moved_to()
        {
            string body = P(null, "<w:moveFrom" + Change + ">" + R("旧处") + "</w:moveFrom>", R("正文"), "<w:moveTo w:id=\"2\" w:author=\"a\">" + R("新处") + "</w:moveTo>");
            Assert.Equal("正文新处", OnlyText(body));
        }

        [Fact]
        public void A_paragraph_whose_mark_and_text_were_deleted_is_gone()
        {
            string body = P("<w:rPr><w:del" + Change + "/></w:rPr>", Deleted("整段删除")) + P("保留");
            Assert.Equal("保留", OnlyText(body));
        }

        [Fact]
        public void Fields_read_as_their_results_and_their_codes_are_dropped()
        {
            string nested = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>" + Field(" PAGE ", "3")
                + "<w:r><w:instrText> = 3 \"是\" \"否\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("是") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
            Assert.Equal("第12页", OnlyText(P(null, R("第"), Field(" PAGE \\* MERGEFORMAT ", "12"), R("页"))));
            Assert.Equal("是", OnlyText(P(null, nested)));
            Assert.Equal("共5页", OnlyText(P(null, R("共"), "<w:fldSimple w:instr=\" NUMPAGES \">" + R("5") + "</w:fldSimple>", R("页"))));
        }

        [Fact]
        public void A_field_left_open_hides_no_more_than_its_own_paragraph()
        {
            string body = P(null, R("前"), "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>", R("丢失")) + P("下一段");
            Assert.Equal(new[] { "前", "下一段" }, Texts(ReadBody(body)).Select(t => t.Text));
        }

        [Fact]
        public void Tabs_breaks_hyphens_and_symbols_are_text()
        {
            string body = P(null, R("甲"), "<w:r><w:tab/></w:r>", R("乙"), "<w:r><w:br/></w:r>", R("丙"), "<w:r><w:cr/></w:r>", R("2021"), "<w:r><w:noBreakHyphen/></w:r>", R("12"),
                "<w:r><w:softHyphen/></w:r>", "<w:r><w:sym w:font=\"Segoe UI Symbol\" w:char=\"2611\"/></w:r>");
            Assert.Equal("甲\t乙\n丙\n2021-12☑", OnlyText(body));
        }

        [Fact]
        public void Hyperlinks_smart_tags_and_inline_content_controls_are_read_through()
        {
            string body = P(null, "<w:hyperlink r:id=\"rId99\">" + R("链接") + "</w:hyperlink>", "<w:smartTag w:uri=\"u\" w:element=\"e\">" + R("标记") + "</w:smartTag>",
                "<w:sdt><w:sdtPr><w:alias w:val=\"数量\"/></w:sdtPr><w:sdtContent>" + R("42") + "</w:sdtContent></w:sdt>");
            Assert.Equal("链接标记42", OnlyText(body));
        }

        [Fact]
        public void Hidden_text_is_left_out_and_noted()
        {
            Document document = ReadBody(P(null, R("可见"), "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"));
            Assert.Equal("可见", Assert.Single(Texts(document)).Text);
            Assert.Contains("hidden text", SingleNote(document, ReadDiagnosticIds.ContentSkipped).Message);
        }

        /// <summary>A text box as Word 2010+ writes it: a DrawingML shape, and a VML copy of it for older readers.</summary>
        private static string TextBoxRun(string content)
            => "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
               + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
               + "<wp:extent cx=\"1800000\" cy=\"500000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
               + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/>"
               + "<wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
               + "<mc:Fallback><w:pict><v:shape id=\"Text Box 1\" type=\"#_x0000_t202\" style=\"width:141pt;height:39pt\"><v:textbox><w:txbxContent>" + content
               + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

        [Fact]
        public void A_text_box_is_read_once_as_blocks_after_the_paragraph_that_anchors_it()
        {
            byte[] docx = DocxBuilder.Build(P(null, R("正文"), TextBoxRun(P("文本框：全年受理申请12件"))) + P("下一段"));
            Document document = Read(docx);
            Assert.Equal(new[] { "正文", "文本框：全年受理申请12件", "下一段" }, Texts(document).Select(t => t.Text));
            string path = Texts(document)[1].Location.Path!;
            Assert.Equal("body/p[1]/r[2]/AlternateContent[1]/Choice[1]/drawing[1]/anchor[1]/graphic[1]/graphicData[1]/wsp[1]/txbx[1]/txbxContent[1]/p[1]", path);
            Assert.Equal("文本框：全年受理申请12件", TextOf(Resolve(docx, path)!));
        }

        [Fact]
        public void A_text_box_can_hold_a_table_and_a_VML_only_text_box_is_read_too()
        {
            string vml = "<w:r><w:pict><v:shape id=\"tb2\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>" + P("旧式文本框") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
            Document document = ReadBody(P(null, TextBoxRun(Table(Row(Cells("行政许可", "8"))))) + P(null, vml));
            Assert.Equal(new[] { "行政许可", "8" }, SingleTable(document).RowTexts(0));
            Assert.Equal("旧式文本框", Assert.Single(Texts(document)).Text);
            Assert.DoesNotContain(document.Notes, n => n.Id == ReadDiagnosticIds.ContentSkipped);
        }

        [Fact]
        public void Pictures_are_noted_as_skipped()
        {
            string picture = "<w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"2\" name=\"印章\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
            Document document = ReadBody(P(null, R("某市某局"), picture));
            Assert.Equal("某市某局", Assert.Single(Texts(document)).Text);
            DocumentNote note = SingleNote(document, ReadDiagnosticIds.ContentSkipped);
            Assert.Equal(FindingSeverity.Info, note.Severity);
            Assert.StartsWith("1 picture(s)", note.Message);
        }

        [Fact]
        public void Headings_come_from_outline_levels_and_built_in_heading_names()
        {
            string styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"标题 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Custom\"><w:name w:val=\"报告小标题\"/><w:basedOn w:val=\"Heading2\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"BodyLevel\"><w:name w:val=\"heading 3\"/><w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>";
            string body = P(Style("Heading2"), R("按名称")) + P(Style("1"), R("WPS 标题")) + P(Style("Custom"), R("继承")) + P("<w:outlineLvl w:val=\"0\"/>", R("按大纲级别"))
                + P(Style("BodyLevel"), R("正文级别")) + P("普通段落");
            Document document = Read(new DocxBuilder(body) { Styles = styles }.Build());
            Assert.Equal(new[] { true, true, true, true, false, false }, Texts(document).Select(t => t.IsHeading));
        }

        [Fact]
        public void Empty_and_blank_paragraphs_make_no_blocks()
        {
            Document document = ReadBody(P("") + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:p>" + P("  \t ") + P("\u3000\u3000") + P("\u3000\u3000正文"));
            Assert.Equal("\u3000\u3000正文", Assert.Single(Texts(document)).Text);
        }

        [Fact]
        public void A_table_of_contents_and_placeholder_prompts_are_left_out_with_notes()
        {
            string toc = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
                + P("目录") + P("一、总体情况\t1") + P("二、主动公开政府信息情况\t2") + "</w:sdtContent></w:sdt>";
            string placeholder = "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + P("单击或点击此处输入文字。") + "</w:sdtContent></w:sdt>";
            string styles = "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>";
            Document document = Read(new DocxBuilder(toc + P(Style("TOC1"), R("三、收到和处理政府信息公开申请情况\t3")) + placeholder + P("一、总体情况")) { Styles = styles }.Build());
            Assert.Equal("一、总体情况", Assert.Single(Texts(document)).Text);
            string[] messages = document.Notes.Where(n => n.Id == ReadDiagnosticIds.ContentSkipped).Select(n => n.Message).ToArray();
            Assert.Contains(messages, m => m.StartsWith("4 table-of-contents", System.StringComparison.Ordinal));
            Assert.Contains(messages, m => m.StartsWith("1 content control(s)", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Footnote_references_are_noted_as_text_outside_the_body()
        {
            Document document = ReadBody(P(null, R("收费"), "<w:r><w:footnoteReference w:id=\"1\"/></w:r>", R("0元")));
            Assert.Equal("收费0元", Assert.Single(Texts(document)).Text);
            Assert.Contains("1 footnotes", SingleNote(document, ReadDiagnosticIds.ContentSkipped).Message);
        }

        [Fact]
        public void Ruby_keeps_the_base_text_and_math_keeps_its_text()
        {
            string ruby = "<w:r><w:ruby><w:rubyPr/><w:rt>" + R("zhù") + "</w:rt><w:rubyBase>" + R("著") + "</w:rubyBase></w:ruby></w:r>";
            string math = "<m:oMath><m:r><m:t>a+b=c</m:t></m:r></m:oMath>";
            Assert.Equal("著a+b=c", OnlyText(P(null, ruby, math)));
        }

        [Fact]
        public void A_Strict_Open_XML_document_reads_like_a_transitional_one()
        {
            var builder = new DocxBuilder(P("严格格式") + Table(Row(Cells("规章", "2"))));
            string strict = builder.DocumentXml.Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main");
            Document document = Read(builder.BuildWithDocumentXml(strict));
            Assert.Equal("严格格式", Assert.Single(Texts(document)).Text);
            Assert.Equal(new[] { "规章", "2" }, SingleTable(document).RowTexts(0));
        }

        [Fact]
        public void A_text_box_in_a_data_table_cell_adds_lines_to_the_cell_text()
        {
            string vml = "<w:r><w:pict><v:shape id=\"tb3\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>" + P("（含补正）") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
            TableBlock table = SingleTable(ReadBody(Table(Row(Cells("项目", "数量")), Row(CellWith("", P(null, R("补正申请"), vml)), Cell("2")))));
            Assert.Equal("补正申请\n（含补正）", table[1, 0].Text);
        }

        [Fact]
        public void A_cancelled_read_stops_with_the_cancellation_exception()
        {
            using var cancellation = new System.Threading.CancellationTokenSource();
            cancellation.Cancel();
            byte[] docx = DocxBuilder.Build(P("正文"));
            Assert.ThrowsAny<System.OperationCanceledException>(() => new SchemaGen.Documents.Word.WordDocumentReader().Read(docx, "report.docx", cancellation.Token));
        }
    }
}
