using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// SARIF 2.1.0 for check, streamed: one run, every rule the checker knows in tool.driver.rules (id, name,
    /// descriptions, help URI, default level), then each file's results as the file is done, then one artifact per input
    /// (with its input kind, format version and table presence) and the invocation (success, exit code, notifications
    /// such as skipped files or an interrupt), which only the end of the run knows. Results are located by file and line
    /// (physicalLocation.region) for text and web pages; an element path (web page, Word) is a logical location of kind
    /// "element", and a PDF page and box are properties of the physical location, since SARIF regions have no pages.
    /// The schema's own structure is a logical location too: section › table › row › column.
    /// </summary>
    public sealed class SarifWriter : ICheckOutput
    {
        public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

        private readonly StreamingJson _json;
        private readonly IReadOnlyList<RuleInfo> _rules = CheckerRules.All;
        private readonly Dictionary<string, int> _ruleIndex;
        private readonly Dictionary<string, int> _artifactIndex = new(StringComparer.Ordinal);
        private readonly List<string> _artifactPaths = new();
        // What is known of each artifact once its file is done: a few words per file, never the file's findings.
        private readonly JsonObject?[] _artifactProperties;
        private readonly DocumentKind?[] _artifactKinds;
        private readonly SeverityOverrides _overrides;

        /// <param name="inputPaths">Every input of the run, in order: results refer to their artifact by index before the artifacts are written.</param>
        /// <param name="writerBytes">The stream <paramref name="writer"/> writes UTF-8 to, if known (see <see cref="OutputTarget.Utf8Bytes"/>).</param>
        public SarifWriter(TextWriter writer, IEnumerable<string> inputPaths, SeverityOverrides? overrides = null, Stream? writerBytes = null)
        {
            _overrides = overrides ?? SeverityOverrides.None;
            _json = new StreamingJson(writer, writerBytes);
            _ruleIndex = _rules.Select((r, i) => (r.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            foreach (string path in inputPaths)
            {
                if (_artifactIndex.ContainsKey(path)) continue;
                _artifactIndex[path] = _artifactPaths.Count;
                _artifactPaths.Add(path);
            }
            _artifactProperties = new JsonObject?[_artifactPaths.Count];
            _artifactKinds = new DocumentKind?[_artifactPaths.Count];
        }

        public void Begin()
        {
            Utf8Writer.WriteStartObject();
            Utf8Writer.WriteString("$schema", SchemaUri);
            Utf8Writer.WriteString("version", "2.1.0");
            Utf8Writer.WriteStartArray("runs");
            Utf8Writer.WriteStartObject();
            _json.Write("tool", new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "schemagen",
                    ["version"] = ToolInfo.Version,
                    ["semanticVersion"] = ToolInfo.Version,
                    ["rules"] = new JsonArray(_rules.Select(Rule).ToArray<JsonNode?>()),
                },
            });
            Utf8Writer.WriteStartArray("results");
            _json.Flush();
        }

        public void File(FileCheckResult result)
        {
            foreach (CheckFinding finding in result.Findings) _json.Write(Result(finding, result.Path, null));
            if (_artifactIndex.TryGetValue(result.Path, out int index) && _artifactProperties[index] is null)
            {
                _artifactProperties[index] = ArtifactProperties(result);
                _artifactKinds[index] = result.Status == CheckStatus.Checked || result.InputKind != DocumentKind.Word ? result.InputKind : null;
            }
            _json.Flush();
        }

        public void End(CheckEnding ending)
        {
            if (ending.Comparison is { } comparison)
                foreach (CheckFinding finding in comparison.Findings)
                    _json.Write(Result(finding, comparison.ThisYear.Path, comparison.LastYear.Path));
            Utf8Writer.WriteEndArray();
            _json.Write("artifacts", new JsonArray(_artifactPaths.Select((path, i) => (JsonNode?)Artifact(path, i)).ToArray()));
            var invocation = new JsonObject
            {
                ["executionSuccessful"] = ending.Tally.NotChecked == 0 && ending.Interruption is null,
                ["exitCode"] = ending.ExitCode,
            };
            JsonArray notifications = Notifications(ending);
            if (notifications.Count > 0) invocation["toolExecutionNotifications"] = notifications;
            _json.Write("invocations", new JsonArray(invocation));
            Utf8Writer.WriteString("columnKind", "unicodeCodePoints");
            Utf8Writer.WriteEndObject();
            Utf8Writer.WriteEndArray();
            Utf8Writer.WriteEndObject();
            _json.Finish();
            _json.Dispose();
        }

        private System.Text.Json.Utf8JsonWriter Utf8Writer => _json.Writer;

        private static JsonArray Notifications(CheckEnding ending)
        {
            var notifications = new JsonArray();
            foreach (SkippedFiles skipped in ending.Skipped)
                notifications.Add((JsonNode)new JsonObject { ["message"] = new JsonObject { ["text"] = skipped.Describe() }, ["level"] = "note" });
            if (ending.Interruption is { } interruption)
                notifications.Add((JsonNode)new JsonObject
                {
                    ["message"] = new JsonObject { ["text"] = $"interrupted by {interruption.Signal}: {ending.Tally.Files} of {interruption.Inputs} files done; the results of the others are not in this log" },
                    ["level"] = "error",
                });
            return notifications;
        }

        /// <summary>A rule's default level is the configured one: a silenced rule is SARIF's "none".</summary>
        private JsonObject Rule(RuleInfo rule) => new()
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
            ["fullDescription"] = new JsonObject { ["text"] = rule.Description },
            ["helpUri"] = rule.HelpUri,
            ["defaultConfiguration"] = new JsonObject { ["level"] = _overrides.LevelOf(rule.Id, rule.Level)?.Word() ?? "none" },
        };

        /// <summary>What the checker learnt about the whole file: its input kind, format version and table presence.</summary>
        private static JsonObject ArtifactProperties(FileCheckResult result)
        {
            var properties = new JsonObject { ["status"] = result.Status.ToString().ToLowerInvariant() };
            if (result.InputKind is DocumentKind kind && kind != DocumentKind.Text) properties["inputKind"] = InputReaders.Word(kind);
            if (result.Format is not null)
            {
                properties["formatVersion"] = result.Format.Format.Version;
                properties["formatConfidence"] = result.Format.Confidence;
                properties["formatForced"] = result.Format.Forced;
            }
            if (result.Tables.Count > 0)
                properties["tables"] = new JsonObject(result.Tables.Select(t => KeyValuePair.Create(t.Number, (JsonNode?)JsonReporter.Word(t.Presence))));
            return properties;
        }

        private JsonObject Artifact(string path, int index)
        {
            var artifact = new JsonObject { ["location"] = new JsonObject { ["uri"] = Uri(path) } };
            if (MimeType(_artifactKinds[index]) is string mimeType) artifact["mimeType"] = mimeType;
            // An input that an interrupt left undone has no result, but an index that results of its path may not miss.
            artifact["properties"] = _artifactProperties[index] ?? new JsonObject { ["status"] = "notDone" };
            return artifact;
        }

        /// <summary>The media type of what the input was read as; for a file never read, of what its name says, when that is plain text.</summary>
        private static string? MimeType(DocumentKind? kind) => kind switch
        {
            DocumentKind.Text => "text/plain",
            DocumentKind.Html => "text/html",
            DocumentKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            DocumentKind.Pdf => "application/pdf",
            _ => null,
        };

        private JsonObject Result(CheckFinding finding, string path, string? lastYearPath)
        {
            var location = new JsonObject { ["physicalLocation"] = PhysicalLocation(path, finding.Line, finding.LineColumn, finding.Source) };
            JsonArray logical = LogicalLocations(finding);
            if (logical.Count > 0) location["logicalLocations"] = logical;

            var result = new JsonObject { ["ruleId"] = finding.RuleId };
            // Every id the checker reports is in its catalog; an id outside it is still reported, by id alone.
            if (_ruleIndex.TryGetValue(finding.RuleId, out int ruleIndex)) result["ruleIndex"] = ruleIndex;
            result["level"] = finding.Level.Word();
            result["message"] = new JsonObject { ["text"] = finding.Message };
            result["locations"] = new JsonArray(location);
            if (lastYearPath is not null)
            {
                var related = finding.Cells.Where(c => c.PreviousYear).Select((c, i) => (JsonNode?)new JsonObject
                {
                    ["id"] = i,
                    ["physicalLocation"] = PhysicalLocation(lastYearPath, c.Line, null, c.Source),
                    ["message"] = new JsonObject { ["text"] = $"last year's {c.RowLabel} × {c.ColumnLabel}" },
                }).ToArray();
                if (related.Length > 0) result["relatedLocations"] = new JsonArray(related);
            }
            var properties = new JsonObject { ["origin"] = finding.Origin.ToString() };
            if (finding.Expected is not null) properties["expected"] = finding.Expected;
            if (finding.Actual is not null) properties["actual"] = finding.Actual;
            // Figures the report left blank and the reader computed from their parts: which cells, and the values used.
            var imputed = finding.Cells.Where(c => c.Imputed is not null)
                .Select(c => (JsonNode?)new JsonObject { ["table"] = c.Table, ["row"] = c.Row, ["column"] = c.Column, ["value"] = c.Imputed }).ToArray();
            if (imputed.Length > 0) properties["imputed"] = new JsonArray(imputed);
            // Figures of the prose the result is about: the declared figure, its value, the cells it stands for, its sentence.
            if (finding.Prose.Count > 0) properties["prose"] = JsonOutput.Node(json => JsonReporter.WriteProseFigures(json, finding.Prose));
            result["properties"] = properties;
            return result;
        }

        private JsonObject PhysicalLocation(string path, int? line, int? column, SourceLocation source)
        {
            var artifact = new JsonObject { ["uri"] = Uri(path) };
            if (_artifactIndex.TryGetValue(path, out int index)) artifact["index"] = index;
            var physical = new JsonObject { ["artifactLocation"] = artifact };
            if (line is int l && l > 0)
            {
                var region = new JsonObject { ["startLine"] = l };
                if (column is int c && c > 0) region["startColumn"] = c;
                physical["region"] = region;
            }
            if (source.Page > 0)
            {
                var page = new JsonObject { ["page"] = source.Page };
                if (source.Box is PageBox box) page["box"] = JsonOutput.Node(json => JsonReporter.WriteBox(json, box));
                physical["properties"] = page;
            }
            return physical;
        }

        /// <summary>
        /// section › table › row › column, each a logical location whose fully qualified name is the id path so far; and,
        /// for a web page or a Word file, the element the finding stands at (kind "element", its path as the name).
        /// </summary>
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
                array.Add((JsonNode)node);
            }
            Add("section", finding.Section, finding.SectionNumber);
            Add("table", finding.Table, finding.SectionNumber is null ? null : "table " + finding.SectionNumber);
            Add("row", finding.Row, finding.RowLabel);
            Add("column", finding.Column, finding.ColumnLabel);
            if (finding.Source.Path is string element)
                array.Add((JsonNode)new JsonObject { ["name"] = element.Substring(element.LastIndexOf('/') + 1), ["fullyQualifiedName"] = element, ["kind"] = "element" });
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
