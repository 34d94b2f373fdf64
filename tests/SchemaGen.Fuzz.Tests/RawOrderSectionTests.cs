using System.Linq;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Runtime.Reading;
using Xunit;
using CorpusApi = SchemaGen.Corpus.Corpus;

namespace SchemaGen.Fuzz.Tests
{
    /// <summary>
    /// Found by <see cref="ReadBackProperties"/> (CsCheck seed d4qou9GrmUM1): in text that lists a section's tables column
    /// by column (pdftotext without -layout), every block's figures can come after the last block's labels. The first
    /// block of section 二 (规章, 规范性文件) showed too few labels in a row to reveal that order by itself, so it was read as
    /// a table of blanks ("holds no figures") while its figures, 13 changed to 18 among them, sat in the run further down.
    /// </summary>
    public sealed class RawOrderSectionTests
    {
        [Fact]
        public void A_block_read_before_its_section_shows_the_drawing_order_is_not_read_as_blanks()
        {
            RenderedReport report = CorpusApi.Render(ReportFormat.All.First(f => f.Version == "2019"), 42590598, Shapes.RawOrderText, BreakageKind.FigureChanged);
            ReportReading reading = GeneratedCode.Read("2019", ReadBackProperties.ReadBytes(report));

            TableReading regulations = reading.Tables.First(t => t.TableId == "Regulations");
            Assert.Empty(regulations.Cells);
            // Its figures exist, in the run after the last block: it cannot be placed, it is not empty.
            Assert.Equal(TablePresence.Unplaceable, regulations.Presence);
            Assert.Contains(reading.Diagnostics, d => d.Table == "Regulations" && d.Id == ReadDiagnosticIds.TableUnplaceable);
            Assert.DoesNotContain(reading.Diagnostics, d => d.Table == "Regulations" && d.Id == ReadDiagnosticIds.TableEmpty);
            // The blocks after it were already read this way.
            Assert.Contains(reading.Diagnostics, d => d.Table == "Licensing" && d.Id == ReadDiagnosticIds.TableUnplaceable);
        }
    }
}
