using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// Compares the sections. A section is paired by id, else (a rename) by wording, else by the same number and
    /// kind. Which tables a section lists is reported on the tables (added, removed, moved).
    /// </summary>
    internal static class SectionComparer
    {
        /// <summary>Reports the section changes; returns older section id → newer section id for the sections paired.</summary>
        public static IReadOnlyDictionary<string, string> Compare(SchemaDocument older, SchemaDocument newer, ChangeLog log)
        {
            var pairs = Pair(older.Sections, newer.Sections);
            var newerIds = new HashSet<string>(pairs.Values.Select(s => s.Id));

            foreach (SectionSpec section in older.Sections.Where(s => !pairs.ContainsKey(s.Id)))
                log.Add(ChangeRules.SectionRemoved, "section", ElementPaths.Section(section.Id), $"section {section.Heading} ({section.Id}) was removed", before: section.Id);

            foreach (SectionSpec section in newer.Sections)
            {
                SectionSpec? old = older.Sections.FirstOrDefault(o => pairs.TryGetValue(o.Id, out SectionSpec? n) && n.Id == section.Id);
                if (old is null)
                    log.Add(ChangeRules.SectionAdded, "section", ElementPaths.Section(section.Id), $"section {section.Heading} ({section.Id}, {Kind(section.Kind)}) was added", after: section.Id);
                else
                    ReportPair(old, section, log);
            }

            var olderOrder = older.Sections.Where(s => pairs.ContainsKey(s.Id)).Select(s => pairs[s.Id].Id).ToList();
            var newerOrder = newer.Sections.Where(s => newerIds.Contains(s.Id)).Select(s => s.Id).ToList();
            if (!olderOrder.SequenceEqual(newerOrder))
                log.Add(ChangeRules.SectionReordered, "section", "sections", $"sections come in another order: {string.Join(", ", olderOrder)} → {string.Join(", ", newerOrder)}",
                    before: string.Join(", ", olderOrder), after: string.Join(", ", newerOrder));

            return pairs.ToDictionary(p => p.Key, p => p.Value.Id);
        }

        private static Dictionary<string, SectionSpec> Pair(IReadOnlyList<SectionSpec> older, IReadOnlyList<SectionSpec> newer)
        {
            var pairs = new Dictionary<string, SectionSpec>();
            var taken = new HashSet<string>();
            void Take(SectionSpec o, SectionSpec n) { pairs[o.Id] = n; taken.Add(n.Id); }

            foreach (SectionSpec o in older)
            {
                SectionSpec? n = newer.FirstOrDefault(x => x.Id == o.Id);
                if (n is not null) Take(o, n);
            }
            foreach (SectionSpec o in older.Where(o => !pairs.ContainsKey(o.Id)))
            {
                var free = newer.Where(n => !taken.Contains(n.Id) && !older.Any(x => x.Id == n.Id)).ToList();
                SectionSpec? n = free.FirstOrDefault(x => Wording.Alike(o.Label, o.Aliases, x.Label, x.Aliases))
                                 ?? free.FirstOrDefault(x => x.Number == o.Number && x.Kind == o.Kind);
                if (n is not null) Take(o, n);
            }
            return pairs;
        }

        private static void ReportPair(SectionSpec older, SectionSpec newer, ChangeLog log)
        {
            string path = ElementPaths.Section(newer.Id);
            string oldPath = ElementPaths.Section(older.Id);
            if (older.Id != newer.Id)
                log.Add(ChangeRules.SectionRenamed, "section", path, $"section id {older.Id} → {newer.Id} ({newer.Heading}; inferred from its wording or number)", oldPath, older.Id, newer.Id);
            if (older.Kind != newer.Kind)
                log.Add(ChangeRules.SectionKindChanged, "section", path, $"section {newer.Id} is now {Kind(newer.Kind)}, was {Kind(older.Kind)}", oldPath, Kind(older.Kind), Kind(newer.Kind));
            if (older.Number != newer.Number)
                log.Add(ChangeRules.NumberChanged, "section", path, $"section {newer.Id}: number {older.Number} → {newer.Number}", oldPath, older.Number, newer.Number);
            if (older.Label != newer.Label)
                log.Add(ChangeRules.LabelChanged, "section", path, $"section {newer.Id} reworded: {older.Label} → {newer.Label}", oldPath, older.Label, newer.Label);
            if (!Wording.SameList(older.Aliases, newer.Aliases))
                log.Add(ChangeRules.AliasesChanged, "section", path, $"section {newer.Id}: aliases {Wording.ListDelta(older.Aliases, newer.Aliases)}", oldPath, Wording.List(older.Aliases), Wording.List(newer.Aliases));
            if (Wording.Normalize(older.Description) != Wording.Normalize(newer.Description))
                log.Add(ChangeRules.DescriptionChanged, "section", path, $"section {newer.Id}: description changed", oldPath, older.Description, newer.Description);
        }

        private static string Kind(SectionKind kind) => kind == SectionKind.Text ? "text" : "tables";
    }
}
