using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Output
{
    /// <summary>Machine-readable output of check and compare. Property order is fixed here and is part of the contract.</summary>
    public static class JsonReporter
    {
        public const string Schema = "schemagen-check/1";

        /// <summary>The opening of a check document, before its files: schema and tool.</summary>
        public static JsonObject Tool() => new() { ["name"] = "schemagen", ["version"] = ToolInfo.Version };

        /// <summary>The closing summary. "interrupted" is there only when the run was: the files listed are then those done.</summary>
        public static JsonObject Summary(BatchTally tally, YearComparison? comparison, int exitCode, RunInterruption? interruption)
        {
            var summary = new JsonObject
            {
                ["files"] = tally.Files,
                ["checked"] = tally.Checked,
                ["notChecked"] = tally.NotChecked,
                ["errors"] = tally.Errors + (comparison?.Errors ?? 0),
                ["warnings"] = tally.Warnings + (comparison?.Warnings ?? 0),
                ["exitCode"] = exitCode,
            };
            if (interruption is not null)
                summary["interrupted"] = new JsonObject { ["signal"] = interruption.Signal, ["filesDone"] = tally.Files, ["filesGiven"] = interruption.Inputs };
            return summary;
        }

        public static JsonObject File(FileCheckResult result)
        {
            var file = new JsonObject
            {
                ["path"] = result.Path,
                ["status"] = Word(result.Status),
            };
            // Plain text was the only input before other kinds were read; its files keep their shape.
            if (result.InputKind is DocumentKind kind && kind != DocumentKind.Text) file["inputKind"] = InputReaders.Word(kind);
            file["problem"] = result.Problem;
            file["format"] = result.Format is null ? null : Format(result.Format);
            file["tables"] = new JsonArray(result.Tables.Select(Table).ToArray<JsonNode?>());
            file["findings"] = new JsonArray(result.Findings.Select(Finding).ToArray<JsonNode?>());
            file["counts"] = new JsonObject { ["errors"] = result.Errors, ["warnings"] = result.Warnings, ["notes"] = result.Notes };
            return file;
        }

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

        public static JsonObject Finding(CheckFinding finding)
        {
            var json = new JsonObject
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
            };
            // Line and column say all there is for plain text; other inputs add their element path or page.
            if (finding.HasPlaceBeyondLine) json["source"] = Source(finding.Source);
            json["expected"] = finding.Expected;
            json["actual"] = finding.Actual;
            json["cells"] = new JsonArray(finding.Cells.Select(Cell).ToArray<JsonNode?>());
            // Only prose findings (SG3040, SG3041) have it: the other findings keep their shape.
            if (finding.Prose.Count > 0) json["prose"] = ProseFigures(finding.Prose);
            json["helpUri"] = CheckerRules.Find(finding.RuleId).HelpUri;
            return json;
        }

        /// <summary>
        /// Figures of the prose as JSON: id and label of the declared figure, value, the cells whose sum it states (one
        /// or several, never passed off as one cell), the words and sentence that state it and its line. SARIF's result
        /// properties carry the same objects.
        /// </summary>
        internal static JsonArray ProseFigures(IEnumerable<Figures.ReportFigure> figures)
            => new(figures.Where(f => f.Prose is not null).Select(f => (JsonNode?)new JsonObject
            {
                ["id"] = f.Prose!.Id,
                ["label"] = f.Prose.Label,
                ["value"] = f.Value,
                ["table"] = f.Table,
                ["cells"] = new JsonArray(f.StandsFor.Select(c => (JsonNode?)new JsonObject
                {
                    ["row"] = c.Row,
                    ["column"] = c.Column,
                    ["rowLabel"] = c.RowLabel,
                    ["columnLabel"] = c.ColumnLabel,
                }).ToArray()),
                ["phrase"] = f.Prose.Phrase,
                ["sentence"] = f.Prose.Sentence,
                ["line"] = f.Prose.Line > 0 ? f.Prose.Line : null,
            }).ToArray());

        private static JsonObject Cell(FindingCell cell)
        {
            var json = new JsonObject
            {
                ["table"] = cell.Table,
                ["row"] = cell.Row,
                ["column"] = cell.Column,
                ["rowLabel"] = cell.RowLabel,
                ["columnLabel"] = cell.ColumnLabel,
                ["line"] = cell.Line,
            };
            if (cell.Source.Path is not null || cell.Source.Page > 0) json["source"] = Source(cell.Source);
            json["year"] = cell.PreviousYear ? "last" : "this";
            if (cell.Imputed is decimal imputed) json["imputed"] = imputed;
            return json;
        }

        /// <summary>The full place in the input: element path, page and box (PDF points, origin bottom left), line and column; only the parts that are known.</summary>
        internal static JsonObject Source(SourceLocation source)
        {
            var json = new JsonObject();
            if (source.Path is not null) json["path"] = source.Path;
            if (source.Page > 0) json["page"] = source.Page;
            if (source.Box is PageBox box) json["box"] = Box(box);
            if (source.Line > 0) json["line"] = source.Line;
            if (source.Line > 0 && source.Column > 0) json["column"] = source.Column;
            json["text"] = source.ToString();
            return json;
        }

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

        /// <summary>A PDF box in points, origin at the page's bottom left.</summary>
        internal static JsonObject Box(PageBox box) => new() { ["left"] = box.Left, ["bottom"] = box.Bottom, ["right"] = box.Right, ["top"] = box.Top };

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
