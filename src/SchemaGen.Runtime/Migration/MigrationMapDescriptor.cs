using System;
using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Runtime.Migration
{
    /// <summary>
    /// Where one cell of the older version goes in the newer: a cell (possibly with a caveat: the new place only
    /// approximates the meaning) or nowhere (with the reason). Cells are named by table id, leaf row path and leaf column id.
    /// </summary>
    public sealed class CellMigrationDescriptor
    {
        public CellMigrationDescriptor(string fromTable, string fromRow, string fromColumn, string? toTable, string? toRow, string? toColumn, string? caveat, string? reason)
        {
            FromTable = fromTable;
            FromRow = fromRow;
            FromColumn = fromColumn;
            ToTable = toTable;
            ToRow = toRow;
            ToColumn = toColumn;
            Caveat = caveat;
            Reason = reason;
        }

        public string FromTable { get; }
        public string FromRow { get; }
        public string FromColumn { get; }
        public string? ToTable { get; }
        public string? ToRow { get; }
        public string? ToColumn { get; }
        /// <summary>Why the new place only approximates the figure's meaning (a split carried whole), or null.</summary>
        public string? Caveat { get; }
        /// <summary>Why the figure has no place in the newer version, or null when it is carried.</summary>
        public string? Reason { get; }

        public bool IsCarried => ToTable is not null;

        public override string ToString()
            => $"{FromTable}.row:{FromRow}.column:{FromColumn} → " + (IsCarried ? $"{ToTable}.row:{ToRow}.column:{ToColumn}" : "(not carried: " + Reason + ")");
    }

    /// <summary>
    /// A row of the older version that the newer one splits into several rows of the same table (a split rule between
    /// rows): the rows it became and, where the figures are carried whole, the one they go into. Rows are leaf row paths.
    /// Readers use it to read a report printed in the other version's shape (the single row, or the rows it became).
    /// </summary>
    public sealed class RowSplitDescriptor
    {
        public RowSplitDescriptor(string table, string fromRow, IReadOnlyList<string> toRows, string? carryInto, string? note)
        {
            Table = table;
            FromRow = fromRow;
            ToRows = toRows;
            CarryInto = carryInto;
            Note = note;
        }

        public string Table { get; }
        /// <summary>The older version's row (a leaf there).</summary>
        public string FromRow { get; }
        /// <summary>The newer version's rows it became (leaves there), in the order the rule lists them.</summary>
        public IReadOnlyList<string> ToRows { get; }
        /// <summary>The one of <see cref="ToRows"/> that receives the older row's figures whole, or null when they are not carried.</summary>
        public string? CarryInto { get; }
        /// <summary>The rule's note: why and how the row was split.</summary>
        public string? Note { get; }

        public override string ToString() => $"{Table}.row:{FromRow} → {string.Join(", ", ToRows)}" + (CarryInto is null ? "" : $" (carried into {CarryInto})");
    }

    /// <summary>A migration block applied cell by cell, as the generator read it from the newer schema: the generated converter follows it.</summary>
    public sealed class MigrationMapDescriptor
    {
        public MigrationMapDescriptor(string fromKey, string toKey, IReadOnlyList<CellMigrationDescriptor> cells)
            : this(fromKey, toKey, cells, Array.Empty<RowSplitDescriptor>())
        {
        }

        public MigrationMapDescriptor(string fromKey, string toKey, IReadOnlyList<CellMigrationDescriptor> cells, IReadOnlyList<RowSplitDescriptor> rowSplits)
        {
            FromKey = fromKey;
            ToKey = toKey;
            Cells = cells;
            RowSplits = rowSplits;
        }

        /// <summary>The older format: gov-info-annual-report@2019.</summary>
        public string FromKey { get; }

        /// <summary>The newer format, whose schema declares the migration.</summary>
        public string ToKey { get; }

        /// <summary>Every leaf cell of the older version, in its table, row and column order.</summary>
        public IReadOnlyList<CellMigrationDescriptor> Cells { get; }

        /// <summary>The rows of the older version that the newer splits into several rows, with the rows they became.</summary>
        public IReadOnlyList<RowSplitDescriptor> RowSplits { get; }

        public IEnumerable<CellMigrationDescriptor> Carried => Cells.Where(c => c.IsCarried);
    }
}
