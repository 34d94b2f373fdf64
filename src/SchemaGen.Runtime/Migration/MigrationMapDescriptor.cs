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

    /// <summary>A migration block applied cell by cell, as the generator read it from the newer schema: the generated converter follows it.</summary>
    public sealed class MigrationMapDescriptor
    {
        public MigrationMapDescriptor(string fromKey, string toKey, IReadOnlyList<CellMigrationDescriptor> cells)
        {
            FromKey = fromKey;
            ToKey = toKey;
            Cells = cells;
        }

        /// <summary>The older format: gov-info-annual-report@2019.</summary>
        public string FromKey { get; }

        /// <summary>The newer format, whose schema declares the migration.</summary>
        public string ToKey { get; }

        /// <summary>Every leaf cell of the older version, in its table, row and column order.</summary>
        public IReadOnlyList<CellMigrationDescriptor> Cells { get; }

        public IEnumerable<CellMigrationDescriptor> Carried => Cells.Where(c => c.IsCarried);
    }
}
