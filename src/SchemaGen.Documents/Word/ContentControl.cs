using System.Linq;
using System.Xml.Linq;
using static SchemaGen.Documents.Word.WordXml;

namespace SchemaGen.Documents.Word
{
    /// <summary>
    /// Content controls (<c>w:sdt</c>) wrap a run, a paragraph, a cell, a row or a whole table; what they hold is read
    /// as if the wrapper were not there. Two kinds hold nothing the author wrote: a control still showing its placeholder
    /// prompt, and Word's table of contents (which repeats the headings and would be taken for them).
    /// </summary>
    internal static class ContentControl
    {
        /// <summary>The <c>w:sdtContent</c> to read, or null (and a tally) when there is none worth reading.</summary>
        public static XElement? ReadableContent(XElement sdt, WordReadContext context)
        {
            XElement? content = sdt.Element(W + "sdtContent");
            if (content is null) return null;
            XElement? properties = sdt.Element(W + "sdtPr");
            if (IsOn(properties, "showingPlcHdr"))
            {
                context.Skipped.Placeholders++;
                return null;
            }
            if (IsTableOfContents(properties))
            {
                context.Skipped.TableOfContentsEntries += content.Descendants(W + "p").Count();
                return null;
            }
            return content;
        }

        private static bool IsTableOfContents(XElement? properties)
        {
            string? gallery = ChildVal(properties?.Element(W + "docPartObj"), "docPartGallery");
            return gallery is not null && gallery.Trim().Equals("Table of Contents", System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
