using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Migration;

namespace SchemaGen.Cli.Comparing
{
    /// <summary>A cell of a format: table id, leaf row path, leaf column id.</summary>
    public readonly record struct CellKey(string Table, string Row, string Column)
    {
        public static IEnumerable<CellKey> AllOf(SchemaDescriptor schema)
            => schema.Tables.SelectMany(t => t.LeafRows.SelectMany(r => t.LeafColumns.Select(c => new CellKey(t.Id, r.Path, c.Id))));
    }

    /// <summary>
    /// Where each of this year's cells finds its figure in last year's report. Same version: the same cell. Another
    /// version: as the migration map of this year's format says (generated from its schema's migration block, the map
    /// its converter follows), when it maps from last year's version; else the cell with the same table, row and column ids.
    /// </summary>
    public sealed class CellMapping
    {
        private readonly IReadOnlyDictionary<CellKey, CellKey> _sourceOf;
        private readonly HashSet<CellKey> _carried;

        public CellMapping(string basis, IReadOnlyDictionary<CellKey, CellKey> sourceOf, IReadOnlyDictionary<CellKey, string> caveats, IReadOnlyDictionary<CellKey, string> notCarried)
        {
            Basis = basis;
            _sourceOf = sourceOf;
            _carried = new HashSet<CellKey>(sourceOf.Values);
            Caveats = caveats;
            NotCarried = notCarried;
        }

        /// <summary>How the cells were matched, in words.</summary>
        public string Basis { get; }

        /// <summary>This year's cells whose figure last year is only an approximation (a split row carried whole, say), with the reason.</summary>
        public IReadOnlyDictionary<CellKey, string> Caveats { get; }

        /// <summary>Last year's cells that have no place this year, with the reason when the migration declares one.</summary>
        public IReadOnlyDictionary<CellKey, string> NotCarried { get; }

        public CellKey? SourceOf(CellKey thisYears) => _sourceOf.TryGetValue(thisYears, out CellKey source) ? source : null;

        public bool IsCarried(CellKey lastYears) => _carried.Contains(lastYears);

        /// <summary>How last year's cells line up with this year's: identity, this year's migration map, or same ids.</summary>
        public static CellMapping Between(SchemaDescriptor lastYears, IReportFormat thisYears)
        {
            if (lastYears.Key == thisYears.Descriptor.Key) return Identity(thisYears.Descriptor);
            if (thisYears.MigrationMap is { } map && map.FromKey == lastYears.Key) return FromMap(map, lastYears, thisYears.Descriptor);
            return BySameIds(lastYears, thisYears.Descriptor);
        }

        public static CellMapping Identity(SchemaDescriptor schema)
        {
            var all = CellKey.AllOf(schema).ToDictionary(c => c, c => c);
            return new CellMapping($"both reports follow version {schema.Version}", all, new Dictionary<CellKey, string>(), new Dictionary<CellKey, string>());
        }

        /// <summary>The generated migration map: where each older cell goes, with the schema's reasons and caveats.</summary>
        public static CellMapping FromMap(MigrationMapDescriptor map, SchemaDescriptor lastYears, SchemaDescriptor thisYears)
        {
            var sourceOf = new Dictionary<CellKey, CellKey>();
            var caveats = new Dictionary<CellKey, string>();
            var notCarried = new Dictionary<CellKey, string>();
            foreach (CellMigrationDescriptor cell in map.Cells)
            {
                var from = new CellKey(cell.FromTable, cell.FromRow, cell.FromColumn);
                if (!cell.IsCarried)
                {
                    if (cell.Reason is not null) notCarried[from] = cell.Reason;
                    continue;
                }
                var to = new CellKey(cell.ToTable!, cell.ToRow!, cell.ToColumn!);
                sourceOf[to] = from;
                if (cell.Caveat is not null && !caveats.ContainsKey(to)) caveats[to] = cell.Caveat;
            }
            // A cell several older cells were merged into has no one figure to compare with: its sources are not compared.
            foreach (var merged in map.Carried.GroupBy(c => new CellKey(c.ToTable!, c.ToRow!, c.ToColumn!)).Where(g => g.Count() > 1))
            {
                sourceOf.Remove(merged.Key);
                foreach (CellMigrationDescriptor source in merged)
                    notCarried[new CellKey(source.FromTable, source.FromRow, source.FromColumn)] = $"added up with other figures into {merged.Key.Table}.row:{merged.Key.Row}.column:{merged.Key.Column}; not compared one by one";
            }
            return new CellMapping($"last year's figures are carried into version {thisYears.Version} as the schema's migration from version {lastYears.Version} maps them",
                sourceOf, caveats, notCarried);
        }

        /// <summary>Cells with the same table, row and column ids, for versions without a migration between them.</summary>
        public static CellMapping BySameIds(SchemaDescriptor lastYears, SchemaDescriptor thisYears)
        {
            var last = new HashSet<CellKey>(CellKey.AllOf(lastYears));
            var sources = CellKey.AllOf(thisYears).Where(last.Contains).ToDictionary(c => c, c => c);
            var notCarried = last.Where(c => !sources.ContainsKey(c)).ToDictionary(c => c, _ => $"version {thisYears.Version} has no such cell");
            return new CellMapping($"no converter from version {lastYears.Version} to {thisYears.Version}: figures are matched where both versions have the same table, row and column",
                sources, new Dictionary<CellKey, string>(), notCarried);
        }
    }
}
