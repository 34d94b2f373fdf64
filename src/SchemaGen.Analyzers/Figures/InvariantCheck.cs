using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Analyzers.Figures
{
    /// <summary>One operand of a broken rule instance, as the analyzer read it.</summary>
    public sealed class BrokenOperand
    {
        public BrokenOperand(CellKey cell, int sign, CellValue value, bool leftSide)
        {
            Cell = cell;
            Sign = sign;
            Value = value;
            LeftSide = leftSide;
        }

        public CellKey Cell { get; }
        public int Sign { get; }
        public CellValue Value { get; }
        public bool LeftSide { get; }
    }

    /// <summary>A rule instance whose figures are all known and break it.</summary>
    public sealed class BrokenInstance
    {
        public BrokenInstance(ResolvedRule rule, string instance, IReadOnlyList<BrokenOperand> operands, Evaluation evaluation)
        {
            Rule = rule;
            Instance = instance;
            Operands = operands;
            Evaluation = evaluation;
        }

        public ResolvedRule Rule { get; }

        /// <summary>The leaf column id (rule checked for each column) or row path (for each row); "" for a standalone row.</summary>
        public string Instance { get; }

        public IReadOnlyList<BrokenOperand> Operands { get; }

        public Evaluation Evaluation { get; }

        /// <summary>For a total rule: the derived cell, the one to rewrite.</summary>
        public BrokenOperand? Total => Rule.DerivedLeaf is null ? null : Operands.FirstOrDefault(o => o.LeftSide);

        /// <summary>For a total rule: the value the total must have for the rule to hold.</summary>
        public decimal? ExpectedTotal => Total is { } total ? (Evaluation.Right - Rule.LeftConstant) * total.Sign : null;
    }

    /// <summary>
    /// Checks the figures of a snapshot against the rules of its table through <see cref="InvariantEvaluator"/>,
    /// the one place that says what blank cells mean. An instance is checked only when every cell it names is
    /// known; a standalone row is reported only when it breaks the rule whichever row of the table it becomes
    /// (a blank cell is derived in some rows and not in others).
    /// </summary>
    public static class InvariantCheck
    {
        public static IEnumerable<BrokenInstance> FindBroken(FigureSnapshot snapshot, CancellationToken cancellationToken)
        {
            CatalogTable table = snapshot.Table;
            if (snapshot.RowKnown)
            {
                foreach (RuleInstances rule in table.RuleInstances)
                    foreach (RuleInstanceCells instance in rule.Instances)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        BrokenInstance? broken = Check(snapshot, rule.Rule, instance.Instance, instance.Cells);
                        if (broken is not null) yield return broken;
                    }
                yield break;
            }
            // A standalone row: only rules checked for each row apply, and the row is not known.
            foreach (ResolvedRule rule in table.Rules.Where(r => r.Invariant.ForEach == RuleAxis.Row))
            {
                cancellationToken.ThrowIfCancellationRequested();
                BrokenInstance? broken = Check(snapshot, rule, "", CatalogTable.CellsOf(rule, ""));
                if (broken is not null) yield return broken;
            }
        }

        private static BrokenInstance? Check(FigureSnapshot snapshot, ResolvedRule rule, string instance, CellKey[] cells)
        {
            // Most instances name a cell the code never set, or only cells left blank (which the evaluator would call
            // nothing stated): give up before allocating anything.
            bool anyStated = false;
            foreach (CellKey cell in cells)
            {
                CellValue value = snapshot[cell];
                if (!value.IsKnown) return null;
                anyStated |= value.Value.HasValue;
            }
            if (!anyStated) return null;
            var operands = new List<BrokenOperand>(cells.Length);
            int i = 0;
            foreach (var (operand, left) in rule.Left.Select(o => (o, true)).Concat(rule.Right.Select(o => (o, false))))
            {
                operands.Add(new BrokenOperand(cells[i], operand.Sign, snapshot[cells[i]], left));
                i++;
            }

            // Where the row is not known, try every row it could be: warn only if the rule is broken in all of them.
            IEnumerable<string?> placements = snapshot.RowKnown ? new string?[] { null } : snapshot.Table.LeafRows.Select(r => (string?)r.Path);
            Evaluation? first = null;
            foreach (string? row in placements)
            {
                Evaluation evaluation = Evaluate(snapshot.Table, rule, operands, row);
                if (evaluation.Assessment != Assessment.Broken) return null;
                first ??= evaluation;
            }
            return first is null ? null : new BrokenInstance(rule, instance, operands, first.Value);
        }

        private static Evaluation Evaluate(CatalogTable table, ResolvedRule rule, List<BrokenOperand> operands, string? placedRow)
        {
            Operand ToOperand(BrokenOperand o)
            {
                // The evaluator reads values, signs and derivation only; the messages name cells from the operands themselves.
                string row = placedRow ?? o.Cell.Row;
                return new Operand(new CellAddress(table.Id, row, o.Cell.Column, row, o.Cell.Column), o.Value.Value, o.Sign, table.IsDerived(row, o.Cell.Column));
            }
            // Arrays: the evaluator works on arrays and would copy a list into one.
            var left = operands.Where(o => o.LeftSide).Select(ToOperand).ToArray();
            var right = operands.Where(o => !o.LeftSide).Select(ToOperand).ToArray();
            return InvariantEvaluator.Evaluate(rule.Invariant.Kind, rule.Expression.Operator, left, rule.LeftConstant, right, rule.RightConstant);
        }
    }
}
