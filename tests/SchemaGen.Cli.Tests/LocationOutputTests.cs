using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;
using SchemaGen.Cli.Tests.Support;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Cli.Tests
{
    /// <summary>
    /// The exact shape of a page location (page and box, as the PDF reader places a cell) in each output format, with a
    /// finding made here so that every value is known; InputKindTests does the same end to end on a rendered PDF.
    /// </summary>
    public class LocationOutputTests
    {
        private static readonly FileCheckResult OnPage = new FileCheckResult("report.pdf", CheckStatus.Unreadable, "no text", null, Array.Empty<StatutoryTable>(),
            new[] { CheckFinding.Simple("SG3051", FindingSeverity.Warning, FindingOrigin.Reading, "page 3 holds no text, only images") with { Source = SourceLocation.OnPage(3, new PageBox(72, 500, 140, 512)) } },
            null).WithInputKind(DocumentKind.Pdf);

        private static string Write(Func<TextWriter, ICheckOutput> output)
        {
            var writer = new StringWriter { NewLine = "\n" };
            ICheckOutput sink = output(writer);
            sink.Begin();
            sink.File(OnPage);
            var tally = new BatchTally(FindingSeverity.Error);
            tally.Add(OnPage);
            sink.End(new CheckEnding(tally, null, 2, null, Array.Empty<SkippedFiles>()));
            return writer.ToString();
        }

        [Fact]
        public void Text_names_the_page_and_box()
        {
            string text = Write(w => new TextCheckOutput(w));
            Assert.Contains("  report.pdf:page 3 (x 72–140, y 500–512): warning SG3051: page 3 holds no text, only images\n", text);
        }

        [Fact]
        public void Json_carries_the_page_and_box()
        {
            JsonElement source = JsonDocument.Parse(Write(w => new JsonCheckOutput(w))).RootElement
                .GetProperty("files")[0].GetProperty("findings")[0].GetProperty("source");
            Assert.Equal(3, source.GetProperty("page").GetInt32());
            Assert.Equal((72.0, 500.0, 140.0, 512.0), (source.GetProperty("box").GetProperty("left").GetDouble(), source.GetProperty("box").GetProperty("bottom").GetDouble(),
                source.GetProperty("box").GetProperty("right").GetDouble(), source.GetProperty("box").GetProperty("top").GetDouble()));
            Assert.False(source.TryGetProperty("path", out _));
        }

        [Fact]
        public void Sarif_puts_the_page_in_the_physical_location_properties_and_validates()
        {
            string sarif = Write(w => new SarifWriter(w, new[] { "report.pdf" }));
            SarifSchema.AssertValid(sarif);
            JsonElement run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
            JsonElement physical = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(physical.TryGetProperty("region", out _)); // SARIF regions have no pages
            Assert.Equal(3, physical.GetProperty("properties").GetProperty("page").GetInt32());
            Assert.Equal(140.0, physical.GetProperty("properties").GetProperty("box").GetProperty("right").GetDouble());
            Assert.Equal("application/pdf", run.GetProperty("artifacts")[0].GetProperty("mimeType").GetString());
        }
    }
}
