using System.Collections.Generic;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Loading
{
    /// <summary>Reads the <c>migration:</c> block of a newer schema.</summary>
    internal static class MigrationLoader
    {
        private static readonly Dictionary<string, MigrationAction> Actions = new()
        {
            ["rename"] = MigrationAction.Rename,
            ["split"] = MigrationAction.Split,
            ["merge"] = MigrationAction.Merge,
            ["drop"] = MigrationAction.Drop,
        };

        public static MigrationSpec Read(YamlMapping map, LoadContext context)
        {
            string from = map.String("from", required: true) ?? "";
            var rules = map.Mappings("rules").Select(ReadRule).ToEquatableArray();
            map.ReportUnknownKeys("migration");
            return new MigrationSpec(from, rules, map.Span);
        }

        private static MigrationRule ReadRule(YamlMapping map)
        {
            var rule = new MigrationRule(
                map.Enum("action", Actions) ?? MigrationAction.Rename,
                map.Strings("from"),
                map.Strings("to"),
                map.String("note"),
                map.Span);
            map.ReportUnknownKeys("a migration rule");
            return rule;
        }
    }
}
