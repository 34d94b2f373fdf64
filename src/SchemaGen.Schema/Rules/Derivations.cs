using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Rules
{
    /// <summary>A cell of a table, by leaf row path and leaf column id.</summary>
    public readonly record struct CellKey(string Row, string Column)
    {
        public override string ToString() => Row + " × " + Column;
    }

    /// <summary>A derived cell: the left cell of one instance of a total rule, and the cells it adds up.</summary>
    public sealed record Derivation(CellKey Cell, string InvariantId, EquatableArray<CellKey> Parts, EquatableArray<int> Signs);

    /// <summary>
    /// The cells that total rules derive, in an order in which recomputing them is correct
    /// (a total is recomputed after every total it adds up). Also finds cycles.
    /// </summary>
    public static class Derivations
    {
        /// <summary>Every instance of every total rule of <paramref name="table"/>, one per row or column it is checked for.</summary>
        public static IEnumerable<Derivation> Enumerate(TableSpec table, IEnumerable<ResolvedRule> rules)
        {
            foreach (ResolvedRule rule in rules.Where(r => r.Invariant.Table == table.Id && r.DerivedLeaf is not null && !r.Invariant.AcrossYears))
            {
                foreach (string instance in InstanceKeysOf(table, rule.Invariant))
                {
                    var parts = rule.Right.Select(o => CellOf(rule.Invariant, instance, o.LeafPath)).ToEquatableArray();
                    var signs = rule.Right.Select(o => o.Sign).ToEquatableArray();
                    yield return new Derivation(CellOf(rule.Invariant, instance, rule.DerivedLeaf!), rule.Invariant.Id, parts, signs);
                }
            }
        }

        /// <summary>The leaves the rule is checked for: every leaf column for a for-each-column rule, and the reverse.</summary>
        public static IEnumerable<AxisNode> InstancesOf(TableSpec table, InvariantSpec invariant)
            => invariant.ForEach == RuleAxis.Column ? table.LeafColumns : table.LeafRows;

        /// <summary>The keys of the instances: leaf column ids or leaf row paths.</summary>
        public static IEnumerable<string> InstanceKeysOf(TableSpec table, InvariantSpec invariant)
            => InstancesOf(table, invariant).Select(n => KeyOf(n, invariant.ForEach));

        /// <summary>How cells name a leaf: rows by path (rows nest into groups), columns by id (columns are flat properties of a row).</summary>
        public static string KeyOf(AxisNode node, RuleAxis axis) => axis == RuleAxis.Row ? node.Path : node.Id;

        /// <summary>The cell that an operand names in one instance of a rule.</summary>
        public static CellKey CellOf(InvariantSpec invariant, string instancePath, string operandPath)
            => invariant.ForEach == RuleAxis.Column ? new CellKey(operandPath, instancePath) : new CellKey(instancePath, operandPath);

        /// <summary>
        /// Orders derivations so each comes after the ones that derive its parts. Returns the cells on a cycle
        /// (empty when there is none); derivations on a cycle are left out of <paramref name="ordered"/>.
        /// </summary>
        public static IReadOnlyList<CellKey> Order(IEnumerable<Derivation> derivations, out List<Derivation> ordered)
        {
            var all = derivations.ToList();
            var byCell = all.GroupBy(d => d.Cell).ToDictionary(g => g.Key, g => g.ToList());
            var state = new Dictionary<CellKey, int>(); // 1 = visiting, 2 = done
            var result = new List<Derivation>();
            var cycle = new List<CellKey>();
            var stack = new List<CellKey>();

            bool Visit(CellKey cell)
            {
                if (!byCell.TryGetValue(cell, out var ds)) return true;
                if (state.TryGetValue(cell, out int s))
                {
                    if (s == 2) return true;
                    if (cycle.Count == 0) cycle.AddRange(stack.SkipWhile(c => !c.Equals(cell)).Concat(new[] { cell }));
                    return false;
                }
                state[cell] = 1;
                stack.Add(cell);
                bool ok = true;
                foreach (Derivation d in ds)
                    foreach (CellKey part in d.Parts)
                        ok &= Visit(part);
                stack.RemoveAt(stack.Count - 1);
                state[cell] = 2;
                if (ok) result.AddRange(ds);
                return ok;
            }

            foreach (CellKey cell in byCell.Keys) Visit(cell);
            ordered = result;
            return cycle;
        }
    }
}
