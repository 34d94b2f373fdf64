using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>What one read diagnostic id means: its title and description, for docs and SARIF rule metadata.</summary>
    public sealed class ReadDiagnosticDescriptor
    {
        public ReadDiagnosticDescriptor(string id, string title, FindingSeverity defaultSeverity, string description)
        {
            Id = id;
            Title = title;
            DefaultSeverity = defaultSeverity;
            Description = description;
        }

        public string Id { get; }
        public string Title { get; }
        public FindingSeverity DefaultSeverity { get; }
        public string Description { get; }

        public override string ToString() => Id + " " + Title;
    }

    /// <summary>
    /// The catalog of diagnostics the report-text reader reports. Ids are stable: an id is never renumbered or
    /// reused for another meaning. SG30xx are about sections and tables, SG301x about rows, SG302x about cells,
    /// SG305x about the input document itself (its kind, encoding, pages, damage).
    /// </summary>
    public static class ReadDiagnosticIds
    {
        public const string SectionNotFound = "SG3001";
        public const string SectionHeadingRenumbered = "SG3002";
        public const string SectionHeadingMatchedApproximately = "SG3006";
        public const string TableOfContentsSkipped = "SG3007";
        public const string TableMissing = "SG3003";
        public const string TableEmpty = "SG3004";
        public const string TableUnplaceable = "SG3005";
        public const string RowNotPlaceable = "SG3010";
        public const string RowTooManyFigures = "SG3011";
        public const string UnknownRow = "SG3012";
        public const string AmbiguousRowLabel = "SG3013";
        public const string DuplicateRow = "SG3014";
        public const string RowLabelMatchedApproximately = "SG3025";
        public const string RowReadThroughMigration = "SG3026";
        public const string GroupRowFigures = "SG3015";
        public const string BlankRowsIgnored = "SG3016";
        public const string RowsNotFound = "SG3017";
        public const string UnrecognizedHeader = "SG3018";
        public const string AmbiguousRun = "SG3019";
        public const string RunSplitByRule = "SG3023";
        public const string UnreadableCell = "SG3020";
        public const string BlankCells = "SG3024";
        public const string FractionalCount = "SG3021";
        public const string NegativeValue = "SG3022";
        public const string BlankTotalsImputed = "SG3030";
        public const string UnreadCellsNotAssessable = "SG3031";
        public const string ProseDisagrees = "SG3040";
        public const string ProseSourcedFigures = "SG3041";
        public const string UnsupportedInput = "SG3050";
        public const string NoTextLayer = "SG3051";
        public const string EncodingUncertain = "SG3052";
        public const string DamagedInput = "SG3053";
        public const string EncryptedInput = "SG3054";
        public const string UnreadableDocument = "SG3055";
        public const string ContentSkipped = "SG3056";
        public const string ReaderFailure = "SG3099";

        public static IReadOnlyList<ReadDiagnosticDescriptor> All { get; } = new[]
        {
            new ReadDiagnosticDescriptor(SectionNotFound, "Section not found", FindingSeverity.Warning,
                "No line of the report is the heading of this section (its number, 、 and its title or a known alias). The section is read as missing; a table section that is missing leaves its tables missing."),
            new ReadDiagnosticDescriptor(SectionHeadingRenumbered, "Section heading has another number", FindingSeverity.Info,
                "A heading with the section's title was found, but numbered differently from the format (for example after a section was left out). It was accepted as the section's heading."),
            new ReadDiagnosticDescriptor(SectionHeadingMatchedApproximately, "Section heading matched by similarity", FindingSeverity.Info,
                "No line is the section's heading word for word, but a line with the section's number is close to its title or an alias (a typo such as 行政法复议, a word more or less), and to no other section's. It was taken as the heading; the message gives the line and the score."),
            new ReadDiagnosticDescriptor(TableOfContentsSkipped, "Table of contents skipped", FindingSeverity.Info,
                "Three or more section headings stand on consecutive lines with nothing between them, and every one of them appears again further on: they are a table of contents, not the sections, and are not read as headings."),
            new ReadDiagnosticDescriptor(TableMissing, "Table missing", FindingSeverity.Warning,
                "The report does not contain this table: its section is missing, or the section holds only prose, or the table's caption (such as 第二十条第（一）项) was not found. The format requires every table: this is a statutory defect."),
            new ReadDiagnosticDescriptor(TableEmpty, "Table holds no figures", FindingSeverity.Warning,
                "The table's lines are there (headers, row labels or empty cells), but not a single cell holds a figure, so nothing in it can be checked."),
            new ReadDiagnosticDescriptor(TableUnplaceable, "Table figures cannot be placed", FindingSeverity.Warning,
                "The table holds figures, but none of them could be placed in a cell with certainty, so none is read. Each row that could not be placed has its own diagnostic. In text in the order a PDF draws it (pdftotext without -layout) a table's labels are listed apart from its figures, which may all follow the section's last table: the table is then reported here, not as empty."),
            new ReadDiagnosticDescriptor(RowNotPlaceable, "Row cells cannot be placed with certainty", FindingSeverity.Warning,
                "The row has a different number of cells than the table has columns, and the figures do not sit only in the first and last cells with blanks between. Placing them would be a guess, so the row's figures are left out."),
            new ReadDiagnosticDescriptor(RowTooManyFigures, "Row has more figures than columns", FindingSeverity.Warning,
                "The row states more figures than the table has columns (for example a subtotal column the format does not have), so they cannot be placed; the row's figures are left out."),
            new ReadDiagnosticDescriptor(UnknownRow, "Unknown row", FindingSeverity.Warning,
                "A row holds figures but its label is not a row of this table (or it has no label where the table needs one). Its figures are left out."),
            new ReadDiagnosticDescriptor(AmbiguousRowLabel, "Ambiguous row label", FindingSeverity.Warning,
                "The row label matches more than one row of the table and the rows around it do not tell which one is meant. Its figures are left out."),
            new ReadDiagnosticDescriptor(DuplicateRow, "Row appears twice", FindingSeverity.Warning,
                "A row of the table appears a second time with figures. The first occurrence with figures is kept; the other is left out."),
            new ReadDiagnosticDescriptor(GroupRowFigures, "Figures on a group row ignored", FindingSeverity.Info,
                "Figures stand on a row that only groups other rows (such as （三）不予公开), as some templates add subtotal rows. The format has no such figures; they are ignored."),
            new ReadDiagnosticDescriptor(BlankRowsIgnored, "Blank rows ignored", FindingSeverity.Info,
                "Rows without a label and without a single figure were skipped. They say nothing, but their labels may have been lost from the text."),
            new ReadDiagnosticDescriptor(RowsNotFound, "Rows not found", FindingSeverity.Warning,
                "The table was read, but some of its rows were not found in it; their cells are not stated."),
            new ReadDiagnosticDescriptor(UnrecognizedHeader, "Unrecognized header text", FindingSeverity.Info,
                "A header line of the table holds a text that is none of the table's column labels: the report may follow another version of the format."),
            new ReadDiagnosticDescriptor(AmbiguousRun, "Run-together figures not split", FindingSeverity.Warning,
                "The row's figures are run together with nothing between them (a crawler stripped the page's cell boundaries), and they can be split into the table's columns in more than one way that fits what the row must satisfy, or the run is too long to try every split. Also when the one split its row rule allows (总计 the sum of the applicants) breaks a column rule with the table's other rows while another split of its figures would keep it, or gives a figure the report's prose states otherwise: a row rule chooses on trust that the row adds up, and then it does not. And when the digits fill the cells one way only and that way breaks the row's rule while a split with one cell blank does not: a blank cell leaves nothing in a crawler's run, so which the page printed cannot be known. The message lists the candidate splits, or the rule broken and the prose's figure; the row's figures are left out rather than guessed."),
            new ReadDiagnosticDescriptor(RunSplitByRule, "Run-together figures split by a rule", FindingSeverity.Info,
                "The row's figures came run together and split into its columns in more than one way by their digits alone; the rules named in the message left one split, which was read (unless the table's column rules or the prose then contradict it: SG3019). Those rules were used to read the row, so for this row they are not an independent check: the figures satisfy them by construction. Rules between other cells are still checked."),
            new ReadDiagnosticDescriptor(RowLabelMatchedApproximately, "Row label matched by similarity", FindingSeverity.Info,
                "A row label matched none of the table's labels and aliases word for word, but one row's closely (an OCR slip such as 沭 for 沐, a character more or less, a Traditional or full-width form), no other row came near, and its item number, where written, agrees. Its figures were read into that row; the message gives the label as written and the score. A common variant belongs in the schema's aliases."),
            new ReadDiagnosticDescriptor(RowReadThroughMigration, "Row read through the format migration", FindingSeverity.Info,
                "The table prints a row in another format version's shape: the older version's single row where this version has sub-rows (（六）其他处理 as one row of figures), or the sub-rows the newer version split a row into (1–3 under （六）其他处理 where this version has one row). The schema's migration block relates the two, so the row was read through it instead of being left out: the single row's figures go whole into the row the migration carries them into, when none of the sub-rows states a figure; the sub-rows' figures are summed into the single row column by column, when every sub-row states that column, and the sums are marked computed (imputed), not stated. The message names the rows as written, the row they were read into and the migration's note. A column that one sub-row leaves blank while another states it is not summed: it stays blank, its cell is not read, and the note is then a warning. A report that prints both shapes with figures is not mapped at all (SG3015, SG3012)."),
            new ReadDiagnosticDescriptor(BlankCells, "Cells left blank", FindingSeverity.Info,
                "The table was read, but some of its cells hold nothing (an empty cell, or a blank mark such as — or 无). The format asks for a figure in every cell, 0 included. A blank is not read as 0: a rule whose cells are all blank is not bound, and a total left blank is not assessed as 0. The message counts the blank cells and names the first ones."),
            new ReadDiagnosticDescriptor(UnreadableCell, "Unreadable cell", FindingSeverity.Warning,
                "A cell holds text that is not a figure nor a blank mark (—, -, /, 无, 空). It is read as not stated."),
            new ReadDiagnosticDescriptor(FractionalCount, "Count with a fraction", FindingSeverity.Error,
                "A cell that counts (applications, documents, cases) holds a figure with a fractional part. It is read as not stated."),
            new ReadDiagnosticDescriptor(NegativeValue, "Negative figure", FindingSeverity.Error,
                "A cell holds a negative figure where only 本年增/减 may be negative. It is read as not stated."),
            new ReadDiagnosticDescriptor(BlankTotalsImputed, "Blank totals computed from their parts", FindingSeverity.Warning,
                "The table leaves totals blank (总计, 小计 or a sum row) while their parts are stated: a format defect, since the format asks for every total. Each such total was computed from its stated parts, as a reader adding up the table would, and marked imputed; the table's rules were then checked on the computed values. One warning per table names every imputed total and its value."),
            new ReadDiagnosticDescriptor(UnreadCellsNotAssessable, "Rule not assessable: cells not read", FindingSeverity.Warning,
                "The figures break a rule, but some cells of the rule belong to a row the reader left out (SG3010, SG3011, SG3012, SG3013, SG3019): the report may well hold figures that satisfy it. The rule is not assessable there rather than broken. One warning per rule lists the instances."),
            new ReadDiagnosticDescriptor(ProseDisagrees, "Prose disagrees with the table", FindingSeverity.Warning,
                "A sentence of the report's prose (共受理政府信息公开申请75件, 收取费用0元) restates a figure of a table, as the schema's prose patterns declare, and the figure it states differs from the table's cell (or sum of cells). The message names the sentence, where it stands, the cell and both figures."),
            new ReadDiagnosticDescriptor(ProseSourcedFigures, "Figures taken from the prose", FindingSeverity.Info,
                "A table is missing or holds no figures, but the report's prose states some of its figures (as the schema's prose patterns declare). They are listed as prose-sourced figures and checked against each other as far as they allow; the table itself is still reported missing or empty."),
            new ReadDiagnosticDescriptor(UnsupportedInput, "Input kind not supported", FindingSeverity.Error,
                "The input is of a kind no reader takes: a legacy Word .doc, a WPS .wps, or an unknown binary. Nothing is read from it. Convert it to .docx or PDF first, for example with `libreoffice --headless --convert-to docx FILE`."),
            new ReadDiagnosticDescriptor(NoTextLayer, "PDF page without text", FindingSeverity.Warning,
                "A page of the PDF holds no text, only images: it is a scan. SchemaGen does not run OCR, so nothing on the page is read; convert the PDF with an OCR tool first."),
            new ReadDiagnosticDescriptor(EncodingUncertain, "Text encoding uncertain", FindingSeverity.Info,
                "The input declared no encoding (no byte-order mark, no charset), so it was found by detection, or bytes that the encoding cannot decode were replaced. Figures in the damaged places may be missing."),
            new ReadDiagnosticDescriptor(DamagedInput, "Input damaged", FindingSeverity.Warning,
                "The input is cut short or damaged part way (a truncated UTF-8 character, a broken PDF object, a zip entry that does not inflate). What comes before the damage is read; the rest may be missing."),
            new ReadDiagnosticDescriptor(EncryptedInput, "Input encrypted", FindingSeverity.Error,
                "The document is protected by a password, so its text cannot be read."),
            new ReadDiagnosticDescriptor(UnreadableDocument, "Document cannot be opened", FindingSeverity.Error,
                "The input says it is a document of a known kind (a PDF header, a zip archive) but cannot be opened as one. Nothing is read from it."),
            new ReadDiagnosticDescriptor(ContentSkipped, "Content skipped", FindingSeverity.Info,
                "Part of the input was not read: an image, an embedded object, a text layer in an unsupported writing direction. Figures inside it are not seen."),
            new ReadDiagnosticDescriptor(ReaderFailure, "Reader failure", FindingSeverity.Error,
                "The reader met an unexpected condition and stopped; what it had not read yet is reported as missing. Please report the input."),
        };

        public static ReadDiagnosticDescriptor? Find(string? id)
            => id is not null && ById.TryGetValue(id, out ReadDiagnosticDescriptor? descriptor) ? descriptor : null;

        // Asked for every diagnostic a reading reports (its severity, its title in the output): looked up, not searched for.
        // The first descriptor of an id, as the search took it.
        private static readonly Dictionary<string, ReadDiagnosticDescriptor> ById =
            All.GroupBy(d => d.Id, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
    }
}
