using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using SchemaGen.Runtime.Documents;
using Xunit;
using static SchemaGen.Documents.Tests.Word.Wml;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>
    /// The .docx files checked in under Fixtures/Word, for anyone who wants to open what these tests read: each is
    /// rebuilt here and must still match (set SCHEMAGEN_UPDATE_FIXTURES=1 to rewrite them), and each reads as its build does.
    /// </summary>
    public class WordFixtureTests
    {
        private const string UpdateVariable = "SCHEMAGEN_UPDATE_FIXTURES";

        public static TheoryData<string> FixtureNames => new TheoryData<string> { "annual-report-2021.docx", "word-constructs.docx" };

        private static DocxBuilder Builder(string name) => name switch
        {
            "annual-report-2021.docx" => AnnualReport2021Docx.Generate(seed: 2021).ToDocx(),
            "word-constructs.docx" => Constructs(),
            _ => throw new ArgumentException("no such fixture: " + name, nameof(name)),
        };

        /// <summary>
        /// The constructs the reader handles beyond plain tables, in one small report-like document: a layout table
        /// around a section, a data table with a content control around a cell, a gridBefore row and a tracked change
        /// in a figure, and a text box.
        /// </summary>
        private static DocxBuilder Constructs()
        {
            const string change = " w:id=\"1\" w:author=\"审核人\" w:date=\"2022-01-10T00:00:00Z\"";
            string trackedFigure = P(null, R("1"), "<w:del" + change + "><w:r><w:delText>9</w:delText></w:r></w:del>", "<w:ins" + change + ">" + R("2") + "</w:ins>");
            string data = Table(
                Row(Cells("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")),
                Row(Cell("规章") + ContentControl(Cell("3"), "figure") + Cells("0", "15")),
                Row(Cell("行政规范性文件"), CellWith("", trackedFigure), Cell("4"), Cell("88")),
                RowWith("<w:gridBefore w:val=\"1\"/>", Cell("合计见上", 3)));
            string textBox = "<w:r><w:pict><v:shape id=\"note\" type=\"#_x0000_t202\"><v:textbox><w:txbxContent>" + P("注：本表数据截至2021年12月31日。") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
            string layout = Table(Row(CellWith("", P("二、主动公开政府信息情况") + P("第二十条第（一）项") + data + P(null, R("表后说明"), textBox))));
            return new DocxBuilder(P("某市某局2021年政府信息公开工作年度报告") + layout);
        }

        private static string FixturePath(string name, [CallerFilePath] string thisFile = "")
            => Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "Word", name);

        private static string MainPartXml(byte[] docx)
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
            using var reader = new StreamReader(package.MainDocumentPart!.GetStream(), Encoding.UTF8);
            return reader.ReadToEnd();
        }

        [Theory]
        [MemberData(nameof(FixtureNames))]
        public void The_checked_in_fixture_is_what_the_builder_makes(string name)
        {
            byte[] built = Builder(name).Build();
            string path = FixturePath(name);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllBytes(path, built);
            Assert.True(File.Exists(path), path + " is missing; run the tests with " + UpdateVariable + "=1 to write it.");
            Assert.True(MainPartXml(File.ReadAllBytes(path)) == MainPartXml(built), name + " is stale; run the tests with " + UpdateVariable + "=1 to rewrite it.");
        }

        [Theory]
        [MemberData(nameof(FixtureNames))]
        public void The_copied_fixture_reads_as_its_build_does(string name)
        {
            byte[] fixture = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Word", name));
            Document fromFile = Read(fixture, name);
            Assert.NotEmpty(fromFile.Blocks);
            Assert.Equal(Shape(Read(Builder(name).Build(), name)), Shape(fromFile));
        }

        [Fact]
        public void The_constructs_fixture_reads_into_the_expected_blocks()
        {
            Document document = Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Word", "word-constructs.docx")), "word-constructs.docx");
            Assert.Equal(new[] { "某市某局2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项", "table", "表后说明", "注：本表数据截至2021年12月31日。" },
                document.Blocks.Select(b => b is TextBlock t ? t.Text : "table"));
            TableBlock table = SingleTable(document);
            Assert.Equal(new[] { "规章", "3", "0", "15" }, table.RowTexts(1));
            Assert.Equal(new[] { "行政规范性文件", "12", "4", "88" }, table.RowTexts(2));
            Assert.Equal(new[] { "", "合计见上", "合计见上", "合计见上" }, table.RowTexts(3));
            Assert.Equal("body/tbl[1]/tr[1]/tc[1]/tbl[1]/tr[2]/sdt[1]/sdtContent[1]/tc[1]", table[1, 1].Location.Path);
        }

        private static string[] Shape(Document document)
            => document.Blocks.Select(b => b is TableBlock t
                ? string.Join("|", Enumerable.Range(0, t.RowCount).Select(r => string.Join(",", t.RowTexts(r))))
                : ((TextBlock)b).Text + "@" + b.Location.Path).ToArray();
    }
}
