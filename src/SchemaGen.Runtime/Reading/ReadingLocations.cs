using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Puts a finished reading into the input's coordinates. The reader works in line numbers of the laid-out document
    /// (<see cref="DocumentLines"/>); for plain text those are the text's own lines, for other inputs they mean nothing to
    /// a user, so every diagnostic, heading, table and cell is given its <see cref="SourceLocation"/>, and its line and
    /// column become the input's own (a web page's start-tag line) or 0 where the input has none (Word, PDF).
    /// </summary>
    internal sealed class ReadingLocations
    {
        private readonly Dictionary<int, TextLine> _lines;
        private readonly bool _linesAreTheInputs;

        public ReadingLocations(TextLine[] lines, bool linesAreTheInputs)
        {
            _lines = new Dictionary<int, TextLine>(lines.Length);
            foreach (TextLine line in lines) _lines[line.Number] = line;
            _linesAreTheInputs = linesAreTheInputs;
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
            return _linesAreTheInputs ? d with { Source = source } : d with { Source = source, Line = source.Line, Column0 = source.Line > 0 ? source.Column : 0 };
        }

        private SectionReading Locate(SectionReading s)
        {
            SourceLocation heading = s.Found ? Of(s.HeadingLine, 0) : SourceLocation.None;
            return new SectionReading(s.SectionId, s.Found, _linesAreTheInputs ? s.HeadingLine : heading.Line, s.Text) { HeadingLocation = heading };
        }

        private TableReading Locate(TableReading t)
        {
            SourceLocation first = Of(t.FirstLine, 0);
            var cells = t.Cells.ToDictionary(p => p.Key, p => Locate(p.Value));
            return new TableReading(t.TableId, t.Presence, _linesAreTheInputs ? t.FirstLine : first.Line, cells) { Location = first };
        }

        private CellReading Locate(CellReading cell)
        {
            SourceLocation source = cell.Source.IsNone ? Of(cell.Line, cell.Column) : cell.Source;
            return _linesAreTheInputs ? cell with { Source = source } : cell with { Source = source, Line = source.Line, Column = source.Line > 0 ? source.Column : 0 };
        }

        /// <summary>The place of a line and column of the laid-out document; none for line 0.</summary>
        private SourceLocation Of(int line, int column)
        {
            if (line <= 0 || !_lines.TryGetValue(line, out TextLine text)) return SourceLocation.None;
            return text.At(column > 0 ? column : text.FirstColumn);
        }
    }
}
