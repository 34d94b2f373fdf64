using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>Reading test documents and finding things in what was read.</summary>
    internal static class WordTestReading
    {
        public static Document Read(byte[] content, string name = "report.docx") => new WordDocumentReader().Read(content, name);

        public static Document ReadBody(string body) => Read(DocxBuilder.Build(body));

        public static IReadOnlyList<TextBlock> Texts(Document document) => document.Blocks.OfType<TextBlock>().ToList();

        public static IReadOnlyList<TableBlock> Tables(Document document) => document.Blocks.OfType<TableBlock>().ToList();

        /// <summary>The only table of the document.</summary>
        public static TableBlock SingleTable(Document document) => Assert.Single(Tables(document));

        /// <summary>The table with a slot whose text is <paramref name="text"/>; fails when there is none or several.</summary>
        public static TableBlock TableWith(Document document, string text)
            => Assert.Single(Tables(document), table => table.Cells.Any(cell => cell.Text == text));

        /// <summary>The grid row whose slots include <paramref name="label"/>.</summary>
        public static int RowWith(TableBlock table, string label)
        {
            int[] rows = Enumerable.Range(0, table.RowCount).Where(r => table.RowTexts(r).Contains(label)).ToArray();
            return Assert.Single(rows);
        }

        /// <summary>The <c>w:body</c> of the package's main part, parsed as written (independently of the reader).</summary>
        public static XElement BodyOf(byte[] docx)
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
            using Stream stream = package.MainDocumentPart!.GetStream();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "body");
        }

        /// <summary>The element an element path names in the package's main part, or null when a step leads nowhere.</summary>
        public static XElement? Resolve(byte[] docx, string path) => Resolve(BodyOf(docx), path);

        /// <summary>The element an element path names below <paramref name="body"/>, walked step by step, or null when a step leads nowhere.</summary>
        public static XElement? Resolve(XElement body, string path)
        {
            XElement? current = body;
            foreach (string step in path.Split('/').Skip(1))
            {
                Match match = Regex.Match(step, @"^(?<name>[A-Za-z]+)\[(?<position>\d+)\]$");
                Assert.True(match.Success, "not a path step: " + step);
                current = current?.Elements().Where(e => e.Name.LocalName == match.Groups["name"].Value).ElementAtOrDefault(int.Parse(match.Groups["position"].Value) - 1);
            }
            return current;
        }

        /// <summary>The text of an element's <c>w:t</c> descendants, joined.</summary>
        public static string TextOf(XElement element) => string.Concat(element.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));

        public static DocumentNote SingleNote(Document document, string id) => Assert.Single(document.Notes, n => n.Id == id);
    }
}
