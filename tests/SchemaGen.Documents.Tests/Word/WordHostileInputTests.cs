using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SchemaGen.Documents.Word;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;
using static SchemaGen.Documents.Tests.Word.Wml;
using static SchemaGen.Documents.Tests.Word.WordTestReading;

namespace SchemaGen.Documents.Tests.Word
{
    /// <summary>Inputs made to hurt: every one is read in bounded time and memory, with a note, and never throws.</summary>
    public class WordHostileInputTests
    {
        [Fact]
        public void A_huge_gridSpan_is_clamped()
        {
            TableBlock table = SingleTable(ReadBody(Table(Row(Cell("a", int.MaxValue), Cell("b")), Row(Cells("1", "2")))));
            Assert.Equal(TableGridBuilder.MaxColumnSpan, table[0, 0].ColumnSpan);
            Assert.Equal(TableGridBuilder.MaxColumnSpan + 1, table.ColumnCount);
            Assert.Equal("b", table[0, TableGridBuilder.MaxColumnSpan].Text);
        }

        [Fact]
        public void Ten_thousand_rows_are_read_whole()
        {
            string rows = string.Concat(Enumerable.Range(0, 10_000).Select(i => Row(Cell("第" + N(i) + "行") + Cells(i, i + 1, i + 2))));
            byte[] docx = DocxBuilder.Build(Table(rows));
            TableBlock table = SingleTable(Read(docx));
            Assert.Equal(10_000, table.RowCount);
            Assert.Equal(new[] { "第9999行", "9999", "10000", "10001" }, table.RowTexts(9_999));
        }

        [Fact]
        public void A_table_too_large_for_a_grid_is_cut_off_with_a_warning()
        {
            string rows = string.Concat(Enumerable.Range(0, 1_000).Select(i => Row(Cell(N(i), 1000))));
            Document document = ReadBody(Table(rows) + P("表后"));
            TableBlock table = SingleTable(document);
            Assert.True((long)table.RowCount * table.ColumnCount <= TableGridBuilder.MaxSlots);
            Assert.True(table.RowCount > 0);
            Assert.Equal("表后", Assert.Single(Texts(document)).Text);
            DocumentNote note = SingleNote(document, ReadDiagnosticIds.ContentSkipped);
            Assert.Equal(FindingSeverity.Warning, note.Severity);
            Assert.Contains("cut off", note.Message);
        }

        [Fact]
        public void Tables_nested_past_the_depth_limit_are_left_out_and_what_follows_is_read()
        {
            const int depth = 300;
            var nested = new StringBuilder();
            for (int i = 0; i < depth; i++) nested.Append("<w:tbl><w:tr><w:tc>");
            nested.Append(P("最深处"));
            for (int i = 0; i < depth; i++) nested.Append("<w:p/></w:tc></w:tr></w:tbl>");
            Document document = ReadBody(P("前文") + nested + P("后文"));
            Assert.Equal(new[] { "前文", "后文" }, Texts(document).Select(t => t.Text));
            DocumentNote note = SingleNote(document, ReadDiagnosticIds.ContentSkipped);
            Assert.Contains("deeper than " + N(WordReadLimits.MaxElementDepth), note.Message);
        }

        [Fact]
        public void A_zip_bomb_is_refused_from_its_declared_size_before_it_is_inflated()
        {
            byte[] docx = ZipBomb(out _);
            Assert.True(docx.Length < 1024 * 1024, "the bomb itself is small: " + docx.Length);
            Document document = Read(docx);
            Assert.Empty(document.Blocks);
            DocumentNote note = SingleNote(document, ReadDiagnosticIds.UnreadableDocument);
            Assert.Contains("more than 32 MiB", note.Message);
        }

        [Fact]
        public void A_zip_bomb_whose_directory_lies_about_its_size_is_still_bounded()
        {
            byte[] docx = ZipBomb(out string entry);
            SetDeclaredSize(docx, entry, 4096);
            Document document = Read(docx);
            Assert.DoesNotContain(document.Blocks.OfType<TextBlock>(), t => t.Text.Length > 1024 * 1024);
            Assert.Contains(document.Notes, n => n.Severity != FindingSeverity.Info);
        }

        [Fact]
        public void The_part_loader_stops_at_its_cap_whatever_the_zip_says()
        {
            using var endless = new RepeatingXmlStream(WordReadLimits.MaxPartBytes + 1024);
            LoadedXml loaded = BoundedXmlLoader.Load(endless, CancellationToken.None);
            Assert.Equal(LoadProblem.TooLarge, loaded.Problem);
            Assert.Null(loaded.Root);
            Assert.True(endless.Position <= WordReadLimits.MaxPartBytes + 1024 * 1024, "read " + endless.Position);
        }

        [Fact]
        public void Random_damage_anywhere_in_a_docx_never_throws()
        {
            byte[] original = AnnualReport2021Docx.Generate(3).ToDocx().Build();
            var random = new Random(11);
            var reader = new WordDocumentReader();
            for (int trial = 0; trial < 60; trial++)
            {
                byte[] damaged = (byte[])original.Clone();
                for (int k = 0; k < 1 + trial % 8; k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                Document document = reader.Read(damaged, "damaged.docx");
                Assert.True(document.Blocks.Count > 0 || document.Notes.Count > 0, "nothing read and nothing said at trial " + N(trial));
            }
        }

        private static byte[] ZipBomb(out string entryName)
        {
            entryName = "word/document.xml";
            var builder = new DocxBuilder("");
            string xml = builder.DocumentXml.Replace("<w:body>", "<w:body><w:p><w:r><w:t>" + new string('0', (int)WordReadLimits.MaxPartBytes + 1024) + "</w:t></w:r></w:p>");
            return builder.BuildWithDocumentXml(xml);
        }

        /// <summary>Overwrites an entry's declared uncompressed size in its local header and central directory record.</summary>
        private static void SetDeclaredSize(byte[] zip, string entryName, uint size)
        {
            byte[] name = Encoding.ASCII.GetBytes(entryName);
            int patched = 0;
            for (int at = 0; at + 46 + name.Length <= zip.Length; at++)
            {
                uint signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
                int nameOffset = signature == 0x04034b50 ? 30 : signature == 0x02014b50 ? 46 : -1;
                if (nameOffset < 0 || !zip.AsSpan(at + nameOffset, name.Length).SequenceEqual(name)) continue;
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + (signature == 0x04034b50 ? 22 : 24)), size);
                patched++;
            }
            Assert.Equal(2, patched);
        }

        /// <summary>An XML document that goes on for as many bytes as asked: a root element full of paragraphs.</summary>
        private sealed class RepeatingXmlStream : Stream
        {
            private static readonly byte[] Head = Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            private static readonly byte[] Paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>0000000000</w:t></w:r></w:p>");
            private readonly long _length;
            private long _position;

            public RepeatingXmlStream(long length) => _length = length;

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => _length;
            public override long Position { get => _position; set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                int written = 0;
                while (written < count && _position < _length)
                {
                    byte[] source = _position < Head.Length ? Head : Paragraph;
                    long from = _position < Head.Length ? _position : (_position - Head.Length) % Paragraph.Length;
                    int chunk = (int)Math.Min(Math.Min(source.Length - from, count - written), _length - _position);
                    Array.Copy(source, from, buffer, offset + written, chunk);
                    written += chunk;
                    _position += chunk;
                }
                return written;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
