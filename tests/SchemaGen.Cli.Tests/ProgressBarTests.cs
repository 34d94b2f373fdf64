using System.Linq;
using SchemaGen.Cli.Output;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>The progress bar draws on stderr for large batches only when stderr is a terminal.</summary>
    public class ProgressBarTests
    {
        private static string[] ManyFiles(int count)
            => new[] { "check" }.Concat(Enumerable.Range(0, count).Select(i => Repo.Seed("00" + (i % 5)))).ToArray();

        [Fact]
        public void Redirected_stderr_gets_no_progress_bar()
        {
            CliRun run = CliHarness.Run(ManyFiles(ProgressBar.MinimumFiles + 2));
            Assert.Equal("", run.Err);
            Assert.DoesNotContain("\r", run.Out);
        }

        [Fact]
        public void A_terminal_gets_a_bar_that_is_wiped_at_the_end()
        {
            int count = ProgressBar.MinimumFiles + 2;
            CliRun run = CliHarness.RunWithTerminal(ManyFiles(count));
            Assert.Contains("\r[", run.Err);
            Assert.Contains($"{count - 1}/{count} ", run.Err);
            Assert.EndsWith("\r", run.Err); // wiped: the cursor is back at the start of an empty line
            Assert.DoesNotContain("\r", run.Out); // the report itself is untouched
        }

        [Fact]
        public void A_small_batch_gets_no_bar_even_on_a_terminal()
        {
            CliRun run = CliHarness.RunWithTerminal(ManyFiles(ProgressBar.MinimumFiles - 1));
            Assert.Equal("", run.Err);
        }
    }
}
