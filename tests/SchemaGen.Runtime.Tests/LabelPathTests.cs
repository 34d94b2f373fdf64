using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>A column's label path is its groups' labels and its own, top down; a node that is not one of the table's columns keeps its own label.</summary>
    public class LabelPathTests
    {
        private static string ByParents(IReadOnlyList<AxisNodeDescriptor> roots, AxisNodeDescriptor target)
        {
            var labels = new List<string>();
            bool Find(IReadOnlyList<AxisNodeDescriptor> nodes)
            {
                foreach (AxisNodeDescriptor node in nodes)
                {
                    labels.Add(node.Label);
                    if (ReferenceEquals(node, target) || Find(node.Children)) return true;
                    labels.RemoveAt(labels.Count - 1);
                }
                return false;
            }
            return Find(roots) ? string.Join(" › ", labels) : target.Label;
        }

        [Fact]
        public void Every_column_node_has_its_groups_labels_before_its_own_and_other_nodes_their_label()
        {
            int grouped = 0, others = 0;
            foreach (SchemaDescriptor schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
                foreach (TableDescriptor table in schema.Tables)
                {
                    foreach (AxisNodeDescriptor column in AxisNodeDescriptor.All(table.Columns))
                    {
                        Assert.Equal(ByParents(table.Columns, column), table.LabelPathOf(column));
                        if (table.LabelPathOf(column).Contains('›')) grouped++;
                    }
                    foreach (AxisNodeDescriptor row in AxisNodeDescriptor.All(table.Rows).Take(3))
                    {
                        Assert.Equal(row.Label, table.LabelPathOf(row));
                        others++;
                    }
                }
            Assert.True(grouped > 10 && others > 10, $"{grouped} columns under a group, {others} rows asked");
        }
    }
}
