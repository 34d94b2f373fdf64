using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Corpus.Formats
{
    /// <summary>
    /// One statutory format version as the corpus sees it: sections, tables and their label trees (from the generated
    /// descriptor), and the within-year rules with every instance and the cells total rules derive (from the schema YAML).
    /// Built once per version by <see cref="SchemaAdapter"/>.
    /// </summary>
    public sealed class ReportFormat
    {
        private static readonly Lazy<IReadOnlyList<ReportFormat>> LazyAll = new(SchemaAdapter.LoadFormats);

        private readonly Dictionary<string, FormatTable> _tables;
        private readonly Dictionary<CellRef, Derivation> _derivedBy;
        private readonly Dictionary<CellRef, int> _index;
        private readonly Dictionary<string, int> _tableIndex;

        internal ReportFormat(string version, string title, string notice, int reportYearFrom, int? reportYearTo,
            IReadOnlyList<FormatSection> sections, IReadOnlyList<FormatTable> tables, IReadOnlyList<FormatRule> rules, IReadOnlyList<Derivation> derivations)
        {
            Version = version;
            Title = title;
            Notice = notice;
            ReportYearFrom = reportYearFrom;
            ReportYearTo = reportYearTo;
            Sections = sections;
            Tables = tables;
            Rules = rules;
            Derivations = derivations;
            _tables = tables.ToDictionary(t => t.Id);
            _derivedBy = new Dictionary<CellRef, Derivation>();
            foreach (Derivation d in derivations)
                if (!_derivedBy.ContainsKey(d.Cell)) _derivedBy[d.Cell] = d;
            Cells = tables.SelectMany(t => t.Cells).ToArray();
            _index = new Dictionary<CellRef, int>(Cells.Count);
            for (int i = 0; i < Cells.Count; i++) _index[Cells[i]] = i;
            _tableIndex = tables.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            TableOfCell = Cells.Select(c => _tableIndex[c.Table]).ToArray();
            DerivedAt = Cells.Select(IsDerived).ToArray();
            KindAt = Cells.Select(c => _tables[c.Table].KindOf(c)).ToArray();
            ScaleAt = Cells.Select(c => _tables[c.Table].ScaleOf(c)).ToArray();
            IndexedDerivations = derivations.Select(d => (IndexOf(d.Cell), d.Parts.Select(p => (IndexOf(p.Cell), p.Sign)).ToArray())).ToArray();
            DerivationAt = new Dictionary<int, (int Index, int Sign)[]>();
            foreach (var (cell, parts) in IndexedDerivations) DerivationAt.TryAdd(cell, parts);
            foreach (RuleInstance instance in rules.SelectMany(r => r.Instances)) instance.Index(IndexOf);
        }

        /// <summary>The cell's position in <see cref="Cells"/>: figures, rules and totals work on positions, not on hashed keys.</summary>
        internal int IndexOf(CellRef cell) => _index.TryGetValue(cell, out int index) ? index : throw new ArgumentException($"format {Version} has no cell {cell}", nameof(cell));

        /// <summary>By cell position: the position of its table in <see cref="Tables"/>.</summary>
        internal int[] TableOfCell { get; }

        /// <summary>By cell position: the cell's kind and the decimal places it allows.</summary>
        internal CellKind[] KindAt { get; }

        internal int[] ScaleAt { get; }

        /// <summary>By cell position: whether a total rule derives it.</summary>
        internal bool[] DerivedAt { get; }

        /// <summary><see cref="Derivations"/> by cell position, in the same order.</summary>
        internal (int Cell, (int Index, int Sign)[] Parts)[] IndexedDerivations { get; }

        /// <summary>By cell position: the parts of the (first) total rule instance deriving it.</summary>
        internal Dictionary<int, (int Index, int Sign)[]> DerivationAt { get; }

        internal int TableIndexOf(string tableId) => _tableIndex.TryGetValue(tableId, out int i) ? i : throw new ArgumentException($"format {Version} has no table '{tableId}'", nameof(tableId));

        /// <summary>Every format version the build knows, oldest first.</summary>
        public static IReadOnlyList<ReportFormat> All => LazyAll.Value;

        public static ReportFormat V2019 => Find("2019");

        public static ReportFormat V2021 => Find("2021");

        public static ReportFormat Find(string version)
            => All.FirstOrDefault(f => f.Version == version) ?? throw new ArgumentException($"no format version '{version}'", nameof(version));

        public string Version { get; }
        public string Title { get; }

        /// <summary>The notice that issued the format: 国办公开办函〔2021〕30号.</summary>
        public string Notice { get; }

        public int ReportYearFrom { get; }
        public int? ReportYearTo { get; }
        public IReadOnlyList<FormatSection> Sections { get; }
        public IReadOnlyList<FormatTable> Tables { get; }

        /// <summary>The rules checked within one report (across-years rules left out), in schema order.</summary>
        public IReadOnlyList<FormatRule> Rules { get; }

        /// <summary>Every derived cell, in an order where each comes after the totals it adds up.</summary>
        public IReadOnlyList<Derivation> Derivations { get; }

        /// <summary>Every figure cell of every table.</summary>
        public IReadOnlyList<CellRef> Cells { get; }

        public FormatTable Table(string id) => _tables.TryGetValue(id, out FormatTable? table) ? table : throw new ArgumentException($"format {Version} has no table '{id}'", nameof(id));

        public bool HasTable(string id) => _tables.ContainsKey(id);

        public FormatSection Section(string id) => Sections.First(s => s.Id == id);

        /// <summary>Whether some total rule derives the cell (a 总计 cell).</summary>
        public bool IsDerived(CellRef cell) => _derivedBy.ContainsKey(cell);

        /// <summary>The (first) total rule instance that derives the cell, or null for a cell reported as it stands.</summary>
        public Derivation? DerivationOf(CellRef cell) => _derivedBy.TryGetValue(cell, out Derivation? derivation) ? derivation : null;

        public override string ToString() => "format " + Version;
    }
}
