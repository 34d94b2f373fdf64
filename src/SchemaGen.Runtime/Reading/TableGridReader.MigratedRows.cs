using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Reading
{
    internal sealed partial class TableGridReader
    {
        /// <summary>
        /// The rows of a table printed in another format version's shape (<see cref="MigratedRowShape"/>), gathered while the
        /// table is read and mapped once every row is known, since whether a shape may be mapped depends on the rows around
        /// it: a single row is carried whole only when none of the rows it stands for states a figure, and split rows are
        /// summed only when the row they stand for states none. Each mapping is said in a note (SG3026); nothing is mapped
        /// where the report prints both shapes with figures, and no column is summed over a blank.
        /// </summary>
        private sealed class MigratedRows
        {
            private readonly TableGridReader _reader;
            private readonly List<(TableRowDraft Draft, AxisNodeDescriptor Written, MigratedRowShape Shape)> _found = new List<(TableRowDraft, AxisNodeDescriptor, MigratedRowShape)>();
            private readonly List<ImputedCell> _imputed = new List<ImputedCell>();
            private readonly List<(string Row, string Column)> _unread = new List<(string Row, string Column)>();

            public MigratedRows(TableGridReader reader) => _reader = reader;

            /// <summary>Cells computed from rows of another shape: the report does not state them.</summary>
            public IReadOnlyList<ImputedCell> Imputed => _imputed;

            /// <summary>Cells left blank because the rows of another shape could not be summed in their column.</summary>
            public IReadOnlyList<(string Row, string Column)> Unread => _unread;

            /// <summary>Whether a blank cell is explained by a mapping's note (computed, or not summed) rather than left blank by the report.</summary>
            public bool Explains((string Row, string Column) cell) => _unread.Contains(cell) || _imputed.Any(c => c.Row == cell.Row && c.Column == cell.Column);

            /// <summary>A row printed in another version's shape: <paramref name="written"/> is the row it was recognised as (that version's, or a group of this one).</summary>
            public void Add(TableRowDraft draft, AxisNodeDescriptor written, MigratedRowShape shape) => _found.Add((draft, written, shape));

            /// <summary>Maps every shape found, in the order the table prints them.</summary>
            public void Resolve()
            {
                foreach (MigratedRowShape shape in _found.Select(f => f.Shape).Distinct().ToList())
                {
                    var found = _found.Where(f => f.Shape == shape).ToList();
                    if (shape.Kind == MigratedShapeKind.CarriedWhole) CarryWhole(shape, found);
                    else Sum(shape, found);
                }
            }

            private void CarryWhole(MigratedRowShape shape, List<(TableRowDraft Draft, AxisNodeDescriptor Written, MigratedRowShape Shape)> found)
            {
                var withFigures = found.Where(f => f.Draft.FigureCount > 0).ToList();
                if (withFigures.Count == 0 || _reader._index.OwnLeafRow(shape.Into) is not { } into) return;
                var (draft, written, _) = withFigures[0];
                foreach (var again in withFigures.Skip(1))
                    _reader.Report(ReadDiagnosticIds.DuplicateRow,
                        $"row {Quoted(again.Draft)} of table {_reader.TableName} appears again (first at {draft.Source.Describe()}); this occurrence is left out", again.Draft, into);

                // The report prints the rows too, with figures: both shapes at once, so nothing is added to what the rows say.
                var stating = StatingRows(shape.StandsFor);
                if (stating.Count > 0)
                {
                    if (_reader._index.ShapeOf(written) is null) _reader.ReportGroupRowFigures(draft, written);
                    else
                        _reader.Report(ReadDiagnosticIds.UnknownRow,
                            $"row {Quoted(draft)} is not a row of table {_reader.TableName}; its figures ({Figures(draft)}) are left out (it is {shape.OtherFormat}'s single row for {Names(stating)}, which state their own)", draft);
                    return;
                }
                if (!_reader.PlaceRow(draft, into)) return;
                var standsFor = shape.StandsFor.Select(_reader._index.OwnLeafRow).Where(r => r is not null).Select(r => _reader._index.Describe(r!)).ToList();
                _reader.Report(ReadDiagnosticIds.RowReadThroughMigration,
                    $"row {Quoted(draft)} of table {_reader.TableName} is printed as {shape.OtherFormat} prints it, one row where this format has {string.Join(", ", standsFor)}; "
                    + $"its figures ({Figures(draft)}) were read into {_reader._index.Describe(into)}, as the migration carries them{NoteOf(shape)}", draft, into);
            }

            private void Sum(MigratedRowShape shape, List<(TableRowDraft Draft, AxisNodeDescriptor Written, MigratedRowShape Shape)> found)
            {
                if (_reader._index.OwnLeafRow(shape.Into) is not { } into) return;
                // The row itself states figures: the report prints both shapes, and its own row is what this format asks for.
                if (_reader._placedRows.TryGetValue(into, out TableRowDraft? own) && own.FigureCount > 0)
                {
                    foreach (var (draft, _, _) in found.Where(f => f.Draft.FigureCount > 0))
                        _reader.Report(ReadDiagnosticIds.UnknownRow,
                            $"row {Quoted(draft)} is not a row of table {_reader.TableName}; its figures ({Figures(draft)}) are left out (it is one of the rows {shape.OtherFormat} splits {_reader._index.Describe(into)} into, and that row states its own)", draft);
                    return;
                }

                // Each written row once: the first with figures, else the first at all.
                var parts = new List<(AxisNodeDescriptor Written, TableRowDraft? Draft, CellReading[]? Cells)>();
                foreach (AxisNodeDescriptor written in shape.Written)
                {
                    var mine = found.Where(f => f.Written == written).Select(f => f.Draft).ToList();
                    TableRowDraft? draft = mine.FirstOrDefault(d => d.FigureCount > 0) ?? mine.FirstOrDefault();
                    foreach (TableRowDraft again in mine.Where(d => d != draft && d.FigureCount > 0))
                        _reader.Report(ReadDiagnosticIds.DuplicateRow,
                            $"row {Quoted(again)} of table {_reader.TableName} appears again (first at {draft!.Source.Describe()}); this occurrence is left out", again, into);
                    parts.Add((written, draft, draft is null ? null : ReadPart(draft, written, into)));
                }
                TableRowDraft first = found.OrderBy(f => f.Draft.Line).ThenBy(f => f.Draft.Column).First().Draft;

                if (_reader._placedRows.ContainsKey(into)) _reader.ForgetRow(into);
                _reader._seenRows.Add(into);
                _reader._placedRows[into] = first;
                var summed = new List<string>();
                var refused = new List<string>();
                int intoOrdinal = _reader._index.CellSlots.RowOf(into);
                for (int j = 0; j < _reader._index.LeafColumns.Length; j++)
                {
                    AxisNodeDescriptor column = _reader._index.LeafColumns[j];
                    _reader.Cells.Set(intoOrdinal, j, new CellReading(null, "", first.Line, first.Column, first.Source));
                    var values = parts.Select(p => p.Cells?[j].Value).ToList();
                    if (values.All(v => v is null)) continue; // blank in every row: blank here too, as the report leaves it
                    string columnName = _reader._table.LabelPathOf(column);
                    var lacking = parts.Where(p => p.Cells?[j].Value is null)
                        .Select(p => p.Written.NumberedLabel + (p.Draft is null ? " not in the table" : p.Cells is null ? " not read" : " blank")).ToList();
                    decimal sum = values.Sum(v => v ?? 0);
                    if (lacking.Count > 0)
                    {
                        _unread.Add((into.Path, column.Id));
                        refused.Add($"{columnName} ({string.Join(", ", lacking)})");
                    }
                    else if (_reader._table.KindOf(into, column) != CellKind.Amount && (sum > int.MaxValue || sum < int.MinValue))
                    {
                        _unread.Add((into.Path, column.Id));
                        refused.Add($"{columnName} (the sum, {sum.ToString(CultureInfo.InvariantCulture)}, is beyond a count)");
                    }
                    else
                    {
                        _imputed.Add(new ImputedCell(into.Path, column.Id, sum));
                        summed.Add($"{columnName} = {sum.ToString(CultureInfo.InvariantCulture)}");
                    }
                }

                string rows = string.Join(", ", parts.Where(p => p.Draft is not null).Select(p => Quoted(p.Draft!)));
                string message = $"rows {rows} of table {_reader.TableName} are rows {shape.OtherFormat} splits {_reader._index.Describe(into)} into; this format has that one row, so their figures were summed into it column by column, computed, not stated"
                    + (summed.Count > 0 ? $" ({string.Join("; ", summed)})" : refused.Count > 0 ? " (none could be)" : " (no column states a figure)")
                    + (refused.Count > 0 ? $"; not summed, so left blank and not read: {string.Join("; ", refused)}" : "")
                    + NoteOf(shape);
                _reader._diagnostics.Add(ReadDiagnosticIds.RowReadThroughMigration, message, _reader.SectionId, _reader.TableId, into.Path, null, first.Line, first.Column, first.Source,
                    refused.Count > 0 ? FindingSeverity.Warning : (FindingSeverity?)null);
            }

            /// <summary>One written row's figures in the table's columns (checked against <paramref name="into"/>'s cells), or null when they cannot be placed (reported).</summary>
            private CellReading[]? ReadPart(TableRowDraft draft, AxisNodeDescriptor written, AxisNodeDescriptor into)
            {
                if (_reader.Placed(draft, written, into) is not { } placement) return null;
                var cells = new CellReading[_reader._index.LeafColumns.Length];
                for (int j = 0; j < cells.Length; j++)
                    cells[j] = _reader.ReadCell(placement.CellAt(j), written, _reader._index.LeafColumns[j], draft, into);
                return cells;
            }

            /// <summary>The table's rows among <paramref name="paths"/> that were read with figures.</summary>
            private List<AxisNodeDescriptor> StatingRows(IEnumerable<string> paths)
                => paths.Select(_reader._index.OwnLeafRow).Where(r => r is not null && _reader._placedRows.TryGetValue(r, out TableRowDraft? d) && d.FigureCount > 0).Select(r => r!).ToList();

            private string Names(IEnumerable<AxisNodeDescriptor> rows) => string.Join(", ", rows.Select(_reader._index.Describe));

            private static string Quoted(TableRowDraft draft) => "\"" + Shorten(draft.Label) + "\"";

            private static string NoteOf(MigratedRowShape shape) => string.IsNullOrWhiteSpace(shape.Note) ? "" : " (the migration's note: " + shape.Note!.Trim() + ")";
        }
    }
}
