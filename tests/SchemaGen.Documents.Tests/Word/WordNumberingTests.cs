using System.Linq;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using Xunit;
using static SchemaGen.Documents.Tests.Word.Wml;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>Automatic numbers rebuilt from numbering.xml: formats, level text, counters and their restarts.</summary>
    public class WordNumberingTests
    {
        [Theory]
        [InlineData(1, "chineseCounting", "一")]
        [InlineData(6, "chineseCounting", "六")]
        [InlineData(10, "chineseCounting", "十")]
        [InlineData(11, "chineseCounting", "十一")]
        [InlineData(20, "chineseCounting", "二十")]
        [InlineData(21, "chineseCounting", "二十一")]
        [InlineData(99, "chineseCountingThousand", "九十九")]
        [InlineData(105, "chineseCountingThousand", "一百零五")]
        [InlineData(110, "chineseCountingThousand", "一百一十")]
        [InlineData(10010, "chineseCountingThousand", "一万零一十")]
        [InlineData(3, "taiwaneseCounting", "三")]
        [InlineData(12, "chineseLegalSimplified", "壹拾贰")]
        [InlineData(2, "ideographTraditional", "乙")]
        [InlineData(2, "ideographZodiac", "丑")]
        [InlineData(11, "ideographZodiacTraditional", "甲戌")]
        [InlineData(102, "ideographDigital", "一〇二")]
        [InlineData(3, "ideographEnclosedCircle", "㈢")]
        [InlineData(3, "decimalEnclosedParen", "⑶")]
        [InlineData(3, "decimalEnclosedCircle", "③")]
        [InlineData(3, "decimalEnclosedCircleChinese", "③")]
        [InlineData(3, "decimalEnclosedFullstop", "⒊")]
        [InlineData(21, "decimalEnclosedCircle", "21")]
        [InlineData(12, "decimalFullWidth", "１２")]
        [InlineData(5, "decimalZero", "05")]
        [InlineData(4, "upperRoman", "IV")]
        [InlineData(9, "lowerRoman", "ix")]
        [InlineData(0, "upperRoman", "0")]
        [InlineData(27, "upperLetter", "AA")]
        [InlineData(2, "lowerLetter", "b")]
        [InlineData(12, "ordinal", "12th")]
        [InlineData(7, "none", "")]
        [InlineData(7, "aFormatNoOneKnows", "7")]
        public void Number_formats_write_the_counter_as_Word_shows_it(int value, string format, string expected)
            => Assert.Equal(expected, NumberFormatter.Format(value, format));

        private static string Level(int ilvl, string format, string text, string? extra = null, int start = 1)
            => "<w:lvl w:ilvl=\"" + N(ilvl) + "\"><w:start w:val=\"" + N(start) + "\"/><w:numFmt w:val=\"" + format + "\"/>" + (extra ?? "<w:suff w:val=\"nothing\"/>")
               + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";

        private static string Abstract(int id, params string[] levels) => "<w:abstractNum w:abstractNumId=\"" + N(id) + "\">" + string.Concat(levels) + "</w:abstractNum>";

        private static string Num(int numId, int abstractId, string? overrides = null) => "<w:num w:numId=\"" + N(numId) + "\"><w:abstractNumId w:val=\"" + N(abstractId) + "\"/>" + overrides + "</w:num>";

        private static string StartOverride(int ilvl, int start) => "<w:lvlOverride w:ilvl=\"" + N(ilvl) + "\"><w:startOverride w:val=\"" + N(start) + "\"/></w:lvlOverride>";

        private static string Item(int numId, int ilvl, string text) => P(NumPr(numId, ilvl), R(text));

        private static string[] ReadTexts(string numbering, string body, string? styles = null)
            => Texts(Read(new DocxBuilder(body) { Numbering = numbering, Styles = styles }.Build())).Select(t => t.Text).ToArray();

        private static readonly string Outline = Abstract(0, Level(0, "chineseCounting", "%1、"), Level(1, "chineseCounting", "（%2）"), Level(2, "decimal", "%3."));

        [Fact]
        public void A_level_restarts_when_a_higher_level_is_used()
        {
            string[] texts = ReadTexts(Outline + Num(1, 0),
                Item(1, 0, "甲") + Item(1, 1, "乙") + Item(1, 2, "丙") + Item(1, 2, "丁") + Item(1, 1, "戊") + Item(1, 2, "己") + Item(1, 0, "庚") + Item(1, 1, "辛"));
            Assert.Equal(new[] { "一、甲", "（一）乙", "1.丙", "2.丁", "（二）戊", "1.己", "二、庚", "（一）辛" }, texts);
        }

        [Fact]
        public void A_level_with_lvlRestart_0_never_restarts()
        {
            string numbering = Abstract(0, Level(0, "chineseCounting", "%1、"), Level(1, "decimal", "%2.", "<w:lvlRestart w:val=\"0\"/><w:suff w:val=\"nothing\"/>")) + Num(1, 0);
            Assert.Equal(new[] { "一、甲", "1.乙", "二、丙", "2.丁" }, ReadTexts(numbering, Item(1, 0, "甲") + Item(1, 1, "乙") + Item(1, 0, "丙") + Item(1, 1, "丁")));
        }

        [Fact]
        public void Instances_of_one_abstract_definition_share_its_counter_and_a_start_override_restarts_it()
        {
            string numbering = Abstract(0, Level(0, "decimal", "%1.")) + Num(1, 0) + Num(2, 0) + Num(3, 0, StartOverride(0, 5));
            string[] texts = ReadTexts(numbering, Item(1, 0, "a") + Item(2, 0, "b") + Item(1, 0, "c") + Item(3, 0, "d") + Item(1, 0, "e") + Item(3, 0, "f"));
            Assert.Equal(new[] { "1.a", "2.b", "3.c", "5.d", "6.e", "7.f" }, texts);
        }

        [Fact]
        public void Level_text_can_show_the_higher_levels_and_legal_numbering_shows_them_in_decimal()
        {
            string numbering = Abstract(0, Level(0, "chineseCounting", "第%1章"), Level(1, "decimal", "%1.%2"), Level(2, "decimal", "%1.%2.%3", "<w:isLgl/><w:suff w:val=\"nothing\"/>")) + Num(1, 0);
            string[] texts = ReadTexts(numbering, Item(1, 0, "总则") + Item(1, 1, "a") + Item(1, 2, "b") + Item(1, 0, "附则") + Item(1, 1, "c"));
            Assert.Equal(new[] { "第一章总则", "一.1a", "1.1.1b", "第二章附则", "二.1c" }, texts);
        }

        [Fact]
        public void The_suffix_after_the_number_is_a_tab_unless_the_level_says_space_or_nothing()
        {
            string numbering = Abstract(0, Level(0, "decimal", "%1.", extra: ""), Level(1, "decimal", "(%2)", extra: "<w:suff w:val=\"space\"/>")) + Num(1, 0);
            Assert.Equal(new[] { "1.\t标题", "(1) 子项" }, ReadTexts(numbering, Item(1, 0, "标题") + Item(1, 1, "子项")));
        }

        [Fact]
        public void Start_values_other_than_one_are_kept()
            => Assert.Equal(new[] { "三、甲", "四、乙" }, ReadTexts(Abstract(0, Level(0, "chineseCounting", "%1、", start: 3)) + Num(1, 0), Item(1, 0, "甲") + Item(1, 0, "乙")));

        [Fact]
        public void Bullets_unknown_lists_and_numbering_removed_by_numId_0_add_no_number()
        {
            string styles = "<w:style w:type=\"paragraph\" w:styleId=\"ListItem\"><w:name w:val=\"List Item\"/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
            string numbering = Abstract(0, Level(0, "decimal", "%1.")) + Abstract(1, Level(0, "bullet", "\uF0B7")) + Num(1, 0) + Num(2, 1);
            string body = P(Style("ListItem"), R("由样式编号")) + P(Style("ListItem") + NumPr(0), R("取消编号")) + Item(2, 0, "项目符号") + Item(99, 0, "未知列表") + P(Style("ListItem"), R("继续"));
            Assert.Equal(new[] { "1.由样式编号", "取消编号", "项目符号", "未知列表", "2.继续" }, ReadTexts(numbering, body, styles));
        }

        [Fact]
        public void A_numbering_style_link_leads_to_the_definition_that_holds_the_levels()
        {
            string styles = "<w:style w:type=\"numbering\" w:styleId=\"ReportList\"><w:name w:val=\"Report List\"/><w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>";
            string numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:numStyleLink w:val=\"ReportList\"/></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:styleLink w:val=\"ReportList\"/>" + Level(0, "chineseCounting", "第%1部分") + "</w:abstractNum>"
                + Num(1, 0) + Num(2, 1);
            Assert.Equal(new[] { "第一部分甲", "第二部分乙" }, ReadTexts(numbering, Item(1, 0, "甲") + Item(1, 0, "乙"), styles));
        }

        [Fact]
        public void Numbered_paragraphs_in_table_cells_are_numbered_in_document_order()
        {
            string numbering = Abstract(0, Level(0, "decimal", "%1.")) + Num(1, 0);
            Document document = Read(new DocxBuilder(Item(1, 0, "正文") + Table(Row(CellWith("", Item(1, 0, "单元格")), Cell("7")))) { Numbering = numbering }.Build());
            Assert.Equal("1.正文", Assert.Single(Texts(document)).Text);
            Assert.Equal(new[] { "2.单元格", "7" }, SingleTable(document).RowTexts(0));
        }

        [Fact]
        public void A_number_on_an_otherwise_empty_paragraph_is_still_counted_and_shown()
        {
            string numbering = Abstract(0, Level(0, "chineseCounting", "%1、")) + Num(1, 0);
            Assert.Equal(new[] { "一、", "二、乙" }, ReadTexts(numbering, P(NumPr(1, 0), "") + Item(1, 0, "乙")));
        }
    }
}
