using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Comparing;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Output
{
    /// <summary>Human-readable output of check and compare.</summary>
    public static class TextReporter
    {
        public static void WriteFile(TextWriter writer, FileCheckResult result)
        {
            writer.WriteLine(result.Path);
            // Plain text was the only input before other kinds were read; its block keeps its shape.
            if (result.InputKind is DocumentKind kind && kind != DocumentKind.Text)
                writer.WriteLine("  input: " + InputReaders.Word(kind));
            if (result.Status == CheckStatus.Checked)
            {
                writer.WriteLine("  " + FormatLine(result.Format!));
                writer.WriteLine("  tables: " + string.Join(" · ", result.Tables.Select(TableWord)));
            }
            foreach (CheckFinding finding in result.Findings)
                writer.WriteLine("  " + FindingText.Line(result.Path, finding));
            if (result.Status == CheckStatus.Checked)
                writer.WriteLine($"  {SummaryTable.Plural(result.Errors, "error")}, {SummaryTable.Plural(result.Warnings, "warning")}, {SummaryTable.Plural(result.Notes, "note")}");
            writer.WriteLine();
        }

        public static string FormatLine(FormatChoice choice)
        {
            string key = choice.Format.Descriptor.Key;
            // The detector's evidence can run to a dozen sentences: text shows the first two, JSON and SARIF carry all.
            string evidence = choice.Evidence.Count == 0 ? "" : " — " + string.Join("; ", choice.Evidence.Take(2))
                + (choice.Evidence.Count > 2 ? $"; … ({choice.Evidence.Count - 2} more in --format json)" : "");
            if (choice.Forced)
                return $"format {choice.Format.Version} ({key}), forced by --schema"
                    + (choice.DetectedVersion is null ? "" : $"; detected {choice.DetectedVersion} with confidence {FindingText.Confidence(choice.Confidence)}");
            return $"format {choice.Format.Version} ({key}), confidence {FindingText.Confidence(choice.Confidence)}{evidence}";
        }

        /// <summary>"三 present (161 figures)", "二 missing", "四 unplaceable".</summary>
        private static string TableWord(StatutoryTable table)
        {
            string word = table.Presence switch
            {
                TablePresence.Present => $"present ({table.Blocks.Sum(b => b.Figures)} figures)",
                TablePresence.Empty => "empty",
                TablePresence.Unplaceable => "unplaceable",
                _ => "missing",
            };
            var absentBlocks = table.Presence == TablePresence.Present ? table.Blocks.Where(b => b.Presence != TablePresence.Present).ToArray() : System.Array.Empty<TableStatus>();
            string blocks = absentBlocks.Length == 0 ? "" : " but " + string.Join(", ", absentBlocks.Select(b => $"{b.Caption} {YearComparer.Describe(b.Presence)}"));
            return $"{table.Number} {word}{blocks}";
        }

        private static int Add(List<string> notes, string note)
        {
            notes.Add(note);
            return notes.Count;
        }

        public static void WriteComparison(TextWriter writer, YearComparison comparison)
        {
            writer.WriteLine($"last year: {comparison.LastYear.Path}");
            writer.WriteLine("  " + FormatLine(comparison.LastYear.Format!));
            writer.WriteLine($"this year: {comparison.ThisYear.Path}");
            writer.WriteLine("  " + FormatLine(comparison.ThisYear.Format!));
            writer.WriteLine();
            writer.WriteLine("what can be compared:");
            foreach (string note in comparison.ScopeNotes) writer.WriteLine("  " + note);
            writer.WriteLine();
            writer.WriteLine("cross-year rules:");
            foreach (RuleApplicability rule in comparison.Rules)
            {
                string state = !rule.Applied ? "not applied: " + rule.Reason
                    : rule.Violations == 0 ? "holds" : $"broken ({SummaryTable.Plural(rule.Violations, "finding")})";
                writer.WriteLine($"  {rule.RuleId} ({rule.Rule}): {state}");
            }
            foreach (CheckFinding finding in comparison.Findings.Where(f => f.Origin == FindingOrigin.AcrossYears && f.RuleId != CheckerRules.NotComparable.Id))
            {
                writer.WriteLine("  " + FindingText.Line(comparison.ThisYear.Path, finding));
                foreach (FindingCell cell in finding.Cells.Where(c => c.PreviousYear))
                    writer.WriteLine($"    last year's {cell.RowLabel} × {cell.ColumnLabel} at {comparison.LastYear.Path}" + (cell.Line is int l ? $":{l}" : ""));
            }
            writer.WriteLine();
            writer.WriteLine("year over year:");
            var table = new TextTable("table", "row", "column", "last year", "this year", "change", "").AlignRight(3, 4, 5);
            var notes = new List<string>();
            foreach (FigureChange figure in comparison.Figures)
            {
                string last = figure.Scope == FigureScope.OnlyThisYear ? "n/a" : FindingText.Number(figure.LastYear);
                string current = figure.Scope == FigureScope.OnlyLastYear ? "n/a" : FindingText.Number(figure.ThisYear);
                // A figure matched only approximately (a 2019 row carried whole into a 2021 sub-row) is marked * and explained below.
                string mark = figure.Scope == FigureScope.Both && figure.Note is not null ? "*" + (notes.IndexOf(figure.Note) is int i && i >= 0 ? i + 1 : Add(notes, figure.Note)) : "";
                table.Add(DisplayWidth.Truncate(figure.TableName, 40), DisplayWidth.Truncate(figure.RowLabel, 36), DisplayWidth.Truncate(figure.ColumnLabel, 30), last, current, FindingText.Signed(figure.Change), mark);
            }
            table.WriteTo(writer);
            writer.WriteLine("(blank = not stated; n/a = that year's format has no such figure)");
            for (int i = 0; i < notes.Count; i++) writer.WriteLine($"*{i + 1} {notes[i]}");
        }
    }
}
