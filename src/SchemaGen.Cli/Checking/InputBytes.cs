using System;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace SchemaGen.Cli.Checking
{
    /// <summary>
    /// Reads an input file's bytes, but only a regular file (see <see cref="FileProbe"/>) and only up to a size limit,
    /// so that no input can block the read, stream forever or fill memory. The limit is checked twice: on the size the
    /// file system reports, before anything is read, and while reading, for a file that grows in between.
    /// </summary>
    public static class InputBytes
    {
        /// <summary>The default size limit, far above any real report (a few MB at most, with images) and below what would strain memory.</summary>
        public const int DefaultLimitMebibytes = 50;

        private const int ChunkBytes = 1 << 20;

        public static bool TryRead(string path, long limitBytes, CancellationToken cancellationToken, out byte[] bytes, out string? problem)
        {
            bytes = Array.Empty<byte>();
            FileFacts facts = FileProbe.Probe(path);
            if (!facts.IsRegularFile)
            {
                problem = facts.Problem;
                return false;
            }
            if (facts.Size > limitBytes)
            {
                problem = TooLarge(facts.Size, limitBytes);
                return false;
            }
            try
            {
                using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
                return TryReadBounded(handle, limitBytes, cancellationToken, out bytes, out problem);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : "cannot be read: " + ex.Message;
                return false;
            }
        }

        private static bool TryReadBounded(SafeFileHandle handle, long limitBytes, CancellationToken cancellationToken, out byte[] bytes, out string? problem)
        {
            long expected = RandomAccess.GetLength(handle);
            var buffer = new MemoryStream(expected > 0 && expected <= limitBytes ? (int)expected : 0);
            byte[] chunk = new byte[(int)Math.Min(ChunkBytes, Math.Max(expected, 4096))];
            long offset = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int read = RandomAccess.Read(handle, chunk, offset);
                if (read == 0) break;
                offset += read;
                if (offset > limitBytes)
                {
                    bytes = Array.Empty<byte>();
                    problem = TooLarge(offset, limitBytes) + " (it grew while being read)";
                    return false;
                }
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
            problem = null;
            return true;
        }

        private static string TooLarge(long size, long limitBytes)
            => string.Format(CultureInfo.InvariantCulture, "is {0} MiB, more than the {1} MiB limit (--max-file-size); it was not read",
                Mebibytes(size), Mebibytes(limitBytes));

        private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
