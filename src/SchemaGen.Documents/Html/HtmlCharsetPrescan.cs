using System;
using System.Collections.Generic;
using System.Text;
using SchemaGen.Documents.Text;

namespace SchemaGen.Documents.Html
{
    /// <summary>
    /// The HTML standard's "prescan a byte stream to determine its encoding": finds the charset a page declares in a
    /// <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>, skipping
    /// comments and other tags, before anything is decoded.
    /// </summary>
    /// <remarks>
    /// The standard scans the first 1024 bytes. Browsers also honour a declaration found later (they re-decode when the
    /// parser meets it), so when the first 1024 bytes declare nothing, the scan goes on to <see cref="LateLimit"/>.
    /// </remarks>
    public static class HtmlCharsetPrescan
    {
        public const int StandardLimit = 1024;
        public const int LateLimit = 64 * 1024;

        public const string MetaCharset = "<meta charset>";
        public const string MetaHttpEquiv = "<meta http-equiv=\"Content-Type\">";

        /// <summary>The declared charset, or null when the page declares none (or only labels no encoding has).</summary>
        public static CharsetDeclaration? Find(ReadOnlySpan<byte> bytes)
        {
            CharsetDeclaration? declaration = Scan(bytes.Slice(0, Math.Min(bytes.Length, StandardLimit)));
            if (declaration is not null || bytes.Length <= StandardLimit) return declaration;
            CharsetDeclaration? late = Scan(bytes.Slice(0, Math.Min(bytes.Length, LateLimit)));
            return late is null ? null : late with { DeclaredBy = late.DeclaredBy + " after the first 1024 bytes" };
        }

        private static CharsetDeclaration? Scan(ReadOnlySpan<byte> bytes)
        {
            int position = 0;
            while (position < bytes.Length)
            {
                if (StartsWith(bytes, position, "<!--"))
                {
                    // To the first "-->" whose dashes may be those of "<!--" itself ("<!-->" is a whole comment).
                    int end = IndexOf(bytes, position + 2, "-->");
                    if (end < 0) return null;
                    position = end + 3;
                    continue;
                }
                if (StartsWithIgnoreCase(bytes, position, "<meta") && position + 5 < bytes.Length && IsSpaceOrSlash(bytes[position + 5]))
                {
                    position += 5;
                    CharsetDeclaration? found = ReadMeta(bytes, ref position, out bool truncated);
                    if (found is not null) return found;
                    if (truncated) return null;
                    position++;
                    continue;
                }
                if (bytes[position] == '<' && position + 1 < bytes.Length
                    && (IsAsciiLetter(bytes[position + 1]) || (bytes[position + 1] == '/' && position + 2 < bytes.Length && IsAsciiLetter(bytes[position + 2]))))
                {
                    while (position < bytes.Length && !IsSpace(bytes[position]) && bytes[position] != '>') position++;
                    while (true)
                    {
                        Attribute? attribute = ReadAttribute(bytes, ref position, out bool truncated);
                        if (truncated) return null;
                        if (attribute is null) break;
                    }
                    position++;
                    continue;
                }
                if (StartsWith(bytes, position, "<!") || StartsWith(bytes, position, "</") || StartsWith(bytes, position, "<?"))
                {
                    int end = IndexOf(bytes, position + 2, ">");
                    if (end < 0) return null;
                    position = end + 1;
                    continue;
                }
                position++;
            }
            return null;
        }

        private static CharsetDeclaration? ReadMeta(ReadOnlySpan<byte> bytes, ref int position, out bool truncated)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            bool gotPragma = false;
            bool? needPragma = null;
            string? charset = null;
            while (true)
            {
                Attribute? attribute = ReadAttribute(bytes, ref position, out truncated);
                if (truncated) return null;
                if (attribute is null) break;
                (string name, string value) = attribute.Value;
                if (!names.Add(name)) continue;
                if (name == "http-equiv")
                {
                    if (value == "content-type") gotPragma = true;
                }
                else if (name == "content")
                {
                    string? extracted = ExtractCharsetFromContent(value);
                    if (extracted is not null && charset is null)
                    {
                        charset = extracted;
                        needPragma = true;
                    }
                }
                else if (name == "charset")
                {
                    charset = value;
                    needPragma = false;
                }
            }
            if (needPragma is null || (needPragma == true && !gotPragma) || charset is null) return null;
            Encoding? encoding = EncodingLabels.Resolve(charset);
            if (encoding is null) return null;
            // A page whose bytes could be read this far is not UTF-16: the standard takes such a declaration for UTF-8.
            if (encoding.CodePage is 1200 or 1201) charset = "utf-8";
            return new CharsetDeclaration(charset, needPragma == true ? MetaHttpEquiv : MetaCharset);
        }

        /// <summary>The standard's "algorithm for extracting a character encoding from a meta element" (the content attribute).</summary>
        internal static string? ExtractCharsetFromContent(string content)
        {
            int position = 0;
            while (true)
            {
                int found = content.IndexOf("charset", position, StringComparison.OrdinalIgnoreCase);
                if (found < 0) return null;
                position = found + 7;
                while (position < content.Length && IsSpace(content[position])) position++;
                if (position < content.Length && content[position] == '=') break;
            }
            position++;
            while (position < content.Length && IsSpace(content[position])) position++;
            if (position >= content.Length) return null;
            char first = content[position];
            if (first == '"' || first == '\'')
            {
                int close = content.IndexOf(first, position + 1);
                return close < 0 ? null : content.Substring(position + 1, close - position - 1);
            }
            int end = position;
            while (end < content.Length && !IsSpace(content[end]) && content[end] != ';') end++;
            return content.Substring(position, end - position);
        }

        private readonly struct Attribute
        {
            public Attribute(string name, string value)
            {
                Name = name;
                Value = value;
            }

            public string Name { get; }
            public string Value { get; }

            public void Deconstruct(out string name, out string value)
            {
                name = Name;
                value = Value;
            }
        }

        /// <summary>The standard's "get an attribute": null when the tag ends; <paramref name="truncated"/> when the bytes end first.</summary>
        private static Attribute? ReadAttribute(ReadOnlySpan<byte> bytes, ref int position, out bool truncated)
        {
            truncated = false;
            while (position < bytes.Length && IsSpaceOrSlash(bytes[position])) position++;
            if (position >= bytes.Length) return Truncated(out truncated);
            if (bytes[position] == '>') return null;
            var name = new StringBuilder();
            var value = new StringBuilder();
            while (true)
            {
                if (position >= bytes.Length) return Truncated(out truncated);
                byte b = bytes[position];
                if (b == '=' && name.Length > 0)
                {
                    position++;
                    break;
                }
                if (IsSpace(b))
                {
                    while (position < bytes.Length && IsSpace(bytes[position])) position++;
                    if (position >= bytes.Length) return Truncated(out truncated);
                    if (bytes[position] != '=') return new Attribute(name.ToString(), "");
                    position++;
                    break;
                }
                if (b == '/' || b == '>') return new Attribute(name.ToString(), "");
                name.Append(ToLowerAscii(b));
                position++;
            }
            while (position < bytes.Length && IsSpace(bytes[position])) position++;
            if (position >= bytes.Length) return Truncated(out truncated);
            byte quote = bytes[position];
            if (quote == '"' || quote == '\'')
            {
                position++;
                while (true)
                {
                    if (position >= bytes.Length) return Truncated(out truncated);
                    if (bytes[position] == quote)
                    {
                        position++;
                        return new Attribute(name.ToString(), value.ToString());
                    }
                    value.Append(ToLowerAscii(bytes[position]));
                    position++;
                }
            }
            if (quote == '>') return new Attribute(name.ToString(), "");
            while (true)
            {
                if (position >= bytes.Length) return Truncated(out truncated);
                if (IsSpace(bytes[position]) || bytes[position] == '>') return new Attribute(name.ToString(), value.ToString());
                value.Append(ToLowerAscii(bytes[position]));
                position++;
            }
        }

        private static Attribute? Truncated(out bool truncated)
        {
            truncated = true;
            return null;
        }

        // Bytes outside ASCII are kept as Latin-1 characters: a label is ASCII, anything else only has to not match.
        private static char ToLowerAscii(byte b) => b >= 'A' && b <= 'Z' ? (char)(b + 32) : (char)b;

        private static bool IsSpace(byte b) => b is 0x09 or 0x0A or 0x0C or 0x0D or 0x20;

        private static bool IsSpace(char c) => c is '\t' or '\n' or '\f' or '\r' or ' ';

        private static bool IsSpaceOrSlash(byte b) => IsSpace(b) || b == '/';

        private static bool IsAsciiLetter(byte b) => (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');

        private static bool StartsWith(ReadOnlySpan<byte> bytes, int position, string ascii)
        {
            if (position + ascii.Length > bytes.Length) return false;
            for (int i = 0; i < ascii.Length; i++)
                if (bytes[position + i] != ascii[i]) return false;
            return true;
        }

        private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, int position, string asciiLower)
        {
            if (position + asciiLower.Length > bytes.Length) return false;
            for (int i = 0; i < asciiLower.Length; i++)
                if (ToLowerAscii(bytes[position + i]) != asciiLower[i]) return false;
            return true;
        }

        private static int IndexOf(ReadOnlySpan<byte> bytes, int from, string ascii)
        {
            for (int i = Math.Max(0, from); i + ascii.Length <= bytes.Length; i++)
                if (StartsWith(bytes, i, ascii)) return i;
            return -1;
        }
    }
}
