using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Documents
{
    /// <summary>What a document was read from.</summary>
    public enum DocumentKind
    {
        /// <summary>Plain text: a crawler's dump, <c>pdftotext</c> output, Markdown.</summary>
        Text,
        /// <summary>A web page (.html, .htm, .shtml).</summary>
        Html,
        /// <summary>A Word document (.docx).</summary>
        Word,
        /// <summary>A PDF with a text layer.</summary>
        Pdf,
    }

    /// <summary>
    /// Any input, as the one shape every reader produces and the schema-driven parsers read: an ordered list of blocks,
    /// each a run of text or a table. Producers know nothing of the schema; they keep what the input says and where it
    /// says it. What a producer could not read it says in <see cref="Notes"/>, never by throwing.
    /// </summary>
    public sealed class Document
    {
        public Document(DocumentKind kind, string? sourceName, IReadOnlyList<Block> blocks, IReadOnlyList<DocumentNote>? notes = null)
        {
            Kind = kind;
            SourceName = sourceName;
            // Kept as an array: every reader walks the blocks by index, and an array's indexer is no interface call.
            BlockArray = blocks is null ? Array.Empty<Block>() : blocks as Block[] ?? blocks.ToArray();
            Notes = notes ?? Array.Empty<DocumentNote>();
        }

        public DocumentKind Kind { get; }

        /// <summary>The file name or address it was read from, when known (for messages only).</summary>
        public string? SourceName { get; }

        /// <summary>The blocks in reading order.</summary>
        public IReadOnlyList<Block> Blocks => BlockArray;

        /// <summary><see cref="Blocks"/> as the array it is.</summary>
        internal Block[] BlockArray { get; }

        /// <summary>What the producer found worth saying about the input: the encoding it decided on, pages without text, content it skipped.</summary>
        public IReadOnlyList<DocumentNote> Notes { get; }

        /// <summary>A document with no blocks, and why.</summary>
        public static Document Empty(DocumentKind kind, string? sourceName, params DocumentNote[] notes) => new Document(kind, sourceName, Array.Empty<Block>(), notes);
    }

    /// <summary>A piece of a document: a run of text (<see cref="TextBlock"/>) or a table (<see cref="TableBlock"/>).</summary>
    public abstract class Block
    {
        protected Block(SourceLocation location) => Location = location;

        /// <summary>Where the block starts in the input.</summary>
        public SourceLocation Location { get; }
    }

    /// <summary>
    /// A paragraph, a heading or a line of text. Line breaks inside it (an HTML <c>&lt;br&gt;</c>, a PDF line that wraps)
    /// are kept as <c>'\n'</c>. Text producers make one block per line of the input, blank lines included, so that the
    /// layout a text dump carries (one cell per line, blank lines for empty cells) reaches the reader unchanged.
    /// </summary>
    public sealed class TextBlock : Block
    {
        public TextBlock(string text, SourceLocation location, bool isHeading = false)
            : base(location)
        {
            Text = text ?? "";
            IsHeading = isHeading;
        }

        /// <summary>A line of a text cut at its line breaks: it holds none, so the reader need not look for one.</summary>
        internal TextBlock(string line, SourceLocation location, bool isHeading, bool isOneLine)
            : this(line, location, isHeading)
            => IsOneLine = isOneLine;

        public string Text { get; }

        /// <summary>Known to hold no '\n' (a line of plain text); false when not known.</summary>
        internal bool IsOneLine { get; }

        /// <summary>The input marks it as a heading (<c>&lt;h2&gt;</c>, a Word heading style). A hint: reports often do not.</summary>
        public bool IsHeading { get; }

        public override string ToString() => Text;
    }

    /// <summary>How far the columns of a table's grid can be trusted.</summary>
    public enum TableStructure
    {
        /// <summary>The author's own grid (HTML, Word): a cell in grid column j is in column j of every row.</summary>
        Exact,
        /// <summary>Columns inferred from positions on the page (PDF): trustworthy where the rows line up, approximate elsewhere.</summary>
        Inferred,
        /// <summary>
        /// Rows are sequences of cells with no columns behind them (pipe rows in text, where each row has as many
        /// cells as the page gave it); slot j of one row need not be slot j of another.
        /// </summary>
        Ragged,
    }

    /// <summary>
    /// A table as a rectangular grid of slots. A merged (spanning) source cell covers several slots, and each slot knows
    /// the source cell it came from: <c>table[r, c]</c> returns the same <see cref="SourceCell"/> for every slot the cell
    /// spans. Slots that no source cell covers (a short row) hold a <see cref="SourceCell.IsFiller"/> cell with no text.
    /// Build one with <see cref="TableGridBuilder"/>.
    /// </summary>
    public sealed class TableBlock : Block
    {
        // A text's pipe table keeps its rows as the lines wrote them and makes the grid at the first ask (the reader takes
        // its rows from RaggedRows and never asks); every other table is built as its grid.
        private readonly RaggedRows? _ragged;
        private Grid? _grid;
        private IReadOnlyList<string>? _cellTexts;

        internal TableBlock(SourceCell[,] slots, IReadOnlyList<SourceCell> cells, TableStructure structure, int headerRowCount, SourceLocation location)
            : base(location)
        {
            _grid = new Grid(slots, cells);
            Structure = structure;
            HeaderRowCount = headerRowCount;
        }

        /// <summary>A text's pipe table (<see cref="TableStructure.Ragged"/>, no header rows marked), its grid made when first asked for.</summary>
        internal TableBlock(RaggedRows rows, SourceLocation location)
            : base(location)
        {
            _ragged = rows;
            Structure = TableStructure.Ragged;
            RowSourceTexts = rows.Lines;
        }

        public int RowCount => _ragged?.RowCount ?? Slots.GetLength(0);

        public int ColumnCount => _ragged?.ColumnCount ?? Slots.GetLength(1);

        /// <summary>The source cell covering a slot.</summary>
        public SourceCell this[int row, int column] => Slots[row, column];

        /// <summary>Every source cell once, fillers included, in row-major order of their top-left slots.</summary>
        public IReadOnlyList<SourceCell> Cells => TheGrid.Cells;

        /// <summary>
        /// The text of each cell the input wrote (fillers left out), in the order of <see cref="Cells"/>: what a search of
        /// the table's words needs, read without a source cell made per cell of a text's pipe table.
        /// </summary>
        public IReadOnlyList<string> CellTexts => _ragged?.Texts ?? (_cellTexts ??= WrittenTexts(Cells));

        public TableStructure Structure { get; }

        /// <summary>How many leading rows the input marks as header rows (<c>&lt;thead&gt;</c>, rows of <c>&lt;th&gt;</c>, Word's repeat-header rows); 0 when it marks none. A hint only.</summary>
        public int HeaderRowCount { get; }

        /// <summary>Each row's line as a text input wrote it (pipe tables in text), so a reading can quote the input as it was; null for other inputs.</summary>
        internal IReadOnlyList<string?>? RowSourceTexts { get; init; }

        /// <summary>The rows as a text's lines wrote them, for a text's pipe table; null for a table built as a grid.</summary>
        internal RaggedRows? Ragged => _ragged;

        /// <summary>Whether the slot is the top-left slot of its source cell (where the cell's text is "written").</summary>
        public bool IsOrigin(int row, int column)
        {
            SourceCell cell = Slots[row, column];
            return cell.Row == row && cell.Column == column;
        }

        /// <summary>The source cells of one row whose top-left slot is in that row, left to right (fillers included).</summary>
        public IEnumerable<SourceCell> CellsStartingIn(int row)
        {
            for (int c = 0; c < ColumnCount; c++)
                if (IsOrigin(row, c)) yield return Slots[row, c];
        }

        /// <summary>The texts of a row's slots, a merged cell's text in each slot it covers: handy in tests and messages.</summary>
        public string[] RowTexts(int row)
        {
            var texts = new string[ColumnCount];
            for (int c = 0; c < ColumnCount; c++) texts[c] = Slots[row, c].Text;
            return texts;
        }

        private SourceCell[,] Slots => TheGrid.Slots;

        private Grid TheGrid => _grid ?? MakeGrid();

        /// <summary>The pipe table's grid, made once: threads that ask at once all get the first one made.</summary>
        private Grid MakeGrid()
        {
            var (slots, cells) = _ragged!.ToGrid();
            var made = new Grid(slots, cells);
            return System.Threading.Interlocked.CompareExchange(ref _grid, made, null) ?? made;
        }

        private static string[] WrittenTexts(IReadOnlyList<SourceCell> cells)
        {
            int written = 0;
            for (int i = 0; i < cells.Count; i++)
                if (!cells[i].IsFiller) written++;
            var texts = new string[written];
            for (int i = 0, t = 0; i < cells.Count; i++)
                if (!cells[i].IsFiller) texts[t++] = cells[i].Text;
            return texts;
        }

        private sealed class Grid
        {
            public Grid(SourceCell[,] slots, IReadOnlyList<SourceCell> cells)
            {
                Slots = slots;
                Cells = cells;
            }

            public SourceCell[,] Slots { get; }

            public IReadOnlyList<SourceCell> Cells { get; }
        }
    }

    /// <summary>One cell as the input wrote it: its text, the slots it covers, and where it stands in the input.</summary>
    public sealed class SourceCell
    {
        internal SourceCell(string text, int row, int column, int rowSpan, int columnSpan, bool isHeader, bool isFiller, SourceLocation location)
        {
            Text = text;
            Row = row;
            Column = column;
            RowSpan = rowSpan;
            ColumnSpan = columnSpan;
            IsHeader = isHeader;
            IsFiller = isFiller;
            Location = location;
        }

        /// <summary>The cell's text, with line breaks inside the cell kept as <c>'\n'</c> and runs of spaces kept (not folded).</summary>
        public string Text { get; }

        /// <summary>0-based row of the top-left slot the cell covers.</summary>
        public int Row { get; }

        /// <summary>0-based column of the top-left slot the cell covers.</summary>
        public int Column { get; }

        public int RowSpan { get; internal set; }

        public int ColumnSpan { get; }

        /// <summary>The input marks it as a header cell (<c>&lt;th&gt;</c>, a Word header row). A hint: agency pages put headers in ordinary cells.</summary>
        public bool IsHeader { get; }

        /// <summary>Not in the input: it fills a slot that no cell covered (a short row), and has no text.</summary>
        public bool IsFiller { get; }

        public SourceLocation Location { get; }

        public bool IsMerged => RowSpan > 1 || ColumnSpan > 1;

        public override string ToString() => Text;
    }

    /// <summary>
    /// Something a producer says about its input: the encoding it decoded with, a page with no text layer, content it
    /// could not read. <see cref="Id"/> is a reading diagnostic id (see <see cref="Reading.ReadDiagnosticIds"/>).
    /// </summary>
    public sealed record DocumentNote(string Id, FindingSeverity Severity, string Message, SourceLocation Location)
    {
        public override string ToString() => (Location.IsNone ? "" : Location + ": ") + Severity.ToString().ToLowerInvariant() + " " + Id + ": " + Message;
    }
}
