using System;
using System.IO;
using System.Text;

namespace SchemaGen.Benchmarks.Baselines
{
    /// <summary>
    /// What any checker pays before it understands a word: open each file, UTF-8-decode it, split it into lines. One
    /// thread, as a plain program would; the harness compares schemagen's CPU time (all cores) with this one's.
    /// </summary>
    internal static class ReadLines
    {
        private static int Main(string[] args)
        {
            long files = 0, lines = 0, bytes = 0;
            foreach (string root in args)
            {
                foreach (string path in File.Exists(root) ? new[] { root } : Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                {
                    byte[] content = File.ReadAllBytes(path);
                    string text = Encoding.UTF8.GetString(content);
                    lines += text.Split('\n').Length;
                    bytes += content.Length;
                    files++;
                }
            }
            Console.WriteLine($"{files} files, {bytes} bytes, {lines} lines");
            return 0;
        }
    }
}
