using SchemaGen.Runtime.Descriptors;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// How a change names its element. Tables, rows and columns use the migration block's reference syntax
    /// (<c>Table.row:Path</c>, <c>Table.column:Path</c>), so a path can be pasted into a migration rule.
    /// </summary>
    internal static class ElementPaths
    {
        public static string Format(string key) => "format:" + key;

        public static string Section(string id) => "section:" + id;

        public static string Table(string id) => id;

        public static string Node(string table, RuleAxis axis, string path) => table + (axis == RuleAxis.Row ? ".row:" : ".column:") + path;

        public static string Invariant(string id) => "invariant:" + id;

        public static string ElementName(RuleAxis axis) => axis == RuleAxis.Row ? "row" : "column";
    }
}
