using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SchemaGen.Cli.Tests.Support;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// lint and generate on a 10 MB schema and on a "billion laughs" alias bomb (issue 14): SG1016 at file:line:column,
    /// exit 1, nothing written; bounded (a minute is a ceiling that catches a hang, not a speed measurement).
    /// </summary>
    public sealed class SchemaLimitsTests
    {
        private static string Head(string extra = "")
            => extra + "format:\n  id: big\n  version: \"1\"\n  title: 大表格式\n  notice: 测试〔2024〕1号\n  model: BigReport\n  namespace: Big.V1\n"
               + "sections:\n  - { id: Figures, number: 一, label: 数据, kind: tables, tables: [Big] }\n"
               + "tables:\n  - id: Big\n    section: Figures\n    label: 大表\n    columns:\n      - { id: A, label: 甲 }\n    rows:\n";

        private static string TenMegabytes()
        {
            var sb = new StringBuilder(Head());
            for (int i = 1; sb.Length <= 10_000_000; i++) sb.Append("      - { id: R").Append(i).Append(", label: 第").Append(i).Append("行 }\n");
            return sb.ToString();
        }

        private static string AliasBomb()
        {
            var sb = new StringBuilder("x-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (char c = 'b'; c <= 'j'; c++)
                sb.Append("  ").Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
            return Head(sb.ToString()) + "      - { id: R1, label: 行 }\n";
        }

        private static CliRun Bounded(params string[] args)
        {
            Task<CliRun> run = Task.Factory.StartNew(() => CliHarness.Run(args), TaskCreationOptions.LongRunning);
            Assert.True(run.Wait(TimeSpan.FromMinutes(1)), "schemagen " + args[0] + " still running after a minute");
            return run.Result;
        }

        [Theory]
        [InlineData("ten-megabytes", 1, 1)]
        [InlineData("alias-bomb", 7, 10)]
        public void Lint_and_generate_stop_at_SG1016_and_write_nothing(string which, int line, int column)
        {
            using var temp = new TempFolder();
            string schema = temp.File(which + ".yaml", which == "ten-megabytes" ? TenMegabytes() : AliasBomb());
            if (which == "ten-megabytes") Assert.True(new FileInfo(schema).Length > 10_000_000);

            CliRun lint = Bounded("lint", schema);
            Assert.True(lint.ExitCode == 1, lint.ToString());
            Assert.Contains($"{schema}:{line}:{column}: error SG1016:", lint.Out);

            string output = Path.Combine(temp.Path, "out");
            CliRun generate = Bounded("generate", schema, "-o", output);
            Assert.True(generate.ExitCode != 0, generate.ToString());
            Assert.Contains("SG1016", generate.Out + generate.Err);
            Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), "generate wrote files for a schema it refused");
        }
    }
}
