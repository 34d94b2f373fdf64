using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Validation
{
    /// <summary>
    /// What a generated validator checks in one table: each cell's kind, in the order of the table's cell addresses, and
    /// every instance of the table's rules, its cells named by index into those addresses. The generator writes it out as
    /// data, one entry per cell and per rule instance, and <see cref="ValidationBuilder.CheckTable"/> walks it: written as
    /// one call per cell and per instance, the statutory applications table came to a method of 48 KB of IL and 0.4 MB
    /// of machine code, which the JIT compiled in 70–120 ms on first use and every report ran through out of cache.
    /// </summary>
    public sealed class TableChecks
    {
        public TableChecks(CellAddress[] cells, CellCheck[] cellChecks, RuleCheck[] rules)
        {
            if (cells is null) throw new ArgumentNullException(nameof(cells));
            if (cellChecks is null) throw new ArgumentNullException(nameof(cellChecks));
            if (cellChecks.Length != cells.Length)
                throw new ArgumentException($"{cellChecks.Length} cell checks for {cells.Length} cells", nameof(cellChecks));
            CellArray = cells;
            CellCheckArray = cellChecks;
            RuleArray = rules ?? throw new ArgumentNullException(nameof(rules));
            foreach (RuleCheck rule in rules)
                foreach (RuleCell cell in rule.Cells)
                    if (cell.Index < 0 || cell.Index >= cells.Length)
                        throw new ArgumentException($"a rule of {rule.Invariant.Id} names cell {cell.Index} of {cells.Length}", nameof(rules));
        }

        /// <summary>The table's cells in row-major order, with their official labels.</summary>
        public IReadOnlyList<CellAddress> Cells => CellArray;

        /// <summary>What each cell's figure must be, in the order of <see cref="Cells"/>.</summary>
        public IReadOnlyList<CellCheck> CellChecks => CellCheckArray;

        /// <summary>Every instance of the table's within-year rules, in declaration order.</summary>
        public IReadOnlyList<RuleCheck> Rules => RuleArray;

        // The validator walks these for every report: arrays, not interface calls.
        internal CellAddress[] CellArray { get; }
        internal CellCheck[] CellCheckArray { get; }
        internal RuleCheck[] RuleArray { get; }
    }

    /// <summary>What a cell's figure must be: its kind and scale, and its column's own label, which a finding prints.</summary>
    public readonly record struct CellCheck(string ColumnLabel, CellKind Kind, int Scale);

    /// <summary>One instance of a rule: the sum of the left cells plus a constant compared with the right's.</summary>
    public sealed class RuleCheck
    {
        public RuleCheck(InvariantDescriptor invariant, RuleCell[] left, decimal leftConstant, RuleCell[] right, decimal rightConstant, Comparison comparison)
        {
            Invariant = invariant ?? throw new ArgumentNullException(nameof(invariant));
            LeftArray = left ?? throw new ArgumentNullException(nameof(left));
            LeftConstant = leftConstant;
            RightArray = right ?? throw new ArgumentNullException(nameof(right));
            RightConstant = rightConstant;
            Comparison = comparison;
        }

        public InvariantDescriptor Invariant { get; }
        public IReadOnlyList<RuleCell> Left => LeftArray;
        public decimal LeftConstant { get; }
        public IReadOnlyList<RuleCell> Right => RightArray;
        public decimal RightConstant { get; }
        public Comparison Comparison { get; }

        internal RuleCell[] LeftArray { get; }
        internal RuleCell[] RightArray { get; }

        internal IEnumerable<RuleCell> Cells
        {
            get
            {
                foreach (RuleCell cell in LeftArray) yield return cell;
                foreach (RuleCell cell in RightArray) yield return cell;
            }
        }
    }

    /// <summary>One cell of a rule instance: its index among the table's cells, its sign, and whether a total rule derives it.</summary>
    public readonly record struct RuleCell(int Index, int Sign, bool IsDerived);
}
