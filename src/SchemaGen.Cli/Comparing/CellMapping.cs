using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;

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
    /// version: where the generated converter between the two versions carries it (the schema's declared migration:
    /// renames, splits, drops), else the cell with the same table, row and column ids.
    /// </summary>
    public sealed class CellMapping
    {
        private readonly IReadOnlyDictionary<CellKey, CellKey> _sourceOf;

        public CellMapping(string basis, IReadOnlyDictionary<CellKey, CellKey> sourceOf, IReadOnlyDictionary<CellKey, string> caveats, IReadOnlyDictionary<CellKey, string> notCarried)
        {
            Basis = basis;
            _sourceOf = sourceOf;
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

        public bool IsCarried(CellKey lastYears) => _sourceOf.Values.Contains(lastYears);

        public static CellMapping Identity(SchemaDescriptor schema)
        {
            var all = CellKey.AllOf(schema).ToDictionary(c => c, c => c);
            return new CellMapping($"both reports follow version {schema.Version}", all, new Dictionary<CellKey, string>(), new Dictionary<CellKey, string>());
        }

        /// <summary>Cells with the same table, row and column ids, for versions without a generated converter between them.</summary>
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
