using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SchemaGen.Cli.Checking
{
    /// <summary>One thing to check: a file path, or a problem found while expanding the arguments (kept so it still gets a result).</summary>
    public sealed record ReportInput(string Path, string? Problem);

    /// <summary>Expands FILE|DIR arguments: a directory stands for every *.txt below it, in a stable (ordinal) order.</summary>
    public static class ReportInputs
    {
        public static IReadOnlyList<ReportInput> Expand(IEnumerable<string> arguments)
        {
            var inputs = new List<ReportInput>();
            foreach (string argument in arguments)
            {
                if (Directory.Exists(argument))
                {
                    string[] files = Directory.EnumerateFiles(argument, "*.txt", SearchOption.AllDirectories)
                        .OrderBy(f => f, StringComparer.Ordinal).ToArray();
                    if (files.Length == 0) inputs.Add(new ReportInput(argument, "the directory holds no *.txt file"));
                    inputs.AddRange(files.Select(f => new ReportInput(f, null)));
                }
                else
                {
                    inputs.Add(new ReportInput(argument, null));
                }
            }
            return inputs;
        }
    }

    /// <summary>
    /// Reads a report's text. Published reports come as UTF-8 (with or without BOM), sometimes UTF-16 or GB18030;
    /// anything with NUL bytes is not a text report.
    /// </summary>
    public static class ReportTextLoader
    {
        static ReportTextLoader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        public static bool TryLoad(string path, out string text, out string? problem)
        {
            text = "";
            if (Directory.Exists(path)) { problem = "is a directory, not a file"; return false; }
            if (!File.Exists(path)) { problem = "no such file"; return false; }
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = "cannot be read: " + ex.Message;
                return false;
            }
            return TryDecode(bytes, out text, out problem);
        }

        public static bool TryDecode(byte[] bytes, out string text, out string? problem)
        {
            text = "";
            problem = null;
            if (HasBom(bytes, 0xEF, 0xBB, 0xBF)) { text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3); return true; }
            if (HasBom(bytes, 0xFF, 0xFE)) { text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2); return true; }
            if (HasBom(bytes, 0xFE, 0xFF)) { text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2); return true; }
            if (Array.IndexOf(bytes, (byte)0) >= 0) { problem = "not a text file (it holds NUL bytes)"; return false; }
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: Chinese pages saved from older sites are GB2312/GBK, both subsets of GB18030.
                try
                {
                    text = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                    problem = "not a text file (neither UTF-8 nor GB18030)";
                    return false;
                }
            }
        }

        private static bool HasBom(byte[] bytes, params byte[] bom) => bytes.Length >= bom.Length && bom.Select((b, i) => bytes[i] == b).All(x => x);
    }
}
