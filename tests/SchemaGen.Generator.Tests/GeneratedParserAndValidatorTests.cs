using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Formats.V2021;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The generated 2021 parser and validator (compiled into SchemaGen.Formats by the real generator in a real build)
    /// run on seed 001, a real report whose three tables are all there and all add up.
    /// </summary>
    public class GeneratedParserAndValidatorTests
    {
        private static ParseResult<AnnualReport> ParseSeed001() => AnnualReportParser.Parse(File.ReadAllText(RepoPaths.Seed("001")));

        // Table 三 of seed 001 as printed: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
        private static readonly Dictionary<string, int[]> Seed001Applications = new()
        {
            ["NewlyReceived"] = new[] { 17, 3, 0, 0, 0, 0, 20 },
            ["CarriedOver"] = new[] { 0, 0, 0, 0, 0, 0, 0 },
            ["Outcomes.Granted"] = new[] { 5, 1, 0, 0, 0, 0, 6 },
            ["Outcomes.PartiallyGranted"] = new[] { 8, 1, 0, 0, 0, 0, 9 },
            ["Outcomes.Withheld.StateSecret"] = new int[7],
            ["Outcomes.Withheld.ProhibitedByLaw"] = new int[7],
            ["Outcomes.Withheld.EndangersSecurity"] = new int[7],
            ["Outcomes.Withheld.ThirdPartyRights"] = new int[7],
            ["Outcomes.Withheld.InternalAffairs"] = new[] { 2, 0, 0, 0, 0, 0, 2 },
            ["Outcomes.Withheld.ProcessInformation"] = new int[7],
            ["Outcomes.Withheld.EnforcementCaseFile"] = new int[7],
            ["Outcomes.Withheld.AdministrativeQuery"] = new int[7],
            ["Outcomes.UnableToProvide.NotHeld"] = new[] { 0, 1, 0, 0, 0, 0, 1 },
            ["Outcomes.UnableToProvide.WouldNeedCreating"] = new int[7],
            ["Outcomes.UnableToProvide.StillUnclear"] = new int[7],
            ["Outcomes.NotProcessed.Petition"] = new int[7],
            ["Outcomes.NotProcessed.Repeated"] = new[] { 1, 0, 0, 0, 0, 0, 1 },
            ["Outcomes.NotProcessed.Publication"] = new int[7],
            ["Outcomes.NotProcessed.MassRepeated"] = new int[7],
            ["Outcomes.NotProcessed.ConfirmOrReissue"] = new int[7],
            ["Outcomes.OtherHandling.NotSupplemented"] = new int[7],
            ["Outcomes.OtherHandling.FeeNotPaid"] = new int[7],
            ["Outcomes.OtherHandling.Other"] = new int[7],
            ["Outcomes.Total"] = new[] { 16, 3, 0, 0, 0, 0, 19 },
            ["CarriedForward"] = new[] { 1, 0, 0, 0, 0, 0, 1 },
        };

        private static readonly string[] ApplicationColumns = { "NaturalPerson", "Business", "Research", "PublicInterest", "LegalService", "OtherOrganisation", "Total" };

        [Fact]
        public void Seed_001_yields_every_figure_of_its_three_tables()
        {
            var parsed = ParseSeed001();
            AnnualReport report = parsed.Report;

            Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity == FindingSeverity.Error);
            Assert.Equal(Seed001Applications.Count, AnnualReportSchema.Table("Applications").LeafRows.Count);
            foreach (var row in Seed001Applications)
                for (int c = 0; c < ApplicationColumns.Length; c++)
                    Assert.True(row.Value[c] == report.Applications.GetCell(row.Key, ApplicationColumns[c]), $"{row.Key} × {ApplicationColumns[c]}");

            Assert.Equal(new int?[] { 0, 0, 0 }, new[] { report.Regulations.Rules.Issued, report.Regulations.Rules.Repealed, report.Regulations.Rules.InForce });
            Assert.Equal(new int?[] { 0, 0, 4 }, new[] { report.Regulations.NormativeDocuments.Issued, report.Regulations.NormativeDocuments.Repealed, report.Regulations.NormativeDocuments.InForce });
            Assert.Equal(0, report.Licensing.AdministrativeLicensing.Decisions);
            Assert.Equal(0, report.Enforcement.AdministrativePenalty.Decisions);
            Assert.Equal(0, report.Enforcement.AdministrativeCompulsion.Decisions);
            Assert.Equal(0m, report.Fees.AdministrativeFees.Amount);

            var appeals = report.Appeals.Cases;
            Assert.Equal(new int?[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, new[]
            {
                appeals.ReconsiderationUpheld, appeals.ReconsiderationCorrected, appeals.ReconsiderationOther, appeals.ReconsiderationPending, appeals.ReconsiderationTotal,
                appeals.DirectSuitUpheld, appeals.DirectSuitCorrected, appeals.DirectSuitOther, appeals.DirectSuitPending, appeals.DirectSuitTotal,
                appeals.SuitAfterReconsiderationUpheld, appeals.SuitAfterReconsiderationCorrected, appeals.SuitAfterReconsiderationOther, appeals.SuitAfterReconsiderationPending, appeals.SuitAfterReconsiderationTotal,
            });
            Assert.Contains("安宁市政府办公室认真贯彻落实", report.Overview);
            Assert.Contains("未收取信息处理费", report.OtherMatters);
        }

        [Fact]
        public void Seed_001_has_no_violation()
        {
            ValidationResult result = AnnualReportValidator.Validate(ParseSeed001().Report);
            Assert.Empty(result.Findings);
        }

        public static TheoryData<string, string> ApplicationCells()
        {
            var data = new TheoryData<string, string>();
            foreach (string row in Seed001Applications.Keys)
                foreach (string column in ApplicationColumns)
                    data.Add(row, column);
            return data;
        }

        /// <summary>
        /// Changing one figure must break exactly the equality rules that figure takes part in — computed here from the
        /// schema's rules, independently of the generated validator — and each finding must name that cell.
        /// A bound (carried-forward-bound) is expected only where the changed figures really break it, worked out here from
        /// the report's figures: e.g. 结转下年 +1 in a column where 新收 + 上年结转 = 0.
        /// </summary>
        [Theory]
        [MemberData(nameof(ApplicationCells))]
        public void Changing_one_figure_reports_exactly_the_rules_it_takes_part_in(string row, string column)
        {
            AnnualReport report = ParseSeed001().Report;
            report.Applications.SetCell(row, column, report.Applications.GetCell(row, column) + 1);

            ValidationResult result = AnnualReportValidator.Validate(report);

            var expected = RuleInstancesInvolving("Applications", row, column).OrderBy(x => x).ToList();
            Assert.Contains(expected, e => !e.StartsWith("carried-forward-bound"));
            // The table's rules only: the prose check (SG3040) may also disagree with the changed figure, and has its own tests.
            var ruleFindings = result.Findings.Where(f => Schema2021.Invariants.Any(i => i.Id == f.RuleId)).ToList();
            var actual = ruleFindings.Select(f => f.RuleId + "@" + (InstanceAxisIsColumn(f.RuleId) ? f.Column : f.Row)).OrderBy(x => x).ToList();
            Assert.Equal(expected, actual);
            Assert.NotEmpty(actual);
            Assert.All(ruleFindings, f =>
            {
                Assert.Equal(FindingKind.Violation, f.Kind);
                Assert.True(f.Involves(row, column), $"{f} does not name {row} × {column}");
                Assert.NotEqual(f.Expected, f.Actual);
            });
        }

        private static readonly SchemaDocument Schema2021 = SchemaLoader.LoadFile(RepoPaths.Schema("2021")).Document!;

        private static bool InstanceAxisIsColumn(string ruleId) => Schema2021.Invariants.Single(i => i.Id == ruleId).ForEach == RuleAxis.Column;

        private static IEnumerable<string> RuleInstancesInvolving(string tableId, string row, string column)
        {
            TableSpec table = Schema2021.FindTable(tableId)!;
            decimal ValueAfterChange(CellKey cell) => Seed001Applications[cell.Row][System.Array.IndexOf(ApplicationColumns, cell.Column)] + (cell == new CellKey(row, column) ? 1 : 0);
            foreach (InvariantSpec invariant in Schema2021.InvariantsOf(tableId).Where(i => !i.AcrossYears))
            {
                ResolvedRule rule = RuleResolver.TryResolve(Schema2021, invariant)!;
                foreach (string instance in Derivations.InstanceKeysOf(table, invariant))
                {
                    if (!rule.Operands.Any(o => Derivations.CellOf(invariant, instance, o.LeafPath) == new CellKey(row, column))) continue;
                    if (invariant.Kind == InvariantKind.Bound)
                    {
                        decimal left = rule.LeftConstant + rule.Left.Sum(o => o.Sign * ValueAfterChange(Derivations.CellOf(invariant, instance, o.LeafPath)));
                        decimal right = rule.RightConstant + rule.Right.Sum(o => o.Sign * ValueAfterChange(Derivations.CellOf(invariant, instance, o.LeafPath)));
                        Assert.Equal(Comparison.LessOrEqual, rule.Expression.Operator);
                        if (left <= right) continue;
                    }
                    yield return invariant.Id + "@" + instance;
                }
            }
        }

        [Fact]
        public void Recompute_totals_makes_a_hand_built_table_valid()
        {
            var table = new ApplicationsTable
            {
                NewlyReceived = { NaturalPerson = 10, Business = 2 },
                Outcomes = { Granted = { NaturalPerson = 6 }, NotProcessed = { Repeated = { NaturalPerson = 3, Business = 2 } } },
                CarriedForward = { NaturalPerson = 1 },
            };
            table.RecomputeTotals();

            Assert.Equal(12, table.NewlyReceived.Total);
            Assert.Equal(9, table.Outcomes.Total.NaturalPerson);
            Assert.Equal(11, table.Outcomes.Total.Total);
            Assert.True(AnnualReportValidator.Validate(table).IsValid, AnnualReportValidator.Validate(table).ToString());
        }

        [Fact]
        public void Blank_totals_are_not_assessable_once_instead_of_an_error_per_cell()
        {
            var table = new ApplicationsTable { NewlyReceived = { NaturalPerson = 5 }, Outcomes = { Granted = { NaturalPerson = 5 } } };
            // Totals left blank: applicant-total and outcome-total cannot be checked; nothing is an error.
            ValidationResult result = AnnualReportValidator.Validate(table);
            Assert.True(result.IsValid);
            Assert.Contains(result.Warnings, f => f.RuleId == "applicant-total" && f.Kind == FindingKind.NotAssessable);
            Assert.Single(result.Findings, f => f.RuleId == "applicant-total");
        }

        [Fact]
        public void Cell_kinds_are_checked()
        {
            var report = new AnnualReport { Fees = { AdministrativeFees = { Amount = 1.1234567m } }, Licensing = { AdministrativeLicensing = { Decisions = -1 } } };
            ValidationResult result = AnnualReportValidator.Validate(report);
            Assert.Contains(result.Errors, f => f.RuleId == "cell-kind" && f.Table == "Fees" && f.Message.Contains("6 decimal places"));
            Assert.Contains(result.Errors, f => f.RuleId == "cell-kind" && f.Table == "Licensing" && f.Message.Contains("negative"));
        }

        [Fact]
        public void Parser_never_throws_on_arbitrary_text()
        {
            var random = new System.Random(7);
            string seed = File.ReadAllText(RepoPaths.Seed("001"));
            foreach (int i in Enumerable.Range(0, 200))
            {
                int a = random.Next(seed.Length), b = random.Next(seed.Length);
                string text = seed.Substring(0, System.Math.Min(a, b)) + new string((char)random.Next(0, 0xFFFF), random.Next(4)) + seed.Substring(System.Math.Max(a, b));
                var parsed = AnnualReportParser.Parse(text);
                Assert.NotNull(AnnualReportValidator.Validate(parsed.Report));
            }
            Assert.NotNull(AnnualReportParser.Parse((string?)null).Report);
            Assert.NotNull(AnnualReportParser.Parse((SchemaGen.Runtime.Documents.Document)null!).Report);
        }
    }
}
