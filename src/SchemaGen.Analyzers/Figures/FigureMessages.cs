using System.Collections.Generic;
using System.Linq;
using SchemaGen.Analyzers.Catalog;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Model;
using SchemaGen.Schema.Rules;

namespace SchemaGen.Analyzers.Figures
{
    /// <summary>
    /// Words for the figure diagnostics, in the format's own terms: official labels next to identifiers
    /// (一、本年新收政府信息公开申请数量 (NewlyReceived)), rules by id and message.
    /// </summary>
    public static class FigureMessages
    {
        /// <summary>"'applicant-total' (总计 is the sum of the applicant columns)".</summary>
        public static string Invariant(InvariantSpec invariant) => "'" + invariant.Id + "' (" + invariant.Message + ")";

        /// <summary>A cell: "row × column", or only the column when the row is not known.</summary>
        public static string Cell(CatalogTable table, string? rowPath, string columnId)
            => string.IsNullOrEmpty(rowPath) ? table.DescribeColumn(columnId) : table.DescribeRow(rowPath!) + " × " + table.DescribeColumn(columnId);

        /// <summary>The rule instance: "row 一、… (NewlyReceived) of 收到和处理… (Applications)".</summary>
        public static string Instance(CatalogTable table, BrokenInstance broken)
        {
            if (broken.Rule.Invariant.ForEach == RuleAxis.Column) return "column " + table.DescribeColumn(broken.Instance) + " of " + table.Description;
            return broken.Instance.Length == 0 ? "this row of " + table.Description : "row " + table.DescribeRow(broken.Instance) + " of " + table.Description;
        }

        /// <summary>"总计 (Total) 20 ≠ 自然人 (NaturalPerson) 17 + 商业企业 (Business) 3 = 20".</summary>
        public static string Detail(CatalogTable table, BrokenInstance broken)
        {
            bool namesRows = broken.Rule.Invariant.ReferenceAxis == RuleAxis.Row;
            string Term(BrokenOperand o) => (namesRows ? table.DescribeRow(o.Cell.Row) : table.DescribeColumn(o.Cell.Column)) + " " + CellValue.Format(o.Value.Value!.Value);
            string Side(bool left, decimal constant, decimal total)
            {
                var stated = broken.Operands.Where(o => o.LeftSide == left && o.Value.Value.HasValue).ToList();
                var text = new List<string>();
                for (int i = 0; i < stated.Count; i++)
                    text.Add((i == 0 ? (stated[i].Sign < 0 ? "− " : "") : stated[i].Sign < 0 ? "− " : "+ ") + Term(stated[i]));
                if (constant != 0) text.Add((constant < 0 ? "− " : "+ ") + CellValue.Format(System.Math.Abs(constant)));
                if (text.Count == 0) return "0 (all blank)";
                string joined = string.Join(" ", text);
                return stated.Count + (constant != 0 ? 1 : 0) > 1 ? joined + " = " + CellValue.Format(total) : joined;
            }
            Evaluation result = broken.Evaluation;
            string detail = Side(true, broken.Rule.LeftConstant, result.Left) + " " + Negated(broken.Rule.Expression.Operator) + " " + Side(false, broken.Rule.RightConstant, result.Right);
            bool blanks = broken.Operands.Any(o => !o.Value.Value.HasValue);
            return blanks ? detail + " (blank cells count as 0)" : detail;
        }

        /// <summary>Expected and actual as the runtime validator states them for each kind of rule.</summary>
        public static (string Expected, string Actual) ExpectedAndActual(BrokenInstance broken)
        {
            Evaluation result = broken.Evaluation;
            string symbol = InvariantEvaluator.Symbol(broken.Rule.Expression.Operator);
            return broken.Rule.Invariant.Kind switch
            {
                InvariantKind.Total when broken.ExpectedTotal is { } total => (CellValue.Format(total), CellValue.Format(broken.Total!.Value.Value ?? 0m)),
                InvariantKind.Equation => (CellValue.Format(result.Left), CellValue.Format(result.Right)),
                _ => ("left side " + symbol + " " + CellValue.Format(result.Right), CellValue.Format(result.Left)),
            };
        }

        private static string Negated(Comparison comparison) => comparison switch
        {
            Comparison.Equal => "≠",
            Comparison.LessOrEqual => ">",
            Comparison.GreaterOrEqual => "<",
            Comparison.Less => "≥",
            _ => "≤",
        };
    }
}
