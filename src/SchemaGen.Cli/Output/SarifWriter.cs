using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// SARIF 2.1.0 for check: one run, every rule the checker knows in tool.driver.rules (id, name, descriptions,
    /// help URI, default level), one artifact per input file, and one result per finding located by file and line
    /// (physicalLocation) and by section/table/row/column (logicalLocations).
    /// </summary>
    public static class SarifWriter
    {
        public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

        public static JsonObject Build(IReadOnlyList<FileCheckResult> results, YearComparison? comparison, int exitCode)
        {
            var rules = CheckerRules.All.ToList();
            var artifacts = results.Select(r => r.Path).Distinct().ToList();
            var sarifResults = new JsonArray();
            foreach (FileCheckResult file in results)
                foreach (CheckFinding finding in file.Findings)
                    sarifResults.Add(Result(finding, file.Path, null, rules, artifacts));
            if (comparison is not null)
                foreach (CheckFinding finding in comparison.Findings)
                    sarifResults.Add(Result(finding, comparison.ThisYear.Path, comparison.LastYear.Path, rules, artifacts));

            var run = new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "schemagen",
                        ["version"] = ToolInfo.Version,
                        ["semanticVersion"] = ToolInfo.Version,
                        ["informationUri"] = ToolInfo.InformationUri,
                        ["rules"] = new JsonArray(rules.Select(Rule).ToArray<JsonNode?>()),
                    },
                },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = results.All(r => r.Status == CheckStatus.Checked),
                    ["exitCode"] = exitCode,
                }),
                ["artifacts"] = new JsonArray(artifacts.Select(path => (JsonNode?)Artifact(path, results.First(r => r.Path == path))).ToArray()),
                ["results"] = sarifResults,
                ["columnKind"] = "unicodeCodePoints",
            };
            return new JsonObject
            {
                ["$schema"] = SchemaUri,
                ["version"] = "2.1.0",
                ["runs"] = new JsonArray(run),
            };
        }

        private static JsonObject Rule(RuleInfo rule) => new()
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
            ["fullDescription"] = new JsonObject { ["text"] = rule.Description },
            ["helpUri"] = rule.HelpUri,
            ["defaultConfiguration"] = new JsonObject { ["level"] = rule.Level.Word() },
        };

        /// <summary>The artifact carries what the checker learnt about the whole file: its format version and table presence.</summary>
        private static JsonObject Artifact(string path, FileCheckResult result)
        {
            var properties = new JsonObject { ["status"] = result.Status.ToString().ToLowerInvariant() };
            if (result.Format is not null)
            {
                properties["formatVersion"] = result.Format.Format.Version;
                properties["formatConfidence"] = result.Format.Confidence;
                properties["formatForced"] = result.Format.Forced;
            }
            if (result.Tables.Count > 0)
                properties["tables"] = new JsonObject(result.Tables.Select(t => KeyValuePair.Create(t.Number, (JsonNode?)JsonReporter.Word(t.Presence))));
            return new JsonObject
            {
                ["location"] = new JsonObject { ["uri"] = Uri(path) },
                ["mimeType"] = "text/plain",
                ["properties"] = properties,
            };
        }

        private static JsonObject Result(CheckFinding finding, string path, string? lastYearPath, List<RuleInfo> rules, List<string> artifacts)
        {
            int ruleIndex = rules.FindIndex(r => r.Id == finding.RuleId);
            if (ruleIndex < 0)
            {
                rules.Add(CheckerRules.Find(finding.RuleId));
                ruleIndex = rules.Count - 1;
            }
            var location = new JsonObject { ["physicalLocation"] = PhysicalLocation(path, finding.Line, finding.LineColumn, artifacts) };
            JsonArray logical = LogicalLocations(finding);
            if (logical.Count > 0) location["logicalLocations"] = logical;

            var result = new JsonObject
            {
                ["ruleId"] = finding.RuleId,
                ["ruleIndex"] = ruleIndex,
                ["level"] = finding.Level.Word(),
                ["message"] = new JsonObject { ["text"] = finding.Message },
                ["locations"] = new JsonArray(location),
            };
            if (lastYearPath is not null)
            {
                var related = finding.Cells.Where(c => c.PreviousYear).Select((c, i) => (JsonNode?)new JsonObject
                {
                    ["id"] = i,
                    ["physicalLocation"] = PhysicalLocation(lastYearPath, c.Line, null, artifacts),
                    ["message"] = new JsonObject { ["text"] = $"last year's {c.RowLabel} × {c.ColumnLabel}" },
                }).ToArray();
                if (related.Length > 0) result["relatedLocations"] = new JsonArray(related);
            }
            var properties = new JsonObject { ["origin"] = finding.Origin.ToString() };
            if (finding.Expected is not null) properties["expected"] = finding.Expected;
            if (finding.Actual is not null) properties["actual"] = finding.Actual;
            result["properties"] = properties;
            return result;
        }

        private static JsonObject PhysicalLocation(string path, int? line, int? column, List<string> artifacts)
        {
            int index = artifacts.IndexOf(path);
            var artifact = new JsonObject { ["uri"] = Uri(path) };
            if (index >= 0) artifact["index"] = index;
            var physical = new JsonObject { ["artifactLocation"] = artifact };
            if (line is int l && l > 0)
            {
                var region = new JsonObject { ["startLine"] = l };
                if (column is int c && c > 0) region["startColumn"] = c;
                physical["region"] = region;
            }
            return physical;
        }

        /// <summary>section › table › row › column, each a logical location whose fully qualified name is the id path so far.</summary>
        private static JsonArray LogicalLocations(CheckFinding finding)
        {
            var array = new JsonArray();
            var path = new List<string>();
            void Add(string kind, string? id, string? label)
            {
                if (id is null) return;
                path.Add(id);
                var node = new JsonObject { ["name"] = id, ["fullyQualifiedName"] = string.Join("/", path), ["kind"] = kind };
                if (label is not null) node["properties"] = new JsonObject { ["label"] = label };
                array.Add(node);
            }
            Add("section", finding.Section, finding.SectionNumber);
            Add("table", finding.Table, finding.SectionNumber is null ? null : "table " + finding.SectionNumber);
            Add("row", finding.Row, finding.RowLabel);
            Add("column", finding.Column, finding.ColumnLabel);
            return array;
        }

        /// <summary>A relative path stays relative (forward slashes, each segment escaped); an absolute one becomes a file: URI.</summary>
        internal static string Uri(string path)
        {
            if (Path.IsPathRooted(path)) return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
            string[] segments = path.Replace('\\', '/').Split('/');
            return string.Join("/", segments.Select(s => s is "." or ".." ? s : System.Uri.EscapeDataString(s)));
        }
    }
}
