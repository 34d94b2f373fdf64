using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;

namespace SchemaGen.Cli.Output
{
    /// <summary>How a finding reads in text: compiler style (path:line: level id: message), then where in the format, then the values.</summary>
    public static class FindingText
    {
        public static string Line(string path, CheckFinding finding)
        {
            string where = Where(path, finding);
            string location = Location(finding);
            string values = finding.Expected is null && finding.Actual is null ? "" : $" (expected {Number(finding.Expected)}, actual {Number(finding.Actual)})";
            return $"{where}: {finding.Level.Word()} {finding.RuleId}: {finding.Message}{values}" + (location.Length > 0 ? $" [{location}]" : "");
        }

        /// <summary>
        /// path:line[:column] for plain text; for other inputs path:place, the place as the input has it:
        /// "report.pdf:page 3 (x 72–140, y 500–512)", "page.html:body/table[2]/tr[4]/td[3] (line 88:7)", "report.docx:body/tbl[1]/tr[5]/tc[2]".
        /// </summary>
        public static string Where(string path, CheckFinding finding)
        {
            if (finding.HasPlaceBeyondLine) return $"{path}:{finding.Source}";
            return finding.Line is int line ? $"{path}:{line}" + (finding.LineColumn is int col ? $":{col}" : "") : path;
        }

        /// <summary>table 三 (Applications) · row （七）总计 (Outcomes.Total) · column 自然人 (NaturalPerson)</summary>
        public static string Location(CheckFinding finding)
        {
            var parts = new List<string>();
            if (finding.Table is not null) parts.Add($"table {finding.SectionNumber ?? "?"} ({finding.Table})");
            else if (finding.Section is not null) parts.Add($"section {finding.SectionNumber ?? "?"} ({finding.Section})");
            if (finding.Row is not null) parts.Add(finding.RowLabel is null ? $"row {finding.Row}" : $"row {finding.RowLabel} ({finding.Row})");
            if (finding.Column is not null) parts.Add(finding.ColumnLabel is null ? $"column {finding.Column}" : $"column {finding.ColumnLabel} ({finding.Column})");
            return string.Join(" · ", parts);
        }

        public static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "blank";

        public static string Signed(decimal? value)
            => value is null ? "" : value > 0 ? "+" + Number(value) : Number(value);

        public static string Confidence(double? confidence) => confidence?.ToString("0.00", CultureInfo.InvariantCulture) ?? "?";
    }
}
