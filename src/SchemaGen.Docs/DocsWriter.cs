using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Docs.Diagnostics;
using SchemaGen.Docs.Html;
using SchemaGen.Docs.Markdown;
using SchemaGen.Docs.Rules;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Docs
{
    /// <summary>
    /// <c>schemagen docs SCHEMA.yaml… -o DIR</c>: per schema a Markdown page and a self-contained HTML page drawing
    /// every table as the official format lays it out; a comparison page for consecutive versions of one format;
    /// the SG1xxx help pages; and index.html / index.md linking everything. Output is byte-identical across runs.
    /// </summary>
    public static class DocsWriter
    {
        public const int Success = 0;
        public const int OutputFailed = 1;
        public const int InvalidInput = 2;

        /// <summary>Writes Markdown and HTML docs for the schemas into <paramref name="outputDirectory"/>; returns 0 on success, 2 on unreadable input.</summary>
        public static int Write(IReadOnlyList<string> schemaPaths, string outputDirectory, TextWriter log)
        {
            var schemas = LoadAll(schemaPaths, log);
            if (schemas is null) return InvalidInput;

            GeneratedFiles files;
            try
            {
                files = Render(schemas, log);
            }
            catch (InvalidOperationException ex)
            {
                log.WriteLine($"error: {ex.Message}");
                return InvalidInput;
            }

            try
            {
                files.WriteTo(outputDirectory, log);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                log.WriteLine($"{outputDirectory}: error: cannot write the docs: {ex.Message}");
                return OutputFailed;
            }
            log.WriteLine($"wrote {files.Files.Count} files to {outputDirectory}");
            return Success;
        }

        /// <summary>Every page, by relative path. Public so that tests and tools can render without touching the disk.</summary>
        public static GeneratedFiles Render(IReadOnlyList<SchemaFacts> schemas, TextWriter log)
        {
            var ordered = schemas
                .GroupBy(s => s.Format.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => VersionPair.OrderVersions(g))
                .ToList();
            var pairs = VersionPair.PairsOf(ordered).Select(p => VersionPair.Create(p.Older, p.Newer)).ToList();
            foreach (VersionPair pair in pairs.Where(p => p.Report is null))
                log.WriteLine($"warning: no change report between {pair.Older.Document.Key} and {pair.Newer.Document.Key}: {pair.ReportError}");

            var files = new GeneratedFiles();
            foreach (SchemaFacts schema in ordered)
            {
                files.Add(schema.PageName + ".html", SchemaHtmlPage.Render(schema, "index.html"));
                files.Add(schema.PageName + ".md", SchemaMarkdownPage.Render(schema, schema.PageName + ".html"));
            }
            foreach (VersionPair pair in pairs)
            {
                files.Add(pair.PageName + ".html", ComparisonHtmlPage.Render(pair, "index.html"));
                files.Add(pair.PageName + ".md", ComparisonMarkdownPage.Render(pair));
            }
            foreach (DiagnosticRule rule in HelpPages.Rules)
            {
                files.Add("diagnostics/" + HelpPages.HtmlFileName(rule.Id), HelpPages.Html(rule, "../index.html"));
                files.Add("diagnostics/" + HelpPages.MarkdownFileName(rule.Id), HelpPages.Markdown(rule));
            }
            foreach (HelpPage page in RuntimeHelpPages.All(ordered))
            {
                files.Add("diagnostics/" + HelpPages.HtmlFileName(page.Id), HelpPageRenderer.Html(page, "../index.html"));
                files.Add("diagnostics/" + HelpPages.MarkdownFileName(page.Id), HelpPageRenderer.Markdown(page));
            }
            files.Add("index.html", IndexHtmlPage.Render(ordered, pairs));
            files.Add("index.md", IndexMarkdownPage.Render(ordered, pairs));
            return files;
        }

        /// <summary>Loads every schema and prints its diagnostics as file:line:column; null when any is unreadable or has errors.</summary>
        public static IReadOnlyList<SchemaFacts>? LoadAll(IReadOnlyList<string> schemaPaths, TextWriter log)
        {
            if (schemaPaths.Count == 0)
            {
                log.WriteLine("error: no schema files given");
                return null;
            }
            bool ok = true;
            var loaded = new List<SchemaFacts>();
            foreach (string path in schemaPaths)
            {
                SchemaFileText file = SchemaFile.Read(path);
                if (file.Text is null)
                {
                    log.WriteLine(file.Describe(path));
                    ok = false;
                    continue;
                }
                SchemaModelResult result = SchemaModelBuilder.Load(file.Text!, path);
                foreach (SchemaDiagnostic diagnostic in result.Diagnostics)
                    log.WriteLine(diagnostic.ToString());
                if (result.HasErrors || result.Model is null)
                {
                    ok = false;
                    continue;
                }
                loaded.Add(new SchemaFacts(result.Model));
            }
            foreach (var clash in loaded.GroupBy(s => s.PageName, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                log.WriteLine($"{clash.Last().Document.Path}: error: {clash.Last().Document.Key} is given more than once (also {clash.First().Document.Path})");
                ok = false;
            }
            return ok ? loaded : null;
        }
    }
}
