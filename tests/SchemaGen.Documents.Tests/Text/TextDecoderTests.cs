using System;
using System.Linq;
using System.Text;
using SchemaGen.Documents.Text;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;
using Xunit;

namespace SchemaGen.Documents.Tests.Text
{
    public sealed class TextDecoderTests
    {
        private const string Report = "一、总体情况\n2023年，本机关收到政府信息公开申请50件，办结51件。\n（三）不予公开\n4.保护第三方合法权益\n";

        private static readonly Encoding Gbk;
        private static readonly Encoding Gb18030;
        private static readonly Encoding Big5;

        static TextDecoderTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Gbk = Encoding.GetEncoding(936);
            Gb18030 = Encoding.GetEncoding(54936);
            Big5 = Encoding.GetEncoding(950);
        }

        private static DocumentNote Info(string message) => new DocumentNote(ReadDiagnosticIds.EncodingUncertain, FindingSeverity.Info, message, SourceLocation.None);

        private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

        [Theory]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, 65001)]
        [InlineData(new byte[] { 0xFF, 0xFE }, 1200)]
        [InlineData(new byte[] { 0xFE, 0xFF }, 1201)]
        public void A_byte_order_mark_decides_and_is_not_part_of_the_text(byte[] mark, int codePage)
        {
            Encoding encoding = Encoding.GetEncoding(codePage);
            DecodedText decoded = TextDecoder.Decode(Concat(mark, encoding.GetBytes(Report)));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal(codePage, decoded.Encoding!.CodePage);
            Assert.Equal(EncodingDecision.ByteOrderMark, decoded.Decision);
            Assert.Empty(decoded.Notes);
        }

        [Fact]
        public void A_byte_order_mark_wins_over_a_declaration()
        {
            DecodedText decoded = TextDecoder.Decode(Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(Report)), new CharsetDeclaration("gbk", "<meta charset>"));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal(EncodingDecision.ByteOrderMark, decoded.Decision);
        }

        [Fact]
        public void Undeclared_UTF8_is_detected_by_validity_and_said_so()
        {
            DecodedText decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Report));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal("UTF-8", decoded.EncodingName);
            Assert.Equal(EncodingDecision.Detection, decoded.Decision);
            Assert.Equal(new[] { Info("no byte-order mark or declared charset: decoded as UTF-8, since the bytes are valid UTF-8") }, decoded.Notes);
        }

        [Fact]
        public void Plain_ASCII_needs_no_decision_and_no_note()
        {
            DecodedText decoded = TextDecoder.Decode(Encoding.ASCII.GetBytes("2023 annual report\n"));
            Assert.Equal("2023 annual report\n", decoded.Text);
            Assert.Empty(decoded.Notes);
        }

        [Theory]
        [InlineData(936)]
        [InlineData(20936)]
        [InlineData(54936)]
        public void Undeclared_GB2312_GBK_and_GB18030_decode_with_GB18030(int codePage)
        {
            DecodedText decoded = TextDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(Report));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal("GB18030", decoded.EncodingName);
            Assert.Equal(EncodingDecision.Detection, decoded.Decision);
            Assert.Equal(new[] { Info("no byte-order mark or declared charset: decoded as GB18030 (which covers GB2312 and GBK), since the bytes are not UTF-8 and are valid GB18030") }, decoded.Notes);
        }

        [Fact]
        public void GB18030_four_byte_characters_outside_GBK_survive()
        {
            const string rare = "申请人姓名：𠀾㐀𠁆，其他";
            Assert.Equal(rare, TextDecoder.Decode(Gb18030.GetBytes(rare)).Text);
        }

        /// <summary>
        /// Why the detector is consulted and why it is not trusted alone. Every Big5 byte pair is also a valid GB18030
        /// pair, so "GB18030 when the bytes fit" would read a Big5 page as nonsense; on a short GBK label the detector
        /// names a European code page. The decoder gets both right.
        /// </summary>
        [Fact]
        public void The_detector_decides_Big5_and_the_GB18030_rule_decides_short_GBK()
        {
            const string traditional = "本年新收政府資訊公開申請數量，自然人，商業企業，科研機構，社會公益組織，法律服務機構";
            byte[] big5 = Big5.GetBytes(traditional);
            Assert.Equal(0, Gb18030.GetDecoder().GetCharCount(big5, 0, big5.Length) - Gb18030.GetString(big5).Length);
            Assert.DoesNotContain('\uFFFD', Gb18030.GetString(big5));
            DecodedText fromBig5 = TextDecoder.Decode(big5);
            Assert.Equal(traditional, fromBig5.Text);
            Assert.Equal(new[] { Info("no byte-order mark or declared charset: decoded as Big5, since the charset detector finds it (confidence 0.99) and the bytes are valid Big5") }, fromBig5.Notes);

            byte[] label = Gbk.GetBytes("申请人情况");
            Assert.NotEqual(54936, CharsetDetection.Guess(label).Encoding?.CodePage);
            Assert.Equal("申请人情况", TextDecoder.Decode(label).Text);
        }

        [Theory]
        [InlineData("gb2312")]
        [InlineData("GBK")]
        [InlineData("x-gbk")]
        [InlineData("gb18030")]
        [InlineData("GB_2312-80")]
        [InlineData("chinese")]
        public void Every_GB_label_decodes_with_GB18030(string label)
        {
            DecodedText decoded = TextDecoder.Decode(Gbk.GetBytes(Report), new CharsetDeclaration(label, "<meta charset>"));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal("GB18030", decoded.EncodingName);
            Assert.Equal(EncodingDecision.Declaration, decoded.Decision);
            Assert.Empty(decoded.Notes);
        }

        [Fact]
        public void A_declared_Big5_page_decodes_as_Big5()
        {
            const string traditional = "政府資訊公開";
            DecodedText decoded = TextDecoder.Decode(Big5.GetBytes(traditional), new CharsetDeclaration("big5", "<meta charset>"));
            Assert.Equal(traditional, decoded.Text);
            Assert.Empty(decoded.Notes);
        }

        [Fact]
        public void Declared_UTF8_with_GBK_bytes_is_decoded_by_evidence()
        {
            DecodedText decoded = TextDecoder.Decode(Gbk.GetBytes(Report), new CharsetDeclaration("utf-8", "<meta charset>"));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal(EncodingDecision.DeclarationOverruled, decoded.Decision);
            Assert.Equal(new[] { Info("the input declares charset utf-8 (<meta charset>), but 68 byte sequences are not UTF-8; the bytes are valid GB18030, so they were decoded as GB18030") }, decoded.Notes);
        }

        [Fact]
        public void Declared_GB2312_with_UTF8_bytes_is_decoded_as_UTF8()
        {
            DecodedText decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Report), new CharsetDeclaration("gb2312", "<meta http-equiv=\"Content-Type\">"));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal(EncodingDecision.DeclarationOverruled, decoded.Decision);
            Assert.Equal(new[] { Info("the input declares charset gb2312 (<meta http-equiv=\"Content-Type\">), but the bytes are valid UTF-8 (43 characters outside ASCII), so they were decoded as UTF-8") }, decoded.Notes);
        }

        [Fact]
        public void Declared_Latin1_with_GBK_bytes_follows_a_confident_detector()
        {
            DecodedText decoded = TextDecoder.Decode(Gbk.GetBytes(Report), new CharsetDeclaration("iso-8859-1", "<meta charset>"));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal(EncodingDecision.DeclarationOverruled, decoded.Decision);
            Assert.Equal(new[] { Info("the input declares charset iso-8859-1 (<meta charset>), but the charset detector finds GB18030 (confidence 0.99) and the bytes are valid GB18030, so they were decoded as GB18030") }, decoded.Notes);
        }

        [Fact]
        public void A_charset_no_encoding_has_falls_back_to_detection()
        {
            DecodedText decoded = TextDecoder.Decode(Gbk.GetBytes(Report), new CharsetDeclaration("x-klingon", "<meta charset>"));
            Assert.Equal(Report, decoded.Text);
            Assert.Equal(EncodingDecision.Detection, decoded.Decision);
            Assert.Equal(new[]
            {
                Info("the declared charset \"x-klingon\" (<meta charset>) is not an encoding SchemaGen knows, so the encoding was detected"),
                Info("no byte-order mark or declared charset: decoded as GB18030 (which covers GB2312 and GBK), since the bytes are not UTF-8 and are valid GB18030"),
            }, decoded.Notes);
        }

        [Fact]
        public void Declared_UTF16_without_a_byte_order_mark_is_text_not_binary()
        {
            DecodedText decoded = TextDecoder.Decode(Encoding.Unicode.GetBytes("<p>report 2023</p>"), new CharsetDeclaration("utf-16le", "the HTTP header"));
            Assert.Equal("<p>report 2023</p>", decoded.Text);
            Assert.Empty(decoded.Notes);
        }

        [Fact]
        public void Truncated_UTF8_is_read_up_to_the_damage()
        {
            byte[] bytes = Encoding.UTF8.GetBytes("一、总体情况\n全年办结51件");
            DecodedText decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 2).ToArray());
            Assert.Equal("一、总体情况\n全年办结51", decoded.Text);
            Assert.Equal("UTF-8", decoded.EncodingName);
            Assert.Equal(new[]
            {
                Info("no byte-order mark or declared charset: decoded as UTF-8, since the bytes are valid UTF-8"),
                new DocumentNote(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning,
                    "the input ends in the middle of a UTF-8 character (1 byte of it): it was read up to there, and what followed is missing", SourceLocation.AtLine(2, 7)),
            }, decoded.Notes);
        }

        [Fact]
        public void Truncated_text_with_a_byte_order_mark_or_a_declaration_says_only_the_damage()
        {
            byte[] utf8 = Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes("办结51件"));
            DecodedText fromUtf8 = TextDecoder.Decode(utf8.AsSpan(0, utf8.Length - 1).ToArray());
            Assert.Equal("办结51", fromUtf8.Text);
            Assert.Equal(new[] { "SG3053: the input ends in the middle of a UTF-8 character (2 bytes of it): it was read up to there, and what followed is missing" },
                fromUtf8.Notes.Select(n => n.Id + ": " + n.Message));

            byte[] gbk = Gbk.GetBytes("办结51件");
            DecodedText fromGbk = TextDecoder.Decode(gbk.AsSpan(0, gbk.Length - 1).ToArray(), new CharsetDeclaration("gbk", "<meta charset>"));
            Assert.Equal("办结51", fromGbk.Text);
            Assert.Equal(new[] { "SG3053: the input ends in the middle of a GB18030 character (1 byte of it): it was read up to there, and what followed is missing" },
                fromGbk.Notes.Select(n => n.Id + ": " + n.Message));

            byte[] utf16 = Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes("办结51件"));
            DecodedText fromUtf16 = TextDecoder.Decode(utf16.AsSpan(0, utf16.Length - 1).ToArray());
            Assert.Equal("办结51", fromUtf16.Text);
            Assert.Equal(ReadDiagnosticIds.DamagedInput, Assert.Single(fromUtf16.Notes).Id);
        }

        [Fact]
        public void A_damaged_byte_inside_UTF8_is_replaced_and_located()
        {
            byte[] good = Encoding.UTF8.GetBytes(Report + Report);
            byte[] damaged = Concat(good.AsSpan(0, 20).ToArray(), new byte[] { 0xFF }, good.AsSpan(20).ToArray());
            DecodedText decoded = TextDecoder.Decode(damaged);
            Assert.Contains('\uFFFD', decoded.Text);
            Assert.Equal(new[]
            {
                Info("no byte-order mark or declared charset: decoded as UTF-8, since the bytes are UTF-8 apart from 1 damaged sequence"),
                new DocumentNote(ReadDiagnosticIds.EncodingUncertain, FindingSeverity.Warning,
                    "1 byte sequence not valid UTF-8 was replaced by U+FFFD; figures there may be missing", SourceLocation.AtLine(2, 2)),
            }, decoded.Notes);
        }

        [Fact]
        public void Binary_content_is_not_text()
        {
            byte[] bytes = Concat(Encoding.ASCII.GetBytes(new string('a', 100)), new byte[100]);
            DecodedText decoded = TextDecoder.Decode(bytes);
            Assert.False(decoded.IsText);
            Assert.Equal("", decoded.Text);
            Assert.Null(decoded.Encoding);
            Assert.Equal(new[]
            {
                new DocumentNote(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error, "not a text file: 50% of its first 200 bytes are NUL or other control bytes", SourceLocation.None),
            }, decoded.Notes);
        }

        [Fact]
        public void Random_bytes_are_not_text()
        {
            var bytes = new byte[64 * 1024];
            new Random(20230101).NextBytes(bytes);
            DecodedText decoded = TextDecoder.Decode(bytes);
            Assert.False(decoded.IsText);
            Assert.Equal(ReadDiagnosticIds.UnsupportedInput, Assert.Single(decoded.Notes).Id);
        }

        [Fact]
        public void A_stray_control_byte_does_not_make_text_binary()
        {
            byte[] bytes = Concat(Encoding.UTF8.GetBytes(Report + Report + Report), new byte[] { 0x00 }, Encoding.UTF8.GetBytes(Report));
            DecodedText decoded = TextDecoder.Decode(bytes);
            Assert.True(decoded.IsText);
            Assert.Equal(Report + Report + Report + "\0" + Report, decoded.Text);
        }

        [Fact]
        public void Empty_input_is_empty_text()
        {
            DecodedText decoded = TextDecoder.Decode(Array.Empty<byte>());
            Assert.True(decoded.IsText);
            Assert.Equal("", decoded.Text);
            Assert.Empty(decoded.Notes);
            Assert.Equal("", TextDecoder.Decode(null).Text);
        }
    
        [Fact]
        public void Utf8_decodes_the_same_with_and_without_the_counting_fallback_valid_or_damaged()
        {
            // Valid UTF-8 is decoded straight into the string; damaged UTF-8 goes through the counting fallback. Both
            // must give what .NET's own replacing decoder gives, and count a replacement only where one is made.
            var random = new Random(20261129);
            string[] pieces = { "一、总体情况", "自然人", "50", "件", "\r\n", "\uFEFF", "A", "𠀀", "｜", " " };
            int valid = 0, damaged = 0;
            for (int i = 0; i < 2000; i++)
            {
                string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                if (i % 2 == 1 && bytes.Length > 0) bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
                DecodingAttempt attempt = DecodingAttempt.Run(new UTF8Encoding(false), bytes);
                bool isValid = System.Text.Unicode.Utf8.IsValid(bytes);
                if (isValid) valid++; else damaged++;
                if (isValid)
                {
                    Assert.Equal(Encoding.UTF8.GetString(bytes), attempt.Text);
                    Assert.Equal(0, attempt.Replacements);
                }
                else if (attempt.CutTailBytes == 0)
                {
                    Assert.Equal(Encoding.UTF8.GetString(bytes), attempt.Text);
                    Assert.True(attempt.Replacements > 0);
                }
            }
            Assert.True(valid > 500 && damaged > 500, $"valid {valid}, damaged {damaged}");
        }

        [Fact]
        public void The_one_pass_UTF8_decode_takes_exactly_the_valid_inputs_and_decodes_them_as_dotnet_does()
        {
            // Undeclared text is first tried in one pass that checks as it decodes: it must take every input that is valid
            // UTF-8 to its end and nothing else (a damaged sequence or a character cut off at the end goes the long way,
            // which counts and notes them), and give what .NET's own decoder gives.
            var random = new Random(20261201);
            string[] pieces = { "一、总体情况", "自然人", "50", "件", "\r\n", "\uFEFF", "A", "𠀀", "｜", " ", "\0" };
            var utf8 = new UTF8Encoding(false);
            int taken = 0, refused = 0;
            for (int i = 0; i < 3000; i++)
            {
                string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                if (i % 3 == 1 && bytes.Length > 0) bytes[random.Next(bytes.Length)] = (byte)random.Next(0x80, 0x100);
                if (i % 3 == 2 && bytes.Length > 1) bytes = bytes.AsSpan(0, bytes.Length - 1).ToArray();
                DecodingAttempt? attempt = DecodingAttempt.TryValidUtf8(utf8, bytes);
                Assert.Equal(System.Text.Unicode.Utf8.IsValid(bytes), attempt.HasValue);
                if (attempt is not DecodingAttempt decoded)
                {
                    refused++;
                    continue;
                }
                taken++;
                Assert.Equal(Encoding.UTF8.GetString(bytes), decoded.Text);
                Assert.Equal(0, decoded.Replacements);
                Assert.Equal(0, decoded.CutTailBytes);
            }
            Assert.True(taken > 1000 && refused > 500, $"taken {taken}, refused {refused}");
        }

        [Fact]
        public void Undeclared_text_past_the_one_pass_size_is_decoded_as_below_it()
        {
            byte[] ascii = Encoding.UTF8.GetBytes(new string('1', DecodingAttempt.MaxBufferedUtf8Bytes + 1));
            byte[] report = Encoding.UTF8.GetBytes(Report + new string('1', DecodingAttempt.MaxBufferedUtf8Bytes));
            foreach (byte[] bytes in new[] { ascii, report, report.AsSpan(0, DecodingAttempt.MaxBufferedUtf8Bytes).ToArray() })
            {
                DecodedText decoded = TextDecoder.Decode(bytes, utf8ByDefault: true);
                Assert.Equal(Encoding.UTF8.GetString(bytes), decoded.Text);
                Assert.Equal("UTF-8", decoded.EncodingName);
                Assert.Empty(decoded.Notes);
            }
            // Where UTF-8 is not the default (a web page), valid UTF-8 beyond ASCII is said to be why, on either side of the size.
            Assert.Empty(TextDecoder.Decode(ascii).Notes);
            foreach (byte[] bytes in new[] { report, Encoding.UTF8.GetBytes(Report) })
                Assert.Contains(TextDecoder.Decode(bytes).Notes, n => n.Message.Contains("since the bytes are valid UTF-8"));
        }
}
}
