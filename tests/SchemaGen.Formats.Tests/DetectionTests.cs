using System.Linq;
using SchemaGen.Formats.Detection;
using SchemaGen.Formats.Tests.Support;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>Format detection over the five real seeds (see tests/fixtures/seeds/README.md) and a few made-up texts.</summary>
    public class DetectionTests
    {
        private static FormatDetection Detect(string seed) => FormatDetector.Detect(Fixtures.Seed(seed));

        [Theory]
        [InlineData("| （一）予以公开 | 12 | ３ |  | 15 |")]
        [InlineData("｜本年新收政府信息公开申请數量｜ 1\t2｜“其他”｜")]
        [InlineData("\t|  | 　|")]
        [InlineData("三、收到和处理政府信息公开申请情况|")]
        public void Detection_folds_a_line_of_cells_as_the_whole_line_and_keys_each_cell(string line)
        {
            // Detection folds each cell once and joins the folds: the same as folding the line, whatever its separators.
            // A text block, as a web page or Word file gives one: a text reader makes pipe lines into table blocks.
            static ReportCells Read(string text) => ReportCells.Of(new SchemaGen.Runtime.Documents.Document(SchemaGen.Runtime.Documents.DocumentKind.Html, null,
                new SchemaGen.Runtime.Documents.Block[] { new SchemaGen.Runtime.Documents.TextBlock(text, default) }));
            foreach (ReportCells read in new[] { Read("标题\n" + line), Read("标题\n" + line.Replace("|", "｜")) })
            {
                Assert.Equal(SchemaGen.Runtime.Reading.TextNormalizer.Fold("标题") + SchemaGen.Runtime.Reading.TextNormalizer.Fold(line), read.Folded);
                string[] expected = line.Split('|', '｜', '\t').Where(c => !SchemaGen.Runtime.Reading.TextNormalizer.IsBlank(c))
                    .Select(SchemaGen.Runtime.Reading.TextNormalizer.MatchKey).Prepend(SchemaGen.Runtime.Reading.TextNormalizer.MatchKey("标题")).ToArray();
                Assert.Equal(expected, read.Keys);
            }
        }

        [Fact]
        public void Released_cells_go_to_the_next_report_emptied_and_answer_nothing_after()
        {
            // Detection hands its cells array to the thread's next detection: the next report's cells are its own, whatever
            // the last one held, and released cells answer no more (rather than with another report's cells).
            var seed = SchemaGen.Runtime.Documents.TextDocument.Parse(Fixtures.Seed("003"));
            ReportCells first = ReportCells.Of(seed);
            string[] firstKeys = first.Keys.ToArray();
            Assert.True(firstKeys.Length > 30, $"{firstKeys.Length} keys");
            first.Release();

            ReportCells next = ReportCells.Of(SchemaGen.Runtime.Documents.TextDocument.Parse("标题\n| 本年新收 | 3 |"));
            Assert.Equal(new[] { "标题", "本年新收", "3" }, next.Keys);
            Assert.Throws<System.IndexOutOfRangeException>(() => first.RawAt(0));
            next.Release();

            Assert.Equal(firstKeys, ReportCells.Of(seed).Keys);
        }

        [Fact]
        public void A_report_detected_after_others_on_the_thread_is_detected_as_when_first()
        {
            FormatDetection first = Detect("000");
            foreach (string other in new[] { "003", "001", "004", "002" }) Detect(other);
            FormatDetection again = Detect("000");
            Assert.Equal(first.Format, again.Format);
            Assert.Equal(first.Confidence, again.Confidence);
            Assert.Equal(first.Evidence, again.Evidence);
            Assert.Equal(first.ReportYear, again.ReportYear);
            Assert.Equal(first.Agency, again.Agency);
        }

        [Theory]
        [InlineData("001")]
        [InlineData("003")]
        public void Cells_index_only_the_keys_asked_for_and_find_every_key_as_a_full_index_does(string seed)
        {
            var document = SchemaGen.Runtime.Documents.TextDocument.Parse(Fixtures.Seed(seed));
            ReportCells all = ReportCells.Of(document);
            string[] distinct = all.Keys.Distinct().ToArray();
            // Asked: every third key of the report and one it lacks; the rest are asked for too, and must be found by a scan.
            var asked = new AskedKeys(distinct.Where((k, i) => i % 3 == 0).Append("不在此报告中的标签"));
            ReportCells some = ReportCells.Of(document, asked);
            Assert.True(distinct.Length > 30, $"{distinct.Length} distinct keys");
            foreach (string key in distinct.Append("不在此报告中的标签").Append(""))
            {
                Assert.Equal(all.IndexesOf(key).ToArray(), some.IndexesOf(key).ToArray());
                // Whether a key is there, asked without listing, says what the listing says, asked for or not.
                Assert.Equal(all.IndexesOf(key).Count > 0, all.Contains(key));
                Assert.Equal(all.IndexesOf(key).Count > 0, some.Contains(key));
            }
            Assert.Equal(all.Keys, some.Keys);
            ReportCells citing = ReportCells.Of(SchemaGen.Runtime.Documents.TextDocument.Parse(Fixtures.Seed(seed) + "\n按照国办公开办函〔2021〕30号要求编制。"));
            foreach (ReportCells cells in new[] { all, citing })
                foreach (string notice in new[] { "2019-60", "2021-30", "2020-1" })
                    Assert.Equal(FormatSignature.NoticeKeysIn(cells.Folded).Contains(notice), cells.Cites(notice));
            Assert.True(citing.Cites("2021-30"));
            Assert.Equal(all.IsRunTogether, some.IsRunTogether);
        }

        [Fact]
        public void Seed_003_is_2019_with_high_confidence_from_its_tables()
        {
            FormatDetection detection = Detect("003");
            Assert.Same(FormatCatalog.Find("2019")!, detection.Format);
            Assert.True(detection.Confidence >= 0.9, $"confidence {detection.Confidence}");
            Assert.Contains(detection.Evidence, e => e.StartsWith("2019:") && e.Contains("第二十条第（九）项"));
            Assert.Contains(detection.Evidence, e => e.StartsWith("2019:") && e.Contains("本年新制作数量"));
            Assert.Contains(detection.Evidence, e => e.StartsWith("2019:") && e.Contains("（六）其他处理 is one row of figures"));
            Assert.DoesNotContain(detection.Evidence, e => e.StartsWith("against:"));
        }

        [Fact]
        public void Seed_001_is_2021_with_high_confidence_from_its_tables()
        {
            FormatDetection detection = Detect("001");
            Assert.Same(FormatCatalog.Find("2021")!, detection.Format);
            Assert.True(detection.Confidence >= 0.9, $"confidence {detection.Confidence}");
            Assert.Contains(detection.Evidence, e => e.StartsWith("2021:") && e.Contains("本年制发件数"));
            Assert.Contains(detection.Evidence, e => e.StartsWith("2021:") && e.Contains("（六）其他处理 has sub-rows"));
            Assert.Contains(detection.Evidence, e => e.Contains("report year 2022"));
        }

        [Fact]
        public void Seed_000_in_Traditional_script_is_2021_from_the_sub_rows_of_other_handling()
        {
            // Table 二 is gone and table 三 has no figures, but its row labels (in Traditional script) are there.
            FormatDetection detection = Detect("000");
            Assert.Same(FormatCatalog.Find("2021")!, detection.Format);
            Assert.True(detection.Confidence >= 0.6, $"confidence {detection.Confidence}");
            Assert.Contains(detection.Evidence, e => e.StartsWith("2021:") && e.Contains("申请人无正当理由逾期不补正"));
        }

        [Fact]
        public void Seed_004_without_tables_is_2021_from_its_cited_notice_with_moderate_confidence()
        {
            FormatDetection detection = Detect("004");
            Assert.Same(FormatCatalog.Find("2021")!, detection.Format);
            Assert.InRange(detection.Confidence, 0.3, 0.7);
            Assert.Contains(detection.Evidence, e => e.StartsWith("2021:") && e.Contains("国办公开办函〔2021〕30号"));
            Assert.DoesNotContain(detection.Evidence, e => e.Contains("a table prints"));
        }

        [Fact]
        public void Seed_002_without_tables_or_notice_is_2021_by_its_year_only_with_low_confidence()
        {
            FormatDetection detection = Detect("002");
            Assert.Same(FormatCatalog.Find("2021")!, detection.Format);
            Assert.True(detection.Confidence < 0.3, $"confidence {detection.Confidence}");
            Assert.Contains(detection.Evidence, e => e.StartsWith("2021:") && e.Contains("report year 2021") && e.Contains("weak"));
        }

        [Fact]
        public void Confidence_follows_the_amount_and_kind_of_evidence()
        {
            double c003 = Detect("003").Confidence, c001 = Detect("001").Confidence, c000 = Detect("000").Confidence;
            double c004 = Detect("004").Confidence, c002 = Detect("002").Confidence;
            Assert.True(c003 >= c000 && c001 >= c000, "full tables beat a table of labels only");
            Assert.True(c000 > c004, "table evidence beats a cited notice");
            Assert.True(c004 > c002, "a cited notice beats the year alone");
        }

        [Fact]
        public void Conflicting_evidence_lowers_the_confidence()
        {
            // 2019's procurement block alone, then the same block in a report that cites the 2021 notice for 2021.
            const string block = "第二十条第（九）项\n信息内容|采购项目数量|采购总金额\n政府集中采购|3|12.5\n";
            FormatDetection alone = FormatDetector.Detect(block);
            FormatDetection conflicting = FormatDetector.Detect("某某局2021年度政府信息公开工作年度报告\n依据国办公开办函〔2021〕30号\n" + block);

            Assert.Same(FormatCatalog.Find("2019")!, alone.Format);
            Assert.Same(FormatCatalog.Find("2019")!, conflicting.Format);
            Assert.True(conflicting.Confidence < alone.Confidence, $"{conflicting.Confidence} should be below {alone.Confidence}");
            Assert.Contains(conflicting.Evidence, e => e.StartsWith("against: 2021:") && e.Contains("国办公开办函〔2021〕30号"));
        }

        [Fact]
        public void Prose_that_names_a_label_is_not_table_evidence()
        {
            const string text = "某某局2021年度政府信息公开工作年度报告\n本年度我局依法公开政府集中采购、采购项目数量等信息。";
            FormatDetection detection = FormatDetector.Detect(text);
            Assert.Same(FormatCatalog.Find("2021")!, detection.Format);
            Assert.DoesNotContain(detection.Evidence, e => e.Contains("a table prints"));
        }

        [Fact]
        public void Full_width_pipes_and_Traditional_labels_are_read()
        {
            const string text = "第二十條第（一）項\n信息內容｜本年新製作數量｜本年新公開數量｜對外公開總數量\n規章｜0｜0｜0\n";
            FormatDetection detection = FormatDetector.Detect(text);
            Assert.Same(FormatCatalog.Find("2019")!, detection.Format);
            Assert.Contains(detection.Evidence, e => e.Contains("本年新制作数量"));
        }

        [Fact]
        public void Text_without_evidence_falls_back_to_the_newest_format_at_zero_confidence()
        {
            FormatDetection detection = FormatDetector.Detect("没有任何可用信息。");
            Assert.Same(FormatCatalog.All.Last(), detection.Format);
            Assert.Equal(0, detection.Confidence);
            Assert.Contains(detection.Evidence, e => e.Contains("assuming the newest format"));
            Assert.Equal(0, FormatDetector.Detect("").Confidence);
        }

        [Theory]
        // The statistics period decides, even after a cited report of last year.
        [InlineData("在2022年年度报告中提到的问题已整改。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", 2023)]
        [InlineData("本報告中所列數據的統計期限為2021年1月1日至12月31日。2020年度報告提出的問題", 2021)]
        // No period: the year titles name most often (an attachment's name repeats the report's own title).
        [InlineData("一、总体情况 在2022年年度报告中提到的问题已整改。附件：2023年度政府信息公开工作报告.docx 2023年度政府信息公开工作报告.pdf", 2023)]
        // One title, cited reports of other years mentioned once each: the earliest, the title, wins the tie.
        [InlineData("某某局2021年政府信息公开工作年度报告 对照2020年度报告 整改", 2021)]
        // Neither: the year the text names most often.
        [InlineData("2019年，我局坚持公开。2019年新收申请3件。2018年结转1件。", 2019)]
        public void The_report_year_is_the_year_the_figures_cover(string text, int year)
        {
            Assert.Equal(year, FormatDetector.Detect(text).ReportYear);
        }
    }
}
