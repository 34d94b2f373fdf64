using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Text;
using SchemaGen.Runtime.Documents;
using Xunit;

namespace SchemaGen.Cli.Tests.Support
{
    /// <summary>Report files for the tests, made from the real seeds and the Word reader's checked-in fixture.</summary>
    internal static class ReportFiles
    {
        /// <summary>A full 2021 report as Word writes it (tests/SchemaGen.Documents.Tests/Fixtures/Word), which the Word reader reads clean.</summary>
        public static string WordReportPath => Path.Combine(Repo.Root, "tests", "SchemaGen.Documents.Tests", "Fixtures", "Word", "annual-report-2021.docx");

        public static string SeedText(string number) => File.ReadAllText(Repo.Seed(number));

        /// <summary>The text with its one occurrence of <paramref name="old"/> replaced (a test that edits must know what it edits).</summary>
        public static string Replace(string text, string old, string replacement)
        {
            int at = text.IndexOf(old, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{old}\" is not in the text");
            Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"\"{old}\" is in the text more than once");
            return text.Substring(0, at) + replacement + text.Substring(at + old.Length);
        }

        /// <summary>The Word fixture with one text of its document part replaced (every other part copied as it is).</summary>
        public static byte[] WordReportWith(string oldXml, string newXml)
        {
            using var output = new MemoryStream();
            using (var source = ZipFile.OpenRead(WordReportPath))
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (ZipArchiveEntry entry in source.Entries)
                {
                    using Stream read = entry.Open();
                    using var buffer = new MemoryStream();
                    read.CopyTo(buffer);
                    byte[] bytes = buffer.ToArray();
                    if (entry.FullName == "word/document.xml")
                        bytes = Encoding.UTF8.GetBytes(Replace(Encoding.UTF8.GetString(bytes), oldXml, newXml));
                    using Stream write = target.CreateEntry(entry.FullName).Open();
                    write.Write(bytes, 0, bytes.Length);
                }
            }
            return output.ToArray();
        }

        /// <summary>
        /// A report's text as a web page: each run of pipe lines a &lt;table&gt; with a row per line (cells as the text splits
        /// them), every other line a &lt;p&gt;. The page an agency's CMS makes of the same report, minus its chrome.
        /// </summary>
        public static string HtmlPage(string text)
        {
            var html = new StringBuilder("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>年度报告</title></head>\n<body>\n");
            bool inTable = false;
            foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
            {
                bool row = PipeCells.HasPipe(line);
                if (row && !inTable) html.Append("<table border=\"1\">\n");
                if (!row && inTable) html.Append("</table>\n");
                inTable = row;
                if (row)
                    html.Append("<tr>").Append(string.Concat(PipeCells.Split(line).Select(c => "<td>" + WebUtility.HtmlEncode(c.Text) + "</td>"))).Append("</tr>\n");
                else if (line.Trim().Length > 0)
                    html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
            }
            if (inTable) html.Append("</table>\n");
            return html.Append("</body>\n</html>\n").ToString();
        }
    }
}
