using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Migration;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Runtime.Formats
{
    /// <summary>
    /// The rows of other versions' shapes that a reader of one format may meet, worked out from the migration maps of the
    /// formats generated together (each map's row splits), so no version and no row is named in code: reading the newer
    /// version, the older version's single row is carried whole into the row the split names; reading the older version,
    /// the rows the newer version split it into are summed back into it.
    /// </summary>
    public static class MigratedShapes
    {
        /// <summary>The shapes a reader of <paramref name="schema"/> may meet among <paramref name="formats"/>. Never throws.</summary>
        public static MigratedRowShapes For(SchemaDescriptor schema, IEnumerable<IReportFormat>? formats)
        {
            var rows = new List<MigratedRowShape>();
            try
            {
                List<IReportFormat> all = (formats ?? Array.Empty<IReportFormat>()).Where(f => f is not null).ToList();
                foreach (IReportFormat newer in all)
                {
                    if (newer.MigrationMap is not { } map) continue;
                    SchemaDescriptor? older = all.FirstOrDefault(f => f.Descriptor.Key == map.FromKey)?.Descriptor;
                    if (older is null) continue;
                    foreach (RowSplitDescriptor split in map.RowSplits)
                    {
                        MigratedRowShape? shape = newer.Descriptor.Key == schema.Key ? CarriedWhole(schema, older, split)
                            : map.FromKey == schema.Key ? Summed(schema, newer.Descriptor, split)
                            : null;
                        if (shape is not null) rows.Add(shape);
                    }
                }
            }
            catch (Exception)
            {
                // A format whose map cannot be read adds no shape: the reader then reports those rows as it always did.
            }
            return new MigratedRowShapes(schema, rows);
        }

        /// <summary>Reading the newer version: the older row, printed whole, goes into the row the split carries it into.</summary>
        private static MigratedRowShape? CarriedWhole(SchemaDescriptor newer, SchemaDescriptor older, RowSplitDescriptor split)
        {
            AxisNodeDescriptor? written = TableOf(older, split.Table)?.FindRow(split.FromRow);
            TableDescriptor? table = TableOf(newer, split.Table);
            if (written is null || table is null || split.CarryInto is null || !split.ToRows.All(r => table.FindRow(r) is { IsLeaf: true })) return null;
            return new MigratedRowShape(split.Table, MigratedShapeKind.CarriedWhole, older.Key, new[] { written }, split.CarryInto, split.ToRows, split.Note);
        }

        /// <summary>Reading the older version: the rows the newer one split the row into are summed back into it.</summary>
        private static MigratedRowShape? Summed(SchemaDescriptor older, SchemaDescriptor newer, RowSplitDescriptor split)
        {
            TableDescriptor? newerTable = TableOf(newer, split.Table);
            if (newerTable is null || TableOf(older, split.Table)?.FindRow(split.FromRow) is not { IsLeaf: true }) return null;
            var written = new List<AxisNodeDescriptor>();
            foreach (string row in split.ToRows)
            {
                if (newerTable.FindRow(row) is not { IsLeaf: true } node) return null;
                written.Add(node);
            }
            if (written.Count == 0) return null;
            return new MigratedRowShape(split.Table, MigratedShapeKind.Summed, newer.Key, written, split.FromRow, new[] { split.FromRow }, split.Note);
        }

        private static TableDescriptor? TableOf(SchemaDescriptor schema, string id) => schema.Tables.FirstOrDefault(t => t.Id == id);
    }
}
