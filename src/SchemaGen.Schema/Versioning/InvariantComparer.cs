using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// Compares the invariants. Each rule is also compared by meaning: expanded to the leaf cells it covers
    /// (sum(group) becomes its leaves), with the older leaves carried over through the row and column pairing.
    /// So a rule that only follows renamed rows does not count as a new rule, and a rule that reads the same but
    /// covers other cells (a group that gained sub-rows) is reported as a change of scope.
    /// </summary>
    internal static class InvariantComparer
    {
        public static void Compare(SchemaModel olderModel, SchemaModel newerModel, TableMatches tables, ChangeLog log)
        {
            SchemaDocument older = olderModel.Declaration, newer = newerModel.Declaration;
            var pairs = Pair(olderModel, newerModel, tables);

            foreach (InvariantSpec invariant in older.Invariants.Where(i => !pairs.ContainsKey(i.Id)))
                log.Add(ChangeRules.InvariantRemoved, "invariant", ElementPaths.Invariant(invariant.Id),
                    $"invariant {invariant.Id} on table {invariant.Table} was removed: {invariant.Rule}", before: Wording.Normalize(invariant.Rule));

            foreach (InvariantSpec invariant in newer.Invariants)
            {
                InvariantSpec? old = older.Invariants.FirstOrDefault(o => pairs.TryGetValue(o.Id, out InvariantSpec? n) && n.Id == invariant.Id);
                if (old is null)
                {
                    bool error = invariant.Severity == FindingSeverity.Error;
                    log.Add(ChangeRules.InvariantAdded, "invariant", ElementPaths.Invariant(invariant.Id), false, error,
                        $"invariant {invariant.Id} ({Severity(invariant.Severity)}) was added on table {invariant.Table}: {Wording.Normalize(invariant.Rule)}"
                        + (error ? "; older figures may fail it" : "; a warning, so older figures stay acceptable"),
                        after: Wording.Normalize(invariant.Rule));
                }
                else
                {
                    ReportPair(olderModel, newerModel, old, invariant, tables, log);
                }
            }
        }

        private static Dictionary<string, InvariantSpec> Pair(SchemaModel olderModel, SchemaModel newerModel, TableMatches tables)
        {
            SchemaDocument older = olderModel.Declaration, newer = newerModel.Declaration;
            var pairs = new Dictionary<string, InvariantSpec>();
            var taken = new HashSet<string>();
            foreach (InvariantSpec o in older.Invariants)
            {
                InvariantSpec? n = newer.Invariants.FirstOrDefault(x => x.Id == o.Id);
                if (n is null) continue;
                pairs[o.Id] = n;
                taken.Add(n.Id);
            }
            // A renamed invariant: another id, on the partner table, with the same rule (as written or by meaning).
            foreach (InvariantSpec o in older.Invariants.Where(o => !pairs.ContainsKey(o.Id)))
            {
                InvariantSpec? n = newer.Invariants.FirstOrDefault(x => !taken.Contains(x.Id) && older.Invariants.All(y => y.Id != x.Id)
                    && x.Table == tables.NewIdOf(o.Table)
                    && (Wording.Normalize(x.Rule) == Wording.Normalize(o.Rule) || SameMeaning(Meaning(olderModel, o, tables), Meaning(newerModel, x, null))));
                if (n is null) continue;
                pairs[o.Id] = n;
                taken.Add(n.Id);
            }
            return pairs;
        }

        private static void ReportPair(SchemaModel olderDoc, SchemaModel newerDoc, InvariantSpec older, InvariantSpec newer, TableMatches tables, ChangeLog log)
        {
            string path = ElementPaths.Invariant(newer.Id);
            string oldPath = ElementPaths.Invariant(older.Id);
            if (older.Id != newer.Id)
                log.Add(ChangeRules.InvariantRenamed, "invariant", path, $"invariant id {older.Id} → {newer.Id} (inferred: same rule on the same table)", oldPath, older.Id, newer.Id);
            bool moved = tables.NewIdOf(older.Table) != newer.Table;
            if (moved)
                log.Add(ChangeRules.InvariantMoved, "invariant", path, $"invariant {newer.Id} now applies to table {newer.Table}, was {older.Table}", oldPath, older.Table, newer.Table);

            string? olderMeaning = moved ? null : Meaning(olderDoc, older, tables);
            string? newerMeaning = Meaning(newerDoc, newer, null);
            bool sameMeaning = SameMeaning(olderMeaning, newerMeaning);
            bool sameText = Wording.Normalize(older.Rule) == Wording.Normalize(newer.Rule)
                            && older.ForEach == newer.ForEach && older.Kind == newer.Kind && older.AcrossYears == newer.AcrossYears;
            if (!sameText)
                log.Add(ChangeRules.InvariantChanged, "invariant", path, false, !sameMeaning,
                    $"invariant {newer.Id} changed: {Shape(older)} → {Shape(newer)}"
                    + (sameMeaning ? " (it covers the same cells: it only follows renamed rows or columns)" : ""),
                    oldPath, Shape(older), Shape(newer));
            else if (!moved && !sameMeaning && olderMeaning is not null && newerMeaning is not null)
                log.Add(ChangeRules.InvariantScopeChanged, "invariant", path,
                    $"invariant {newer.Id} reads the same but covers other cells: {ScopeDelta(olderDoc, older, newerDoc, newer, tables)}", oldPath, olderMeaning, newerMeaning);

            if (older.Severity != newer.Severity)
            {
                bool tightened = older.Severity == FindingSeverity.Warning && newer.Severity == FindingSeverity.Error;
                log.Add(ChangeRules.InvariantSeverityChanged, "invariant", path, false, tightened,
                    $"invariant {newer.Id}: severity {Severity(older.Severity)} → {Severity(newer.Severity)}", oldPath, Severity(older.Severity), Severity(newer.Severity));
            }
            if (Wording.Normalize(older.Message) != Wording.Normalize(newer.Message))
                log.Add(ChangeRules.InvariantMessageChanged, "invariant", path, $"invariant {newer.Id}: message reworded", oldPath, older.Message, newer.Message);
            if (older.Standing != newer.Standing)
                log.Add(ChangeRules.InvariantMessageChanged, "invariant", path, $"invariant {newer.Id}: standing {Wording.Quote(older.Standing)} → {Wording.Quote(newer.Standing)}", oldPath, older.Standing, newer.Standing);
        }

        /// <summary>Two rules that do not resolve mean nothing alike.</summary>
        private static bool SameMeaning(string? a, string? b) => a is not null && a == b;

        private static string Shape(InvariantSpec invariant)
            => $"for each {invariant.ForEach.ToString().ToLowerInvariant()}, {invariant.Kind.ToString().ToLowerInvariant()}{(invariant.AcrossYears ? ", across years" : "")}: {Wording.Normalize(invariant.Rule)}";

        private static string Severity(FindingSeverity severity) => severity == FindingSeverity.Error ? "error" : "warning";

        /// <summary>
        /// The rule as the cells it covers, in newer terms: operator, constants and each leaf operand with its sign.
        /// With <paramref name="carryOver"/>, older leaves are renamed to their newer partners (a leaf with none is marked).
        /// Null when the rule does not resolve.
        /// </summary>
        private static string? Meaning(SchemaModel doc, InvariantSpec invariant, TableMatches? carryOver)
        {
            var operands = Operands(doc, invariant, carryOver, out ResolvedRule? rule);
            if (rule is null) return null;
            string Side(IEnumerable<string> items) => string.Join(" ", items.OrderBy(x => x, System.StringComparer.Ordinal));
            return $"{invariant.ForEach}|{invariant.Kind}|{invariant.AcrossYears}|{rule.Expression.Operator}|"
                   + $"{Side(operands.Left)} {rule.LeftConstant.ToString(CultureInfo.InvariantCulture)}|{Side(operands.Right)} {rule.RightConstant.ToString(CultureInfo.InvariantCulture)}";
        }

        private static (List<string> Left, List<string> Right) Operands(SchemaModel doc, InvariantSpec invariant, TableMatches? carryOver, out ResolvedRule? rule)
        {
            rule = doc.Rule(invariant.Id)?.Resolved;
            if (rule is null) return (new List<string>(), new List<string>());
            string Key(ResolvedOperand o)
            {
                string key = o.LeafPath;
                if (carryOver is not null)
                    key = carryOver.MapLeafKey(invariant.Table, invariant.ReferenceAxis, key) ?? "(gone)" + key;
                return (o.Sign < 0 ? "-" : "+") + (o.Previous ? "previous." : "") + key;
            }
            return (rule.Left.Select(Key).ToList(), rule.Right.Select(Key).ToList());
        }

        /// <summary>Which leaves the rule no longer covers and which it now covers, by newer path (older path for leaves that are gone).</summary>
        private static string ScopeDelta(SchemaModel olderDoc, InvariantSpec older, SchemaModel newerDoc, InvariantSpec newer, TableMatches tables)
        {
            var before = Operands(olderDoc, older, tables, out _);
            var after = Operands(newerDoc, newer, null, out _);
            var was = before.Left.Concat(before.Right).ToList();
            var now = after.Left.Concat(after.Right).ToList();
            var dropped = was.Where(x => !now.Contains(x)).Select(Plain).ToList();
            var added = now.Where(x => !was.Contains(x)).Select(Plain).ToList();
            var parts = new List<string>();
            if (dropped.Count > 0) parts.Add("no longer " + string.Join(", ", dropped));
            if (added.Count > 0) parts.Add("now also " + string.Join(", ", added));
            return parts.Count == 0 ? "the same cells on other sides" : string.Join("; ", parts);
        }

        private static string Plain(string operand) => operand.Substring(1).Replace("(gone)", "");
    }
}
