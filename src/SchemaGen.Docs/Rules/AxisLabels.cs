using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Docs.Rules
{
    /// <summary>
    /// Names leaves in the official wording, qualified just enough to be unambiguous: an item numbered "1." is
    /// written under its group's number (（三）1.属于国家秘密), and a label that repeats on the axis gets its
    /// groups in front (行政复议 › 总计, 行政诉讼 › 复议后起诉 › 总计).
    /// </summary>
    public static class AxisLabels
    {
        /// <summary>The printed name of a leaf (or group) within <paramref name="axis"/>.</summary>
        public static string Qualified(IReadOnlyList<AxisNode> axis, AxisNode node)
        {
            List<AxisNode> chain = AncestorsOf(axis, node);
            var others = AxisNode.All(axis).Where(n => !ReferenceEquals(n, node)).Select(n => AncestorsOf(axis, n)).ToList();
            // Add groups from the nearest outwards until no other node reads the same.
            for (int groups = 0; groups < chain.Count - 1; groups++)
            {
                string candidate = NameWith(chain, groups);
                if (others.All(other => NameWith(other, groups) != candidate)) return candidate;
            }
            return NameWith(chain, chain.Count - 1);
        }

        private static string NameWith(List<AxisNode> chain, int groups)
        {
            int take = Math.Min(groups, chain.Count - 1);
            var prefix = chain.Skip(chain.Count - 1 - take).Take(take).Select(n => n.NumberedLabel);
            return LabelPath.Join(prefix.Append(OwnName(chain)));
        }

        /// <summary>The whole chain of labels from the top of the axis: 行政诉讼 › 未经复议直接起诉 › 结果维持.</summary>
        public static string FullPath(IReadOnlyList<AxisNode> axis, AxisNode node)
            => LabelPath.Join(AncestorsOf(axis, node).Select(n => n.NumberedLabel));

        /// <summary>The node and its ancestors, outermost first.</summary>
        public static List<AxisNode> AncestorsOf(IReadOnlyList<AxisNode> axis, AxisNode node)
        {
            var chain = new List<AxisNode>();
            bool Walk(IEnumerable<AxisNode> nodes)
            {
                foreach (AxisNode n in nodes)
                {
                    chain.Add(n);
                    if (ReferenceEquals(n, node) || Walk(n.Children)) return true;
                    chain.RemoveAt(chain.Count - 1);
                }
                return false;
            }
            if (!Walk(axis)) chain.Add(node);
            return chain;
        }

        /// <summary>The leaf's numbered label, under its group's number when the leaf is an arabic-numbered item.</summary>
        private static string OwnName(List<AxisNode> chain)
        {
            AxisNode node = chain[chain.Count - 1];
            AxisNode? parent = chain.Count > 1 ? chain[chain.Count - 2] : null;
            bool item = node.Number is { Length: > 0 } number && char.IsDigit(number[0]);
            return item && parent?.Number is { Length: > 0 } parentNumber ? parentNumber + node.NumberedLabel : node.NumberedLabel;
        }

        public static string KindName(CellKind kind) => SchemaWords.Of(kind);

        /// <summary>The short mark printed in a figure cell of the layout.</summary>
        public static string KindMark(CellKind kind) => kind switch
        {
            CellKind.Count => "整数",
            CellKind.SignedCount => "±整数",
            _ => "小数",
        };

        public static string KindDescription(CellKind kind) => kind switch
        {
            CellKind.Count => "a whole number, not negative",
            CellKind.SignedCount => "a whole number that may be negative (a decrease is written as a negative number)",
            _ => "a decimal amount, not negative",
        };

        /// <summary>The unit of a leaf column or row, with its scale: "万元, up to 6 decimals".</summary>
        public static string? UnitText(AxisNode node)
        {
            if (node.Unit is null && node.Scale is null) return null;
            string unit = node.Unit ?? "";
            string scale = node.Scale is int s ? (s == 0 ? "whole" : $"up to {s} decimal{(s == 1 ? "" : "s")}") : "";
            return string.Join(", ", new[] { unit, scale }.Where(x => x.Length > 0));
        }

        public static string AliasesText(AxisNode node) => string.Join("、", node.Aliases.Select(a => a.Value));

        public static StringComparer Ordinal => StringComparer.Ordinal;
    }
}
