using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Commands;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input — and a bad file never stops a batch.</summary>
    public class ExitCodeTests
    {
        [Fact]
        public void A_clean_report_exits_0()
            => Assert.Equal(0, CliHarness.Run("check", Repo.Seed("001")).ExitCode);

        [Fact]
        public void Errors_exit_1()
            => Assert.Equal(1, CliHarness.Run("check", Repo.Seed("003")).ExitCode);

        [Fact]
        public void Fail_on_decides_whether_warnings_fail()
        {
            var warningOnly = new FileCheckResult("x.txt", CheckStatus.Checked, null, null, new StatutoryTable[0],
                new[] { CheckFinding.Simple("SG3004", FindingSeverity.Warning, FindingOrigin.Presence, "empty") }, null);
            var noteOnly = new FileCheckResult("y.txt", CheckStatus.Checked, null, null, new StatutoryTable[0],
                new[] { CheckFinding.Simple("SG4003", FindingSeverity.Info, FindingOrigin.Input, "uncertain") }, null);
            Assert.Equal(0, ExitCodes.For(new[] { warningOnly }, new CheckFinding[0], FindingSeverity.Error));
            Assert.Equal(1, ExitCodes.For(new[] { warningOnly }, new CheckFinding[0], FindingSeverity.Warning));
            Assert.Equal(0, ExitCodes.For(new[] { noteOnly }, new CheckFinding[0], FindingSeverity.Warning));
        }

        [Fact]
        public void Fail_on_warning_on_the_command_line()
        {
            // Seed 001 has no finding at all: clean at either threshold.
            Assert.Equal(0, CliHarness.Run("check", Repo.Seed("001"), "--fail-on", "warning").ExitCode);
        }

        [Fact]
        public void A_batch_with_unreadable_files_reports_every_other_file_and_exits_2()
        {
            using var temp = new TempFolder();
            string binary = temp.File("binary.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF });
            string missing = Path.Combine(temp.Path, "missing.txt");
            CliRun run = CliHarness.Run("check", Repo.Seed("000"), binary, Repo.Seed("001"), missing, Repo.Seed("003"), "--format", "json");
            Assert.Equal(2, run.ExitCode);
            var files = run.Json().GetProperty("files").EnumerateArray().ToArray();
            Assert.Equal(new[] { Repo.Seed("000"), binary, Repo.Seed("001"), missing, Repo.Seed("003") }, files.Select(f => f.GetProperty("path").GetString()));
            Assert.Equal(new[] { "checked", "unreadable", "checked", "unreadable", "checked" }, files.Select(f => f.GetProperty("status").GetString()));
            Assert.Contains("NUL bytes", files[1].GetProperty("problem").GetString());
            Assert.Equal("no such file", files[3].GetProperty("problem").GetString());
            Assert.Equal("SG4001", files[3].GetProperty("findings")[0].GetProperty("ruleId").GetString());
            Assert.Equal("2019", files[4].GetProperty("format").GetProperty("version").GetString());
            Assert.Equal(2, run.Json().GetProperty("summary").GetProperty("notChecked").GetInt32());
        }

        [Fact]
        public void Text_output_of_a_batch_with_an_unreadable_file_still_has_every_file()
        {
            CliRun run = CliHarness.Run("check", Repo.Seed("001"), "/no/such/dir/report.txt");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("/no/such/dir/report.txt: error SG4001: not checked: no such file", run.Out);
            Assert.Matches(@"/no/such/dir/report.txt\s+unreadable", run.Out);
            Assert.Contains("2 files: 1 error, 0 warnings, 1 not checked", run.Out);
        }

        [Fact]
        public void An_empty_directory_still_gets_a_result()
        {
            using var temp = new TempFolder();
            CliRun run = CliHarness.Run("check", temp.Path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("the directory holds no report file of a kind schemagen reads", run.Out);
        }

        [Theory]
        [InlineData("check")]
        [InlineData("check", "x.txt", "--format", "xml")]
        [InlineData("check", "x.txt", "--fail-on", "note")]
        [InlineData("check", "x.txt", "--schema", "2020")]
        [InlineData("check", "a.txt", "--pair", "b.txt", "c.txt")]
        [InlineData("check", "--pair", "only-one.txt")]
        [InlineData("frobnicate")]
        [InlineData("generate", "schema.yaml")]
        [InlineData("compare", "one.txt")]
        [InlineData()]
        public void Usage_errors_exit_2(params string[] args)
        {
            CliRun run = CliHarness.Run(args);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("schemagen --help", run.Err);
            Assert.Equal("", run.Out);
        }

        [Fact]
        public void Help_exits_0()
        {
            CliRun run = CliHarness.Run("check", "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--fail-on", run.Out);
        }
    }
}
