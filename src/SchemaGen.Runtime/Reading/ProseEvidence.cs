using System;
using System.Collections.Generic;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Prose;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// What the report's prose states about the cells of one table row (新收 1705, 其中自然人 1612), read from the sections
    /// only when asked: independent evidence for choosing between readings of a row the table's own rules cannot settle.
    /// </summary>
    internal sealed class ProseEvidence
    {
        private readonly SchemaDescriptor _schema;
        private readonly IReadOnlyList<SectionReading> _sections;
        private readonly ReadingLocations _locations;
        private ProseFigures? _figures;

        /// <param name="sections">The sections as the reader numbers their lines; <paramref name="locations"/> puts them in the input's.</param>
        public ProseEvidence(SchemaDescriptor schema, IReadOnlyList<SectionReading> sections, ReadingLocations locations)
        {
            _schema = schema;
            _sections = sections;
            _locations = locations;
        }

        /// <summary>Each figure the prose states for cells of <paramref name="rowPath"/> alone, with the columns it is the sum of.</summary>
        public IEnumerable<(IReadOnlyList<string> Columns, ProseFigure Figure)> OfRow(string tableId, string rowPath)
        {
            foreach (ProseDescriptor declared in _schema.Prose)
            {
                if (declared.TableId != tableId || declared.Cells.Count == 0 || !AllInRow(declared, rowPath)) continue;
                var columns = new string[declared.Cells.Count];
                for (int i = 0; i < columns.Length; i++) columns[i] = declared.Cells[i].Column;
                foreach (ProseFigure figure in Figures().Of(declared.Id)) yield return (columns, figure);
            }
        }

        private static bool AllInRow(ProseDescriptor declared, string rowPath)
        {
            foreach (var cell in declared.Cells)
                if (cell.Row != rowPath) return false;
            return true;
        }

        /// <summary>The prose's figures, when a table asked for them (so that they are not read twice); else null.</summary>
        public ProseFigures? IfRead => _figures;

        private ProseFigures Figures()
        {
            if (_figures is not null) return _figures;
            var located = new SectionReading[_sections.Count];
            for (int i = 0; i < located.Length; i++) located[i] = _locations.Locate(_sections[i]); // quoted at the input's lines
            return _figures = ProseReader.Read(new ReportReading(_schema, located, Array.Empty<TableReading>(), Array.Empty<ReadDiagnostic>()));
        }
    }
}
