using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// `schemagen check some-folder/` with text, Word, HTML and PDF files side by side: one result per file, read by the
    /// reader of its kind (content first, then name), with the page or element named for inputs other than text. The PDF
    /// is rendered by the test corpus (SchemaGen.Corpus) as agencies print theirs.
    /// </summary>
    public sealed class InputKindTests : System.IDisposable
    {
        private readonly TempFolder _folder = new();

        public InputKindTests()
        {
            string seed = ReportFiles.SeedText("001");
            _folder.File("a-report.txt", seed);
            _folder.File("b-report.docx", File.ReadAllBytes(ReportFiles.WordReportPath));
            _folder.File("c-report.html", ReportFiles.HtmlPage(seed));
            _folder.File("d-report.pdf", Corpus.Corpus.Render(ReportFormat.V2021, 7, PdfShapes.Ruled).Content);
            _folder.File("e-notes.xyz", "not a report");
        }

        public void Dispose() => _folder.Dispose();

        private string PathOf(string name) => Path.Combine(_folder.Path, name);

        private static JsonElement FileResult(CliRun run, string path)
            => run.Json().GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path);

        [Fact]
        public void A_folder_of_text_Word_HTML_and_PDF_gives_one_result_per_supported_file_in_name_order()
        {
            CliRun run = CliHarness.Run("check", _folder.Path, "--format", "json");
            var paths = run.Json().GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToArray();
            Assert.Equal(new[] { "a-report.txt", "b-report.docx", "c-report.html", "d-report.pdf" }.Select(PathOf), paths);

            foreach (string name in new[] { "a-report.txt", "b-report.docx", "c-report.html", "d-report.pdf" })
            {
                JsonElement file = FileResult(run, PathOf(name));
                Assert.Equal("checked", file.GetProperty("status").GetString());
                Assert.Equal("2021", file.GetProperty("format").GetProperty("version").GetString());
                Assert.Equal(0, file.GetProperty("counts").GetProperty("errors").GetInt32());
                Assert.All(file.GetProperty("tables").EnumerateArray(), t => Assert.Equal("present", t.GetProperty("presence").GetString()));
            }
            // Plain text keeps the shape JSON had before other kinds were read; the others say what they were read as.
            Assert.False(FileResult(run, PathOf("a-report.txt")).TryGetProperty("inputKind", out _));
            Assert.Equal("word", FileResult(run, PathOf("b-report.docx")).GetProperty("inputKind").GetString());
            Assert.Equal("schemagen: 1 file under " + _folder.Path + " skipped, not of a kind schemagen reads (.xyz)\n", run.Err);
        }

        [Fact]
        public void An_HTML_page_is_read_by_the_HTML_reader()
        {
            CliRun run = CliHarness.Run("check", _folder.Path, "--format", "json");
            JsonElement file = FileResult(run, PathOf("c-report.html"));
            Assert.Equal("checked", file.GetProperty("status").GetString());
            Assert.Equal("html", file.GetProperty("inputKind").GetString());
            Assert.Equal("2021", file.GetProperty("format").GetProperty("version").GetString());
            Assert.All(file.GetProperty("tables").EnumerateArray(), t => Assert.Equal("present", t.GetProperty("presence").GetString()));
            Assert.Equal(0, file.GetProperty("counts").GetProperty("errors").GetInt32());
        }

        [Fact]
        public void A_finding_in_an_HTML_page_names_the_cell_element_and_its_line_in_text_JSON_and_SARIF()
        {
            // 一、本年新收 × 总计 says 21 where its parts add up to 20.
            string broken = ReportFiles.Replace(ReportFiles.SeedText("001"), "一、本年新收政府信息公开申请数量 | 17 | 3 | 0 | 0 | 0 | 0 | 20 |", "一、本年新收政府信息公开申请数量 | 17 | 3 | 0 | 0 | 0 | 0 | 21 |");
            string path = _folder.File("broken.html", ReportFiles.HtmlPage(broken));

            CliRun json = CliHarness.Run("check", path, "--format", "json");
            JsonElement total = FileResult(json, path).GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "applicant-total");
            JsonElement source = total.GetProperty("source");
            string element = source.GetProperty("path").GetString()!;
            Assert.Matches(@"^body/table\[\d+\](/tbody)?/tr\[\d+\]/td\[8\]$", element);
            int line = source.GetProperty("line").GetInt32();
            Assert.Equal(line, total.GetProperty("line").GetInt32());
            string[] pageLines = File.ReadAllLines(path);
            Assert.Contains("<td>21</td>", pageLines[line - 1]);
            Assert.Equal($"{element} (line {line}:{source.GetProperty("column").GetInt32()})", source.GetProperty("text").GetString());

            CliRun text = CliHarness.Run("check", path);
            Assert.Contains($"  {path}:{source.GetProperty("text").GetString()}: error applicant-total: ", text.Out);

            CliRun sarif = CliHarness.Run("check", path, "--format", "sarif");
            SarifSchema.AssertValid(sarif.Out);
            JsonElement location = sarif.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "applicant-total").GetProperty("locations")[0];
            Assert.Equal(line, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(element, location.GetProperty("logicalLocations").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "element").GetProperty("fullyQualifiedName").GetString());
        }

        [Fact]
        public void A_PDF_is_read_by_the_PDF_reader()
        {
            CliRun run = CliHarness.Run("check", _folder.Path, "--format", "json");
            JsonElement file = FileResult(run, PathOf("d-report.pdf"));
            Assert.Equal("checked", file.GetProperty("status").GetString());
            Assert.Equal("pdf", file.GetProperty("inputKind").GetString());
            Assert.Equal("2021", file.GetProperty("format").GetProperty("version").GetString());
            Assert.All(file.GetProperty("tables").EnumerateArray(), t => Assert.Equal("present", t.GetProperty("presence").GetString()));
            Assert.Equal(0, file.GetProperty("counts").GetProperty("errors").GetInt32());
        }

        [Fact]
        public void A_finding_in_a_PDF_names_its_page_and_box_in_text_JSON_and_SARIF()
        {
            RenderedReport report = Corpus.Corpus.Render(ReportFormat.V2021, 11, PdfShapes.Ruled, BreakageKind.FigureChanged);
            string path = _folder.File("broken.pdf", report.Content);
            var expected = report.ExpectedFindings.Where(f => f.Subject is not null).ToArray();
            Assert.NotEmpty(expected);

            CliRun json = CliHarness.Run("check", path, "--format", "json");
            var findings = FileResult(json, path).GetProperty("findings").EnumerateArray().ToArray();
            foreach (var finding in expected)
            {
                JsonElement found = findings.Single(f => f.GetProperty("ruleId").GetString() == finding.RuleId
                    && f.GetProperty("row").GetString() == finding.Subject!.Value.Row && f.GetProperty("column").GetString() == finding.Subject.Value.Column);
                JsonElement source = found.GetProperty("source");
                Assert.True(source.GetProperty("page").GetInt32() >= 1);
                Assert.True(source.GetProperty("box").GetProperty("right").GetDouble() > source.GetProperty("box").GetProperty("left").GetDouble());
                Assert.Equal(JsonValueKind.Null, found.GetProperty("line").ValueKind);
            }

            CliRun text = CliHarness.Run("check", path);
            Assert.Matches(@"\n  " + Regex.Escape(path) + @":page \d+ \(x \d+–\d+, y \d+–\d+\): error " + Regex.Escape(expected[0].RuleId) + ": ", text.Out);

            CliRun sarif = CliHarness.Run("check", path, "--format", "sarif");
            SarifSchema.AssertValid(sarif.Out);
            JsonElement physical = sarif.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .First(r => r.GetProperty("ruleId").GetString() == expected[0].RuleId).GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.True(physical.GetProperty("properties").GetProperty("page").GetInt32() >= 1);
            Assert.False(physical.TryGetProperty("region", out _));
        }

        [Fact]
        public void The_mixed_folder_gives_SARIF_that_validates_with_an_artifact_per_file_and_its_media_type()
        {
            CliRun run = CliHarness.Run("check", _folder.Path, "--format", "sarif");
            SarifSchema.AssertValid(run.Out);
            JsonElement sarifRun = run.Json().GetProperty("runs")[0];
            var artifacts = sarifRun.GetProperty("artifacts").EnumerateArray().ToArray();
            Assert.Equal(4, artifacts.Length);
            Assert.All(artifacts, a => Assert.Equal("checked", a.GetProperty("properties").GetProperty("status").GetString()));
            Assert.Equal("text/plain", artifacts[0].GetProperty("mimeType").GetString());
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", artifacts[1].GetProperty("mimeType").GetString());
            Assert.Equal("text/html", artifacts[2].GetProperty("mimeType").GetString());
            Assert.Equal("application/pdf", artifacts[3].GetProperty("mimeType").GetString());
            Assert.Equal("word", artifacts[1].GetProperty("properties").GetProperty("inputKind").GetString());
            JsonElement notification = Assert.Single(sarifRun.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
            Assert.Contains("1 file under", notification.GetProperty("message").GetProperty("text").GetString());
        }

        [Fact]
        public void Text_output_has_a_block_per_file_and_names_what_each_was_read_as()
        {
            CliRun run = CliHarness.Run("check", _folder.Path);
            Assert.Contains(PathOf("b-report.docx") + "\n  input: word\n  format 2021", run.Out);
            Assert.Contains(PathOf("c-report.html") + "\n  input: html\n  format 2021", run.Out);
            Assert.Contains(PathOf("d-report.pdf") + "\n  input: pdf\n  format 2021", run.Out);
            Assert.Contains("4 files: 0 errors, ", run.Out);
        }

        [Fact]
        public void Content_decides_over_the_name_and_the_name_over_nothing()
        {
            using var temp = new TempFolder();
            string wordNamedText = temp.File("saved-as.txt", File.ReadAllBytes(ReportFiles.WordReportPath));
            string textNamedWord = temp.File("renamed.docx", ReportFiles.SeedText("001"));
            string textWithoutExtension = temp.File("report", ReportFiles.SeedText("001"));
            CliRun run = CliHarness.Run("check", wordNamedText, textNamedWord, textWithoutExtension, "--format", "json");

            JsonElement word = FileResult(run, wordNamedText);
            Assert.Equal(("checked", "word"), (word.GetProperty("status").GetString(), word.GetProperty("inputKind").GetString()));
            // No signature says text: the name says Word, and the Word reader says what it is not.
            JsonElement named = FileResult(run, textNamedWord);
            Assert.Equal("SG3050", named.GetProperty("findings")[0].GetProperty("ruleId").GetString());
            Assert.Contains("not a Word document", named.GetProperty("problem").GetString());
            JsonElement text = FileResult(run, textWithoutExtension);
            Assert.Equal("checked", text.GetProperty("status").GetString());
            Assert.Equal("2021", text.GetProperty("format").GetProperty("version").GetString());
        }

        [Fact]
        public void Input_format_forces_the_reader()
        {
            CliRun asText = CliHarness.Run("check", PathOf("b-report.docx"), "--input-format", "text", "--format", "json");
            JsonElement file = FileResult(asText, PathOf("b-report.docx"));
            Assert.Equal("unreadable", file.GetProperty("status").GetString());
            Assert.Contains("NUL bytes", file.GetProperty("problem").GetString());

            CliRun asWord = CliHarness.Run("check", PathOf("a-report.txt"), "--input-format", "word", "--format", "json");
            Assert.Contains("not a Word document", FileResult(asWord, PathOf("a-report.txt")).GetProperty("problem").GetString());
        }

        [Fact]
        public void A_finding_in_a_Word_file_names_its_element_in_text_JSON_and_SARIF()
        {
            // 一、本年新收 × 总计 says 439 where its parts add up to 438.
            string path = _folder.File("broken.docx", ReportFiles.WordReportWith(">438<", ">439<"));
            var elementPath = new Regex(@"^body(/[a-z]+\[\d+\])+$");

            CliRun text = CliHarness.Run("check", path);
            var lines = text.Out.Split('\n').Where(l => l.Contains(": error ")).ToArray();
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.Matches(@"^  " + Regex.Escape(path) + @":body/\S+: error ", l));

            CliRun json = CliHarness.Run("check", path, "--format", "json");
            var errors = FileResult(json, path).GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("level").GetString() == "error").ToArray();
            Assert.NotEmpty(errors);
            JsonElement total = errors.Single(f => f.GetProperty("ruleId").GetString() == "applicant-total");
            Assert.Equal(("NewlyReceived", "Total"), (total.GetProperty("row").GetString(), total.GetProperty("column").GetString()));
            Assert.Equal(JsonValueKind.Null, total.GetProperty("line").ValueKind);
            Assert.Matches(elementPath, total.GetProperty("source").GetProperty("path").GetString()!);
            Assert.Equal(439m, total.GetProperty("actual").GetDecimal());

            CliRun sarif = CliHarness.Run("check", path, "--format", "sarif");
            SarifSchema.AssertValid(sarif.Out);
            JsonElement result = sarif.Json().GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "applicant-total");
            JsonElement location = result.GetProperty("locations")[0];
            Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
            JsonElement element = location.GetProperty("logicalLocations").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "element");
            Assert.Equal(total.GetProperty("source").GetProperty("path").GetString(), element.GetProperty("fullyQualifiedName").GetString());
        }
    }
}
