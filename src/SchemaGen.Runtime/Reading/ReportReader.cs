using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Reads a report, whatever it was published as, into sections and table cells, driven by a schema descriptor: the
    /// document's blocks are laid out as lines (<see cref="DocumentLines"/>), <see cref="SectionLocator"/> finds the
    /// headings, <see cref="TableLocator"/> the table blocks, <see cref="TableGridReader"/> the cells. Whatever cannot be
    /// read with certainty is left not stated and said so in a <see cref="ReadDiagnostic"/> (catalog:
    /// <see cref="ReadDiagnosticIds"/>), located in the input (line:column, element path, or page). Never throws: on any
    /// input the result has a reading for every section and table of the schema.
    /// </summary>
    public static class ReportReader
    {
        public static ReportReading Read(Document document, SchemaDescriptor schema) => Read(document, schema, null);

        /// <summary>
        /// Reads a report that may print some rows in another format version's shape: <paramref name="shapes"/> (made for
        /// <paramref name="schema"/>, see <c>MigratedShapes.For</c>) says which, and where their figures go.
        /// </summary>
        public static ReportReading Read(Document document, SchemaDescriptor schema, MigratedRowShapes? shapes)
        {
            var diagnostics = new ReadDiagnosticBag();
            try
            {
                if (schema is null)
                {
                    diagnostics.Add(ReadDiagnosticIds.ReaderFailure, "no schema was given to read the report against");
                    return new ReportReading(schema!, Array.Empty<SectionReading>(), Array.Empty<TableReading>(), diagnostics.Items.ToArray());
                }
                document ??= TextDocument.Parse("");
                foreach (DocumentNote note in document.Notes) diagnostics.Add(note);
                SchemaReadingIndex index = shapes is not null && ReferenceEquals(shapes.Schema, schema) ? SchemaReadingIndex.For(shapes) : SchemaReadingIndex.For(schema);
                TextLine[] laidOut = DocumentLines.Of(document);
                if (document.Kind == DocumentKind.Text) laidOut = PageFurniture.Remove(laidOut, index); // a PDF reader removes its own
                TextLine[] lines = RunTogetherText.Segment(laidOut, index, out bool zerosLeftBlank);
                var locations = new ReadingLocations(lines);
                ReportReading located = locations.Apply(ReadLines(lines, index, diagnostics, zerosLeftBlank, locations, out ProseEvidence prose));
                located.ProseReadWhileReading = prose.IfRead;
                return located;
            }
            catch (Exception ex)
            {
                return Fallback(schema, diagnostics, ex);
            }
        }

        private static ReportReading ReadLines(TextLine[] lines, SchemaReadingIndex index, ReadDiagnosticBag diagnostics, bool zerosLeftBlank, ReadingLocations locations, out ProseEvidence prose)
        {
            SchemaDescriptor schema = index.Schema;
            IReadOnlyList<SectionSpan> spans = SectionLocator.Locate(lines, index, diagnostics);

            var sections = new List<SectionReading>(spans.Count);
            for (int k = 0; k < spans.Count; k++)
            {
                SectionSpan s = spans[k];
                sections.Add(new SectionReading(s.Section.Id, s.Found, s.Found ? lines[s.HeadingIndex].Number : 0, s.Found ? TextLines.Join(lines, s.Start, s.End) : ""));
            }

            var tables = new List<TableReading>();
            var habits = new PageHabits(lines, zerosLeftBlank); // the page's extraction's habits, the same for every table
            prose = new ProseEvidence(schema, sections, locations);
            foreach (SectionSpan span in spans)
            {
                IReadOnlyList<TableIndex> sectionTables = index.TablesOf(span.Section);
                var read = new List<(TableLines Block, TableReading Reading, ReadDiagnosticBag Notes, bool DrawingOrderKnown)>();
                foreach (TableLines block in TableLocator.Locate(lines, span, sectionTables))
                {
                    var notes = new ReadDiagnosticBag();
                    TableReading reading = TableGridReader.Read(lines, span, block, notes, habits, prose);
                    read.Add((block, reading, notes, span.LabelsListedFirst));
                }
                foreach (var (block, reading, notes, drawingOrderKnown) in read)
                {
                    // The section turned out to be in drawing order (labels listed apart from figures, pdftotext without -layout)
                    // only at a later table: an earlier one read as empty has its figures in the run after the last block, so
                    // it is read again as such, instead of as a table of blanks.
                    if (span.LabelsListedFirst && !drawingOrderKnown && reading.Presence == TablePresence.Empty)
                    {
                        var again = new ReadDiagnosticBag();
                        tables.Add(TableGridReader.Read(lines, span, block, again, habits, prose));
                        diagnostics.AddRange(again);
                        continue;
                    }
                    tables.Add(reading);
                    diagnostics.AddRange(notes);
                }
            }
            // A table whose section the schema does not list cannot be located: it reads as missing.
            foreach (TableIndex table in index.Tables.Where(t => tables.All(r => r.TableId != t.Table.Id)))
            {
                diagnostics.Add(ReadDiagnosticIds.TableMissing, $"table {table.Table.Label} is missing: its section {table.Table.SectionId} is not in the schema", table.Table.SectionId, table.Table.Id);
                tables.Add(MissingTable(table.Table.Id));
            }
            return new ReportReading(schema, sections, tables, diagnostics.Items.ToArray());
        }

        /// <summary>What is returned when reading failed unexpectedly: every section not found, every table missing, and why.</summary>
        private static ReportReading Fallback(SchemaDescriptor schema, ReadDiagnosticBag diagnostics, Exception ex)
        {
            var sections = new List<SectionReading>();
            var tables = new List<TableReading>();
            try
            {
                diagnostics.Add(ReadDiagnosticIds.ReaderFailure, $"the reader stopped unexpectedly ({ex.GetType().Name}: {ex.Message}); the report is read as empty");
                foreach (SectionDescriptor section in schema.Sections ?? Array.Empty<SectionDescriptor>())
                    if (section is not null) sections.Add(new SectionReading(section.Id, false, 0, ""));
                foreach (TableDescriptor table in schema.Tables ?? Array.Empty<TableDescriptor>())
                    if (table is not null) tables.Add(MissingTable(table.Id));
            }
            catch (Exception)
            {
                // The schema itself is unusable; return what there is.
            }
            return new ReportReading(schema, sections, tables, diagnostics.Items.ToArray());
        }

        private static TableReading MissingTable(string id)
            => new TableReading(id, TablePresence.Missing, 0, new Dictionary<(string Row, string Column), CellReading>());
    }
}
