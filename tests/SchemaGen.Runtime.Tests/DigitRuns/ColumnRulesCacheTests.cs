using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// A table's column rules as constraints between the rows a page printed are kept per set of rows
    /// (<see cref="TableIndex.ColumnRulesByRows"/>), shared by every report of a batch: what is kept must be what would be
    /// built for those rows, never another set's, and the store stays bounded whatever rows pages print.
    /// </summary>
    public class ColumnRulesCacheTests
    {
        private static TableDescriptor Applications => TestSchemas.V2021.Tables.Single(t => t.Id == "Applications");

        /// <summary>
        /// Table 三 as the schema shapes it, with column rules written here over its leaf rows (the test schemas carry no
        /// resolved terms): a sum, a balance of four rows and a bound, each checked in every column.
        /// </summary>
        private static TableIndex FreshIndex()
        {
            var rows = Applications.LeafRows.Select(r => r.Path).ToList();
            RuleOperand Plus(int row) => new RuleOperand(rows[row], 1);
            InvariantDescriptor Rule(string id, InvariantKind kind, RuleOperand[] left, Comparison comparison, RuleOperand[] right)
                => new InvariantDescriptor(id, "Applications", RuleAxis.Column, kind, false, Validation.FindingSeverity.Error, id, id, null,
                    new RuleTerms(left, 0, comparison, right, 0));
            var rules = new[]
            {
                Rule("sum", InvariantKind.Total, new[] { Plus(rows.Count - 1) }, Comparison.Equal, new[] { Plus(2), Plus(3), Plus(4) }),
                Rule("balance", InvariantKind.Equation, new[] { Plus(0), Plus(1) }, Comparison.Equal, new[] { Plus(5), Plus(6) }),
                Rule("bound", InvariantKind.Bound, new[] { Plus(7) }, Comparison.LessOrEqual, new[] { Plus(8) }),
            };
            return new TableIndex(Applications, rules, Array.Empty<MigratedRowShape>());
        }

        /// <summary>The constraints as text: name, terms, relation, total cell.</summary>
        private static List<string> Describe(IReadOnlyList<IReadOnlyList<CrossRunConstraint>> rules)
            => rules.Select(rule => string.Join(" | ", rule.Select(c =>
                $"{c.Name}: {c.Relation} {c.TotalCell?.Run}.{c.TotalCell?.Cell} " + string.Join(",", c.Terms.Select(t => $"{t.Value}*{t.Key.Run}.{t.Key.Cell}"))))).ToList();

        [Fact]
        public void Kept_rules_are_those_built_for_the_same_rows_and_another_set_gets_its_own()
        {
            var leaves = Applications.LeafRows;
            var shared = new TableRunRules(FreshIndex());
            var random = new Random(11);
            var sets = Enumerable.Range(0, 60).Select(_ => leaves.Where(_ => random.Next(5) > 0).ToList()).Append(leaves.ToList()).ToList();
            int withRules = 0;
            foreach (var rows in sets.Concat(sets))
            {
                var kept = shared.ColumnRules(rows.ToList());
                var built = new TableRunRules(FreshIndex()).ColumnRules(rows);
                Assert.Equal(Describe(built), Describe(kept));
                Assert.Same(kept, shared.ColumnRules(rows.ToList()));
                if (kept.Count > 0) withRules++;
            }
            Assert.True(withRules > 20, $"only {withRules} of the sets give the column rules anything to judge");
            // Every leaf row: every column rule of table 三, one constraint per column.
            var all = shared.ColumnRules(leaves);
            Assert.NotEmpty(all);
            Assert.All(all, rule => Assert.Equal(Applications.LeafColumns.Count, rule.Count));
        }

        [Fact]
        public void The_store_is_bounded_and_rules_past_the_bound_are_still_built_right()
        {
            var index = FreshIndex();
            var rules = new TableRunRules(index);
            var leaves = Applications.LeafRows;
            var random = new Random(5);
            for (int n = 0; n < 1500; n++)
            {
                var rows = leaves.Where(_ => random.Next(3) > 0).ToList();
                var got = rules.ColumnRules(rows);
                if (n % 100 == 0) Assert.Equal(Describe(new TableRunRules(FreshIndex()).ColumnRules(rows)), Describe(got));
            }
            Assert.InRange(index.ColumnRulesByRows.Count, 100, 512);
        }
    }
}
