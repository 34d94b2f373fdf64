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
            // Almost every file is as long as the file system said: read it straight into an array of that length (one
            // copy of the file in memory, not a chunk and a growing buffer), then make sure nothing follows. A file that
            // grew in between is read on in chunks, the limit checked as it grows; one that shrank is cut to what it held.
            long expected = RandomAccess.GetLength(handle);
            byte[] whole = new byte[expected > 0 && expected <= limitBytes ? (int)expected : 0];
            int filled = 0;
            while (filled < whole.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int read = RandomAccess.Read(handle, whole.AsSpan(filled), filled);
                if (read == 0) break;
                filled += read;
            }
            if (filled < whole.Length)
            {
                bytes = whole.AsSpan(0, filled).ToArray();
                problem = null;
                return true;
            }
            Span<byte> next = stackalloc byte[1];
            if (RandomAccess.Read(handle, next, filled) == 0)
            {
                bytes = whole;
                problem = null;
                return true;
            }
            return TryReadGrown(handle, whole, next[0], limitBytes, cancellationToken, out bytes, out problem);
        }

        private static bool TryReadGrown(SafeFileHandle handle, byte[] start, byte following, long limitBytes, CancellationToken cancellationToken, out byte[] bytes, out string? problem)
        {
            var buffer = new MemoryStream();
            buffer.Write(start, 0, start.Length);
            buffer.WriteByte(following);
            byte[] chunk = new byte[ChunkBytes];
            long offset = buffer.Length;
            while (true)
            {
                if (offset > limitBytes)
                {
                    bytes = Array.Empty<byte>();
                    problem = TooLarge(offset, limitBytes) + " (it grew while being read)";
                    return false;
                }
                cancellationToken.ThrowIfCancellationRequested();
                int read = RandomAccess.Read(handle, chunk, offset);
                if (read == 0) break;
                offset += read;
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.ToArray();
            problem = null;
            return true;
        }

        private static string TooLarge(long size, long limitBytes)
            => string.Format(CultureInfo.InvariantCulture, "is {0} MiB, more than the {1} MiB limit (--max-file-size); it was not read",
                Mebibytes(size), Mebibytes(limitBytes));

        private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
    }
}
