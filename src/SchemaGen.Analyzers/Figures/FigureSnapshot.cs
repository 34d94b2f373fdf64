using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Analyzers.Figures
{
    /// <summary>
    /// The cells of one table (or of one group or row of it) as an initializer leaves them. Cells outside the
    /// initialized object are absent, which reads as unknown. A standalone row does not know which row it will
    /// be: its cells are keyed by the empty row path and <see cref="RowKnown"/> is false.
    /// </summary>
    public sealed class FigureSnapshot
    {
        private readonly Dictionary<CellKey, CellValue> _cells = new();

        public FigureSnapshot(CatalogTable table, bool rowKnown, SyntaxNode root)
        {
            Table = table;
            RowKnown = rowKnown;
            Root = root;
        }

        public CatalogTable Table { get; }

        public bool RowKnown { get; }

        /// <summary>The creation, with-expression or nested initializer the figures come from.</summary>
        public SyntaxNode Root { get; }

        public CellValue this[CellKey key] => _cells.TryGetValue(key, out CellValue value) ? value : CellValue.Unknown;

        public void Set(string rowPath, string columnId, CellValue value) => _cells[new CellKey(rowPath, columnId)] = value;

        /// <summary>Sets every cell of a row (when <paramref name="isRow"/>) or of every leaf row under a group ("" = the table).</summary>
        public void SetAll(bool isRow, string path, CellValue value)
        {
            IEnumerable<string> rows = isRow
                ? new[] { path }
                : Table.LeafRows.Where(r => path.Length == 0 || r.Path.StartsWith(path + ".", System.StringComparison.Ordinal)).Select(r => r.Path);
            foreach (string row in rows)
                foreach (AxisNode column in Table.LeafColumns)
                    Set(row, column.Id, value);
        }
    }
}
