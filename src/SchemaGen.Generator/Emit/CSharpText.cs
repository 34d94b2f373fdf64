using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// Text an escaper made safe for one C# context. The templates may write only these, checked names, numbers,
    /// booleans and enum values (see <see cref="EmitContext"/>): a raw string in a template fails generation.
    /// </summary>
    public sealed class EscapedText
    {
        internal EscapedText(string text) => Text = text;

        public string Text { get; }

        public override string ToString() => Text;
    }

    /// <summary>
    /// The escapers, one per context schema text can reach: a string literal, XML doc text, a // comment, a number.
    /// Registered as the template functions <c>lit</c>, <c>lits</c>, <c>lit_lines</c>, <c>doc</c>, <c>comment</c> and <c>num</c>.
    /// Every line terminator (CR, LF, U+0085, U+2028, U+2029), control and format character (bidi overrides, zero widths)
    /// and unpaired surrogate is written as an escape, so no text can end the line it stands on and continue as code.
    /// </summary>
    public static class CSharpText
    {
        /// <summary>A regular string literal, or <c>null</c>.</summary>
        public static EscapedText Literal(string? value) => new(LiteralText(value));

        /// <summary>String literals separated by ", " (for an array initializer); nothing for an empty list.</summary>
        public static EscapedText Literals(IEnumerable? values)
            => new(string.Join(", ", (values ?? new object[0]).Cast<object?>().Select(v => LiteralText(v?.ToString()))));

        /// <summary>
        /// A long text as one string literal per line (each with its line end), joined by <c>+</c>, each on its own line
        /// indented four spaces (an attribute's last argument), ending with a new line; nothing for an empty text. One call
        /// for the whole text: a template loop would evaluate an expression per line (the statutory schemas have 1,200).
        /// </summary>
        public static EscapedText LineLiterals(string? text)
        {
            string value = text ?? "";
            var sb = new StringBuilder(value.Length + value.Length / 4);
            for (int start = 0; start < value.Length;)
            {
                int end = value.IndexOf('\n', start);
                end = end < 0 ? value.Length : end + 1;
                AppendLiteral(sb.Append("    "), value, start, end);
                sb.Append(end < value.Length ? " +\n" : "\n");
                start = end;
            }
            return new(sb.ToString());
        }

        /// <summary>Text inside an XML doc comment, on one line: markup escaped, everything that could end the line written as a character reference.</summary>
        public static EscapedText Doc(string? text)
        {
            string value = text ?? "";
            var sb = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '\r': case '\n': case '\t': sb.Append(' '); break;
                    default:
                        if (MustEscape(value, i)) sb.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
                        else sb.Append(c);
                        break;
                }
            }
            return new(sb.ToString().Trim());
        }

        /// <summary>Text inside a // comment, on one line: everything that could end the line written as \uXXXX.</summary>
        public static EscapedText Comment(string? text)
        {
            string value = text ?? "";
            var sb = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\r' || c == '\n' || c == '\t') sb.Append(' ');
                else if (MustEscape(value, i)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return new(sb.ToString().Trim());
        }

        /// <summary>A number as C# writes it in any culture: 17, -1, 17.5m (decimals carry the m suffix), or <c>null</c>.</summary>
        public static EscapedText Number(object? value) => new(value switch
        {
            null => "null",
            decimal d => d.ToString(CultureInfo.InvariantCulture) + "m",
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            _ => throw new System.ArgumentException($"num: {value.GetType().Name} is not a number the templates write", nameof(value)),
        });

        internal static string LiteralText(string? value)
        {
            if (value is null) return "null";
            // Most values (ids, labels) need nothing escaped: they are quoted as they are, without a builder.
            int i = 0;
            while (i < value.Length && value[i] != '"' && value[i] != '\\' && !MustEscape(value, i)) i++;
            if (i == value.Length) return string.Concat("\"", value, "\"");
            var sb = new StringBuilder(value.Length + 8);
            AppendLiteral(sb, value, 0, value.Length);
            return sb.ToString();
        }

        /// <summary>
        /// Appends the characters of <paramref name="value"/> from <paramref name="start"/> up to <paramref name="end"/> as a
        /// regular string literal, quotes included. Surrogates are judged in the whole value: a pair cannot span the range's
        /// ends, which are line ends or the value's own.
        /// </summary>
        private static void AppendLiteral(StringBuilder sb, string value, int start, int end)
        {
            sb.Append('"');
            for (int i = start; i < end; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (MustEscape(value, i)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }

        /// <summary>Whether the character at <paramref name="index"/> may not appear as itself in generated source.</summary>
        internal static bool MustEscape(string value, int index)
        {
            char c = value[index];
            if (char.IsHighSurrogate(c)) return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
            if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(value[index - 1]);
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return true;
                default:
                    return false;
            }
        }
    }
}
