using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>One cell as it stood in the text, read but not yet placed in a column.</summary>
    internal readonly struct RawCell
    {
        public RawCell(string raw, int line, int column, ParsedCell parsed, bool isBlankLine = false, SourceLocation source = default, int slot = 0, bool isRun = false)
        {
            IsRun = isRun;
            Slot = slot;
            Raw = raw;
            Line = line;
            Column = column;
            Parsed = parsed;
            IsBlankLine = isBlankLine;
            Source = source.IsNone ? SourceLocation.AtLine(line, column) : source;
        }

        public static RawCell BlankLine(TextLine line) => new RawCell("", line.Number, 1, CellValueParser.Parse(""), isBlankLine: true, source: line.Location);

        public string Raw { get; }
        public int Line { get; }
        public int Column { get; }
        public ParsedCell Parsed { get; }
        /// <summary>The figures of several cells run together; see <see cref="TextCell.IsRun"/>.</summary>
        public bool IsRun { get; }
        /// <summary>The 1-based column the layout puts the cell in (see <see cref="LinePitch"/>); 0 when the layout does not say.</summary>
        public int Slot { get; }
        /// <summary>Where the cell stands in the input.</summary>
        public SourceLocation Source { get; }
        /// <summary>An empty cell that was a blank line (one-cell-per-line layout).</summary>
        public bool IsBlankLine { get; }
        /// <summary>Blank or a not-stated mark: it holds no figure and nothing garbled.</summary>
        public bool IsBlank => Parsed.IsNotStated;
        public bool IsFigure => Parsed.IsNumber || IsRun;
    }

    /// <summary>A row as the tokenizer saw it: its label (null when it has none) and its cells in order.</summary>
    internal sealed class TableRowDraft
    {
        /// <param name="cells">The row's cells when the tokenizer has them all at once: the draft takes the list as its own.</param>
        public TableRowDraft(string? label, RowResolution resolution, int line, int column, bool trailingBlanksArePadding, SourceLocation source = default,
            List<RawCell>? cells = null)
        {
            Cells = cells ?? new List<RawCell>();
            Source = source;
            Label = label;
            Resolution = resolution;
            Line = line;
            Column = column;
            TrailingBlanksArePadding = trailingBlanksArePadding;
        }

        /// <summary>The printed label; null for figures that follow the header with no label (table 四's row).</summary>
        public string? Label { get; }
        public RowResolution Resolution { get; }
        public int Line { get; }
        public int Column { get; }
        /// <summary>Where the row (its label, else its first cell) stands in the input; none when only the line is known.</summary>
        public SourceLocation Source { get; }
        /// <summary>Empty cells at the end are padding (pipe rows end in "| ||").</summary>
        public bool TrailingBlanksArePadding { get; }
        /// <summary>An unrecognized label met between header lines and the first row: probably a header text.</summary>
        public bool InHeader { get; set; }
        public List<RawCell> Cells { get; }

        /// <summary>Why the layout puts the row's cells in no columns that can be known (a cell off the line pitch); null when it does.</summary>
        public string? LayoutProblem { get; private set; }

        public void SetLayoutProblem(string problem) => LayoutProblem = problem;

        /// <summary>
        /// Puts the cells where their <see cref="RawCell.Slot"/>s say, with a blank in every column no cell stands in; a
        /// cell off the pitch or past the last column leaves the row as it is, with <see cref="LayoutProblem"/> saying why.
        /// </summary>
        public void ArrangeBySlots(int columns)
        {
            var bySlot = new RawCell?[columns];
            foreach (RawCell cell in Cells)
            {
                if (cell.Slot < 1 || cell.Slot > columns || bySlot[cell.Slot - 1] is not null)
                {
                    LayoutProblem = cell.Slot < 1 ? $"\"{cell.Raw}\" ({cell.Source.Describe()}) is not at a cell position of the table's line pitch"
                        : cell.Slot > columns ? $"\"{cell.Raw}\" ({cell.Source.Describe()}) stands past the last of {columns} columns"
                        : $"two cells stand at column {cell.Slot}";
                    return;
                }
                bySlot[cell.Slot - 1] = cell;
            }
            Cells.Clear();
            for (int i = 0; i < columns; i++)
                Cells.Add(bySlot[i] ?? new RawCell("", Line, 0, CellValueParser.Parse(""), source: Source, slot: i + 1));
        }

        public int FigureCount => Cells.Count(c => c.IsFigure);
        public bool HasContent => Cells.Any(c => !c.IsBlank);
        /// <summary>No text in any cell: not even a "—" mark (which <see cref="HasContent"/> counts as blank).</summary>
        public bool PrintsNothing => Cells.All(c => string.IsNullOrWhiteSpace(c.Raw));
    }

    /// <summary>What a tokenizer found in a table block.</summary>
    internal sealed class TableScan
    {
        public List<TableRowDraft> Rows { get; } = new List<TableRowDraft>();
        /// <summary>1-based numbers of header lines (caption, stub, column labels).</summary>
        public List<int> HeaderLines { get; } = new List<int>();
        /// <summary>Lines of rows with neither label nor figure (seed 000's "| | |").</summary>
        public List<int> BlankRowLines { get; } = new List<int>();
        /// <summary>
        /// Row labels stand one after another with no figure between them, as in text that lists a table column by column
        /// (pdftotext without -layout): which figure belongs to which row cannot be known.
        /// </summary>
        public bool LabelsListedFirst => LeafRowsWithoutCells >= 2;

        /// <summary>Leaf rows with no cell at all whose next line is another row's label: one is a blank row, more are a column of labels.</summary>
        public int LeafRowsWithoutCells { get; set; }
        /// <summary>Texts on header lines that are no header of the table.</summary>
        public List<RawCell> UnrecognizedHeaders { get; } = new List<RawCell>();
    }
}
