using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>
    /// Packages WordprocessingML written by hand (see <see cref="Wml"/>) into a .docx with the Open XML SDK: the main
    /// document and, when given, the styles and numbering parts. The XML goes in as written, so a test controls every element.
    /// </summary>
    internal sealed class DocxBuilder
    {
        public const string Namespaces =
            " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

        public DocxBuilder(string body) => Body = body;

        /// <summary>The inside of <c>w:body</c>.</summary>
        public string Body { get; set; }

        /// <summary>The inside of <c>w:styles</c>, or null for no styles part.</summary>
        public string? Styles { get; set; }

        /// <summary>The inside of <c>w:numbering</c>, or null for no numbering part.</summary>
        public string? Numbering { get; set; }

        public WordprocessingDocumentType DocumentType { get; set; } = WordprocessingDocumentType.Document;

        public string DocumentXml => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document" + Namespaces + "><w:body>" + Body + "</w:body></w:document>";

        public static byte[] Build(string body) => new DocxBuilder(body).Build();

        public byte[] Build() => BuildWithDocumentXml(DocumentXml);

        /// <summary>A package whose main part holds exactly <paramref name="documentXml"/> (which need not be well-formed).</summary>
        public byte[] BuildWithDocumentXml(string documentXml)
        {
            using var stream = new MemoryStream();
            using (WordprocessingDocument package = WordprocessingDocument.Create(stream, DocumentType))
            {
                MainDocumentPart main = package.AddMainDocumentPart();
                Feed(main, documentXml);
                if (Styles is not null) Feed(main.AddNewPart<StyleDefinitionsPart>(), Wrap("styles", Styles));
                if (Numbering is not null) Feed(main.AddNewPart<NumberingDefinitionsPart>(), Wrap("numbering", Numbering));
            }
            return stream.ToArray();
        }

        private static string Wrap(string root, string inside) => "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:" + root + Namespaces + ">" + inside + "</w:" + root + ">";

        private static void Feed(OpenXmlPart part, string xml)
        {
            using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            part.FeedData(data);
        }
    }
}
