using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Reading;
using Xunit;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Labels as reports write them: a row label with an OCR slip or words left out is read into the one row it is close
    /// to, with a note saying so; one that is close to no row, or to two, is still refused.
    /// </summary>
    public class LabelVariantTests
    {
        private static readonly string Seed001 = Fixtures.Seed("001");

        private static ReportReading Read(string text) => V2021.AnnualReportParser.Parse(text).Reading;

        [Fact]
        public void Row_labels_with_slips_are_read_into_their_rows_with_a_note()
        {
            string slipped = Seed001
                .Replace("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(二)部份公开(区分处理的,只计这一情形,不计其它情形)")
                .Replace("2.其他法律行政法规禁止公开", "2.其他法律行政法規禁止公幵");
            Assert.NotEqual(Seed001, slipped);

            ReportReading original = Read(Seed001), read = Read(slipped);
            TableReading before = original.Table("Applications"), after = read.Table("Applications");
            Assert.True(after.Cells.Count(c => c.Value.Value is not null) == 175, string.Join("\n", read.Diagnostics));
            foreach (var cell in before.Cells)
                Assert.Equal(cell.Value.Value, after.Cells[cell.Key].Value);

            var notes = read.Diagnostics.Where(d => d.Id == ReadDiagnosticIds.RowLabelMatchedApproximately).ToList();
            Assert.Equal(new[] { "Outcomes.PartiallyGranted", "Outcomes.Withheld.ProhibitedByLaw" }, notes.Select(n => n.Row).OrderBy(r => r, System.StringComparer.Ordinal));
            Assert.Contains(notes, n => n.Message.Contains("部份公开") && n.Message.Contains("similarity"));
            Assert.DoesNotContain(original.Diagnostics, d => d.Id == ReadDiagnosticIds.RowLabelMatchedApproximately);
        }

        [Fact]
        public void A_label_close_to_no_row_or_with_a_number_that_disagrees_is_refused()
        {
            string changed = Seed001
                .Replace("2.其他法律行政法规禁止公开", "2.无关的说明文字")
                .Replace("3.危及“三安全一稳定”", "7.危及“三安全一稳定”");
            ReportReading read = Read(changed);
            TableReading applications = read.Table("Applications");
            Assert.DoesNotContain(applications.Cells, c => c.Key.Row == "Outcomes.Withheld.ProhibitedByLaw" && c.Value.Value is not null);
            Assert.Contains(read.Diagnostics, d => d.Id == ReadDiagnosticIds.UnknownRow && d.Message.Contains("无关的说明文字"));
            Assert.DoesNotContain(read.Diagnostics, d => d.Id == ReadDiagnosticIds.RowLabelMatchedApproximately);
        }

        [Fact]
        public void A_section_heading_with_a_typo_is_found_with_a_note()
        {
            string heading = Seed001.Split('\n').First(l => l.Contains("四、政府信息公开行政复议"));
            string typo = Seed001.Replace(heading, heading.Replace("行政复议", "行政法复议"));
            Assert.NotEqual(Seed001, typo);

            ReportReading read = Read(typo);
            Assert.Equal(TablePresence.Present, read.Table("Appeals").Presence);
            Assert.Equal(15, read.Table("Appeals").Cells.Count(c => c.Value.Value is not null));
            ReadDiagnostic note = Assert.Single(read.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionHeadingMatchedApproximately);
            Assert.Equal("Appeals", note.Section);
            Assert.Contains("行政法复议", note.Message);
            Assert.DoesNotContain(read.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionNotFound);
        }

        [Fact]
        public void A_table_of_contents_at_the_top_is_skipped()
        {
            const string contents = "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n\n";
            ReportReading plain = Read(Seed001), withContents = Read(contents + Seed001);
            ReadDiagnostic note = Assert.Single(withContents.Diagnostics, d => d.Id == ReadDiagnosticIds.TableOfContentsSkipped);
            Assert.Equal(2, note.Line);
            foreach (TableReading table in plain.Tables)
            {
                TableReading again = withContents.Table(table.TableId);
                Assert.Equal(table.Presence, again.Presence);
                Assert.Equal(table.Cells.Select(c => (c.Key, c.Value.Value)), again.Cells.Select(c => (c.Key, c.Value.Value)));
            }
            Assert.DoesNotContain(plain.Diagnostics, d => d.Id == ReadDiagnosticIds.TableOfContentsSkipped);
        }
    }
}
