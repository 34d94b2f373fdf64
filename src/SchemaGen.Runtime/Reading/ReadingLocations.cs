using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Puts a finished reading into the input's coordinates. The reader works in the numbers of the lines it walks
    /// (<see cref="DocumentLines"/>), which mean nothing to a user, so every diagnostic, heading, table and cell is given
    /// its <see cref="SourceLocation"/>, and its line and column become the input's own (the text's line:column, a web
    /// page's start-tag line) or 0 where the input has none (Word, PDF).
    /// </summary>
    internal sealed class ReadingLocations
    {
        private readonly Dictionary<int, TextLine> _lines;

        public ReadingLocations(TextLine[] lines)
        {
            _lines = new Dictionary<int, TextLine>(lines.Length);
            foreach (TextLine line in lines) _lines[line.Number] = line;
        }

        public ReportReading Apply(ReportReading reading)
        {
            var diagnostics = reading.Diagnostics.Select(Locate).ToArray();
            var sections = reading.Sections.Select(Locate).ToArray();
            var tables = reading.Tables.Select(Locate).ToArray();
            return new ReportReading(reading.Schema, sections, tables, diagnostics);
        }

        private ReadDiagnostic Locate(ReadDiagnostic d)
        {
            SourceLocation source = d.Source.IsNone ? Of(d.Line, d.Column0) : d.Source;
            return d with { Source = source, Line = source.Line, Column0 = source.Line > 0 ? source.Column : 0 };
        }

        public SectionReading Locate(SectionReading s)
        {
            SourceLocation heading = s.Found ? Of(s.HeadingLine, 0) : SourceLocation.None;
            return new SectionReading(s.SectionId, s.Found, heading.Line, s.Text) { HeadingLocation = heading };
        }

        private TableReading Locate(TableReading t)
        {
            SourceLocation first = Of(t.FirstLine, 0);
            var cells = t.Cells.ToDictionary(p => p.Key, p => Locate(p.Value));
            return new TableReading(t.TableId, t.Presence, first.Line, cells) { Location = first, Imputed = t.Imputed, Unread = t.Unread };
        }

        private CellReading Locate(CellReading cell)
        {
            SourceLocation source = cell.Source.IsNone ? Of(cell.Line, cell.Column) : cell.Source;
            return cell with { Source = source, Line = source.Line, Column = source.Line > 0 ? source.Column : 0 };
        }

        /// <summary>The place of a line and column of the laid-out document; none for line 0.</summary>
        private SourceLocation Of(int line, int column)
        {
            if (line <= 0 || !_lines.TryGetValue(line, out TextLine text)) return SourceLocation.None;
            return text.At(column > 0 ? column : text.FirstColumn);
        }
    }
}
