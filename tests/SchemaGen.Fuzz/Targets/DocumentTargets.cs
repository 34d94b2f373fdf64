using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Documents.Html;
using SchemaGen.Documents.Pdf;
using SchemaGen.Documents.Text;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// The plain-text report reader: the bytes as UTF-8 text through <see cref="TextDocument.Parse"/>, read against both
    /// generated schemas; and the same bytes through the encoded-text document reader (<see cref="PlainTextDocumentReader"/>:
    /// charset detection, decoding), read against the 2021 schema.
    /// </summary>
    public sealed class TextTarget : FuzzTarget
    {
        // Made on first use: under afl-fuzz the readers are instrumented, and nothing instrumented may run before SharpFuzz maps afl-fuzz's shared memory.
        private PlainTextDocumentReader? _reader;

        public override string Name => "text";

        public override string Description => "plain-text report reader (TextDocument.Parse + ReportReader.Read, both schemas) and PlainTextDocumentReader";

        public override string? Dictionary => "text.dict";

        public override int MaxInputBytes => 256 * 1024;

        public override IReadOnlyList<Seed> LoadSeeds()
            => Seeds.Files(("tests/fixtures/seeds", "*.txt"), ("tests/fixtures/corpus/hebei", "*.txt"), ("tests/fixtures/layouts", "*.txt"))
                .Concat(Seeds.Rendered(DocumentKind.Text)).ToArray();

        protected override void Execute(byte[] input)
        {
            Document parsed = TextDocument.Parse(new UTF8Encoding(false, false).GetString(input), "fuzz.txt");
            ReadingChecks.CheckDocument(parsed, DocumentKind.Text);
            ReadingChecks.ReadAndCheck(parsed);

            Document decoded = (_reader ??= new PlainTextDocumentReader()).Read(input, "fuzz.txt");
            ReadingChecks.CheckDocument(decoded, DocumentKind.Text);
            ReadingChecks.CheckReading(SchemaGen.Runtime.Reading.ReportReader.Read(decoded, ReadingChecks.Schemas[1]), ReadingChecks.Schemas[1]);
        }
    }

    /// <summary>A document reader (<see cref="IDocumentReader.Read"/>), then the report reader against both generated schemas.</summary>
    public abstract class DocumentReaderTarget : FuzzTarget
    {
        private IDocumentReader? _reader;

        /// <summary>Makes the reader. Called on first use: under afl-fuzz the readers are instrumented, and nothing instrumented may run before SharpFuzz maps afl-fuzz's shared memory.</summary>
        protected abstract IDocumentReader CreateReader();

        protected abstract string FileName { get; }

        protected override void Execute(byte[] input)
        {
            IDocumentReader reader = _reader ??= CreateReader();
            Document document = reader.Read(input, FileName);
            ReadingChecks.CheckDocument(document, reader.Kind);
            ReadingChecks.ReadAndCheck(document);
        }
    }

    public sealed class HtmlTarget : DocumentReaderTarget
    {
        protected override IDocumentReader CreateReader() => new HtmlDocumentReader();

        protected override string FileName => "fuzz.html";

        public override string Name => "html";

        public override string Description => "HtmlDocumentReader.Read + ReportReader.Read (both schemas)";

        public override string? Dictionary => "html.dict";

        public override IReadOnlyList<Seed> LoadSeeds()
            => Seeds.Files(("tests/SchemaGen.Documents.Tests/Fixtures/Html", "*.html"), ("tests/SchemaGen.Documents.Tests/Fixtures/Pdf", "*.html"),
                    ("tests/fixtures/layouts", "*.html"))
                .Concat(Seeds.Rendered(DocumentKind.Html)).ToArray();
    }

    public sealed class WordTarget : DocumentReaderTarget
    {
        protected override IDocumentReader CreateReader() => new WordDocumentReader();

        protected override string FileName => "fuzz.docx";

        public override string Name => "word";

        public override string Description => "WordDocumentReader.Read + ReportReader.Read (both schemas)";

        public override string? Dictionary => "word.dict";

        public override IReadOnlyList<Seed> LoadSeeds()
            => Seeds.Files(("tests/SchemaGen.Documents.Tests/Fixtures/Word", "*.docx"))
                .Concat(Seeds.Rendered(DocumentKind.Word)).ToArray();
    }

    public sealed class PdfTarget : DocumentReaderTarget
    {
        protected override IDocumentReader CreateReader() => new PdfDocumentReader();

        protected override string FileName => "fuzz.pdf";

        public override string Name => "pdf";

        public override string Description => "PdfDocumentReader.Read + ReportReader.Read (both schemas)";

        public override string? Dictionary => "pdf.dict";

        public override TimeSpan TimeLimit => TimeSpan.FromSeconds(10);

        public override IReadOnlyList<Seed> LoadSeeds()
            => Seeds.Files(("tests/SchemaGen.Documents.Tests/Fixtures/Pdf", "*.pdf"))
                .Concat(Seeds.Rendered(DocumentKind.Pdf)).ToArray();
    }
}
