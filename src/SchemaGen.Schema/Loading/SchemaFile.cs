using System;
using System.IO;
using System.Text;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Loading
{
    /// <summary>A schema file's text; or why it has none: the file cannot be read (<see cref="ReadError"/>), or it is not UTF-8 (<see cref="Problem"/>, SG1015).</summary>
    public sealed record SchemaFileText(string? Text, SchemaDiagnostic? Problem, string? ReadError = null)
    {
        /// <summary>What to print when there is no text: "path: error: cannot read the schema file: …", or the diagnostic.</summary>
        public string Describe(string path) => ReadError is not null ? $"{path}: error: cannot read the schema file: {ReadError}" : Problem?.ToString() ?? "";
    }

    /// <summary>
    /// Reads schema files for every tool that reads them from disk (lint, generate, diff, docs): strictly as UTF-8, so
    /// a file in another encoding is a diagnostic at its first undecodable byte rather than text with U+FFFD in it.
    /// </summary>
    public static class SchemaFile
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static SchemaFileText Read(string path)
        {
            byte[] bytes;
            try
            {
                // Four bytes per character at most: a file longer than that cannot be a schema the loader reads; it is not read at all.
                long length = new FileInfo(path).Length;
                if (length > 4L * SchemaLoader.MaxSchemaChars)
                    return new SchemaFileText(null, new SchemaDiagnostic(SchemaDiagnosticIds.NestingTooDeep.Id, SchemaDiagnosticIds.NestingTooDeep.Severity,
                        $"the file is {length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes long; a schema may hold at most {SchemaLoader.MaxSchemaCharsText} characters", new SourceSpan(path, 1, 1, 1, 1, 0, 0)));
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
            {
                return new SchemaFileText(null, null, ex.Message);
            }
            return Decode(bytes, path);
        }

        /// <summary>
        /// UTF-8 text (a BOM is dropped), or SG1015 at the line and column of the first byte that is not UTF-8. A file that
        /// starts with a UTF-16 byte-order mark is read as UTF-16, as the compiler reads it (so lint and the build agree).
        /// </summary>
        public static SchemaFileText Decode(byte[] bytes, string path)
        {
            if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            {
                var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
                try
                {
                    return new SchemaFileText(utf16.GetString(bytes, 2, bytes.Length - 2), null);
                }
                catch (DecoderFallbackException)
                {
                    var at = new SourceSpan(path, 1, 1, 1, 2, 0, 1);
                    return new SchemaFileText(null, new SchemaDiagnostic(SchemaDiagnosticIds.NotUtf8.Id, SchemaDiagnosticIds.NotUtf8.Severity,
                        "the file starts with a UTF-16 byte-order mark but is not valid UTF-16; save the schema as UTF-8", at));
                }
            }
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return new SchemaFileText(Strict.GetString(bytes, start, bytes.Length - start), null);
            }
            catch (DecoderFallbackException ex)
            {
                int bad = start + Math.Max(0, ex.Index);
                // The valid text before the bad byte gives its line and column.
                string before = DecodablePrefix(bytes, start, bad);
                int line = 1, column = 1;
                foreach (char c in before)
                {
                    if (c == '\n') { line++; column = 1; }
                    else column++;
                }
                var span = new SourceSpan(path, line, column, line, column + 1, before.Length, before.Length + 1);
                return new SchemaFileText(null, new SchemaDiagnostic(SchemaDiagnosticIds.NotUtf8.Id, SchemaDiagnosticIds.NotUtf8.Severity,
                    $"byte 0x{bytes[bad]:X2} at offset {bad} is not UTF-8; save the schema as UTF-8 (" + (LooksLikeUtf16(bytes) ? "the file looks like UTF-16 without a byte-order mark" : "a file saved as GBK or GB18030 reads as garbage") + ")", span));
            }
        }

        /// <summary>Every other byte of the first few is zero: UTF-16 text of mostly ASCII characters.</summary>
        private static bool LooksLikeUtf16(byte[] bytes)
        {
            int pairs = Math.Min(bytes.Length / 2, 16);
            int zeros = 0;
            for (int i = 0; i < pairs; i++)
                if (bytes[2 * i] == 0 || bytes[2 * i + 1] == 0) zeros++;
            return pairs > 0 && zeros == pairs;
        }

        /// <summary>The text of the bytes before <paramref name="bad"/>, less a sequence the bad byte cut short.</summary>
        private static string DecodablePrefix(byte[] bytes, int start, int bad)
        {
            for (int end = bad; end >= Math.Max(start, bad - 3); end--)
            {
                try
                {
                    return Strict.GetString(bytes, start, end - start);
                }
                catch (DecoderFallbackException)
                {
                    // a lead byte just before the bad one: leave it out too
                }
            }
            return "";
        }
    }
}
