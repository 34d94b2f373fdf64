using System.Linq;
using System.Text.Json;
using SchemaGen.Schema.Versioning;
using SchemaGen.Versions.Tests.Support;
using Xunit;

namespace SchemaGen.Versions.Tests
{
    /// <summary>Identical schemas, determinism, and the JSON form carrying the same changes as the text.</summary>
    public class OutputTests
    {
        [Theory]
        [InlineData("2019")]
        [InlineData("2021")]
        public void Identical_schemas_have_no_changes(string version)
        {
            ChangeReport report = ChangeReport.Compare(Schemas.Format(version), Schemas.Format(version));
            Assert.Empty(report.Changes);
            Assert.False(report.BreaksCode || report.BreaksData);
            Assert.Contains("No changes.", report.ToText());
            using JsonDocument json = JsonDocument.Parse(report.ToJson());
            Assert.Equal(0, json.RootElement.GetProperty("changes").GetArrayLength());
        }

        [Fact]
        public void Synthetic_schema_compared_with_itself_has_no_changes()
            => Assert.Empty(Schemas.Compare(SyntheticSchema.Base.ToYaml(), SyntheticSchema.Base.ToYaml()).Changes);

        [Fact]
        public void Two_runs_are_byte_identical()
        {
            // Each run loads the files afresh, so nothing is shared between them.
            ChangeReport first = ChangeReport.Compare(Schemas.Format("2019"), Schemas.Format("2021"));
            ChangeReport second = ChangeReport.Compare(Schemas.Format("2019"), Schemas.Format("2021"));
            Assert.Equal(first.ToText(), second.ToText());
            Assert.Equal(first.ToJson(), second.ToJson());
            Assert.Equal(first.Changes, second.Changes);
        }

        [Fact]
        public void Json_parses_and_carries_the_same_changes_as_the_text()
        {
            ChangeReport report = ChangeReport.Compare(Schemas.Format("2019"), Schemas.Format("2021"));
            string text = report.ToText();
            using JsonDocument json = JsonDocument.Parse(report.ToJson());
            JsonElement root = json.RootElement;
            Assert.Equal("gov-info-annual-report@2019", root.GetProperty("older").GetString());
            Assert.Equal("gov-info-annual-report@2021", root.GetProperty("newer").GetString());

            var changes = root.GetProperty("changes").EnumerateArray().ToList();
            Assert.Equal(report.Changes.Count, changes.Count);
            Assert.Equal(report.Changes.Count, root.GetProperty("summary").GetProperty("changes").GetInt32());
            Assert.Equal(report.Changes.Count(c => c.BreaksCode), root.GetProperty("summary").GetProperty("breaksCode").GetInt32());
            Assert.Equal(report.Changes.Count(c => c.BreaksData), root.GetProperty("summary").GetProperty("breaksData").GetInt32());

            var textLines = text.Split('\n').Where(l => l.StartsWith("  SCH-")).ToList();
            Assert.Equal(changes.Count, textLines.Count);
            for (int i = 0; i < changes.Count; i++)
            {
                JsonElement c = changes[i];
                SchemaChange expected = report.Changes[i];
                Assert.Equal(expected.RuleId, c.GetProperty("ruleId").GetString());
                Assert.Equal(expected.Kind.ToString().ToLowerInvariant(), c.GetProperty("kind").GetString());
                Assert.Equal(expected.Element, c.GetProperty("element").GetString());
                Assert.Equal(expected.Path, c.GetProperty("path").GetString());
                Assert.Equal(expected.OldPath, c.GetProperty("oldPath").GetString());
                Assert.Equal(expected.BreaksCode, c.GetProperty("breaksCode").GetBoolean());
                Assert.Equal(expected.BreaksData, c.GetProperty("breaksData").GetBoolean());
                Assert.Equal(expected.Before, c.GetProperty("before").GetString());
                Assert.Equal(expected.After, c.GetProperty("after").GetString());
                Assert.Equal(expected.Message, c.GetProperty("message").GetString());
                string line = $"  {c.GetProperty("ruleId").GetString()}  {c.GetProperty("path").GetString()}  {c.GetProperty("message").GetString()!.Replace("\n", " ")}";
                Assert.Contains(line, textLines);
            }
        }

        [Fact]
        public void Json_escapes_quotes_backslashes_and_control_characters()
        {
            var older = SyntheticSchema.Base;
            var newer = older with { Cases = SyntheticSchema.Edit(older.Cases, "label: 收到数量", "label: \"收到\\\"数量\\\\\\t\\u0001\"") };
            ChangeReport report = Schemas.Compare(older.ToYaml(), newer.ToYaml());
            using JsonDocument json = JsonDocument.Parse(report.ToJson());
            JsonElement change = json.RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("ruleId").GetString() == "SCH-LABEL-CHANGED");
            Assert.Equal("收到\"数量\\\t\u0001", change.GetProperty("after").GetString());
        }
    }
}
