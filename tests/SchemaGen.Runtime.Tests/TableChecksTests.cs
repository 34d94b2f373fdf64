using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// A table's checks as data (what the generated validators pass to <see cref="ValidationBuilder.CheckTable"/>) find
    /// what one call per cell and per rule instance finds, in the same order.
    /// </summary>
    public class TableChecksTests
    {
        // Three rows of A + B = Total (Total derived), cells in row-major order: A1 B1 T1 A2 B2 T2 A3 B3 T3.
        private static readonly string[] Columns = { "A", "B", "Total" };

        private static readonly InvariantDescriptor RowTotal = new("row-total", "T", RuleAxis.Row, InvariantKind.Total, false,
            FindingSeverity.Error, "Total == A + B", "the total is the sum of its parts", null);

        private static readonly CellAddress[] Cells = Enumerable.Range(0, 9)
            .Select(i => new CellAddress("T", "R" + (i / 3 + 1), Columns[i % 3], "row " + (i / 3 + 1), "column " + Columns[i % 3]))
            .ToArray();

        private static RuleCheck Row(int row)
            => new(RowTotal, new[] { new RuleCell(row * 3 + 2, 1, true) }, 0m, new[] { new RuleCell(row * 3, 1, false), new RuleCell(row * 3 + 1, 1, false) }, 0m, Comparison.Equal);

        private static TableChecks Checks()
            => new(Cells, Columns.SelectMany(_ => Columns).Select(c => new CellCheck(c, CellKind.Count, 0)).ToArray(), new[] { Row(0), Row(1), Row(2) });

        [Fact]
        public void Checking_a_table_as_data_finds_what_one_call_per_cell_and_instance_finds()
        {
            // Rows 1 and 2 broken (so the second instance fills the operand buffers the first used), row 3's total blank,
            // and a count with a fraction.
            decimal?[] values = { 3m, 4m, 10m, 1m, 2.5m, 9m, 1m, 2m, null };

            var asData = new ValidationBuilder();
            asData.CheckTable(Checks(), values);
            ValidationResult fromData = asData.Build();

            var oneByOne = new ValidationBuilder();
            for (int i = 0; i < Cells.Length; i++) oneByOne.CheckCell(Cells[i], Columns[i % 3], CellKind.Count, 0, values[i]);
            for (int row = 0; row < 3; row++)
                oneByOne.Check(RowTotal, new[] { Operand(row * 3 + 2, values, true) }, 0m,
                    new[] { Operand(row * 3, values, false), Operand(row * 3 + 1, values, false) }, 0m, Comparison.Equal);
            ValidationResult fromCalls = oneByOne.Build();

            Assert.Equal(Describe(fromCalls), Describe(fromData));
            Assert.Equal(new[] { "cell-kind", "row-total", "row-total", "row-total" }, fromData.Findings.Select(f => f.RuleId));
            Assert.Equal(new[] { "R1|Total", "R1|A", "R1|B" }, fromData.Findings[1].Cells.Select(c => c.Row + "|" + c.Column));
            Assert.Equal(new[] { "R2|Total", "R2|A", "R2|B" }, fromData.Findings[2].Cells.Select(c => c.Row + "|" + c.Column));
            Assert.Equal(FindingKind.NotAssessable, fromData.Findings[3].Kind);
        }

        [Fact]
        public void Checks_that_do_not_fit_their_table_are_refused_when_made_and_when_used()
        {
            var cellChecks = Cells.Select(_ => new CellCheck("x", CellKind.Count, 0)).ToArray();
            Assert.Throws<ArgumentException>(() => new TableChecks(Cells, cellChecks.Take(8).ToArray(), Array.Empty<RuleCheck>()));
            var outside = new RuleCheck(RowTotal, new[] { new RuleCell(9, 1, true) }, 0m, Array.Empty<RuleCell>(), 0m, Comparison.Equal);
            ArgumentException named = Assert.Throws<ArgumentException>(() => new TableChecks(Cells, cellChecks, new[] { outside }));
            Assert.Contains("row-total", named.Message);
            Assert.Throws<ArgumentException>(() => new ValidationBuilder().CheckTable(Checks(), new decimal?[8]));
        }

        private static Operand Operand(int cell, decimal?[] values, bool derived) => new(Cells[cell], values[cell], 1, derived);

        private static IEnumerable<string> Describe(ValidationResult result)
            => result.Findings.Select(f => $"{f.RuleId} {f.Kind} {f.Severity} {f.Row} {f.Column} {f.Expected} {f.Actual} {f.Message} [{string.Join(", ", f.Cells)}]");
    }
}
