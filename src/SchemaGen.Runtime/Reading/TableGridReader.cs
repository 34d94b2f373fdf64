using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading.LabelMatching;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Reads one table block into cells: tokenizes it in its layout, matches rows, places each row's cells
    /// (see <see cref="CellPlacer"/>), checks every placed figure against its cell's kind, and says what the
    /// table turned out to hold (<see cref="TablePresence"/>), with a diagnostic for each thing left out.
    /// </summary>
    internal sealed partial class TableGridReader
    {
        private readonly TextLine[] _lines;
        private readonly SectionSpan _section;
        private readonly TableLines _block;
        private readonly ReadDiagnosticBag _diagnostics;
        private readonly TableIndex _index;
        private readonly TableDescriptor _table;
        // Made at the first cell placed, room for every cell: a table found missing (a section not found, a caption not
        // located) never places one, and a report's largest table has hundreds.
        private PlacedCells? _placed;

        private PlacedCells Cells => _placed ??= new PlacedCells(_index.CellSlots);

        /// <summary>The cells placed so far, for a reading: none when none was.</summary>
        private PlacedCells CellsRead => _placed ?? new PlacedCells(_index.CellSlots);
        private readonly Dictionary<AxisNodeDescriptor, TableRowDraft> _placedRows; // room for every leaf row: grown from empty, it was built four times
        private readonly LeafRowSet _seenRows;
        private int _placedFigures;
        private readonly MigratedRows _migrated;

        private readonly PageHabits _habits;
        private readonly ProseEvidence _prose;
        private RunPlacer _runs = null!;

        private TableGridReader(TextLine[] lines, SectionSpan section, TableLines block, ReadDiagnosticBag diagnostics, PageHabits habits, ProseEvidence prose)
        {
            _habits = habits;
            _prose = prose;
            _lines = lines;
            _section = section;
            _block = block;
            _diagnostics = diagnostics;
            _index = block.Index;
            _table = block.Index.Table;
            _placedRows = new Dictionary<AxisNodeDescriptor, TableRowDraft>(block.Index.LeafRows.Length);
            _seenRows = new LeafRowSet(block.Index.CellSlots);
            _migrated = new MigratedRows(this);
        }

        private string SectionId => _section.Section.Id;
        private string TableId => _table.Id;
        private string TableName => _table.Caption is null ? _table.Label : _table.Caption + " " + _table.Label;

        /// <param name="prose">What the report's prose states: evidence for a run-together row the table's rules cannot settle.</param>
        public static TableReading Read(TextLine[] lines, SectionSpan section, TableLines block, ReadDiagnosticBag diagnostics, PageHabits habits, ProseEvidence prose)
            => new TableGridReader(lines, section, block, diagnostics, habits, prose).Read();

        private TableReading Read()
        {
            if (!_section.Found)
                return Missing($"table {TableName} is missing: its section {_section.Section.Heading} was not found", 0, 0);
            int headingLine = _lines[_section.HeadingIndex].Number;
            string headingAt = _lines[_section.HeadingIndex].Location.Describe();
            if (!_block.Located && SectionIsBlank())
                return Missing($"table {TableName} is missing: {_section.Section.Heading} ({headingAt}) is followed by nothing", headingLine, 1);
            if (!_block.Located)
                return Missing(_table.Caption is null
                    ? $"table {TableName} is missing: it could not be located under {_section.Section.Heading} ({headingAt})"
                    : $"table {TableName} is missing: its caption {_table.Caption} was not found under {_section.Section.Heading} ({headingAt})", headingLine, 1);

            var resolver = new RowLabelResolver(_index);
            var classifier = new TableTextClassifier(_index);
            TableScan scan = TableCells.Detect(_lines, _block.Start, _block.End) switch
            {
                CellLayout.Pipe => PipeRowTokenizer.Scan(_lines, _block, classifier, resolver),
                CellLayout.FixedWidth => LayoutRowTokenizer.Scan(_lines, _block, classifier, resolver, _index),
                _ => LineCellTokenizer.Scan(_lines, _block, classifier, resolver, _habits.Pitch),
            };

            _section.LeafRowsWithoutCells += scan.LeafRowsWithoutCells;
            if (_section.LabelsListedFirst) return LabelsBeforeFigures(scan);
            _runs = new RunPlacer(_index, _habits.ZerosLeftBlank, _prose);
            // The leaf rows as drafted (one walk: LINQ in the native build makes interface calls per row and per stage), those
            // that are one run of digits, and the rows no draft printed anything for, in the order first drafted.
            var leafRows = new List<(TableRowDraft Draft, AxisNodeDescriptor Row)>(scan.Rows.Count);
            var runRows = new List<(TableRowDraft Draft, AxisNodeDescriptor Row)>();
            var printed = new LeafRowSet(_index.CellSlots);
            foreach (TableRowDraft draft in scan.Rows)
            {
                AxisNodeDescriptor? row = RowOf(draft);
                if (row is null || !_index.IsLeafRow(row) || _index.ShapeOf(row) is not null) continue;
                leafRows.Add((draft, row));
                if (RunPlacer.SingleRun(draft) is not null) runRows.Add((draft, row));
                if (!draft.PrintsNothing) printed.Add(row);
            }
            var emptyRows = new List<AxisNodeDescriptor>();
            var listed = new LeafRowSet(_index.CellSlots);
            foreach (var (_, row) in leafRows)
                if (!printed.Contains(row) && listed.Add(row)) emptyRows.Add(row);
            _runs.Resolve(runRows, emptyRows);

            var tableLines = new List<int>(scan.HeaderLines);
            tableLines.AddRange(scan.BlankRowLines);
            int figures = 0;
            foreach (TableRowDraft row in scan.Rows)
            {
                figures += row.FigureCount;
                if (ReadRow(row)) tableLines.Add(row.Line);
            }
            _migrated.Resolve();
            ReportUnrecognizedHeaders(scan);

            if (tableLines.Count == 0)
                return Missing($"table {TableName} is missing: {_section.Section.Heading} ({headingAt}) holds no table", headingLine, 1);
            int firstLine = tableLines.Min();

            int blankRows = scan.BlankRowLines.Count + scan.Rows.Count(r => r.Label is null && !r.HasContent);
            if (blankRows > 0)
                _diagnostics.Add(ReadDiagnosticIds.BlankRowsIgnored, $"{Count(blankRows, "row")} without a label or a figure skipped in table {TableName}",
                    SectionId, TableId, line: scan.BlankRowLines.Count > 0 ? scan.BlankRowLines[0] : firstLine, column0: 1);

            TablePresence presence;
            if (figures == 0)
            {
                presence = TablePresence.Empty;
                _diagnostics.Add(ReadDiagnosticIds.TableEmpty, $"table {TableName} holds no figures: nothing in it can be checked", SectionId, TableId, line: firstLine, column0: 1);
            }
            else if (_placedFigures == 0)
            {
                presence = TablePresence.Unplaceable;
                _diagnostics.Add(ReadDiagnosticIds.TableUnplaceable,
                    $"table {TableName} holds {Count(figures, "figure")}, but none could be placed in its cells with certainty; none is read",
                    SectionId, TableId, line: firstLine, column0: 1);
            }
            else
            {
                presence = TablePresence.Present;
                ReportRowsNotFound(firstLine);
                int cellFigures = ReportBlankCells(firstLine);
                return new TableReading(TableId, presence, firstLine, CellsRead) { Imputed = _migrated.Imputed, Unread = _migrated.Unread, CountedFigures = cellFigures };
            }
            return new TableReading(TableId, presence, firstLine, CellsRead) { Imputed = _migrated.Imputed, Unread = _migrated.Unread };
        }

        /// <summary>A table whose labels are listed apart from its figures: nothing in it is read.</summary>
        private TableReading LabelsBeforeFigures(TableScan scan)
        {
            int firstLine = scan.Rows.Count > 0 ? scan.Rows.Min(r => r.Line) : _lines[_section.HeadingIndex].Number;
            int figures = scan.Rows.Sum(r => r.FigureCount);
            string apart = $"table {TableName} lists its row labels apart from its figures (text in the order the PDF draws it, column by column, as pdftotext without -layout gives it)";
            if (figures == 0 && FiguresFollowInSection())
            {
                // Not a table of blanks: its figures are in the run the section prints after its last table.
                _diagnostics.Add(ReadDiagnosticIds.TableUnplaceable,
                    $"{apart}, and none of them stands beside it: the section's figures follow its last table, so which table and row each belongs to cannot be known; none is read",
                    SectionId, TableId, line: firstLine, column0: 1);
                return new TableReading(TableId, TablePresence.Unplaceable, firstLine, CellsRead);
            }
            _diagnostics.Add(ReadDiagnosticIds.TableUnplaceable,
                $"{apart}, so which figure belongs to which row cannot be known; none of its {Count(figures, "figure")} is read",
                SectionId, TableId, line: firstLine, column0: 1);
            return new TableReading(TableId, figures == 0 ? TablePresence.Empty : TablePresence.Unplaceable, firstLine, CellsRead);
        }

        /// <summary>Whether a line after this table, in its section, is a figure on its own.</summary>
        private bool FiguresFollowInSection()
        {
            for (int i = _block.End; i < _section.End && i < _lines.Length; i++)
                if (!_lines[i].IsBlank && CellValueParser.Parse(_lines[i].Text).IsNumber) return true;
            return false;
        }

        /// <summary>The row a draft names: its resolved label, or the table's unlabeled row for figures without one.</summary>
        private AxisNodeDescriptor? RowOf(TableRowDraft draft) => draft.Label is null ? _index.UnlabeledRow : draft.Resolution.Node;

        private bool SectionIsBlank()
        {
            for (int i = _section.Start; i < _section.End && i < _lines.Length; i++)
                if (!_lines[i].IsBlank) return false;
            return true;
        }

        private TableReading Missing(string message, int line, int column)
        {
            _diagnostics.Add(ReadDiagnosticIds.TableMissing, message, SectionId, TableId, line: line, column0: column);
            return new TableReading(TableId, TablePresence.Missing, 0, new Dictionary<(string Row, string Column), CellReading>());
        }

        /// <summary>Places one row's cells. Returns whether the row is a table line (as opposed to stray prose).</summary>
        private bool ReadRow(TableRowDraft draft)
        {
            AxisNodeDescriptor? row;
            if (draft.Label is null)
            {
                if (!draft.HasContent) return false;
                row = _index.UnlabeledRow;
                if (row is null)
                {
                    if (draft.FigureCount > 0)
                        Report(ReadDiagnosticIds.UnknownRow, $"{Count(draft.FigureCount, "figure")} ({Figures(draft)}) without a row label in table {TableName}; left out", draft);
                    return draft.FigureCount > 0;
                }
            }
            else if (draft.Resolution.Node is { } node) row = node;
            else if (draft.Resolution.IsAmbiguous)
            {
                if (draft.FigureCount > 0)
                    Report(ReadDiagnosticIds.AmbiguousRowLabel,
                        $"row label \"{draft.Label}\" in table {TableName} could be any of {string.Join(", ", draft.Resolution.Candidates.Select(_index.Describe))}; its figures ({Figures(draft)}) are left out", draft);
                return true;
            }
            else if (draft.FigureCount > 0 && SimilarRow(draft) is { } similar) row = similar;
            else
            {
                if (draft.FigureCount == 0) return false;
                Report(ReadDiagnosticIds.UnknownRow, $"row \"{Shorten(draft.Label)}\" is not a row of table {TableName}; its figures ({Figures(draft)}) are left out", draft);
                return true;
            }

            if (_index.ShapeOf(row) is { } shape)
            {
                _migrated.Add(draft, row, shape);
                return true;
            }
            if (!_index.IsLeafRow(row))
            {
                if (draft.FigureCount > 0 && _index.CarriedWholeInto(row, draft.Label) is { } carried)
                    _migrated.Add(draft, row, carried);
                else if (draft.FigureCount > 0)
                    ReportGroupRowFigures(draft, row);
                return true;
            }
            PlaceRow(draft, row);
            return true;
        }

        private void ReportGroupRowFigures(TableRowDraft draft, AxisNodeDescriptor row)
            => Report(ReadDiagnosticIds.GroupRowFigures, $"figures on the group row {row.NumberedLabel} of table {TableName} ignored ({Figures(draft)}): the format gives it none", draft, row);

        /// <summary>Places a row's figures into the table's leaf row <paramref name="row"/>. Returns whether they were placed.</summary>
        private bool PlaceRow(TableRowDraft draft, AxisNodeDescriptor row)
        {
            if (_placedRows.TryGetValue(row, out TableRowDraft? earlier))
            {
                if (draft.FigureCount == 0) return false; // a blank repeat says nothing new
                if (earlier.FigureCount > 0)
                {
                    Report(ReadDiagnosticIds.DuplicateRow, $"row {_index.Describe(row)} of table {TableName} appears again (first at {earlier.Source.Describe()}); this occurrence is left out", draft, row);
                    return false;
                }
                ForgetRow(row);
            }
            _seenRows.Add(row);

            if (Placed(draft, row, row) is not { } placement) return false;
            _placedRows[row] = draft;
            int ordinal = _index.CellSlots.RowOf(row);
            for (int j = 0; j < _index.LeafColumns.Length; j++)
                Cells.Set(ordinal, j, ReadCell(placement.CellAt(j), row, _index.LeafColumns[j], draft));
            return true;
        }

        /// <summary>Takes back a row placed blank, for figures that belong there after all.</summary>
        private void ForgetRow(AxisNodeDescriptor row)
        {
            if (_placed is not null)
            {
                int ordinal = _index.CellSlots.RowOf(row);
                for (int j = 0; j < _index.LeafColumns.Length; j++) _placed.Remove(ordinal, j);
            }
            _placedRows.Remove(row);
        }

        /// <summary>
        /// The draft's cells in the table's columns, or null, said in a diagnostic on <paramref name="reportedRow"/>, when they
        /// cannot be placed with certainty. <paramref name="row"/> is the row as the messages name it (another version's row
        /// for a migrated shape), <paramref name="reportedRow"/> the table's row its figures are for.
        /// </summary>
        private Placement? Placed(TableRowDraft draft, AxisNodeDescriptor row, AxisNodeDescriptor reportedRow)
        {
            if (draft.LayoutProblem is not null)
            {
                Report(ReadDiagnosticIds.RowNotPlaceable, $"the cells of row {_index.Describe(row)} of table {TableName} could not be placed with certainty: {draft.LayoutProblem}; its figures are left out", draft, reportedRow);
                return null;
            }

            RunOutcome? fromRun = _runs.OutcomeOf(draft);
            if (fromRun is { Problem: { } runProblem })
            {
                Report(ReadDiagnosticIds.AmbiguousRun, $"row {_index.Describe(row)} of table {TableName} is not read: {runProblem}; its figures are left out", draft, reportedRow);
                return null;
            }
            if (fromRun is { UsedRules.Count: > 0 })
                Report(ReadDiagnosticIds.RunSplitByRule, $"the run-together figures of row {_index.Describe(row)} of table {TableName} were split by {string.Join(", ", fromRun.UsedRules)}: used for reading, not checked for this row", draft, reportedRow);
            Placement placement = fromRun?.Placement ?? CellPlacer.Place(draft.Cells, _index.LeafColumns.Length, draft.TrailingBlanksArePadding);
            if (placement.IsPlaced) return placement;
            string cells = $"{Count(draft.Cells.Count, "cell")} ({string.Join(", ", draft.Cells.Select(c => c.IsBlank ? "_" : c.Raw))}) for {Count(_index.LeafColumns.Length, "column")}";
            if (placement.Problem == PlacementProblem.TooManyFigures)
                Report(ReadDiagnosticIds.RowTooManyFigures, $"row {_index.Describe(row)} of table {TableName} has more figures than columns: {cells}; its figures are left out", draft, reportedRow);
            else
                Report(ReadDiagnosticIds.RowNotPlaceable, $"the cells of row {_index.Describe(row)} of table {TableName} could not be placed with certainty: {cells}; its figures are left out", draft, reportedRow);
            return null;
        }

        /// <summary>A placed cell's reading: a figure that fits the cell's kind, else not stated (with a diagnostic).</summary>
        /// <param name="readInto">The table's row the figure is for, when <paramref name="row"/> is another version's row (a migrated shape).</param>
        private CellReading ReadCell(RawCell? placed, AxisNodeDescriptor row, AxisNodeDescriptor column, TableRowDraft draft, AxisNodeDescriptor? readInto = null)
        {
            if (placed is not { } cell) return new CellReading(null, "", draft.Line, 0, draft.Source);
            // Named only in a diagnostic: most cells have none, so the name is not built for them.
            string Where() => $"{_index.Describe(row)} × {column.Label} of table {TableName}";
            switch (cell.Parsed.Kind)
            {
                case CellTextKind.NotStated:
                    return new CellReading(null, cell.Raw, cell.Line, cell.Column, cell.Source);
                case CellTextKind.Unreadable:
                    ReportCell(ReadDiagnosticIds.UnreadableCell, $"cell {Where()} holds \"{Shorten(cell.Raw)}\", {cell.Parsed.Problem}; read as not stated", cell, readInto ?? row, column);
                    return new CellReading(null, cell.Raw, cell.Line, cell.Column, cell.Source);
            }
            _placedFigures++;
            decimal value = cell.Parsed.Value;
            // Most figures are a few plain digits: whole, not negative, within a count's range, for every kind of cell.
            if (cell.Parsed.IsSmallWhole) return new CellReading(value, cell.Raw, cell.Line, cell.Column, cell.Source);
            CellKind kind = _table.KindOf(readInto ?? row, column);
            if (kind != CellKind.Amount && value != decimal.Truncate(value))
            {
                ReportCell(ReadDiagnosticIds.FractionalCount, $"cell {Where()} counts, but holds {cell.Raw}; read as not stated", cell, readInto ?? row, column);
                return new CellReading(null, cell.Raw, cell.Line, cell.Column, cell.Source);
            }
            if (value < 0 && kind != CellKind.SignedCount)
            {
                ReportCell(ReadDiagnosticIds.NegativeValue, $"cell {Where()} cannot be negative, but holds {cell.Raw}; read as not stated", cell, readInto ?? row, column);
                return new CellReading(null, cell.Raw, cell.Line, cell.Column, cell.Source);
            }
            // A count is an int in the generated model: a figure beyond it would otherwise turn blank there without a word.
            if (kind != CellKind.Amount && (value > int.MaxValue || value < int.MinValue))
            {
                ReportCell(ReadDiagnosticIds.UnreadableCell, $"cell {Where()} holds {cell.Raw}, outside the range of a count ({int.MinValue.ToString(CultureInfo.InvariantCulture)} to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}); read as not stated", cell, readInto ?? row, column);
                return new CellReading(null, cell.Raw, cell.Line, cell.Column, cell.Source);
            }
            return new CellReading(value, cell.Raw, cell.Line, cell.Column, cell.Source);
        }

        private void ReportRowsNotFound(int firstLine)
        {
            var missing = new List<AxisNodeDescriptor>();
            foreach (AxisNodeDescriptor row in _index.LeafRows)
                if (!_seenRows.Contains(row)) missing.Add(row);
            if (missing.Count == 0) return;
            _diagnostics.Add(ReadDiagnosticIds.RowsNotFound,
                $"{Count(missing.Count, "row")} of table {TableName} not found, their cells not stated: {string.Join("; ", missing.Select(_index.Describe))}",
                SectionId, TableId, line: firstLine, column0: 1);
        }

        /// <summary>
        /// A label that matched no row exactly, taken for the one leaf row it is similar enough to (an OCR slip, a word
        /// more or less), when no other row comes close, its item number (if written) agrees, and that row is not read yet.
        /// Said in a note with the score, so that a reader of the output can see what was assumed.
        /// </summary>
        private AxisNodeDescriptor? SimilarRow(TableRowDraft draft)
        {
            LabelMatchResult<AxisNodeDescriptor> match = _index.SimilarRows.Match(draft.Label);
            if (!match.IsMatch || match.Target is not { } row || !_index.IsLeafRow(row) || _placedRows.ContainsKey(row)) return null;
            LeadingNumber written = LeadingNumber.Parse(TextNormalizer.Fold(draft.Label ?? ""));
            if (written.IsPresent && _index.Numbers.TryGetValue(row, out LeadingNumber number) && !number.SameAs(written)) return null;
            string how = match.Kind == LabelMatchKind.Approximate
                ? "similarity " + match.Score.ToString("0.00", CultureInfo.InvariantCulture)
                : "the same once look-alike characters and variant forms are folded";
            Report(ReadDiagnosticIds.RowLabelMatchedApproximately,
                $"row label \"{Shorten(draft.Label!)}\" of table {TableName} read as {_index.Describe(row)} ({how})", draft, row);
            return row;
        }

        /// <summary>
        /// Cells of rows that were read and hold nothing: a blank is not a zero, and the format asks for a figure everywhere.
        /// Returns how many cells hold a figure, counted in the same walk (the reading's figure count, asked of every table).
        /// </summary>
        private int ReportBlankCells(int firstLine)
        {
            const int named = 5;
            // Sorted only when there is something to report: most tables have no blank cell.
            List<KeyValuePair<(string Row, string Column), CellReading>>? found = null;
            int figures = 0;
            foreach (var cell in CellsRead)
            {
                if (cell.Value.Value.HasValue) figures++;
                else if (CellValueParser.Parse(cell.Value.Raw ?? "").Kind == CellTextKind.NotStated && !_migrated.Explains(cell.Key))
                    (found ??= new List<KeyValuePair<(string Row, string Column), CellReading>>()).Add(cell);
            }
            if (found is null) return figures;
            var blank = found.OrderBy(c => c.Value.Line).ThenBy(c => c.Value.Column).ToList();
            var names = blank.Take(named).Select(c => CellName(c.Key.Row, c.Key.Column));
            _diagnostics.Add(ReadDiagnosticIds.BlankCells,
                $"table {TableName} leaves {Count(blank.Count, "cell")} of the {CellsRead.Count} read blank: {string.Join("; ", names)}{(blank.Count > named ? "; …" : "")}",
                SectionId, TableId, line: firstLine, column0: 1);
            return figures;
        }

        private string CellName(string rowPath, string columnId)
        {
            AxisNodeDescriptor? row = _index.LeafRows.FirstOrDefault(r => r.Path == rowPath);
            AxisNodeDescriptor? column = _index.LeafColumns.FirstOrDefault(c => c.Id == columnId);
            string rowName = row is null ? rowPath : _index.Describe(row);
            string columnName = column is null ? columnId : _table.LabelPathOf(column);
            if (row is { Unlabeled: true }) return columnName;
            return _index.LeafColumns.Length == 1 ? rowName : rowName + " × " + columnName;
        }

        private void ReportUnrecognizedHeaders(TableScan scan)
        {
            // Nothing made for a table whose header was all recognized, as nearly every one is.
            if (scan.UnrecognizedHeaders.Count == 0 && !scan.Rows.Exists(IsUnrecognizedHeaderRow)) return;
            var texts = scan.UnrecognizedHeaders.ToList();
            texts.AddRange(scan.Rows.Where(IsUnrecognizedHeaderRow).Select(r => new RawCell(r.Label!, r.Line, r.Column, default, source: r.Source)));
            foreach (RawCell text in texts.OrderBy(t => t.Line).ThenBy(t => t.Column))
                _diagnostics.Add(ReadDiagnosticIds.UnrecognizedHeader, $"\"{Shorten(text.Raw)}\" in the header of table {TableName} is none of its column labels",
                    SectionId, TableId, line: text.Line, column0: text.Column, source: text.Source);
        }

        private static bool IsUnrecognizedHeaderRow(TableRowDraft row) => row.InHeader && row.Label is not null && !row.Resolution.IsMatched && row.FigureCount == 0;

        private void Report(string id, string message, TableRowDraft draft, AxisNodeDescriptor? row = null)
            => _diagnostics.Add(id, message, SectionId, TableId, row?.Path, null, draft.Line, draft.Column, draft.Source);

        private void ReportCell(string id, string message, RawCell cell, AxisNodeDescriptor row, AxisNodeDescriptor column)
            => _diagnostics.Add(id, message, SectionId, TableId, row.Path, column.Id, cell.Line, cell.Column, cell.Source);

        private static string Figures(TableRowDraft draft) => string.Join(", ", draft.Cells.Where(c => c.IsFigure).Select(c => c.Raw));

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

        private static string Shorten(string? text)
        {
            string value = (text ?? "").Trim();
            return value.Length <= 40 ? value : value.Substring(0, 40) + "…";
        }
    }
}
