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
            json.WriteString(Names.Name, "schemagen");
            json.WriteString(Names.Version, ToolInfo.Version);
            json.WriteEndObject();
        }

        /// <summary>The closing summary. "interrupted" is there only when the run was: the files listed are then those done.</summary>
        public static void WriteSummary(Utf8JsonWriter json, BatchTally tally, YearComparison? comparison, int exitCode, RunInterruption? interruption)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Files, tally.Files);
            json.WriteNumber(Names.Checked, tally.Checked);
            json.WriteNumber(Names.NotChecked, tally.NotChecked);
            json.WriteNumber(Names.Errors, tally.Errors + (comparison?.Errors ?? 0));
            json.WriteNumber(Names.Warnings, tally.Warnings + (comparison?.Warnings ?? 0));
            json.WriteNumber(Names.ExitCode, exitCode);
            if (interruption is not null)
            {
                json.WriteStartObject(Names.Interrupted);
                json.WriteString(Names.Signal, interruption.Signal);
                json.WriteNumber(Names.FilesDone, tally.Files);
                json.WriteNumber(Names.FilesGiven, interruption.Inputs);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        public static void WriteFile(Utf8JsonWriter json, FileCheckResult result)
        {
            json.WriteStartObject();
            json.WriteString(Names.Path, result.Path);
            json.WriteString(Names.Status, Word(result.Status));
            // Plain text was the only input before other kinds were read; its files keep their shape.
            if (result.InputKind is DocumentKind kind && kind != DocumentKind.Text) json.WriteString(Names.InputKind, InputReaders.Word(kind));
            json.WriteString(Names.Problem, result.Problem);
            json.WritePropertyName(Names.Format);
            if (result.Format is null) json.WriteNullValue();
            else WriteFormat(json, result.Format);
            json.WriteStartArray(Names.Tables);
            foreach (StatutoryTable table in result.Tables) WriteTable(json, table);
            json.WriteEndArray();
            json.WriteStartArray(Names.Findings);
            foreach (CheckFinding finding in result.Findings) WriteFinding(json, finding);
            json.WriteEndArray();
            json.WriteStartObject(Names.Counts);
            json.WriteNumber(Names.Errors, result.Errors);
            json.WriteNumber(Names.Warnings, result.Warnings);
            json.WriteNumber(Names.Notes, result.Notes);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteFormat(Utf8JsonWriter json, FormatChoice choice)
        {
            json.WriteStartObject();
            json.WriteString(Names.Id, choice.Format.Descriptor.FormatId);
            json.WriteString(Names.Version, choice.Format.Version);
            json.WriteString(Names.Key, choice.Format.Descriptor.Key);
            json.WriteString(Names.Title, choice.Format.Descriptor.Title);
            json.WriteString(Names.Notice, choice.Format.Descriptor.Notice);
            json.WriteBoolean(Names.Forced, choice.Forced);
            json.WriteString(Names.DetectedVersion, choice.DetectedVersion);
            Number(json, Names.Confidence, choice.Confidence);
            json.WriteStartArray(Names.Evidence);
            foreach (string evidence in choice.Evidence) json.WriteStringValue(evidence);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteTable(Utf8JsonWriter json, StatutoryTable table)
        {
            json.WriteStartObject();
            json.WriteString(Names.Number, table.Number);
            json.WriteString(Names.Section, table.Section);
            json.WriteString(Names.Heading, table.Heading);
            json.WriteString(Names.Presence, Word(table.Presence));
            json.WriteStartArray(Names.Blocks);
            foreach (TableStatus block in table.Blocks)
            {
                json.WriteStartObject();
                json.WriteString(Names.Table, block.Table);
                json.WriteString(Names.Caption, block.Caption);
                json.WriteString(Names.Label, block.Label);
                json.WriteString(Names.Presence, Word(block.Presence));
                Number(json, Names.Line, block.Line);
                json.WriteNumber(Names.Figures, block.Figures);
                json.WriteNumber(Names.Cells, block.Cells);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        private static void WriteFinding(Utf8JsonWriter json, CheckFinding finding)
        {
            json.WriteStartObject();
            json.WriteString(Names.RuleId, finding.RuleId);
            json.WriteString(Names.Level, finding.Level.Word());
            json.WriteString(Names.Origin, Word(finding.Origin));
            json.WriteString(Names.Message, finding.Message);
            json.WriteString(Names.Section, finding.Section);
            WritePlace(json, finding.Table, finding.SectionNumber, finding.Row, finding.RowLabel, finding.Column, finding.ColumnLabel);
            Number(json, Names.Line, finding.Line);
            Number(json, Names.LineColumn, finding.LineColumn);
            // Line and column say all there is for plain text; other inputs add their element path or page.
            if (finding.HasPlaceBeyondLine)
            {
                json.WritePropertyName(Names.Source);
                WriteSource(json, finding.Source);
            }
            Number(json, Names.Expected, finding.Expected);
            Number(json, Names.Actual, finding.Actual);
            json.WriteStartArray(Names.Cells);
            foreach (FindingCell cell in finding.Cells) WriteCell(json, cell);
            json.WriteEndArray();
            // Only prose findings (SG3040, SG3041) have it: the other findings keep their shape.
            if (finding.Prose.Count > 0)
            {
                json.WritePropertyName(Names.Prose);
                WriteProseFigures(json, finding.Prose);
            }
            json.WriteString(Names.HelpUri, CheckerRules.Find(finding.RuleId).HelpUri);
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
                json.WriteString(Names.Id, prose.Id);
                json.WriteString(Names.Label, prose.Label);
                Number(json, Names.Value, figure.Value);
                json.WriteString(Names.Table, figure.Table);
                json.WriteStartArray(Names.Cells);
                foreach (Figures.ProseCell cell in figure.StandsFor)
                {
                    json.WriteStartObject();
                    json.WriteString(Names.Row, cell.Row);
                    json.WriteString(Names.Column, cell.Column);
                    json.WriteString(Names.RowLabel, cell.RowLabel);
                    json.WriteString(Names.ColumnLabel, cell.ColumnLabel);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString(Names.Phrase, prose.Phrase);
                json.WriteString(Names.Sentence, prose.Sentence);
                Number(json, Names.Line, prose.Line > 0 ? prose.Line : null);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }

        private static void WriteCell(Utf8JsonWriter json, FindingCell cell)
        {
            json.WriteStartObject();
            json.WriteString(Names.Table, cell.Table);
            json.WriteString(Names.Row, cell.Row);
            json.WriteString(Names.Column, cell.Column);
            json.WriteString(Names.RowLabel, cell.RowLabel);
            json.WriteString(Names.ColumnLabel, cell.ColumnLabel);
            Number(json, Names.Line, cell.Line);
            if (cell.Source.IsMoreThanLine)
            {
                json.WritePropertyName(Names.Source);
                WriteSource(json, cell.Source);
            }
            json.WriteString(Names.Year, cell.PreviousYear ? "last" : "this");
            if (cell.Imputed is decimal imputed) json.WriteNumber(Names.Imputed, imputed);
            json.WriteEndObject();
        }

        /// <summary>The full place in the input: element path, page and box (PDF points, origin bottom left), line and column; only the parts that are known.</summary>
        private static void WriteSource(Utf8JsonWriter json, SourceLocation source)
        {
            json.WriteStartObject();
            if (source.Path is not null) json.WriteString(Names.Path, source.Path);
            if (source.Page > 0) json.WriteNumber(Names.Page, source.Page);
            if (source.Box is PageBox box)
            {
                json.WritePropertyName(Names.Box);
                WriteBox(json, box);
            }
            if (source.Line > 0) json.WriteNumber(Names.Line, source.Line);
            if (source.Line > 0 && source.Column > 0) json.WriteNumber(Names.Column, source.Column);
            json.WriteString(Names.Text, source.ToString());
            json.WriteEndObject();
        }

        public static void WriteComparison(Utf8JsonWriter json, YearComparison comparison)
        {
            json.WriteStartObject();
            json.WriteStartObject(Names.LastYear);
            json.WriteString(Names.Path, comparison.LastYear.Path);
            json.WriteString(Names.Version, comparison.LastYear.Format!.Format.Version);
            json.WriteEndObject();
            json.WriteStartObject(Names.ThisYear);
            json.WriteString(Names.Path, comparison.ThisYear.Path);
            json.WriteString(Names.Version, comparison.ThisYear.Format!.Format.Version);
            json.WriteEndObject();
            json.WriteBoolean(Names.SameVersion, comparison.SameVersion);
            json.WriteString(Names.Basis, comparison.Basis);
            json.WriteStartArray(Names.Scope);
            foreach (string note in comparison.ScopeNotes) json.WriteStringValue(note);
            json.WriteEndArray();
            json.WriteStartArray(Names.Rules);
            foreach (RuleApplicability rule in comparison.Rules)
            {
                json.WriteStartObject();
                json.WriteString(Names.RuleId, rule.RuleId);
                json.WriteString(Names.Rule, rule.Rule);
                json.WriteBoolean(Names.Applied, rule.Applied);
                json.WriteString(Names.Reason, rule.Reason);
                json.WriteNumber(Names.Violations, rule.Violations);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray(Names.Findings);
            foreach (CheckFinding finding in comparison.Findings) WriteFinding(json, finding);
            json.WriteEndArray();
            json.WriteStartArray(Names.Figures);
            foreach (FigureChange figure in comparison.Figures)
            {
                json.WriteStartObject();
                WritePlace(json, figure.Table, figure.SectionNumber, figure.Row, figure.RowLabel, figure.Column, figure.ColumnLabel);
                json.WriteString(Names.Scope, figure.Scope switch { FigureScope.Both => "both", FigureScope.OnlyLastYear => "lastYearOnly", _ => "thisYearOnly" });
                Number(json, Names.LastYear, figure.LastYear);
                Number(json, Names.ThisYear, figure.ThisYear);
                Number(json, Names.Change, figure.Change);
                json.WriteString(Names.Note, figure.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        /// <summary>The cell a finding or a change is about, as both write it: its table and the table's number, row and column, each with its label.</summary>
        private static void WritePlace(Utf8JsonWriter json, string? table, string? tableNumber, string? row, string? rowLabel, string? column, string? columnLabel)
        {
            json.WriteString(Names.Table, table);
            json.WriteString(Names.TableNumber, tableNumber);
            json.WriteString(Names.Row, row);
            json.WriteString(Names.RowLabel, rowLabel);
            json.WriteString(Names.Column, column);
            json.WriteString(Names.ColumnLabel, columnLabel);
        }

        /// <summary>A PDF box in points, origin at the page's bottom left.</summary>
        internal static void WriteBox(Utf8JsonWriter json, PageBox box)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Left, box.Left);
            json.WriteNumber(Names.Bottom, box.Bottom);
            json.WriteNumber(Names.Right, box.Right);
            json.WriteNumber(Names.Top, box.Top);
            json.WriteEndObject();
        }

        private static void Number(Utf8JsonWriter json, JsonEncodedText name, int? value)
        {
            if (value is int number) json.WriteNumber(name, number);
            else json.WriteNull(name);
        }

        private static void Number(Utf8JsonWriter json, JsonEncodedText name, decimal? value)
        {
            if (value is decimal number) json.WriteNumber(name, number);
            else json.WriteNull(name);
        }

        private static void Number(Utf8JsonWriter json, JsonEncodedText name, double? value)
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

        /// <summary>
        /// The property names, encoded once: a name given as a string is checked for characters to escape and turned into
        /// UTF-8 at every write, and a batch writes some forty per file.
        /// </summary>
        private static class Names
        {
            public static readonly JsonEncodedText Actual = JsonEncodedText.Encode("actual");
            public static readonly JsonEncodedText Applied = JsonEncodedText.Encode("applied");
            public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
            public static readonly JsonEncodedText Blocks = JsonEncodedText.Encode("blocks");
            public static readonly JsonEncodedText Bottom = JsonEncodedText.Encode("bottom");
            public static readonly JsonEncodedText Box = JsonEncodedText.Encode("box");
            public static readonly JsonEncodedText Caption = JsonEncodedText.Encode("caption");
            public static readonly JsonEncodedText Cells = JsonEncodedText.Encode("cells");
            public static readonly JsonEncodedText Change = JsonEncodedText.Encode("change");
            public static readonly JsonEncodedText Checked = JsonEncodedText.Encode("checked");
            public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
            public static readonly JsonEncodedText ColumnLabel = JsonEncodedText.Encode("columnLabel");
            public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
            public static readonly JsonEncodedText Counts = JsonEncodedText.Encode("counts");
            public static readonly JsonEncodedText DetectedVersion = JsonEncodedText.Encode("detectedVersion");
            public static readonly JsonEncodedText Errors = JsonEncodedText.Encode("errors");
            public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
            public static readonly JsonEncodedText ExitCode = JsonEncodedText.Encode("exitCode");
            public static readonly JsonEncodedText Expected = JsonEncodedText.Encode("expected");
            public static readonly JsonEncodedText Figures = JsonEncodedText.Encode("figures");
            public static readonly JsonEncodedText Files = JsonEncodedText.Encode("files");
            public static readonly JsonEncodedText FilesDone = JsonEncodedText.Encode("filesDone");
            public static readonly JsonEncodedText FilesGiven = JsonEncodedText.Encode("filesGiven");
            public static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
            public static readonly JsonEncodedText Forced = JsonEncodedText.Encode("forced");
            public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
            public static readonly JsonEncodedText Heading = JsonEncodedText.Encode("heading");
            public static readonly JsonEncodedText HelpUri = JsonEncodedText.Encode("helpUri");
            public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
            public static readonly JsonEncodedText Imputed = JsonEncodedText.Encode("imputed");
            public static readonly JsonEncodedText InputKind = JsonEncodedText.Encode("inputKind");
            public static readonly JsonEncodedText Interrupted = JsonEncodedText.Encode("interrupted");
            public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
            public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
            public static readonly JsonEncodedText LastYear = JsonEncodedText.Encode("lastYear");
            public static readonly JsonEncodedText Left = JsonEncodedText.Encode("left");
            public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
            public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
            public static readonly JsonEncodedText LineColumn = JsonEncodedText.Encode("lineColumn");
            public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
            public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
            public static readonly JsonEncodedText NotChecked = JsonEncodedText.Encode("notChecked");
            public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
            public static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");
            public static readonly JsonEncodedText Notice = JsonEncodedText.Encode("notice");
            public static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
            public static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");
            public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
            public static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
            public static readonly JsonEncodedText Phrase = JsonEncodedText.Encode("phrase");
            public static readonly JsonEncodedText Presence = JsonEncodedText.Encode("presence");
            public static readonly JsonEncodedText Problem = JsonEncodedText.Encode("problem");
            public static readonly JsonEncodedText Prose = JsonEncodedText.Encode("prose");
            public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
            public static readonly JsonEncodedText Right = JsonEncodedText.Encode("right");
            public static readonly JsonEncodedText Row = JsonEncodedText.Encode("row");
            public static readonly JsonEncodedText RowLabel = JsonEncodedText.Encode("rowLabel");
            public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
            public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
            public static readonly JsonEncodedText Rules = JsonEncodedText.Encode("rules");
            public static readonly JsonEncodedText SameVersion = JsonEncodedText.Encode("sameVersion");
            public static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
            public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
            public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
            public static readonly JsonEncodedText Signal = JsonEncodedText.Encode("signal");
            public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
            public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
            public static readonly JsonEncodedText Table = JsonEncodedText.Encode("table");
            public static readonly JsonEncodedText TableNumber = JsonEncodedText.Encode("tableNumber");
            public static readonly JsonEncodedText Tables = JsonEncodedText.Encode("tables");
            public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
            public static readonly JsonEncodedText ThisYear = JsonEncodedText.Encode("thisYear");
            public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
            public static readonly JsonEncodedText Top = JsonEncodedText.Encode("top");
            public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
            public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
            public static readonly JsonEncodedText Violations = JsonEncodedText.Encode("violations");
            public static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
            public static readonly JsonEncodedText Year = JsonEncodedText.Encode("year");
        }
    }
}
