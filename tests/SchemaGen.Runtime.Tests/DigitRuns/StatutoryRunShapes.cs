using System.Collections.Generic;
using SchemaGen.Runtime.Reading.DigitRuns;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// The row shapes of the statutory tables, written out by hand from schema/*.yaml (the integrator builds
    /// them from the descriptors): the cells in column order and the rules of the row (applicant-total for
    /// table 三, the three group totals for table 四).
    /// </summary>
    internal static class StatutoryRunShapes
    {
        public static readonly string[] ApplicantColumns = { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };

        /// <summary>Table 三, one row: six applicant columns, then 总计 = their sum.</summary>
        public static RunShape ApplicationsRow(decimal? maxValue = null)
        {
            var cells = new List<RunCell>();
            foreach (string column in ApplicantColumns) cells.Add(RunCell.Count(column, maxValue));
            return new RunShape(cells, new[] { RunConstraint.TotalOfRange("applicant-total", 6, 0, 5) });
        }

        /// <summary>Table 三 without its row rule: what the cells alone allow.</summary>
        public static RunShape ApplicationsRowCellsOnly(decimal? maxValue = null)
        {
            var cells = new List<RunCell>();
            foreach (string column in ApplicantColumns) cells.Add(RunCell.Count(column, maxValue));
            return new RunShape(cells);
        }

        /// <summary>Table 四: three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计; each 总计 the sum of its four.</summary>
        public static RunShape AppealsRow()
        {
            string[] groups = { "行政复议", "未经复议直接起诉", "复议后起诉" };
            string[] results = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
            var cells = new List<RunCell>();
            var constraints = new List<RunConstraint>();
            string[] ruleIds = { "reconsideration-total", "direct-suit-total", "suit-after-reconsideration-total" };
            for (int g = 0; g < groups.Length; g++)
            {
                foreach (string result in results) cells.Add(RunCell.Count(groups[g] + "/" + result));
                int first = g * 5;
                constraints.Add(RunConstraint.TotalOfRange(ruleIds[g], first + 4, first, first + 3));
            }
            return new RunShape(cells, constraints);
        }

        /// <summary>2019 table 二, 第二十条第（五）/（六）项: 上一年项目数量, 本年增/减 (signed), 处理决定数量; no rule ties them.</summary>
        public static RunShape ItemsWithChange2019(params RunConstraint[] constraints)
            => new RunShape(new[] { RunCell.Count("上一年项目数量"), RunCell.SignedCount("本年增/减"), RunCell.Count("处理决定数量") }, constraints);

        /// <summary>2019 table 二, 第二十条第（八）项: 上一年项目数量, 本年增/减.</summary>
        public static RunShape Fees2019()
            => new RunShape(new[] { RunCell.Count("上一年项目数量"), RunCell.SignedCount("本年增/减") });

        /// <summary>2019 table 二, 第二十条第（一）项: 本年新制作数量, 本年新公开数量, 对外公开总数量.</summary>
        public static RunShape Regulations2019()
            => new RunShape(new[] { RunCell.Count("本年新制作数量"), RunCell.Count("本年新公开数量"), RunCell.Count("对外公开总数量") });

        /// <summary>2021 table 二, 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数.</summary>
        public static RunShape Regulations2021(params RunConstraint[] constraints)
            => new RunShape(new[] { RunCell.Count("本年制发件数"), RunCell.Count("本年废止件数"), RunCell.Count("现行有效件数") }, constraints);

        /// <summary>2019 table 二, 第二十条第（九）项: 采购项目数量, 采购总金额 (万元, up to 6 decimals).</summary>
        public static RunShape Procurement2019()
            => new RunShape(new[] { RunCell.Count("采购项目数量"), RunCell.Amount("采购总金额", 6) });

        /// <summary>2021 table 二, 第二十条第（八）项: 本年收费金额 (万元, up to 6 decimals).</summary>
        public static RunShape Fees2021()
            => new RunShape(new[] { RunCell.Amount("本年收费金额", 6) });
    }
}
