using System.Linq;
using System.Text.RegularExpressions;

namespace SchemaGen.Formats.Detection
{
    /// <summary>
    /// The agency a report is by, as the report names itself: the name before the year in its title
    /// (安宁市人民政府办公室2022年度政府信息公开工作年度报告), else the subject of 总体情况's opening sentence
    /// (2023年，河北省科学技术厅坚持…). Works on folded text (Simplified, half-width, no spaces); null when neither is there.
    /// </summary>
    internal static partial class ReportAgency
    {
        // An agency's name ends in what it is (厅, 局, 办公室, 人民政府, 市…), which keeps 我厅编写了 out of it.
        private const string Name = "([\\p{IsCJKUnifiedIdeographs}（）()]{1,40}?(?:厅|局|委|委员会|办|办公室|政府|院|署|会|中心|部|所|站|馆|队|社|处|区|县|市|州|盟|旗|镇|乡|街道))";

        [GeneratedRegex(Name + "[0-9]{4}年度?(?:政府信息公开)(?:工作)?(?:年度)?报告", RegexOptions.CultureInvariant)]
        private static partial Regex Title { get; }
        [GeneratedRegex("[0-9]{4}年[,，]" + Name + "(?:坚持|认真|深入|全面|紧紧|紧扣|按照|严格|始终|以习近平)", RegexOptions.CultureInvariant)]
        private static partial Regex Opening { get; }

        // Words a title sentence puts before the name: 现公布安宁市…, 特发布…, 本…
        private static readonly string[] Lead = { "现将", "现公布", "现予公布", "特发布", "发布", "公布", "编制", "本" };

        public static string? Find(string folded)
        {
            Match match = Title.Match(folded);
            if (!match.Success) match = Opening.Match(folded);
            if (!match.Success) return null;
            string name = match.Groups[1].Value;
            string? lead = Lead.FirstOrDefault(l => name.StartsWith(l, System.StringComparison.Ordinal) && name.Length > l.Length + 1);
            return lead is null ? name : name.Substring(lead.Length);
        }
    }
}
