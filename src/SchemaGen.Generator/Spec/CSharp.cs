using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SchemaGen.Generator.Spec
{
    /// <summary>C# literals and XML-doc text, written the same way on every machine (invariant culture).</summary>
    public static class CSharp
    {
        public static string Literal(string? value)
        {
            if (value is null) return "null";
            var sb = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
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
                        // Line terminators (U+0085, U+2028, U+2029), controls, format characters (bidi overrides, zero
                        // widths) and unpaired surrogates are written as escapes: a raw U+2028 ends a C# line and would
                        // let schema text continue as code.
                        if (MustEscape(value, i)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Literal(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

        public static string Literal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string StringArray(IEnumerable<string> values)
        {
            var list = values.ToList();
            return list.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", list.Select(v => Literal(v))) + " }";
        }

        /// <summary>
        /// Text safe inside an XML doc comment (or a // comment), on one line: markup escaped, and every line terminator,
        /// control, format character and unpaired surrogate written as a character reference, so no schema text can end
        /// the comment's line and continue as code.
        /// </summary>
        public static string Doc(string? text)
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
            return sb.ToString().Trim();
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

        public static string CamelCase(string name)
        {
            if (name.Length == 0) return name;
            string camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
            return Keywords.Contains(camel) ? "@" + camel : camel;
        }

        private static readonly HashSet<string> Keywords = new() { "base", "case", "checked", "class", "default", "event", "fixed", "in", "is", "lock", "object", "operator", "out", "params", "ref", "string", "this", "throw", "true", "false", "null", "new", "return", "int", "decimal" };
    }
}
