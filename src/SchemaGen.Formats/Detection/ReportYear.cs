using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.Formats.Detection
{
    /// <summary>The year a report is about, and where it was read from. Works on folded text (Simplified, no spaces).</summary>
    internal sealed record ReportYear(int Year, string Source)
    {
        // 2020年度政府信息公开工作年度报告, 2021年政府信息公开工作年度报告 (the title)
        private static readonly Regex Title = new("([0-9]{4})年度?(?:政府信息公开)?(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant);
        private static readonly Regex YearOfReport = new("([0-9]{4})年度", RegexOptions.CultureInvariant);
        private static readonly Regex AnyYear = new("([0-9]{4})年", RegexOptions.CultureInvariant);

        public static ReportYear? Find(string folded)
        {
            if (First(Title, folded) is int titled) return new ReportYear(titled, "from the title");
            if (First(YearOfReport, folded) is int named) return new ReportYear(named, $"from “{named}年度”");
            // No title: the year the text names most often (ties go to the earliest mention).
            var years = AnyYear.Matches(folded).Cast<Match>().Select(m => Parse(m.Groups[1].Value)).Where(y => y is not null).Select(y => y!.Value).ToList();
            if (years.Count == 0) return null;
            int most = years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenBy(g => years.IndexOf(g.Key)).First().Key;
            return new ReportYear(most, "the year the text names most often");
        }

        private static int? First(Regex pattern, string folded)
            => pattern.Matches(folded).Cast<Match>().Select(m => Parse(m.Groups[1].Value)).FirstOrDefault(y => y is not null);

        /// <summary>Years of reports under the 条例: anything else is a number that happens to precede 年.</summary>
        private static int? Parse(string digits)
            => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 2000 && year <= 2100 ? year : null;
    }
}
