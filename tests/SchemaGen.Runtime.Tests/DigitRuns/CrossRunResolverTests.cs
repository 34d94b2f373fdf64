using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>Rows a row's own total cannot split, decided (or not) by the column rules of their table.</summary>
    public class CrossRunResolverTests
    {
        // Table 三 of 005, 002, 007 and 008 as the crawler flattened them (007/008 leave zero cells blank).
        private const string Table3Of005 =
            "一、本年新收政府信息公开申请数量121010014二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开3101005" +
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）1000001（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000" +
            "3.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷0000000" +
            "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息80000082.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000" +
            "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请0000000" +
            "5.要求行政机关确认或重新出具已获取信息0000000（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000" +
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计121010014四、结转下年度继续办理0000000";

        private const string Table3Of002 =
            "一、本年新收政府信息公开申请数量110000011二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开100000010" +
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000" +
            "3.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息10000016.属于四类过程性信息00000007.属于行政执法案卷0000000" +
            "8.属于行政查询事项0000000（四）无法提供1.本机关不掌握相关政府信息00000002.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000" +
            "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请0000000" +
            "5.要求行政机关确认或重新出具已获取信息0000000（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000" +
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000（七）总计20000011四、结转下年度继续办理0000000";

        private const string Table3Of007 =
            "一、本年新收政府信息公开申请数量11二、上年结转政府信息公开申请数量三、本年度办理结果（一）予以公开（二）部分公开（区分处理的，只计这一情形，不计其他情形）11" +
            "（三）不予公开1.属于国家秘密2.其他法律行政法规禁止公开3.危及“三安全一稳定”4.保护第三方合法权益5.属于三类内部事务信息6.属于四类过程性信息" +
            "7.属于行政执法案卷8.属于行政查询事项（四）无法提供1.本机关不掌握相关政府信息2.没有现成信息需要另行制作3.补正后申请内容仍不明确（五）不予处理" +
            "1.信访举报投诉类申请2.重复申请3.要求提供公开出版物4.无正当理由大量反复申请5.要求行政机关确认或重新出具已获取信息（六）其他处理（七）总计11" +
            "四、结转下年度继续办理";

        [Fact]
        public void The_column_rules_decide_the_two_rows_of_005_that_their_own_total_cannot()
        {
            var rows = new FlattenedTableThree("2021").Read(Table3Of005);
            Assert.Equal(RunSplitStatus.Ambiguous, Row(rows, "NewlyReceived").Status);
            Assert.Equal(RunSplitStatus.Ambiguous, Row(rows, "Outcomes.Total").Status);

            CrossRunResolution resolution = CrossRunResolver.Resolve(rows.Select(r => r.Value).ToList(), FlattenedTableThree.ColumnRules(rows));
            Assert.Equal(1, resolution.Combinations);
            Assert.Empty(resolution.Skipped);
            foreach (string path in new[] { "NewlyReceived", "Outcomes.Total" })
            {
                CrossRunReading reading = resolution.Runs[Index(rows, path)];
                Assert.True(reading.DecidedAcrossRuns, path);
                Assert.Equal(new decimal?[] { 12, 1, 0, 1, 0, 0, 14 }, reading.Reading!.Figures());
                Assert.Contains(reading.UsedConstraints, c => c.Name == "balance[自然人]");
            }
            CrossRunReading granted = resolution.Runs[Index(rows, "Outcomes.Granted")];
            Assert.False(granted.DecidedAcrossRuns); // it was read on its own; its column rules still check it
            Assert.Empty(granted.UsedConstraints);
        }

        [Fact]
        public void An_inconsistent_table_decides_nothing_and_says_which_rules_it_could_not_use()
        {
            // 002: the （七）总计 row has no reading (its only splits break the row total), so every rule that needs it is
            // skipped, and 一、本年新收 (11 | 0 … or 1 | 10 …) stays undecided.
            var rows = new FlattenedTableThree("2021").Read(Table3Of002);
            Assert.Equal(RunSplitStatus.NoReading, Row(rows, "Outcomes.Total").Status);
            CrossRunResolution resolution = CrossRunResolver.Resolve(rows.Select(r => r.Value).ToList(), FlattenedTableThree.ColumnRules(rows));
            Assert.Equal(14, resolution.Skipped.Count);
            CrossRunReading received = resolution.Runs[Index(rows, "NewlyReceived")];
            Assert.Null(received.Reading);
            Assert.Equal(2, received.Surviving.Count);
        }

        [Fact]
        public void When_the_figures_contradict_the_column_rules_nothing_is_decided()
        {
            // 005 with its 予以公开 row changed to 3 | 1 | 0 | 1 | 0 | 0 | 5 → 4 | 1 | 0 | 1 | 0 | 0 | 6: no combination balances.
            var rows = new FlattenedTableThree("2021").Read(Table3Of005.Replace("（一）予以公开3101005", "（一）予以公开4101006"));
            CrossRunResolution resolution = CrossRunResolver.Resolve(rows.Select(r => r.Value).ToList(), FlattenedTableThree.ColumnRules(rows));
            Assert.True(resolution.IsContradictory);
            Assert.All(resolution.Runs, run => Assert.False(run.DecidedAcrossRuns));
            Assert.Null(resolution.Runs[Index(rows, "NewlyReceived")].Reading);
        }

        [Fact]
        public void Dropped_zeros_stay_undecided_when_every_column_would_balance()
        {
            // 007: 11 in 一, in （二）部分公开 and in （七）总计. Whichever applicant column the 1 stands in, the table
            // balances, so the six readings survive in each row, and only 总计 = 1 is certain.
            var rows = new FlattenedTableThree("2019").Read(Table3Of007, new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank });
            CrossRunResolution resolution = CrossRunResolver.Resolve(rows.Select(r => r.Value).ToList(), FlattenedTableThree.ColumnRules(rows));
            Assert.Equal(6, resolution.Combinations);
            foreach (string path in new[] { "NewlyReceived", "Outcomes.PartiallyGranted", "Outcomes.Total" })
            {
                Assert.Equal(6, resolution.Runs[Index(rows, path)].Surviving.Count);
                Assert.Equal(1m, Row(rows, path).AgreedCells[6]!.Value.Figure);
            }
        }

        [Fact]
        public void The_budget_bounds_the_search_across_runs()
        {
            var rows = new FlattenedTableThree("2019").Read(Table3Of007, new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank });
            CrossRunResolution resolution = CrossRunResolver.Resolve(rows.Select(r => r.Value).ToList(), FlattenedTableThree.ColumnRules(rows), budget: 10);
            Assert.True(resolution.Exhausted);
            Assert.False(resolution.IsContradictory);
            Assert.Equal(0, resolution.Combinations);
            Assert.All(resolution.Runs, run => Assert.False(run.DecidedAcrossRuns));
        }

        /// <summary>
        /// The check a split already taken gets (<see cref="RowRuleContradictions.NoReadingOfTheOthersKeeps"/>): whether any
        /// combination holds, as the full search says, stopping at the first; not known past the budget or where a rule
        /// names a run with nothing to offer.
        /// </summary>
        [Fact]
        public void Whether_any_combination_holds_is_what_the_full_search_finds_or_not_known()
        {
            var consistent = new FlattenedTableThree("2021").Read(Table3Of005);
            var contradictory = new FlattenedTableThree("2021").Read(Table3Of005.Replace("（一）予以公开3101005", "（一）予以公开4101006"));
            var dropped = new FlattenedTableThree("2019").Read(Table3Of007, new RunSplitOptions { Missing = MissingCells.ZerosLeftBlank });
            var unsplittable = new FlattenedTableThree("2021").Read(Table3Of002);
            bool? Any(List<KeyValuePair<string, RunSplitResult>> rows, long budget = 100_000)
                => CrossRunResolver.AnyConsistent(rows.Select(r => (RunSplitResult?)r.Value).ToList(), FlattenedTableThree.ColumnRules(rows), budget);

            Assert.True(Any(consistent));
            Assert.True(Any(dropped)); // six combinations hold: the first is enough
            Assert.False(Any(contradictory));
            // Refuting takes the whole search: one choice short of it, nothing is known.
            long refutation = CrossRunResolver.Resolve(contradictory.Select(r => r.Value).ToList(), FlattenedTableThree.ColumnRules(contradictory)).Work;
            Assert.True(refutation > 1);
            Assert.False(Any(contradictory, budget: refutation));
            Assert.Null(Any(contradictory, budget: refutation - 1));
            Assert.Null(Any(unsplittable));
        }

        private static RunSplitResult Row(List<KeyValuePair<string, RunSplitResult>> rows, string path) => rows.Single(r => r.Key == path).Value;

        private static int Index(List<KeyValuePair<string, RunSplitResult>> rows, string path) => rows.FindIndex(r => r.Key == path);
    }
}
