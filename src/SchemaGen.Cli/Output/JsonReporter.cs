using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Output
{
    /// <summary>Machine-readable output of check and compare. Property order is fixed here and is part of the contract.</summary>
    public static class JsonReporter
    {
        public const string Schema = "schemagen-check/1";

        public static JsonObject Check(IReadOnlyList<FileCheckResult> results, YearComparison? comparison, int exitCode)
        {
            var root = new JsonObject
            {
                ["schema"] = Schema,
                ["tool"] = new JsonObject { ["name"] = "schemagen", ["version"] = ToolInfo.Version },
                ["files"] = new JsonArray(results.Select(File).ToArray<JsonNode?>()),
            };
            if (comparison is not null) root["comparison"] = Comparison(comparison);
            root["summary"] = new JsonObject
            {
                ["files"] = results.Count,
                ["checked"] = results.Count(r => r.Status == CheckStatus.Checked),
                ["notChecked"] = results.Count(r => r.Status != CheckStatus.Checked),
                ["errors"] = results.Sum(r => r.Errors) + (comparison?.Errors ?? 0),
                ["warnings"] = results.Sum(r => r.Warnings) + (comparison?.Warnings ?? 0),
                ["exitCode"] = exitCode,
            };
            return root;
        }

        public static JsonObject File(FileCheckResult result) => new()
        {
            ["path"] = result.Path,
            ["status"] = Word(result.Status),
            ["problem"] = result.Problem,
            ["format"] = result.Format is null ? null : Format(result.Format),
            ["tables"] = new JsonArray(result.Tables.Select(Table).ToArray<JsonNode?>()),
            ["findings"] = new JsonArray(result.Findings.Select(Finding).ToArray<JsonNode?>()),
            ["counts"] = new JsonObject { ["errors"] = result.Errors, ["warnings"] = result.Warnings, ["notes"] = result.Notes },
        };

        private static JsonObject Format(FormatChoice choice) => new()
        {
            ["id"] = choice.Format.Descriptor.FormatId,
            ["version"] = choice.Format.Version,
            ["key"] = choice.Format.Descriptor.Key,
            ["title"] = choice.Format.Descriptor.Title,
            ["notice"] = choice.Format.Descriptor.Notice,
            ["forced"] = choice.Forced,
            ["detectedVersion"] = choice.DetectedVersion,
            ["confidence"] = choice.Confidence,
            ["evidence"] = new JsonArray(choice.Evidence.Select(e => (JsonNode?)e).ToArray()),
        };

        private static JsonObject Table(StatutoryTable table) => new()
        {
            ["number"] = table.Number,
            ["section"] = table.Section,
            ["heading"] = table.Heading,
            ["presence"] = Word(table.Presence),
            ["blocks"] = new JsonArray(table.Blocks.Select(b => (JsonNode?)new JsonObject
            {
                ["table"] = b.Table,
                ["caption"] = b.Caption,
                ["label"] = b.Label,
                ["presence"] = Word(b.Presence),
                ["line"] = b.Line,
                ["figures"] = b.Figures,
                ["cells"] = b.Cells,
            }).ToArray()),
        };

        public static JsonObject Finding(CheckFinding finding) => new()
        {
            ["ruleId"] = finding.RuleId,
            ["level"] = finding.Level.Word(),
            ["origin"] = Word(finding.Origin),
            ["message"] = finding.Message,
            ["section"] = finding.Section,
            ["table"] = finding.Table,
            ["tableNumber"] = finding.SectionNumber,
            ["row"] = finding.Row,
            ["rowLabel"] = finding.RowLabel,
            ["column"] = finding.Column,
            ["columnLabel"] = finding.ColumnLabel,
            ["line"] = finding.Line,
            ["lineColumn"] = finding.LineColumn,
            ["expected"] = finding.Expected,
            ["actual"] = finding.Actual,
            ["cells"] = new JsonArray(finding.Cells.Select(c => (JsonNode?)new JsonObject
            {
                ["table"] = c.Table,
                ["row"] = c.Row,
                ["column"] = c.Column,
                ["rowLabel"] = c.RowLabel,
                ["columnLabel"] = c.ColumnLabel,
                ["line"] = c.Line,
                ["year"] = c.PreviousYear ? "last" : "this",
            }).ToArray()),
            ["helpUri"] = CheckerRules.Find(finding.RuleId).HelpUri,
        };

        public static JsonObject Comparison(YearComparison comparison) => new()
        {
            ["lastYear"] = new JsonObject { ["path"] = comparison.LastYear.Path, ["version"] = comparison.LastYear.Format!.Format.Version },
            ["thisYear"] = new JsonObject { ["path"] = comparison.ThisYear.Path, ["version"] = comparison.ThisYear.Format!.Format.Version },
            ["sameVersion"] = comparison.SameVersion,
            ["basis"] = comparison.Basis,
            ["scope"] = new JsonArray(comparison.ScopeNotes.Select(n => (JsonNode?)n).ToArray()),
            ["rules"] = new JsonArray(comparison.Rules.Select(r => (JsonNode?)new JsonObject
            {
                ["ruleId"] = r.RuleId,
                ["rule"] = r.Rule,
                ["applied"] = r.Applied,
                ["reason"] = r.Reason,
                ["violations"] = r.Violations,
            }).ToArray()),
            ["findings"] = new JsonArray(comparison.Findings.Select(Finding).ToArray<JsonNode?>()),
            ["figures"] = new JsonArray(comparison.Figures.Select(f => (JsonNode?)new JsonObject
            {
                ["table"] = f.Table,
                ["tableNumber"] = f.SectionNumber,
                ["row"] = f.Row,
                ["rowLabel"] = f.RowLabel,
                ["column"] = f.Column,
                ["columnLabel"] = f.ColumnLabel,
                ["scope"] = f.Scope switch { FigureScope.Both => "both", FigureScope.OnlyLastYear => "lastYearOnly", _ => "thisYearOnly" },
                ["lastYear"] = f.LastYear,
                ["thisYear"] = f.ThisYear,
                ["change"] = f.Change,
                ["note"] = f.Note,
            }).ToArray()),
        };

        private static string Word(CheckStatus status) => status switch { CheckStatus.Checked => "checked", CheckStatus.Unreadable => "unreadable", _ => "failed" };

        internal static string Word(TablePresence presence) => presence switch
        {
            TablePresence.Present => "present",
            TablePresence.Empty => "empty",
            TablePresence.Unplaceable => "unplaceable",
            _ => "missing",
        };

        private static string Word(FindingOrigin origin) => origin switch
        {
            FindingOrigin.Input => "input",
            FindingOrigin.Reading => "reading",
            FindingOrigin.Presence => "presence",
            FindingOrigin.Validation => "validation",
            _ => "acrossYears",
        };
    }
}
