using System.Collections.Generic;
using System.Text.Json;
using SchemaGen.Checking;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Output
{
    /// <summary>
    /// Machine-readable output of check and compare. Property order is fixed here and is part of the contract. Written
    /// straight to a <see cref="Utf8JsonWriter"/> (a batch writes one object per file, and building each as a tree of
    /// nodes first cost as much again as writing it); a property whose value is absent is written as null.
    /// </summary>
    public static class JsonReporter
    {
        public const string Schema = "schemagen-check/1";

        /// <summary>The opening of a check document, before its files: schema and tool.</summary>
        public static void WriteTool(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("name", "schemagen");
            json.WriteString("version", ToolInfo.Version);
            json.WriteEndObject();
        }

        /// <summary>The closing summary. "interrupted" is there only when the run was: the files listed are then those done.</summary>
        public static void WriteSummary(Utf8JsonWriter json, BatchTally tally, YearComparison? comparison, int exitCode, RunInterruption? interruption)
        {
            json.WriteStartObject();
            json.WriteNumber("files", tally.Files);
            json.WriteNumber("checked", tally.Checked);
            json.WriteNumber("notChecked", tally.NotChecked);
            json.WriteNumber("errors", tally.Errors + (comparison?.Errors ?? 0));
            json.WriteNumber("warnings", tally.Warnings + (comparison?.Warnings ?? 0));
            json.WriteNumber("exitCode", exitCode);
            if (interruption is not null)
            {
                json.WriteStartObject("interrupted");
                json.WriteString("signal", interruption.Signal);
                json.WriteNumber("filesDone", tally.Files);
                json.WriteNumber("filesGiven", interruption.Inputs);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        public static void WriteFile(Utf8JsonWriter json, FileCheckResult result)
        {
            json.WriteStartObject();
            json.WriteString("path", result.Path);
            json.WriteString("status", Word(result.Status));
            // Plain text was the only input before other kinds were read; its files keep their shape.
            if (result.InputKind is DocumentKind kind && kind != DocumentKind.Text) json.WriteString("inputKind", InputReaders.Word(kind));
            json.WriteString("problem", result.Problem);
            json.WritePropertyName("format");
            if (result.Format is null) json.WriteNullValue();
            else WriteFormat(json, result.Format);
            json.WriteStartArray("tables");
            foreach (StatutoryTable table in result.Tables) WriteTable(json, table);
            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (CheckFinding finding in result.Findings) WriteFinding(json, finding);
            json.WriteEndArray();
            json.WriteStartObject("counts");
            json.WriteNumber("errors", result.Errors);
            json.WriteNumber("warnings", result.Warnings);
            json.WriteNumber("notes", result.Notes);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteFormat(Utf8JsonWriter json, FormatChoice choice)
        {
            json.WriteStartObject();
            json.WriteString("id", choice.Format.Descriptor.FormatId);
            json.WriteString("version", choice.Format.Version);
            json.WriteString("key", choice.Format.Descriptor.Key);
            json.WriteString("title", choice.Format.Descriptor.Title);
            json.WriteString("notice", choice.Format.Descriptor.Notice);
            json.WriteBoolean("forced", choice.Forced);
            json.WriteString("detectedVersion", choice.DetectedVersion);
            Number(json, "confidence", choice.Confidence);
            json.WriteStartArray("evidence");
            foreach (string evidence in choice.Evidence) json.WriteStringValue(evidence);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteTable(Utf8JsonWriter json, StatutoryTable table)
        {
            json.WriteStartObject();
            json.WriteString("number", table.Number);
            json.WriteString("section", table.Section);
            json.WriteString("heading", table.Heading);
            json.WriteString("presence", Word(table.Presence));
            json.WriteStartArray("blocks");
            foreach (TableStatus block in table.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("table", block.Table);
                json.WriteString("caption", block.Caption);
                json.WriteString("label", block.Label);
                json.WriteString("presence", Word(block.Presence));
                Number(json, "line", block.Line);
                json.WriteNumber("figures", block.Figures);
                json.WriteNumber("cells", block.Cells);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteFinding(Utf8JsonWriter json, CheckFinding finding)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("level", finding.Level.Word());
            json.WriteString("origin", Word(finding.Origin));
            json.WriteString("message", finding.Message);
            json.WriteString("section", finding.Section);
            json.WriteString("table", finding.Table);
            json.WriteString("tableNumber", finding.SectionNumber);
            json.WriteString("row", finding.Row);
            json.WriteString("rowLabel", finding.RowLabel);
            json.WriteString("column", finding.Column);
            json.WriteString("columnLabel", finding.ColumnLabel);
            Number(json, "line", finding.Line);
            Number(json, "lineColumn", finding.LineColumn);
            // Line and column say all there is for plain text; other inputs add their element path or page.
            if (finding.HasPlaceBeyondLine)
            {
                json.WritePropertyName("source");
                WriteSource(json, finding.Source);
            }
            Number(json, "expected", finding.Expected);
            Number(json, "actual", finding.Actual);
            json.WriteStartArray("cells");
            foreach (FindingCell cell in finding.Cells) WriteCell(json, cell);
            json.WriteEndArray();
            // Only prose findings (SG3040, SG3041) have it: the other findings keep their shape.
            if (finding.Prose.Count > 0)
            {
                json.WritePropertyName("prose");
                WriteProseFigures(json, finding.Prose);
            }
            json.WriteString("helpUri", CheckerRules.Find(finding.RuleId).HelpUri);
            json.WriteEndObject();
        }

        /// <summary>
        /// Figures of the prose as JSON: id and label of the declared figure, value, the cells whose sum it states (one
        /// or several, never passed off as one cell), the words and sentence that state it and its line. SARIF's result
        /// properties carry the same objects.
        /// </summary>
        internal static void WriteProseFigures(Utf8JsonWriter json, IEnumerable<Figures.ReportFigure> figures)
        {
            json.WriteStartArray();
            foreach (Figures.ReportFigure figure in figures)
            {
                if (figure.Prose is not { } prose) continue;
                json.WriteStartObject();
                json.WriteString("id", prose.Id);
                json.WriteString("label", prose.Label);
                Number(json, "value", figure.Value);
                json.WriteString("table", figure.Table);
                json.WriteStartArray("cells");
                foreach (Figures.ProseCell cell in figure.StandsFor)
                {
                    json.WriteStartObject();
                    json.WriteString("row", cell.Row);
                    json.WriteString("column", cell.Column);
                    json.WriteString("rowLabel", cell.RowLabel);
                    json.WriteString("columnLabel", cell.ColumnLabel);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString("phrase", prose.Phrase);
                json.WriteString("sentence", prose.Sentence);
                Number(json, "line", prose.Line > 0 ? prose.Line : null);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void WriteCell(Utf8JsonWriter json, FindingCell cell)
        {
            json.WriteStartObject();
            json.WriteString("table", cell.Table);
            json.WriteString("row", cell.Row);
            json.WriteString("column", cell.Column);
            json.WriteString("rowLabel", cell.RowLabel);
            json.WriteString("columnLabel", cell.ColumnLabel);
            Number(json, "line", cell.Line);
            if (cell.Source.IsMoreThanLine)
            {
                json.WritePropertyName("source");
                WriteSource(json, cell.Source);
            }
            json.WriteString("year", cell.PreviousYear ? "last" : "this");
            if (cell.Imputed is decimal imputed) json.WriteNumber("imputed", imputed);
            json.WriteEndObject();
        }

        /// <summary>The full place in the input: element path, page and box (PDF points, origin bottom left), line and column; only the parts that are known.</summary>
        private static void WriteSource(Utf8JsonWriter json, SourceLocation source)
        {
            json.WriteStartObject();
            if (source.Path is not null) json.WriteString("path", source.Path);
            if (source.Page > 0) json.WriteNumber("page", source.Page);
            if (source.Box is PageBox box)
            {
                json.WritePropertyName("box");
                WriteBox(json, box);
            }
            if (source.Line > 0) json.WriteNumber("line", source.Line);
            if (source.Line > 0 && source.Column > 0) json.WriteNumber("column", source.Column);
            json.WriteString("text", source.ToString());
            json.WriteEndObject();
        }

        public static void WriteComparison(Utf8JsonWriter json, YearComparison comparison)
        {
            json.WriteStartObject();
            json.WriteStartObject("lastYear");
            json.WriteString("path", comparison.LastYear.Path);
            json.WriteString("version", comparison.LastYear.Format!.Format.Version);
            json.WriteEndObject();
            json.WriteStartObject("thisYear");
            json.WriteString("path", comparison.ThisYear.Path);
            json.WriteString("version", comparison.ThisYear.Format!.Format.Version);
            json.WriteEndObject();
            json.WriteBoolean("sameVersion", comparison.SameVersion);
            json.WriteString("basis", comparison.Basis);
            json.WriteStartArray("scope");
            foreach (string note in comparison.ScopeNotes) json.WriteStringValue(note);
            json.WriteEndArray();
            json.WriteStartArray("rules");
            foreach (RuleApplicability rule in comparison.Rules)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", rule.RuleId);
                json.WriteString("rule", rule.Rule);
                json.WriteBoolean("applied", rule.Applied);
                json.WriteString("reason", rule.Reason);
                json.WriteNumber("violations", rule.Violations);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (CheckFinding finding in comparison.Findings) WriteFinding(json, finding);
            json.WriteEndArray();
            json.WriteStartArray("figures");
            foreach (FigureChange figure in comparison.Figures)
            {
                json.WriteStartObject();
                json.WriteString("table", figure.Table);
                json.WriteString("tableNumber", figure.SectionNumber);
                json.WriteString("row", figure.Row);
                json.WriteString("rowLabel", figure.RowLabel);
                json.WriteString("column", figure.Column);
                json.WriteString("columnLabel", figure.ColumnLabel);
                json.WriteString("scope", figure.Scope switch { FigureScope.Both => "both", FigureScope.OnlyLastYear => "lastYearOnly", _ => "thisYearOnly" });
                Number(json, "lastYear", figure.LastYear);
                Number(json, "thisYear", figure.ThisYear);
                Number(json, "change", figure.Change);
                json.WriteString("note", figure.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>A PDF box in points, origin at the page's bottom left.</summary>
        internal static void WriteBox(Utf8JsonWriter json, PageBox box)
        {
            json.WriteStartObject();
            json.WriteNumber("left", box.Left);
            json.WriteNumber("bottom", box.Bottom);
            json.WriteNumber("right", box.Right);
            json.WriteNumber("top", box.Top);
            json.WriteEndObject();
        }

        private static void Number(Utf8JsonWriter json, string name, int? value)
        {
            if (value is int number) json.WriteNumber(name, number);
            else json.WriteNull(name);
        }

        private static void Number(Utf8JsonWriter json, string name, decimal? value)
        {
            if (value is decimal number) json.WriteNumber(name, number);
            else json.WriteNull(name);
        }

        private static void Number(Utf8JsonWriter json, string name, double? value)
        {
            if (value is double number) json.WriteNumber(name, number);
            else json.WriteNull(name);
        }

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
