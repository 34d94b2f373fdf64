using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Fuzz
{
    /// <summary>What must hold of every document a reader returns and of every reading of it, whatever the input.</summary>
    public static class ReadingChecks
    {
        /// <summary>The two generated schema descriptors every reading is checked against.</summary>
        public static IReadOnlyList<SchemaDescriptor> Schemas { get; } = new[]
        {
            SchemaGen.Formats.V2019.AnnualReportSchema.Descriptor,
            SchemaGen.Formats.V2021.AnnualReportSchema.Descriptor,
        };

        /// <summary>
        /// A reader's document: of its kind; no "reader failure" note (the reader caught an exception of its own: a bug
        /// to report, not an input problem); every note with a catalogued id; every table a full grid whose slots are
        /// covered by the cell they name.
        /// </summary>
        public static void CheckDocument(Document document, DocumentKind kind)
        {
            if (document is null) throw new PropertyViolation("the reader returned null");
            if (document.Kind != kind) throw new PropertyViolation($"a {kind} reader returned a {document.Kind} document");
            foreach (DocumentNote note in document.Notes)
            {
                if (note.Id == ReadDiagnosticIds.ReaderFailure) throw new PropertyViolation("reader failure: " + note);
                if (ReadDiagnosticIds.Find(note.Id) is null) throw new PropertyViolation("a note with an id not in the catalog: " + note);
            }
            foreach (Block block in document.Blocks)
            {
                if (block is null) throw new PropertyViolation("a null block");
                if (block is not TableBlock table) continue;
                for (int r = 0; r < table.RowCount; r++)
                    for (int c = 0; c < table.ColumnCount; c++)
                    {
                        SourceCell cell = table[r, c];
                        if (cell is null) throw new PropertyViolation($"table slot {r},{c} is empty");
                        if (r < cell.Row || r >= cell.Row + cell.RowSpan || c < cell.Column || c >= cell.Column + cell.ColumnSpan)
                            throw new PropertyViolation($"table slot {r},{c} names a cell at {cell.Row},{cell.Column} spanning {cell.RowSpan}x{cell.ColumnSpan}");
                    }
            }
        }

        /// <summary>Reads the document against both schemas and checks each reading.</summary>
        public static void ReadAndCheck(Document document)
        {
            foreach (SchemaDescriptor schema in Schemas) CheckReading(ReportReader.Read(document, schema), schema);
        }

        /// <summary>
        /// A reading: no reader failure; every diagnostic with a catalogued id and a line that is not negative; one reading
        /// per section and per table of the schema; every cell a leaf row and leaf column of its table, holding a value its
        /// kind allows (a count whole and not negative, a signed count whole, an amount not negative).
        /// </summary>
        public static void CheckReading(ReportReading reading, SchemaDescriptor schema)
        {
            foreach (ReadDiagnostic diagnostic in reading.Diagnostics)
            {
                if (diagnostic.Id == ReadDiagnosticIds.ReaderFailure) throw new PropertyViolation($"reader failure against {schema.Key}: {diagnostic}");
                if (ReadDiagnosticIds.Find(diagnostic.Id) is null) throw new PropertyViolation("a diagnostic with an id not in the catalog: " + diagnostic);
                if (diagnostic.Line < 0 || diagnostic.Column0 < 0) throw new PropertyViolation("a diagnostic at a negative place: " + diagnostic);
            }
            string[] sections = reading.Sections.Select(s => s.SectionId).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            string[] expectedSections = schema.Sections.Select(s => s.Id).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            if (!sections.SequenceEqual(expectedSections))
                throw new PropertyViolation($"sections read [{string.Join(", ", sections)}], schema {schema.Key} has [{string.Join(", ", expectedSections)}]");
            string[] tables = reading.Tables.Select(t => t.TableId).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            string[] expectedTables = schema.Tables.Select(t => t.Id).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            if (!tables.SequenceEqual(expectedTables))
                throw new PropertyViolation($"tables read [{string.Join(", ", tables)}], schema {schema.Key} has [{string.Join(", ", expectedTables)}]");

            foreach (TableReading table in reading.Tables)
            {
                TableDescriptor descriptor = schema.Table(table.TableId);
                if (table.Presence == TablePresence.Missing && table.Cells.Count > 0) throw new PropertyViolation($"table {table.TableId} is missing but has {table.Cells.Count} cells");
                foreach (var ((rowPath, columnId), cell) in table.Cells)
                {
                    AxisNodeDescriptor? row = descriptor.LeafRows.FirstOrDefault(r => r.Path == rowPath);
                    AxisNodeDescriptor? column = descriptor.LeafColumns.FirstOrDefault(c => c.Id == columnId);
                    if (row is null || column is null) throw new PropertyViolation($"table {table.TableId} has a cell ({rowPath}, {columnId}) that is not a leaf row and column");
                    if (cell.Value is not decimal value) continue;
                    CellKind kind = descriptor.KindOf(row, column);
                    bool whole = value == decimal.Truncate(value);
                    if (kind == CellKind.Count && (!whole || value < 0) || kind == CellKind.SignedCount && !whole || kind == CellKind.Amount && value < 0)
                        throw new PropertyViolation($"table {table.TableId} ({rowPath}, {columnId}) is a {kind} cell read as {value} from '{cell.Raw}'");
                }
            }
        }
    }
}
