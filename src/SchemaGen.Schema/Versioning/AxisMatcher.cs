using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// Pairs the older and newer nodes of one axis. Order of trust: what the migration declares, then the same
    /// path, then (repeated until nothing changes) the same id under a paired parent, a worded-alike or
    /// same-numbered sibling under a paired parent (a rename), and the same id under another parent (a move).
    /// </summary>
    internal static class AxisMatcher
    {
        public static AxisMatch Match(AxisTree older, AxisTree newer, RuleAxis axis, IEnumerable<AxisMigration> rules)
        {
            var match = new AxisMatch(older, newer, axis);
            ApplyMigration(match, rules);
            PairSamePaths(match);
            bool progress;
            do
            {
                progress = PairUnderPairedParents(match);
                if (!progress) progress = PairMoves(match);
            }
            while (progress);
            return match;
        }

        private static void ApplyMigration(AxisMatch match, IEnumerable<AxisMigration> rules)
        {
            foreach (AxisMigration rule in rules)
            {
                switch (rule.Action)
                {
                    case MigrationAction.Rename:
                        AxisNode? from = match.Older.Find(rule.From[0]), to = match.Newer.Find(rule.To[0]);
                        if (from is not null && to is not null && match.IsFreeOld(from) && match.IsFreeNew(to))
                            match.Pair(from, to, MatchReason.Declared);
                        break;
                    case MigrationAction.Drop:
                        foreach (string path in rule.From)
                        {
                            match.ClaimOld(path);
                            match.Drops[path] = rule.Note;
                        }
                        break;
                    case MigrationAction.Split:
                    case MigrationAction.Merge:
                        // A source that keeps its path is paired by path (and compared); the rest is the rule's to report.
                        foreach (string path in rule.From.Where(p => match.Newer.Find(p) is null))
                            match.ClaimOld(path);
                        foreach (string path in rule.To.Where(p => !rule.From.Contains(p)))
                            match.ClaimNew(path);
                        match.Reshapes.Add(rule);
                        break;
                }
            }
        }

        private static void PairSamePaths(AxisMatch match)
        {
            foreach (AxisNode older in match.Older.All)
            {
                AxisNode? newer = match.Newer.Find(older.Path);
                if (newer is not null && match.IsFreeOld(older) && match.IsFreeNew(newer))
                    match.Pair(older, newer, MatchReason.SamePath);
            }
        }

        private static bool PairUnderPairedParents(AxisMatch match)
        {
            bool progress = false;
            foreach (AxisNode older in match.Older.All.Where(match.IsFreeOld).ToList())
            {
                AxisNode? olderParent = match.Older.ParentOf(older);
                if (olderParent is not null && match.NewOf(olderParent) is null) continue;
                AxisNode? newerParent = olderParent is null ? null : match.NewOf(olderParent);
                var candidates = match.Newer.ChildrenOf(newerParent).Where(match.IsFreeNew).ToList();

                AxisNode? sameId = candidates.FirstOrDefault(c => c.Id == older.Id);
                if (sameId is not null)
                {
                    match.Pair(older, sameId, MatchReason.FollowsParent);
                    progress = true;
                    continue;
                }
                // A candidate whose id is still free on the older side is more likely that node moved here.
                var renameCandidates = candidates.Where(c => !match.Older.All.Any(o => o.Id == c.Id && match.IsFreeOld(o))).ToList();
                int index = match.Older.IndexOf(older);
                AxisNode? alike = renameCandidates.Where(c => Wording.Alike(older, c))
                    .OrderBy(c => System.Math.Abs(match.Newer.IndexOf(c) - index)).FirstOrDefault();
                if (alike is not null)
                {
                    match.Pair(older, alike, MatchReason.SameWording);
                    progress = true;
                    continue;
                }
                AxisNode? samePlace = renameCandidates.FirstOrDefault(c => older.Number is not null && c.Number == older.Number && match.Newer.IndexOf(c) == index);
                if (samePlace is not null)
                {
                    match.Pair(older, samePlace, MatchReason.SamePosition);
                    progress = true;
                }
            }
            return progress;
        }

        /// <summary>
        /// Same id under another parent. Column ids are unique in a table, so the same id is the same column.
        /// Row ids are unique only among siblings (several rows are called Total or Other), so a row also needs
        /// its wording to agree.
        /// </summary>
        private static bool PairMoves(AxisMatch match)
        {
            foreach (AxisNode older in match.Older.All.Where(match.IsFreeOld))
            {
                var candidates = match.Newer.All.Where(n => n.Id == older.Id && match.IsFreeNew(n)).ToList();
                if (candidates.Count != 1) continue;
                AxisNode newer = candidates[0];
                if (match.Axis == RuleAxis.Column || Wording.Alike(older, newer))
                {
                    match.Pair(older, newer, MatchReason.SameIdElsewhere);
                    return true;
                }
            }
            return false;
        }
    }
}
