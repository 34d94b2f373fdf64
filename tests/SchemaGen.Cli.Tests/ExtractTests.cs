using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using CsvHelper;
using Parquet;
using Parquet.Schema;
using SchemaGen.Cli.Extracting;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Formats;
using SchemaGen.Formats.Detection;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Formats;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>`schemagen extract` over the five seeds and the twelve real Hebei reports, checked against the generated parsers' own models.</summary>
    public class ExtractTests
    {
        private static readonly string Corpus = Path.Combine(Repo.Root, "tests", "fixtures", "corpus");

        private static readonly Lazy<(CliRun Run, List<Dictionary<string, string>> Rows)> SeedsAndCorpus = new(() =>
        {
            CliRun run = CliHarness.Run("extract", Repo.Seeds, Corpus, "--format", "csv");
            return (run, ReadCsv(run.Out));
        });

        internal static List<Dictionary<string, string>> ReadCsv(string text)
        {
            using CsvReader csv = CsvReader.FromText(text);
            var rows = new List<Dictionary<string, string>>();
            string[] headers = csv.Headers.ToArray();
            Assert.Equal(ExtractRow.Columns, headers);
            while (csv.Read())
            {
                Assert.Equal(headers.Length, csv.FieldCount);
                rows.Add(headers.Select((h, i) => (h, csv.GetString(i))).ToDictionary(p => p.h, p => p.Item2));
            }
            return rows;
        }

        private static IEnumerable<string> ReportFilesOf(params string[] folders)
            => folders.SelectMany(f => Directory.GetFiles(f, "*.txt", SearchOption.AllDirectories)).OrderBy(p => p, StringComparer.Ordinal);

        /// <summary>The typed model's table for <paramref name="table"/>, read through the generated property of the same name.</summary>
        private static object ModelTable(object report, TableDescriptor table)
            => report.GetType().GetProperty(table.Id, BindingFlags.Public | BindingFlags.Instance)!.GetValue(report)!;

        private static decimal? ModelCell(object modelTable, int row, int column)
        {
            MethodInfo getCell = modelTable.GetType().GetMethod("GetCell", new[] { typeof(int), typeof(int) })!;
            object? value = getCell.Invoke(modelTable, new object[] { row, column });
            return value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        }

        [Fact]
        public void The_csv_of_the_seeds_and_the_corpus_holds_every_figure_of_the_parsed_models_cell_for_cell()
        {
            (CliRun run, List<Dictionary<string, string>> rows) = SeedsAndCorpus.Value;
            Assert.True(run.ExitCode == 0, run.ToString());
            string[] files = ReportFilesOf(Repo.Seeds, Corpus).ToArray();
            Assert.Equal(17, files.Length);

            int compared = 0;
            foreach (string path in files)
            {
                string text = File.ReadAllText(path);
                FormatEntry format = FormatDetector.Detect(text).Format;
                ParsedReport parsed = format.Format.Parse(text);
                var fileRows = rows.Where(r => r["file"] == path).ToList();
                Assert.All(fileRows, r => Assert.Equal(format.Version, r["format_version"]));

                var expected = new List<string>();
                var expectedImputed = new List<string>();
                foreach (TableDescriptor table in format.Descriptor.Tables)
                {
                    object modelTable = ModelTable(parsed.Report, table);
                    SectionDescriptor section = format.Descriptor.Section(table.SectionId);
                    for (int r = 0; r < table.LeafRows.Count; r++)
                        for (int c = 0; c < table.LeafColumns.Count; c++)
                        {
                            if (ModelCell(modelTable, r, c) is not decimal value) continue;
                            AxisNodeDescriptor row = table.LeafRows[r], column = table.LeafColumns[c];
                            // A blank total the parser computed from its parts is in the model too, marked imputed.
                            bool imputed = (parsed.Report as SchemaGen.Runtime.IMarkedReport)?.MarksOf(table.Id)?.IsImputed(row.Path, column.Id) == true;
                            (imputed ? expectedImputed : expected).Add(string.Join("|", section.Number, table.Id, row.Path, row.NumberedLabel, column.Id, table.LabelPathOf(column), ExtractRow.Number(value)));
                        }
                }
                var stated = fileRows.Where(r => r["origin"] == "stated")
                    .Select(r => string.Join("|", r["section"], r["table"], r["row"], r["row_label"], r["column"], r["column_label"], r["value"]))
                    .ToList();
                Assert.Equal(expected, stated);
                Assert.Equal(expectedImputed, fileRows.Where(r => r["origin"] == "imputed")
                    .Select(r => string.Join("|", r["section"], r["table"], r["row"], r["row_label"], r["column"], r["column_label"], r["value"])).ToList());
                compared += expected.Count + expectedImputed.Count;

                // Every unplaced figure names the reader's diagnostic that left it out, and that diagnostic is in the reading.
                foreach (var r in fileRows.Where(r => r["origin"] == "unplaced"))
                {
                    Assert.Equal("", r["value"]);
                    string id = r["reason"].Split(':')[0];
                    Assert.Contains(parsed.Reading.Diagnostics, d => d.Id == id && d.Table == r["table"] && (d.Row ?? "") == r["row"]);
                }
            }
            // The seeds 001 and 003 and the twelve Hebei reports: well over a thousand figures.
            Assert.True(compared > 1500, $"{compared} figures compared");
            Assert.Equal(compared, rows.Count(r => r["origin"] is "stated" or "imputed"));
            Assert.Contains(rows, r => r["origin"] == "unplaced");
        }

        [Theory]
        [InlineData("seeds/001_5d8db5c6007b71c2.txt", "安宁市人民政府办公室", "2022", "2021")]
        [InlineData("seeds/003_2751fb31f42ef292.txt", "绍兴市人民政府办公室", "2020", "2019")]
        [InlineData("corpus/hebei/001_hebei-kejiting_2023.txt", "河北省科学技术厅", "2023", "2021")]
        [InlineData("corpus/hebei/012_hebei-jiaoyuting_2019.txt", "", "2019", "2019")]
        public void Each_row_names_the_report_s_agency_year_and_format_version(string file, string agency, string year, string version)
        {
            var fileRows = SeedsAndCorpus.Value.Rows.Where(r => r["file"].EndsWith(file, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(fileRows);
            Assert.All(fileRows, r => Assert.Equal((agency, year, version), (r["agency"], r["report_year"], r["format_version"])));
        }

        [Fact]
        public void A_known_figure_of_seed_001_has_its_labels_line_and_value()
        {
            var row = SeedsAndCorpus.Value.Rows.Single(r => r["file"] == Repo.Seed("001") && r["table"] == "Applications" && r["row"] == "NewlyReceived" && r["column"] == "Total");
            Assert.Equal("一、本年新收政府信息公开申请数量", row["row_label"]);
            Assert.Equal("总计", row["column_label"]);
            Assert.Equal("20", row["value"]);
            Assert.Equal("29", row["line"]);
            Assert.Equal("收到和处理政府信息公开申请情况", row["table_label"]);
        }

        [Fact]
        public void The_readme_documents_exactly_the_columns_extract_writes()
        {
            string readme = File.ReadAllText(Path.Combine(Repo.Root, "src", "SchemaGen.Cli", "README.md"));
            int start = readme.IndexOf("| column | type | what |", StringComparison.Ordinal);
            Assert.True(start >= 0, "the README has no extract column table");
            var documented = readme.Substring(start).Split('\n').Skip(2).TakeWhile(l => l.StartsWith("| `", StringComparison.Ordinal))
                .Select(l => l.Split('`')[1]).ToArray();
            Assert.Equal(ExtractRow.Columns, documented);
        }

        [Fact]
        public void An_unreadable_input_is_one_row_that_says_why_and_exit_code_2()
        {
            string missing = Path.Combine(Path.GetTempPath(), "schemagen-no-such-" + Guid.NewGuid().ToString("N") + ".txt");
            CliRun run = CliHarness.Run("extract", missing, Repo.Seed("001"));
            Assert.Equal(2, run.ExitCode);
            var rows = ReadCsv(run.Out);
            var unread = Assert.Single(rows, r => r["file"] == missing);
            Assert.Equal("unread", unread["origin"]);
            Assert.Contains("no such file", unread["reason"]);
            Assert.Contains(rows, r => r["file"] == Repo.Seed("001") && r["origin"] == "stated");
            Assert.Contains("not read", run.Err);
        }

        [Fact]
        public void Json_lines_hold_the_same_rows_with_numbers_as_numbers()
        {
            CliRun run = CliHarness.Run("extract", Repo.Seed("003"), "--format", "json");
            Assert.Equal(0, run.ExitCode);
            var csvRows = ReadCsv(CliHarness.Run("extract", Repo.Seed("003")).Out);
            string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(csvRows.Count, lines.Length);
            for (int i = 0; i < lines.Length; i++)
            {
                JsonElement line = JsonDocument.Parse(lines[i]).RootElement;
                foreach (string column in ExtractRow.Columns)
                {
                    string csv = csvRows[i][column];
                    if (csv.Length == 0) Assert.False(line.TryGetProperty(column, out _), column);
                    else if (column is "value" or "line" or "report_year") Assert.Equal(decimal.Parse(csv, CultureInfo.InvariantCulture), line.GetProperty(column).GetDecimal());
                    else Assert.Equal(csv, line.GetProperty(column).GetString());
                }
            }
        }

        [Fact]
        public async Task Parquet_holds_the_same_rows_one_row_group_per_file()
        {
            string path = Path.Combine(Path.GetTempPath(), "schemagen-extract-" + Guid.NewGuid().ToString("N") + ".parquet");
            try
            {
                CliRun run = CliHarness.Run("extract", Repo.Seed("001"), Repo.Seed("003"), "--format", "parquet", "--output", path);
                Assert.True(run.ExitCode == 0, run.ToString());
                var csvRows = ReadCsv(CliHarness.Run("extract", Repo.Seed("001"), Repo.Seed("003")).Out);
                await using ParquetReader reader = await ParquetReader.CreateAsync(path);
                Assert.Equal(2, reader.RowGroupCount);
                DataField[] fields = reader.Schema.GetDataFields();
                Assert.Equal(ExtractRow.Columns, fields.Select(f => f.Name));
                var values = new List<double?>();
                var tables = new List<string?>();
                for (int g = 0; g < reader.RowGroupCount; g++)
                {
                    using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                    var valueColumn = new double?[group.RowCount];
                    await group.ReadAsync<double>(fields.Single(f => f.Name == "value"), valueColumn);
                    var tableColumn = new string[group.RowCount];
                    await group.ReadAsync(fields.Single(f => f.Name == "table"), tableColumn);
                    values.AddRange(valueColumn);
                    tables.AddRange(tableColumn);
                }
                Assert.Equal(csvRows.Select(r => r["value"].Length == 0 ? (double?)null : double.Parse(r["value"], CultureInfo.InvariantCulture)), values);
                Assert.Equal(csvRows.Select(r => r["table"]), tables);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Parquet_needs_an_output_file()
        {
            CliRun run = CliHarness.Run("extract", Repo.Seed("001"), "--format", "parquet");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--output", run.Err);
        }
    }
}
