using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Layout;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>What an OCR or LLM conversion put in a table's header row.</summary>
    public enum MarkdownHeader
    {
        /// <summary>Each column's header levels joined (法人或其他组织 商业企业).</summary>
        Flattened,
        /// <summary>Figure columns headed 数据1, 数据2, … with the last (总计) kept.</summary>
        Placeholders,
        /// <summary>Another table's header row (the model copied the wrong one).</summary>
        WrongRow,
    }

    public sealed record MarkdownOptions
    {
        public MarkdownHeader Header { get; init; } = MarkdownHeader.Flattened;

        /// <summary>A table with nested row groups cut into two tables after the first row of its last group (2021's （六）其他处理).</summary>
        public bool SplitInLastGroup { get; init; }

        /// <summary>The chance that a row label lost its number (予以公开 for （一）予以公开).</summary>
        public double LostNumberChance { get; init; }

        /// <summary>The chance that a label suffers OCR slips (未→末, 已→己, 沭→沐).</summary>
        public double SlipChance { get; init; }

        /// <summary>The chance that a figure is written in full-width digits (１２).</summary>
        public double FullWidthDigitChance { get; init; }
    }

    /// <summary>
    /// Markdown as OCR and LLM conversions write a report: headings as #-lines, tables as pipe tables that cannot merge
    /// cells (the header levels folded into one row, row groups as extra label columns filled on their first row only),
    /// with the slips such tools make: placeholder headers, a table cut in two, labels that lost their numbers or a
    /// character, full-width digits. The figures are the figures: none is lost or changed.
    /// </summary>
    public sealed class MarkdownTextWriter : ReportWriter
    {
        private static readonly (char Right, char Wrong)[] Slips = { ('未', '末'), ('已', '己'), ('沭', '沐') };
        private readonly MarkdownOptions _options;

        public MarkdownTextWriter(MarkdownOptions? options = null) => _options = options ?? new MarkdownOptions();

        public override WrittenReport Write(WriteContext context)
        {
            var text = new StringBuilder();
            var tables = context.Layout.Tables.ToList();
            foreach (LayoutBlock block in context.Layout.Blocks)
            {
                switch (block)
                {
                    case LayoutParagraph { Role: ParagraphRole.Title } title:
                        text.Append("# ").Append(Slip(title.Text, context.Random)).Append("\n\n");
                        break;
                    case LayoutParagraph { Role: ParagraphRole.SectionHeading } heading:
                        text.Append("## ").Append(heading.Text).Append("\n\n");
                        break;
                    case LayoutParagraph paragraph:
                        text.Append(paragraph.Text).Append("\n\n");
                        break;
                    case LayoutTable table:
                        AppendTable(text, table, tables, context.Random);
                        break;
                }
            }
            return WrittenReport.Utf8(text.ToString());
        }

        private void AppendTable(StringBuilder text, LayoutTable table, IReadOnlyList<LayoutTable> all, SeededRandom random)
        {
            int headerRows = table.HeaderRowCount;
            string[] header = HeaderRow(table, all, random);
            var body = Enumerable.Range(headerRows, table.RowCount - headerRows).Select(r => BodyRow(table, r, random)).ToList();
            int split = SplitPoint(table);
            AppendPipeTable(text, header, body.Take(split < 0 ? body.Count : split - headerRows));
            if (split >= 0) AppendPipeTable(text, header, body.Skip(split - headerRows));
        }

        /// <summary>The grid row before which the table is cut: after the first row of its last nested row group (2021's （六）其他处理, 2019's （五）不予处理), or -1.</summary>
        private int SplitPoint(LayoutTable table)
        {
            if (!_options.SplitInLastGroup) return -1;
            LayoutCell? group = table.Cells.LastOrDefault(c => c.Role == CellRole.RowHeader && c.Column > 0 && c.RowSpan > 1);
            return group is null ? -1 : group.Row + 1;
        }

        private string[] HeaderRow(LayoutTable table, IReadOnlyList<LayoutTable> all, SeededRandom random)
        {
            int headerRows = table.HeaderRowCount;
            int figureStart = table.Cells.Where(c => c.Role == CellRole.Figure).Select(c => c.Column).DefaultIfEmpty(0).Min();
            if (_options.Header == MarkdownHeader.WrongRow)
            {
                LayoutTable? other = all.FirstOrDefault(t => t != table && t.ColumnCount == table.ColumnCount) ?? all.FirstOrDefault(t => t != table);
                if (other is not null && other.ColumnCount >= table.ColumnCount)
                    return FlattenedHeader(other, other.HeaderRowCount).Take(table.ColumnCount).ToArray();
            }
            string[] flattened = FlattenedHeader(table, headerRows);
            if (_options.Header == MarkdownHeader.Placeholders)
                for (int c = figureStart; c < table.ColumnCount - 1; c++) flattened[c] = "数据" + (c - figureStart + 1);
            return flattened.Select(h => Slip(h, random)).ToArray();
        }

        /// <summary>For each grid column, the distinct texts of the header cells over it, top to bottom, joined by a space.</summary>
        private static string[] FlattenedHeader(LayoutTable table, int headerRows)
        {
            var header = new string[table.ColumnCount];
            for (int c = 0; c < table.ColumnCount; c++)
            {
                var parts = new List<string>();
                for (int r = 0; r < headerRows; r++)
                {
                    LayoutCell cell = table[r, c];
                    string text = cell.Text.Replace("\n", "");
                    if (cell.Column == c && text.Length > 0 && !parts.Contains(text)) parts.Add(text);
                }
                header[c] = string.Join(" ", parts);
            }
            return header;
        }

        private string[] BodyRow(LayoutTable table, int row, SeededRandom random)
        {
            var cells = new string[table.ColumnCount];
            for (int c = 0; c < table.ColumnCount; c++)
            {
                LayoutCell cell = table[row, c];
                // A merged cell's text stands in its first slot only; the slots it covers are empty.
                if (cell.Row != row || cell.Column != c) { cells[c] = ""; continue; }
                cells[c] = cell.Role switch
                {
                    CellRole.Figure => FullWidth(cell.Text, random),
                    CellRole.RowHeader => Slip(LoseNumber(cell, random), random),
                    _ => cell.Text.Replace("\n", ""),
                };
            }
            return cells;
        }

        private string LoseNumber(LayoutCell cell, SeededRandom random)
        {
            string text = cell.Text.Replace("\n", "");
            return cell.Node is { Number: not null } node && random.Chance(_options.LostNumberChance) && text.EndsWith(node.Label, System.StringComparison.Ordinal)
                ? node.Label : text;
        }

        private string Slip(string text, SeededRandom random)
        {
            if (!random.Chance(_options.SlipChance)) return text;
            foreach (var (right, wrong) in Slips) text = text.Replace(right, wrong);
            return text;
        }

        private string FullWidth(string text, SeededRandom random)
        {
            if (!random.Chance(_options.FullWidthDigitChance)) return text;
            var result = new StringBuilder(text.Length);
            foreach (char c in text) result.Append(c >= '0' && c <= '9' ? (char)('０' + (c - '0')) : c);
            return result.ToString();
        }

        private static void AppendPipeTable(StringBuilder text, string[] header, IEnumerable<string[]> rows)
        {
            text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
            text.Append('|').Append(string.Join("|", header.Select(_ => " --- "))).Append("|\n");
            foreach (string[] row in rows) text.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            text.Append('\n');
        }
    }
}
