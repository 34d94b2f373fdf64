using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>What a table section of a report turned out to hold.</summary>
    public enum TablePresence
    {
        /// <summary>No table at all (the section is missing, or holds only prose): a statutory defect.</summary>
        Missing,
        /// <summary>The table is there, but no cell holds a figure, so nothing can be checked.</summary>
        Empty,
        /// <summary>The table has figures, but none could be placed in cells with certainty.</summary>
        Unplaceable,
        /// <summary>Figures were read into cells (some may still have been left out, with a diagnostic each).</summary>
        Present,
    }

    /// <summary>
    /// A problem found while reading a report's text, located by section/table/row/column and by
    /// line:column in the text. Ids are stable (SG3xxx).
    /// </summary>
    /// <param name="Section">Section id (ProactiveDisclosure), or null.</param>
    /// <param name="Table">Table id (Applications), or null.</param>
    /// <param name="Row">Leaf or group row path (Outcomes.Withheld.StateSecret), or null.</param>
    /// <param name="Column">Leaf column id (NaturalPerson), or null.</param>
    /// <param name="Line">1-based line in the text (for a web page: of the element's start tag); 0 when the problem has no line (a section not found, a PDF page).</param>
    /// <param name="Column0">1-based column (UTF-16 code unit) in that line; 0 with <paramref name="Line"/> 0.</param>
    public sealed record ReadDiagnostic(
        string Id,
        FindingSeverity Severity,
        string Message,
        string? Section,
        string? Table,
        string? Row,
        string? Column,
        int Line,
        int Column0)
    {
        /// <summary>Where the problem stands in the input: line:column for text, the element path for a web page or a Word file, the page and box for a PDF.</summary>
        public SourceLocation Source { get; init; }

        public string Location
        {
            get
            {
                var parts = new List<string>();
                if (Section is not null) parts.Add("section " + Section);
                if (Table is not null) parts.Add("table " + Table);
                if (Row is not null) parts.Add("row " + Row);
                if (Column is not null) parts.Add("column " + Column);
                return string.Join(", ", parts);
            }
        }

        /// <summary>The catalog entry of <see cref="Id"/>: title and description (see <see cref="ReadDiagnosticIds"/>).</summary>
        public ReadDiagnosticDescriptor? Descriptor => ReadDiagnosticIds.Find(Id);

        public override string ToString() => $"{Line}:{Column0}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}" + (Location.Length > 0 ? $" [{Location}]" : "");
    }

    /// <summary>
    /// A figure read from the report: its value (null = blank, "not stated"), the raw text, and where it stood: the line
    /// and column of the text (for a web page, of the cell's start tag; 0 for inputs without lines) and its full place in
    /// the input, whatever its kind.
    /// </summary>
    public readonly record struct CellReading(decimal? Value, string Raw, int Line, int Column, SourceLocation Source = default);

    public sealed class SectionReading
    {
        public SectionReading(string sectionId, bool found, int headingLine, string text)
        {
            SectionId = sectionId;
            Found = found;
            HeadingLine = headingLine;
            Text = text;
        }

        public string SectionId { get; }
        public bool Found { get; }
        /// <summary>1-based line of the heading (for a web page: of its start tag), 0 when not found or the input has no lines.</summary>
        public int HeadingLine { get; }
        /// <summary>Where the heading stands in the input; none when not found.</summary>
        public SourceLocation HeadingLocation { get; init; }
        /// <summary>The section's text between its heading and the next one (tables included).</summary>
        public string Text { get; }
    }

    public sealed class TableReading
    {
        private readonly IReadOnlyDictionary<(string Row, string Column), CellReading> _cells;

        /// <summary>
        /// The cells as the reader placed them: what <see cref="Amount"/> reads, directly (a typed report asks for every
        /// cell, and a located cell's figure is the one read, only its place is worked out).
        /// </summary>
        private readonly PlacedCells? _asRead;

        public TableReading(string tableId, TablePresence presence, int firstLine, IReadOnlyDictionary<(string Row, string Column), CellReading> cells)
        {
            TableId = tableId;
            Presence = presence;
            FirstLine = firstLine;
            _cells = cells;
            _asRead = cells as PlacedCells;
        }

        /// <summary>The same reading over other cells with the same values (located ones): their figures are not counted again.</summary>
        internal TableReading(TableReading read, int firstLine, IReadOnlyDictionary<(string Row, string Column), CellReading> cells)
            : this(read.TableId, read.Presence, firstLine, cells)
        {
            _figureCount = read.FigureCount;
            _asRead = read._asRead;
        }

        public string TableId { get; }
        public TablePresence Presence { get; }
        /// <summary>1-based line where the table starts (for a web page: of its first row's start tag), 0 when missing or the input has no lines.</summary>
        public int FirstLine { get; }
        /// <summary>Where the table starts in the input; none when missing.</summary>
        public SourceLocation Location { get; init; }
        /// <summary>Every placed cell, blanks included, keyed by leaf row path and leaf column id.</summary>
        public IReadOnlyDictionary<(string Row, string Column), CellReading> Cells => _cells;

        /// <summary>
        /// Cells the report does not state but the reader computed from figures it does state (the rows another format
        /// version splits a row into, summed into it; see <see cref="MigratedRowShape"/>). Their <see cref="Cells"/> entry
        /// stays blank; the typed report takes the value and marks the cell imputed, as it marks a blank total it computes.
        /// </summary>
        public IReadOnlyList<ImputedCell> Imputed { get; init; } = Array.Empty<ImputedCell>();

        /// <summary>Cells the reader left blank although the report has figures for them that it could not combine (each said in a diagnostic).</summary>
        public IReadOnlyList<(string Row, string Column)> Unread { get; init; } = Array.Empty<(string Row, string Column)>();

        /// <summary>Counted on the first ask (the cells do not change), -1 until then.</summary>
        private int _figureCount = -1;

        public int FigureCount => _figureCount >= 0 ? _figureCount : _figureCount = CountFigures(_cells);

        /// <summary>The figure count, from a reader that counted it as it walked the cells (a walk of its own copied every entry twice).</summary>
        internal int CountedFigures { init => _figureCount = value; }

        private static int CountFigures(IReadOnlyDictionary<(string Row, string Column), CellReading> cells)
        {
            // The reader hands over its placed cells: walked with their own enumerator, not through the interface and LINQ.
            if (cells is not PlacedCells placed) return cells.Values.Count(c => c.Value.HasValue);
            int count = 0;
            foreach (KeyValuePair<(string Row, string Column), CellReading> cell in placed)
                if (cell.Value.Value.HasValue) count++;
            return count;
        }

        public decimal? Amount(string row, string column)
        {
            CellReading cell;
            bool found = _asRead is not null ? _asRead.TryGetValue((row, column), out cell) : _cells.TryGetValue((row, column), out cell);
            return found ? cell.Value : null;
        }

        /// <summary>The cell as a whole number; a non-whole value was already reported by the reader and reads as null.</summary>
        public int? Count(string row, string column)
        {
            decimal? value = Amount(row, column);
            return value.HasValue && value.Value == decimal.Truncate(value.Value) && value.Value <= int.MaxValue && value.Value >= int.MinValue ? (int)value.Value : null;
        }
    }

    /// <summary>Everything read from one report's text against one schema.</summary>
    public sealed class ReportReading
    {
        public ReportReading(SchemaDescriptor schema, IReadOnlyList<SectionReading> sections, IReadOnlyList<TableReading> tables, IReadOnlyList<ReadDiagnostic> diagnostics)
        {
            Schema = schema;
            Sections = sections;
            Tables = tables;
            Diagnostics = diagnostics;
        }

        public SchemaDescriptor Schema { get; }
        public IReadOnlyList<SectionReading> Sections { get; }
        public IReadOnlyList<TableReading> Tables { get; }
        public IReadOnlyList<ReadDiagnostic> Diagnostics { get; }

        /// <summary>The prose's figures when the reader read them (to choose a run-together row's split): not read again.</summary>
        internal Prose.ProseFigures? ProseReadWhileReading { get; set; }

        /// <summary>What was read of a table, by any key of the table (see <see cref="SchemaKeys"/>).</summary>
        /// <exception cref="ArgumentException">The schema has no such table; the message names the closest keys.</exception>
        public TableReading Table([SchemaKey(SchemaKeyKind.Table)] string id)
        {
            string tableId = Schema.Table(id).Id;
            // A loop, not FirstOrDefault with a closure: a typed report asks for each of its tables.
            for (int i = 0; i < Tables.Count; i++)
                if (Tables[i].TableId == tableId) return Tables[i];
            throw new ArgumentException($"the reading of {Schema.Key} holds no table '{tableId}'", nameof(id));
        }

        /// <summary>What was read of a section, by any key of the section.</summary>
        /// <exception cref="ArgumentException">The schema has no such section; the message names the closest keys.</exception>
        public SectionReading Section([SchemaKey(SchemaKeyKind.Section)] string id)
        {
            string sectionId = Schema.Section(id).Id;
            for (int i = 0; i < Sections.Count; i++)
                if (Sections[i].SectionId == sectionId) return Sections[i];
            throw new ArgumentException($"the reading of {Schema.Key} holds no section '{sectionId}'", nameof(id));
        }

        /// <summary>
        /// The cells of a table the reader could not read: every cell of a row it left out (SG3010, SG3011, SG3019 name the
        /// row), and, for figures it could not put in any row (SG3012, SG3013), every row of the table that was read all
        /// blank, since any of them may be the one lost. A rule on such cells is not assessable rather than broken.
        /// </summary>
        public IEnumerable<(string Row, string Column)> UnreadCells(string tableId)
        {
            // Asked for every table of every report, and most have no unread cell: loops, not LINQ's lookups with a
            // closure each, and no list at all when no diagnostic leaves a row out.
            TableDescriptor? table = null;
            for (int i = 0; i < Schema.Tables.Count; i++)
                if (Schema.Tables[i].Id == tableId) { table = Schema.Tables[i]; break; }
            TableReading? reading = null;
            for (int i = 0; i < Tables.Count; i++)
                if (Tables[i].TableId == tableId) { reading = Tables[i]; break; }
            if (table is null || reading is null) return Array.Empty<(string Row, string Column)>();
            List<string>? rows = null;
            for (int i = 0; i < Diagnostics.Count; i++)
            {
                ReadDiagnostic d = Diagnostics[i];
                if (d.Table != tableId || !RowLeftOut.Contains(d.Id)) continue;
                rows ??= new List<string>();
                if (d.Row is not null) AddRowAndItsLeaves(rows, table, d.Row);
                else AddBlankRows(rows, table, reading);
            }
            if (rows is null) return reading.Unread;
            var cells = new List<(string Row, string Column)>();
            var distinct = new HashSet<string>();
            foreach (string row in rows)
            {
                if (!distinct.Add(row)) continue; // in the order first named, as Distinct gave them
                foreach (AxisNodeDescriptor column in table.LeafColumns) cells.Add((row, column.Id));
            }
            cells.AddRange(reading.Unread);
            return cells;
        }

        // Helpers, not lambdas in the loop above: a lambda capturing its variable made a closure for every diagnostic.
        private static void AddRowAndItsLeaves(List<string> rows, TableDescriptor table, string row)
        {
            string under = row + ".";
            foreach (AxisNodeDescriptor leaf in table.LeafRows)
                if (leaf.Path == row || leaf.Path.StartsWith(under, System.StringComparison.Ordinal)) rows.Add(leaf.Path);
        }

        private static void AddBlankRows(List<string> rows, TableDescriptor table, TableReading reading)
        {
            foreach (AxisNodeDescriptor leaf in table.LeafRows)
                if (table.LeafColumns.All(c => reading.Amount(leaf.Path, c.Id) is null)) rows.Add(leaf.Path);
        }

        /// <summary>The cells of a table the reader computed rather than read (see <see cref="TableReading.Imputed"/>); none for an unknown table.</summary>
        public IReadOnlyList<ImputedCell> ImputedCells(string tableId)
            => Tables.FirstOrDefault(t => t.TableId == tableId)?.Imputed ?? (IReadOnlyList<ImputedCell>)Array.Empty<ImputedCell>();

        /// <summary>The reading diagnostics that leave a row's figures out.</summary>
        private static readonly string[] RowLeftOut =
        {
            ReadDiagnosticIds.RowNotPlaceable, ReadDiagnosticIds.RowTooManyFigures, ReadDiagnosticIds.UnknownRow,
            ReadDiagnosticIds.AmbiguousRowLabel, ReadDiagnosticIds.AmbiguousRun,
        };

        /// <summary>The text of a prose section, or null when the report lacks it.</summary>
        /// <exception cref="ArgumentException">The schema has no such section; the message names the closest keys.</exception>
        public string? TextOf([SchemaKey(SchemaKeyKind.Section)] string sectionId)
        {
            string id = Schema.Section(sectionId).Id;
            SectionReading? section = Sections.FirstOrDefault(s => s.SectionId == id);
            return section is { Found: true } ? section.Text : null;
        }
    }

    /// <summary>A typed report and how it was read.</summary>
    public sealed class ParseResult<TReport>
    {
        public ParseResult(TReport report, ReportReading reading)
        {
            Report = report;
            Reading = reading;
        }

        public TReport Report { get; }
        public ReportReading Reading { get; }
        public IReadOnlyList<ReadDiagnostic> Diagnostics => Reading.Diagnostics;

        /// <summary>Whether a table was found, by any key of the table (see <see cref="SchemaKeys"/>).</summary>
        /// <exception cref="ArgumentException">The schema has no such table; the message names the closest keys.</exception>
        public TablePresence PresenceOf([SchemaKey(SchemaKeyKind.Table)] string tableId) => Reading.Table(tableId).Presence;
    }
}
