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
            foreach (ResolvedRule rule in table.Rules)
            {
                if (!snapshot.RowKnown && rule.Invariant.ForEach != RuleAxis.Row) continue;
                IEnumerable<string> instances = snapshot.RowKnown ? Derivations.InstanceKeysOf(table.Spec, rule.Invariant) : new[] { "" };
                foreach (string instance in instances)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    BrokenInstance? broken = Check(snapshot, rule, instance);
                    if (broken is not null) yield return broken;
                }
            }
        }

        private static BrokenInstance? Check(FigureSnapshot snapshot, ResolvedRule rule, string instance)
        {
            var operands = new List<BrokenOperand>();
            foreach (var (operand, left) in rule.Left.Select(o => (o, true)).Concat(rule.Right.Select(o => (o, false))))
            {
                CellKey cell = Derivations.CellOf(rule.Invariant, instance, operand.LeafPath);
                CellValue value = snapshot[cell];
                if (!value.IsKnown) return null;
                operands.Add(new BrokenOperand(cell, operand.Sign, value, left));
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
                string row = placedRow ?? o.Cell.Row;
                var address = new CellAddress(table.Id, row, o.Cell.Column, table.Row(row)?.NumberedLabel ?? row, table.ColumnLabel(o.Cell.Column));
                return new Operand(address, o.Value.Value, o.Sign, table.IsDerived(row, o.Cell.Column));
            }
            var left = operands.Where(o => o.LeftSide).Select(ToOperand).ToList();
            var right = operands.Where(o => !o.LeftSide).Select(ToOperand).ToList();
            return InvariantEvaluator.Evaluate(rule.Invariant.Kind, rule.Expression.Operator, left, rule.LeftConstant, right, rule.RightConstant);
        }
    }
}
