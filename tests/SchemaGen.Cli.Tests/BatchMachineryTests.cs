using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Documents;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>The pieces behind a batch: the reorder buffer, the time budget, the file probe, the bounded read, the streamed JSON, the output file.</summary>
    public sealed class BatchMachineryTests : IDisposable
    {
        private readonly TempFolder _temp = new();

        public void Dispose() => _temp.Dispose();

        private sealed record Item(int Index);

        private static BatchWork<Item> Work(Func<int, CancellationToken, Item?> run)
            => new(run, index => new Item(-1 - index), (index, _) => new Item(-1000 - index));

        [Fact]
        public void Results_come_back_in_input_order_however_the_work_finishes_and_never_more_than_the_window_ahead()
        {
            var random = new Random(11);
            int[] delays = Enumerable.Range(0, 200).Select(_ => random.Next(0, 4)).ToArray();
            int started = 0, consumed = 0, furthestAhead = 0;
            var order = new List<int>();
            bool complete = OrderedBatch<Item>.Run(delays.Length, 3, null, Work((index, _) =>
            {
                int ahead = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
                InterlockedMax(ref furthestAhead, ahead);
                Thread.Sleep(delays[index]);
                return new Item(index);
            }), (index, item) =>
            {
                Assert.Equal(index, item.Index);
                order.Add(index);
                Interlocked.Increment(ref consumed);
            }, CancellationToken.None);

            Assert.True(complete);
            Assert.Equal(Enumerable.Range(0, delays.Length), order);
            // The window is four items per worker; this count of consumed items lags the batch's own by the one being handed over.
            Assert.InRange(furthestAhead, 1, 3 * 4 + 1);
        }

        [Fact]
        public void An_interrupt_hands_back_the_results_done_and_leaves_out_those_in_flight()
        {
            using var interrupt = new CancellationTokenSource();
            var consumed = new List<int>();
            bool complete = OrderedBatch<Item>.Run(50, 2, null, Work((index, token) =>
            {
                // Item 5 is stuck until the interrupt; once the consumer has item 4, the interrupt comes.
                if (index == 5) token.WaitHandle.WaitOne();
                return new Item(index);
            }), (index, _) =>
            {
                consumed.Add(index);
                if (index == 4) interrupt.Cancel();
            }, interrupt.Token);

            Assert.False(complete);
            Assert.Equal(new[] { 0, 1, 2, 3, 4 }, consumed.Take(5));
            Assert.DoesNotContain(5, consumed);
            Assert.Equal(consumed.OrderBy(i => i), consumed);
            Assert.True(consumed.Count < 50);
        }

        [Fact]
        public void A_check_that_ignores_its_token_is_abandoned_at_the_budget_and_the_batch_goes_on()
        {
            using var release = new ManualResetEventSlim();
            try
            {
                string[] paths = Enumerable.Range(0, 20).Select(i => i == 7 ? "stuck.txt" : $"{i}.txt").ToArray();
                var work = new BatchWork<FileCheckResult>((index, _) =>
                {
                    if (paths[index] == "stuck.txt") release.Wait(); // deaf to cancellation: the worst case
                    return FileCheckResult.Unreadable(paths[index], "fine");
                }, index => FileCheckResult.TimedOut(paths[index], TimeSpan.FromMilliseconds(300)), (index, ex) => FileCheckResult.Failed(paths[index], ex.Message, null));
                var results = new List<FileCheckResult>();
                bool complete = OrderedBatch<FileCheckResult>.Run(paths.Length, 2, TimeSpan.FromMilliseconds(300), work, (_, result) => results.Add(result), CancellationToken.None);

                Assert.True(complete);
                Assert.Equal(paths, results.Select(r => r.Path));
                FileCheckResult stuck = results[7];
                Assert.Equal(CheckStatus.Failed, stuck.Status);
                Assert.Equal("timed out after 0.3 s (the per-file time budget, --file-timeout)", stuck.Problem);
                Assert.Equal("SG4002", Assert.Single(stuck.Findings).RuleId);
                Assert.All(results.Where(r => r.Path != "stuck.txt"), r => Assert.Equal("fine", r.Problem));
            }
            finally
            {
                release.Set();
            }
        }

        [Fact]
        public void A_timed_out_check_has_its_token_cancelled_so_a_reader_can_stop()
        {
            var cancelled = new ManualResetEventSlim();
            var results = new List<Item>();
            bool complete = OrderedBatch<Item>.Run(1, 1, TimeSpan.FromMilliseconds(100), Work((index, token) =>
            {
                token.WaitHandle.WaitOne();
                cancelled.Set();
                return new Item(index);
            }), (_, item) => results.Add(item), CancellationToken.None);
            Assert.True(complete);
            Assert.Equal(-1, Assert.Single(results).Index); // the timed-out stand-in, not what the work returned after
            Assert.True(cancelled.Wait(TimeSpan.FromSeconds(30)), "the check's token was not cancelled");
        }

        [Fact]
        public void Work_that_throws_gets_its_failed_result_and_the_batch_goes_on()
        {
            var results = new List<Item>();
            OrderedBatch<Item>.Run(5, 2, null, Work((index, _) => index == 2 ? throw new InvalidOperationException("boom") : new Item(index)),
                (_, item) => results.Add(item), CancellationToken.None);
            Assert.Equal(new[] { 0, 1, -1002, 3, 4 }, results.Select(r => r.Index));
        }

        [Fact]
        public void The_probe_tells_regular_files_from_directories_links_and_missing_paths()
        {
            string file = _temp.File("report.txt", "x");
            Assert.Equal((FileNature.RegularFile, 1L), (FileProbe.Probe(file).Nature, FileProbe.Probe(file).Size));
            Assert.Equal(FileNature.Directory, FileProbe.Probe(_temp.Path).Nature);
            Assert.Equal("no such file", FileProbe.Probe(Path.Combine(_temp.Path, "missing.txt")).Problem);
            Assert.Equal(FileNature.Missing, FileProbe.Probe(Path.Combine(file, "below-a-file.txt")).Nature);
            if (OperatingSystem.IsWindows()) return;
            string link = Path.Combine(_temp.Path, "link.txt");
            File.CreateSymbolicLink(link, "report.txt"); // relative, as links usually are
            Assert.Equal((FileNature.RegularFile, 1L), (FileProbe.Probe(link).Nature, FileProbe.Probe(link).Size));
        }

        [Fact]
        public void The_probe_refuses_FIFOs_sockets_devices_and_links_to_them_without_opening_them()
        {
            if (!BatchFolder.HasFifos) return; // Windows has no FIFOs, sockets or devices in its file system

            string fifo = Path.Combine(_temp.Path, "pipe.txt");
            BatchFolder.MakeFifo(fifo);
            string link = Path.Combine(_temp.Path, "to-pipe.txt");
            File.CreateSymbolicLink(link, fifo);
            string socketPath = Path.Combine(_temp.Path, "socket.txt");
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(socketPath));

            // Opening the FIFO would block this test forever: that it returns at all is half the assertion.
            Assert.Equal(FileNature.Fifo, FileProbe.Probe(fifo).Nature);
            Assert.Equal(FileNature.Fifo, FileProbe.Probe(link).Nature);
            Assert.Equal(FileNature.Socket, FileProbe.Probe(socketPath).Nature);
            Assert.Equal(FileNature.CharacterDevice, FileProbe.Probe("/dev/zero").Nature);
            Assert.Equal("is a FIFO (named pipe), not a regular file; it was not opened", FileProbe.Probe(fifo).Problem);
            Assert.False(InputBytes.TryRead(fifo, 1 << 20, CancellationToken.None, out _, out string? problem));
            Assert.Contains("FIFO", problem);
        }

        [Fact]
        public void A_file_over_the_size_limit_is_refused_unread_and_one_under_it_is_read_whole()
        {
            string big = Path.Combine(_temp.Path, "big.txt");
            BatchFolder.MakeSparse(big, 3L * 1024 * 1024);
            Assert.False(InputBytes.TryRead(big, 2L * 1024 * 1024, CancellationToken.None, out byte[] none, out string? problem));
            Assert.Empty(none);
            Assert.Equal("is 3 MiB, more than the 2 MiB limit (--max-file-size); it was not read", problem);

            byte[] content = Enumerable.Range(0, 3_000_000).Select(i => (byte)(i % 251)).ToArray();
            string read = _temp.File("read.bin", content);
            Assert.True(InputBytes.TryRead(read, 3L * 1024 * 1024, CancellationToken.None, out byte[] bytes, out _));
            Assert.Equal(content, bytes);
        }

        [Fact]
        public void A_file_longer_than_its_reported_size_is_read_on_and_still_held_to_the_limit()
        {
            // /proc files are regular files whose size reads as 0: what a file that grew after its size was taken looks like.
            const string grows = "/proc/self/status";
            Assert.Equal(0, new FileInfo(grows).Length);
            Assert.True(InputBytes.TryRead(grows, 1 << 20, CancellationToken.None, out byte[] bytes, out string? problem), problem);
            Assert.StartsWith("Name:", Encoding.ASCII.GetString(bytes));
            Assert.False(InputBytes.TryRead(grows, 16, CancellationToken.None, out byte[] none, out problem));
            Assert.Empty(none);
            Assert.EndsWith("(it grew while being read)", problem);

            string empty = _temp.File("empty.txt", Array.Empty<byte>());
            Assert.True(InputBytes.TryRead(empty, 1 << 20, CancellationToken.None, out byte[] nothing, out _));
            Assert.Empty(nothing);
        }

        [Fact]
        public void Json_written_in_pieces_is_byte_for_byte_the_document_written_whole()
        {
            var elements = Enumerable.Range(0, 3).Select(i => (JsonNode?)new JsonObject { ["i"] = i, ["名"] = "自然人", ["x"] = 0.5m, ["n"] = null }).ToArray();
            var whole = new JsonObject { ["schema"] = "s", ["files"] = new JsonArray(elements.Select(e => e!.DeepClone()).ToArray()), ["summary"] = new JsonObject { ["files"] = 3 } };
            var expected = new StringWriter();
            expected.Write(whole.ToJsonString(JsonOutput.SerializerOptions) + "\n");

            var actual = new StringWriter();
            var json = new StreamingJson(actual);
            json.Writer.WriteStartObject();
            json.Writer.WriteString("schema", "s");
            json.Writer.WriteStartArray("files");
            json.Flush();
            foreach (JsonNode? element in elements)
            {
                json.Write(element);
                json.Flush();
            }
            json.Writer.WriteEndArray();
            json.Write("summary", new JsonObject { ["files"] = 3 });
            json.Writer.WriteEndObject();
            json.Finish();

            Assert.Equal(expected.ToString(), actual.ToString());
        }

        [Fact]
        public void Json_handed_over_as_bytes_is_the_text_the_writer_would_have_written_after_what_it_held()
        {
            static void WriteDocument(StreamingJson json, TextWriter writer)
            {
                writer.Write("前 "); // what the writer holds before the JSON: it must come first either way
                json.Writer.WriteStartArray();
                json.Flush();
                foreach (string name in new[] { "自然人", "商业企业", "a\"b" })
                {
                    json.Write(new JsonObject { ["名"] = name, ["x"] = 0.5m });
                    json.Flush();
                }
                json.Writer.WriteEndArray();
                json.Finish();
            }

            var text = new StringWriter();
            WriteDocument(new StreamingJson(text), text);

            var bytes = new MemoryStream();
            var writer = new StreamWriter(bytes, new UTF8Encoding(false));
            WriteDocument(new StreamingJson(writer, bytes), writer);

            Assert.StartsWith("前 [", text.ToString());
            Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), bytes.ToArray());
        }

        [Fact]
        public void Check_output_to_a_byte_stream_or_a_file_is_the_text_output_byte_for_byte()
        {
            foreach (string format in new[] { "json", "sarif", "text", "html" })
            {
                CliRun asText = CliHarness.Run("check", Repo.Seeds, "--format", format);
                Assert.Contains("001_", asText.Out);

                var standardOutput = new MemoryStream();
                var writer = new StreamWriter(standardOutput, new UTF8Encoding(false));
                int code = Cli.Run(new[] { "check", Repo.Seeds, "--format", format }, new CliContext(writer, TextWriter.Null, false) { OutBytes = standardOutput });
                writer.Flush();
                Assert.Equal(asText.ExitCode, code);
                Assert.Equal(Encoding.UTF8.GetBytes(asText.Out), standardOutput.ToArray());

                string file = Path.Combine(_temp.Path, "out." + format);
                Assert.Equal(asText.ExitCode, CliHarness.Run("check", Repo.Seeds, "--format", format, "--output", file).ExitCode);
                Assert.Equal(Encoding.UTF8.GetBytes(asText.Out), File.ReadAllBytes(file));
            }
        }

        [Fact]
        public void An_output_file_appears_only_when_committed_and_an_abandoned_one_leaves_the_old_file()
        {
            string path = _temp.File("out.json", "old");
            using (OutputTarget target = OutputTarget.Open(path, TextWriter.Null))
            {
                target.Writer.Write("half a docu");
                Assert.Equal("old", File.ReadAllText(path));
            }
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));

            using (OutputTarget target = OutputTarget.Open(path, TextWriter.Null))
            {
                target.Writer.Write("new");
                target.Commit();
            }
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));
        }

        [Fact]
        public void The_registry_picks_a_reader_by_content_then_name_then_as_text()
        {
            byte[] word = File.ReadAllBytes(ReportFiles.WordReportPath);
            byte[] text = System.Text.Encoding.UTF8.GetBytes(ReportFiles.SeedText("001"));
            var readers = InputReaders.Default;
            Assert.IsType<WordDocumentReader>(DocumentReaders.Choose(readers.Readers, word, "saved.txt"));
            Assert.IsType<WordDocumentReader>(DocumentReaders.Choose(readers.Readers, text, "renamed.docx"));
            Assert.Equal(DocumentKind.Text, DocumentReaders.Choose(readers.Readers, text, "report")!.Kind);
            Assert.Null(DocumentReaders.Choose(readers.Readers, new byte[] { 0, 1, 2 }, "data.bin"));
            Assert.Contains(DocumentReaders.All, r => r is WordDocumentReader);

            // A name of a kind without a reader is that kind, unread, rather than text.
            InputChoice page = readers.Choose(System.Text.Encoding.UTF8.GetBytes("<html><body>x</body></html>"), "page.html", null);
            Assert.Equal(DocumentKind.Html, page.Kind);
            Assert.Equal(DocumentReaders.OfKind(DocumentKind.Html) is null, page.Reader is null);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
