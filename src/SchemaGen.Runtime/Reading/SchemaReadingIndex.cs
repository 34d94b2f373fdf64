using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading.LabelMatching;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// What the reader needs from a schema, folded once: section titles, and per table its caption, header
    /// texts, row labels with their numbers and parents. Cached per descriptor instance, since generated
    /// code keeps one descriptor per format version for the life of the process.
    /// </summary>
    internal sealed class SchemaReadingIndex
    {
        private static readonly ConditionalWeakTable<SchemaDescriptor, SchemaReadingIndex> Cache = new ConditionalWeakTable<SchemaDescriptor, SchemaReadingIndex>();
        private static readonly ConditionalWeakTable<MigratedRowShapes, SchemaReadingIndex> ShapedCache = new ConditionalWeakTable<MigratedRowShapes, SchemaReadingIndex>();

        private SchemaReadingIndex(SchemaDescriptor schema, IReadOnlyList<MigratedRowShape> shapes)
        {
            Schema = schema;
            Sections = (schema.Sections ?? Array.Empty<SectionDescriptor>()).Where(s => s is not null).Select(s => new SectionIndex(s)).ToArray();
            SimilarSections = new LabelMatcher<SectionIndex>(Sections.Select(s => new LabelTarget<SectionIndex>(s, s.Section.Label, s.Section.Aliases)));
            var invariants = (schema.Invariants ?? Array.Empty<InvariantDescriptor>()).Where(i => i is not null).ToList();
            Tables = (schema.Tables ?? Array.Empty<TableDescriptor>()).Where(t => t is not null)
                .Select(t => new TableIndex(t, invariants.Where(i => i.TableId == t.Id), shapes.Where(r => r is not null && r.TableId == t.Id))).ToArray();
        }

        public static SchemaReadingIndex For(SchemaDescriptor schema) => Cache.GetValue(schema, s => new SchemaReadingIndex(s, Array.Empty<MigratedRowShape>()));

        /// <summary>The index of a schema that also knows the rows of other versions' shapes (cached per <paramref name="shapes"/> instance).</summary>
        public static SchemaReadingIndex For(MigratedRowShapes shapes)
            => shapes.Rows.Count == 0 ? For(shapes.Schema) : ShapedCache.GetValue(shapes, s => new SchemaReadingIndex(s.Schema, s.Rows));

        public SchemaDescriptor Schema { get; }

        /// <summary>Whether a line is a section heading, or holds a caption, header text or row label of some table (its own, or as the start of the line).</summary>
        public bool NamesHeadingOrLabel(string text)
        {
            string key = TextNormalizer.MatchKey(text);
            if (key.Length == 0) return false;
            foreach (SectionIndex section in Sections)
                if (!section.Titles.Match(key).IsEmpty) return true;
            foreach (TableIndex table in Tables)
                if (!table.Rows.Match(key).IsEmpty || !table.Headers.Match(key).IsEmpty || !table.Captions.Match(key).IsEmpty) return true;
            return false;
        }
        public IReadOnlyList<SectionIndex> Sections { get; }

        /// <summary>Section titles by scored similarity, for a numbered heading that names no section word for word (行政法复议).</summary>
        public LabelMatcher<SectionIndex> SimilarSections { get; }
        public IReadOnlyList<TableIndex> Tables { get; }

        /// <summary>The tables of a section, in the order the section lists them (then any other table that names the section).</summary>
        public IReadOnlyList<TableIndex> TablesOf(SectionDescriptor section)
        {
            var result = new List<TableIndex>();
            foreach (string id in section.TableIds ?? Array.Empty<string>())
            {
                TableIndex? table = Tables.FirstOrDefault(t => t.Table.Id == id);
                if (table is not null && !result.Contains(table)) result.Add(table);
            }
            foreach (TableIndex table in Tables)
                if (table.Table.SectionId == section.Id && !result.Contains(table)) result.Add(table);
            return result;
        }
    }

    internal sealed class SectionIndex
    {
        public SectionIndex(SectionDescriptor section)
        {
            Section = section;
            Number = LeadingNumber.OfSchemaNumber(section.Number);
            Titles.Add(section.Label, section);
            foreach (string alias in section.Aliases ?? Array.Empty<string>()) Titles.Add(alias, section);
            HeadingKeys = new[] { section.Label }.Concat(section.Aliases ?? Array.Empty<string>())
                .Select(t => TextNormalizer.Fold(section.Number + "、" + t)).Where(k => k.Length > 2).Distinct().ToArray();
            LongestTitle = new[] { section.Label }.Concat(section.Aliases ?? Array.Empty<string>()).Select(t => TextNormalizer.MatchKey(t).Length).DefaultIfEmpty(0).Max();
        }

        public SectionDescriptor Section { get; }
        public LeadingNumber Number { get; }
        public LabelSet<SectionDescriptor> Titles { get; } = new LabelSet<SectionDescriptor>();
        public int LongestTitle { get; }
        /// <summary>The heading as folded text, "三、收到和处理政府信息公开申请情况", for each title and alias: what run-together text is cut at.</summary>
        public IReadOnlyList<string> HeadingKeys { get; }
    }

    internal sealed class TableIndex
    {
        /// <summary>
        /// The digit-run splitter of each row read as one run (<see cref="RunPlacer"/>): its shape and search plans depend
        /// on the schema alone, so they are built once per row, not once per report. Shared by the threads of a batch.
        /// </summary>
        public System.Collections.Concurrent.ConcurrentDictionary<AxisNodeDescriptor, DigitRuns.DigitRunSplitter> RunSplitters { get; } = new();

        /// <summary>
        /// The same rows' splitters with their cells alone, no rule: what a run could also be when the column rules are
        /// weighed. Built once per row for the same reason, and so that their searches reuse their buffers.
        /// </summary>
        public System.Collections.Concurrent.ConcurrentDictionary<AxisNodeDescriptor, DigitRuns.DigitRunSplitter> CellsOnlyRunSplitters { get; } = new();

        /// <summary>The column rules as constraints between runs, by the paths of the rows a page printed (<see cref="TableRunRules.ColumnRules"/>).</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<DigitRuns.CrossRunConstraint>>> ColumnRulesByRows { get; } = new(StringComparer.Ordinal);

        public TableIndex(TableDescriptor table, IEnumerable<InvariantDescriptor> invariants, IEnumerable<MigratedRowShape> shapes)
        {
            Table = table;
            _rules = invariants.Where(i => i.Terms is not null && !i.AcrossYears).ToArray();
            IReadOnlyList<AxisNodeDescriptor> rows = table.Rows ?? Array.Empty<AxisNodeDescriptor>();
            IReadOnlyList<AxisNodeDescriptor> columns = table.Columns ?? Array.Empty<AxisNodeDescriptor>();
            LeafColumns = (table.LeafColumns ?? Array.Empty<AxisNodeDescriptor>()).ToArray();
            LeafRows = (table.LeafRows ?? Array.Empty<AxisNodeDescriptor>()).ToArray();
            CellSlots = new TableCellSlots(LeafRows, LeafColumns);

            IndexRows(rows, null);
            UnlabeledRow = LeafRows.FirstOrDefault(r => r.Unlabeled);

            if (table.Caption is not null) Captions.Add(table.Caption, table.Caption);
            AddHeader(table.Caption);
            AddHeader(table.Stub);
            foreach (string note in table.HeaderNotes ?? Array.Empty<string>()) AddHeader(note);
            foreach (AxisNodeDescriptor column in AxisNodeDescriptor.All(columns))
            {
                AddHeader(column.Label);
                foreach (string alias in column.Aliases ?? Array.Empty<string>()) AddHeader(alias);
            }
            // The table's own label often heads the block, but 行政许可 or 政府集中采购 is also the table's only row.
            if (!Rows.ContainsKey(TextNormalizer.MatchKey(table.Label))) AddHeader(table.Label);

            RunTogetherRowKeys = AxisNodeDescriptor.All(rows).Where(r => !r.Unlabeled)
                .SelectMany(r => new[] { r.Label }.Concat(r.Aliases ?? Array.Empty<string>()).Select(l => new RunTogetherRowKey(TextNormalizer.MatchKey(l), NumberForms(r.Number), r.Children.Count > 0)))
                .Where(k => k.Key.Length > 0).ToArray();
            var rowKeys = new HashSet<string>(RunTogetherRowKeys.Select(k => k.Key), StringComparer.Ordinal);
            _sortedRowKeys = rowKeys.OrderBy(k => k, StringComparer.Ordinal).ToArray();
            RunTogetherHeaderKeys = Headers.Keys.Where(k => !rowKeys.Contains(k)).Distinct().ToArray();
            RowKeysAlsoHeaders = new HashSet<string>(Headers.Keys.Where(rowKeys.Contains), StringComparer.Ordinal);
            JoinedHeaderKeys = string.Join("\n", Headers.Keys);
            SimilarRows = new LabelMatcher<AxisNodeDescriptor>(AxisNodeDescriptor.All(rows).Where(r => !r.Unlabeled)
                .Select(r => new LabelTarget<AxisNodeDescriptor>(r, r.Label, r.Aliases)));
            IndexMigratedRows(shapes);
        }

        /// <summary>
        /// Rows of this table as another format version prints them (from its migration map), by label and alias: asked only
        /// for a label that names none of the table's own rows, or, for a single row printed where this version has a group
        /// of rows, with the group's label (see <see cref="CarriedWholeInto"/>).
        /// </summary>
        public LabelSet<AxisNodeDescriptor> MigratedRows { get; } = new LabelSet<AxisNodeDescriptor>();

        private readonly Dictionary<AxisNodeDescriptor, MigratedRowShape> _shapeOfWritten = new Dictionary<AxisNodeDescriptor, MigratedRowShape>();

        /// <summary>The shape a row of another version belongs to; null for the table's own rows.</summary>
        public MigratedRowShape? ShapeOf(AxisNodeDescriptor row) => _shapeOfWritten.TryGetValue(row, out MigratedRowShape? shape) ? shape : null;

        /// <summary>The table's own leaf row at a path, or null.</summary>
        public AxisNodeDescriptor? OwnLeafRow(string path) => LeafRows.FirstOrDefault(r => r.Path == path);

        /// <summary>
        /// The shape that reads a single row printed with <paramref name="label"/> where this table has the group
        /// <paramref name="group"/>: another version's row of that label whose figures the migration carries whole into one
        /// of the group's rows. Null when there is none.
        /// </summary>
        public MigratedRowShape? CarriedWholeInto(AxisNodeDescriptor group, string? label)
        {
            string key = TextNormalizer.MatchKey(label ?? "");
            if (key.Length == 0) return null;
            LabelMatch<AxisNodeDescriptor> match = MigratedRows.Match(key);
            if (!match.IsExact) return null;
            var shapes = match.Candidates.Select(ShapeOf).Where(s => s is { Kind: MigratedShapeKind.CarriedWhole } && s.Into.StartsWith(group.Path + ".", StringComparison.Ordinal)).Distinct().ToList();
            return shapes.Count == 1 ? shapes[0] : null;
        }

        /// <summary>Whether <paramref name="row"/> is another version's row that stands in the place of the table's <paramref name="own"/> row.</summary>
        public bool StandsIn(AxisNodeDescriptor row, AxisNodeDescriptor own) => ShapeOf(row) is { } shape && shape.StandsFor.Contains(own.Path);

        private void IndexMigratedRows(IEnumerable<MigratedRowShape> shapes)
        {
            foreach (MigratedRowShape shape in shapes)
            {
                if (OwnLeafRow(shape.Into) is not { } into) continue;
                foreach (AxisNodeDescriptor written in shape.Written)
                {
                    if (written is null || _shapeOfWritten.ContainsKey(written)) continue;
                    _shapeOfWritten[written] = shape;
                    MigratedRows.Add(written.Label, written);
                    foreach (string alias in written.Aliases ?? Array.Empty<string>()) MigratedRows.Add(alias, written);
                    // In the group context of the row it stands in for, so that the labels after it resolve as after that row.
                    Parents[written] = Parents.TryGetValue(into, out AxisNodeDescriptor? parent) ? parent : null;
                    Numbers[written] = LeadingNumber.OfSchemaNumber(written.Number);
                }
            }
        }

        /// <summary>
        /// The rows by scored similarity (OCR slips, a word more or less): asked only for a label that matched no row
        /// exactly, and what it finds is reported as a note.
        /// </summary>
        public LabelMatcher<AxisNodeDescriptor> SimilarRows { get; }

        private readonly InvariantDescriptor[] _rules;

        public TableDescriptor Table { get; }

        /// <summary>The table's resolved single-year rules checked for each row (<see cref="RuleAxis.Row"/>) or each column.</summary>
        public IEnumerable<InvariantDescriptor> RulesFor(RuleAxis forEach) => _rules.Where(r => r.ForEach == forEach);
        // Arrays, not read-only lists: the readers index them for every cell, and a list's indexer is an interface call.
        public AxisNodeDescriptor[] LeafColumns { get; }
        public AxisNodeDescriptor[] LeafRows { get; }

        /// <summary>Where each leaf cell goes among a reading's placed cells.</summary>
        public TableCellSlots CellSlots { get; }
        /// <summary>The row that prints no label (table 四's single row of figures), if any.</summary>
        public AxisNodeDescriptor? UnlabeledRow { get; }
        /// <summary>Every row node, groups included, by label and alias.</summary>
        public LabelSet<AxisNodeDescriptor> Rows { get; } = new LabelSet<AxisNodeDescriptor>();
        /// <summary>Texts of header lines: caption, stub, header notes, column labels and aliases, the table label.</summary>
        public LabelSet<string> Headers { get; } = new LabelSet<string>();
        public LabelSet<string> Captions { get; } = new LabelSet<string>();
        public Dictionary<AxisNodeDescriptor, AxisNodeDescriptor?> Parents { get; } = new Dictionary<AxisNodeDescriptor, AxisNodeDescriptor?>();
        public Dictionary<AxisNodeDescriptor, LeadingNumber> Numbers { get; } = new Dictionary<AxisNodeDescriptor, LeadingNumber>();

        /// <summary>Row labels as run-together text writes them (folded, without their item number), with the ways the number is written in front.</summary>
        public RunTogetherRowKey[] RunTogetherRowKeys { get; } // arrays: walked for every heading of a flattened text, with no enumerator to box

        /// <summary>Captions, header texts and column labels (folded) that are not also row labels.</summary>
        public string[] RunTogetherHeaderKeys { get; }

        /// <summary>Row labels (folded) that are also header texts: 总计 is a column and （七）总计's short form.</summary>
        public HashSet<string> RowKeysAlsoHeaders { get; }

        /// <summary>"（一）" → "(一)"; "1." → "1.", "1、"; "一" → "一、", "一.": the item number as it stands before a label.</summary>
        private static string[] NumberForms(string? number)
        {
            string folded = TextNormalizer.Fold(number);
            if (folded.Length == 0) return Array.Empty<string>();
            if (folded.StartsWith("(", StringComparison.Ordinal)) return new[] { folded };
            string bare = folded.TrimEnd('.', '、');
            return new[] { bare + ".", bare + "、" };
        }

        /// <summary>Whether the text is the start of a row label (its item number allowed): a label cut where it wrapped.</summary>
        public bool IsRowLabelStart(string text)
        {
            string key = TextNormalizer.MatchKey(text);
            if (key.Length < 2) return false;
            // Every word of a layout table's lines is asked: the keys that start with it stand together in ordinal order,
            // from where it would be inserted, and are found by a binary search instead of a walk over every row key.
            string[] sorted = _sortedRowKeys;
            int at = Array.BinarySearch(sorted, key, StringComparer.Ordinal);
            for (int i = at >= 0 ? at : ~at; i < sorted.Length && sorted[i].StartsWith(key, StringComparison.Ordinal); i++)
                if (sorted[i].Length > key.Length) return true;
            return false;
        }

        /// <summary>The row keys of <see cref="RunTogetherRowKeys"/>, each once, in ordinal order.</summary>
        private readonly string[] _sortedRowKeys;

        private static readonly char[] Parentheses = { '(', ')' }; // made once: Trim(params char[]) made one per call

        /// <summary>Whether the text is a piece (two characters or more) of one of the table's header texts: a header wrapped in a narrow cell.</summary>
        public bool IsHeaderPiece(string text)
        {
            string key = TextNormalizer.Fold(text).Trim(Parentheses);
            return key.Length >= 2 && JoinedHeaderKeys.IndexOf(key, StringComparison.Ordinal) >= 0;
        }

        /// <summary>
        /// The header keys joined by line breaks, which no key holds (folding drops every white-space character): a piece
        /// is in one key when it is in the joined text, which one search finds (every line of a layout table is asked).
        /// </summary>
        private string JoinedHeaderKeys { get; }

        /// <summary>
        /// Whether the text is a piece (one to <paramref name="maxLength"/> characters) of a group row's numbered label: a label
        /// printed down its column a character a line (三、本年度办理结果), whose pieces stand beside the leaf rows.
        /// </summary>
        public bool IsGroupLabelPiece(string text, int maxLength)
        {
            string key = TextNormalizer.Fold(text).Trim();
            if (key.Length == 0 || key.Length > maxLength) return false;
            foreach (AxisNodeDescriptor row in Parents.Keys)
                if (!IsLeafRow(row) && TextNormalizer.Fold(row.NumberedLabel).IndexOf(key, StringComparison.Ordinal) >= 0) return true;
            return false;
        }

        /// <summary>Whether the text is, word for word once folded, a row label or alias of the table.</summary>
        public bool IsExactRowLabel(string text) => Rows.Match(TextNormalizer.MatchKey(text)).IsExact;

        public bool IsLeafRow(AxisNodeDescriptor node) => node.Children is null || node.Children.Count == 0;

        public string Describe(AxisNodeDescriptor row) => row.Unlabeled ? "(unlabeled) " + row.Label : row.NumberedLabel;

        private void IndexRows(IReadOnlyList<AxisNodeDescriptor> nodes, AxisNodeDescriptor? parent)
        {
            foreach (AxisNodeDescriptor node in nodes)
            {
                if (node is null || Parents.ContainsKey(node)) continue;
                Parents[node] = parent;
                Numbers[node] = LeadingNumber.OfSchemaNumber(node.Number);
                Rows.Add(node.Label, node);
                foreach (string alias in node.Aliases ?? Array.Empty<string>()) Rows.Add(alias, node);
                IndexRows(node.Children ?? Array.Empty<AxisNodeDescriptor>(), node);
            }
        }

        private void AddHeader(string? text)
        {
            if (!string.IsNullOrEmpty(text)) Headers.Add(text, text!);
        }
    }

    /// <summary>A row label's folded key and the written forms of its item number.</summary>
    internal readonly struct RunTogetherRowKey
    {
        public RunTogetherRowKey(string key, string[] numbers, bool isGroup)
        {
            Key = key;
            Numbers = numbers;
            IsGroup = isGroup;
        }

        /// <summary>The label is a group's (（三）不予公开): it has no figures of its own.</summary>
        public bool IsGroup { get; }

        public string Key { get; }
        public string[] Numbers { get; }
    }
}
