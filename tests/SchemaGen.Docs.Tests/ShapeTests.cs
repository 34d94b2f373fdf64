using System.IO;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SchemaGen.Docs.Tests.Support;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    /// <summary>The header grid on shapes the real formats lack (see TestSchemas/shapes.yaml).</summary>
    public class ShapeTests
    {
        private static readonly (SchemaDocument Schema, IDocument Page) Rendered = Render();

        private static (SchemaDocument, IDocument) Render()
        {
            string dir = Repo.NewTempDirectory("shapes");
            var log = new StringWriter();
            Assert.True(DocsWriter.Write(new[] { Repo.TestSchema("shapes.yaml") }, dir, log) == 0, log.ToString());
            return (GeneratedDocs.Load(Repo.TestSchema("shapes.yaml")), new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir, "shapes-test-1.html"))));
        }

        [Theory]
        [InlineData("NoStub")]
        [InlineData("Unlabeled")]
        public void Table_matches_its_schema_tree(string tableId)
            => LayoutChecker.Check(LayoutChecker.Find(Rendered.Page, Rendered.Schema, tableId), Rendered.Schema.FindTable(tableId)!);

        [Fact]
        public void Uneven_trees_get_the_spans_of_the_official_layout()
        {
            IElement table = LayoutChecker.Find(Rendered.Page, Rendered.Schema, "NoStub");
            string? Span(string path, string attribute) => table.QuerySelector($"th[data-path='{path}']")!.GetAttribute(attribute);
            // A leaf beside a three-level group reaches the bottom row; the group's inner leaf B spans the rows H needs.
            Assert.Equal("3", Span("A", "rowspan"));
            Assert.Null(Span("G", "rowspan"));
            Assert.Equal("3", Span("G", "colspan"));
            Assert.Equal("2", Span("G.B", "rowspan"));
            Assert.Equal("2", Span("G.H", "colspan"));
            // Rows: a leaf reaches the figures; a group with one child still spans one stub column.
            Assert.Equal("3", Span("R1", "colspan"));
            Assert.Equal("3", Span("RG", "rowspan"));
            Assert.Equal("2", Span("RG.R2", "colspan"));
            Assert.Null(Span("RG.RH", "rowspan"));
            Assert.Null(Span("RG.RH.R3", "colspan"));
            Assert.Equal("2", Span("RG.R4", "colspan"));
            // No stub text, but the corner is still drawn over the three stub columns and three header rows.
            IElement corner = table.QuerySelector("th.stub")!;
            Assert.Equal("", corner.TextContent);
            Assert.Equal("3", corner.GetAttribute("rowspan"));
            Assert.Equal("3", corner.GetAttribute("colspan"));
            // Kinds: the column's wins over the row's, the row's over the table's.
            Assert.Contains("amount", table.QuerySelector("td[data-row='RG.R4'][data-column='D']")!.ClassList);
            Assert.Contains("signed-count", table.QuerySelector("td[data-row='RG.R4'][data-column='A']")!.ClassList);
            Assert.Contains("count", table.QuerySelector("td[data-row='R1'][data-column='A']")!.ClassList);
        }

        [Fact]
        public void Unlabeled_rows_under_a_stub_keep_an_empty_row_header()
        {
            IElement table = LayoutChecker.Find(Rendered.Page, Rendered.Schema, "Unlabeled");
            Assert.Equal("角", table.QuerySelector("th.stub")!.TextContent);
            IElement header = table.QuerySelector("tbody th[data-path='Only']")!;
            Assert.Contains("unlabeled", header.ClassList);
            Assert.Equal("", header.TextContent);
        }
    }
}
