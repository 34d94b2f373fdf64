using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using Xunit;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// The generated parser reading a document whose tables are real grids (as the HTML, Word and PDF readers give them):
    /// merged header cells over several columns, group labels spanning their rows, figures in their own cells.
    /// </summary>
    public class DocumentReadingTests
    {
        private static readonly SchemaDescriptor Schema = V2021.AnnualReportSchema.Descriptor;

        [Fact]
        public void A_table_in_the_official_merged_layout_is_read_cell_for_cell_with_each_cells_place()
        {
            TableDescriptor table = Schema.Table("Applications");
            var expected = new Dictionary<(string Row, string Column), decimal>();
            int n = 0;
            foreach (AxisNodeDescriptor row in table.LeafRows)
                foreach (AxisNodeDescriptor column in table.LeafColumns)
                    expected[(row.Path, column.Id)] = n++ % 13;

            Document document = ReportWith(table, expected);
            var parsed = V2021.AnnualReportParser.Parse(document);

            TableReading reading = parsed.Reading.Table("Applications");
            Assert.Equal(TablePresence.Present, reading.Presence);
            Assert.Equal(expected.Count, reading.Cells.Count);
            foreach (var cell in expected)
            {
                CellReading read = reading.Cells[cell.Key];
                Assert.Equal(cell.Value, read.Value);
                Assert.Equal($"table[1]/tr[{RowNumberOf(table, cell.Key.Row)}]", read.Source.Path!.Substring(0, read.Source.Path.LastIndexOf('/')));
            }
            Assert.Equal((int)expected[("Outcomes.Withheld.StateSecret", "Research")], parsed.Report.Applications.Outcomes.Withheld.StateSecret.Research);
            Assert.DoesNotContain(parsed.Diagnostics, d => d.Table == "Applications" && d.Severity != Runtime.Validation.FindingSeverity.Info);
        }

        [Fact]
        public void A_diagnostic_in_a_grid_names_the_cells_element_not_a_line_of_text()
        {
            TableDescriptor table = Schema.Table("Applications");
            var figures = new Dictionary<(string Row, string Column), decimal>();
            foreach (AxisNodeDescriptor row in table.LeafRows)
                foreach (AxisNodeDescriptor column in table.LeafColumns)
                    figures[(row.Path, column.Id)] = 1;
            Document document = ReportWith(table, figures, garble: ("Outcomes.Granted", "Business", "1l"));

            var parsed = V2021.AnnualReportParser.Parse(document);

            ReadDiagnostic unreadable = Assert.Single(parsed.Diagnostics, d => d.Id == ReadDiagnosticIds.UnreadableCell);
            Assert.Equal("Business", unreadable.Column);
            Assert.NotNull(unreadable.Source.Path);
            Assert.Contains($"tr[{RowNumberOf(table, "Outcomes.Granted")}]", unreadable.Source.Path);
            Assert.Equal(0, unreadable.Line); // a grid built without line numbers has none to give
        }

        /// <summary>1-based row of the grid a leaf row sits in: three header rows, then the leaf rows in order.</summary>
        private static int RowNumberOf(TableDescriptor table, string rowPath)
            => 3 + table.LeafRows.Select((r, i) => (r, i)).Single(p => p.r.Path == rowPath).i + 1;

        /// <summary>
        /// Headings as text blocks and table 三 as one grid: a three-row header (the stub over the label columns, 申请人情况
        /// over every applicant column, 法人或其他组织 over its five), then one grid row per leaf row with the group labels
        /// spanning their rows, as agency web pages and Word files lay it out.
        /// </summary>
        private static Document ReportWith(TableDescriptor table, IReadOnlyDictionary<(string Row, string Column), decimal> figures, (string Row, string Column, string Text)? garble = null)
        {
            var blocks = new List<Block>();
            foreach (SectionDescriptor section in Schema.Sections)
            {
                blocks.Add(new TextBlock(section.Heading, SourceLocation.AtElement("h2"), isHeading: true));
                if (section.Id != table.SectionId) continue;

                int labelColumns = Depth(table.Rows);
                var builder = new TableGridBuilder(TableStructure.Exact, SourceLocation.AtElement("table[1]"));
                int gridRow = 0;
                string Path(int column) => $"table[1]/tr[{gridRow}]/td[{column}]";

                builder.BeginRow(); gridRow++;
                builder.AddCell(table.Stub, rowSpan: 3, columnSpan: labelColumns, isHeader: true, location: SourceLocation.AtElement(Path(1)));
                builder.AddCell(table.HeaderNotes[0], columnSpan: table.LeafColumns.Count, isHeader: true, location: SourceLocation.AtElement(Path(2)));
                builder.BeginRow(); gridRow++;
                int td = 0;
                foreach (AxisNodeDescriptor column in table.Columns)
                    builder.AddCell(column.Label, rowSpan: column.IsLeaf ? 2 : 1, columnSpan: column.Leaves().Count(), isHeader: true, location: SourceLocation.AtElement(Path(++td)));
                builder.BeginRow(); gridRow++;
                td = 0;
                foreach (AxisNodeDescriptor column in table.Columns.Where(c => !c.IsLeaf).SelectMany(c => c.Children))
                    builder.AddCell(column.Label, isHeader: true, location: SourceLocation.AtElement(Path(++td)));

                foreach (AxisNodeDescriptor leaf in table.LeafRows)
                {
                    builder.BeginRow(); gridRow++;
                    td = 0;
                    var path = AncestorsAndSelf(table.Rows, leaf);
                    for (int level = 0; level < path.Count; level++)
                    {
                        AxisNodeDescriptor node = path[level];
                        bool startsHere = node.Leaves().First() == leaf;
                        if (!startsHere) continue;
                        int rowSpan = node.Leaves().Count();
                        int columnSpan = node.IsLeaf ? labelColumns - level : 1;
                        builder.AddCell(node.NumberedLabel, rowSpan: rowSpan, columnSpan: columnSpan, location: SourceLocation.AtElement(Path(++td)));
                    }
                    foreach (AxisNodeDescriptor column in table.LeafColumns)
                    {
                        string text = figures[(leaf.Path, column.Id)].ToString(CultureInfo.InvariantCulture);
                        if (garble is { } g && g.Row == leaf.Path && g.Column == column.Id) text = g.Text;
                        builder.AddCell(text, location: SourceLocation.AtElement(Path(++td)));
                    }
                }
                blocks.Add(builder.Build());
            }
            return new Document(DocumentKind.Html, "grid.html", blocks);
        }

        private static int Depth(IEnumerable<AxisNodeDescriptor> nodes) => nodes.Max(n => n.IsLeaf ? 1 : 1 + Depth(n.Children));

        private static List<AxisNodeDescriptor> AncestorsAndSelf(IEnumerable<AxisNodeDescriptor> nodes, AxisNodeDescriptor target)
        {
            foreach (AxisNodeDescriptor node in nodes)
            {
                if (node == target) return new List<AxisNodeDescriptor> { node };
                var below = AncestorsAndSelf(node.Children, target);
                if (below.Count > 0)
                {
                    below.Insert(0, node);
                    return below;
                }
            }
            return new List<AxisNodeDescriptor>();
        }
    }
}
