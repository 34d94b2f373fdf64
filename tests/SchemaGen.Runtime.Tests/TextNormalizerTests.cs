using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    public class TextNormalizerTests
    {
        [Fact]
        public void White_space_is_what_the_library_calls_white_space_for_every_character()
        {
            int spaces = 0;
            for (int c = 0; c <= char.MaxValue; c++)
            {
                Assert.True(char.IsWhiteSpace((char)c) == TextNormalizer.IsWhiteSpace((char)c), $"U+{c:X4}");
                if (char.IsWhiteSpace((char)c)) spaces++;
            }
            Assert.True(spaces > 20, "the characters must include white space outside ASCII");
        }

        [Fact]
        public void Folding_through_the_threads_buffer_gives_each_text_its_own_fold()
        {
            // Fold fills one buffer per thread and copies out of it: a long text then a short one, and texts folded on
            // many threads at once, must each come back as folding it character by character gives.
            var texts = new[] { new string('門', 5000) + " 處理", "開 放", "一二三", new string('Ａ', 300), "ａ b", new string('\u3000', 70_000) + "門" };
            var expected = System.Array.ConvertAll(texts, FoldCharByChar);
            for (int round = 0; round < 3; round++)
                for (int i = 0; i < texts.Length; i++)
                    Assert.Equal(expected[i], TextNormalizer.Fold(texts[i]));
            System.Threading.Tasks.Parallel.For(0, 400, n => Assert.Equal(expected[n % texts.Length], TextNormalizer.Fold(texts[n % texts.Length])));
            Assert.Equal("门处理ab", TextNormalizer.Fold(" 門 處理 Ａ b"));
        }

        private static string FoldCharByChar(string text)
        {
            var kept = new System.Text.StringBuilder();
            foreach (char c in text)
                if (TextNormalizer.TryFoldKeptComputed(c, out char folded)) kept.Append(folded);
            return kept.ToString();
        }

        [Fact]
        public void Folding_drops_every_white_space_character()
        {
            // Detection folds a cell after trimming it and takes that for the fold of the cell as written: so no character
            // string.Trim takes off may survive folding.
            int spaces = 0;
            for (char c = '\0'; c < char.MaxValue; c++)
            {
                if (!char.IsWhiteSpace(c)) continue;
                spaces++;
                Assert.False(TextNormalizer.TryFoldKeptComputed(c, out _), $"U+{(int)c:X4} is kept by folding");
                Assert.Equal("门", TextNormalizer.Fold(c + "門" + c));
            }
            Assert.True(spaces >= 25, $"only {spaces} white-space characters");
        }

        [Fact]
        public void A_scratch_buffer_is_kept_for_the_next_call_unless_it_is_huge()
        {
            char[]? kept = null;
            char[] first = ScratchChars.AtLeast(ref kept, 10);
            Assert.Same(first, kept);
            Assert.Same(first, ScratchChars.AtLeast(ref kept, first.Length));
            char[] longer = ScratchChars.AtLeast(ref kept, first.Length + 1);
            Assert.True(longer.Length > first.Length);
            Assert.Same(longer, kept);
            char[] huge = ScratchChars.AtLeast(ref kept, 3 << 20);
            Assert.Equal(3 << 20, huge.Length);
            Assert.Same(longer, kept); // used once, not held by the thread
        }

        [Fact]
        public void No_character_below_the_folding_range_is_full_width_or_Traditional()
        {
            // FoldChar returns these unchanged without asking either table: that shortcut must never skip a mapping.
            for (char c = '\0'; c < TextNormalizer.FirstFolding; c++)
            {
                Assert.Equal(c, ChineseScript.ToSimplified(c));
                Assert.Equal(c, TextNormalizer.ToHalfWidth(c));
            }
            Assert.Equal('一', TextNormalizer.FoldChar('一'));
            Assert.Equal('A', TextNormalizer.FoldChar('Ａ'));
            Assert.Equal('门', TextNormalizer.FoldChar('門'));
        }

        [Fact]
        public void A_character_folded_by_the_map_is_the_character_folded_by_the_tables()
        {
            // Cells and prose fold character by character through the map: it must agree with the script and width
            // tables everywhere, and it does change some characters (Traditional, full-width).
            int changed = 0;
            for (int raw = 0; raw <= char.MaxValue; raw++)
            {
                char c = (char)raw;
                Assert.Equal(TextNormalizer.FoldCharComputed(c), TextNormalizer.FoldChar(c));
                Assert.Equal(TextNormalizer.ToHalfWidth(ChineseScript.ToSimplified(c)), TextNormalizer.FoldChar(c));
                if (TextNormalizer.FoldChar(c) != c) changed++;
            }
            Assert.True(changed > ChineseScript.Count, $"only {changed} characters fold to another");
        }

        [Fact]
        public void Folding_by_the_map_is_folding_worked_out_for_every_character_and_only_0_folds_to_0()
        {
            // The map marks a dropped character with '\0': that is only sound while no kept character folds to '\0' but '\0'.
            int dropped = 0;
            for (int raw = 0; raw <= char.MaxValue; raw++)
            {
                bool kept = TextNormalizer.TryFoldKeptComputed((char)raw, out char expected);
                Assert.True(!kept || expected != '\0' || raw == 0, $"U+{raw:X4} folds to U+0000");
                string text = "a" + (char)raw + "b";
                Assert.Equal(kept ? "a" + expected + "b" : "ab", TextNormalizer.Fold(text));
                if (!kept) dropped++;
            }
            // Spaces, invisible marks and quotes, of every width: the map is not all kept.
            Assert.InRange(dropped, 20, 200);
        }

        [Theory]
        [InlineData("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "部分公开（区分处理的，只计这一情形，不计其他情形）")]
        [InlineData("（二）部分公開（區分處理的，只計這一情形，不計其他情形）", "部分公开（区分处理的，只计这一情形，不计其他情形）")]
        [InlineData("商业 企业", "商业企业")]
        [InlineData("科研\u3000機構", "科研机构")]
        [InlineData("3.危及“三安全一稳定”", "危及\"三安全一稳定\"")]
        [InlineData("3.危及「三安全一穩定」", "危及三安全一稳定")]
        [InlineData("一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量")]
        [InlineData("1、重复申请", "重复申请")]
        [InlineData("1．重复申请", "重复申请")]
        [InlineData("(一)予以公开", "予以公开")]
        [InlineData("⑴予以公开", "予以公开")]
        [InlineData("四、结转下年度继续办理：", "结转下年度继续办理")]
        [InlineData("本年收费金额(单位:万元)", "本年收费金额（单位：万元）")]
        [InlineData("第二十条第(一)项", "第二十条第（一）项")]
        [InlineData("(本列数據的勾稽關係為:第一項加第二項之和,等於第三項加第四項之和)", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")]
        public void Same_label(string text, string label)
        {
            Assert.True(TextNormalizer.SameLabel(text, label), TextNormalizer.MatchKey(text) + " ≠ " + TextNormalizer.MatchKey(label));
        }

        [Theory]
        [InlineData("予以公开", "部分公开")]
        [InlineData("第二十条第(一)项", "第二十条第(五)项")]
        [InlineData("", "")]
        public void Different_labels(string a, string b) => Assert.False(TextNormalizer.SameLabel(a, b));

        [Fact]
        public void Space_or_invisible_is_every_white_space_of_char_IsWhiteSpace_and_the_invisible_marks_and_nothing_else()
        {
            const string invisible = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
            int spaces = 0;
            for (int code = 0; code <= char.MaxValue; code++)
            {
                char c = (char)code;
                bool expected = char.IsWhiteSpace(c) || invisible.IndexOf(c) >= 0;
                Assert.True(expected == TextNormalizer.IsSpaceOrInvisible(c), $"U+{code:X4}: expected {expected}");
                if (expected) spaces++;
            }
            Assert.True(spaces > 20, $"{spaces} characters are spaces or invisible");
        }

        [Fact]
        public void Fold_keeps_the_number_and_folds_width()
        {
            Assert.Equal("(一)予以公开", TextNormalizer.Fold("（一）予以公開"));
            Assert.Equal("17abc", TextNormalizer.Fold("１７ＡＢｃ"));
            Assert.Equal("二、主动公开情况", TextNormalizer.Fold(" 二、主動公開情況 "));
            Assert.Equal("", TextNormalizer.Fold(null));
        }

        [Fact]
        public void Match_key_does_not_eat_a_decimal_or_a_year()
        {
            Assert.Equal("1.5", TextNormalizer.MatchKey("1.5"));
            Assert.Equal("2022年", TextNormalizer.MatchKey("2022年"));
            Assert.Equal("一是加强", TextNormalizer.MatchKey("一是加强"));
            Assert.Equal("其它需要报告的事项", TextNormalizer.MatchKey("六、其它需要报告的事项。"));
        }

        [Fact]
        public void The_in_place_forms_read_every_range_as_the_string_forms_read_it_cut_out()
        {
            // Every range of texts whose numbers, decimals and trailing punctuation sit at a range's edge: a number's
            // delimiter is judged by the range's end, not the text's ("1." then "5" outside the range is item 1).
            string[] texts = { "(一)、予以公开。1.5 (12)x 一、主动公开,", "二十、其他。|①办理 1.5 10)2022年", " \u3000（二）部分公開；\u200B 3、", "九十九、a 1 ⑴(1)" };
            int ranges = 0;
            foreach (string text in texts)
            {
                string folded = TextNormalizer.Fold(text);
                var destination = new char[text.Length + 2];
                for (int start = 0; start <= text.Length; start++)
                    for (int end = start; end <= text.Length; end++)
                    {
                        string raw = text.Substring(start, end - start);
                        int written = TextNormalizer.FoldInto(text, start, end, destination, 2);
                        Assert.Equal(TextNormalizer.Fold(raw), new string(destination, 2, written - 2));
                        Assert.Equal(TextNormalizer.IsBlank(raw), TextNormalizer.IsBlank(text, start, end));
                    }
                for (int start = 0; start <= folded.Length; start++)
                    for (int end = start; end <= folded.Length; end++)
                    {
                        int keyStart = start, keyEnd = end;
                        TextNormalizer.MatchKeyBounds(folded, ref keyStart, ref keyEnd);
                        Assert.Equal(TextNormalizer.MatchKeyOfFolded(folded.Substring(start, end - start)), folded.Substring(keyStart, keyEnd - keyStart));
                        if (keyStart > start && keyEnd < end) ranges++;
                    }
            }
            // Ranges where both a number and punctuation came off: the cases the bounds can get wrong.
            Assert.True(ranges >= 20, $"{ranges} ranges");
            Assert.Equal("予以公开", TextNormalizer.MatchKeyOfFolded("(一)、予以公开。"));
        }

        [Fact]
        public void Blank_lines_include_no_break_and_ideographic_spaces()
        {
            Assert.True(TextNormalizer.IsBlank("\u00A0"));
            Assert.True(TextNormalizer.IsBlank(" \u3000\t\u200B"));
            Assert.False(TextNormalizer.IsBlank(" 0 "));
        }

        [Theory]
        [InlineData('總', '总')]
        [InlineData('計', '计')]
        [InlineData('複', '复')]
        [InlineData('議', '议')]
        [InlineData('訴', '诉')]
        [InlineData('訟', '讼')]
        [InlineData('於', '于')]
        [InlineData('為', '为')]
        [InlineData('爲', '为')]
        [InlineData('關', '关')]
        [InlineData('总', '总')]
        [InlineData('著', '著')]
        [InlineData('A', 'A')]
        public void Traditional_to_simplified(char traditional, char simplified) => Assert.Equal(simplified, ChineseScript.ToSimplified(traditional));

        [Fact]
        public void Every_traditional_alias_in_the_schemas_folds_onto_a_simplified_label()
        {
            foreach (var schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
            {
                foreach (var section in schema.Sections)
                    foreach (string alias in section.Aliases)
                        Assert.DoesNotContain(TextNormalizer.MatchKey(alias), c => ChineseScript.ToSimplified(c) != c);
                foreach (var table in schema.Tables)
                    foreach (var node in SchemaGen.Runtime.Descriptors.AxisNodeDescriptor.All(table.Rows))
                        foreach (string alias in node.Aliases)
                            Assert.DoesNotContain(TextNormalizer.MatchKey(alias), c => ChineseScript.ToSimplified(c) != c);
            }
            Assert.True(ChineseScript.Count > 1000);
        }

        [Fact]
        public void Simplified_labels_are_unchanged_by_the_script_map()
        {
            foreach (var schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
                foreach (var table in schema.Tables)
                    foreach (var node in SchemaGen.Runtime.Descriptors.AxisNodeDescriptor.All(table.Rows))
                        Assert.Equal(node.Label, ChineseScript.ToSimplified(node.Label));
        }
    }

    public class CellValueParserTests
    {
        /// <summary>
        /// A cell of plain ASCII digits is read at once; the same digits with a space before them go the whole way (trimmed,
        /// normalised, parsed): both give the same kind, value and scale, leading zeros and 19 digits included, and a 20th
        /// digit leaves the short way for the long one.
        /// </summary>
        [Fact]
        public void Plain_digits_read_at_once_are_what_the_whole_parse_gives()
        {
            var random = new System.Random(20261202);
            int leadingZeros = 0, longest = 0;
            for (int n = 0; n < 20000; n++)
            {
                var digits = new System.Text.StringBuilder();
                int length = 1 + random.Next(n % 5 == 0 ? 20 : 6);
                for (int i = 0; i < length; i++) digits.Append((char)('0' + random.Next(10)));
                string text = digits.ToString();
                ParsedCell quick = CellValueParser.Parse(text);
                ParsedCell whole = CellValueParser.Parse(" " + text);
                Assert.Equal(whole.Kind, quick.Kind);
                Assert.Equal(CellTextKind.Number, quick.Kind);
                Assert.Equal(decimal.GetBits(whole.Value), decimal.GetBits(quick.Value));
                Assert.Equal(whole.Problem, quick.Problem);
                // Up to nine digits the figure is known to be small and whole, which lets a reader skip its range tests.
                Assert.Equal(text.Length <= 9, quick.IsSmallWhole);
                Assert.False(whole.IsSmallWhole);
                if (quick.IsSmallWhole) Assert.InRange(quick.Value, 0m, 999_999_999m);
                if (text.Length > 1 && text[0] == '0') leadingZeros++;
                longest = System.Math.Max(longest, text.Length);
            }
            Assert.True(leadingZeros > 100 && longest == 20, $"{leadingZeros} with leading zeros, longest {longest}");
        }

        /// <summary>
        /// A figure a run's digits split into is given to its cell as parsing it written out would: the same kind, value and
        /// scale (decimal's bits), over every scale a cell has and signs, zeros of every scale among them.
        /// </summary>
        [Fact]
        public void A_figure_already_read_is_what_parsing_it_written_out_gives()
        {
            var random = new System.Random(20261201);
            int negativeZeros = 0, scaledZeros = 0, negatives = 0;
            for (int n = 0; n < 20000; n++)
            {
                long mantissa = n % 10 == 0 ? 0 : random.NextInt64(0, n % 3 == 0 ? 1_000 : 999_999_999_999_999_999);
                var value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, random.Next(3) == 0, (byte)random.Next(0, 5));
                ParsedCell written = CellValueParser.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                ParsedCell given = CellValueParser.OfFigure(value);
                Assert.Equal(written.Kind, given.Kind);
                Assert.Equal(decimal.GetBits(written.Value), decimal.GetBits(given.Value));
                Assert.Equal(written.Problem, given.Problem);
                if (value == 0m && decimal.GetBits(value)[3] < 0) negativeZeros++;
                if (value == 0m && value.Scale > 0) scaledZeros++;
                if (value < 0m) negatives++;
            }
            Assert.True(negativeZeros > 100 && scaledZeros > 100 && negatives > 1000, $"{negativeZeros} negative zeros, {scaledZeros} zeros with decimals, {negatives} negatives");
        }

        [Theory]
        [InlineData("17", 17)]
        [InlineData(" 17 ", 17)]
        [InlineData("１７", 17)]
        [InlineData("01", 1)]
        [InlineData("0", 0)]
        [InlineData("77.99", 77.99)]
        [InlineData("190.457379", 190.457379)]
        [InlineData("１９０．５", 190.5)]
        [InlineData("-3", -3)]
        [InlineData("－3", -3)]
        [InlineData("+3", 3)]
        [InlineData("1,234", 1234)]
        [InlineData("12,345,678.5", 12345678.5)]
        public void Figures(string text, double value)
        {
            ParsedCell cell = CellValueParser.Parse(text);
            Assert.Equal(CellTextKind.Number, cell.Kind);
            Assert.Equal((decimal)value, cell.Value);
        }

        [Theory]
        [InlineData("12.50", "12.50")]
        [InlineData("0.00", "0.00")]
        [InlineData("007", "7")]
        [InlineData("-0.0", "0.0")]
        [InlineData("9999999999999999999", "9999999999999999999")]
        [InlineData("18446744073709551615", "18446744073709551615")]
        [InlineData("12345678901234567890.25", "12345678901234567890.25")]
        [InlineData("1,234,567,890,123,456,789,012", "1234567890123456789012")]
        public void Figures_keep_their_written_decimals_at_any_length(string text, string expected)
            => Assert.Equal(expected, CellValueParser.Parse(text).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        [Fact]
        public void Figures_read_as_decimal_parse_reads_their_digits()
        {
            // Random digit strings of every length around the exact-integer limit, with and without a point, against the
            // framework's own reading of the same digits.
            var random = new System.Random(20261129);
            int checkedFigures = 0;
            for (int n = 0; n < 4000; n++)
            {
                int whole = random.Next(1, 24), fraction = random.Next(0, 6);
                var text = new System.Text.StringBuilder();
                for (int d = 0; d < whole; d++) text.Append((char)('0' + random.Next(10)));
                if (fraction > 0) text.Append('.');
                for (int d = 0; d < fraction; d++) text.Append((char)('0' + random.Next(10)));
                bool negative = random.Next(4) == 0;
                string figure = (negative ? "-" : "") + text;
                ParsedCell cell = CellValueParser.Parse(figure);
                bool fits = decimal.TryParse(text.ToString(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal expected);
                if (!fits)
                {
                    Assert.Equal(CellTextKind.Unreadable, cell.Kind);
                    continue;
                }
                if (negative && expected != 0m) expected = -expected;
                Assert.Equal(CellTextKind.Number, cell.Kind);
                Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                checkedFigures++;
            }
            Assert.True(checkedFigures > 3000, $"only {checkedFigures} figures compared");
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\u00A0")]
        [InlineData("—")]
        [InlineData("——")]
        [InlineData("-")]
        [InlineData("--")]
        [InlineData("/")]
        [InlineData("／")]
        [InlineData("无")]
        [InlineData("無")]
        [InlineData("空")]
        [InlineData(null)]
        public void Not_stated(string? text) => Assert.Equal(CellTextKind.NotStated, CellValueParser.Parse(text).Kind);

        [Theory]
        [InlineData("12件")]
        [InlineData("1 2")]
        [InlineData("l2")]
        [InlineData("1.")]
        [InlineData(".5")]
        [InlineData("1,23")]
        [InlineData("12,3456")]
        [InlineData("5%")]
        [InlineData("〇")]
        [InlineData("--3")]
        [InlineData("99999999999999999999999999999999999")]
        public void Unreadable(string text)
        {
            ParsedCell cell = CellValueParser.Parse(text);
            Assert.Equal(CellTextKind.Unreadable, cell.Kind);
            Assert.False(string.IsNullOrEmpty(cell.Problem));
        }
    }

    public class DiagnosticCatalogTests
    {
        [Fact]
        public void Ids_are_unique_stable_codes_with_title_and_description()
        {
            var ids = new System.Collections.Generic.HashSet<string>();
            foreach (ReadDiagnosticDescriptor d in ReadDiagnosticIds.All)
            {
                Assert.Matches("^SG3[0-9]{3}$", d.Id);
                Assert.True(ids.Add(d.Id), d.Id);
                Assert.False(string.IsNullOrWhiteSpace(d.Title));
                Assert.False(string.IsNullOrWhiteSpace(d.Description));
                Assert.Same(d, ReadDiagnosticIds.Find(d.Id));
            }
            Assert.Equal("SG3003", ReadDiagnosticIds.TableMissing);
            Assert.Equal(Validation.FindingSeverity.Warning, ReadDiagnosticIds.Find(ReadDiagnosticIds.TableMissing)!.DefaultSeverity);
            Assert.Null(ReadDiagnosticIds.Find("SG9999"));
        }

        [Fact]
        public void Every_id_constant_is_in_the_catalog()
        {
            foreach (var field in typeof(ReadDiagnosticIds).GetFields())
                if (field.IsLiteral)
                    Assert.NotNull(ReadDiagnosticIds.Find((string)field.GetValue(null)!));
        }
    }
}
