using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Runtime.Reading;
using Xunit;
using CorpusApi = SchemaGen.Corpus.Corpus;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// pdftotext -layout prints 三、本年度办理结果 down its column a character a line. A page break (with the header printed
    /// again) cuts it, so its pieces no longer spell it and stay at the start of their lines: "果   0 0 2 0 0 0 0" is the
    /// figure line of 3.补正后申请内容仍不明确, whose label ended above the break. Each piece was taken for an unknown row's
    /// label: its figures were left out, the rows above them read as blank (figures lost without a word on the row), and the
    /// rows around them could not be paired with their figure lines. A piece of a group label is no row's label.
    /// </summary>
    public sealed class VerticalLabelPieceTests
    {
        [Fact]
        public void A_table_whose_vertical_group_label_a_page_break_cuts_is_read_whole()
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.V2021, 733875579, Shapes.LayoutTextRepeatedHeader);
            Assert.Contains("\n果  ", report.Text!);
            FileCheckResult result = new CheckRunner().Check("layout.txt", report.Text!);

            TableReading table = result.Report!.Reading.Tables.Single(t => t.TableId == "Applications");
            var expected = report.ExpectedCells.Where(c => c.Key.Table == "Applications").ToList();
            Assert.NotEmpty(expected);
            Assert.All(expected, cell => Assert.Equal(cell.Value, table.Amount(cell.Key.Row, cell.Key.Column)));
            Assert.DoesNotContain(result.Findings, f => f.RuleId is "SG3010" or "SG3012" or "SG3024");
        }

        [Fact]
        public void A_figure_changed_beside_a_piece_of_a_vertical_group_label_is_read_as_shown_and_caught()
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.V2021, 562985936, Shapes.LayoutTextRepeatedHeader, BreakageKind.FigureChanged);
            const string row = "Outcomes.UnableToProvide.StillUnclear";
            Assert.Equal(row, report.Breakage.Cell!.Value.Row);
            Assert.Contains("\n果  ", report.Text!);
            FileCheckResult result = new CheckRunner().Check("layout.txt", report.Text!);

            TableReading table = result.Report!.Reading.Tables.Single(t => t.TableId == "Applications");
            Assert.Equal(2m, table.Amount(row, "Research"));
            Assert.Contains(result.Findings, f => f.RuleId == "outcome-total" && f.Cells.Any(c => c.Row == row && c.Column == "Research"));
        }
    }
}
