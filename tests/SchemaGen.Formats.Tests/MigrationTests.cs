using System.Collections.Generic;
using System.Linq;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Migration;
using SchemaGen.Runtime.Validation;
using Xunit;
using V2019 = SchemaGen.Formats.V2019;
using V2021 = SchemaGen.Formats.V2021;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// The generated converter 2019 → 2021 (AnnualReportMigration.FromV2019) over seed 003: every figure that has a
    /// place in 2021 keeps its value there, and every other stated figure is listed with the reason.
    /// </summary>
    public class MigrationTests
    {
        private static readonly V2019.AnnualReport Old = V2019.AnnualReportParser.Parse(Fixtures.Seed("003")).Report;
        private static readonly MigrationResult<V2021.AnnualReport> Converted = V2021.AnnualReportMigration.FromV2019(Old);
        private static V2021.AnnualReport New => Converted.Report;

        [Fact]
        public void Every_table_three_figure_keeps_its_value()
        {
            var table = V2019.AnnualReportSchema.Table("Applications");
            foreach (AxisNodeDescriptor row in table.LeafRows)
                foreach (AxisNodeDescriptor column in table.LeafColumns)
                {
                    // 2019's one row （六）其他处理 lands whole in 2021's 3.其他 (its sub-rows cannot be apportioned).
                    string newRow = row.Path == "Outcomes.OtherHandling" ? "Outcomes.OtherHandling.Other" : row.Path;
                    Assert.True(Old.Applications.GetCell(row.Path, column.Id) == New.Applications.GetCell(newRow, column.Id), $"{row.Path} × {column.Id}");
                }
            Assert.Equal(47, New.Applications.Outcomes.Total.NaturalPerson);
            Assert.Equal(4, New.Applications.Outcomes.OtherHandling.Other.NaturalPerson);
            Assert.Null(New.Applications.Outcomes.OtherHandling.NotSupplemented.NaturalPerson);
            Assert.Null(New.Applications.Outcomes.OtherHandling.FeeNotPaid.NaturalPerson);
        }

        [Fact]
        public void Table_two_keeps_the_figures_that_have_a_2021_place()
        {
            // 本年新制作数量 → 本年制发件数; 处理决定数量 → 本年处理决定数量.
            Assert.Equal((0, 18), (New.Regulations.Rules.Issued, New.Regulations.NormativeDocuments.Issued));
            Assert.Equal(Old.Licensing.AdministrativeLicensing.Decisions, New.Licensing.AdministrativeLicensing.Decisions);
            Assert.Equal(Old.Enforcement.AdministrativePenalty.Decisions, New.Enforcement.AdministrativePenalty.Decisions);
            Assert.Equal(Old.Enforcement.AdministrativeCompulsion.Decisions, New.Enforcement.AdministrativeCompulsion.Decisions);
            // 对外公开总数量 (475) is not 现行有效件数, and 2019 had no repeals or fee amount: those stay blank.
            Assert.Null(New.Regulations.NormativeDocuments.InForce);
            Assert.Null(New.Regulations.NormativeDocuments.Repealed);
            Assert.Null(New.Fees.AdministrativeFees.Amount);
        }

        [Fact]
        public void Text_sections_carry_over()
        {
            Assert.Equal(Old.Overview, New.Overview);
            Assert.Equal(Old.Problems, New.Problems);
            Assert.Equal(Old.OtherMatters, New.OtherMatters);
            Assert.NotNull(New.Overview);
        }

        [Fact]
        public void What_has_no_2021_place_is_listed_with_its_label_value_and_reason()
        {
            NotCarriedOver published = Assert.Single(Converted.NotCarriedOver, n => n.Element == "Regulations.row:NormativeDocuments.column:PublishedThisYear");
            Assert.Equal(18m, published.Value);
            Assert.Equal("本年新公开数量", published.From.ColumnLabel);
            Assert.Equal("规范性文件", published.From.RowLabel);
            Assert.Contains("has no 2021 column", published.Reason);

            NotCarriedOver total = Assert.Single(Converted.NotCarriedOver, n => n.Element == "Regulations.row:NormativeDocuments.column:PublishedTotal");
            Assert.Equal(475m, total.Value);
            Assert.Contains("现行有效件数", total.Reason);

            var procurement = Converted.NotCarriedOver.Where(n => n.From.Table == "Procurement").ToList();
            Assert.Equal(new[] { 56m, 77.99m }, procurement.Select(n => n.Value));
            Assert.All(procurement, n => Assert.Contains("政府集中采购", n.TableLabel));
            Assert.Contains(procurement, n => n.From.ColumnLabel == "采购总金额（单位：万元）");

            Assert.Contains(Converted.NotCarriedOver, n => n.From.Table == "Licensing" && n.From.Row == "OtherServices" && n.Reason.Contains("行政许可 only"));
            Assert.Contains(Converted.NotCarriedOver, n => n.From.Column == "LastYearItems" && n.From.Table == "Fees");
            Assert.Equal("gov-info-annual-report@2019", Converted.FromKey);
            Assert.Equal("gov-info-annual-report@2021", Converted.ToKey);
        }

        [Fact]
        public void Other_handling_is_carried_with_a_caveat()
        {
            Assert.Equal(2, Converted.Caveats.Count); // 自然人 and 总计: the seed leaves the other columns blank
            Assert.All(Converted.Caveats, c =>
            {
                Assert.Equal("Outcomes.OtherHandling", c.From.Row);
                Assert.Equal("Outcomes.OtherHandling.Other", c.To.Row);
                Assert.Equal("（六）其他处理", c.From.RowLabel);
                Assert.Equal("3.其他", c.To.RowLabel);
                Assert.Equal(4m, c.Value);
                Assert.Contains("cannot be apportioned", c.Caveat);
            });
            Assert.False(Converted.IsLossless);
        }

        [Fact]
        public void Every_stated_figure_is_either_carried_or_listed()
        {
            int oldStated = StatedCells(Old, V2019.AnnualReportSchema.Descriptor).Count();
            int newStated = StatedCells(New, V2021.AnnualReportSchema.Descriptor).Count();
            Assert.Equal(oldStated, newStated + Converted.NotCarriedOver.Count);
        }

        [Fact]
        public void The_converted_report_keeps_table_three_inconsistency_visible_and_adds_no_error()
        {
            ValidationResult before = V2019.AnnualReportValidator.Validate(Old);
            ValidationResult after = V2021.AnnualReportValidator.Validate(New);
            Assert.Equal(before.Errors.Select(e => (e.RuleId, e.Row, e.Column, e.Expected, e.Actual)),
                after.Errors.Select(e => (e.RuleId, e.Row, e.Column, e.Expected, e.Actual)));
        }

        [Fact]
        public void A_blank_report_converts_losslessly()
        {
            MigrationResult<V2021.AnnualReport> result = V2021.AnnualReportMigration.FromV2019(new V2019.AnnualReport());
            Assert.True(result.IsLossless);
            Assert.Empty(StatedCells(result.Report, V2021.AnnualReportSchema.Descriptor));
        }

        /// <summary>Every stated cell of a generated report, through its tables' GetCell.</summary>
        private static IEnumerable<decimal> StatedCells(object report, SchemaDescriptor schema)
        {
            foreach (TableDescriptor table in schema.Tables)
            {
                object tableModel = report.GetType().GetProperty(table.Id)!.GetValue(report)!;
                var getCell = tableModel.GetType().GetMethod("GetCell", new[] { typeof(string), typeof(string) })!;
                foreach (AxisNodeDescriptor row in table.LeafRows)
                    foreach (AxisNodeDescriptor column in table.LeafColumns)
                        if (getCell.Invoke(tableModel, new object[] { row.Path, column.Id }) is decimal value)
                            yield return value;
            }
        }
    }
}
