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
        public static void Write(TextWriter writer, IReadOnlyList<FileCheckResult> results)
        {
            var table = new TextTable("file", "format", "present", "missing", "empty", "unplaceable", "errors", "warnings").AlignRight(6, 7);
            foreach (FileCheckResult result in results)
            {
                table.Add(
                    result.Path,
                    FormatCell(result),
                    Numbers(result, TablePresence.Present),
                    Numbers(result, TablePresence.Missing),
                    Numbers(result, TablePresence.Empty),
                    Numbers(result, TablePresence.Unplaceable),
                    result.Errors.ToString(CultureInfo.InvariantCulture),
                    result.Warnings.ToString(CultureInfo.InvariantCulture));
            }
            table.WriteTo(writer);
            int unreadable = results.Count(r => r.Status != CheckStatus.Checked);
            writer.WriteLine($"{Plural(results.Count, "file")}: {Plural(results.Sum(r => r.Errors), "error")}, {Plural(results.Sum(r => r.Warnings), "warning")}"
                + (unreadable > 0 ? $", {unreadable} not checked" : ""));
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
