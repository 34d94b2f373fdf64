using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>
    /// A small JSON writer, indented with two spaces and "\n" line ends. The schema assembly runs inside the
    /// compiler on netstandard2.0, so it takes no System.Text.Json dependency; this is all the report needs.
    /// </summary>
    internal sealed class JsonWriter
    {
        private readonly StringBuilder _out = new();
        // One entry per open container: whether it has had an item yet.
        private readonly Stack<bool> _hasItems = new();
        private bool _afterName;

        public override string ToString() => _out.ToString();

        public JsonWriter BeginObject() => Open('{');

        public JsonWriter EndObject() => Close('}');

        public JsonWriter BeginArray() => Open('[');

        public JsonWriter EndArray() => Close(']');

        public JsonWriter Name(string name)
        {
            Separate();
            WriteString(name);
            _out.Append(": ");
            _afterName = true;
            return this;
        }

        public JsonWriter Value(string? value)
        {
            Separate();
            if (value is null) _out.Append("null");
            else WriteString(value);
            return this;
        }

        public JsonWriter Value(bool value)
        {
            Separate();
            _out.Append(value ? "true" : "false");
            return this;
        }

        public JsonWriter Value(int value)
        {
            Separate();
            _out.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public JsonWriter Property(string name, string? value) => Name(name).Value(value);

        public JsonWriter Property(string name, bool value) => Name(name).Value(value);

        public JsonWriter Property(string name, int value) => Name(name).Value(value);

        private JsonWriter Open(char bracket)
        {
            Separate();
            _out.Append(bracket);
            _hasItems.Push(false);
            return this;
        }

        private JsonWriter Close(char bracket)
        {
            bool hadItems = _hasItems.Pop();
            if (hadItems) NewLine();
            _out.Append(bracket);
            return this;
        }

        /// <summary>Before a value or a name: the comma and line break the container needs (none right after a name).</summary>
        private void Separate()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }
            if (_hasItems.Count == 0) return;
            if (_hasItems.Peek()) _out.Append(',');
            _hasItems.Pop();
            _hasItems.Push(true);
            NewLine();
        }

        private void NewLine() => _out.Append('\n').Append(' ', 2 * _hasItems.Count);

        private void WriteString(string value)
        {
            _out.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': _out.Append("\\\""); break;
                    case '\\': _out.Append("\\\\"); break;
                    case '\n': _out.Append("\\n"); break;
                    case '\r': _out.Append("\\r"); break;
                    case '\t': _out.Append("\\t"); break;
                    case '\b': _out.Append("\\b"); break;
                    case '\f': _out.Append("\\f"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029' || IsLoneSurrogate(value, i))
                            _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else
                            _out.Append(c);
                        break;
                }
            }
            _out.Append('"');
        }

        /// <summary>A surrogate without its partner cannot be encoded as UTF-8, so it is written as an escape.</summary>
        private static bool IsLoneSurrogate(string s, int i)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
            if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
            return false;
        }
    }
}
