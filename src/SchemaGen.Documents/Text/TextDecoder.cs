using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SchemaGen.Runtime.Documents;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Documents.Text
{
    /// <summary>
    /// Turns the bytes of a text file or web page into text, deciding the encoding in the order of the WHATWG Encoding
    /// standard: a byte-order mark; then the charset the input declares (for a page, its <c>&lt;meta&gt;</c>, found by
    /// <c>HtmlCharsetPrescan</c>); then detection. A declaration is trusted unless the bytes contradict it. Never
    /// throws; what is uncertain or damaged is said in <see cref="DecodedText.Notes"/>.
    /// </summary>
    /// <remarks>
    /// Detection, for input that declares nothing: bytes that are valid UTF-8 are UTF-8 (text in any legacy encoding
    /// stops being valid UTF-8 within a character or two). Otherwise the choice is between GB18030 (which decodes
    /// GB2312 and GBK, the encodings of nearly every Chinese government page that is not UTF-8) and the rest. Validity
    /// alone cannot make it: every Big5 byte pair is also a valid GB18030 pair. So the statistical detector
    /// (UTF.Unknown) is asked first, and a multi-byte CJK encoding other than GB18030 is taken only when the detector
    /// is confident of it and the bytes fit it; then GB18030 when the bytes fit it. The detector alone is not trusted:
    /// on a short GBK text (a label of five characters) it names a Greek or Western code page.
    /// </remarks>
    public static class TextDecoder
    {
        /// <summary>Below this confidence the detector's choice of a CJK encoding over GB18030 is not taken.</summary>
        internal const float ConfidentGuess = 0.9f;

        /// <summary>Below this confidence the detector's guess is not taken even as a last resort.</summary>
        internal const float UsableGuess = 0.5f;

        /// <summary>A page declaring a legacy encoding whose bytes are valid UTF-8 with at least this many non-ASCII characters is UTF-8.</summary>
        internal const int Utf8CharactersOverrulingADeclaration = 4;

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private static Encoding Gb18030 => EncodingLabels.Resolve("gb18030")!;

        /// <param name="content">The whole input.</param>
        /// <param name="declaration">The charset the input declares, if any (the caller finds it: a page's meta, an HTTP header).</param>
        /// <param name="utf8ByDefault">
        /// Whether undeclared input is expected to be UTF-8 (plain text files are; a web page without a charset is not), so
        /// that decoding it as UTF-8 is no news and gets no note.
        /// </param>
        public static DecodedText Decode(byte[]? content, CharsetDeclaration? declaration = null, bool utf8ByDefault = false)
        {
            ReadOnlySpan<byte> bytes = content ?? Array.Empty<byte>();
            var notes = new List<DocumentNote>();
            if (TryReadByteOrderMark(bytes, out Encoding? marked, out int markLength))
                return Finish(DecodingAttempt.Run(marked, bytes.Slice(markLength)), EncodingDecision.ByteOrderMark, notes);

            Encoding? declared = declaration is null ? null : EncodingLabels.Resolve(declaration.Label);
            // UTF-16 without a byte-order mark is full of NUL bytes: only a declaration says it is text.
            if (declared is not null && declared.CodePage is 1200 or 1201)
                return Finish(DecodingAttempt.Run(declared, bytes), EncodingDecision.Declaration, notes);

            if (BinaryContent.IsBinary(bytes, out double controlShare))
            {
                int sample = Math.Min(bytes.Length, BinaryContent.SampleLength);
                return DecodedText.NotText(new DocumentNote(ReadDiagnosticIds.UnsupportedInput, FindingSeverity.Error,
                    string.Format(CultureInfo.InvariantCulture, "not a text file: {0:0.#}% of its first {1:N0} bytes are NUL or other control bytes", controlShare * 100, sample),
                    SourceLocation.None));
            }

            if (declaration is not null && declared is null)
                notes.Add(Info($"the declared charset \"{declaration.Label}\" ({declaration.DeclaredBy}) is not an encoding SchemaGen knows, so the encoding was detected"));
            if (declaration is not null && declared is not null)
                return DecodeDeclared(bytes, declared, declaration, notes);
            return Detect(bytes, notes, utf8ByDefault);
        }

        private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding declared, CharsetDeclaration declaration, List<DocumentNote> notes)
        {
            string declares = $"the input declares charset {declaration.Label} ({declaration.DeclaredBy})";
            Utf8Evidence utf8 = Utf8Evidence.Of(bytes);
            if (declared.CodePage == Utf8.CodePage)
            {
                if (utf8.IsValidUpToTail || utf8.IsDamagedUtf8) return Finish(AsUtf8(bytes, utf8), EncodingDecision.Declaration, notes);
                DecodingAttempt? legacy = FittingLegacyEncoding(bytes, CharsetDetection.Guess(bytes));
                if (legacy is DecodingAttempt fitting)
                {
                    string name = EncodingLabels.DisplayName(fitting.Encoding);
                    notes.Add(Info($"{declares}, but {CountIs(utf8.InvalidSequences, "byte sequence")} not UTF-8; the bytes are valid {name}, so they were decoded as {name}"));
                    return Finish(fitting, EncodingDecision.DeclarationOverruled, notes);
                }
                return Finish(AsUtf8(bytes, utf8), EncodingDecision.Declaration, notes);
            }

            string declaredName = EncodingLabels.DisplayName(declared);
            DecodingAttempt asDeclared = DecodingAttempt.Run(declared, bytes);
            if (utf8.IsValidUpToTail && utf8.MultiByteSequences > 0
                && (!asDeclared.Fits || declared.IsSingleByte || utf8.MultiByteSequences >= Utf8CharactersOverrulingADeclaration))
            {
                notes.Add(Info($"{declares}, but the bytes are valid UTF-8 ({Count(utf8.MultiByteSequences, "character")} outside ASCII), so they were decoded as UTF-8"));
                return Finish(AsUtf8(bytes, utf8), EncodingDecision.DeclarationOverruled, notes);
            }
            if (declared.IsSingleByte)
            {
                // Any byte fits a single-byte encoding, so fitting proves nothing; a GBK page labelled iso-8859-1 is
                // told by the detector being sure of a multi-byte encoding that the bytes also fit.
                DetectorGuess guess = CharsetDetection.Guess(bytes);
                if (guess.Encoding is not null && !guess.Encoding.IsSingleByte && guess.Confidence >= ConfidentGuess)
                {
                    DecodingAttempt detected = DecodingAttempt.Run(guess.Encoding, bytes);
                    if (detected.Fits)
                    {
                        string name = EncodingLabels.DisplayName(guess.Encoding);
                        notes.Add(Info($"{declares}, but the charset detector finds {name} ({Confidence(guess)}) and the bytes are valid {name}, so they were decoded as {name}"));
                        return Finish(detected, EncodingDecision.DeclarationOverruled, notes);
                    }
                }
                return Finish(asDeclared, EncodingDecision.Declaration, notes);
            }
            if (asDeclared.Fits) return Finish(asDeclared, EncodingDecision.Declaration, notes);

            if (utf8.IsDamagedUtf8)
            {
                notes.Add(Info($"{declares}, but the bytes are UTF-8 apart from {Count(utf8.InvalidSequences, "damaged sequence")}, so they were decoded as UTF-8"));
                return Finish(AsUtf8(bytes, utf8), EncodingDecision.DeclarationOverruled, notes);
            }
            DecodingAttempt? other = FittingLegacyEncoding(bytes, CharsetDetection.Guess(bytes));
            if (other is DecodingAttempt otherFitting && otherFitting.Encoding.CodePage != declared.CodePage)
            {
                string name = EncodingLabels.DisplayName(otherFitting.Encoding);
                notes.Add(Info($"{declares}, but {CountIs(asDeclared.Replacements, "byte sequence")} not {declaredName}; the bytes are valid {name}, so they were decoded as {name}"));
                return Finish(otherFitting, EncodingDecision.DeclarationOverruled, notes);
            }
            return Finish(asDeclared, EncodingDecision.Declaration, notes);
        }

        private static DecodedText Detect(ReadOnlySpan<byte> bytes, List<DocumentNote> notes, bool utf8ByDefault)
        {
            const string undeclared = "no byte-order mark or declared charset";
            if (DecodingAttempt.TryValidUtf8(Utf8, bytes) is DecodingAttempt valid)
            {
                // Plain ASCII (a character per byte) reads the same in every encoding considered: nothing was decided, nothing to say.
                if (valid.Text.Length != bytes.Length && !utf8ByDefault) notes.Add(Info($"{undeclared}: decoded as UTF-8, since the bytes are valid UTF-8"));
                return Finish(valid, EncodingDecision.Detection, notes);
            }
            Utf8Evidence utf8 = Utf8Evidence.Of(bytes);
            if (utf8.IsValidUpToTail)
            {
                // Plain ASCII reads the same in every encoding considered: nothing was decided, nothing to say.
                if (!utf8.IsAscii && !utf8ByDefault) notes.Add(Info($"{undeclared}: decoded as UTF-8, since the bytes are valid UTF-8"));
                return Finish(AsUtf8(bytes, utf8), EncodingDecision.Detection, notes);
            }

            DetectorGuess guess = CharsetDetection.Guess(bytes);
            if (IsOtherCjkEncoding(guess.Encoding) && guess.Confidence >= ConfidentGuess)
            {
                DecodingAttempt detected = DecodingAttempt.Run(guess.Encoding!, bytes);
                if (detected.Fits)
                {
                    string name = EncodingLabels.DisplayName(guess.Encoding!);
                    notes.Add(Info($"{undeclared}: decoded as {name}, since the charset detector finds it ({Confidence(guess)}) and the bytes are valid {name}"));
                    return Finish(detected, EncodingDecision.Detection, notes);
                }
            }
            DecodingAttempt gb = DecodingAttempt.Run(Gb18030, bytes);
            if (gb.Fits)
            {
                notes.Add(Info($"{undeclared}: decoded as GB18030 (which covers GB2312 and GBK), since the bytes are not UTF-8 and are valid GB18030"));
                return Finish(gb, EncodingDecision.Detection, notes);
            }
            if (utf8.IsDamagedUtf8)
            {
                notes.Add(Info($"{undeclared}: decoded as UTF-8, since the bytes are UTF-8 apart from {Count(utf8.InvalidSequences, "damaged sequence")}"));
                return Finish(AsUtf8(bytes, utf8), EncodingDecision.Detection, notes);
            }
            if (guess.Encoding is not null && guess.Confidence >= UsableGuess)
            {
                string name = EncodingLabels.DisplayName(guess.Encoding);
                notes.Add(Info($"{undeclared}: decoded as {name}, the charset detector's guess ({Confidence(guess)}), since the bytes are neither UTF-8 nor GB18030"));
                return Finish(DecodingAttempt.Run(guess.Encoding, bytes), EncodingDecision.Detection, notes);
            }
            notes.Add(Info($"{undeclared}: decoded as GB18030, the likeliest encoding of a Chinese report, though the bytes are neither UTF-8 nor valid GB18030"));
            return Finish(gb, EncodingDecision.Detection, notes);
        }

        private static DecodingAttempt AsUtf8(ReadOnlySpan<byte> bytes, Utf8Evidence utf8)
            => utf8.IsValid ? DecodingAttempt.OfValidUtf8(Utf8, bytes) : DecodingAttempt.Run(Utf8, bytes);

        /// <summary>A legacy encoding the bytes fit: another CJK encoding the detector is sure of, else GB18030; null when neither fits.</summary>
        private static DecodingAttempt? FittingLegacyEncoding(ReadOnlySpan<byte> bytes, DetectorGuess guess)
        {
            if (IsOtherCjkEncoding(guess.Encoding) && guess.Confidence >= ConfidentGuess)
            {
                DecodingAttempt detected = DecodingAttempt.Run(guess.Encoding!, bytes);
                if (detected.Fits) return detected;
            }
            DecodingAttempt gb = DecodingAttempt.Run(Gb18030, bytes);
            return gb.Fits ? gb : null;
        }

        private static bool IsOtherCjkEncoding(Encoding? encoding) => encoding is not null && encoding.CodePage is EncodingLabels.Big5CodePage or 932 or 949 or 51932 or 20932;

        /// <summary>The decoded text, with a note for replaced bytes (figures may be lost there) and one for a character cut off at the end.</summary>
        private static DecodedText Finish(DecodingAttempt attempt, EncodingDecision decision, List<DocumentNote> notes)
        {
            string name = EncodingLabels.DisplayName(attempt.Encoding);
            if (attempt.Replacements > 0)
            {
                int at = attempt.Text.IndexOf('\uFFFD');
                notes.Add(new DocumentNote(ReadDiagnosticIds.EncodingUncertain, FindingSeverity.Warning,
                    $"{Count(attempt.Replacements, "byte sequence")} not valid {name} {(attempt.Replacements == 1 ? "was" : "were")} replaced by U+FFFD; figures there may be missing",
                    TextDocument.LocationAt(attempt.Text, at < 0 ? 0 : at)));
            }
            if (attempt.CutTailBytes > 0)
            {
                notes.Add(new DocumentNote(ReadDiagnosticIds.DamagedInput, FindingSeverity.Warning,
                    $"the input ends in the middle of a {name} character ({Count(attempt.CutTailBytes, "byte")} of it): it was read up to there, and what followed is missing",
                    TextDocument.LocationAt(attempt.Text, attempt.Text.Length)));
            }
            return new DecodedText(attempt.Text, attempt.Encoding, decision, notes);
        }

        private static bool TryReadByteOrderMark(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                (encoding, length) = (Utf8, 3);
                return true;
            }
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                (encoding, length) = (Encoding.Unicode, 2);
                return true;
            }
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                (encoding, length) = (Encoding.BigEndianUnicode, 2);
                return true;
            }
            (encoding, length) = (Utf8, 0);
            return false;
        }

        private static DocumentNote Info(string message) => new DocumentNote(ReadDiagnosticIds.EncodingUncertain, FindingSeverity.Info, message, SourceLocation.None);

        private static string Confidence(DetectorGuess guess) => "confidence " + guess.Confidence.ToString("0.00", CultureInfo.InvariantCulture);

        private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

        private static string CountIs(int count, string noun) => Count(count, noun) + (count == 1 ? " is" : " are");
    }
}
