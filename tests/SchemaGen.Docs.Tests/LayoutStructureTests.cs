using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SchemaGen.Docs.Tests.Support;
using SchemaGen.Schema.Model;
using Xunit;

namespace SchemaGen.Docs.Tests
{
    /// <summary>The HTML pages draw every table of both schemas as the official layout: parsed and checked slot by slot.</summary>
    public class LayoutStructureTests
    {
        private static GeneratedDocs Docs => GeneratedDocs.Shared;

        public static IEnumerable<object[]> Tables()
        {
            foreach (string path in Repo.BothSchemas)
                foreach (TableSpec table in GeneratedDocs.Load(path).Tables)
                    yield return new object[] { System.IO.Path.GetFileName(path), table.Id };
        }

        private static (SchemaDocument Schema, IDocument Page) PageOf(string schemaFile)
        {
            SchemaDocument schema = Docs.Schemas.Single(s => System.IO.Path.GetFileName(s.Path) == schemaFile);
            return (schema, new HtmlParser().ParseDocument(Docs.Read(GeneratedDocs.PageOf(schema))));
        }

        [Fact]
        public void Write_succeeds_for_both_schemas()
        {
            Assert.True(Docs.ExitCode == 0, Docs.Log);
        }

        [Theory]
        [MemberData(nameof(Tables))]
        public void Every_table_matches_its_schema_tree(string schemaFile, string tableId)
        {
            var (schema, page) = PageOf(schemaFile);
            LayoutChecker.Check(LayoutChecker.Find(page, schema, tableId), schema.FindTable(tableId)!);
        }

        [Theory]
        [InlineData("gov-info-annual-report-2019.yaml", 23, 20)]
        [InlineData("gov-info-annual-report-2021.yaml", 25, 22)]
        public void Table_three_is_laid_out_as_the_official_format(string schemaFile, int figureRows, int outcomeRows)
        {
            var (schema, page) = PageOf(schemaFile);
            IElement table = LayoutChecker.Find(page, schema, "Applications");
            IElement Header(string path) => table.QuerySelector($"th[data-path='{path}']")!;

            // 勾稽关系 note over three header rows (申请人情况, the applicant kinds, the organisation kinds) and three stub columns.
            IElement stub = table.QuerySelector("th.stub")!;
            Assert.StartsWith("（本列数据的勾稽关系为", stub.TextContent);
            Assert.Equal("3", stub.GetAttribute("rowspan"));
            Assert.Equal("3", stub.GetAttribute("colspan"));
            Assert.Equal("申请人情况", table.QuerySelector("th.note")!.TextContent);
            Assert.Equal("7", table.QuerySelector("th.note")!.GetAttribute("colspan"));
            Assert.Equal("5", Header("LegalPersons").GetAttribute("colspan"));
            Assert.Equal("2", Header("NaturalPerson").GetAttribute("rowspan"));
            Assert.Equal("2", Header("Total").GetAttribute("rowspan"));

            Assert.Equal(figureRows, table.QuerySelectorAll("tbody tr").Length);
            Assert.Equal(figureRows * 7, table.QuerySelectorAll("td.fig").Length);
            Assert.Equal(outcomeRows.ToString(), Header("Outcomes").GetAttribute("rowspan"));
            Assert.Equal("8", Header("Outcomes.Withheld").GetAttribute("rowspan"));
            Assert.Equal("3", Header("Outcomes.UnableToProvide").GetAttribute("rowspan"));
            Assert.Equal("5", Header("Outcomes.NotProcessed").GetAttribute("rowspan"));
            Assert.Equal("3", Header("NewlyReceived").GetAttribute("colspan"));
            Assert.Equal("2", Header("Outcomes.Granted").GetAttribute("colspan"));
            Assert.Equal("2", Header("Outcomes.Total").GetAttribute("colspan"));
            Assert.Null(Header("Outcomes.Withheld.StateSecret").GetAttribute("colspan"));
            bool otherHandlingIsGroup = schema.Format.Version == "2021";
            Assert.Equal(otherHandlingIsGroup ? "3" : null, Header("Outcomes.OtherHandling").GetAttribute("rowspan"));
            Assert.Equal(otherHandlingIsGroup ? null : "2", Header("Outcomes.OtherHandling").GetAttribute("colspan"));

            var printed = table.QuerySelectorAll("tbody th[data-axis='row']").Select(th => th.QuerySelector(".num")?.TextContent + th.QuerySelector(".label")?.TextContent).ToList();
            Assert.Equal("一、本年新收政府信息公开申请数量", printed[0]);
            Assert.Equal("三、本年度办理结果", printed[2]);
            Assert.Equal("（三）不予公开", printed[5]);
            Assert.Equal("1.属于国家秘密", printed[6]);
            Assert.Equal("四、结转下年度继续办理", printed[printed.Count - 1]);
            Assert.Equal("（七）总计", printed[printed.Count - 2]);
        }

        [Theory]
        [InlineData("gov-info-annual-report-2019.yaml")]
        [InlineData("gov-info-annual-report-2021.yaml")]
        public void Table_four_has_three_header_levels_and_no_stub(string schemaFile)
        {
            var (schema, page) = PageOf(schemaFile);
            IElement table = LayoutChecker.Find(page, schema, "Appeals");
            IElement Header(string path) => table.QuerySelector($"th[data-path='{path}']")!;
            Assert.Null(table.QuerySelector("th.stub"));
            Assert.Equal(3, table.QuerySelectorAll("thead tr").Length);
            Assert.Equal("2", Header("Reconsideration").GetAttribute("rowspan"));
            Assert.Equal("5", Header("Reconsideration").GetAttribute("colspan"));
            Assert.Equal("10", Header("Litigation").GetAttribute("colspan"));
            Assert.Null(Header("Litigation").GetAttribute("rowspan"));
            Assert.Equal("5", Header("Litigation.DirectSuit").GetAttribute("colspan"));
            Assert.Equal("5", Header("Litigation.SuitAfterReconsideration").GetAttribute("colspan"));
            Assert.Equal(15, table.QuerySelectorAll("thead tr:last-child th").Length);
            Assert.Equal(15, table.QuerySelectorAll("td.fig").Length);
        }

        [Theory]
        [InlineData("gov-info-annual-report-2019.yaml", "第二十条第（一）项,第二十条第（五）项,第二十条第（六）项,第二十条第（八）项,第二十条第（九）项")]
        [InlineData("gov-info-annual-report-2021.yaml", "第二十条第（一）项,第二十条第（五）项,第二十条第（六）项,第二十条第（八）项")]
        public void Table_two_blocks_carry_their_captions_in_order(string schemaFile, string captions)
        {
            var (schema, page) = PageOf(schemaFile);
            var section = page.GetElementById("section-ProactiveDisclosure")!;
            var blocks = section.QuerySelectorAll("table.layout").ToList();
            Assert.Equal(captions.Split(','), blocks.Select(b => b.QuerySelector("caption")!.TextContent));
            Assert.All(blocks, b => Assert.Equal("信息内容", b.QuerySelector("th.stub")!.TextContent));
        }

        [Fact]
        public void Cell_kinds_and_units_are_shown()
        {
            var (schema2019, page2019) = PageOf("gov-info-annual-report-2019.yaml");
            IElement licensing = LayoutChecker.Find(page2019, schema2019, "Licensing");
            Assert.All(licensing.QuerySelectorAll("td[data-column='ChangeThisYear']"), td => Assert.Contains("signed-count", td.ClassList));
            var (schema2021, page2021) = PageOf("gov-info-annual-report-2021.yaml");
            IElement fees = LayoutChecker.Find(page2021, schema2021, "Fees");
            Assert.Contains("amount", fees.QuerySelector("td[data-column='Amount']")!.ClassList);
            string html = Docs.Read(GeneratedDocs.PageOf(schema2021));
            Assert.Contains("万元, up to 6 decimals", html);
        }

        [Fact]
        public void Derived_cells_are_marked_with_their_rules()
        {
            var (schema, page) = PageOf("gov-info-annual-report-2021.yaml");
            IElement table = LayoutChecker.Find(page, schema, "Applications");
            IElement totalTotal = table.QuerySelector("td[data-row='Outcomes.Total'][data-column='Total']")!;
            Assert.Contains("derived", totalTotal.ClassList);
            Assert.Contains("applicant-total", totalTotal.GetAttribute("title"));
            Assert.Contains("outcome-total", totalTotal.GetAttribute("title"));
            Assert.DoesNotContain("derived", table.QuerySelector("td[data-row='NewlyReceived'][data-column='NaturalPerson']")!.ClassList);
        }
    }
}
