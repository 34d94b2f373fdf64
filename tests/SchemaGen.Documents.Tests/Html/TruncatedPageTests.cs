using SchemaGen.Documents.Html;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Html
{
    /// <summary>A UTF-8 page whose download stopped in the middle of a character (the first byte of 件 is its last byte).</summary>
    public sealed class TruncatedPageTests
    {
        private static readonly Document Page = new HtmlDocumentReader().Read(Fixtures.Bytes("Html/truncated-utf8.html"), "truncated-utf8.html");

        [Fact]
        public void Reads_up_to_the_damage_and_says_where_it_is()
        {
            Assert.Equal(new[]
            {
                "# 某某镇2023年政府信息公开工作年度报告",
                "一、总体情况",
                "2023年，本镇共收到政府信息公开申请3件，均已按期答复。",
                "二、主动公开政府信息情况",
                "全年主动公开政府信息86条，其中行政规范性文件2",
            }, BlockListing.Of(Page));
            Assert.Equal(new[]
            {
                new DocumentNote(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning,
                    "the input ends in the middle of a UTF-8 character (1 byte of it): it was read up to there, and what followed is missing",
                    SourceLocation.AtLine(8, 28)),
            }, Page.Notes);
        }
    }
}
