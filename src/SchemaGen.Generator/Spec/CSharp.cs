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
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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

        /// <summary>Text safe inside an XML doc comment, on one line.</summary>
        public static string Doc(string? text)
            => (text ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ").Trim();

        public static string CamelCase(string name)
        {
            if (name.Length == 0) return name;
            string camel = char.ToLowerInvariant(name[0]) + name.Substring(1);
            return Keywords.Contains(camel) ? "@" + camel : camel;
        }

        private static readonly HashSet<string> Keywords = new() { "base", "case", "checked", "class", "default", "event", "fixed", "in", "is", "lock", "object", "operator", "out", "params", "ref", "string", "this", "throw", "true", "false", "null", "new", "return", "int", "decimal" };
    }
}
