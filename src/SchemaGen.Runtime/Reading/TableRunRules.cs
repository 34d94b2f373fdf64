using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading.DigitRuns;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// A table's rules as constraints on its rows' runs: each row's cells and row rules as a <see cref="RunShape"/>, and the
    /// column rules as constraints between runs. What <see cref="RunPlacer"/> splits and checks splits by.
    /// </summary>
    internal sealed class TableRunRules
    {
        private readonly TableIndex _index;
        private readonly TableDescriptor _table;

        public TableRunRules(TableIndex index)
        {
            _index = index;
            _table = index.Table;
        }

        /// <summary>The cells of a row, by kind, and the rules checked for each row of the table, as this row's instances.</summary>
        public RunShape ShapeOf(AxisNodeDescriptor row)
        {
            var cells = _index.LeafColumns.Select(c => _table.KindOf(row, c) switch
            {
                CellKind.SignedCount => RunCell.SignedCount(c.Id),
                CellKind.Amount => RunCell.Amount(c.Id, _table.ScaleOf(row, c)),
                _ => RunCell.Count(c.Id),
            }).ToList();
            var rules = new List<RunConstraint>();
            foreach (InvariantDescriptor rule in _index.RulesFor(RuleAxis.Row))
            {
                var left = Terms(rule.Terms!.Left);
                var right = Terms(rule.Terms.Right);
                if (left is null || right is null || Relation(rule.Terms.Comparison) is not RunRelation relation) continue;
                string name = $"{rule.Id} ({_index.Describe(row)})";
                rules.Add(rule.Kind == InvariantKind.Total && left.Count == 1
                    ? RunConstraint.Total(name, left[0].Cell, right.Where(t => t.Coefficient > 0).Select(t => t.Cell).ToArray())
                    : RunConstraint.Linear(name, left, relation, right, rule.Terms.RightConstant - rule.Terms.LeftConstant));
                if (rule.Kind == InvariantKind.Total && right.Any(t => t.Coefficient < 0)) rules.RemoveAt(rules.Count - 1); // a total with subtractions is no sum of parts
            }
            return new RunShape(cells, rules);
        }

        private List<RunTerm>? Terms(IReadOnlyList<RuleOperand> operands)
        {
            var terms = new List<RunTerm>();
            foreach (RuleOperand operand in operands)
            {
                int column = IndexOfColumn(operand.Leaf);
                if (column < 0 || operand.Previous) return null;
                terms.Add(new RunTerm(column, operand.Sign));
            }
            return terms;
        }

        /// <summary>
        /// The rules checked for each column, each as its constraints between the rows given (one per column; a rule only when
        /// all its rows are given). The rows are indexed as given: the run rows, then the rows of zeros. Shared, not to be changed:
        /// they depend on the schema and the rows alone, and a batch meets the same few sets of rows again and again.
        /// </summary>
        public IReadOnlyList<IReadOnlyList<CrossRunConstraint>> ColumnRules(IReadOnlyList<AxisNodeDescriptor> rows)
        {
            string key = string.Join("\n", rows.Select(r => r.Path));
            if (_index.ColumnRulesByRows.TryGetValue(key, out IReadOnlyList<IReadOnlyList<CrossRunConstraint>>? known)) return known;
            IReadOnlyList<IReadOnlyList<CrossRunConstraint>> built = BuildColumnRules(rows);
            // Bounded: a page can print any subset of the rows, and a batch may hold odd pages by the thousand.
            if (_index.ColumnRulesByRows.Count < MaxRowSetsKept) _index.ColumnRulesByRows.TryAdd(key, built);
            return built;
        }

        private const int MaxRowSetsKept = 512;

        private IReadOnlyList<IReadOnlyList<CrossRunConstraint>> BuildColumnRules(IReadOnlyList<AxisNodeDescriptor> rows)
        {
            var runOfRow = new Dictionary<string, int>();
            for (int i = 0; i < rows.Count; i++)
                runOfRow[rows[i].Path] = i;
            var rules = new List<IReadOnlyList<CrossRunConstraint>>();
            foreach (InvariantDescriptor rule in _index.RulesFor(RuleAxis.Column))
            {
                if (Relation(rule.Terms!.Comparison) is not RunRelation relation || rule.Terms.LeftConstant != 0 || rule.Terms.RightConstant != 0) continue;
                if (rule.Terms.Left.Concat(rule.Terms.Right).Any(o => o.Sign < 0 || o.Previous || !runOfRow.ContainsKey(o.Leaf))) continue;
                var constraints = new CrossRunConstraint[_index.LeafColumns.Length];
                for (int c = 0; c < _index.LeafColumns.Length; c++)
                {
                    RunCellRef Ref(RuleOperand o) => new RunCellRef(runOfRow[o.Leaf], c);
                    string name = $"{rule.Id} (column {_index.LeafColumns[c].Label})";
                    constraints[c] = rule.Kind == InvariantKind.Total && rule.Terms.Left.Count == 1
                        ? CrossRunConstraint.Total(name, Ref(rule.Terms.Left[0]), rule.Terms.Right.Select(Ref).ToArray())
                        : CrossRunConstraint.Linear(name, rule.Terms.Left.Select(Ref), relation, rule.Terms.Right.Select(Ref));
                }
                rules.Add(Array.AsReadOnly(constraints));
            }
            return rules.AsReadOnly();
        }

        public int IndexOfColumn(string id)
        {
            for (int i = 0; i < _index.LeafColumns.Length; i++)
                if (_index.LeafColumns[i].Id == id) return i;
            return -1;
        }

        private static RunRelation? Relation(Comparison comparison) => comparison switch
        {
            Comparison.Equal => RunRelation.Equal,
            Comparison.LessOrEqual => RunRelation.AtMost,
            Comparison.GreaterOrEqual => RunRelation.AtLeast,
            _ => null,
        };
    }
}
