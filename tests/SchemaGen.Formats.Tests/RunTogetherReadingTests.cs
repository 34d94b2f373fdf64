using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SchemaGen.Formats.Tests.Support;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Formats.Tests
{
    /// <summary>
    /// Cutting a run-together line keeps where each folded character stood in a list the thread reuses for its next long
    /// line: a report read after others on one thread must read as it does alone, every cell and every diagnostic.
    /// The real flattened reports of tests/fixtures/corpus/hebei, read in turn against both formats.
    /// </summary>
    public class RunTogetherReadingTests
    {
        [Fact]
        public void A_flattened_report_read_after_others_on_one_thread_reads_as_it_does_alone()
        {
            string[] files = Directory.GetFiles(Path.Combine(Fixtures.Root, "tests", "fixtures", "corpus", "hebei"), "00*.txt").OrderBy(f => f).ToArray();
            string[] texts = files.Select(File.ReadAllText).Where(t => t.Length > 2000 && t.Count(c => c == '\n') < 5).ToArray();
            Assert.True(texts.Length >= 6, "the flattened reports (one line each) must be found");

            // In turn on this thread, longest last so that each later text's lines fit the list an earlier one grew.
            var inTurn = texts.Concat(texts.Reverse()).Select(Read).ToList();
            for (int i = 0; i < texts.Length; i++)
            {
                List<string> alone = ReadOnFreshThread(texts[i]);
                Assert.Equal(alone, inTurn[i]);
                Assert.Equal(alone, inTurn[2 * texts.Length - 1 - i]);
                Assert.Contains(alone, line => line.StartsWith("cell ")); // the figures were read, not only diagnosed
            }
        }

        private static List<string> ReadOnFreshThread(string text)
        {
            List<string>? result = null;
            var thread = new Thread(() => result = Read(text));
            thread.Start();
            thread.Join();
            return result!;
        }

        /// <summary>Every format's reading of the text as lines: each table's cells in order, then the diagnostics.</summary>
        private static List<string> Read(string text)
        {
            var lines = new List<string>();
            foreach (FormatEntry format in FormatCatalog.All)
            {
                ReportReading reading = format.Check(text).Reading;
                foreach (TableReading table in reading.Tables)
                    foreach (var cell in table.Cells)
                        lines.Add($"cell {format.Version} {table.TableId} {cell.Key.Row} {cell.Key.Column} = {cell.Value.Value} '{cell.Value.Raw}' {cell.Value.Source}");
                lines.AddRange(reading.Diagnostics.Select(d => $"diagnostic {format.Version} {d}"));
            }
            return lines;
        }
    }
}
