using System;
using System.Diagnostics;
using System.Globalization;
using SchemaGen.Runtime.Reading.LabelMatching;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests.LabelMatching
{
    /// <summary>The reader matches every line against several target sets: a match, unless ambiguous, allocates nothing (its time is printed).</summary>
    public class LabelMatchPerformanceTests
    {
        private readonly ITestOutputHelper _output;

        public LabelMatchPerformanceTests(ITestOutputHelper output) => _output = output;

        private static readonly string[] Lines =
        {
            "本年新收政府信息公开申请数量",                       // exact
            "要求行政机关确认或重新出具己获取信息",               // exact through an OCR fold
            "政府信息公开工作存在的主要问题及改进情况",           // approximate (against sections) / nothing (rows)
            "全年收到公民法人和其他组织提交的政府信息公开申请10件办结10件均在法定期限内予以答复", // prose
            "结转下年度继续办理的申请",                           // approximate
        };

        [Fact]
        public void Matching_a_line_allocates_nothing()
        {
            var schema = SchemaLabelScopes.Version("2021");
            var matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.WholeSchema(schema));
            foreach (string line in Lines) matcher.Match(line); // warm up: the per-thread workspace and the fold cache

            // Three trials, the least taken: an allocation per match shows in every trial, while the runtime's own one-off
            // work on the thread (a method compiled again as it warms) showed in one trial of one run. The time is written
            // out for a reader, not asserted (speed is the benchmarks' to measure).
            const int rounds = 2000;
            long least = long.MaxValue;
            for (int trial = 0; trial < 3; trial++)
            {
                var watch = Stopwatch.StartNew();
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < rounds; i++)
                    foreach (string line in Lines) matcher.Match(line);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                watch.Stop();
                least = Math.Min(least, allocated);
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} targets: {1:F2} µs per line, {2} bytes allocated over {3} matches",
                    matcher.Targets.Count, watch.Elapsed.TotalMilliseconds * 1000 / (rounds * Lines.Length), allocated, rounds * Lines.Length));
            }
            Assert.True(matcher.Targets.Count > 80);
            Assert.Equal(0, least);
        }

        [Fact]
        public void A_label_at_the_start_of_a_long_line_is_found_from_its_start_alone()
        {
            var matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(SchemaLabelScopes.Version("2021"), "Applications"));
            string line = "（一）予以公开3100004" + new string('0', 200_000);
            var whole = matcher.MatchAtStart(line);
            var start = matcher.MatchAtStart(line.Substring(0, 40));
            Assert.True(whole.IsMatch);
            Assert.Equal(start.Target, whole.Target);
            Assert.Equal(start.MatchedText, whole.MatchedText);
            Assert.Equal(start.Kind, whole.Kind);

            // Printed for a reader, not asserted (speed is the benchmarks' to measure): microseconds when only the start is read.
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 2000; i++) matcher.MatchAtStart(line);
            watch.Stop();
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "label at the start of a 200,000-character line: {0:F2} µs", watch.Elapsed.TotalMilliseconds * 1000 / 2000));
        }
    }
}
