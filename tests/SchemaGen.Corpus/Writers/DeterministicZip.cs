using System;
using System.IO;
using System.IO.Compression;

namespace SchemaGen.Corpus.Writers
{
    /// <summary>
    /// Rewrites a zip package (a .docx) entry by entry, in the same order, with one fixed timestamp: the packaging API
    /// stamps entries with the current time, which would make the same seed give different bytes.
    /// </summary>
    internal static class DeterministicZip
    {
        private static readonly DateTimeOffset Stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public static byte[] Normalize(byte[] zip)
        {
            using var output = new MemoryStream();
            using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (ZipArchiveEntry entry in source.Entries)
                {
                    ZipArchiveEntry copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                    copy.LastWriteTime = Stamp;
                    using Stream from = entry.Open();
                    using Stream to = copy.Open();
                    from.CopyTo(to);
                }
            }
            return output.ToArray();
        }
    }
}
