namespace SchemaGen.Runtime.Reading
{
    /// <summary>
    /// Tells what a piece of table text is, apart from row labels (see <see cref="RowLabelResolver"/>):
    /// a value (a figure, a blank mark, or a garbled figure), a header text, or prose.
    /// </summary>
    internal sealed class TableTextClassifier
    {
        /// <summary>Longer than this, an unrecognized text is prose, not a label: the longest official label is about 40 characters.</summary>
        private const int MaxLabelLength = 80;

        /// <summary>Longer than this, a text without ideographs is not a garbled figure but something else (a URL, a code).</summary>
        private const int MaxGarbledLength = 24;

        private readonly TableIndex _table;

        public TableTextClassifier(TableIndex table) => _table = table;

        /// <summary>How many columns of figures the table has.</summary>
        public int ColumnCount => _table.LeafColumns.Length;

        /// <summary>Whether the text is a caption, stub, header note or column label of the table. Numbered texts never are.</summary>
        public bool IsHeader(string text)
        {
            string folded = TextNormalizer.Fold(text);
            if (folded.Length == 0 || folded.Length > MaxLabelLength * 2 || LeadingNumber.Parse(folded).IsPresent) return false;
            string key = TextNormalizer.TrimTrailingPunctuation(folded);
            return key.Length > 0 && !_table.Headers.Match(key).IsEmpty;
        }

        /// <summary>
        /// Whether the text stands where a figure could: a figure or blank mark, or a garbled figure — text
        /// without ideographs ("l2", "1 2"), text starting with a digit that is no item number ("12件"), or a
        /// single unknown character ("〇").
        /// </summary>
        public static bool IsValueLike(string text, out ParsedCell parsed)
        {
            parsed = CellValueParser.Parse(text);
            if (parsed.Kind != CellTextKind.Unreadable) return true;
            // What the folded text would be asked (its length, first character, whether it holds an ideograph), in one walk
            // without building it, which stops as soon as the answer is known: most texts asked are labels and prose, refused
            // at their second character (an ideograph, not after a digit) or at the length no garbled figure has.
            int length = 0;
            char first = '\0';
            bool hasIdeograph = false;
            foreach (char raw in text)
            {
                if (!TextNormalizer.TryFoldKept(raw, out char c)) continue;
                if (++length > MaxGarbledLength) return false;
                if (length == 1) first = c;
                hasIdeograph |= TextNormalizer.IsIdeograph(c);
                if (hasIdeograph && length >= 2 && !StartsAsFigure(first)) return false;
            }
            if (!hasIdeograph || length == 1) return true;
            return StartsAsFigure(first) && !LeadingNumber.Parse(TextNormalizer.Fold(text)).IsPresent;
        }

        private static bool StartsAsFigure(char first) => first >= '0' && first <= '9' || first == '-' || first == '+';

        public static bool IsProse(string text) => IsLongProse(text) || TextNormalizer.Fold(text).Length > MaxLabelLength;

        /// <summary>Prose by counting visible characters, without folding: cheap for the long paragraphs between tables.</summary>
        public static bool IsLongProse(string text)
        {
            if (text.Length <= MaxLabelLength) return false;
            int visible = 0;
            foreach (char c in text)
                if (!TextNormalizer.IsSpaceOrInvisible(c) && ++visible > MaxLabelLength) return true;
            return false;
        }

        public bool IsCaption(string text)
        {
            if (_table.Captions.Count == 0) return false;
            string key = TextNormalizer.MatchKey(text);
            return key.Length > 0 && !_table.Captions.Match(key).IsEmpty;
        }
    }
}
