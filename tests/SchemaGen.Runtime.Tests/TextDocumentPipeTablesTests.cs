using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// Pipe lines become table blocks whose grids (rows × widest row) stay within <see cref="TableGridBuilder.MaxSlots"/>:
    /// a wide line among many short ones made a grid of fillers far larger than the text (4 GB for a 122 KB file), so
    /// the run is cut into several tables, every line still a row and every cell kept; only cells past the bound in one
    /// line are left out, with a note.
    /// </summary>
    public sealed class TextDocumentPipeTablesTests
    {
        private static List<TableBlock> Tables(Document document) => document.Blocks.OfType<TableBlock>().ToList();

        private static int WrittenCells(IEnumerable<TableBlock> tables) => tables.Sum(t => t.Cells.Count(c => !c.IsFiller));

        [Fact]
        public void A_report_table_stays_one_block()
        {
            Document document = TextDocument.Parse("| 项目 | 自然人 | 总计 |\n| 本年新收 | 3 | 3 |\n| 上年结转 | 0 | 0 |");
            TableBlock table = Assert.Single(Tables(document));
            Assert.Equal(3, table.RowCount);
            Assert.Equal(PipeCells.CountSplit("| 项目 | 自然人 | 总计 |"), table.ColumnCount); // the closing pipe leaves an empty cell
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void A_wide_line_over_many_short_ones_is_cut_into_bounded_tables_and_nothing_is_lost()
        {
            const int shortLines = 30_000;
            string wideLine = "|" + string.Join("|", Enumerable.Range(0, 1000)) + "|";
            var text = new StringBuilder(wideLine);
            for (int i = 0; i < shortLines; i++) text.Append("\n| x |");

            Document document = TextDocument.Parse(text.ToString());

            List<TableBlock> tables = Tables(document);
            Assert.True(tables.Count > 1);
            Assert.All(tables, t => Assert.True((long)t.RowCount * t.ColumnCount <= TableGridBuilder.MaxSlots, $"{t.RowCount} × {t.ColumnCount}"));
            Assert.Equal(1 + shortLines, tables.Sum(t => t.RowCount));
            Assert.Equal(PipeCells.CountSplit(wideLine) + shortLines * PipeCells.CountSplit("| x |"), WrittenCells(tables));
            Assert.Equal(PipeCells.CountSplit(wideLine), tables[0].ColumnCount);
            Assert.Empty(document.Notes);
        }

        [Fact]
        public void Cells_past_the_bound_in_one_line_are_left_out_and_said()
        {
            int cells = TableGridBuilder.MaxSlots + 10;
            string line = "|" + string.Join("|", Enumerable.Repeat("1", cells)) + "|";

            Document document = TextDocument.Parse("标题\n" + line + "\n| 2 | 3 |");

            List<TableBlock> tables = Tables(document);
            Assert.Equal(TableGridBuilder.MaxSlots, tables[0].ColumnCount);
            Assert.Equal(TableGridBuilder.MaxSlots + PipeCells.CountSplit("| 2 | 3 |"), WrittenCells(tables)); // the short line after it kept, in a table of its own
            DocumentNote note = Assert.Single(document.Notes);
            Assert.Equal(ReadDiagnosticIds.ContentSkipped, note.Id);
            Assert.Equal(2, note.Location.Line);
        }

        // Pipe runs as crawlers write them: ragged rows, a framed and an unframed row, full-width pipes, blank cells,
        // spaces and invisible characters around cells, a row of one pipe, tables cut by text between them.
        public static TheoryData<string> PipeTexts() => new TheoryData<string>
        {
            "| 项目 | 自然人 | 总计 |\n| 本年新收 | 3 | 3 |\n| 上年结转 | 0 |",
            "标题\n本年新收 | 3\n｜ 上年结转 ｜  ｜ 0 ｜ 额外 ｜\n|\n正文\n  |\u200b 甲 | 乙|丙  \r\n| 1 |",
            "| a |\n| b | c | d | e | f |\n| g |\n\n| h | i |",
        };

        [Theory]
        [MemberData(nameof(PipeTexts))]
        public void A_pipe_table_is_the_grid_the_grid_builder_makes_of_its_lines(string text)
        {
            // A text's pipe table keeps its rows and makes its grid only when asked: the grid must be the one the builder
            // made of the same lines before (every slot's cell, fillers, locations, reading order, each row's line).
            Document document = TextDocument.Parse(text);
            List<TableBlock> tables = Tables(document);
            Assert.NotEmpty(tables);
            foreach (TableBlock table in tables)
            {
                TableBlock built = BuiltFromItsLines(table);
                Assert.Equal(TableStructure.Ragged, table.Structure);
                Assert.Equal(built.Location, table.Location);
                Assert.Equal(built.HeaderRowCount, table.HeaderRowCount);
                Assert.Equal(built.RowSourceTexts, table.RowSourceTexts);
                Assert.Equal((built.RowCount, built.ColumnCount), (table.RowCount, table.ColumnCount));
                for (int r = 0; r < table.RowCount; r++)
                {
                    Assert.Equal(built.RowTexts(r), table.RowTexts(r));
                    Assert.Equal(built.CellsStartingIn(r).Select(Describe), table.CellsStartingIn(r).Select(Describe));
                    for (int c = 0; c < table.ColumnCount; c++)
                    {
                        Assert.Equal(Describe(built[r, c]), Describe(table[r, c]));
                        Assert.Equal(built.IsOrigin(r, c), table.IsOrigin(r, c));
                    }
                }
                Assert.Equal(built.Cells.Select(Describe), table.Cells.Select(Describe));
                Assert.Equal(built.Cells.Where(c => !c.IsFiller).Select(c => c.Text), table.CellTexts);
                Assert.Equal(built.CellTexts, table.CellTexts);
            }

            // And the reader's lines are those of the builder's grids.
            var asGrids = new Document(DocumentKind.Text, null, document.Blocks.Select(b => b is TableBlock t ? BuiltFromItsLines(t) : b).ToArray());
            static string Line(TextLine l) => $"{l.Number} {l.Text} {l.Location} [{string.Join(", ", (l.Cells ?? new TextCell[0]).Select(c => $"{c.Text}@{c.Column} {c.Source} {c.IsBlank}"))}]";
            Assert.Equal(DocumentLines.Of(asGrids).Select(Line), DocumentLines.Of(document).Select(Line));
        }

        [Fact]
        public void Threads_asking_for_a_pipe_tables_grid_at_once_all_get_the_same_cells()
        {
            TableBlock table = Assert.Single(Tables(TextDocument.Parse("| 本年新收 | 3 |\n| 上年结转 | 0 | 1 |")));
            SourceCell[] seen = new SourceCell[64];
            Parallel.For(0, seen.Length, i => seen[i] = table[1, 2]);
            Assert.All(seen, cell => Assert.Same(table[1, 2], cell));
            Assert.Same(table[0, 3], table.Cells[3]); // the closing pipe leaves an empty cell; the slot after it is a filler
            Assert.True(table[0, 3].IsFiller);
        }

        private static string Describe(SourceCell cell)
            => $"{cell.Text} r{cell.Row} c{cell.Column} {cell.RowSpan}x{cell.ColumnSpan} h{cell.IsHeader} f{cell.IsFiller} {cell.Location}";

        /// <summary>The table a <see cref="TableGridBuilder"/> makes of the table's own lines, as text pipe tables were built up to this round.</summary>
        private static TableBlock BuiltFromItsLines(TableBlock table)
        {
            var builder = new TableGridBuilder(TableStructure.Ragged, table.Location);
            for (int r = 0; r < table.RowCount; r++)
            {
                string line = table.RowSourceTexts![r]!;
                int lineNumber = table.Location.Line + r;
                builder.BeginRow(line);
                foreach (PipeCells.Cell cell in PipeCells.Cells(line))
                    builder.AddCell(cell.Text, location: SourceLocation.AtLine(lineNumber, cell.Column));
            }
            return builder.Build();
        }
    }
}
