using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>Why an older node was paired with a newer one.</summary>
    internal enum MatchReason
    {
        /// <summary>Same path in both versions.</summary>
        SamePath,
        /// <summary>A migration rename says so.</summary>
        Declared,
        /// <summary>Same id under the partner of its parent (the parent was renamed or moved).</summary>
        FollowsParent,
        /// <summary>Another id under the same parent, worded alike: inferred rename.</summary>
        SameWording,
        /// <summary>Another id at the same place with the same number: inferred rename.</summary>
        SamePosition,
        /// <summary>Same id under another parent: a move.</summary>
        SameIdElsewhere,
    }

    /// <summary>
    /// The pairing of the older and newer nodes of one axis, plus the nodes a migration rule accounts for
    /// (claimed: reported by the rule, never as plain additions or removals).
    /// </summary>
    internal sealed class AxisMatch
    {
        private readonly Dictionary<string, AxisNode> _newByOld = new();
        private readonly Dictionary<string, AxisNode> _oldByNew = new();
        private readonly Dictionary<string, MatchReason> _reasonByOld = new();
        private readonly HashSet<string> _claimedOld = new();
        private readonly HashSet<string> _claimedNew = new();

        public AxisMatch(AxisTree older, AxisTree newer, RuleAxis axis)
        {
            Older = older;
            Newer = newer;
            Axis = axis;
        }

        public AxisTree Older { get; }
        public AxisTree Newer { get; }
        public RuleAxis Axis { get; }

        /// <summary>The migration splits and merges on this axis, reported by the comparer.</summary>
        public List<AxisMigration> Reshapes { get; } = new();

        /// <summary>Older paths a migration drop names, with its note.</summary>
        public Dictionary<string, string?> Drops { get; } = new();

        public AxisNode? NewOf(AxisNode older) => _newByOld.TryGetValue(older.Path, out AxisNode? n) ? n : null;

        public AxisNode? OldOf(AxisNode newer) => _oldByNew.TryGetValue(newer.Path, out AxisNode? o) ? o : null;

        public MatchReason ReasonOf(AxisNode older) => _reasonByOld[older.Path];

        public bool IsFreeOld(AxisNode older) => !_newByOld.ContainsKey(older.Path) && !_claimedOld.Contains(older.Path);

        public bool IsFreeNew(AxisNode newer) => !_oldByNew.ContainsKey(newer.Path) && !_claimedNew.Contains(newer.Path);

        /// <summary>The pairs in the newer schema's document order.</summary>
        public IEnumerable<(AxisNode Old, AxisNode New)> Pairs
            => Newer.All.Where(n => _oldByNew.ContainsKey(n.Path)).Select(n => (_oldByNew[n.Path], n));

        public void Pair(AxisNode older, AxisNode newer, MatchReason reason)
        {
            _newByOld[older.Path] = newer;
            _oldByNew[newer.Path] = older;
            _reasonByOld[older.Path] = reason;
        }

        public void ClaimOld(string path) => _claimedOld.Add(path);

        public void ClaimNew(string path) => _claimedNew.Add(path);

        /// <summary>The newer key of an older leaf as rules name it: a row by path, a column by id; null when it has no partner.</summary>
        public string? MapLeafKey(string olderKey)
        {
            AxisNode? older = Axis == RuleAxis.Row ? Older.Find(olderKey) : Older.All.FirstOrDefault(n => n.Id == olderKey);
            AxisNode? newer = older is null ? null : NewOf(older);
            return newer is null ? null : (Axis == RuleAxis.Row ? newer.Path : newer.Id);
        }
    }
}
