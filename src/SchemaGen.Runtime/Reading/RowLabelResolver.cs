using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>The row (or group) a label names, or the rows it could name when it is ambiguous.</summary>
    internal readonly struct RowResolution
    {
        private static readonly AxisNodeDescriptor[] NoCandidates = Array.Empty<AxisNodeDescriptor>();

        public RowResolution(AxisNodeDescriptor? node, IReadOnlyList<AxisNodeDescriptor> candidates)
        {
            Node = node;
            Candidates = candidates;
        }

        public static RowResolution NoMatch => new RowResolution(null, NoCandidates);

        public AxisNodeDescriptor? Node { get; }
        public IReadOnlyList<AxisNodeDescriptor> Candidates { get; }
        public bool IsResolved => Node is not null;
        public bool IsMatched => Candidates is not null && Candidates.Count > 0;
        public bool IsAmbiguous => Node is null && IsMatched;
    }

    /// <summary>
    /// Resolves row labels to the table's rows. Labels are compared by match key; a number on the label
    /// ("（七）", "1.") narrows the candidates when it agrees with the schema's. When a label still names
    /// several rows (the same wording under different groups), the group the previous labels opened decides,
    /// then its enclosing groups; a label that none of these settles stays ambiguous rather than guessed. A label that
    /// names none of the table's rows may name, word for word, a row of another version's shape
    /// (<see cref="TableIndex.MigratedRows"/>); the reader then maps it as the migration says.
    /// </summary>
    internal sealed class RowLabelResolver
    {
        private readonly TableIndex _table;
        private AxisNodeDescriptor? _group;

        public RowLabelResolver(TableIndex table) => _table = table;

        /// <summary>Resolves without moving the group context; see <see cref="Commit"/>.</summary>
        public RowResolution Peek(string text)
        {
            string folded = TextNormalizer.Fold(text);
            LeadingNumber number = LeadingNumber.Parse(folded);
            string key = TextNormalizer.TrimTrailingPunctuation(folded.Substring(number.Length));
            if (key.Length == 0) return RowResolution.NoMatch;
            LabelMatch<AxisNodeDescriptor> match = _table.Rows.Match(key);
            if (match.IsEmpty)
            {
                // Another version's row (a migrated shape), only word for word: a looser match would guess a row the format lacks.
                match = _table.MigratedRows.Match(key);
                if (!match.IsExact) return RowResolution.NoMatch;
            }

            // One candidate stays the one whatever its number says (a misnumbered label counts by its words).
            if (match.Candidates.Count == 1) return new RowResolution(match.Candidates[0], match.Candidates);
            List<AxisNodeDescriptor> candidates = match.Candidates.ToList();
            if (number.IsPresent)
            {
                List<AxisNodeDescriptor> numbered = NumberedAs(candidates, number);
                if (numbered.Count > 0) candidates = numbered; // a misnumbered label still counts by its words
            }
            if (candidates.Count == 1) return new RowResolution(candidates[0], candidates);

            for (AxisNodeDescriptor? scope = _group; ; scope = ParentOf(scope))
            {
                List<AxisNodeDescriptor> inScope = Under(candidates, scope);
                if (inScope.Count == 1) return new RowResolution(inScope[0], candidates);
                if (inScope.Count > 1 || scope is null) break;
            }
            return new RowResolution(null, candidates);
        }

        /// <summary>
        /// Whether the label names another version's row that stands in the place of <paramref name="row"/> (the rows a newer
        /// version splits it into): printed under it as under a group, not as the next row of a column of labels.
        /// </summary>
        public bool StandsIn(RowResolution resolution, AxisNodeDescriptor row) => resolution.Node is { } node && _table.StandsIn(node, row);

        /// <summary>Makes a resolved label the context: a group opens itself, a leaf keeps its group open.</summary>
        public void Commit(AxisNodeDescriptor node) => _group = _table.IsLeafRow(node) ? ParentOf(node) : node;

        // Methods of their own: a lambda in Peek capturing the number made its closure at every call, matched or not, and
        // one capturing the scope made one wherever a label names several rows ("总计", "其他").
        private List<AxisNodeDescriptor> NumberedAs(List<AxisNodeDescriptor> candidates, LeadingNumber number)
            => candidates.Where(c => NumberOf(c).SameAs(number)).ToList();

        /// <summary>The candidates directly under <paramref name="scope"/> (null: the table's top rows).</summary>
        private List<AxisNodeDescriptor> Under(List<AxisNodeDescriptor> candidates, AxisNodeDescriptor? scope)
        {
            var under = new List<AxisNodeDescriptor>();
            foreach (AxisNodeDescriptor candidate in candidates)
                if (ParentOf(candidate) == scope) under.Add(candidate);
            return under;
        }

        private AxisNodeDescriptor? ParentOf(AxisNodeDescriptor? node)
            => node is not null && _table.Parents.TryGetValue(node, out AxisNodeDescriptor? parent) ? parent : null;

        private LeadingNumber NumberOf(AxisNodeDescriptor node)
            => _table.Numbers.TryGetValue(node, out LeadingNumber number) ? number : LeadingNumber.None;
    }
}
