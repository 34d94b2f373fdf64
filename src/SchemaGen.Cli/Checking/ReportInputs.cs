using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SchemaGen.Cli.Checking
{
    /// <summary>One thing to check: a file path, or a problem found while expanding the arguments (kept so it still gets a result).</summary>
    public sealed record ReportInput(string Path, string? Problem);

    /// <summary>Files under a directory argument that were left out because no kind the checker knows has their extension.</summary>
    public sealed record SkippedFiles(string Directory, int Count, IReadOnlyList<string> Extensions)
    {
        /// <summary>"1 file under seeds/ skipped, not of a kind schemagen reads (.md)".</summary>
        public string Describe()
            => $"{Count} {(Count == 1 ? "file" : "files")} under {Directory} skipped, not of a kind schemagen reads ({string.Join(", ", Extensions)})";
    }

    /// <summary>The inputs of a run, in order, and what directories held besides.</summary>
    public sealed record ExpandedInputs(IReadOnlyList<ReportInput> Inputs, IReadOnlyList<SkippedFiles> Skipped);

    /// <summary>
    /// Expands FILE|DIR arguments. A file is taken as given, whatever its name. A directory stands for every file below
    /// it whose extension is of a kind the checker knows (see <see cref="InputReaders.KindOfFileName"/>), in a stable
    /// (ordinal) order; the others are counted as skipped. FIFOs, sockets and devices among them are listed too, and
    /// refused unopened when checked.
    /// </summary>
    public static class ReportInputs
    {
        private static readonly EnumerationOptions Everything = new()
        {
            RecurseSubdirectories = true,
            AttributesToSkip = 0,          // hidden files are reports too, as they were before
            IgnoreInaccessible = true,     // a folder that cannot be listed must not end the batch
        };

        public static ExpandedInputs Expand(IEnumerable<string> arguments, InputReaders readers)
        {
            var inputs = new List<ReportInput>();
            var skipped = new List<SkippedFiles>();
            foreach (string argument in arguments)
            {
                if (!Directory.Exists(argument))
                {
                    inputs.Add(new ReportInput(argument, null));
                    continue;
                }
                var files = new List<string>();
                var others = new List<string>();
                foreach (string file in Directory.EnumerateFiles(argument, "*", Everything))
                    (readers.KindOfFileName(file) is null ? others : files).Add(file);
                files.Sort(StringComparer.Ordinal);
                if (others.Count > 0)
                    skipped.Add(new SkippedFiles(argument, others.Count, others.Select(ExtensionWord).Distinct().OrderBy(e => e, StringComparer.Ordinal).ToArray()));
                if (files.Count == 0)
                    inputs.Add(new ReportInput(argument, "the directory holds no report file of a kind schemagen reads"
                        + (others.Count > 0 ? $" ({others.Count} other {(others.Count == 1 ? "file" : "files")} skipped)" : "")));
                inputs.AddRange(files.Select(f => new ReportInput(f, null)));
            }
            return new ExpandedInputs(inputs, skipped);
        }

        private static string ExtensionWord(string file)
        {
            string extension = Path.GetExtension(file);
            return extension.Length == 0 ? "no extension" : extension.ToLowerInvariant();
        }
    }
}
