using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Formats;
using SchemaGen.Formats.Detection;
using SchemaGen.Runtime.Formats;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// A made-up next version is one YAML file and no C#: a copy of the 2021 schema with row 四 renamed (id and label), its
    /// own version, notice and namespace, and a migration block from 2021. Generated and compiled in memory, its format
    /// entry goes through detection, check and compare by the APIs that take the list of formats, and diff reads it.
    /// </summary>
    public class ThirdFormatTests
    {
        private const string NewRowLabel = "结转下一年度继续办理";

        private static string ThirdYaml()
        {
            string text = File.ReadAllText(Repo.Schema("2021")).Replace("\r\n", "\n");
            string body = text.Substring(0, text.IndexOf("\nmigration:", StringComparison.Ordinal) + 1);
            string third = body
                .Replace("version: \"2021\"", "version: \"2031\"")
                .Replace("notice: 国办公开办函〔2021〕30号", "notice: 国办公开办函〔2031〕9号")
                .Replace("report-years: { from: 2021 }", "report-years: { from: 2031 }")
                .Replace("namespace: SchemaGen.Formats.V2021", "namespace: Made.Up.V2031")
                .Replace("label: 结转下年度继续办理", "label: " + NewRowLabel)
                .Replace("CarriedForward", "PendingAtYearEnd");
            Assert.Contains("- id: PendingAtYearEnd", third);
            return third + "migration:\n  from: \"2021\"\n  rules:\n    - action: rename\n      from: [Applications.row:CarriedForward]\n      to: [Applications.row:PendingAtYearEnd]\n      note: the same figure under a new name\n";
        }

        /// <summary>Both versions generated and compiled in memory by the real generator; the formats as the generated list gives them.</summary>
        private static readonly Lazy<IReadOnlyList<FormatEntry>> Formats = new(() =>
        {
            var (assembly, diagnostics) = GeneratorHarness.CompileAndLoad(
                GeneratorHarness.FromFile(Repo.Schema("2021")),
                new InMemoryAdditionalText("/made-up/gov-info-annual-report-2031.yaml", ThirdYaml()));
            Assert.True(assembly is not null && diagnostics.IsEmpty, string.Join("\n", diagnostics));
            var all = (IReadOnlyList<IReportFormat>)assembly!.GetType("SchemaGen.Generated.ReportFormats")!
                .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return all.Select(f => new FormatEntry(f)).ToArray();
        });

        /// <summary>Seed 001 as the made-up version would print it: row 四 under its new label, and the new notice cited.</summary>
        private static string ThirdYearReport(bool followingYear)
        {
            string text = File.ReadAllText(Repo.Seed("001")).Replace("四、结转下年继续办理", "四、" + NewRowLabel) + "\n依据国办公开办函〔2031〕9号编制。\n";
            if (followingYear)
                text = text
                    .Replace("一、本年新收政府信息公开申请数量 | 17 | 3 | 0 | 0 | 0 | 0 | 20 |", "一、本年新收政府信息公开申请数量 | 16 | 3 | 0 | 0 | 0 | 0 | 19 |")
                    .Replace("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
            Assert.Contains(NewRowLabel, text);
            return text;
        }

        private static CliRun Run(params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int code = Cli.Run(args, new CliContext(output, error, false) { Formats = Formats.Value });
            return new CliRun(code, output.ToString(), error.ToString());
        }

        [Fact]
        public void The_generator_lists_both_formats_oldest_first_with_the_migration_map()
        {
            Assert.Equal(new[] { "2021", "2031" }, Formats.Value.Select(f => f.Version));
            IReportFormat third = Formats.Value[1].Format;
            Assert.Equal("2021", third.MigratesFrom);
            Assert.NotNull(third.MigrationMap);
            Assert.Equal("gov-info-annual-report@2021", third.MigrationMap!.FromKey);
            Assert.Contains(third.MigrationMap.Cells, c => c.FromRow == "CarriedForward" && c.ToRow == "PendingAtYearEnd");
            Assert.All(third.MigrationMap.Cells, c => Assert.True(c.IsCarried, c.ToString()));
        }

        [Fact]
        public void Detection_tells_the_made_up_version_from_2021()
        {
            FormatDetection third = FormatDetector.Detect(ThirdYearReport(followingYear: false), Formats.Value);
            Assert.Equal("2031", third.Format.Version);
            Assert.Contains(third.Evidence, e => e.StartsWith("2031:") && e.Contains(NewRowLabel));
            Assert.Equal("2021", FormatDetector.Detect(File.ReadAllText(Repo.Seed("001")), Formats.Value).Format.Version);
        }

        [Fact]
        public void Check_reads_and_validates_a_report_of_the_made_up_version()
        {
            FileCheckResult result = new CheckRunner(Formats.Value).Check("third.txt", ThirdYearReport(followingYear: false));
            Assert.Equal(CheckStatus.Checked, result.Status);
            Assert.Equal("2031", result.Format!.Format.Version);
            Assert.DoesNotContain(result.Findings, f => f.Level == Runtime.Validation.FindingSeverity.Error);
            // The renamed row holds the figure printed under its new label.
            object applications = result.Report!.Report.GetType().GetProperty("Applications")!.GetValue(result.Report.Report)!;
            object? pending = applications.GetType().GetMethod("GetCell", new[] { typeof(string), typeof(string) })!.Invoke(applications, new object[] { "PendingAtYearEnd", "Total" });
            Assert.Equal(1m, (decimal?)pending);

            using var temp = new TempFolder();
            CliRun run = Run("check", temp.File("third.txt", ThirdYearReport(followingYear: false)), "--format", "json");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal("2031", run.Json().GetProperty("files")[0].GetProperty("format").GetProperty("version").GetString());
        }

        [Fact]
        public void Compare_carries_last_years_2021_figures_through_the_generated_map()
        {
            using var temp = new TempFolder();
            CliRun run = Run("compare", Repo.Seed("001"), temp.File("third.txt", ThirdYearReport(followingYear: true)), "--format", "json");
            Assert.True(run.ExitCode == 0, run.ToString());
            JsonElement comparison = run.Json();
            Assert.Equal("2031", comparison.GetProperty("thisYear").GetProperty("version").GetString());
            Assert.Contains("as the schema's migration from version 2021 maps them", comparison.GetProperty("basis").GetString());
            var rules = comparison.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
            Assert.True(rules["carry-over-across-years"].GetProperty("applied").GetBoolean());
            Assert.Equal(0, rules["carry-over-across-years"].GetProperty("violations").GetInt32());
            JsonElement pending = comparison.GetProperty("figures").EnumerateArray().Single(f =>
                f.GetProperty("row").GetString() == "PendingAtYearEnd" && f.GetProperty("column").GetString() == "Total");
            Assert.Equal(("both", 1m), (pending.GetProperty("scope").GetString(), pending.GetProperty("lastYear").GetDecimal()));
        }

        [Fact]
        public void Diff_reports_the_declared_rename()
        {
            using var temp = new TempFolder();
            CliRun run = Run("diff", Repo.Schema("2021"), temp.File("gov-info-annual-report-2031.yaml", ThirdYaml()));
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("Applications.row:PendingAtYearEnd", run.Out);
            Assert.Contains("CarriedForward", run.Out);
        }
    }
}
