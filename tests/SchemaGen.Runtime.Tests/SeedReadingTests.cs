using System.Linq;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>The five real reports, read as tests/fixtures/seeds/README.md says a checker must read them.</summary>
    public class SeedReadingTests
    {
        private static readonly string[] AllSections = { "Overview", "ProactiveDisclosure", "Applications", "Appeals", "Problems", "OtherMatters" };

        /// <summary>A table's figure count, which the reader counts as it looks for blank cells, is the count of its cells that hold a figure.</summary>
        [Fact]
        public void Every_tables_figure_count_is_its_cells_with_a_figure()
        {
            int present = 0, withBlanks = 0;
            foreach (string seed in new[] { "000", "001", "002", "003", "004" })
                foreach (var schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
                    foreach (TableReading table in ReportTextReader.Read(TestSchemas.Seed(seed), schema).Tables)
                    {
                        int withFigure = table.Cells.Values.Count(c => c.Value.HasValue);
                        Assert.Equal(withFigure, table.FigureCount);
                        if (table.Presence != TablePresence.Present) continue;
                        present++;
                        if (withFigure < table.Cells.Count) withBlanks++;
                    }
            Assert.True(present > 10 && withBlanks > 0, $"{present} tables present, {withBlanks} with a blank cell");
        }

        [Fact]
        public void Seed001_pipe_tables_yield_every_figure()
        {
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed("001"), TestSchemas.V2021);

            Assert.All(AllSections, id => Assert.True(reading.Section(id).Found, id));
            Assert.Equal(10, reading.Section("ProactiveDisclosure").HeadingLine);
            Assert.Equal(54, reading.Section("Appeals").HeadingLine);
            Assert.DoesNotContain(reading.Diagnostics, d => d.Severity != FindingSeverity.Info);
            Assert.All(reading.Tables, t => Assert.Equal(TablePresence.Present, t.Presence));

            TableReading regulations = reading.Table("Regulations");
            Assert.Equal(0, regulations.Count("Rules", "Issued"));
            Assert.Equal(0, regulations.Count("NormativeDocuments", "Repealed"));
            Assert.Equal(4, regulations.Count("NormativeDocuments", "InForce"));
            Assert.Equal(0, reading.Table("Licensing").Count("AdministrativeLicensing", "Decisions"));
            Assert.Equal(0, reading.Table("Enforcement").Count("AdministrativeCompulsion", "Decisions"));
            Assert.Equal(0m, reading.Table("Fees").Amount("AdministrativeFees", "Amount"));

            TableReading applications = reading.Table("Applications");
            Assert.Equal(25 * 7, applications.Cells.Count);
            Assert.Equal(25 * 7, applications.FigureCount);
            Assert.Equal(17, applications.Count("NewlyReceived", "NaturalPerson"));
            Assert.Equal(3, applications.Count("NewlyReceived", "Business"));
            Assert.Equal(20, applications.Count("NewlyReceived", "Total"));
            Assert.Equal(0, applications.Count("CarriedOver", "Total"));
            Assert.Equal(5, applications.Count("Outcomes.Granted", "NaturalPerson"));
            Assert.Equal(6, applications.Count("Outcomes.Granted", "Total"));
            Assert.Equal(9, applications.Count("Outcomes.PartiallyGranted", "Total"));
            Assert.Equal(0, applications.Count("Outcomes.Withheld.StateSecret", "Total"));
            Assert.Equal(2, applications.Count("Outcomes.Withheld.InternalAffairs", "NaturalPerson"));
            Assert.Equal(1, applications.Count("Outcomes.UnableToProvide.NotHeld", "Business"));
            Assert.Equal(0, applications.Count("Outcomes.UnableToProvide.NotHeld", "NaturalPerson"));
            Assert.Equal(1, applications.Count("Outcomes.NotProcessed.Repeated", "Total"));
            Assert.Equal(0, applications.Count("Outcomes.OtherHandling.Other", "Total"));
            Assert.Equal(16, applications.Count("Outcomes.Total", "NaturalPerson"));
            Assert.Equal(19, applications.Count("Outcomes.Total", "Total"));
            Assert.Equal(1, applications.Count("CarriedForward", "Total"));
            Assert.Equal(1, applications.Count("CarriedForward", "NaturalPerson"));

            // Rule A holds in every column: 新收 + 结转 = (七)总计 + 结转下年.
            foreach (var column in TestSchemas.V2021.Table("Applications").LeafColumns)
                Assert.Equal(applications.Count("NewlyReceived", column.Id) + applications.Count("CarriedOver", column.Id),
                    applications.Count("Outcomes.Total", column.Id) + applications.Count("CarriedForward", column.Id));

            TableReading appeals = reading.Table("Appeals");
            Assert.Equal(15, appeals.FigureCount);
            Assert.Equal(1, appeals.Count("Cases", "ReconsiderationUpheld"));
            Assert.Equal(1, appeals.Count("Cases", "ReconsiderationTotal"));
            Assert.Equal(0, appeals.Count("Cases", "DirectSuitTotal"));
            Assert.Equal(0, appeals.Count("Cases", "SuitAfterReconsiderationTotal"));

            CellReading cell = applications.Cells[("NewlyReceived", "NaturalPerson")];
            Assert.Equal(29, cell.Line);
            Assert.Equal("17", cell.Raw);
        }

        [Fact]
        public void Seed003_one_cell_per_line_tables_are_read_and_table_four_is_not_guessed()
        {
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed("003"), TestSchemas.V2019);

            Assert.All(AllSections, id => Assert.True(reading.Section(id).Found, id));
            Assert.Equal(485, reading.Section("OtherMatters").HeadingLine); // 六、其它需要报告的事项。
            Assert.Equal(422, reading.Section("Appeals").HeadingLine); // not 413: 四、结转下年度继续办理 is a row
            Assert.Contains("四、结转下年度继续办理", reading.Section("Applications").Text);

            TableReading regulations = reading.Table("Regulations");
            Assert.Equal(TablePresence.Present, regulations.Presence);
            Assert.Equal(18, regulations.Count("NormativeDocuments", "MadeThisYear"));
            Assert.Equal(18, regulations.Count("NormativeDocuments", "PublishedThisYear"));
            Assert.Equal(475, regulations.Count("NormativeDocuments", "PublishedTotal"));
            Assert.Equal(0, regulations.Count("Rules", "PublishedTotal"));
            Assert.Equal(0, reading.Table("Licensing").Count("OtherServices", "ChangeThisYear"));
            Assert.Equal(0, reading.Table("Enforcement").Count("AdministrativeCompulsion", "Decisions"));
            Assert.Equal(0, reading.Table("Fees").Count("AdministrativeFees", "LastYearItems"));
            TableReading procurement = reading.Table("Procurement");
            Assert.Equal(56, procurement.Count("CentralizedProcurement", "Projects"));
            Assert.Equal(77.99m, procurement.Amount("CentralizedProcurement", "TotalAmount"));

            TableReading applications = reading.Table("Applications");
            Assert.Equal(TablePresence.Present, applications.Presence);
            Assert.Equal(46, applications.Count("NewlyReceived", "NaturalPerson"));
            Assert.Equal(46, applications.Count("NewlyReceived", "Total"));
            Assert.Equal(3, applications.Count("CarriedOver", "NaturalPerson"));
            Assert.Equal(3, applications.Count("CarriedOver", "Total"));
            Assert.Equal(47, applications.Count("Outcomes.Total", "NaturalPerson"));
            Assert.Equal(47, applications.Count("Outcomes.Total", "Total"));
            Assert.Equal(2, applications.Count("CarriedForward", "NaturalPerson"));
            Assert.Equal(2, applications.Count("CarriedForward", "Total"));
            Assert.Equal(18, applications.Count("Outcomes.UnableToProvide.NotHeld", "Total"));
            Assert.Equal(4, applications.Count("Outcomes.OtherHandling", "Total"));
            foreach (string column in new[] { "Business", "Research", "PublicInterest", "LegalService", "OtherOrganisation" })
            {
                Assert.Null(applications.Count("NewlyReceived", column));
                Assert.Null(applications.Count("Outcomes.Total", column));
                Assert.True(applications.Cells.ContainsKey(("NewlyReceived", column)), "blank cells are placed, as not stated");
            }
            Assert.Null(applications.Count("Outcomes.Withheld.StateSecret", "NaturalPerson"));
            // The outcome rows add up to 37 while (七)总计 says 47: the reading keeps the report's figures as printed.
            int outcomes = TestSchemas.V2019.Table("Applications").LeafRows
                .Where(r => r.Path.StartsWith("Outcomes.") && r.Path != "Outcomes.Total")
                .Sum(r => applications.Count(r.Path, "Total") ?? 0);
            Assert.Equal(37, outcomes);
            Assert.Equal(23 * 7, applications.Cells.Count);

            TableReading appeals = reading.Table("Appeals");
            Assert.Equal(TablePresence.Unplaceable, appeals.Presence);
            Assert.Equal(0, appeals.FigureCount);
            ReadDiagnostic row = Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.RowNotPlaceable);
            Assert.Equal("Appeals", row.Table);
            Assert.Equal("Cases", row.Row);
            Assert.Equal(462, row.Line);
            Assert.Contains("could not be placed with certainty", row.Message);
            Assert.Single(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.TableUnplaceable && d.Table == "Appeals");
            Assert.DoesNotContain(reading.Diagnostics, d => d.Severity == FindingSeverity.Error);
        }

        [Fact]
        public void Seed000_traditional_table_three_is_empty_and_two_and_four_are_missing()
        {
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed("000"), TestSchemas.V2021);

            Assert.All(AllSections, id => Assert.True(reading.Section(id).Found, id));
            Assert.Equal(TablePresence.Empty, reading.Table("Applications").Presence);
            Assert.Equal(0, reading.Table("Applications").FigureCount);
            Assert.Equal(25, reading.Table("Applications").FirstLine);
            Assert.Equal(TablePresence.Missing, reading.Table("Appeals").Presence);
            foreach (string id in new[] { "Regulations", "Licensing", "Enforcement", "Fees" })
                Assert.Equal(TablePresence.Missing, reading.Table(id).Presence);

            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.TableEmpty && d.Table == "Applications");
            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.TableMissing && d.Table == "Appeals" && d.Severity == FindingSeverity.Warning);
            Assert.Contains(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.TableMissing && d.Table == "Regulations");
            Assert.DoesNotContain(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.UnknownRow);
        }

        [Theory]
        [InlineData("002", 25, 26, 28)]
        [InlineData("004", 14, 15, 16)]
        public void Seeds002_and_004_have_headings_but_no_tables(string seed, int proactive, int applications, int appeals)
        {
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed(seed), TestSchemas.V2021);

            Assert.All(AllSections, id => Assert.True(reading.Section(id).Found, id));
            Assert.Equal(proactive, reading.Section("ProactiveDisclosure").HeadingLine);
            Assert.Equal(applications, reading.Section("Applications").HeadingLine);
            Assert.Equal(appeals, reading.Section("Appeals").HeadingLine);
            Assert.All(reading.Tables, t => Assert.Equal(TablePresence.Missing, t.Presence));
            Assert.Equal(reading.Tables.Count, reading.Diagnostics.Count(d => d.Id == ReadDiagnosticIds.TableMissing));
            Assert.DoesNotContain(reading.Diagnostics, d => d.Id == ReadDiagnosticIds.SectionNotFound);
        }

        [Fact]
        public void Seed004_alias_heading_in_traditional_script()
        {
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed("004"), TestSchemas.V2021);
            Assert.Equal(14, reading.Section("ProactiveDisclosure").HeadingLine); // 二、主動公開情況, not (一)主動公開情況。 on line 5
            Assert.Equal(3, reading.Section("Overview").HeadingLine);
            Assert.Contains("依申請公開情況", reading.TextOf("Overview"));
        }

        [Fact]
        public void Seed002_prose_in_section_three_is_not_a_table()
        {
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed("002"), TestSchemas.V2021);
            Assert.StartsWith("我市认真贯彻落实", reading.TextOf("Applications"));
            Assert.Equal("无\n嘉峪关市政务服务管理局 2022年2月22日印发 |", reading.TextOf("OtherMatters"));
            Assert.Equal(0, reading.Table("Applications").FirstLine);
        }

        [Fact]
        public void A_report_read_against_the_other_version_says_so_instead_of_failing()
        {
            // Seed 003 follows the 2019 tables; read with 2021 the (九) block and the 2019 headers are not the table's.
            ReportReading reading = ReportTextReader.Read(TestSchemas.Seed("003"), TestSchemas.V2021);
            Assert.Equal(TablePresence.Present, reading.Table("Applications").Presence);
            Assert.Contains(reading.Diagnostics, d => d.Table == "Regulations" && d.Id == ReadDiagnosticIds.UnrecognizedHeader);
            Assert.Contains(reading.Diagnostics, d => d.Table == "Fees" && d.Id == ReadDiagnosticIds.UnknownRow);
        }

        [Fact]
        public void A_located_table_gives_each_cell_the_figure_read_and_a_place_in_the_input()
        {
            // Amount and Count read the cells as the reader made them; Cells gives them located: the figures must agree.
            int cells = 0, figures = 0;
            foreach (string seed in TestSchemas.AllSeeds())
                foreach (var schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
                    foreach (TableReading table in ReportTextReader.Read(seed, schema).Tables)
                        foreach (var cell in table.Cells)
                        {
                            cells++;
                            Assert.Equal(cell.Value.Value, table.Amount(cell.Key.Row, cell.Key.Column));
                            if (!cell.Value.Value.HasValue) continue;
                            figures++;
                            Assert.True(cell.Value.Line > 0 && !cell.Value.Source.IsNone, $"{table.TableId} {cell.Key}: {cell.Value}");
                        }
            Assert.True(figures > 300 && cells > figures, $"{cells} cells, {figures} figures");
            Assert.Null(ReportTextReader.Read(TestSchemas.Seed("001"), TestSchemas.V2021).Table("Applications").Amount("NoSuchRow", "Total"));
        }
    }
}
