using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parquet;
using Parquet.Schema;
using SchemaGen.Cli.Extracting;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Formats;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Prose;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// Figures the prose gives where the table gives none (seeds 000, 002 and 004: 75 = 73 + 2; 45; 593 = 575 + 18 =
    /// 584 + 9) in every output: extract's rows (CSV, JSON Lines, Parquet), the check's JSON and SARIF, the HTML report.
    /// </summary>
    public class ProseFiguresOutputTests
    {
        private static readonly Lazy<List<Dictionary<string, string>>> Rows = new(() =>
        {
            CliRun run = CliHarness.Run("extract", Repo.Seed("000"), Repo.Seed("002"), Repo.Seed("004"));
            Assert.True(run.ExitCode == 0, run.ToString());
            return ExtractTests.ReadCsv(run.Out);
        });

        private static FormatEntry Format2021 => FormatCatalog.Find("2021")!;

        /// <summary>"received=75 [NewlyReceived:Total + CarriedOver:Total] row= column=": what one prose row says.</summary>
        private static string Describe(Dictionary<string, string> r) => $"{r["prose_id"]}={r["value"]} [{r["cells"]}] row={r["row"]} column={r["column"]}";

        [Fact]
        public void Extract_gives_the_prose_figures_of_the_seeds_without_tables_as_prose_rows()
        {
            var prose = Rows.Value.Where(r => r["origin"] == "prose").ToList();
            Assert.Equal(prose.Count, Rows.Value.Count);

            var seed004 = prose.Where(r => r["file"] == Repo.Seed("004")).Select(Describe).ToArray();
            Assert.Equal(new[]
            {
                "received=593 [NewlyReceived:Total + CarriedOver:Total] row= column=",
                "newly-received=575 [NewlyReceived:Total] row=NewlyReceived column=Total",
                "carried-over=18 [CarriedOver:Total] row=CarriedOver column=Total",
                "concluded=584 [Outcomes.Total:Total] row=Outcomes.Total column=Total",
                "carried-forward=9 [CarriedForward:Total] row=CarriedForward column=Total",
            }, seed004);
            Assert.Equal(new[] { "received=45 [NewlyReceived:Total + CarriedOver:Total] row= column=" },
                prose.Where(r => r["file"] == Repo.Seed("002")).Select(Describe));
            var seed000 = prose.Where(r => r["file"] == Repo.Seed("000") && r["table"] == "Applications").ToDictionary(r => r["prose_id"], r => r["value"]);
            Assert.Equal("75", seed000["received"]);
            Assert.Equal("2", seed000["carried-over"]);
            Assert.Equal("2", seed000["carried-forward"]);
            // 73 outcomes: the figures the prose gives for them add up to 75 - 2.
            Assert.Equal(73m, new[] { "granted", "partially-granted", "withheld", "unable-to-provide", "not-processed" }.Sum(id => decimal.Parse(seed000[id], CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void Each_prose_row_names_the_cells_its_declared_figure_stands_for_and_a_sum_is_never_one_cell()
        {
            var prose = Rows.Value.Where(r => r["origin"] == "prose").ToList();
            Assert.NotEmpty(prose);
            SchemaDescriptor schema = Format2021.Descriptor;
            foreach (var r in prose)
            {
                ProseDescriptor declared = schema.Prose.Single(p => p.Id == r["prose_id"]);
                Assert.Equal(declared.TableId, r["table"]);
                Assert.Equal(declared.Label, r["prose_label"]);
                Assert.Equal(string.Join(" + ", declared.Cells.Select(c => c.Row + ":" + c.Column)), r["cells"]);
                if (declared.Cells.Count == 1)
                    Assert.Equal((declared.Cells[0].Row, declared.Cells[0].Column), (r["row"], r["column"]));
                else
                    Assert.Equal(("", "", "", ""), (r["row"], r["row_label"], r["column"], r["column_label"]));
                // Where it was read: the words and the sentence that state it, and its line.
                Assert.Contains(r["raw"], r["sentence"]);
                Assert.NotEqual("", r["line"]);
            }
            Assert.Contains(prose, r => r["cells"].Contains(" + ", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Json_lines_and_parquet_hold_the_same_prose_rows()
        {
            var csv = ExtractTests.ReadCsv(CliHarness.Run("extract", Repo.Seed("004")).Out);
            Assert.Equal(5, csv.Count(r => r["origin"] == "prose"));

            CliRun json = CliHarness.Run("extract", Repo.Seed("004"), "--format", "json");
            Assert.Equal(0, json.ExitCode);
            var lines = json.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(csv.Select(r => (r["origin"], r["prose_id"], r["cells"], r["value"])),
                lines.Select(l => (l.GetProperty("origin").GetString()!, l.GetProperty("prose_id").GetString()!, l.GetProperty("cells").GetString()!,
                    l.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture))));

            string path = Path.Combine(Path.GetTempPath(), "schemagen-prose-" + Guid.NewGuid().ToString("N") + ".parquet");
            try
            {
                CliRun run = CliHarness.Run("extract", Repo.Seed("004"), "--format", "parquet", "--output", path);
                Assert.True(run.ExitCode == 0, run.ToString());
                await using ParquetReader reader = await ParquetReader.CreateAsync(path);
                DataField[] fields = reader.Schema.GetDataFields();
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(0);
                async Task<string?[]> Column(string name)
                {
                    var values = new string?[group.RowCount];
                    await group.ReadAsync(fields.Single(f => f.Name == name), values!);
                    return values;
                }
                var values = new double?[group.RowCount];
                await group.ReadAsync<double>(fields.Single(f => f.Name == "value"), values);
                Assert.Equal(csv.Select(r => r["origin"]), await Column("origin"));
                Assert.Equal(csv.Select(r => r["cells"]), await Column("cells"));
                Assert.Equal(csv.Select(r => (string?)r["prose_id"]), await Column("prose_id"));
                Assert.Equal(csv.Select(r => (double?)double.Parse(r["value"], CultureInfo.InvariantCulture)), values);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void The_check_s_json_and_sarif_name_the_prose_figures_of_the_note()
        {
            JsonElement finding = CliHarness.Run("check", Repo.Seed("004"), "--format", "json").Json().GetProperty("files")[0].GetProperty("findings")
                .EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SG3041");
            JsonElement[] prose = finding.GetProperty("prose").EnumerateArray().ToArray();
            Assert.Equal(new[] { "received", "newly-received", "carried-over", "concluded", "carried-forward" }, prose.Select(p => p.GetProperty("id").GetString()));
            JsonElement received = prose[0];
            Assert.Equal(593m, received.GetProperty("value").GetDecimal());
            Assert.Equal(new[] { ("NewlyReceived", "Total"), ("CarriedOver", "Total") },
                received.GetProperty("cells").EnumerateArray().Select(c => (c.GetProperty("row").GetString()!, c.GetProperty("column").GetString()!)));
            Assert.Equal(8, received.GetProperty("line").GetInt32());
            Assert.Contains("593", received.GetProperty("sentence").GetString());
            // Findings not about the prose keep their shape.
            Assert.All(CliHarness.Run("check", Repo.Seed("003"), "--format", "json").Json().GetProperty("files")[0].GetProperty("findings").EnumerateArray(),
                f => Assert.False(f.TryGetProperty("prose", out _), f.GetProperty("ruleId").GetString()));

            CliRun sarif = CliHarness.Run("check", Repo.Seed("004"), "--format", "sarif");
            SarifSchema.AssertValid(sarif.Out);
            JsonElement result = sarif.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "SG3041");
            JsonElement[] properties = result.GetProperty("properties").GetProperty("prose").EnumerateArray().ToArray();
            Assert.Equal(prose.Select(p => (p.GetProperty("id").GetString(), p.GetProperty("value").GetDecimal())),
                properties.Select(p => (p.GetProperty("id").GetString(), p.GetProperty("value").GetDecimal())));
        }

        [Fact]
        public void The_html_report_draws_one_cell_prose_figures_in_their_cells_and_lists_the_sums_with_their_cells()
        {
            using var folder = new TempFolder();
            string page = Path.Combine(folder.Path, "report.html");
            CliRun run = CliHarness.Run("check", Repo.Seed("004"), "--format", "html", "--output", page);
            Assert.True(run.ExitCode == 1, run.ToString());
            IDocument document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            // Table 三 is missing, yet drawn for the figures its prose gives, each in its one cell and marked as prose.
            IElement applications = document.QuerySelectorAll("table.layout").Single(t => t.GetAttribute("data-table") == "Applications");
            var drawn = applications.QuerySelectorAll("td.fig.prose").Select(td => (td.GetAttribute("data-row"), td.GetAttribute("data-column"), td.TextContent)).ToArray();
            Assert.Equal(new[] { ("NewlyReceived", "Total", "575"), ("CarriedOver", "Total", "18"), ("Outcomes.Total", "Total", "584"), ("CarriedForward", "Total", "9") },
                drawn.Select(d => (d.Item1!, d.Item2!, d.Item3)));
            Assert.All(applications.QuerySelectorAll("td.fig.prose"), td => Assert.Contains("taken from the report's prose", td.GetAttribute("title")));
            // The sum (593 = 新收 + 上年结转) is in no cell: it is listed with the cells it stands for.
            Assert.DoesNotContain(applications.QuerySelectorAll("td.fig"), td => td.TextContent == "593");
            IElement received = document.QuerySelector("ul.prose li[data-prose='received']")!;
            Assert.Equal("NewlyReceived:Total CarriedOver:Total", received.GetAttribute("data-cells"));
            Assert.Equal("593", received.GetAttribute("data-value"));
            Assert.Contains("一、本年新收政府信息公开申请数量 × 总计 + 二、上年结转政府信息公开申请数量 × 总计", received.TextContent);
            // Every other cell of the missing table is drawn as not read.
            Assert.All(applications.QuerySelectorAll("td.fig:not(.prose)"), td => Assert.Equal("absent", td.GetAttribute("data-origin")));
        }

        [Fact]
        public void A_sentence_wrapped_across_lines_is_read_whole_and_its_figure_keeps_the_line_it_stands_on()
        {
            // Seed 004 as a page wraps it: 截至2021年底已經辦 | 結584件, the figure on line 9.
            string text = File.ReadAllText(Repo.Seed("004"));
            Assert.Contains("已經辦結584件", text);
            using var folder = new TempFolder();
            string wrapped = folder.File("004-wrapped.txt", text.Replace("已經辦結584件", "已經辦\n結584件"));

            JsonElement note = CliHarness.Run("check", wrapped, "--format", "json").Json().GetProperty("files")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("ruleId").GetString() == "SG3041");
            JsonElement concluded = note.GetProperty("prose").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "concluded");
            Assert.Equal(584m, concluded.GetProperty("value").GetDecimal());
            Assert.Equal(9, concluded.GetProperty("line").GetInt32());
            // The sentence is quoted whole, across the break, and the check on it is made as on the unwrapped text.
            Assert.Contains("已經辦結584件(另有9件結轉下年度辦理)", concluded.GetProperty("sentence").GetString());
            Assert.Contains("balance in 总计: 593 = 584 + 9", note.GetProperty("message").GetString());
        }

        [Fact]
        public void A_part_the_prose_does_not_mention_is_unknown_not_0_yet_stated_parts_that_exceed_their_total_still_disagree()
        {
            SchemaDescriptor schema = FormatCatalog.Find("2019")!.Descriptor;
            TableDescriptor applications = schema.Tables.Single(t => t.Id == "Applications");
            ProseFigure Figure(string id, decimal value) => new(id, "Applications", schema.Prose.Single(p => p.Id == id).Label, value, id, "sentence", "Overview", 1);

            // 9 concluded, 5 + 2 + 1 stated: the 1 left is 其他处理, which the prose may not mention. No disagreement.
            var consistent = ProseConsistency.Check(schema, applications, new[] { Figure("concluded", 9), Figure("granted", 5), Figure("partially-granted", 2), Figure("unable-to-provide", 1) });
            ProseCheck outcomes = Assert.Single(consistent, c => c.Subject == "outcome-total (总计)");
            Assert.True(outcomes.Holds, outcomes.Text);
            Assert.Equal("outcome-total in 总计: 9 = 5 + 2 + 1 + 1 not stated in the prose", outcomes.Text);

            // 7 concluded, but 5 + 2 + 1 = 8 stated: whatever the unmentioned parts are, the prose contradicts itself.
            var broken = ProseConsistency.Check(schema, applications, new[] { Figure("concluded", 7), Figure("granted", 5), Figure("partially-granted", 2), Figure("unable-to-provide", 1) });
            ProseCheck contradiction = Assert.Single(broken, c => c.Subject == "outcome-total (总计)");
            Assert.False(contradiction.Holds);
            Assert.Equal("outcome-total in 总计: 7 ≠ 5 + 2 + 1 + parts not stated in the prose", contradiction.Text);

            // Received 30 and concluded 27, nothing said of 结转下年度: consistent (3 left to it), not 30 ≠ 27.
            var balance = ProseConsistency.Check(schema, applications, new[] { Figure("received", 30), Figure("concluded", 27) });
            Assert.Contains(balance, c => c.Holds && c.Text == "balance in 总计: 30 = 27 + 3 not stated in the prose");
            Assert.DoesNotContain(balance, c => !c.Holds);

            // Both sides open (新收 alone against the outcomes' parts): nothing either way, so not reported as checked.
            var open = ProseConsistency.Check(schema, applications, new[] { Figure("newly-received", 10), Figure("granted", 4) });
            Assert.DoesNotContain(open, c => c.Subject.StartsWith("balance", StringComparison.Ordinal));
        }

        [Fact]
        public void What_the_prose_check_keeps_per_table_gives_each_call_the_same_answer_whatever_ran_before_or_beside_it()
        {
            // The schema-only part of the check (cell numbers, derivations, rule instances) is made once per table and shared
            // by every call and thread: no call may leave anything in it that changes another's answer.
            SchemaDescriptor schema = FormatCatalog.Find("2021")!.Descriptor;
            TableDescriptor applications = schema.Tables.Single(t => t.Id == "Applications");
            ProseFigure Figure(string id, decimal value) => new(id, "Applications", schema.Prose.Single(p => p.Id == id).Label, value, id, "sentence", "Overview", 1);
            ProseFigure[][] sets =
            {
                new[] { Figure("concluded", 9), Figure("granted", 5), Figure("partially-granted", 2), Figure("unable-to-provide", 1) },
                new[] { Figure("concluded", 7), Figure("granted", 5), Figure("partially-granted", 2), Figure("unable-to-provide", 1) },
                new[] { Figure("received", 30), Figure("concluded", 27) },
                new[] { Figure("newly-received", 10), Figure("granted", 4) },
            };
            string Answer(ProseFigure[] figures) => string.Join("\n", ProseConsistency.Check(schema, applications, figures).Select(c => $"{c.Subject} {c.Holds} {c.Text}"));

            string[] first = sets.Select(Answer).ToArray();
            Assert.All(first.Take(3), answer => Assert.NotEqual("", answer)); // each of these is checked against something
            Assert.Contains("False", first[1]);
            Assert.Equal(first, sets.Reverse().Select(Answer).Reverse().ToArray());
            var beside = new string[400];
            System.Threading.Tasks.Parallel.For(0, beside.Length, i => beside[i] = Answer(sets[i % sets.Length]));
            for (int i = 0; i < beside.Length; i++) Assert.Equal(first[i % sets.Length], beside[i]);
        }
    }
}
