using System;
using System.Diagnostics;
using System.Globalization;
using SchemaGen.Runtime.Reading.LabelMatching;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Runtime.Tests.LabelMatching
{
    /// <summary>The reader matches every line against several target sets: a match takes microseconds and, unless ambiguous, allocates nothing.</summary>
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
        public void Matching_a_line_takes_microseconds_and_allocates_nothing()
        {
            var schema = SchemaLabelScopes.Version("2021");
            var matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.WholeSchema(schema));
            foreach (string line in Lines) matcher.Match(line); // warm up: the per-thread workspace and the fold cache

            const int rounds = 4000;
            var watch = new Stopwatch();
            long before = GC.GetAllocatedBytesForCurrentThread();
            watch.Start();
            for (int i = 0; i < rounds; i++)
                foreach (string line in Lines) matcher.Match(line);
            watch.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            double microseconds = watch.Elapsed.TotalMilliseconds * 1000 / (rounds * Lines.Length);
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} targets: {1:F2} µs per line, {2} bytes allocated over {3} matches", matcher.Targets.Count, microseconds, allocated, rounds * Lines.Length));
            Assert.True(matcher.Targets.Count > 80);
            Assert.Equal(0, allocated);
            Assert.True(microseconds < 500, $"{microseconds} µs per line");
        }

        [Fact]
        public void Finding_a_label_at_the_start_of_a_long_line_looks_only_at_its_start()
        {
            var matcher = SchemaLabelScopes.Matcher(SchemaLabelScopes.Rows(SchemaLabelScopes.Version("2021"), "Applications"));
            string line = "（一）予以公开3100004" + new string('0', 200_000);
            matcher.MatchAtStart(line);
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < 2000; i++) Assert.True(matcher.MatchAtStart(line).IsMatch);
            watch.Stop();
            double microseconds = watch.Elapsed.TotalMilliseconds * 1000 / 2000;
            _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "label at the start of a 200,000-character line: {0:F2} µs", microseconds));
            Assert.True(microseconds < 1000, $"{microseconds} µs");
        }
    }
}
