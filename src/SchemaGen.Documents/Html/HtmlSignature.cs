using System;
using System.Text;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// Whether bytes are a web page by their content: after a byte-order mark, whitespace, comments and an XML
    /// declaration, the first thing is a doctype or one of the tags a page or a saved fragment starts with
    /// (case-insensitive). A text report that happens to contain a tag further on is not markup.
    /// </summary>
    internal static class HtmlSignature
    {
        /// <summary>How far in the first tag is looked for (pages open with long comments: licences, generators, conditional comments).</summary>
        public const int Limit = 4096;

        private static readonly string[] Openings = { "<!doctype html", "<html", "<head", "<body", "<table", "<meta", "<title" };

        public static bool IsMarkup(ReadOnlySpan<byte> bytes)
        {
            string? start = Start(bytes);
            if (start is null) return false;
            int position = 0;
            while (position < start.Length)
            {
                char c = start[position];
                if (char.IsWhiteSpace(c))
                {
                    position++;
                    continue;
                }
                if (string.CompareOrdinal(start, position, "<!--", 0, 4) == 0)
                {
                    int end = start.IndexOf("-->", position + 4, StringComparison.Ordinal);
                    if (end < 0) return false;
                    position = end + 3;
                    continue;
                }
                if (string.CompareOrdinal(start, position, "<?", 0, 2) == 0)
                {
                    int end = start.IndexOf("?>", position + 2, StringComparison.Ordinal);
                    if (end < 0) return false;
                    position = end + 2;
                    continue;
                }
                foreach (string opening in Openings)
                {
                    if (string.Compare(start, position, opening, 0, opening.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                    // "<html" must end its name there: "<htmlfoo" is not a page.
                    int after = position + opening.Length;
                    if (opening == "<!doctype html" || after >= start.Length || !char.IsLetterOrDigit(start[after])) return true;
                }
                return false;
            }
            return false;
        }

        /// <summary>
        /// The first bytes as characters: UTF-16 by its byte-order mark, otherwise as Latin-1 (every tag is ASCII, and
        /// Latin-1 maps each byte to the character of the same number). Null when a Latin-1 start's first character that
        /// is not white space cannot open a tag: every input is asked, most of them text reports, which are then refused
        /// without their start being copied into a string.
        /// </summary>
        private static string? Start(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(Clip(bytes.Slice(2), 2 * Limit));
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(Clip(bytes.Slice(2), 2 * Limit));
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes.Slice(3);
            bytes = Clip(bytes, Limit);
            foreach (byte b in bytes)
                if (!char.IsWhiteSpace((char)b)) return b == (byte)'<' ? Encoding.Latin1.GetString(bytes) : null;
            return null; // white space only: no tag
        }

        private static ReadOnlySpan<byte> Clip(ReadOnlySpan<byte> bytes, int length) => bytes.Length > length ? bytes.Slice(0, length) : bytes;
    }
}
