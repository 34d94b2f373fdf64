using System;
using System.Collections.Generic;
using SchemaGen.Formats.V2021;
using SchemaGen.Runtime.Reading;

namespace PackageConsumer
{
    /// <summary>
    /// Every form of key the contract accepts (SchemaGen.Runtime.Descriptors.SchemaKeys), written as constants: SG2004
    /// must stay silent on all of them and the runtime must find every one. Run() is what the package test executes.
    /// </summary>
    public static class KeyContract
    {
        public static IReadOnlyList<string> Run()
        {
            var found = new List<string>
            {
                // Tables: id, official label, its Traditional form, caption with label.
                AnnualReportSchema.Table("Applications").Id,
                AnnualReportSchema.Table("收到和处理政府信息公开申请情况").Id,
                AnnualReportSchema.Table("收到和處理政府信息公開申請情況").Id,
                AnnualReportSchema.Table("第二十条第（一）项 规章和行政规范性文件").Id,
                // Sections: id, label, heading, alias, Traditional form.
                AnnualReportSchema.Section("Appeals").Id,
                AnnualReportSchema.Section("政府信息公开行政复议、行政诉讼情况").Id,
                AnnualReportSchema.Section("四、政府信息公开行政复议、行政诉讼情况").Id,
                AnnualReportSchema.Section("行政复议、行政诉讼情况").Id,
                AnnualReportSchema.Section("政府信息公開行政複議、行政訴訟情況").Id,
                // Rows: path, a bare id that names one row, label, numbered label, alias, Traditional form.
                AnnualReportSchema.Row("Applications", "Outcomes.Withheld.StateSecret").Path,
                AnnualReportSchema.Row("Applications", "StateSecret").Path,
                AnnualReportSchema.Row("Applications", "属于国家秘密").Path,
                AnnualReportSchema.Row("Applications", "1.属于国家秘密").Path,
                AnnualReportSchema.Row("Applications", "屬於國家秘密").Path,
                AnnualReportSchema.Row("Applications", "本年新收政府信息公開申請數量").Path,
                AnnualReportSchema.Row("收到和处理政府信息公开申请情况", "Outcomes").Path,
                // Columns: id, path, label, label path, alias, Traditional form.
                AnnualReportSchema.Column("Applications", "Total").Id,
                AnnualReportSchema.Column("Applications", "总计").Id,
                AnnualReportSchema.Column("Applications", "合计").Id,
                AnnualReportSchema.Column("Applications", "總計").Id,
                AnnualReportSchema.Column("Applications", "LegalPersons.Business").Id,
                AnnualReportSchema.Column("Applications", "法人或其他组织 › 商业企业").Id,
                AnnualReportSchema.Column("Applications", "商業企業").Id,
                AnnualReportSchema.Column("Appeals", "行政诉讼 › 复议后起诉 › 总计").Id,
            };

            // The generated table's string-keyed cell access takes the same keys.
            var table = new ApplicationsTable();
            table.SetCell("属于国家秘密", "自然人", 2);
            table.SetCell("Outcomes.Withheld.StateSecret", "商業企業", 1);
            table.RecomputeTotals();
            found.Add("cell " + table.GetCell("StateSecret", "總計"));

            // Reading results: PresenceOf, Table, Section and TextOf by any key.
            ParseResult<AnnualReport> parsed = AnnualReportParser.Parse("");
            found.Add("presence " + parsed.PresenceOf("收到和处理政府信息公开申请情况"));
            found.Add("presence " + parsed.PresenceOf("Applications"));
            found.Add("table " + parsed.Reading.Table("收到和處理政府信息公開申請情況").TableId);
            found.Add("section " + parsed.Reading.Section("一、总体情况").SectionId);
            found.Add("text " + (parsed.Reading.TextOf("總體情況") ?? "none"));

            // A key the contract rejects, from a variable (so SG2004 cannot see it): a clear ArgumentException, never a LINQ one.
            string typo = Typo();
            try
            {
                parsed.PresenceOf(typo);
                found.Add("no exception for " + typo);
            }
            catch (ArgumentException e)
            {
                found.Add("rejected: " + e.Message);
            }
            return found;
        }

        private static string Typo() => Environment.GetEnvironmentVariable("SCHEMAGEN_KEY_TYPO") ?? "Aplications";
    }
}
