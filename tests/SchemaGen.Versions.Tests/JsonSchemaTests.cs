using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Versions.Tests.Support;
using Xunit;

namespace SchemaGen.Versions.Tests
{
    /// <summary>
    /// schema/schemagen.schema.json against the loader: both format files validate; a file with every documented
    /// key loads; at every kind of mapping the JSON Schema's keys are exactly the loader's, and an unknown key is
    /// rejected by both.
    /// </summary>
    public class JsonSchemaTests
    {
        private const string UnknownKey = "zzzzzzzzzzzzzzzzzzzz";

        private static string EveryKey => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SchemaGen.Versions.Tests", "Fixtures", "every-key.yaml"));

        [Theory]
        [InlineData("2019")]
        [InlineData("2021")]
        public void Format_files_validate_against_the_json_schema(string version)
        {
            var errors = JsonSchemaFile.Validate(File.ReadAllText(RepoPaths.Format(version)));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Theory]
        [InlineData("2019")]
        [InlineData("2021")]
        public void Format_files_point_editors_at_the_json_schema(string version)
            => Assert.StartsWith("# yaml-language-server: $schema=./schemagen.schema.json", File.ReadAllText(RepoPaths.Format(version)));

        [Fact]
        public void Every_key_file_validates_and_loads_without_errors()
        {
            Assert.Empty(JsonSchemaFile.Validate(EveryKey));
            var result = SchemaLoader.Load(EveryKey, "every-key.yaml");
            Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics));
        }

        [Fact]
        public void Every_key_file_uses_every_documented_key()
        {
            var documented = new[] { "", "/definitions/format", "/definitions/format/properties/report-years", "/definitions/section", "/definitions/table",
                    "/definitions/row", "/definitions/column", "/definitions/invariant", "/definitions/migration", "/definitions/migrationRule", "/definitions/removedElement" }
                .SelectMany(JsonSchemaFile.Keys).Distinct().ToList();
            var used = Regex.Matches(EveryKey, @"^\s*(?:- )?([a-z-]+):", RegexOptions.Multiline).Select(m => m.Groups[1].Value)
                .Concat(Regex.Matches(EveryKey, @"[{,]\s*([a-z-]+):").Select(m => m.Groups[1].Value)).ToHashSet();
            Assert.DoesNotContain(documented, k => !used.Contains(k));
        }

        public static TheoryData<string, string, string, string> Mappings => new()
        {
            // where, text to find in every-key.yaml, the same text with an unknown key, JSON pointer of the mapping's schema
            { "root", "migration:\n  from:", UnknownKey + ": 1\nmigration:\n  from:", "" },
            { "format", "  id: every-key\n", "  id: every-key\n  " + UnknownKey + ": 1\n", "/definitions/format" },
            { "report-years", "{ from: 2024, to: 2025 }", "{ from: 2024, to: 2025, " + UnknownKey + ": 1 }", "/definitions/format/properties/report-years" },
            { "section", "    kind: text\n", "    kind: text\n    " + UnknownKey + ": 1\n", "/definitions/section" },
            { "table", "    caption: 第一项\n", "    caption: 第一项\n    " + UnknownKey + ": 1\n", "/definitions/table" },
            { "column", "            label: 第一\n", "            label: 第一\n            " + UnknownKey + ": 1\n", "/definitions/column" },
            { "row", "            label: 同级\n", "            label: 同级\n            " + UnknownKey + ": 1\n", "/definitions/row" },
            { "invariant", "    standing: implied\n", "    standing: implied\n    " + UnknownKey + ": 1\n", "/definitions/invariant" },
            { "migration", "  description: From version 1.\n", "  description: From version 1.\n  " + UnknownKey + ": 1\n", "/definitions/migration" },
            { "migration rule", "      note: Split in two.\n", "      note: Split in two.\n      " + UnknownKey + ": 1\n", "/definitions/migrationRule" },
        };

        [Theory]
        [MemberData(nameof(Mappings))]
        public void Json_schema_keys_are_exactly_the_loaders_and_unknown_keys_fail_both(string where, string find, string replace, string pointer)
        {
            string yaml = SyntheticSchema.Edit(EveryKey, find, replace);

            // The loader names the keys it read for this mapping in its SG1002 message (no "did you mean" for this key).
            var result = SchemaLoader.Load(yaml, "unknown-key.yaml");
            SchemaDiagnostic unknown = Assert.Single(result.Diagnostics, d => d.Id == SchemaDiagnosticIds.UnknownKey.Id);
            Match allowed = Regex.Match(unknown.Message, @"\(allowed: (.*)\)$");
            Assert.True(allowed.Success, $"{where}: {unknown.Message}");
            var loaderKeys = allowed.Groups[1].Value.Split(", ").OrderBy(k => k, System.StringComparer.Ordinal).ToList();
            Assert.Equal(loaderKeys, JsonSchemaFile.Keys(pointer));

            var errors = JsonSchemaFile.Validate(yaml);
            Assert.Contains(errors, e => e.Contains(UnknownKey));
        }

        public static TheoryData<string, string, string> BadValues => new()
        {
            // text in every-key.yaml, a value the loader rejects, the diagnostic it gives
            { "    cell: count\n", "    cell: counts\n", "SG1004" },
            { "    kind: text\n", "    kind: prose\n", "SG1004" },
            { "    for-each: column\n", "    for-each: columns\n", "SG1004" },
            { "    severity: warning\n", "    severity: fatal\n", "SG1004" },
            { "            scale: 2\n", "            scale: 19\n", "SG1004" },
            { "            unlabeled: true\n", "            unlabeled: yes\n", "SG1004" },
            { "      - id: Child\n", "      - id: class\n", "SG1006" },
            { "      - id: Sibling\n", "      - id: 2nd\n", "SG1006" },
            { "  - id: child-bound\n", "  - id: Child_Bound\n", "SG1006" },
            { "    - action: split\n", "    - action: copy\n", "SG1004" },
            { "      carry-into: Counts.row:Parent.Sibling\n", "      carry-into: Counts.rows:Sibling\n", "SG1004" },
        };

        [Theory]
        [MemberData(nameof(BadValues))]
        public void Values_the_loader_rejects_fail_the_json_schema_too(string find, string replace, string diagnostic)
        {
            string yaml = SyntheticSchema.Edit(EveryKey, find, replace);
            var result = SchemaLoader.Load(yaml, "bad-value.yaml");
            Assert.Contains(result.Diagnostics, d => d.Id == diagnostic);
            Assert.NotEmpty(JsonSchemaFile.Validate(yaml));
        }

        [Fact]
        public void Missing_required_keys_fail_both()
        {
            string yaml = SyntheticSchema.Edit(EveryKey, "    label: 计数\n", "");
            Assert.Contains(SchemaLoader.Load(yaml, "missing.yaml").Diagnostics, d => d.Id == SchemaDiagnosticIds.MissingKey.Id);
            Assert.NotEmpty(JsonSchemaFile.Validate(yaml));
        }
    }
}
