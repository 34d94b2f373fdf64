using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SchemaGen.Corpus;
using SchemaGen.Corpus.Formats;
using SchemaGen.Corpus.Pdf;
using SchemaGen.Corpus.Rendering;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Fuzz
{
    /// <summary>One input of a seed corpus: where it came from, and its bytes.</summary>
    public sealed record Seed(string Name, byte[] Bytes);

    /// <summary>
    /// The seed corpora, from the repository's own fixtures (real reports, layouts, documents, schemas, broken schemas) and,
    /// for the document readers, reports rendered by the corpus in every shape of the reader's kind.
    /// </summary>
    public static class Seeds
    {
        /// <summary>The largest seed kept: bigger fixtures slow every execution of afl-fuzz and add little.</summary>
        public const int MaxSeedBytes = 600 * 1024;

        /// <summary>The repository root: <c>SCHEMAGEN_REPO</c>, else the first folder up from the program or the current folder that holds SchemaGen.sln.</summary>
        public static string RepositoryRoot()
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("SCHEMAGEN_REPO");
            if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "SchemaGen.sln"))) return fromEnvironment;
            foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (DirectoryInfo? dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "SchemaGen.sln"))) return dir.FullName;
            }
            throw new DirectoryNotFoundException("the repository (SchemaGen.sln) was not found above " + AppContext.BaseDirectory + "; set SCHEMAGEN_REPO");
        }

        /// <summary>Files under the repository matching each (folder, pattern), sorted, at most <see cref="MaxSeedBytes"/> each.</summary>
        public static IReadOnlyList<Seed> Files(params (string Folder, string Pattern)[] places)
        {
            string root = RepositoryRoot();
            var seeds = new List<Seed>();
            foreach (var (folder, pattern) in places)
            {
                string dir = Path.Combine(root, folder);
                if (!Directory.Exists(dir)) continue;
                foreach (string file in Directory.GetFiles(dir, pattern, SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (new FileInfo(file).Length > MaxSeedBytes) continue;
                    seeds.Add(new Seed(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllBytes(file)));
                }
            }
            return seeds;
        }

        /// <summary>The rules of every invariant in the given YAML files (one-line <c>rule:</c> values).</summary>
        public static IReadOnlyList<Seed> Rules(params (string Folder, string Pattern)[] places)
        {
            var rule = new Regex(@"^\s*(?:-\s+)?rule:\s*(.+?)\s*$", RegexOptions.Multiline);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var seeds = new List<Seed>();
            foreach (Seed file in Files(places))
            {
                foreach (Match m in rule.Matches(Encoding.UTF8.GetString(file.Bytes)))
                {
                    string text = m.Groups[1].Value.Trim('"', '\'');
                    if (text.Length == 0 || text == ">" || text == "|" || !seen.Add(text)) continue;
                    seeds.Add(new Seed(file.Name + "#rule" + seeds.Count, Encoding.UTF8.GetBytes(text)));
                }
            }
            return seeds;
        }

        /// <summary>One report per shape of the kind and per format version, rendered by the corpus (seed 1).</summary>
        public static IReadOnlyList<Seed> Rendered(DocumentKind kind)
        {
            IEnumerable<Shape> shapes = kind switch
            {
                DocumentKind.Text => Shapes.TextShapes,
                DocumentKind.Html => Shapes.HtmlShapes,
                DocumentKind.Word => Shapes.WordShapes,
                _ => PdfShapes.All,
            };
            var seeds = new List<Seed>();
            foreach (Shape shape in shapes)
                foreach (ReportFormat format in ReportFormat.All)
                {
                    RenderedReport report = Corpus.Corpus.Render(format, 1, shape);
                    if (report.Content.Length <= MaxSeedBytes) seeds.Add(new Seed("rendered/" + shape.Name + "/" + format.Version, report.Content));
                }
            return seeds;
        }
    }
}
