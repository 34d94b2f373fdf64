using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>How the rows of another version's shape are read into this version.</summary>
    public enum MigratedShapeKind
    {
        /// <summary>
        /// The older version's single row, printed where this version splits it into rows: its figures are read whole into
        /// the row the migration carries them into, when none of the rows it was split into states a figure.
        /// </summary>
        CarriedWhole,

        /// <summary>
        /// The rows the newer version splits this version's row into: their figures are summed, column by column, into this
        /// version's row, when every one of them states that column; the sums are marked computed, not stated.
        /// </summary>
        Summed,
    }

    /// <summary>
    /// Rows of one table as another format version prints them, and where their figures go in the version being read, as
    /// a migration map's row split says (see <c>MigrationMapDescriptor.RowSplits</c>). A report keeps the old shape or takes
    /// up the new one before its format does; the reader maps what the migration relates instead of losing the table.
    /// </summary>
    public sealed class MigratedRowShape
    {
        public MigratedRowShape(string tableId, MigratedShapeKind kind, string otherFormat, IReadOnlyList<AxisNodeDescriptor> written, string into,
            IReadOnlyList<string> standsFor, string? note)
        {
            TableId = tableId;
            Kind = kind;
            OtherFormat = otherFormat;
            Written = written;
            Into = into;
            StandsFor = standsFor;
            Note = note;
        }

        public string TableId { get; }
        public MigratedShapeKind Kind { get; }

        /// <summary>The key of the version whose shape this is (format id @ version).</summary>
        public string OtherFormat { get; }

        /// <summary>The rows as that version prints them: its own row nodes, with their labels, aliases and numbers.</summary>
        public IReadOnlyList<AxisNodeDescriptor> Written { get; }

        /// <summary>The leaf row path of the version being read that receives the figures.</summary>
        public string Into { get; }

        /// <summary>
        /// The leaf rows of the version being read that the written shape stands for: when any of them states a figure of
        /// its own, the report prints both shapes and nothing is mapped.
        /// </summary>
        public IReadOnlyList<string> StandsFor { get; }

        /// <summary>The migration rule's note, or null.</summary>
        public string? Note { get; }

        public override string ToString() => $"{TableId}: {string.Join(", ", Written.Select(n => n.Path))} of {OtherFormat} → {Into} ({Kind})";
    }

    /// <summary>Every <see cref="MigratedRowShape"/> a reader of one schema may meet. Generated parsers keep one per format.</summary>
    public sealed class MigratedRowShapes
    {
        public MigratedRowShapes(SchemaDescriptor schema, IReadOnlyList<MigratedRowShape> rows)
        {
            Schema = schema;
            Rows = rows;
        }

        /// <summary>No other shape: the reader knows only the schema's own rows.</summary>
        public static MigratedRowShapes None(SchemaDescriptor schema) => new MigratedRowShapes(schema, Array.Empty<MigratedRowShape>());

        /// <summary>The schema being read.</summary>
        public SchemaDescriptor Schema { get; }

        public IReadOnlyList<MigratedRowShape> Rows { get; }
    }
}
