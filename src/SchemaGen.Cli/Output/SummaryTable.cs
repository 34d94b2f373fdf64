using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SchemaGen.Cli.Checking;
using SchemaGen.Runtime.Reading;

namespace SchemaGen.Cli.Output
{
    /// <summary>The closing table of a check: one line per file with its format, which statutory tables are present, missing, empty or unplaceable, and its counts.</summary>
    public static class SummaryTable
    {
        /// <summary>One file's line of the table, made as the file is done so that the run need not keep its result.</summary>
        public static string[] Row(FileCheckResult result) => new[]
        {
            result.Path,
            FormatCell(result),
            Numbers(result, TablePresence.Present),
            Numbers(result, TablePresence.Missing),
            Numbers(result, TablePresence.Empty),
            Numbers(result, TablePresence.Unplaceable),
            result.Errors.ToString(CultureInfo.InvariantCulture),
            result.Warnings.ToString(CultureInfo.InvariantCulture),
        };

        public static void Write(TextWriter writer, IReadOnlyList<string[]> rows, BatchTally tally)
        {
            var table = new TextTable("file", "format", "present", "missing", "empty", "unplaceable", "errors", "warnings").AlignRight(6, 7);
            foreach (string[] row in rows) table.Add(row);
            table.WriteTo(writer);
            writer.WriteLine($"{Plural(tally.Files, "file")}: {Plural(tally.Errors, "error")}, {Plural(tally.Warnings, "warning")}"
                + (tally.NotChecked > 0 ? $", {tally.NotChecked} not checked" : ""));
        }

        private static string FormatCell(FileCheckResult result) => result.Status switch
        {
            CheckStatus.Unreadable => "unreadable",
            CheckStatus.Failed => "failed",
            _ => result.Format!.Format.Version + (result.Format.Forced ? " (forced)" : ""),
        };

        private static string Numbers(FileCheckResult result, TablePresence presence)
        {
            string numbers = string.Join(" ", result.TablesWith(presence).Select(t => t.Number));
            return numbers.Length == 0 ? "-" : numbers;
        }

        internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
    }
}
