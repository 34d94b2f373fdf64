using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>Who reports on which year: a made-up agency of a real-sounding place, and a year the format covers.</summary>
    public sealed record ReportIdentity(string Agency, string Place, int Year, string Website)
    {
        private static readonly string[] Places =
        {
            "安宁市", "嘉峪关市", "绍兴市", "南昌市", "沭阳县", "临安区", "秀洲区", "宜兴市", "章丘区", "海门区", "景德镇市", "德清县", "诸暨市", "东阳市",
            "铜陵市", "普洱市", "石狮市", "江阴市", "太仓市", "义乌市", "瑞安市", "乐清市", "桐乡市", "温岭市", "邳州市", "新沂市",
        };

        private static readonly string[] Departments =
        {
            "人民政府办公室", "人民政府", "教育局", "民政局", "财政局", "自然资源和规划局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局",
            "生态环境局", "人力资源和社会保障局", "农业农村局", "文化广电旅游局", "应急管理局", "司法局", "水利局", "统计局", "医疗保障局", "退役军人事务局",
        };

        public static ReportIdentity Draw(ReportFormat format, SeededRandom random)
        {
            string place = random.Pick(Places);
            string department = random.Pick(Departments);
            int lastYear = format.ReportYearTo ?? format.ReportYearFrom + 3;
            int year = random.Next(format.ReportYearFrom, lastYear + 1);
            string website = "http://www." + (char)('a' + random.Next(0, 26)) + (char)('a' + random.Next(0, 26)) + random.Next(10, 99) + ".gov.cn/";
            return new ReportIdentity(place + department, place, year, website);
        }

        /// <summary>The report's title as agencies print it.</summary>
        public string Title => Agency + Year + "年政府信息公开工作年度报告";
    }
}
