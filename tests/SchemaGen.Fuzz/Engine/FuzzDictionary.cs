using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SchemaGen.Fuzz
{
    /// <summary>
    /// A dictionary of tokens in afl-fuzz's format (<c>name="value"</c>, one a line, <c>\xNN</c>, <c>\\</c> and <c>\"</c>
    /// escapes, # comments): the same files serve afl-fuzz (-x) and the built-in mutator.
    /// </summary>
    public static class FuzzDictionary
    {
        public static string DirectoryPath => Path.Combine(AppContext.BaseDirectory, "Dictionaries");

        public static IReadOnlyList<byte[]> Load(string? fileName)
        {
            var tokens = new List<byte[]>();
            if (fileName is null) return tokens;
            string path = Path.Combine(DirectoryPath, fileName);
            if (!File.Exists(path)) return tokens;
            foreach (string raw in File.ReadAllLines(path, Encoding.UTF8))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                int open = line.IndexOf('"');
                int close = line.LastIndexOf('"');
                if (open < 0 || close <= open) throw new FormatException($"{fileName}: not a dictionary line: {raw}");
                tokens.Add(Unescape(line.Substring(open + 1, close - open - 1)));
            }
            return tokens;
        }

        private static byte[] Unescape(string value)
        {
            var bytes = new List<byte>();
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\\' && i + 1 < value.Length)
                {
                    char next = value[i + 1];
                    if (next == 'x' && i + 3 < value.Length)
                    {
                        bytes.Add(byte.Parse(value.Substring(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 3;
                        continue;
                    }
                    bytes.Add((byte)next);
                    i++;
                    continue;
                }
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
            return bytes.ToArray();
        }
    }
}
