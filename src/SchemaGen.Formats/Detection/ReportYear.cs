using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.Formats.Detection
{
    /// <summary>The year a report is about, and where it was read from. Works on folded text (Simplified, no spaces).</summary>
    internal sealed partial record ReportYear(int Year, string Source)
    {
        // 本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止: the period the figures cover, which the preamble of
        // nearly every report states; it names the report's own year where a title may be missing or another year's report cited.
        [GeneratedRegex("统计(?:期限|期间|时限|时间|区间)[^0-9]{0,6}([0-9]{4})年0?1月0?1日", RegexOptions.CultureInvariant)]
        private static partial Regex Period { get; }
        // 2020年度政府信息公开工作年度报告, 2021年政府信息公开工作年度报告 (the title)
        [GeneratedRegex("([0-9]{4})年度?(?:政府信息公开)?(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant)]
        private static partial Regex Title { get; }
        [GeneratedRegex("([0-9]{4})年度", RegexOptions.CultureInvariant)]
        private static partial Regex YearOfReport { get; }
        [GeneratedRegex("([0-9]{4})年", RegexOptions.CultureInvariant)]
        private static partial Regex AnyYear { get; }

        public static ReportYear? Find(string folded)
        {
            if (First(Period, folded) is int period) return new ReportYear(period, "from the statistics period (统计期限)");
            // A report may cite last year's (在2022年年度报告中提到的问题) before its own title is repeated (an attachment's
            // name, say): the year titles name most often, ties going to the earliest.
            if (MostNamed(Title, folded) is int titled) return new ReportYear(titled, "from the title");
            if (First(YearOfReport, folded) is int named) return new ReportYear(named, $"from “{named}年度”");
            // No title: the year the text names most often.
            return MostNamed(AnyYear, folded) is int most ? new ReportYear(most, "the year the text names most often") : null;
        }

        private static int? First(Regex pattern, string folded)
            => pattern.Matches(folded).Cast<Match>().Select(m => Parse(m.Groups[1].Value)).FirstOrDefault(y => y is not null);

        /// <summary>The year <paramref name="pattern"/> finds most often; ties go to the earliest mention.</summary>
        private static int? MostNamed(Regex pattern, string folded)
        {
            var years = pattern.Matches(folded).Cast<Match>().Select(m => Parse(m.Groups[1].Value)).Where(y => y is not null).Select(y => y!.Value).ToList();
            if (years.Count == 0) return null;
            return years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => years.IndexOf(g.Key)).First().Key;
        }

        /// <summary>Years of reports under the 条例: anything else is a number that happens to precede 年.</summary>
        private static int? Parse(string digits)
            => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 2000 && year <= 2100 ? year : null;
    }
}
